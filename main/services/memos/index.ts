import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { fault } from '../../../shared/api/errors';
import { CASE_TYPES, JURISDICTIONS } from '../../../shared/domain/case';
import { memberLabel } from '../../../shared/domain/committee';
import { chineseDate, type PrintDoc } from '../../../shared/memo/model';
import { buildMemoDoc, MemoTemplateSchema, type MemoTemplate, type SectionContent } from '../../../shared/memo/template';
import { type Decision, type VerifyResult } from '../../../shared/memo/signing';
import { loadFonts } from '../../docs/fonts';
import { renderOffThread } from '../../docs/renderOffThread';
import type { CaseService } from '../cases';
import type { CommitteeService } from '../committee';
import type { OpenCases } from '../openCases';
import type { Settings } from '../settings';
import { appendBundle, verifyBundle, type Bundle } from './bundle';
import { verifyReceived } from './received';
import { parseCertificate, unlockKey, verificationCode, type Algorithm, type Certificate } from './keys';
import { recordMemoSignature, signMemoVersion } from './signing';
import { createMemberKey, registerCertificate } from './memberKeys';
import { cleanSubject, type ContentProvider } from './content';
import { signaturePage } from './signaturePage';
import type { MemoSummary } from './summary';

export { cleanSubject, optionalContent, type ContentProvider, type DraftContext } from './content';
export { VERIFY_COMMAND } from './signaturePage';
export type { MemoSummary } from './summary';


type MemoRow = { memo_id: string; memo_type: string; version: number; title: string; doc_json: string; pdf_sha256: string; content_sha256: string; status: MemoSummary['status']; fallback_fonts: string; created_at: string };
type SigRow = { member_id: string; decision: Decision; reasons: string; signed_at: string; fingerprint: string | null; signed_data: string | null; signature: Buffer | null };

const sha256 = (b: Uint8Array | string) => crypto.createHash('sha256').update(b).digest('hex');

/**
 * Review memos on paper (issue 6): builds a memo from its template and the case, fixes it as a PDF version, collects
 * each member's signature over that PDF's digest, and verifies. One transaction per user action.
 */
export class MemoService {
  private readonly providers: ContentProvider[] = [];

  constructor(
    private readonly deps: {
      openCases: OpenCases; settings: Settings; cases: CaseService; committee: CommitteeService; templatesDir: string;
      /**
       * The document of a role (plan, agreement) a memo is about: the one its review read, else the case's latest of that
       * role; its title from the documents module (null when none), and a caution when the review warned that the text
       * is not of that kind.
       */
      reviewedDocument?: (caseId: string, role: string) => { title: string | null; caution?: string };
      /** Members who do not sign the case's memos, and why (a member recused from a selection: 已回避). */
      notSigning?: (caseId: string) => Map<string, string>;
    },
  ) {}

  /** Another module (review, selection) registers the content it supplies. */
  addProvider(p: ContentProvider) {
    this.providers.push(p);
  }

  templates(): MemoTemplate[] {
    const dir = path.join(this.deps.templatesDir, 'memos');
    return fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.yaml'))
      .sort()
      .map((f) => {
        const r = MemoTemplateSchema.safeParse(YAML.parse(fs.readFileSync(path.join(dir, f), 'utf8')));
        if (!r.success) throw fault('MEMO_TEMPLATE_INVALID', `意见书模板 ${f} 格式不正确（${r.error.issues[0]?.path.join('.')}：${r.error.issues[0]?.message}），请修正后重试。`);
        return r.data;
      });
  }

  template(type: string): MemoTemplate {
    const t = this.templates().find((x) => x.type === type);
    if (!t) throw fault('NOT_FOUND', `没有名为“${type}”的意见书模板。可选：${this.templates().map((x) => `${x.type}（${x.label}）`).join('、')}`);
    return t;
  }

  fonts() {
    return loadFonts(this.deps.templatesDir);
  }

