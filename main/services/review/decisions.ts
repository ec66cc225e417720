import { fault } from '../../../shared/api/errors';
import type { Transcription } from '../../../shared/api/kits';
import type { ReviewState } from '../../../shared/api/review';
import type { ReviewReport } from '../../../shared/review/report';
import type { ReviewKind } from '../../../shared/review/ruleset';
import type { Conclusion, Verdict } from '../../../shared/review/verdicts';
import type { ReviewDeps } from './deps';
import { requireRun } from './runs';
import { reviewState } from './state';

// The experts' decisions on the current run: members' verdicts, the chair's committee verdicts, rulings on the automatic
// findings, and the conclusion. Each is one transaction with its audit entry, and returns the review as it now stands.

function checkItem(report: ReviewReport, itemId: string) {
  if (!report.items.some((i) => i.id === itemId)) throw fault('REVIEW_UNKNOWN_ITEM');
}

/**
 * One member's verdict on one item. Who entered it is kept with it (migration 018): the member in their own
 * session, or the secretary transcribing (代录) a paper form for a member without a key — then a 代录 record with
 * the operator, reason and paper reference is appended, the row points at it, and the memo says so.
 */
export function saveVerdict(deps: ReviewDeps, caseId: string, req: { itemId: string; memberId: string; verdict: Verdict | null; comment: string; session?: string; transcription?: Transcription; kind?: ReviewKind }): ReviewState {
  const store = deps.openCases.get(caseId);
  if (store.readonly) throw fault('CASE_READ_ONLY');
  const { run, report } = requireRun(deps, caseId, req.kind);
  checkItem(report, req.itemId);
  const member = deps.committee.get(caseId, req.memberId);
  // A member with a registered key records only through their own session (issue 13).
  const who = deps.experts?.recorder(caseId, req.memberId, req.session, req.transcription);
  const actor = who?.actor ?? deps.settings.userName();
  const entry = !who ? 'unrecorded' : who.transcribed ? 'transcribed' : 'member';
  const comment = req.comment.trim();
  store.tx(() => {
    const transcriptionId = who?.transcribe?.(store, 'verdicts', { itemId: req.itemId, itemTitle: report.items.find((i) => i.id === req.itemId)!.title, verdict: req.verdict, comment }) ?? null;
    if (req.verdict === null) store.db.prepare('DELETE FROM review_verdicts WHERE item_id = ? AND member_id = ?').run(req.itemId, req.memberId);
    else
      store.db
        .prepare('INSERT INTO review_verdicts (item_id, member_id, verdict, comment, updated_at, entry, entered_by, transcription_id, document_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (item_id, member_id) DO UPDATE SET verdict = excluded.verdict, comment = excluded.comment, updated_at = excluded.updated_at, entry = excluded.entry, entered_by = excluded.entered_by, transcription_id = excluded.transcription_id, document_sha256 = excluded.document_sha256')
        .run(req.itemId, req.memberId, req.verdict, comment, new Date().toISOString(), entry, actor, transcriptionId, run.document_sha256);
    store.audit(actor, 'review.verdict', {
      itemId: req.itemId, memberId: req.memberId, member: member.name, verdict: req.verdict, comment, document: run.document_name, documentSha256: run.document_sha256,
      ...(who?.transcribed ? { 代录: who.transcribed, transcriptionId } : {}),
    });
  });
  return reviewState(deps, caseId, run.kind);
}

/** The chair's verdict for the committee on one item (the memo prints it beside the members'). */
export function saveCommitteeVerdict(deps: ReviewDeps, caseId: string, req: { itemId: string; verdict: Verdict | null; comment: string; kind?: ReviewKind }): ReviewState {
  const store = deps.openCases.get(caseId);
  const { run, report } = requireRun(deps, caseId, req.kind);
  checkItem(report, req.itemId);
  const actor = deps.settings.userName();
  store.tx(() => {
    if (req.verdict === null) store.db.prepare('DELETE FROM review_committee_verdicts WHERE item_id = ?').run(req.itemId);
    else
      store.db
        .prepare("INSERT INTO review_committee_verdicts (item_id, verdict, comment, updated_at, updated_by, source, document_sha256) VALUES (?, ?, ?, ?, ?, 'chair', ?) ON CONFLICT (item_id) DO UPDATE SET verdict = excluded.verdict, comment = excluded.comment, updated_at = excluded.updated_at, updated_by = excluded.updated_by, source = 'chair', document_sha256 = excluded.document_sha256")
        .run(req.itemId, req.verdict, req.comment.trim(), new Date().toISOString(), actor, run.document_sha256);
    store.audit(actor, 'review.committeeVerdict', { itemId: req.itemId, verdict: req.verdict, comment: req.comment.trim(), document: run.document_name });
  });
  return reviewState(deps, caseId, run.kind);
}

