import crypto from 'node:crypto';
import { fault } from '../../../shared/api/errors';
import type { KitCriterion, KitView } from '../../../shared/api/kits';
import { RECUSAL_RELATIONS } from '../../../shared/scoring/selection';
import { CertificateSchema, type Certificate } from '../memos/keys';
import type { OpenCases } from '../openCases';
import type { CaseStore } from '../../store/caseStore';
import type { Settings } from '../settings';
import type { CommitteeService } from '../committee';
import type { ReviewService } from '../review/service';
import type { ReviewKind } from '../../../shared/review/ruleset';
import type { SelectionService } from '../selection/service';
import type { MemoService } from '../memos/index';
import { caseIdentity } from './records';
import { KIT_FORMAT, newKitCode, sealKit } from './format';

export type KitDocument = KitView['documents'][number];

/** What one expert may see; never another expert's verdicts or scores. The memo's PDF travels as base64 beside the view. */
export interface KitPayload extends KitView {
  format: typeof KIT_FORMAT;
  memoPdf: string | null;
}

/** What a kit carried, kept with the kit in the case (expert_kits.contents). */
export interface KitContents {
  review: boolean;
  recusal: boolean;
  scoring: boolean;
  memo: string | null;
  /** The scheme the blank sheet carried (criterion → max), so a return is checked against it. */
  criteria?: Record<string, number>;
  applicants?: string[];
}

export interface ExportedKit {
  kitId: string;
  memberId: string;
  name: string;
  protection: 'key' | 'code';
  /** The one-time kit code (shown once, never stored) for a member without an SM2 key. */
  code: string | null;
  fileText: string;
  supersededKitId: string | null;
  contents: { review: boolean; recusal: boolean; scoring: boolean; scoringReason: string; memo: string | null };
}

/** An applicant's bid documents as they go into a kit (current version of each, with its SHA-256). */
export type BidSource = (caseId: string, applicantName: string) => { name: string; sha256: string; document: unknown }[];

const sha256 = (b: Buffer | string) => crypto.createHash('sha256').update(b).digest('hex');

export function registeredCertificate(db: CaseStore['db'], memberId: string): Certificate | null {
  const row = db.prepare('SELECT certificate FROM signer_keys WHERE member_id = ? ORDER BY registered_at DESC, rowid DESC LIMIT 1').get(memberId) as { certificate: string } | undefined;
  return row ? CertificateSchema.parse(JSON.parse(row.certificate)) : null;
}

/** The member's newest signed record of a kind that nothing supersedes yet. */
export function latestSigned(db: CaseStore['db'], memberId: string, kind: 'recusal' | 'verdicts' | 'scores'): { record_id: string; signed_text: string } | undefined {
  return db
    .prepare('SELECT record_id, signed_text FROM signed_records s WHERE member_id = ? AND kind = ? AND NOT EXISTS (SELECT 1 FROM signed_records n WHERE n.supersedes = s.record_id) ORDER BY signed_at DESC, rowid DESC LIMIT 1')
    .get(memberId, kind) as { record_id: string; signed_text: string } | undefined;
}

/**
 * Whether the member's own signed 回避声明 on file allows scoring: it covers every current applicant, each with no
 * relation. A transcribed (代录) or unsigned declaration never opens the bids to a kit.
 */
export function signedRecusalAllows(db: CaseStore['db'], memberId: string, applicantIds: string[]): { ok: boolean; reason: string } {
  const rec = latestSigned(db, memberId, 'recusal');
  if (!rec) return { ok: false, reason: '本案卷中还没有该专家本人签署的回避声明：请先发出专家包、收回其签署的回避声明后，再导出含投标文件和评分表的专家包。' };
  const decl = (JSON.parse(rec.signed_text) as { body?: { declarations?: { applicantId: string; relation: string }[] } }).body?.declarations ?? [];
  const by = new Map(decl.map((d) => [d.applicantId, d.relation]));
  if (applicantIds.some((a) => !by.has(a))) return { ok: false, reason: '该专家签署的回避声明未涵盖全部申报单位（申报单位已有变动），请让其重新声明。' };
  if (applicantIds.some((a) => by.get(a) !== 'none')) return { ok: false, reason: '该专家签署的回避声明中存在利害关系，应当回避，投标文件和评分表不随专家包发出。' };
  return { ok: true, reason: '' };
}

export class KitExporter {
  constructor(
    private readonly deps: {
      openCases: OpenCases; settings: Settings; committee: CommitteeService; review: ReviewService;
      selection?: SelectionService; memos?: MemoService; bids?: BidSource;
    },
  ) {}

