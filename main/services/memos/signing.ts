import crypto from 'node:crypto';
import { fault } from '../../../shared/api/errors';
import { canonicalSignedData, SignedDataSchema, type SignedData } from '../../../shared/memo/signing';
import type { CaseStore } from '../../store/caseStore';
import { verifySignature, type Certificate, type UnlockedKey } from './keys';

/** The memo version as it is signed: identity, title and the SHA-256 of the fixed PDF and of its canonical content. */
export interface MemoVersionRef {
  memoId: string;
  memoType: string;
  version: number;
  title: string;
  pdfSha256: string;
  contentSha256: string;
}

/**
 * The one memo signer: the text (review-desk-signed/1) a member signs over a memo version, and the signature. Used at
 * the secretary's laptop (memos.sign) and on the expert's own laptop through a kit; the bytes are the same either way.
 */
export function signMemoVersion(key: UnlockedKey, memo: MemoVersionRef, decision: 'agree' | 'dissent', reasons: string, signedAt = new Date().toISOString()): { data: SignedData; text: string; signature: Buffer } {
  const cert = key.certificate;
  const data: SignedData = {
    format: 'review-desk-signed/1', memoId: memo.memoId, memoType: memo.memoType, version: memo.version, title: memo.title,
    pdfSha256: memo.pdfSha256, contentSha256: memo.contentSha256,
    signer: { name: cert.name, unit: cert.unit, fingerprint: cert.fingerprint, algorithm: cert.algorithm },
    decision, reasons, signedAt,
  };
  const text = canonicalSignedData(data);
  return { data, text, signature: key.sign(Buffer.from(text, 'utf8')) };
}

/** Stores one member's signature over a memo version and locks the version. Call inside the store transaction. */
export function recordMemoSignature(store: CaseStore, r: { memoId: string; memberId: string; data: SignedData; text: string; signature: Buffer }) {
  store.db.prepare('INSERT INTO memo_signatures (signature_id, memo_id, member_id, decision, reasons, signed_at, fingerprint, signed_data, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
    .run(crypto.randomUUID(), r.memoId, r.memberId, r.data.decision, r.data.reasons, r.data.signedAt, r.data.signer.fingerprint, r.text, r.signature);
  store.db.prepare(`UPDATE memos SET status = 'locked' WHERE memo_id = ?`).run(r.memoId);
}

/**
 * Checks a signature brought back from a kit against the memo version in the case, before anything is written:
 * the exact canonical text, the same version and digests, the key of the member, a valid signature, not yet signed.
 */
export function checkMemoSignature(store: CaseStore, r: { memoId: string; memberId: string; text: string; signature: Buffer; certificate: Certificate }): { data: SignedData } {
  const bad = (why: string) => fault('KIT_RETURN_MEMO', `回执中的意见书签名无法并入：${why}案卷未作任何改动。`);
  let data: SignedData;
  try {
    data = SignedDataSchema.parse(JSON.parse(r.text));
  } catch {
    throw bad('签署内容格式不对。');
  }
  if (canonicalSignedData(data) !== r.text || data.memoId !== r.memoId) throw bad('签署内容格式不对。');
  const memo = store.db.prepare('SELECT memo_id, memo_type, version, title, pdf_sha256, content_sha256, status FROM memos WHERE memo_id = ?').get(r.memoId) as
    { memo_id: string; memo_type: string; version: number; title: string; pdf_sha256: string; content_sha256: string; status: string } | undefined;
  if (!memo) throw bad('本案卷中没有所签的意见书版本。');
  if (memo.status === 'superseded') throw bad(`所签的第 ${memo.version} 版已被新版本取代，请发出最新版本重新签署。`);
  if (data.version !== memo.version || data.pdfSha256 !== memo.pdf_sha256 || data.contentSha256 !== memo.content_sha256 || data.title !== memo.title || data.memoType !== memo.memo_type) {
    throw bad('所签内容的摘要与本案卷中的该版本不符。');
  }
  if (data.signer.fingerprint !== r.certificate.fingerprint) throw bad('签名密钥与签署内容中的不一致。');
  if (!verifySignature(r.certificate, Buffer.from(r.text, 'utf8'), r.signature)) throw fault('KIT_RETURN_BAD_SIGNATURE');
  if (data.decision === 'dissent' && !data.reasons.trim()) throw bad('持不同意见签署时未写明理由。');
  if (store.db.prepare('SELECT 1 FROM memo_signatures WHERE memo_id = ? AND member_id = ?').get(r.memoId, r.memberId)) throw bad('该专家已签署过这一版本。');
  return { data };
}
