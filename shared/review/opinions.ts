import type { ReviewReport } from './report';

/**
 * Drafts 修改意见 from the findings: one per red line, one per missing or partial item (unless the committee found
 * it 符合 or 不适用), each tied to its item and basis. The committee edits them before they go into the memo.
 */
export function draftOpinions(report: ReviewReport, committee: { itemId: string; verdict: string }[] = []) {
  const accepted = new Set(committee.filter((c) => c.verdict === 'conforms' || c.verdict === 'na').map((c) => c.itemId));
  const basisText = (b: { label: string }[]) => b.map((x) => x.label).join('、');
  const out: { itemId: string; itemTitle: string; basis: ReviewReport['items'][number]['basis']; text: string }[] = [];
  for (const f of report.flags) {
    out.push({ itemId: f.id, itemTitle: f.title, basis: f.basis, text: `${f.message}建议依据${basisText(f.basis)}予以修改。` });
  }
  for (const i of report.items) {
    if (i.status === 'present' || accepted.has(i.id)) continue;
    const text =
      i.status === 'missing'
        ? `缺少“${i.title}”的内容，建议依据${basisText(i.basis)}补充。`
        : `“${i.title}”内容不完整${i.missingParts.length ? `，未见${i.missingParts.join('、')}` : ''}，建议依据${basisText(i.basis)}补充完善。`;
    out.push({ itemId: i.id, itemTitle: i.title, basis: i.basis, text });
  }
  return out;
}