  private selectionState(caseId: string) {
    if (!this.deps.selection) return null;
    try {
      return this.deps.selection.state(caseId);
    } catch {
      return null; // no scoring scheme set up: a review-only case
    }
  }

  private recusalFor(caseId: string, db: CaseStore['db'], memberId: string): KitView['recusal'] {
    const st = this.selectionState(caseId);
    if (!st || !st.applicants.length) return null;
    const declarations = (db.prepare('SELECT applicant_id, relation, note FROM selection_declarations WHERE member_id = ?').all(memberId) as { applicant_id: string; relation: string; note: string }[])
      .map((d) => ({ applicantId: d.applicant_id, relation: d.relation, note: d.note }));
    const rec = latestSigned(db, memberId, 'recusal');
    return {
      applicants: st.applicants.map((a) => ({ applicantId: a.applicantId, name: a.name })),
      relations: { ...RECUSAL_RELATIONS }, declarations, signedOnFile: !!rec, supersedes: rec?.record_id ?? null,
    };
  }

  private scoringFor(caseId: string, db: CaseStore['db'], memberId: string): { view: KitView['scoring']; bids: KitDocument[] } {
    const none = (reason: string) => ({ view: { allowed: false, reason, schemeName: '', applicants: [], criteria: [], supersedes: null }, bids: [] });
    const st = this.selectionState(caseId);
    if (!st || !st.applicants.length) return none('本案卷没有申报单位。');
    const allows = signedRecusalAllows(db, memberId, st.applicants.map((a) => a.applicantId));
    if (!allows.ok) return none(allows.reason);
    if (st.members.find((m) => m.memberId === memberId)?.submittedAt) return none('该专家的评分表已提交并锁定。');
    if (st.schemeProblems.length) return none(`评分办法有误，暂不能发出评分表：${st.schemeProblems.join('')}`);
    const scorable = st.applicants.filter((a) => !a.excludedReason && !a.priceInvalid);
    const criteria: KitCriterion[] = st.scheme.criteria
      .filter((c) => c.kind !== 'price')
      .map((c) => ({ id: c.id, name: c.name, group: c.group as 'tech' | 'business', kind: c.kind as 'subjective' | 'objective', min: 0, max: c.max, guidance: c.guidance }));
    const bids: KitDocument[] = [];
    for (const a of scorable) for (const d of this.deps.bids?.(caseId, a.name) ?? []) bids.push({ role: 'bid', name: d.name, sha256: d.sha256, applicantId: a.applicantId, document: d.document });
    return {
      view: { allowed: true, reason: '', schemeName: st.scheme.name, applicants: scorable.map((a) => ({ applicantId: a.applicantId, name: a.name, reviewPending: a.reviewPending })), criteria, supersedes: latestSigned(db, memberId, 'scores')?.record_id ?? null },
      bids,
    };
  }

  private memoFor(caseId: string, memberId: string, memoId: string): { view: NonNullable<KitView['memo']>; pdf: Buffer } {
    if (!this.deps.memos) throw fault('NOT_FOUND');
    const m = this.deps.memos.get(caseId, memoId);
    if (m.status === 'superseded') throw fault('MEMO_LOCKED', '该意见书版本已被新版本取代，不能再发出签署。请选择最新版本。');
    if (m.signatures.some((s) => s.memberId === memberId)) throw fault('MEMO_ALREADY_SIGNED', '该专家已签署过这一版本的意见书，不必再随专家包发出。');
    const pdf = this.deps.memos.pdf(caseId, memoId);
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length || null;
    const row = this.deps.openCases.get(caseId).db.prepare('SELECT content_sha256 FROM memos WHERE memo_id = ?').get(memoId) as { content_sha256: string };
    return { view: { memoId, memoType: m.memoType, label: m.label, version: m.version, title: m.title, pdfSha256: m.pdfSha256, contentSha256: row.content_sha256, pages }, pdf };
  }

