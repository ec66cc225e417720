import { reviewSources } from '../../../shared/memo/sources';
import type { ReviewMemoContent } from '../../../shared/review/memo';
import { REVIEW_KINDS, type ReviewKind } from '../../../shared/review/ruleset';
import type { SectionContent } from '../../../shared/memo/template';
import type { DraftContext } from './content';

/**
 * The review's content for a memo. A memo about one kind of document (the template's subjectRole: a 专家论证意见 on the
 * plan, a 协议审查意见 on the agreement) prints the latest review of that kind, whatever was reviewed last; it is never
 * filled from the other kind's review. With no review of that kind yet: nothing, and a note saying what to do.
 */
export function reviewMemoSources(content: (kind?: ReviewKind) => ReviewMemoContent, has: (kind: ReviewKind) => boolean, ctx: DraftContext): Record<string, SectionContent | undefined> {
  const role = ctx.role as ReviewKind | undefined;
  if (role && role in REVIEW_KINDS) {
    if (!has(role)) {
      const want = REVIEW_KINDS[role];
      ctx.notes?.push(`本案卷尚未审查${want}，没有可写入本意见书的审查结果。请在“合规审查”页选择“${want}”审查后再生成，或在上方填写意见和结论。`);
      return {};
    }
    const c = content(role);
    // The experts' own judgement is what a 专家论证意见 records: the automatic findings alone are not it.
    if (ctx.needsExpertVerdicts && c.items.length && !c.items.some((i) => i.verdicts.length || i.committee)) {
      ctx.cautions?.push(`合规审查的 ${c.items.length} 个审查项尚无任何专家意见，意见书“逐项审查情况”中的结论均为自动审查结果，不能作为专家论证意见签署。请专家在“合规审查”页对各审查项逐项选择“符合/基本符合/不符合”并写明理由，由组长确认专家组意见，然后重新生成意见书再签署。`);
    }
    return reviewSources(c, ctx);
  }
  return reviewSources(content(), ctx);
}
