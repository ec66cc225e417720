import type { ReviewMemoContent } from '../review/memo';
import type { SectionContent } from './template';

/**
 * Maps the compliance review's memo content (issue 4, `services.review.memoContent`) to the template sources
 * review.opinion / review.revisions / review.dissent / review.conclusion. Pure, so it is tested without a case.
 */
export function reviewSources(c: ReviewMemoContent): Record<string, SectionContent | undefined> {
  const basis = (b: { label: string }[]) => (b.length ? `（依据：${b.map((x) => x.label).join('；')}）` : '');
  const decided = c.items.filter((i) => i.committee);
  const rows = c.items.map((i, k) => [String(k + 1), i.title, i.committee?.verdictLabel ?? `${i.autoStatusLabel}（自动）`, [i.committee?.comment, basis(i.basis).replace(/^（|）$/g, '')].filter(Boolean).join('；')]);
  const opinion: SectionContent = {
    paragraphs: [
      `专家组依据“${c.ruleset.name}”（${c.ruleset.version}）对《${c.document.title}》逐项审查，共 ${c.items.length} 项，其中专家组已形成意见 ${decided.length} 项。`,
      ...c.flags.map((f) => `${f.severity === 'red' ? '【红线】' : '【提示】'}${f.title}：${f.message}${basis(f.basis)}`),
    ],
    tables: c.items.length ? [{ caption: '逐项审查情况', header: [['序号', '审查事项', '结论', '说明及依据']], rows, widths: [1, 5, 2, 6] }] : [],
  };
  return {
    'review.opinion': c.items.length ? opinion : undefined,
    'review.revisions': c.opinions.length ? { paragraphs: c.opinions.map((o, k) => `${k + 1}．${o.text}${basis(o.basis)}`) } : undefined,
    'review.dissent': c.dissent.length ? { paragraphs: c.dissent.map((d) => `${d.name}对“${d.itemTitle}”持不同意见（${d.verdictLabel}，专家组意见为${d.committeeLabel}）：${d.comment || '未说明理由'}`) } : undefined,
    'review.conclusion': c.conclusion ? { paragraphs: [`专家组审查结论：${c.conclusion.label}。`] } : undefined,
  };
}
