import type { ReviewReport } from './report';
import { restsOn } from './basis';

/**
 * The findings as the experts ruled them (review.ruleFlag): a dismissed red line is not a finding; an item whose
 * "missing" or "partial" an expert overruled (the content is there) counts as present.
 */
export function applyRulings(report: ReviewReport, rulings: { flagId: string; ruling: 'dismissed' | 'upheld' }[]): ReviewReport {
  const dismissed = new Set(rulings.filter((r) => r.ruling === 'dismissed').map((r) => r.flagId));
  return {
    ...report,
    flags: report.flags.filter((f) => !dismissed.has(f.id)),
    items: report.items.map((i) => (dismissed.has(i.id) ? { ...i, status: 'present' as const, missingParts: [] } : i)),
  };
}

/**
 * Drafts 修改意见 from the findings and the experts' own comments: one per red line, one per missing or partial item
 * (unless the committee found it 符合 or 不适用) and one per item the committee or an expert found short of the rules,
 * each carrying what the experts wrote and tied to its item and basis. The committee edits them before the memo.
 */
export function draftOpinions(
  report: ReviewReport,
  committee: { itemId: string; verdict: string; comment?: string }[] = [],
  verdicts: { itemId: string; verdict: string; comment?: string }[] = [],
) {
  const accepted = new Set(committee.filter((c) => c.verdict === 'conforms' || c.verdict === 'na').map((c) => c.itemId));
  const short = (v: string) => v === 'fails' || v === 'mostly';
  // What the committee and the experts who found the item short wrote about it, each once.
  const comments = (itemId: string) => {
    const said = [...committee.filter((c) => c.itemId === itemId && short(c.verdict)), ...verdicts.filter((v) => v.itemId === itemId && short(v.verdict))]
      .map((x) => (x.comment ?? '').trim().replace(/[。；;.]$/, ''))
      .filter(Boolean);
    return [...new Set(said)];
  };
  const out: { itemId: string; itemTitle: string; basis: ReviewReport['items'][number]['basis']; text: string }[] = [];
  for (const f of report.flags) {
    out.push({ itemId: f.id, itemTitle: f.title, basis: f.basis, text: `${f.message}建议${restsOn(f.basis)}予以修改。` });
  }
  for (const i of report.items) {
    const said = comments(i.id);
    const experts = said.length ? `专家意见：${said.join('；')}。` : '';
    if (accepted.has(i.id)) continue;
    if (i.status === 'present') {
      if (experts) out.push({ itemId: i.id, itemTitle: i.title, basis: i.basis, text: `“${i.title}”${experts}建议${restsOn(i.basis)}修改完善。` });
      continue;
    }
    const finding =
      i.status === 'missing'
        ? `缺少“${i.title}”的内容，建议${restsOn(i.basis)}补充。`
        : `“${i.title}”内容不完整${i.missingParts.length ? `，未见${i.missingParts.join('、')}` : ''}，建议${restsOn(i.basis)}补充完善。`;
    const text = experts ? `${finding.replace(/。$/, '；')}${experts}` : finding;
    out.push({ itemId: i.id, itemTitle: i.title, basis: i.basis, text });
  }
  return out;
}
