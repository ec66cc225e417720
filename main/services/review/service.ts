import crypto from 'node:crypto';
import { fault } from '../../../shared/api/errors';
import type { FileRef } from '../../../shared/api/files';
import { earlierLabel, type Opinion, type ReviewState } from '../../../shared/api/review';
import type { ExtractedDocument } from '../../../shared/domain/document';
import { reviewDocument, type PlaceContext } from '../../../shared/review/engine';
import type { DeadlineCheckContext } from '../../../shared/review/deadlines';
import type { ReviewMemoContent } from '../../../shared/review/memo';
import { applyRulings, draftOpinions } from '../../../shared/review/opinions';
import { ITEM_STATUSES, type ReviewReport } from '../../../shared/review/report';
import { REVIEW_KINDS, type ResolvedRuleset, type ReviewKind } from '../../../shared/review/ruleset';
import { CONCLUSIONS, VERDICTS, type Conclusion, type Verdict } from '../../../shared/review/verdicts';
import type { CaseService } from '../cases';
import type { CommitteeService } from '../committee';
import type { FileStaging } from '../files';
import type { OpenCases } from '../openCases';
import type { Settings } from '../settings';
import type { RulesetStore } from './rulesets';
import { places } from './places';
import type { DocumentService } from '../documents';
import type { ExpertGate } from '../kits/session';
import type { Transcription } from '../../../shared/api/kits';
import type { VerdictEntry } from '../../../shared/api/review';
import { runTask } from '../worker';
import { adoptAgreed, votersOf } from './adopt';
import { carryRulings, earlierRulings, type RunRow } from './rulings';
import { givenOnEarlier } from './givenOn';
import { toSimplifiedConverter } from '../../docs/chinese';
import { AppFault } from '../../../shared/api/errors';


type VerdictRow = {
  item_id: string; member_id: string; verdict: Verdict; comment: string; entry: VerdictEntry; entered_by: string;
  operator: string | null; reason: string | null; paper_ref: string | null; at: string | null; document_sha256: string | null;
};
const VERDICTS_SQL = `SELECT v.item_id, v.member_id, v.verdict, v.comment, v.entry, v.entered_by, t.operator, t.reason, t.paper_ref, t.at, v.document_sha256
  FROM review_verdicts v LEFT JOIN transcriptions t ON t.transcription_id = v.transcription_id ORDER BY v.item_id, v.member_id`;

/**
 * Compliance review of a case's plan or agreement: the automatic findings (pinned to the ruleset version used), each
 * expert's verdicts, the chair's committee view, the conclusion and the 修改意见. Every user action is one
 * transaction with its audit entry.
 */
export class ReviewService {
  constructor(
    private readonly deps: {
      openCases: OpenCases;
      settings: Settings;
      cases: CaseService;
      committee: CommitteeService;
      files: FileStaging;
      documents: DocumentService;
      rulesets: RulesetStore;
      /** The 时限 rules and holiday calendar for the document's own deadlines (main/services/deadlines); optional. */
      deadlineContext?: (caseId: string | null, jurisdiction: string) => DeadlineCheckContext | undefined;
      experts?: ExpertGate;
    },
  ) {}

  /**
   * The latest run of that kind (实施方案 / 授权运营协议): a case reviews both, side by side, and each keeps its own
   * findings, verdicts, conclusion and 修改意见. Without a kind, the latest run of either (the one reviewed last).
   */
  private lastRun(caseId: string, kind?: ReviewKind): RunRow | undefined {
    const db = this.deps.openCases.get(caseId).db;
    return (kind
      ? db.prepare('SELECT * FROM review_runs WHERE kind = ? ORDER BY created_at DESC, rowid DESC LIMIT 1').get(kind)
      : db.prepare('SELECT * FROM review_runs ORDER BY created_at DESC, rowid DESC LIMIT 1').get()) as RunRow | undefined;
  }

  private requireRun(caseId: string, kind?: ReviewKind) {
    const run = this.lastRun(caseId, kind);
    if (!run) throw kind && this.lastRun(caseId) ? notRunOf(kind) : fault('REVIEW_NOT_RUN');
    return { run, report: JSON.parse(run.report_json) as ReviewReport, ruleset: JSON.parse(run.ruleset_json) as ResolvedRuleset };
  }

