import type { ReviewState, VerdictEntry } from '../../../shared/api/review';
import type { ReviewReport } from '../../../shared/review/report';
import type { ResolvedRuleset, ReviewKind } from '../../../shared/review/ruleset';
import type { Conclusion, Verdict } from '../../../shared/review/verdicts';
import { votersOf } from './adopt';
import type { ReviewDeps } from './deps';
import { givenOnEarlier } from './givenOn';
import { earlierRulings } from './rulings';
import { lastRun, reviewedKinds } from './runs';

// What the review page shows of one kind, read back from the case: every change to the review returns it.

type VerdictRow = {
  item_id: string; member_id: string; verdict: Verdict; comment: string; entry: VerdictEntry; entered_by: string;
  operator: string | null; reason: string | null; paper_ref: string | null; at: string | null; document_sha256: string | null;
};
const VERDICTS_SQL = `SELECT v.item_id, v.member_id, v.verdict, v.comment, v.entry, v.entered_by, t.operator, t.reason, t.paper_ref, t.at, v.document_sha256
  FROM review_verdicts v LEFT JOIN transcriptions t ON t.transcription_id = v.transcription_id ORDER BY v.item_id, v.member_id`;

/**
 * The review of one kind: its latest run, and the verdicts, committee verdicts, conclusion and 修改意见 on that kind's
 * items. Without a kind, the kind reviewed last. `kinds` says which kinds have a run, so the page can switch.
 */
export function reviewState(deps: ReviewDeps, caseId: string, kind?: ReviewKind): ReviewState {
  const store = deps.openCases.get(caseId);
  const run = lastRun(deps, caseId, kind);
  const k = kind ?? run?.kind;
  const ruleset = run ? (JSON.parse(run.ruleset_json) as ResolvedRuleset) : null;
  const earlier = givenOnEarlier(store, run);
  const items = new Set(run ? (JSON.parse(run.report_json) as ReviewReport).items.map((i) => i.id) : []);
  const mine = (itemId: string) => !k || itemOfKind(itemId, k, items);
  return {
    kinds: reviewedKinds(deps, caseId),
    run: run
      ? {
          // Who ran it, on screen: the user's name, never the system login (a run by an older version, or before the
          // name was set, shows no one).
          runId: run.run_id, kind: run.kind, createdAt: run.created_at, createdBy: deps.settings.isLogin(run.created_by) ? '' : run.created_by, documentName: run.document_name,
          documentSha256: run.document_sha256, ruleset: { id: ruleset!.id, version: ruleset!.version, name: ruleset!.name, lineage: ruleset!.lineage },
        }
      : null,
    report: run ? JSON.parse(run.report_json) : null,
    document: run ? JSON.parse(run.document_json) : null,
    verdicts: (store.db.prepare(VERDICTS_SQL).all() as VerdictRow[]).filter((r) => mine(r.item_id)).map((r) => ({
      itemId: r.item_id, memberId: r.member_id, verdict: r.verdict, comment: r.comment, entry: r.entry, enteredBy: r.entered_by,
      ...(r.operator ? { transcribed: { operator: r.operator, reason: r.reason!, paperRef: r.paper_ref!, at: r.at! } } : {}),
      earlier: earlier(r.document_sha256),
    })),
    committee: (store.db.prepare('SELECT item_id, verdict, comment, source, document_sha256 FROM review_committee_verdicts ORDER BY item_id').all() as { item_id: string; verdict: Verdict; comment: string; source: 'chair' | 'adopted'; document_sha256: string | null }[]).filter((r) => mine(r.item_id)).map((r) => ({
      itemId: r.item_id, verdict: r.verdict, comment: r.comment, source: r.source, earlier: earlier(r.document_sha256),
    })),
    voters: votersOf(store, deps.committee.list(caseId)),
    conclusion: ((r) => (r ? { value: r.conclusion, decidedBy: r.decided_by, decidedAt: r.decided_at, earlier: earlier(r.document_sha256) } : null))(
      k
        ? (store.db.prepare('SELECT conclusion, decided_by, decided_at, document_sha256 FROM review_conclusions WHERE kind = ?').get(k) as { conclusion: Conclusion; decided_by: string; decided_at: string; document_sha256: string | null } | undefined)
        : undefined,
    ),
    flagRulings: run
      ? (store.db.prepare('SELECT flag_id, target, ruling, reason, location, decided_by, decided_at FROM review_flag_rulings WHERE run_id = ? ORDER BY flag_id').all(run.run_id) as { flag_id: string; target: 'flag' | 'item'; ruling: 'dismissed' | 'upheld'; reason: string; location: string; decided_by: string; decided_at: string }[]).map((r) => ({
          flagId: r.flag_id, target: r.target, ruling: r.ruling, reason: r.reason, location: r.location, decidedBy: r.decided_by, decidedAt: r.decided_at,
        }))
      : [],
    earlierRulings: run ? earlierRulings(store, run) : null,
    opinions: (store.db.prepare('SELECT * FROM review_opinions WHERE kind = ? ORDER BY sort').all(k ?? 'plan') as { opinion_id: string; item_id: string; item_title: string; basis_json: string; text: string }[]).map((r) => ({
      opinionId: r.opinion_id, itemId: r.item_id, itemTitle: r.item_title, basis: JSON.parse(r.basis_json), text: r.text,
    })),
  };
}

/** Item ids name their kind (plan.…, agr.…); an id that names neither belongs to the kind whose run lists it. */
const ITEM_PREFIX: Record<ReviewKind, string> = { plan: 'plan.', agreement: 'agr.' };
function itemOfKind(itemId: string, kind: ReviewKind, runItems: ReadonlySet<string>): boolean {
  if (itemId.startsWith(ITEM_PREFIX[kind])) return true;
  if ((Object.keys(ITEM_PREFIX) as ReviewKind[]).some((k) => itemId.startsWith(ITEM_PREFIX[k]))) return false;
  return runItems.has(itemId);
}
