import crypto from 'node:crypto';
import { AppFault, fault } from '../../../shared/api/errors';
import type { FileRef } from '../../../shared/api/files';
import type { ReviewState } from '../../../shared/api/review';
import type { ExtractedDocument } from '../../../shared/domain/document';
import { reviewDocument, type PlaceContext } from '../../../shared/review/engine';
import type { ReviewReport } from '../../../shared/review/report';
import type { ResolvedRuleset, ReviewKind } from '../../../shared/review/ruleset';
import { toSimplifiedConverter } from '../../docs/chinese';
import { runTask } from '../worker';
import type { ReviewDeps } from './deps';
import { places } from './places';
import { carryRulings } from './rulings';
import { lastRun } from './runs';
import { reviewState } from './state';

// Running a review: a file without a case (check), or the case's plan or agreement, stored as a run with its audit entry.

/** China's places and the rulesets installed: the review warns when the ruleset chosen is not the document's place's. */
function placeContext(deps: ReviewDeps): PlaceContext {
  return { lookup: places(), rulesets: deps.rulesets.places() };
}

/** Reviews a file without a case (`check FILE`): extracted off the main thread, nothing is stored. */
export async function checkFile(deps: ReviewDeps, file: FileRef, kind: ReviewKind, rulesetId: string): Promise<ReviewReport> {
  const { ruleset } = deps.rulesets.get(rulesetId);
  const f = deps.files.resolve(file);
  try {
    return reviewDocument(await extractOrEmpty(f.path, f.name), ruleset, kind, { toSimplified: await toSimplifiedConverter(), deadlines: deps.deadlineContext?.(null, ruleset.id), places: placeContext(deps) });
  } finally {
    f.release();
  }
}

/**
 * Reviews the case's plan or agreement. A file given here is imported into the case's documents first (as a new
 * version when it continues one), so the review always reads what the 文件 page shows; without a file, the latest
 * document of that role is reviewed, or the last reviewed one again.
 */
export async function runReview(deps: ReviewDeps, caseId: string, req: { kind?: ReviewKind; rulesetId?: string; file?: FileRef; versionId?: string }): Promise<ReviewState> {
  const store = deps.openCases.get(caseId);
  if (store.readonly) throw fault('CASE_READ_ONLY');
  const summary = deps.cases.summary(caseId);
  const last = lastRun(deps, caseId);
  const kind: ReviewKind = req.kind ?? last?.kind ?? (summary.caseType === 'agreement_review' ? 'agreement' : 'plan');
  // Again on this kind's last document, never the other kind's.
  const prev = lastRun(deps, caseId, kind);
  const { ruleset } = deps.rulesets.get(req.rulesetId ?? prev?.ruleset_id ?? last?.ruleset_id ?? summary.jurisdiction);
  // The file picked for review is the one reviewed, whichever document it joins.
  let imported: string | null = null;
  if (req.file) {
    try {
      imported = (await deps.documents.import(caseId, { file: req.file, role: kind, target: 'auto', whenUnsure: 'new', note: '合规审查时导入' })).version.versionId;
    } catch (e) {
      // The very file already imported (the 文件 page first, then picked again here): review the version in the case.
      const same = e instanceof AppFault && e.code === 'CONFLICT' ? (e.details as { sameAsVersionId?: string } | undefined)?.sameAsVersionId : undefined;
      if (same) return runReview(deps, caseId, { ...req, kind, file: undefined, versionId: same });
      // An empty file is refused by intake; the review still reports on it (all missing) without storing a document.
      if (!(e instanceof AppFault && e.code === 'DOC_EMPTY')) throw e;
      const name = (req.file.kind === 'path' ? req.file.name ?? req.file.path.split(/[\\/]/).pop() : req.file.name) ?? '';
      if (req.file.kind === 'upload') deps.files.dropUpload(req.file.uploadId);
      return storeRun(deps, caseId, { kind, ruleset, doc: emptyDocument(name), name, sha: null, toSimplified: await toSimplifiedConverter() });
    }
  }
  const toSimplified = await toSimplifiedConverter();
  // The file picked, else the imported version picked (one of several plans), else the latest of that role.
  const picked = !imported && req.versionId ? deps.documents.version(caseId, req.versionId) : null;
  if (!imported && req.versionId && !picked) throw fault('NOT_FOUND', '所选文件已不在本案卷中（可能已被删除）。请刷新后重新选择要审查的文件。');
  const latest = imported ? deps.documents.version(caseId, imported) : picked ?? deps.documents.latest(caseId, kind);
  if (latest) return storeRun(deps, caseId, { kind, ruleset, doc: latest.extracted, name: latest.fileName, sha: latest.sha256, toSimplified });
  if (!prev) throw fault('REVIEW_NO_DOCUMENT');
  return storeRun(deps, caseId, { kind, ruleset, doc: JSON.parse(prev.document_json), name: prev.document_name, sha: prev.document_sha256, toSimplified });
}

/** One run stored in one transaction: the report, the document it read, the rulings carried over, and its audit entry. */
function storeRun(deps: ReviewDeps, caseId: string, a: { kind: ReviewKind; ruleset: ResolvedRuleset; doc: ExtractedDocument; name: string; sha: string | null; toSimplified: (s: string) => string }): ReviewState {
  const store = deps.openCases.get(caseId);
  const report = reviewDocument(a.doc, a.ruleset, a.kind, { toSimplified: a.toSimplified, deadlines: deps.deadlineContext?.(caseId, deps.cases.summary(caseId).jurisdiction), places: placeContext(deps) });
  const runId = crypto.randomUUID();
  const actor = deps.settings.userName();
  store.tx(() => {
    const sha = a.sha;
    store.db
      .prepare('INSERT INTO review_runs (run_id, kind, ruleset_id, ruleset_version, ruleset_json, document_name, document_sha256, document_json, report_json, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(runId, a.kind, a.ruleset.id, a.ruleset.version, JSON.stringify(a.ruleset), a.name, sha, JSON.stringify(a.doc), JSON.stringify(report), new Date().toISOString(), actor);
    const carried = carryRulings(store, runId, a.kind, sha, report);
    store.audit(actor, 'review.run', {
      runId, kind: a.kind, ruleset: `${a.ruleset.id}@${a.ruleset.version}`, document: a.name, documentSha256: sha,
      missing: report.items.filter((i) => i.status === 'missing').map((i) => i.id), flags: report.flags.map((f) => f.id),
      ...(carried.length ? { rulingsCarried: carried } : {}),
    });
  });
  return reviewState(deps, caseId, a.kind);
}

const emptyDocument = (name: string): ExtractedDocument => ({ format: 'txt', title: name, needsOcr: false, blocks: [], warnings: ['文件是空的（0 字节），没有可审查的内容。'] });

async function extractOrEmpty(file: string, name: string): Promise<ExtractedDocument> {
  try {
    return await runTask('documents.extract', { file, fileName: name }, { onCrash: { code: 'DOC_EXTRACT_FAILED', message: `读取“${name}”时意外中止（文件可能异常），未审查。请用 Word、WPS 或 PDF 阅读器打开确认后另存再试。` } });
  } catch (e) {
    if (e instanceof AppFault && e.code === 'DOC_EMPTY') return emptyDocument(name);
    throw e;
  }
}
