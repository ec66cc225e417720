import { earlierLabel } from '../../../shared/api/review';
import type { ReviewMemoContent } from '../../../shared/review/memo';
import { ITEM_STATUSES } from '../../../shared/review/report';
import { REVIEW_KINDS, type ReviewKind } from '../../../shared/review/ruleset';
import { CONCLUSIONS, VERDICTS } from '../../../shared/review/verdicts';
import type { ReviewDeps } from './deps';
import { requireRun } from './runs';
import { reviewState } from './state';

/**
 * What a memo prints of the review of that kind: its latest run, whatever was reviewed last. Without a kind, the
 * kind reviewed last. No run of that kind: REVIEW_NOT_RUN, saying which document to review.
 */
export function memoContent(deps: ReviewDeps, caseId: string, kind?: ReviewKind): ReviewMemoContent {
  const { run, report, ruleset } = requireRun(deps, caseId, kind);
  const state = reviewState(deps, caseId, run.kind);
  const list = deps.committee.list(caseId);
  const members = new Map(list.map((m) => [m.memberId, m]));
  const order = new Map(list.map((m, i) => [m.memberId, i]));
  const committee = new Map(state.committee.map((c) => [c.itemId, c]));
  const dissent: ReviewMemoContent['dissent'] = [];
  const rulings = new Map(state.flagRulings.map((r) => [r.flagId, r]));
  // A ruling recorded before the user set their name carries the system login: printed without a name, never the login.
  const named = (by: string) => (deps.settings.isLogin(by) ? '' : by);
  const rulingOf = (id: string) => ((r) => (r ? { ruling: r.ruling, reason: r.reason, location: r.location, decidedBy: named(r.decidedBy), decidedAt: r.decidedAt } : null))(rulings.get(id));
  const items = report.items.map((i) => {
    // In the committee's order (chair first as listed), so the memo reads the same every time.
    const verdicts = state.verdicts
      .filter((v) => v.itemId === i.id && members.has(v.memberId))
      .sort((a, b) => order.get(a.memberId)! - order.get(b.memberId)!)
      .map((v) => ({
        memberId: v.memberId, name: members.get(v.memberId)!.name, verdict: v.verdict, verdictLabel: VERDICTS[v.verdict], comment: v.comment,
        ...(v.transcribed ? { transcribed: { operator: named(v.transcribed.operator), reason: v.transcribed.reason, paperRef: v.transcribed.paperRef } } : {}),
        ...(v.earlier ? { earlier: earlierLabel(v.earlier) } : {}),
      }));
    const c = committee.get(i.id);
    if (c) for (const v of verdicts) if (v.verdict !== c.verdict) dissent.push({ memberId: v.memberId, name: v.name, itemId: i.id, itemTitle: i.title, verdictLabel: v.verdictLabel, committeeLabel: VERDICTS[c.verdict], comment: v.comment });
    return {
      id: i.id, title: i.title, basis: i.basis, autoStatus: i.status, autoStatusLabel: ITEM_STATUSES[i.status], evidence: i.evidence, verdicts,
      committee: c ? { verdict: c.verdict, verdictLabel: VERDICTS[c.verdict], comment: c.comment, ...(c.earlier ? { earlier: earlierLabel(c.earlier) } : {}) } : null,
      ruling: rulingOf(i.id),
    };
  });
  return {
    kind: report.kind,
    kindLabel: REVIEW_KINDS[report.kind],
    ruleset: { id: ruleset.id, version: ruleset.version, name: ruleset.name, lineage: ruleset.lineage },
    document: { title: report.documentTitle, fileName: run.document_name, ...(run.document_sha256 ? { sha256: run.document_sha256 } : {}) },
    reviewedAt: run.created_at,
    items,
    flags: report.flags.map((f) => ({ id: f.id, title: f.title, severity: f.severity, message: f.message, basis: f.basis, evidence: f.evidence, ruling: rulingOf(f.id) })),
    conclusion: state.conclusion
      ? { value: state.conclusion.value, label: CONCLUSIONS[state.conclusion.value], decidedBy: state.conclusion.decidedBy, decidedAt: state.conclusion.decidedAt, ...(state.conclusion.earlier ? { earlier: earlierLabel(state.conclusion.earlier) } : {}) }
      : null,
    opinions: state.opinions.map((o) => ({ id: o.opinionId, itemId: o.itemId, itemTitle: o.itemTitle, basis: o.basis, text: o.text })),
    dissent,
    warnings: report.warnings,
  };
}
