import { fault } from '../../../shared/api/errors';
import type { AppContract } from '../../../shared/api/index';
import type { ResponseOf } from '../../../shared/api/contract';
import type { ReviewState } from '../../../shared/api/review';
import { agreementOf, planAdoption } from '../../../shared/review/agreement';
import type { ReviewReport } from '../../../shared/review/report';
import type { CaseStore } from '../../store/caseStore';
import type { Member } from '../../../shared/domain/committee';

/** Members who declared a conflict (回避) with any applicant of the case do not vote. */
export function votersOf(store: CaseStore, members: readonly Member[]): string[] {
  const recused = new Set((store.db.prepare("SELECT DISTINCT member_id FROM selection_declarations WHERE relation <> 'none'").all() as { member_id: string }[]).map((r) => r.member_id));
  return members.filter((m) => !recused.has(m.memberId)).map((m) => m.memberId);
}

type AdoptResult = ResponseOf<AppContract['review.adoptAgreed']>;

/**
 * "Adopt where members agree": one transaction, one audit entry listing every change with what it replaced. Items where
 * members differ or have not all voted stay as they are and are returned, with who said what, for the chair to decide.
 */
export function adoptAgreed(a: { store: CaseStore; report: ReviewReport; state: ReviewState; members: readonly Member[]; actor: string; overwriteChair: boolean; reload(): ReviewState }): AdoptResult {
  const { store, report, state } = a;
  if (store.readonly) throw fault('CASE_READ_ONLY');
  const voters = state.voters;
  if (voters.length === 0) throw fault('REVIEW_NO_VOTERS');
  const title = new Map(report.items.map((i) => [i.id, i.title]));
  const names = new Map(a.members.map((m) => [m.memberId, m.name]));
  const agreement = agreementOf(report.items.map((i) => i.id), state.verdicts, voters);
  const plan = planAdoption(agreement, state.committee, a.overwriteChair);
  const at = new Date().toISOString();
  store.tx(() => {
    const upsert = store.db.prepare(
      `INSERT INTO review_committee_verdicts (item_id, verdict, comment, updated_at, updated_by, source, document_sha256) VALUES (?, ?, '', ?, ?, 'adopted', ?)
       ON CONFLICT (item_id) DO UPDATE SET verdict = excluded.verdict, updated_at = excluded.updated_at, updated_by = excluded.updated_by, source = 'adopted', document_sha256 = excluded.document_sha256`,
    );
    for (const x of plan.adopt) upsert.run(x.itemId, x.verdict, at, a.actor, state.run?.documentSha256 ?? null);
    store.audit(a.actor, 'review.adoptAgreed', {
      overwriteChair: a.overwriteChair,
      voters: voters.map((id) => names.get(id) ?? id),
      adopted: plan.adopt.map((x) => ({ itemId: x.itemId, verdict: x.verdict, previous: x.previous })),
      keptChair: plan.keptChair.map((x) => x.itemId),
      differing: agreement.filter((g) => g.state === 'differ').map((g) => g.itemId),
    });
  });
  const comments = new Map(state.verdicts.map((v) => [`${v.itemId}\u0000${v.memberId}`, v.comment]));
  return {
    state: a.reload(),
    adopted: plan.adopt.map((x) => ({ ...x, itemTitle: title.get(x.itemId) ?? x.itemId })),
    keptChair: plan.keptChair.map((x) => ({ ...x, itemTitle: title.get(x.itemId) ?? x.itemId })),
    differing: agreement.flatMap((g) =>
      g.state === 'differ'
        ? [{ itemId: g.itemId, itemTitle: title.get(g.itemId) ?? g.itemId, verdicts: g.verdicts.map((v) => ({ ...v, name: names.get(v.memberId) ?? v.memberId, comment: comments.get(`${g.itemId}\u0000${v.memberId}`) ?? '' })) }]
        : [],
    ),
    incomplete: agreement.flatMap((g) => (g.state === 'incomplete' ? [{ itemId: g.itemId, itemTitle: title.get(g.itemId) ?? g.itemId, missing: g.missing.map((id) => names.get(id) ?? id) }] : [])),
  };
}
