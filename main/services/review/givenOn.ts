import type { CaseStore } from '../../store/caseStore';
import type { RunRow } from './rulings';

export type GivenOnEarlier = { documentName: string; sha256: string; reviewedAt: string; version: number | null } | null;

/**
 * Which earlier text a verdict, committee verdict or conclusion was given on, when it is not the text of the current run
 * (a revised version imported and reviewed since, or another file). Verdicts stay across runs (the experts need not
 * enter them all again), but a verdict given on the first draft is not a verdict on the revised one: the page and the
 * memo say which text it was given on until it is recorded again on this one. Null: given on this text, or not known
 * (recorded before any run, or before migration 020 could date it).
 */
export function givenOnEarlier(store: CaseStore, run: RunRow | undefined): (sha: string | null) => GivenOnEarlier {
  const seen = new Map<string, GivenOnEarlier>();
  const named = store.db.prepare('SELECT document_name, created_at FROM review_runs WHERE document_sha256 = ? ORDER BY created_at DESC, rowid DESC LIMIT 1');
  // Its version number among the case's documents (第 1 版), when the file is one of them.
  const versioned = store.db.prepare('SELECT version FROM document_versions WHERE sha256 = ? ORDER BY rowid DESC LIMIT 1');
  return (sha) => {
    if (!run || !sha || sha === run.document_sha256) return null;
    if (!seen.has(sha)) {
      const r = named.get(sha) as { document_name: string; created_at: string } | undefined;
      const v = versioned.get(sha) as { version: number } | undefined;
      seen.set(sha, { documentName: r?.document_name ?? '先前审查的文件', sha256: sha, reviewedAt: r?.created_at ?? '', version: v?.version ?? null });
    }
    return seen.get(sha)!;
  };
}