  /**
   * What the latest review of that kind read: the document a memo about it prints the findings of, so the memo's subject
   * is that document's title, and the warning when the text did not look like that kind. Null before any run.
   */
  reviewed(caseId: string, kind: ReviewKind): { documentName: string; sha256: string | null; title: string; unlike?: string } | null {
    const run = this.lastRun(caseId, kind);
    if (!run) return null;
    const report = JSON.parse(run.report_json) as ReviewReport;
    return { documentName: run.document_name, sha256: run.document_sha256, title: report.documentTitle, ...(report.unlike ? { unlike: report.unlike } : {}) };
  }

  /** The kinds of review the case has a run of, in the order 实施方案, 授权运营协议. */
  kinds(caseId: string): ReviewKind[] {
    const have = new Set((this.deps.openCases.get(caseId).db.prepare('SELECT DISTINCT kind FROM review_runs').all() as { kind: ReviewKind }[]).map((r) => r.kind));
    return (Object.keys(REVIEW_KINDS) as ReviewKind[]).filter((k) => have.has(k));
  }

  /** The kind of a run (a kit's return names the run it was made against), if the case has it. */
  runKind(caseId: string, runId: string): ReviewKind | undefined {
    return (this.deps.openCases.get(caseId).db.prepare('SELECT kind FROM review_runs WHERE run_id = ?').get(runId) as { kind: ReviewKind } | undefined)?.kind;
  }

  /** China's places and the rulesets installed: the review warns when the ruleset chosen is not the document's place's. */
  private places(): PlaceContext {
    return { lookup: places(), rulesets: this.deps.rulesets.places() };
  }

  /** Reviews a file without a case (`check FILE`): extracted off the main thread, nothing is stored. */
  async check(file: FileRef, kind: ReviewKind, rulesetId: string): Promise<ReviewReport> {
    const { ruleset } = this.deps.rulesets.get(rulesetId);
    const f = this.deps.files.resolve(file);
    try {
      return reviewDocument(await extractOrEmpty(f.path, f.name), ruleset, kind, { toSimplified: await toSimplifiedConverter(), deadlines: this.deps.deadlineContext?.(null, ruleset.id), places: this.places() });
    } finally {
      f.release();
    }
  }

  /**
   * Reviews the case's plan or agreement. A file given here is imported into the case's documents first (as a new
   * version when it continues one), so the review always reads what the 文件 page shows; without a file, the latest
   * document of that role is reviewed, or the last reviewed one again.
   */
  async run(caseId: string, req: { kind?: ReviewKind; rulesetId?: string; file?: FileRef; versionId?: string }): Promise<ReviewState> {
    const store = this.deps.openCases.get(caseId);
    if (store.readonly) throw fault('CASE_READ_ONLY');
    const summary = this.deps.cases.summary(caseId);
    const last = this.lastRun(caseId);
    const kind: ReviewKind = req.kind ?? last?.kind ?? (summary.caseType === 'agreement_review' ? 'agreement' : 'plan');
    // Again on this kind's last document, never the other kind's.
    const prev = this.lastRun(caseId, kind);
    const { ruleset } = this.deps.rulesets.get(req.rulesetId ?? prev?.ruleset_id ?? last?.ruleset_id ?? summary.jurisdiction);
    // The file picked for review is the one reviewed, whichever document it joins.
    let imported: string | null = null;
    if (req.file) {
      try {
        imported = (await this.deps.documents.import(caseId, { file: req.file, role: kind, target: 'auto', whenUnsure: 'new', note: '合规审查时导入' })).version.versionId;
      } catch (e) {
        // The very file already imported (the 文件 page first, then picked again here): review the version in the case.
        const same = e instanceof AppFault && e.code === 'CONFLICT' ? (e.details as { sameAsVersionId?: string } | undefined)?.sameAsVersionId : undefined;
        if (same) return this.run(caseId, { ...req, kind, file: undefined, versionId: same });
        // An empty file is refused by intake; the review still reports on it (all missing) without storing a document.
        if (!(e instanceof AppFault && e.code === 'DOC_EMPTY')) throw e;
        const name = (req.file.kind === 'path' ? req.file.name ?? req.file.path.split(/[\\/]/).pop() : req.file.name) ?? '';
        if (req.file.kind === 'upload') this.deps.files.dropUpload(req.file.uploadId);
        return this.store(caseId, { kind, ruleset, doc: emptyDocument(name), name, sha: null, toSimplified: await toSimplifiedConverter() });
      }
    }
    const toSimplified = await toSimplifiedConverter();
    // The file picked, else the imported version picked (one of several plans), else the latest of that role.
    const picked = !imported && req.versionId ? this.deps.documents.version(caseId, req.versionId) : null;
    if (!imported && req.versionId && !picked) throw fault('NOT_FOUND', '所选文件已不在本案卷中（可能已被删除）。请刷新后重新选择要审查的文件。');
    const latest = imported ? this.deps.documents.version(caseId, imported) : picked ?? this.deps.documents.latest(caseId, kind);
    if (latest) return this.store(caseId, { kind, ruleset, doc: latest.extracted, name: latest.fileName, sha: latest.sha256, toSimplified });
    if (!prev) throw fault('REVIEW_NO_DOCUMENT');
    return this.store(caseId, { kind, ruleset, doc: JSON.parse(prev.document_json), name: prev.document_name, sha: prev.document_sha256, toSimplified });
  }

