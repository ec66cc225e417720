import { reviewSources } from '../../../shared/memo/sources';
import type { ReviewMemoContent } from '../../../shared/review/memo';
import { REVIEW_KINDS, type ReviewKind } from '../../../shared/review/ruleset';
import type { SectionContent } from '../../../shared/memo/template';
import type { DraftContext } from './content';

/**
 * The review's content for a memo, only when the review was of the kind of document the memo is about: a 专家论证意见
 * on the plan is never filled from the review of the agreement (the case keeps its last run only). Otherwise nothing,
 * and a note saying which document was reviewed and what to do.
 */
export function reviewMemoSources(c: ReviewMemoContent, ctx: DraftContext): Record<string, SectionContent | undefined> {
  const role = ctx.role as ReviewKind | undefined;
  if (role && role in REVIEW_KINDS && role !== c.kind) {
    const want = REVIEW_KINDS[role];
    ctx.notes?.push(`最近一次合规审查的是${c.kindLabel}《${c.document.title}》，不是${want}，其审查结果不能写入本意见书。请在“合规审查”页选择“${want}”审查后再生成，或在上方填写意见和结论。`);
    return {};
  }
  return reviewSources(c, ctx);
}
