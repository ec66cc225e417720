import crypto from 'node:crypto';
import { sm3 } from 'sm-crypto-v2';
import { fault } from '../../../shared/api/errors';
import { canonicalJson } from '../../../shared/domain/canonical';
import { SIGNED_RECORD_FORMAT, type SignedRecordKind } from '../../../shared/api/kits';
import { VerdictSchema } from '../../../shared/review/verdicts';
import { RECUSAL_RELATIONS } from '../../../shared/scoring/selection';
import { CertificateSchema, verifySignature, type Certificate } from '../memos/keys';
import { checkMemoSignature, recordMemoSignature } from '../memos/signing';
import type { OpenCases } from '../openCases';
import type { Settings } from '../settings';
import type { ReviewService } from '../review/service';
import type { SelectionService } from '../selection/service';
import { caseIdentity, type SignedText } from './records';
import { latestSigned, signedRecusalAllows, type BidSource, type KitContents } from './export';
import { parseReturnFile, type ReturnRecord } from './format';
import type { KitRecusalBody, KitScoresBody, KitVerdictBody } from './return';

export interface ImportedReturn {
  kitId: string;
  memberId: string;
  name: string;
  recordId: string;
  records: { kind: SignedRecordKind; recordId: string }[];
  verdicts: number;
  recusal: { recused: boolean } | null;
  scores: boolean;
  memo: { memoId: string; version: number; decision: 'agree' | 'dissent' } | null;
}

type KitRow = { kit_id: string; member_id: string; member_name: string; documents: string; contents: string };
type KitDoc = { name: string; sha256: string; role?: 'review' | 'bid'; applicantId?: string | null };
type Checked = { rec: ReturnRecord; text: SignedText };

const sameDocs = (a: { sha256: string }[], b: { sha256: string }[]) => a.length === b.length && a.every((d, i) => d.sha256 === b[i].sha256);

/**
 * The secretary's side: checks a return completely before touching the case, then merges it in one transaction (each
 * signed record as the expert signed it, and what it says: 回避声明, verdicts, score sheet, memo signature). Any
 * failure leaves the case as it was and says why.
 */
export class KitImporter {
  constructor(private readonly deps: { openCases: OpenCases; settings: Settings; review: ReviewService; selection?: SelectionService; bids?: BidSource }) {}

