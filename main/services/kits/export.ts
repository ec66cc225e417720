import crypto from 'node:crypto';
import { fault } from '../../../shared/api/errors';
import type { ReviewState } from '../../../shared/api/review';
import type { Verdict } from '../../../shared/review/verdicts';
import { CertificateSchema, type Certificate } from '../memos/keys';
import type { OpenCases } from '../openCases';
import type { CaseStore } from '../../store/caseStore';
import type { Settings } from '../settings';
import type { CommitteeService } from '../committee';
import type { ReviewService } from '../review/service';
import { caseIdentity } from './records';
import { KIT_FORMAT, newKitCode, sealKit } from './format';

export interface KitDocument {
  role: 'review';
  name: string;
  /** SHA-256 of the document as reviewed (the original bytes when known, else of the extracted text). */
  sha256: string;
  document: ReviewState['document'];
}

/** What one expert may see; never another expert's verdicts or scores. */
export interface KitPayload {
  format: typeof KIT_FORMAT;
  kitId: string;
  caseId: string;
  caseName: string;
  member: { memberId: string; name: string; fingerprint: string | null };
  exportedAt: string;
  exportedBy: string;
  documents: KitDocument[];
  review: { runId: string; kind: string; ruleset: NonNullable<ReviewState['run']>['ruleset']; report: NonNullable<ReviewState['report']> };
  form: {
    items: { itemId: string; title: string }[];
    /** This expert's own verdicts so far, to continue from. */
    verdicts: { itemId: string; verdict: Verdict; comment: string }[];
    /** The expert's newest signed verdict set in the case: the return supersedes it. */
    supersedes: string | null;
  };
  /** Bids and a blank score sheet only when the expert's 回避声明 covers every applicant with no relation. */
  selection: { allowed: boolean; reason: string; applicants: { applicantId: string; name: string }[]; scheme: unknown };
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
}

const sha256 = (b: Buffer | string) => crypto.createHash('sha256').update(b).digest('hex');

export function registeredCertificate(db: CaseStore['db'], memberId: string): Certificate | null {
  const row = db.prepare('SELECT certificate FROM signer_keys WHERE member_id = ? ORDER BY registered_at DESC, rowid DESC LIMIT 1').get(memberId) as { certificate: string } | undefined;
  return row ? CertificateSchema.parse(JSON.parse(row.certificate)) : null;
}

export class KitExporter {
  constructor(private readonly deps: { openCases: OpenCases; settings: Settings; committee: CommitteeService; review: ReviewService }) {}

  private selectionFor(db: CaseStore['db'], memberId: string): KitPayload['selection'] {
    const applicants = (db.prepare('SELECT applicant_id, name FROM selection_applicants ORDER BY sort').all() as { applicant_id: string; name: string }[]).map((a) => ({ applicantId: a.applicant_id, name: a.name }));
    const none = { allowed: false, applicants: [], scheme: null };
    if (!applicants.length) return { ...none, reason: '本案卷没有申报单位。' };
    const decl = new Map((db.prepare('SELECT applicant_id, relation FROM selection_declarations WHERE member_id = ?').all(memberId) as { applicant_id: string; relation: string }[]).map((d) => [d.applicant_id, d.relation]));
    if (applicants.some((a) => !decl.has(a.applicantId))) return { ...none, reason: '尚未对全部申报单位作出回避声明，投标文件和评分表不随专家包发出。' };
    if (applicants.some((a) => decl.get(a.applicantId) !== 'none')) return { ...none, reason: '回避声明中存在利害关系，应当回避，投标文件和评分表不随专家包发出。' };
    const s = db.prepare('SELECT scheme FROM selection_settings WHERE id = 1').get() as { scheme: string } | undefined;
    let scheme: unknown = null;
    try {
      scheme = s ? JSON.parse(s.scheme) : null;
    } catch {
      scheme = null;
    }
    return { allowed: true, reason: '', applicants, scheme };
  }

  /** One kit for one member; the new kit supersedes the member's earlier ones (their returns are then refused). */
  export(caseId: string, memberId: string): ExportedKit {
    const store = this.deps.openCases.get(caseId);
    if (store.readonly) throw fault('CASE_READ_ONLY');
    const member = this.deps.committee.list(caseId).find((m) => m.memberId === memberId);
    if (!member) throw fault('KIT_MEMBER_NOT_FOUND');
    const state = this.deps.review.get(caseId);
    if (!state.run || !state.report) throw fault('REVIEW_NOT_RUN');
    const cert = registeredCertificate(store.db, memberId);
    const sm2Cert = cert?.algorithm === 'sm2' ? cert : null;
    const kitId = crypto.randomUUID();
    const exportedAt = new Date().toISOString();
    const exportedBy = this.deps.settings.userName();
    const documents: KitDocument[] = [
      { role: 'review', name: state.run.documentName, sha256: state.run.documentSha256 ?? sha256(JSON.stringify(state.document)), document: state.document },
    ];
    const prevRecord = store.db
      .prepare("SELECT record_id FROM signed_records s WHERE member_id = ? AND kind = 'verdicts' AND NOT EXISTS (SELECT 1 FROM signed_records n WHERE n.supersedes = s.record_id) ORDER BY signed_at DESC, rowid DESC LIMIT 1")
      .get(memberId) as { record_id: string } | undefined;
    const payload: KitPayload = {
      format: KIT_FORMAT, kitId, caseId: caseIdentity(store), caseName: (store.db.prepare('SELECT title FROM case_info WHERE id = 1').get() as { title: string } | undefined)?.title ?? '',
      member: { memberId, name: member.name, fingerprint: cert?.fingerprint ?? null }, exportedAt, exportedBy, documents,
      review: { runId: state.run.runId, kind: state.run.kind, ruleset: state.run.ruleset, report: state.report },
      form: {
        items: state.report.items.map((i) => ({ itemId: i.id, title: i.title })),
        verdicts: state.verdicts.filter((v) => v.memberId === memberId).map((v) => ({ itemId: v.itemId, verdict: v.verdict, comment: v.comment })),
        supersedes: prevRecord?.record_id ?? null,
      },
      selection: this.selectionFor(store.db, memberId),
    };
    const code = sm2Cert ? null : newKitCode();
    const fileText = sealKit({ kitId, caseId: payload.caseId, member: { memberId, name: member.name }, exportedAt }, payload, sm2Cert ? { certificate: sm2Cert } : { code: code! });
    const prev = store.db.prepare('SELECT kit_id FROM expert_kits WHERE member_id = ? ORDER BY exported_at DESC, rowid DESC LIMIT 1').get(memberId) as { kit_id: string } | undefined;
    store.tx(() => {
      store.db
        .prepare('INSERT INTO expert_kits (kit_id, member_id, member_name, protection, documents, exported_at, exported_by) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .run(kitId, memberId, member.name, sm2Cert ? 'key' : 'code', JSON.stringify(documents.map((d) => ({ name: d.name, sha256: d.sha256 }))), exportedAt, exportedBy);
      store.audit(exportedBy, 'kits.export', { kitId, memberId, member: member.name, protection: sm2Cert ? 'key' : 'code', supersedes: prev?.kit_id ?? null, documents: documents.map((d) => d.sha256) });
    });
    return { kitId, memberId, name: member.name, protection: sm2Cert ? 'key' : 'code', code, fileText, supersededKitId: prev?.kit_id ?? null };
  }
}