  /** One kit for one member; the new kit supersedes the member's earlier ones (their returns are then refused). */
  export(caseId: string, memberId: string, opts: { memoId?: string; kind?: ReviewKind } = {}): ExportedKit {
    const store = this.deps.openCases.get(caseId);
    if (store.readonly) throw fault('CASE_READ_ONLY');
    const member = this.deps.committee.list(caseId).find((m) => m.memberId === memberId);
    if (!member) throw fault('KIT_MEMBER_NOT_FOUND');
    const state = this.deps.review.get(caseId, opts.kind);
    const recusal = this.recusalFor(caseId, store.db, memberId);
    const memo = opts.memoId ? this.memoFor(caseId, memberId, opts.memoId) : null;
    // A kit must carry something to do: the review, a 回避声明 form or a memo to sign.
    if ((!state.run || !state.report) && !recusal && !memo) {
      throw fault('REVIEW_NOT_RUN', '专家包暂无可发出的内容：本案卷尚未进行自动审查，也还没有申报单位（回避声明随申报单位发出）或待签署的意见书。请先在“评分”页添加申报单位，或在“合规审查”页开始审查，再导出专家包。');
    }
    const scoring = this.scoringFor(caseId, store.db, memberId);
    const cert = registeredCertificate(store.db, memberId);
    const sm2Cert = cert?.algorithm === 'sm2' ? cert : null;
    const kitId = crypto.randomUUID();
    const exportedAt = new Date().toISOString();
    const exportedBy = this.deps.settings.userName();
    const documents: KitDocument[] = [];
    if (state.run && state.report) {
      documents.push({ role: 'review', name: state.run.documentName, sha256: state.run.documentSha256 ?? sha256(JSON.stringify(state.document)), applicantId: null, document: state.document });
    }
    documents.push(...scoring.bids);
    const prevRecord = latestSigned(store.db, memberId, 'verdicts');
    const payload: KitPayload = {
      format: KIT_FORMAT, kitId, caseId: caseIdentity(store), caseName: (store.db.prepare('SELECT title FROM case_info WHERE id = 1').get() as { title: string } | undefined)?.title ?? '',
      member: { memberId, name: member.name, fingerprint: cert?.fingerprint ?? null }, exportedAt, exportedBy, documents,
      review: state.run && state.report ? { runId: state.run.runId, kind: state.run.kind, ruleset: state.run.ruleset, report: state.report } : null,
      form: state.run && state.report
        ? {
            items: state.report.items.map((i) => ({ itemId: i.id, title: i.title })),
            verdicts: state.verdicts.filter((v) => v.memberId === memberId).map((v) => ({ itemId: v.itemId, verdict: v.verdict, comment: v.comment })),
            supersedes: prevRecord?.record_id ?? null,
          }
        : null,
      recusal,
      scoring: scoring.view,
      memo: memo?.view ?? null,
      memoPdf: memo ? memo.pdf.toString('base64') : null,
    };
    const contents: KitContents = {
      review: !!payload.review, recusal: !!recusal, scoring: scoring.view.allowed, memo: memo?.view.memoId ?? null,
      ...(scoring.view.allowed ? { criteria: Object.fromEntries(scoring.view.criteria.map((c) => [c.id, c.max])), applicants: scoring.view.applicants.map((a) => a.applicantId) } : {}),
    };
    const code = sm2Cert ? null : newKitCode();
    const fileText = sealKit({ kitId, caseId: payload.caseId, member: { memberId, name: member.name }, exportedAt }, payload, sm2Cert ? { certificate: sm2Cert } : { code: code! });
    const prev = store.db.prepare('SELECT kit_id FROM expert_kits WHERE member_id = ? ORDER BY exported_at DESC, rowid DESC LIMIT 1').get(memberId) as { kit_id: string } | undefined;
    const docHashes = documents.map((d) => ({ name: d.name, sha256: d.sha256, role: d.role, applicantId: d.applicantId }));
    store.tx(() => {
      store.db
        .prepare('INSERT INTO expert_kits (kit_id, member_id, member_name, protection, documents, exported_at, exported_by, contents) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
        .run(kitId, memberId, member.name, sm2Cert ? 'key' : 'code', JSON.stringify(docHashes), exportedAt, exportedBy, JSON.stringify(contents));
      store.audit(exportedBy, 'kits.export', {
        kitId, memberId, member: member.name, protection: sm2Cert ? 'key' : 'code', supersedes: prev?.kit_id ?? null, documents: documents.map((d) => d.sha256),
        contents: { review: contents.review, recusal: contents.recusal, scoring: contents.scoring, memo: contents.memo },
      });
    });
    return {
      kitId, memberId, name: member.name, protection: sm2Cert ? 'key' : 'code', code, fileText, supersededKitId: prev?.kit_id ?? null,
      contents: { review: contents.review, recusal: contents.recusal, scoring: contents.scoring, scoringReason: scoring.view.reason, memo: contents.memo },
    };
  }
}