  private store(caseId: string, a: { kind: ReviewKind; ruleset: ResolvedRuleset; doc: ExtractedDocument; name: string; sha: string | null; toSimplified: (s: string) => string }): ReviewState {
    const store = this.deps.openCases.get(caseId);
    const report = reviewDocument(a.doc, a.ruleset, a.kind, { toSimplified: a.toSimplified, deadlines: this.deps.deadlineContext?.(caseId, this.deps.cases.summary(caseId).jurisdiction), places: this.places() });
    const runId = crypto.randomUUID();
    const actor = this.deps.settings.userName();
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
    return this.get(caseId, a.kind);
  }

  /**
   * The review of one kind: its latest run, and the verdicts, committee verdicts, conclusion and 修改意见 on that kind's
   * items. Without a kind, the kind reviewed last. `kinds` says which kinds have a run, so the page can switch.
   */
  get(caseId: string, kind?: ReviewKind): ReviewState {
    const store = this.deps.openCases.get(caseId);
    const run = this.lastRun(caseId, kind);
    const k = kind ?? run?.kind;
    const ruleset = run ? (JSON.parse(run.ruleset_json) as ResolvedRuleset) : null;
    const earlier = givenOnEarlier(store, run);
    const items = new Set(run ? (JSON.parse(run.report_json) as ReviewReport).items.map((i) => i.id) : []);
    const mine = (itemId: string) => !k || itemOfKind(itemId, k, items);
    return {
      kinds: this.kinds(caseId),
      run: run
        ? {
            // Who ran it, on screen: the user's name, never the system login (a run by an older version, or before the
            // name was set, shows no one).
            runId: run.run_id, kind: run.kind, createdAt: run.created_at, createdBy: this.deps.settings.isLogin(run.created_by) ? '' : run.created_by, documentName: run.document_name,
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
      voters: votersOf(store, this.deps.committee.list(caseId)),
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

  private checkItem(report: ReviewReport, itemId: string) {
    if (!report.items.some((i) => i.id === itemId)) throw fault('REVIEW_UNKNOWN_ITEM');
  }

  /**
   * One member's verdict on one item. Who entered it is kept with it (migration 018): the member in their own
   * session, or the secretary transcribing (代录) a paper form for a member without a key — then a 代录 record with
   * the operator, reason and paper reference is appended, the row points at it, and the memo says so.
   */
  saveVerdict(caseId: string, req: { itemId: string; memberId: string; verdict: Verdict | null; comment: string; session?: string; transcription?: Transcription; kind?: ReviewKind }): ReviewState {
    const store = this.deps.openCases.get(caseId);
    if (store.readonly) throw fault('CASE_READ_ONLY');
    const { run, report } = this.requireRun(caseId, req.kind);
    this.checkItem(report, req.itemId);
    const member = this.deps.committee.get(caseId, req.memberId);
    // A member with a registered key records only through their own session (issue 13).
    const who = this.deps.experts?.recorder(caseId, req.memberId, req.session, req.transcription);
    const actor = who?.actor ?? this.deps.settings.userName();
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
    return this.get(caseId, run.kind);
  }

  saveCommitteeVerdict(caseId: string, req: { itemId: string; verdict: Verdict | null; comment: string; kind?: ReviewKind }): ReviewState {
    const store = this.deps.openCases.get(caseId);
    const { run, report } = this.requireRun(caseId, req.kind);
    this.checkItem(report, req.itemId);
    const actor = this.deps.settings.userName();
    store.tx(() => {
      if (req.verdict === null) store.db.prepare('DELETE FROM review_committee_verdicts WHERE item_id = ?').run(req.itemId);
      else
        store.db
          .prepare("INSERT INTO review_committee_verdicts (item_id, verdict, comment, updated_at, updated_by, source, document_sha256) VALUES (?, ?, ?, ?, ?, 'chair', ?) ON CONFLICT (item_id) DO UPDATE SET verdict = excluded.verdict, comment = excluded.comment, updated_at = excluded.updated_at, updated_by = excluded.updated_by, source = 'chair', document_sha256 = excluded.document_sha256")
          .run(req.itemId, req.verdict, req.comment.trim(), new Date().toISOString(), actor, run.document_sha256);
      store.audit(actor, 'review.committeeVerdict', { itemId: req.itemId, verdict: req.verdict, comment: req.comment.trim(), document: run.document_name });
    });
    return this.get(caseId, run.kind);
  }

  /** The chair's "adopt where members agree" (main/services/review/adopt.ts). */
  adoptAgreed(caseId: string, overwriteChair: boolean, kind?: ReviewKind) {
    const { run, report } = this.requireRun(caseId, kind);
    const store = this.deps.openCases.get(caseId);
    return adoptAgreed({ store, report, state: this.get(caseId, run.kind), members: this.deps.committee.list(caseId), actor: this.deps.settings.userName(), overwriteChair, reload: () => this.get(caseId, run.kind) });
  }

  /**
   * An expert overrules an automatic finding of the current run (or confirms it), with a reason: a red line, or a
   * checklist item found missing or partial ("缺失" while the content is there: the expert names where). Clearing it
   * returns to the engine's finding. One table and one audit entry kind for both.
   */
  ruleFlag(caseId: string, req: { flagId: string; ruling: 'dismissed' | 'upheld' | null; reason: string; location?: string; kind?: ReviewKind }): ReviewState {
    const store = this.deps.openCases.get(caseId);
    if (store.readonly) throw fault('CASE_READ_ONLY');
    const { run, report } = this.requireRun(caseId, req.kind);
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
    const actor = req.ruling ? this.deps.settings.printedName() : this.deps.settings.userName();
    const target = flag ? 'flag' : 'item';
    store.tx(() => {
      if (req.ruling === null) store.db.prepare('DELETE FROM review_flag_rulings WHERE run_id = ? AND flag_id = ?').run(run.run_id, req.flagId);
      else
        store.db
          .prepare('INSERT INTO review_flag_rulings (run_id, flag_id, ruling, reason, decided_at, decided_by, target, location) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (run_id, flag_id) DO UPDATE SET ruling = excluded.ruling, reason = excluded.reason, decided_at = excluded.decided_at, decided_by = excluded.decided_by, target = excluded.target, location = excluded.location')
          .run(run.run_id, req.flagId, req.ruling, reason, new Date().toISOString(), actor, target, location);
      store.audit(actor, 'review.flagRuling', { runId: run.run_id, flagId: req.flagId, target, title, ...(item ? { autoStatus: item.status } : {}), ruling: req.ruling, reason, ...(location ? { location } : {}) });
    });
    return this.get(caseId, run.kind);
  }

  /** The conclusion of the review of this kind (the current run's): a plan's and an agreement's are kept apart. */
  setConclusion(caseId: string, conclusion: Conclusion | null, kind?: ReviewKind): ReviewState {
    const store = this.deps.openCases.get(caseId);
    const { run } = this.requireRun(caseId, kind);
    const actor = this.deps.settings.userName();
    store.tx(() => {
      if (conclusion === null) store.db.prepare('DELETE FROM review_conclusions WHERE kind = ?').run(run.kind);
      else
        store.db
          .prepare('INSERT INTO review_conclusions (kind, conclusion, decided_by, decided_at, document_sha256) VALUES (?, ?, ?, ?, ?) ON CONFLICT (kind) DO UPDATE SET conclusion = excluded.conclusion, decided_by = excluded.decided_by, decided_at = excluded.decided_at, document_sha256 = excluded.document_sha256')
          .run(run.kind, conclusion, actor, new Date().toISOString(), run.document_sha256);
      store.audit(actor, 'review.conclusion', { conclusion, kind: run.kind, document: run.document_name });
    });
    return this.get(caseId, run.kind);
  }

  draftOpinions(caseId: string, kind?: ReviewKind): { opinions: Opinion[] } {
    const { run, report } = this.requireRun(caseId, kind);
    const state = this.get(caseId, run.kind);
    return { opinions: draftOpinions(applyRulings(report, state.flagRulings), state.committee, state.verdicts) };
  }

  /** The 修改意见 of this kind's review, as a whole: the other kind's stay as they are. */
  saveOpinions(caseId: string, opinions: Opinion[], kind?: ReviewKind): ReviewState {
    const store = this.deps.openCases.get(caseId);
    const { run, report } = this.requireRun(caseId, kind);
    const known = new Set([...report.items.map((i) => i.id), ...report.flags.map((f) => f.id), 'general']);
    for (const o of opinions) if (!known.has(o.itemId)) throw fault('REVIEW_UNKNOWN_ITEM', `修改意见所指的审查项“${o.itemTitle || o.itemId}”不在本次审查结果中，请刷新后重试。`);
    const actor = this.deps.settings.userName();
    const at = new Date().toISOString();
    store.tx(() => {
      const before = store.db.prepare('SELECT opinion_id, created_at FROM review_opinions WHERE kind = ?').all(run.kind) as { opinion_id: string; created_at: string }[];
      const created = new Map(before.map((r) => [r.opinion_id, r.created_at]));
      store.db.prepare('DELETE FROM review_opinions WHERE kind = ?').run(run.kind);
      const ins = store.db.prepare('INSERT INTO review_opinions (opinion_id, item_id, item_title, basis_json, text, sort, created_at, updated_at, kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
      opinions.forEach((o, i) => {
        const id = o.opinionId && created.has(o.opinionId) ? o.opinionId : crypto.randomUUID();
        ins.run(id, o.itemId, o.itemTitle, JSON.stringify(o.basis), o.text.trim(), i + 1, created.get(id) ?? at, at, run.kind);
      });
      store.audit(actor, 'review.opinions', { kind: run.kind, count: opinions.length, opinions: opinions.map((o) => ({ itemId: o.itemId, text: o.text.trim() })) });
    });
    return this.get(caseId, run.kind);
  }

  /**
   * What a memo prints of the review of that kind: its latest run, whatever was reviewed last. Without a kind, the
   * kind reviewed last. No run of that kind: REVIEW_NOT_RUN, saying which document to review.
   */
  memoContent(caseId: string, kind?: ReviewKind): ReviewMemoContent {
    const { run, report, ruleset } = this.requireRun(caseId, kind);
    const state = this.get(caseId, run.kind);
    const list = this.deps.committee.list(caseId);
    const members = new Map(list.map((m) => [m.memberId, m]));
    const order = new Map(list.map((m, i) => [m.memberId, i]));
    const committee = new Map(state.committee.map((c) => [c.itemId, c]));
    const dissent: ReviewMemoContent['dissent'] = [];
    const rulings = new Map(state.flagRulings.map((r) => [r.flagId, r]));
    // A ruling recorded before the user set their name carries the system login: printed without a name, never the login.
    const named = (by: string) => (this.deps.settings.isLogin(by) ? '' : by);
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
}

/** Item ids name their kind (plan.…, agr.…); an id that names neither belongs to the kind whose run lists it. */
const ITEM_PREFIX: Record<ReviewKind, string> = { plan: 'plan.', agreement: 'agr.' };
function itemOfKind(itemId: string, kind: ReviewKind, runItems: ReadonlySet<string>): boolean {
  if (itemId.startsWith(ITEM_PREFIX[kind])) return true;
  if ((Object.keys(ITEM_PREFIX) as ReviewKind[]).some((k) => itemId.startsWith(ITEM_PREFIX[k]))) return false;
  return runItems.has(itemId);
}

const notRunOf = (kind: ReviewKind) =>
  fault('REVIEW_NOT_RUN', `本案卷尚未审查${REVIEW_KINDS[kind]}。请在“合规审查”页选择“${REVIEW_KINDS[kind]}”，导入或选定文件后点击“开始审查”。`);

const emptyDocument = (name: string): ExtractedDocument => ({ format: 'txt', title: name, needsOcr: false, blocks: [], warnings: ['文件是空的（0 字节），没有可审查的内容。'] });

async function extractOrEmpty(file: string, name: string): Promise<ExtractedDocument> {
  try {
    return await runTask('documents.extract', { file, fileName: name }, { onCrash: { code: 'DOC_EXTRACT_FAILED', message: `读取“${name}”时意外中止（文件可能异常），未审查。请用 Word、WPS 或 PDF 阅读器打开确认后另存再试。` } });
  } catch (e) {
    if (e instanceof AppFault && e.code === 'DOC_EMPTY') return emptyDocument(name);
    throw e;
  }
}
