import { fault } from '../../../shared/api/errors';
import type { ReviewReport } from '../../../shared/review/report';
import { REVIEW_KINDS, type ResolvedRuleset, type ReviewKind } from '../../../shared/review/ruleset';
import type { ReviewDeps } from './deps';
import type { RunRow } from './rulings';

// The review runs of a case, read back: which is the latest of a kind, and what it read.

/**
 * The latest run of that kind (实施方案 / 授权运营协议): a case reviews both, side by side, and each keeps its own
 * findings, verdicts, conclusion and 修改意见. Without a kind, the latest run of either (the one reviewed last).
 */
export function lastRun(deps: ReviewDeps, caseId: string, kind?: ReviewKind): RunRow | undefined {
  const db = deps.openCases.get(caseId).db;
  return (kind
    ? db.prepare('SELECT * FROM review_runs WHERE kind = ? ORDER BY created_at DESC, rowid DESC LIMIT 1').get(kind)
    : db.prepare('SELECT * FROM review_runs ORDER BY created_at DESC, rowid DESC LIMIT 1').get()) as RunRow | undefined;
}

/** The latest run of that kind, its report and ruleset; none: REVIEW_NOT_RUN, saying which document to review. */
export function requireRun(deps: ReviewDeps, caseId: string, kind?: ReviewKind) {
  const run = lastRun(deps, caseId, kind);
  if (!run) throw kind && lastRun(deps, caseId) ? notRunOf(kind) : fault('REVIEW_NOT_RUN');
  return { run, report: JSON.parse(run.report_json) as ReviewReport, ruleset: JSON.parse(run.ruleset_json) as ResolvedRuleset };
}

/**
 * What the latest review of that kind read: the document a memo about it prints the findings of, so the memo's subject
 * is that document's title, and the warning when the text did not look like that kind. Null before any run.
 */
export function lastReviewed(deps: ReviewDeps, caseId: string, kind: ReviewKind): { documentName: string; sha256: string | null; title: string; unlike?: string } | null {
  const run = lastRun(deps, caseId, kind);
  if (!run) return null;
  const report = JSON.parse(run.report_json) as ReviewReport;
  return { documentName: run.document_name, sha256: run.document_sha256, title: report.documentTitle, ...(report.unlike ? { unlike: report.unlike } : {}) };
}

/** The kinds of review the case has a run of, in the order 实施方案, 授权运营协议. */
export function reviewedKinds(deps: ReviewDeps, caseId: string): ReviewKind[] {
  const have = new Set((deps.openCases.get(caseId).db.prepare('SELECT DISTINCT kind FROM review_runs').all() as { kind: ReviewKind }[]).map((r) => r.kind));
  return (Object.keys(REVIEW_KINDS) as ReviewKind[]).filter((k) => have.has(k));
}

/** The kind of a run (a kit's return names the run it was made against), if the case has it. */
export function runKind(deps: ReviewDeps, caseId: string, runId: string): ReviewKind | undefined {
  return (deps.openCases.get(caseId).db.prepare('SELECT kind FROM review_runs WHERE run_id = ?').get(runId) as { kind: ReviewKind } | undefined)?.kind;
}

const notRunOf = (kind: ReviewKind) =>
  fault('REVIEW_NOT_RUN', `本案卷尚未审查${REVIEW_KINDS[kind]}。请在“合规审查”页选择“${REVIEW_KINDS[kind]}”，导入或选定文件后点击“开始审查”。`);