  import(caseId: string, returnText: string): ImportedReturn {
    const store = this.deps.openCases.get(caseId);
    if (store.readonly) throw fault('CASE_READ_ONLY');
    const f = parseReturnFile(returnText);
    // Routing first (a return brought to the wrong case file); the signed texts are checked against it below.
    if (f.caseId !== caseIdentity(store)) throw fault('KIT_RETURN_WRONG_CASE');
    let cert: Certificate;
    try {
      cert = CertificateSchema.parse(f.certificate);
    } catch {
      throw fault('KIT_RETURN_INVALID');
    }

    // The signature first: nothing unsigned is believed, not even which case or kit the return names.
    const registered = store.db.prepare('SELECT member_id, certificate FROM signer_keys WHERE fingerprint = ?').get(cert.fingerprint) as { member_id: string; certificate: string } | undefined;
    const memberHasKey = !!store.db.prepare('SELECT 1 FROM signer_keys WHERE member_id = ?').get(f.memberId);
    if (!memberHasKey && !registered) throw fault('KIT_RETURN_NEEDS_KEY');
    if (!registered || registered.member_id !== f.memberId || JSON.parse(registered.certificate).spki !== cert.spki) {
      throw fault('KIT_RETURN_BAD_SIGNATURE', `回执由“${cert.name}”的密钥签署，但该密钥不是回执所署名成员在本案卷登记的密钥。未导入；案卷未作任何改动。`);
    }
    const checked: Checked[] = f.records.map((rec) => {
      let text: SignedText;
      try {
        text = JSON.parse(rec.signedText) as SignedText;
      } catch {
        throw fault('KIT_RETURN_INVALID');
      }
      if (canonicalJson(text) !== rec.signedText || text.format !== SIGNED_RECORD_FORMAT || text.kind !== rec.kind) throw fault('KIT_RETURN_INVALID');
      if (!verifySignature(cert, Buffer.from(rec.signedText, 'utf8'), Buffer.from(rec.signature, 'base64'))) throw fault('KIT_RETURN_BAD_SIGNATURE');
      const body = text.body as { kit?: { kitId?: string; documents?: unknown } };
      if (!body?.kit || !Array.isArray(body.kit.documents)) throw fault('KIT_RETURN_INVALID');
      if (text.signer?.fingerprint !== cert.fingerprint || text.member?.memberId !== f.memberId || body.kit.kitId !== f.kitId || text.caseId !== f.caseId) throw fault('KIT_RETURN_INVALID');
      return { rec, text };
    });
    const memoSig = f.memo ? { memoId: f.memo.memoId, text: f.memo.signedData, signature: Buffer.from(f.memo.signature, 'base64') } : null;
    if (memoSig && !verifySignature(cert, Buffer.from(memoSig.text, 'utf8'), memoSig.signature)) throw fault('KIT_RETURN_BAD_SIGNATURE');

    const kit = store.db.prepare('SELECT kit_id, member_id, member_name, documents, contents FROM expert_kits WHERE kit_id = ?').get(f.kitId) as KitRow | undefined;
    if (!kit || kit.member_id !== f.memberId) throw fault('KIT_RETURN_UNKNOWN_KIT');
    // The member was removed from the committee while their kit was out: say so, and what to do, before anything else.
    if (!store.db.prepare('SELECT 1 FROM committee_members WHERE member_id = ?').get(f.memberId)) {
      throw fault('NOT_FOUND', `该回执来自 ${kit.member_name}，但${kit.member_name}已从评审委员会中移除（专家包导出后），回执未导入；案卷未作任何改动。如移除有误，请重新添加该成员、登记其公钥并重新导出专家包，由其重新填写。`);
    }
    if (store.db.prepare('SELECT 1 FROM kit_returns WHERE kit_id = ?').get(f.kitId)) throw fault('KIT_RETURN_DUPLICATE');
    const current = store.db.prepare('SELECT kit_id FROM expert_kits WHERE member_id = ? ORDER BY exported_at DESC, rowid DESC LIMIT 1').get(f.memberId) as { kit_id: string };
    if (current.kit_id !== f.kitId) throw fault('KIT_RETURN_SUPERSEDED');
    const kitDocs = JSON.parse(kit.documents) as KitDoc[];
    const contents = JSON.parse(kit.contents) as Partial<KitContents>;
    for (const c of checked) if (!sameDocs((c.text.body as { kit: { documents: { sha256: string }[] } }).kit.documents, kitDocs)) throw fault('KIT_RETURN_DOCUMENT_CHANGED');
    // No newer signed record of the same kind in between (made in a session, or another return).
    for (const c of checked) if ((latestSigned(store.db, f.memberId, c.rec.kind)?.record_id ?? null) !== c.text.supersedes) throw fault('KIT_RETURN_STALE');

    const part = (kind: SignedRecordKind) => checked.find((c) => c.rec.kind === kind);
    const verdicts = part('verdicts');
    const recusal = part('recusal');
    const scores = part('scores');
    if (verdicts) this.checkVerdicts(caseId, verdicts, kitDocs);
    const recusalBody = recusal?.text.body as KitRecusalBody | undefined;
    if (recusalBody && (!Array.isArray(recusalBody.declarations) || recusalBody.declarations.some((d) => !(d.relation in RECUSAL_RELATIONS) || typeof d.note !== 'string'))) throw fault('KIT_RETURN_INVALID');
    const scoresBody = scores?.text.body as KitScoresBody | undefined;
    if (scoresBody) this.checkScores(caseId, f.memberId, scoresBody, kitDocs, contents, recusalBody);
    const memo = memoSig ? this.checkMemo(caseId, f.memberId, memoSig, cert, contents) : null;

    const digest = sm3(new Uint8Array(Buffer.from(canonicalJson({ records: f.records, memo: f.memo }), 'utf8')));
    const actor = this.deps.settings.userName();
    const who = `${actor}（导入 ${kit.member_name} 的回执）`;
    const now = new Date().toISOString();
    const merged: { kind: SignedRecordKind; recordId: string }[] = [];
    let recused: { recused: boolean } | null = null;
    store.tx(() => {
      // 回避声明 first: the score sheet below is accepted only under it.
      for (const c of [recusal, verdicts, scores]) {
        if (!c) continue;
        const recordId = crypto.randomUUID();
        store.db
          .prepare('INSERT INTO signed_records (record_id, member_id, member_name, kind, signed_text, digest, fingerprint, certificate, signature, signed_at, operator, supersedes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
          .run(recordId, f.memberId, kit.member_name, c.rec.kind, c.rec.signedText, sm3(new Uint8Array(Buffer.from(c.rec.signedText, 'utf8'))), cert.fingerprint, JSON.stringify(cert), Buffer.from(c.rec.signature, 'base64'), c.text.signedAt, c.text.operator, c.text.supersedes);
        merged.push({ kind: c.rec.kind, recordId });
        if (c === recusal) {
          recused = this.deps.selection!.acceptSignedDeclarations(caseId, f.memberId, recusalBody!.declarations.map((d) => ({ applicantId: d.applicantId, relation: d.relation, note: d.note })), c.text.signedAt, who, recordId);
        } else if (c === verdicts) {
          const body = c.text.body as KitVerdictBody;
          // The signed set is the member's whole verdict set: what the return leaves out is no longer their verdict.
          // Of the review the kit carried (实施方案 or 授权运营协议): the other kind's verdicts stay.
          const state = this.deps.review.get(caseId, this.deps.review.runKind(caseId, body.run.runId));
          const del = store.db.prepare('DELETE FROM review_verdicts WHERE member_id = ? AND item_id = ?');
          for (const v of state.verdicts) if (v.memberId === f.memberId) del.run(f.memberId, v.itemId);
          // Given on the text the kit carried, which checkVerdicts found to be the current run's.
          const runSha = state.run?.documentSha256 ?? null;
          const ins = store.db.prepare("INSERT INTO review_verdicts (item_id, member_id, verdict, comment, updated_at, entry, entered_by, document_sha256) VALUES (?, ?, ?, ?, ?, 'kit', ?, ?)");
          for (const v of body.verdicts) ins.run(v.itemId, f.memberId, v.verdict, v.comment, now, who, runSha);
        } else {
          this.deps.selection!.acceptSignedSheet(caseId, f.memberId, scoresBody!.sheet, scoresBody!.notes ?? {}, c.text.signedAt, who, recordId);
        }
      }
      if (memo) {
        recordMemoSignature(store, { memoId: memoSig!.memoId, memberId: f.memberId, data: memo.data, text: memoSig!.text, signature: memoSig!.signature });
        store.audit(who, 'memo.sign', { memoId: memoSig!.memoId, version: memo.data.version, memberId: f.memberId, name: kit.member_name, decision: memo.data.decision, fingerprint: cert.fingerprint, via: 'kit' });
      }
      const parts = [...merged.map((m) => ({ kind: m.kind, id: m.recordId })), ...(memo ? [{ kind: 'memo', id: memoSig!.memoId }] : [])];
      store.db.prepare('INSERT INTO kit_returns (kit_id, digest, record_id, parts, imported_at, imported_by) VALUES (?, ?, ?, ?, ?, ?)').run(f.kitId, digest, merged[0]?.recordId ?? null, JSON.stringify(parts), now, actor);
      store.audit(who, 'kits.importReturn', {
        kitId: f.kitId, memberId: f.memberId, member: kit.member_name, digest, parts,
        count: verdicts ? (verdicts.text.body as KitVerdictBody).verdicts.length : 0,
      });
    });
    return {
      kitId: f.kitId, memberId: f.memberId, name: kit.member_name, recordId: merged[0]?.recordId ?? '', records: merged,
      verdicts: verdicts ? (verdicts.text.body as KitVerdictBody).verdicts.length : 0,
      recusal: recused, scores: !!scores,
      memo: memo ? { memoId: memoSig!.memoId, version: memo.data.version, decision: memo.data.decision as 'agree' | 'dissent' } : null,
    };
  }

  /** The verdict set was made against the review run and document version still current in the case. */
  private checkVerdicts(caseId: string, c: Checked, kitDocs: KitDoc[]) {
    const body = c.text.body as KitVerdictBody;
    if (!Array.isArray(body.verdicts) || !body.run) throw fault('KIT_RETURN_INVALID');
    // The latest review of the kind the kit carried: reviewing the other kind since does not change it.
    const state = this.deps.review.get(caseId, this.deps.review.runKind(caseId, body.run.runId));
    const reviewDoc = kitDocs.find((d) => (d.role ?? 'review') === 'review');
    if (!state.run || !state.report || !reviewDoc || body.run.runId !== state.run.runId || reviewDoc.sha256 !== (state.run.documentSha256 ?? reviewDoc.sha256)) throw fault('KIT_RETURN_DOCUMENT_CHANGED');
    const items = new Set(state.report.items.map((i) => i.id));
    for (const v of body.verdicts) if (!items.has(v.itemId) || !VerdictSchema.safeParse(v.verdict).success || typeof v.comment !== 'string') throw fault('KIT_RETURN_DOCUMENT_CHANGED');
  }

  /**
   * A score sheet only under a signed 回避声明 with no relation (the one on file, or the one in the same return), only
   * from a kit that carried the sheet, against the same scheme and the bid documents still current.
   */
  private checkScores(caseId: string, memberId: string, body: KitScoresBody, kitDocs: KitDoc[], contents: Partial<KitContents>, recusal: KitRecusalBody | undefined) {
    const sel = this.deps.selection;
    if (!sel || !Array.isArray(body.sheet) || !body.scheme) throw fault('KIT_RETURN_INVALID');
    if (!contents.scoring) throw fault('KIT_RETURN_NOT_ALLOWED');
    const applicants = sel.state(caseId).applicants.map((a) => a.applicantId);
    const allowed = recusal
      ? recusal.declarations.length === applicants.length && recusal.declarations.every((d) => d.relation === 'none' && applicants.includes(d.applicantId))
      : signedRecusalAllows(this.deps.openCases.get(caseId).db, memberId, applicants).ok;
    if (!allowed) throw fault('KIT_RETURN_NOT_ALLOWED');
    const now = sel.schemeMaxima(caseId);
    const signed = Object.fromEntries(body.scheme.criteria.map((c) => [c.id, c.max]));
    const same = (a: Record<string, number>, b: Record<string, number>) => Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([k, v]) => b[k] === v);
    if (!same(now, signed) || !same(now, contents.criteria ?? {})) {
      throw fault('KIT_RETURN_DOCUMENT_CHANGED', '自导出该专家包后，评分办法（评分项或分值）已有改动，回执中的评分表未导入。请重新导出专家包；案卷未作任何改动。');
    }
    // The bid documents the expert scored are still the current versions.
    const st = sel.state(caseId);
    for (const d of kitDocs.filter((x) => x.role === 'bid')) {
      const a = st.applicants.find((x) => x.applicantId === d.applicantId);
      const current = a ? (this.deps.bids?.(caseId, a.name) ?? []) : [];
      if (!current.some((x) => x.sha256 === d.sha256)) throw fault('KIT_RETURN_DOCUMENT_CHANGED', `自导出该专家包后，申报材料《${d.name}》已有新版本或被移除，回执中的评分表未导入。请重新导出专家包；案卷未作任何改动。`);
    }
  }

  private checkMemo(caseId: string, memberId: string, sig: { memoId: string; text: string; signature: Buffer }, cert: Certificate, contents: Partial<KitContents>) {
    if (contents.memo !== sig.memoId) throw fault('KIT_RETURN_MEMO', '回执中签署的意见书不是随该专家包发出的版本，未导入；案卷未作任何改动。');
    return checkMemoSignature(this.deps.openCases.get(caseId), { memoId: sig.memoId, memberId, text: sig.text, signature: sig.signature, certificate: cert });
  }
}
