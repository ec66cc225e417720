import crypto from 'node:crypto';
import { sm3 } from 'sm-crypto-v2';
import { fault } from '../../../shared/api/errors';
import { canonicalJson } from '../../../shared/domain/canonical';
import { SIGNED_RECORD_FORMAT } from '../../../shared/api/kits';
import { VerdictSchema } from '../../../shared/review/verdicts';
import { CertificateSchema, verifySignature, type Certificate } from '../memos/keys';
import type { OpenCases } from '../openCases';
import type { Settings } from '../settings';
import type { ReviewService } from '../review/service';
import { caseIdentity, type SignedText } from './records';
import { parseReturnFile } from './format';
import type { KitVerdictBody } from './return';

export interface ImportedReturn {
  kitId: string;
  memberId: string;
  name: string;
  recordId: string;
  verdicts: number;
}

/**
 * The secretary's side: checks a return completely before touching the case, then merges it in one transaction (the
 * signed record as the expert signed it, and the verdicts). Any failure leaves the case as it was and says why.
 */
export class KitImporter {
  constructor(private readonly deps: { openCases: OpenCases; settings: Settings; review: ReviewService }) {}

  import(caseId: string, returnText: string): ImportedReturn {
    const store = this.deps.openCases.get(caseId);
    if (store.readonly) throw fault('CASE_READ_ONLY');
    const f = parseReturnFile(returnText);
    // Routing first (a return brought to the wrong case file); the signed text is checked against it below.
    if (f.caseId !== caseIdentity(store)) throw fault('KIT_RETURN_WRONG_CASE');

    let text: SignedText;
    let cert: Certificate;
    try {
      text = JSON.parse(f.signedText) as SignedText;
      cert = CertificateSchema.parse(f.certificate);
    } catch {
      throw fault('KIT_RETURN_INVALID');
    }
    if (canonicalJson(text) !== f.signedText || text.format !== SIGNED_RECORD_FORMAT || text.kind !== 'verdicts') throw fault('KIT_RETURN_INVALID');
    const body = text.body as KitVerdictBody;
    if (!body?.kit || !Array.isArray(body.verdicts) || !body.run) throw fault('KIT_RETURN_INVALID');

    // The signature first: nothing unsigned is believed, not even which case or kit the return names.
    const registered = store.db.prepare('SELECT member_id, certificate FROM signer_keys WHERE fingerprint = ?').get(cert.fingerprint) as { member_id: string; certificate: string } | undefined;
    const memberHasKey = !!store.db.prepare('SELECT 1 FROM signer_keys WHERE member_id = ?').get(f.memberId);
    if (!memberHasKey && !registered) throw fault('KIT_RETURN_NEEDS_KEY');
    if (!registered || registered.member_id !== f.memberId || JSON.parse(registered.certificate).spki !== cert.spki) {
      throw fault('KIT_RETURN_BAD_SIGNATURE', `回执由“${cert.name}”的密钥签署，但该密钥不是回执所署名成员在本案卷登记的密钥。未导入；案卷未作任何改动。`);
    }
    if (!verifySignature(cert, Buffer.from(f.signedText, 'utf8'), Buffer.from(f.signature, 'base64'))) throw fault('KIT_RETURN_BAD_SIGNATURE');
    if (text.signer?.fingerprint !== cert.fingerprint || text.member?.memberId !== f.memberId || body.kit.kitId !== f.kitId || text.caseId !== f.caseId) throw fault('KIT_RETURN_INVALID');

    const kit = store.db.prepare('SELECT kit_id, member_id, member_name, documents FROM expert_kits WHERE kit_id = ?').get(f.kitId) as { kit_id: string; member_id: string; member_name: string; documents: string } | undefined;
    if (!kit || kit.member_id !== f.memberId) throw fault('KIT_RETURN_UNKNOWN_KIT');
    if (store.db.prepare('SELECT 1 FROM kit_returns WHERE kit_id = ?').get(f.kitId)) throw fault('KIT_RETURN_DUPLICATE');
    const current = store.db.prepare('SELECT kit_id FROM expert_kits WHERE member_id = ? ORDER BY exported_at DESC, rowid DESC LIMIT 1').get(f.memberId) as { kit_id: string };
    if (current.kit_id !== f.kitId) throw fault('KIT_RETURN_SUPERSEDED');

    const state = this.deps.review.get(caseId);
    const kitDocs = JSON.parse(kit.documents) as { name: string; sha256: string }[];
    const sameDocs = (a: { sha256: string }[], b: { sha256: string }[]) => a.length === b.length && a.every((d, i) => d.sha256 === b[i].sha256);
    if (!state.run || !state.report || !sameDocs(body.kit.documents, kitDocs) || body.run.runId !== state.run.runId || kitDocs[0]?.sha256 !== (state.run.documentSha256 ?? kitDocs[0]?.sha256)) {
      throw fault('KIT_RETURN_DOCUMENT_CHANGED');
    }
    const latest = store.db
      .prepare("SELECT record_id FROM signed_records s WHERE member_id = ? AND kind = 'verdicts' AND NOT EXISTS (SELECT 1 FROM signed_records n WHERE n.supersedes = s.record_id) ORDER BY signed_at DESC, rowid DESC LIMIT 1")
      .get(f.memberId) as { record_id: string } | undefined;
    if ((latest?.record_id ?? null) !== text.supersedes) throw fault('KIT_RETURN_STALE');
    const items = new Set(state.report.items.map((i) => i.id));
    for (const v of body.verdicts) if (!items.has(v.itemId) || !VerdictSchema.safeParse(v.verdict).success || typeof v.comment !== 'string') throw fault('KIT_RETURN_DOCUMENT_CHANGED');

    const recordId = crypto.randomUUID();
    const digest = sm3(new Uint8Array(Buffer.from(f.signedText, 'utf8')));
    const actor = this.deps.settings.userName();
    const now = new Date().toISOString();
    store.tx(() => {
      store.db
        .prepare('INSERT INTO signed_records (record_id, member_id, member_name, kind, signed_text, digest, fingerprint, certificate, signature, signed_at, operator, supersedes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
        .run(recordId, f.memberId, kit.member_name, 'verdicts', f.signedText, digest, cert.fingerprint, JSON.stringify(cert), Buffer.from(f.signature, 'base64'), text.signedAt, text.operator, text.supersedes);
      // The signed set is the member's whole verdict set: what the return leaves out is no longer their verdict.
      store.db.prepare('DELETE FROM review_verdicts WHERE member_id = ?').run(f.memberId);
      const ins = store.db.prepare('INSERT INTO review_verdicts (item_id, member_id, verdict, comment, updated_at) VALUES (?, ?, ?, ?, ?)');
      for (const v of body.verdicts) ins.run(v.itemId, f.memberId, v.verdict, v.comment, now);
      store.db.prepare('INSERT INTO kit_returns (kit_id, digest, record_id, imported_at, imported_by) VALUES (?, ?, ?, ?, ?)').run(f.kitId, digest, recordId, now, actor);
      store.audit(`${actor}（导入 ${kit.member_name} 的回执）`, 'kits.importReturn', { kitId: f.kitId, memberId: f.memberId, member: kit.member_name, signedRecord: recordId, digest, count: body.verdicts.length });
    });
    return { kitId: f.kitId, memberId: f.memberId, name: kit.member_name, recordId, verdicts: body.verdicts.length };
  }
}