  /**
   * The subject a memo of this type would have now: the title of the reviewed document (its role named by the
   * template) as the documents module holds it — so a title the user corrected there flows in — else the case title.
   * Shown, editable, before generating, with the caution when that review doubted the document was of its kind.
   */
  defaultSubject(caseId: string, type: string): { subject: string; source: 'document' | 'case'; caution?: string } {
    const t = this.template(type);
    const doc = t.subjectRole ? this.deps.reviewedDocument?.(caseId, t.subjectRole) : undefined;
    const caution = doc?.caution ? { caution: doc.caution } : {};
    if (doc?.title && cleanSubject(doc.title)) return { subject: cleanSubject(doc.title), source: 'document', ...caution };
    return { subject: cleanSubject(this.deps.cases.summary(caseId).title), source: 'case', ...caution };
  }

  /** The PrintDoc for a memo type from the case as it is now, or MEMO_CONTENT_MISSING naming each missing section. */
  draft(caseId: string, type: string, inputs: Record<string, string> = {}, header: { copyNo?: string; secrecy?: string; subject?: string } = {}, now = new Date()): PrintDoc {
    const t = this.template(type);
    const info = this.deps.cases.summary(caseId);
    const members = this.deps.committee.list(caseId);
    const chair = members.find((m) => m.role === 'chair');
    const away = this.notSigning(caseId);
    const subject = cleanSubject(header.subject ?? '') || this.defaultSubject(caseId, type).subject;
    if (!subject) throw fault('BAD_REQUEST', '意见书的主题（被审查文件的标题）为空。请填写文件标题后再生成。');
    const sources: Record<string, SectionContent | undefined> = {};
    const notes: string[] = [];
    const cautions: string[] = [];
    for (const p of this.providers) Object.assign(sources, p(caseId, { subject, role: t.subjectRole, notes, needsExpertVerdicts: t.needsExpertVerdicts, cautions }));
    for (const [k, v] of Object.entries(inputs)) if (v.trim()) sources[`input.${k}`] = { paragraphs: v.split(/\n+/) };
    const { doc, missing } = buildMemoDoc(t, {
      values: {
        'case.title': info.title,
        subject,
        'case.implementingAgency': info.implementingAgency || '实施机构',
        'case.jurisdiction': JURISDICTIONS[info.jurisdiction],
        'case.type': CASE_TYPES[info.caseType],
        'committee.count': String(members.length),
        'committee.chair': chair?.name ?? '（未指定）',
        date: chineseDate(now),
      },
      committee: members.map((m) => ({
        name: m.name, unit: m.unit, title: m.title, roleLabel: memberLabel({ ...m, name: '' }).replace(/^（|）$/g, '') || '成员',
        ...(away.has(m.memberId) ? { signNote: '已回避，无需签字' } : {}),
      })),
      sources,
    }, { ...(header.copyNo ? { copyNo: header.copyNo } : {}), ...(header.secrecy ? { secrecy: header.secrecy } : {}) });
    if (missing.length) throw fault('MEMO_CONTENT_MISSING', `《${t.label}》缺少必需的内容：${missing.join('、')}。${notes.join('')}请补齐后再生成；未作任何改动。`, { missing });
    return cautions.length ? { ...doc, meta: { ...doc.meta, cautions } } : doc;
  }

