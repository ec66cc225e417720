import type { ReviewState } from '../../../shared/api/review';
import type { ReviewReport } from '../../../shared/review/report';
import type { ReviewKind } from '../../../shared/review/ruleset';
import type { CaseStore } from '../../store/caseStore';

export type RunRow = {
  run_id: string; kind: ReviewKind; ruleset_id: string; ruleset_version: string; ruleset_json: string; document_name: string;
  document_sha256: string | null; document_json: string; report_json: string; created_at: string; created_by: string;
};

type RulingRow = { flag_id: string; target: 'flag' | 'item'; ruling: 'dismissed' | 'upheld'; reason: string; location: string; decided_by: string; decided_at: string };

/** The run of the same kind before this one, if any. */
function previousRun(store: CaseStore, runId: string, kind: ReviewKind): RunRow | undefined {
  return store.db
    .prepare('SELECT * FROM review_runs WHERE kind = ? AND run_id <> ? AND rowid < (SELECT rowid FROM review_runs WHERE run_id = ?) ORDER BY rowid DESC LIMIT 1')
    .get(kind, runId, runId) as RunRow | undefined;
}

/**
 * A review run again on the very same file (same SHA-256: a new ruleset, a corrected title) keeps the experts'
 * rulings on findings it still makes; on another file they are not carried (the text they judged may have changed)
 * and `earlierRulings` lists them for the experts to look at again. Returns the ids carried.
 */
export function carryRulings(store: CaseStore, runId: string, kind: ReviewKind, sha: string | null, report: ReviewReport): string[] {
  const prev = previousRun(store, runId, kind);
  if (!prev || !sha || prev.document_sha256 !== sha) return [];
  const flags = new Set(report.flags.map((f) => f.id));
  const open = new Set(report.items.filter((i) => i.status !== 'present').map((i) => i.id));
  const rows = store.db.prepare('SELECT * FROM review_flag_rulings WHERE run_id = ?').all(prev.run_id) as RulingRow[];
  const ins = store.db.prepare('INSERT INTO review_flag_rulings (run_id, flag_id, ruling, reason, decided_at, decided_by, target, location) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const carried: string[] = [];
  for (const r of rows) {
    if (!(r.target === 'flag' ? flags : open).has(r.flag_id)) continue;
    ins.run(runId, r.flag_id, r.ruling, r.reason, r.decided_at, r.decided_by, r.target, r.location);
    carried.push(r.flag_id);
  }
  return carried;
}

/** The previous run's rulings (same kind) that this run does not carry, with their titles: never dropped unseen. */
export function earlierRulings(store: CaseStore, run: RunRow): ReviewState['earlierRulings'] {
  const prev = previousRun(store, run.run_id, run.kind);
  if (!prev) return null;
  const now = new Set((store.db.prepare('SELECT flag_id FROM review_flag_rulings WHERE run_id = ?').all(run.run_id) as { flag_id: string }[]).map((r) => r.flag_id));
  const rows = (store.db.prepare('SELECT * FROM review_flag_rulings WHERE run_id = ? ORDER BY decided_at').all(prev.run_id) as RulingRow[]).filter((r) => !now.has(r.flag_id));
  if (!rows.length) return null;
  const old = JSON.parse(prev.report_json) as ReviewReport;
  const titles = new Map([...old.flags.map((f) => [f.id, f.title] as const), ...old.items.map((i) => [i.id, i.title] as const)]);
  return {
    documentName: prev.document_name, reviewedAt: prev.created_at, sameDocument: !!prev.document_sha256 && prev.document_sha256 === run.document_sha256,
    rulings: rows.map((r) => ({ flagId: r.flag_id, title: titles.get(r.flag_id) ?? r.flag_id, ruling: r.ruling, reason: r.reason, location: r.location, decidedBy: r.decided_by, decidedAt: r.decided_at })),
  };
}