/**
 * An expert overrules an automatic finding of the current run (or confirms it), with a reason: a red line, or a
 * checklist item found missing or partial ("缺失" while the content is there: the expert names where). Clearing it
 * returns to the engine's finding. One table and one audit entry kind for both.
 */
export function ruleFlag(deps: ReviewDeps, caseId: string, req: { flagId: string; ruling: 'dismissed' | 'upheld' | null; reason: string; location?: string; kind?: ReviewKind }): ReviewState {
  const store = deps.openCases.get(caseId);
  if (store.readonly) throw fault('CASE_READ_ONLY');
  const { run, report } = requireRun(deps, caseId, req.kind);
  const flag = report.flags.find((f) => f.id === req.flagId);
  const item = flag ? undefined : report.items.find((i) => i.id === req.flagId);
  if (!flag && !item) throw fault('REVIEW_UNKNOWN_ITEM', '该结论不在本次审查结果中，可能已重新审查，请刷新后重试。');
  const title = flag?.title ?? item!.title;
  const reason = req.reason.trim();
  const location = (req.location ?? '').trim();
  if (req.ruling && !reason) throw fault('BAD_REQUEST', flag ? `改判“${title}”须写明理由（例如：该条款是禁止性约定，不构成允许）。` : `改判“${title}”须写明理由（例如：相关内容在其他标题下，已写明各项要求）。`);
  if (item && req.ruling && item.status === 'present') throw fault('BAD_REQUEST', `“${title}”自动审查为“已具备”，无须改判；如认为内容不符合要求，请在“专家意见”中记录。`);
  if (item && req.ruling === 'dismissed' && item.status === 'missing' && !location) throw fault('BAD_REQUEST', `改判“${title}”为已具备须写明内容所在位置（例如：第三章第八条，或“八、应用场景与服务”）。`);
  // Printed in the memo with the ruling (经…核实): a name, never the system login.
  const actor = req.ruling ? deps.settings.printedName() : deps.settings.userName();
  const target = flag ? 'flag' : 'item';
  store.tx(() => {
    if (req.ruling === null) store.db.prepare('DELETE FROM review_flag_rulings WHERE run_id = ? AND flag_id = ?').run(run.run_id, req.flagId);
    else
      store.db
        .prepare('INSERT INTO review_flag_rulings (run_id, flag_id, ruling, reason, decided_at, decided_by, target, location) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (run_id, flag_id) DO UPDATE SET ruling = excluded.ruling, reason = excluded.reason, decided_at = excluded.decided_at, decided_by = excluded.decided_by, target = excluded.target, location = excluded.location')
        .run(run.run_id, req.flagId, req.ruling, reason, new Date().toISOString(), actor, target, location);
    store.audit(actor, 'review.flagRuling', { runId: run.run_id, flagId: req.flagId, target, title, ...(item ? { autoStatus: item.status } : {}), ruling: req.ruling, reason, ...(location ? { location } : {}) });
  });
  return reviewState(deps, caseId, run.kind);
}

/** The conclusion of the review of this kind (the current run's): a plan's and an agreement's are kept apart. */
export function setConclusion(deps: ReviewDeps, caseId: string, conclusion: Conclusion | null, kind?: ReviewKind): ReviewState {
  const store = deps.openCases.get(caseId);
  const { run } = requireRun(deps, caseId, kind);
  const actor = deps.settings.userName();
  store.tx(() => {
    if (conclusion === null) store.db.prepare('DELETE FROM review_conclusions WHERE kind = ?').run(run.kind);
    else
      store.db
        .prepare('INSERT INTO review_conclusions (kind, conclusion, decided_by, decided_at, document_sha256) VALUES (?, ?, ?, ?, ?) ON CONFLICT (kind) DO UPDATE SET conclusion = excluded.conclusion, decided_by = excluded.decided_by, decided_at = excluded.decided_at, document_sha256 = excluded.document_sha256')
        .run(run.kind, conclusion, actor, new Date().toISOString(), run.document_sha256);
    store.audit(actor, 'review.conclusion', { conclusion, kind: run.kind, document: run.document_name });
  });
  return reviewState(deps, caseId, run.kind);
}
