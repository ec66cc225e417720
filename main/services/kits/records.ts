import crypto from 'node:crypto';
import { sm3 } from 'sm-crypto-v2';
import { canonicalJson } from '../../../shared/domain/canonical';
import { SIGNED_RECORD_FORMAT, SIGNED_RECORD_KINDS, type SignedRecordDto, type SignedRecordKind } from '../../../shared/api/kits';
import { CertificateSchema, spkiPem, verifySignature, type Certificate, type UnlockedKey } from '../memos/keys';
import type { CaseStore } from '../../store/caseStore';

type Row = {
  record_id: string; member_id: string; member_name: string; kind: SignedRecordKind; signed_text: string; digest: string;
  fingerprint: string; certificate: string; signature: Buffer; signed_at: string; operator: string; supersedes: string | null;
};

/** What the expert signs: who, for which case, what, when, and the content. Canonical JSON, UTF-8. */
export interface SignedText {
  format: typeof SIGNED_RECORD_FORMAT;
  kind: SignedRecordKind;
  caseId: string;
  member: { memberId: string; name: string };
  signer: { name: string; unit: string; fingerprint: string; algorithm: string };
  operator: string;
  signedAt: string;
  /** The record this one replaces (a change after submission), or null. */
  supersedes: string | null;
  body: unknown;
}

const sm3Hex = (text: string) => sm3(new Uint8Array(Buffer.from(text, 'utf8')));

export function caseIdentity(store: CaseStore): string {
  return (store.db.prepare('SELECT case_id FROM case_info WHERE id = 1').get() as { case_id: string }).case_id;
}

/**
 * Signs and appends one record. Call inside the store transaction that writes the content it describes, so the
 * content and its signature land together or not at all.
 */
export function appendSignedRecord(
  store: CaseStore,
  key: UnlockedKey,
  r: { kind: SignedRecordKind; memberId: string; memberName: string; operator: string; body: unknown; at?: string },
): { recordId: string; digest: string } {
  const prev = store.db
    .prepare('SELECT record_id FROM signed_records s WHERE member_id = ? AND kind = ? AND NOT EXISTS (SELECT 1 FROM signed_records n WHERE n.supersedes = s.record_id) ORDER BY signed_at DESC, rowid DESC LIMIT 1')
    .get(r.memberId, r.kind) as { record_id: string } | undefined;
  const cert = key.certificate;
  const text: SignedText = {
    format: SIGNED_RECORD_FORMAT, kind: r.kind, caseId: caseIdentity(store),
    member: { memberId: r.memberId, name: r.memberName },
    signer: { name: cert.name, unit: cert.unit, fingerprint: cert.fingerprint, algorithm: cert.algorithm },
    operator: r.operator, signedAt: r.at ?? new Date().toISOString(), supersedes: prev?.record_id ?? null, body: r.body,
  };
  const signed = canonicalJson(text);
  const digest = sm3Hex(signed);
  const signature = key.sign(Buffer.from(signed, 'utf8'));
  const recordId = crypto.randomUUID();
  store.db
    .prepare('INSERT INTO signed_records (record_id, member_id, member_name, kind, signed_text, digest, fingerprint, certificate, signature, signed_at, operator, supersedes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
    .run(recordId, r.memberId, r.memberName, r.kind, signed, digest, cert.fingerprint, JSON.stringify(cert), signature, text.signedAt, r.operator, text.supersedes);
  return { recordId, digest };
}

/** Checks one stored record from its bytes alone plus the case's registered keys; returns the problem in Chinese. */
function check(store: CaseStore, row: Row): string | null {
  let text: SignedText;
  try {
    text = JSON.parse(row.signed_text) as SignedText;
  } catch {
    return '签署内容不是有效的 JSON，记录已损坏。';
  }
  if (canonicalJson(text) !== row.signed_text) return '签署内容不是规范格式，可能被改动。';
  if (text.format !== SIGNED_RECORD_FORMAT) return `签署内容的格式版本（${String(text.format)}）不是本程序支持的 ${SIGNED_RECORD_FORMAT}。`;
  if (sm3Hex(row.signed_text) !== row.digest) return '签署内容的 SM3 摘要与记录不符，内容被改动过。';
  if (text.kind !== row.kind || text.member?.memberId !== row.member_id || text.supersedes !== row.supersedes) return '记录的类型、成员或所替代的记录与签署内容不一致。';
  if (text.caseId !== caseIdentity(store)) return '该记录不是为本案卷签署的。';
  let cert: Certificate;
  try {
    cert = CertificateSchema.parse(JSON.parse(row.certificate));
  } catch {
    return '记录中的公钥证书已损坏。';
  }
  if (cert.fingerprint !== row.fingerprint || text.signer?.fingerprint !== row.fingerprint) return '签名所用密钥与记录不一致。';
  const registered = store.db.prepare('SELECT member_id, certificate FROM signer_keys WHERE fingerprint = ?').get(row.fingerprint) as { member_id: string; certificate: string } | undefined;
  if (!registered || registered.member_id !== row.member_id) return '签名所用密钥不是该成员在本案卷登记的密钥。';
  if (JSON.parse(registered.certificate).spki !== cert.spki) return '记录中的公钥与登记的公钥不符。';
  if (!verifySignature(cert, Buffer.from(row.signed_text, 'utf8'), row.signature)) return '签名校验失败：内容或签名被改动过。';
  return null;
}

/** Every signed record of the case, newest first, each checked now. */
export function listSignedRecords(store: CaseStore): SignedRecordDto[] {
  const rows = store.db.prepare('SELECT * FROM signed_records ORDER BY signed_at DESC, rowid DESC').all() as Row[];
  const supersededBy = new Map(rows.filter((r) => r.supersedes).map((r) => [r.supersedes!, r.record_id]));
  return rows.map((r) => {
    const problem = check(store, r);
    let body: unknown = null;
    try {
      body = (JSON.parse(r.signed_text) as SignedText).body;
    } catch {
      /* reported as the problem */
    }
    return {
      recordId: r.record_id, memberId: r.member_id, memberName: r.member_name, kind: r.kind, kindLabel: SIGNED_RECORD_KINDS[r.kind],
      signedAt: r.signed_at, operator: r.operator, fingerprint: r.fingerprint, digest: r.digest, supersedes: r.supersedes,
      supersededBy: supersededBy.get(r.record_id) ?? null, valid: problem === null, problem, body,
    };
  });
}

/** The raw pieces of each record, for an independent check (OpenSSL 3: SM2 with SM3 and the default ID). */
export function signedRecordFiles(store: CaseStore): { recordId: string; signedText: string; signature: Buffer; publicKeyPem: string }[] {
  return (store.db.prepare('SELECT record_id, signed_text, signature, certificate FROM signed_records ORDER BY signed_at, rowid').all() as Row[]).map((r) => ({
    recordId: r.record_id, signedText: r.signed_text, signature: r.signature, publicKeyPem: spkiPem(CertificateSchema.parse(JSON.parse(r.certificate))),
  }));
}