  /**
   * Fixes a memo as a PDF version. An unsigned draft of the same type is replaced; a signed (locked) one stays as it
   * is and the change becomes the next version, which must be signed again.
   */
  async generate(caseId: string, type: string, inputs: Record<string, string> = {}, header: { copyNo?: string; secrecy?: string; subject?: string } = {}): Promise<MemoSummary> {
    const doc = this.draft(caseId, type, inputs, header);
    const fonts = this.fonts();
    const pdf = await renderOffThread('pdf', doc, this.deps.templatesDir);
    const store = this.deps.openCases.get(caseId);
    const actor = this.deps.settings.userName();
    const docJson = JSON.stringify(doc);
    const memoId = store.tx(() => {
      const latest = store.db.prepare('SELECT * FROM memos WHERE memo_type = ? ORDER BY version DESC LIMIT 1').get(type) as MemoRow | undefined;
      const pdfSha = store.putBlob(pdf);
      const at = new Date().toISOString();
      if (latest && latest.status === 'draft') {
        store.db.prepare('UPDATE memos SET title = ?, doc_json = ?, pdf_sha256 = ?, content_sha256 = ?, fallback_fonts = ?, created_at = ?, created_by = ? WHERE memo_id = ?')
          .run(doc.title, docJson, pdfSha, sha256(docJson), fonts.fallbackRoles.join(','), at, actor, latest.memo_id);
        store.audit(actor, 'memo.regenerate', { memoId: latest.memo_id, type, version: latest.version, pdfSha256: pdfSha });
        return latest.memo_id;
      }
      const id = crypto.randomUUID();
      const version = (latest?.version ?? 0) + 1;
      if (latest) store.db.prepare(`UPDATE memos SET status = 'superseded' WHERE memo_type = ? AND status = 'locked'`).run(type);
      store.db.prepare('INSERT INTO memos (memo_id, memo_type, version, title, doc_json, pdf_sha256, content_sha256, status, fallback_fonts, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
        .run(id, type, version, doc.title, docJson, pdfSha, sha256(docJson), 'draft', fonts.fallbackRoles.join(','), at, actor);
      store.audit(actor, 'memo.create', { memoId: id, type, version, pdfSha256: pdfSha });
      return id;
    });
    return this.get(caseId, memoId);
  }

  list(caseId: string): MemoSummary[] {
    const store = this.deps.openCases.get(caseId);
    const rows = store.db.prepare('SELECT * FROM memos ORDER BY memo_type, version DESC').all() as MemoRow[];
    return rows.map((r) => this.summary(caseId, r));
  }

  get(caseId: string, memoId: string): MemoSummary {
    return this.summary(caseId, this.row(caseId, memoId));
  }

  doc(caseId: string, memoId: string): PrintDoc {
    return JSON.parse(this.row(caseId, memoId).doc_json) as PrintDoc;
  }

  private row(caseId: string, memoId: string): MemoRow {
    const r = this.deps.openCases.get(caseId).db.prepare('SELECT * FROM memos WHERE memo_id = ?').get(memoId) as MemoRow | undefined;
    if (!r) throw fault('NOT_FOUND', '找不到该意见书版本，可能已被替换。请刷新后重试。');
    return r;
  }

  private summary(caseId: string, r: MemoRow): MemoSummary {
    const store = this.deps.openCases.get(caseId);
    const names = new Map(this.deps.committee.list(caseId).map((m) => [m.memberId, m.name]));
    const sigs = store.db.prepare('SELECT * FROM memo_signatures WHERE memo_id = ? ORDER BY signed_at').all(r.memo_id) as SigRow[];
    let label = r.memo_type;
    try {
      label = this.template(r.memo_type).label;
    } catch {
      /* a template removed since: show the code */
    }
    const meta = (JSON.parse(r.doc_json) as PrintDoc).meta;
    const about = meta?.about ?? '';
    const away = this.notSigning(caseId);
    return {
      memoId: r.memo_id, memoType: r.memo_type, label, version: r.version, title: r.title, subject: about, status: r.status,
      pdfSha256: r.pdf_sha256, createdAt: r.created_at, fallbackFonts: r.fallback_fonts,
      cautions: meta?.cautions ?? [],
      notSigning: [...away].filter(([id]) => !sigs.some((s) => s.member_id === id)).map(([memberId, reason]) => ({ memberId, name: names.get(memberId) ?? '', reason })),
      signatures: sigs.map((s) => ({
        memberId: s.member_id, name: names.get(s.member_id) ?? '（已移除的成员）', decision: s.decision, reasons: s.reasons,
        signedAt: s.signed_at, fingerprint: s.fingerprint ?? '', code: s.signature ? verificationCode(s.signature) : '',
      })),
    };
  }

  private notSigning(caseId: string): Map<string, string> {
    return this.deps.notSigning?.(caseId) ?? new Map<string, string>();
  }

  /** A version drafted without what signing needs (meta.cautions) is refused, naming what to fill in. */
  private refuseUnsignable(memo: MemoRow, label: string) {
    const cautions = (JSON.parse(memo.doc_json) as PrintDoc).meta?.cautions ?? [];
    if (cautions.length) throw fault('MEMO_NOT_SIGNABLE', `《${label}》第${memo.version}版不能签署：${cautions.join('')}未作任何改动。`);
  }

  /** A member who recused did not take part: neither a signature nor a refusal (视为同意) may be recorded for them. */
  private refuseNonSigner(caseId: string, member: { memberId: string; name: string }) {
    const why = this.notSigning(caseId).get(member.memberId);
    if (why) throw fault('CONFLICT', `${member.name}${why}，不参加评审，不在本文件上签字，也不记为拒签。签字表中已注明“已回避”。`);
  }

  /** The case's registered signer certificates. */
  certificates(caseId: string): (Certificate & { memberId: string; replacedAt: string | null })[] {
    const rows = this.deps.openCases.get(caseId).db.prepare('SELECT member_id, certificate, replaced_at FROM signer_keys ORDER BY registered_at, rowid').all() as { member_id: string; certificate: string; replaced_at: string | null }[];
    return rows.map((r) => ({ ...(JSON.parse(r.certificate) as Certificate), memberId: r.member_id, replacedAt: r.replaced_at }));
  }

  /** Registers a member's public certificate (exported from their key) in the case. */
  registerKey(caseId: string, memberId: string, certText: string, replace = false) {
    const cert = parseCertificate(certText);
    const member = this.deps.committee.get(caseId, memberId);
    const store = this.deps.openCases.get(caseId);
    if (store.readonly) throw fault('CASE_READ_ONLY');
    return store.tx(() => registerCertificate(store, member, cert, { replace, actor: this.deps.settings.userName() }));
  }

  /** A key pair for a committee member, registered with the case in the same step (memberKeys.ts). */
  createMemberKey(caseId: string, memberId: string, opts: { algorithm: Algorithm; passphrase: string; replace: boolean }) {
    const member = this.deps.committee.get(caseId, memberId);
    return createMemberKey(this.deps.openCases.get(caseId), member, { ...opts, actor: this.deps.settings.userName() });
  }

  /**
   * One member signs a memo version with their key file and passphrase. The key must be registered for a member of
   * this case (a member with the key's name and no key yet is registered on first use). A dissent needs reasons.
   */
  sign(caseId: string, memoId: string, keyFileText: string, passphrase: string, opts: { decision?: 'agree' | 'dissent'; reasons?: string } = {}): MemoSummary {
    const decision = opts.decision ?? (opts.reasons?.trim() ? 'dissent' : 'agree');
    const reasons = (opts.reasons ?? '').trim();
    if (decision === 'dissent' && !reasons) throw fault('BAD_REQUEST', '持不同意见签署时必须写明理由。');
    const key = unlockKey(keyFileText, passphrase);
    const cert = key.certificate;
    const store = this.deps.openCases.get(caseId);
    const memo = this.row(caseId, memoId);
    if (memo.status === 'superseded') throw fault('MEMO_LOCKED', '该意见书版本已被新版本取代，不能再签署。请签署最新版本。');
    this.refuseUnsignable(memo, this.get(caseId, memoId).label);
    const members = this.deps.committee.list(caseId);
    const registered = store.db.prepare('SELECT member_id, replaced_at FROM signer_keys WHERE fingerprint = ?').get(cert.fingerprint) as { member_id: string; replaced_at: string | null } | undefined;
    if (registered?.replaced_at) throw fault('KEY_REPLACED');
    let memberId = registered?.member_id;
    if (!memberId) {
      const byName = members.filter((m) => m.name === cert.name);
      const hasKey = (id: string) => !!store.db.prepare('SELECT 1 FROM signer_keys WHERE member_id = ?').get(id);
      if (byName.length !== 1 || hasKey(byName[0].memberId)) throw fault('KEY_NOT_IN_CASE', `密钥持有人“${cert.name}”（指纹 ${cert.fingerprint.slice(0, 19)}…）不是本案卷登记的评审委员会成员，或该成员已登记了另一把密钥。未作任何改动。`);
      memberId = byName[0].memberId;
    }
    const member = members.find((m) => m.memberId === memberId);
    if (!member) throw fault('KEY_NOT_IN_CASE', '该密钥登记的成员已不在评审委员会中，不能签署。');
    this.refuseNonSigner(caseId, member);
    if (store.db.prepare('SELECT 1 FROM memo_signatures WHERE memo_id = ? AND member_id = ?').get(memoId, memberId)) throw fault('MEMO_ALREADY_SIGNED', `${member.name}已签署过本版本，不能重复签署。`);
    const { data, text, signature } = signMemoVersion(key, { memoId, memoType: memo.memo_type, version: memo.version, title: memo.title, pdfSha256: memo.pdf_sha256, contentSha256: memo.content_sha256 }, decision, reasons);
    const actor = this.deps.settings.userName();
    store.tx(() => {
      if (!registered) {
        store.db.prepare('INSERT INTO signer_keys (fingerprint, member_id, certificate, registered_at) VALUES (?, ?, ?, ?)').run(cert.fingerprint, memberId, JSON.stringify(cert), data.signedAt);
        store.audit(actor, 'key.register', { memberId, name: member.name, fingerprint: cert.fingerprint });
      }
      recordMemoSignature(store, { memoId, memberId, data, text, signature });
      store.audit(actor, 'memo.sign', { memoId, version: memo.version, memberId, name: member.name, decision, fingerprint: cert.fingerprint });
    });
    return this.get(caseId, memoId);
  }

  /** A member who refuses to sign without giving reasons is recorded as such (评标委员会规定 art. 42: 视为同意). */
  recordRefusal(caseId: string, memoId: string, memberId: string): MemoSummary {
    const store = this.deps.openCases.get(caseId);
    const memo = this.row(caseId, memoId);
    const member = this.deps.committee.get(caseId, memberId);
    if (memo.status === 'superseded') throw fault('MEMO_LOCKED', '该意见书版本已被新版本取代。');
    this.refuseUnsignable(memo, this.get(caseId, memoId).label);
    this.refuseNonSigner(caseId, member);
    store.tx(() => {
      if (store.db.prepare('SELECT 1 FROM memo_signatures WHERE memo_id = ? AND member_id = ?').get(memoId, memberId)) throw fault('MEMO_ALREADY_SIGNED');
      store.db.prepare(`INSERT INTO memo_signatures (signature_id, memo_id, member_id, decision, reasons, signed_at) VALUES (?, ?, ?, 'refused', '', ?)`).run(crypto.randomUUID(), memoId, memberId, new Date().toISOString());
      store.db.prepare(`UPDATE memos SET status = 'locked' WHERE memo_id = ?`).run(memoId);
      store.audit(this.deps.settings.userName(), 'memo.refusal', { memoId, memberId, name: member.name });
    });
    return this.get(caseId, memoId);
  }

  bundle(caseId: string, memoId: string): Bundle {
    const memo = this.row(caseId, memoId);
    const sigs = this.deps.openCases.get(caseId).db.prepare('SELECT * FROM memo_signatures WHERE memo_id = ? AND signature IS NOT NULL ORDER BY signed_at').all(memoId) as SigRow[];
    const used = new Set(sigs.map((s) => s.fingerprint));
    return {
      format: 'review-desk-signatures/1',
      memo: { memoId, version: memo.version, title: memo.title, pdfSha256: memo.pdf_sha256 },
      certificates: this.certificates(caseId).filter((c) => used.has(c.fingerprint)).map(({ memberId: _m, ...c }) => c),
      signatures: sigs.map((s) => ({ signedData: s.signed_data!, signature: s.signature!.toString('base64') })),
    };
  }

  /** Fixed PDF bytes of a version, straight from the case (checked against its SHA-256 by the store). */
  pdf(caseId: string, memoId: string): Buffer {
    return this.deps.openCases.get(caseId).getBlob(this.row(caseId, memoId).pdf_sha256);
  }

  /**
   * The PDF as signed: the fixed PDF's bytes unchanged, then an incremental update that shows the filled 签字表 (each
   * signer, unit, decision and reason, local time, algorithm, fingerprint) in place of the empty one, then the
   * signatures. `verify FILE.pdf` checks the signatures against the first bytes.
   */
  async signedPdf(caseId: string, memoId: string): Promise<Buffer> {
    const pdf = this.pdf(caseId, memoId);
    const bundle = this.bundle(caseId, memoId);
    // pdf-lib (~0.9 MB) loads on the first signed PDF, not at every start of the host or the app.
    const { PDFDocument, APPENDIX_DEST, destinationPage, replaceTailIncrementally } = await import('../../docs/incremental');
    const doc = await PDFDocument.load(pdf, { updateMetadata: false });
    const from = destinationPage(doc, APPENDIX_DEST) ?? doc.getPageCount();
    // The filled 签字表 continues the memo's page numbers (page `from` is the first it replaces, 0-based).
    const filled = await renderOffThread('pdf', { ...this.signaturePageDoc(caseId, memoId), firstPageNumber: from + 1 }, this.deps.templatesDir);
    const shown = await replaceTailIncrementally(pdf, from, filled);
    return appendBundle(shown, { ...bundle, memo: { ...bundle.memo, pdfBytes: pdf.length } });
  }

  async docx(caseId: string, memoId: string): Promise<Uint8Array> {
    return renderOffThread('docx', this.doc(caseId, memoId), this.deps.templatesDir);
  }

  /**
   * The filled 签字表 (main/services/memos/signaturePage.ts): it replaces the empty 签字表 of the memo in the signed PDF
   * and prints on its own as the 签署页.
   */
  signaturePageDoc(caseId: string, memoId: string): PrintDoc {
    const m = this.get(caseId, memoId);
    return signaturePage(m, this.certificates(caseId), this.deps.committee.list(caseId), this.templateOrNull(m.memoType)?.attachments[0] ?? '签字表', this.notSigning(caseId));
  }

  private templateOrNull(type: string): MemoTemplate | null {
    try {
      return this.template(type);
    } catch {
      return null;
    }
  }

  async signaturePagePdf(caseId: string, memoId: string): Promise<Uint8Array> {
    return renderOffThread('pdf', this.signaturePageDoc(caseId, memoId), this.deps.templatesDir);
  }

  verifyFile(pdfWithOrWithoutSigs: Buffer, bundle: Bundle, caseId?: string): VerifyResult {
    return verifyBundle(pdfWithOrWithoutSigs, bundle, caseId ? this.certificates(caseId) : undefined);
  }

  /** A memo PDF received from outside (received.ts); with a case open, also which of its memo versions it is. */
  verifyReceived(file: Buffer, sigFile: Buffer | null, caseId?: string): VerifyResult {
    const { result: r, memoId } = verifyReceived(file, sigFile, caseId ? this.certificates(caseId) : undefined);
    if (!caseId || !this.deps.openCases.get(caseId).db.prepare('SELECT 1 FROM memos WHERE memo_id = ?').get(memoId)) return r;
    const m = this.get(caseId, memoId);
    return { ...r, caseMemo: { label: m.label, version: m.version, status: m.status, samePdf: m.pdfSha256 === r.pdfSha256, signaturesInCase: m.signatures.filter((x) => x.fingerprint).length } };
  }
}
