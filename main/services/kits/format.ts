import crypto from 'node:crypto';
import { sm2 } from 'sm-crypto-v2';
import { fault, type ErrorCode } from '../../../shared/api/errors';
import { canonicalJson } from '../../../shared/domain/canonical';
import { decryptPrivateKey, type Certificate } from '../memos/keys';

/**
 * The kit envelope (专家包) and the return (回执): versioned JSON files that travel on a USB stick between the
 * secretary's laptop and an expert's air-gapped one. See docs/experts.md for the formats.
 */
/** Version 2 adds the 回避声明 form, bids and score sheet, and a memo to sign (kit) and several signed parts (return). */
export const KIT_VERSION = 2;
export const RETURN_VERSION = 2;
export const KIT_FORMAT = `review-desk-kit/${KIT_VERSION}` as const;
export const RETURN_FORMAT = `review-desk-return/${RETURN_VERSION}` as const;

/** Refuses a newer version with a message that says to upgrade, and anything else as not ours. Returns the version. */
export function checkFormat(value: unknown, family: 'review-desk-kit' | 'review-desk-return', invalid: ErrorCode): number {
  const newest = family === 'review-desk-kit' ? KIT_VERSION : RETURN_VERSION;
  const m = typeof value === 'string' ? /^([a-z-]+)\/(\d+)$/.exec(value) : null;
  if (!m || m[1] !== family) throw fault(invalid);
  const v = Number(m[2]);
  if (v > newest) throw fault('KIT_FORMAT_NEWER', `该文件的格式版本为 ${value}，本程序最高只能读取 ${family}/${newest}。请升级评审台后再打开；未作任何改动。`);
  if (v < 1) throw fault(invalid);
  return v;
}

export type Recipient =
  | { method: 'sm2'; fingerprint: string; name: string; wrappedKey: string }
  | { method: 'code'; kdf: { name: 'scrypt'; N: number; r: number; p: number; salt: string } };

/** Everything in the kit file except the ciphertext; it is authenticated (GCM additional data) so it cannot be swapped. */
export interface KitHeader {
  format: string;
  kitId: string;
  caseId: string;
  member: { memberId: string; name: string };
  exportedAt: string;
  recipient: Recipient;
}
export interface KitFile extends KitHeader {
  cipher: { name: 'aes-256-gcm'; iv: string; tag: string };
  payload: string;
}

const CODE_KDF = { N: 1 << 15, r: 8, p: 1 };
// Crockford base32 without look-alikes: read aloud and typed by hand.
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTVWXYZ23456789';

/** A one-time kit code, 20 characters (≈98 bits) in groups of four. */
export function newKitCode(): string {
  const bytes = crypto.randomBytes(20);
  const chars = [...bytes].map((b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join('');
  return chars.match(/.{4}/g)!.join('-');
}
const normalizeCode = (code: string) => code.toUpperCase().replace(/[^A-Z0-9]/g, '');

function scryptKey(secret: string, salt: Buffer, kdf = CODE_KDF) {
  return crypto.scryptSync(Buffer.from(secret, 'utf8'), salt, 32, { N: kdf.N, r: kdf.r, p: kdf.p, maxmem: 256 * kdf.N * kdf.r });
}

export const sm2PublicHex = (cert: Certificate) => Buffer.from(cert.spki, 'base64').subarray(-65).toString('hex');

/** Encrypts the payload to the expert's SM2 public key (a random content key wrapped with SM2), or to a kit code. */
export function sealKit(head: Omit<KitHeader, 'format' | 'recipient'>, payload: unknown, to: { certificate: Certificate } | { code: string }): string {
  const contentKey = crypto.randomBytes(32);
  let recipient: Recipient;
  if ('certificate' in to) {
    const wrappedKey = sm2.doEncrypt(new Uint8Array(contentKey), sm2PublicHex(to.certificate), 1);
    recipient = { method: 'sm2', fingerprint: to.certificate.fingerprint, name: to.certificate.name, wrappedKey };
  } else {
    const salt = crypto.randomBytes(16);
    scryptKey(normalizeCode(to.code), salt).copy(contentKey);
    recipient = { method: 'code', kdf: { name: 'scrypt', ...CODE_KDF, salt: salt.toString('base64') } };
  }
  const header: KitHeader = { format: KIT_FORMAT, ...head, recipient };
  const iv = crypto.randomBytes(12);
  const c = crypto.createCipheriv('aes-256-gcm', contentKey, iv);
  c.setAAD(Buffer.from(canonicalJson(header), 'utf8'));
  const enc = Buffer.concat([c.update(Buffer.from(JSON.stringify(payload), 'utf8')), c.final()]);
  contentKey.fill(0);
  const file: KitFile = { ...header, cipher: { name: 'aes-256-gcm', iv: iv.toString('base64'), tag: c.getAuthTag().toString('base64') }, payload: enc.toString('base64') };
  return JSON.stringify(file, null, 1) + '\n';
}

export function parseKitFile(text: string): KitFile {
  let f: KitFile;
  try {
    f = JSON.parse(text) as KitFile;
  } catch {
    throw fault('KIT_FILE_INVALID');
  }
  checkFormat(f?.format, 'review-desk-kit', 'KIT_FILE_INVALID');
  if (typeof f.kitId !== 'string' || typeof f.caseId !== 'string' || !f.recipient || !f.cipher || typeof f.payload !== 'string') throw fault('KIT_FILE_INVALID');
  return f;
}

/** The SM2 private key from the expert's key file (memos/keys.ts decrypts it). */
export function unlockSm2Private(keyFileText: string, passphrase: string): { certificate: Certificate; privateHex: string } {
  const { certificate, priv } = decryptPrivateKey(keyFileText, passphrase);
  return { certificate, privateHex: priv.toString('hex') };
}

/** Decrypts a kit with the expert's key file + passphrase, or with the kit code. Wrong key or code: nothing opened. */
export function openKitFile(f: KitFile, unlock: { keyFile: string; passphrase: string } | { code: string }): unknown {
  let contentKey: Buffer;
  if (f.recipient.method === 'sm2') {
    if (!('keyFile' in unlock)) throw fault('KIT_WRONG_KEY', `该专家包已加密给 ${f.recipient.name} 的签名密钥，须用其密钥文件和口令打开，不能用专家包口令。`);
    const key = unlockSm2Private(unlock.keyFile, unlock.passphrase);
    // Both fingerprints: two keys of one name (an expert's old key, a namesake) are told apart only by them.
    if (key.certificate.fingerprint !== f.recipient.fingerprint) throw fault('KIT_WRONG_KEY', `该专家包是发给 ${f.recipient.name}（指纹 ${f.recipient.fingerprint.slice(0, 19)}…）的，所选密钥属于 ${key.certificate.name}（指纹 ${key.certificate.fingerprint.slice(0, 19)}…），不是同一把密钥。请选择指纹相同的本人密钥文件；如本人密钥已更换，请秘书登记新公钥后重新导出专家包。未作任何改动。`);
    try {
      contentKey = Buffer.from(sm2.doDecrypt(f.recipient.wrappedKey, key.privateHex, 1, { output: 'array' }));
    } catch {
      throw fault('KIT_FILE_INVALID');
    }
    if (contentKey.length !== 32) throw fault('KIT_FILE_INVALID');
  } else {
    if (!('code' in unlock)) throw fault('KIT_WRONG_CODE', '该专家包须用秘书当面交付的专家包口令打开。');
    contentKey = scryptKey(normalizeCode(unlock.code), Buffer.from(f.recipient.kdf.salt, 'base64'), f.recipient.kdf);
  }
  const header: KitHeader = { format: f.format, kitId: f.kitId, caseId: f.caseId, member: f.member, exportedAt: f.exportedAt, recipient: f.recipient };
  try {
    const d = crypto.createDecipheriv('aes-256-gcm', contentKey, Buffer.from(f.cipher.iv, 'base64'));
    d.setAAD(Buffer.from(canonicalJson(header), 'utf8'));
    d.setAuthTag(Buffer.from(f.cipher.tag, 'base64'));
    const plain = Buffer.concat([d.update(Buffer.from(f.payload, 'base64')), d.final()]);
    return JSON.parse(plain.toString('utf8'));
  } catch {
    throw fault(f.recipient.method === 'code' ? 'KIT_WRONG_CODE' : 'KIT_FILE_INVALID');
  } finally {
    contentKey.fill(0);
  }
}

/** One signed part of a return: a review-desk-record/1 text (回避声明, verdict set or score sheet) naming the kit. */
export interface ReturnRecord {
  kind: 'recusal' | 'verdicts' | 'scores';
  signedText: string;
  /** DER (SM2) or raw (Ed25519) signature over the UTF-8 of signedText, base64. */
  signature: string;
}

/** The expert's signature over a memo version, exactly as memos.sign makes it (review-desk-signed/1). */
export interface ReturnMemoSignature {
  memoId: string;
  signedData: string;
  signature: string;
}

/** The return file (version 2): the expert's signed parts, each verifiable on its own, and their certificate. */
export interface ReturnFile {
  format: typeof RETURN_FORMAT;
  kitId: string;
  caseId: string;
  memberId: string;
  records: ReturnRecord[];
  memo: ReturnMemoSignature | null;
  certificate: Certificate;
}

const isStr = (x: unknown): x is string => typeof x === 'string';

/** Reads a return of version 1 (one verdict set) or 2; a newer version is refused with a message to upgrade. */
export function parseReturnFile(text: string): ReturnFile {
  let f: ReturnFile & { signedText?: unknown; signature?: unknown };
  try {
    f = JSON.parse(text) as typeof f;
  } catch {
    throw fault('KIT_RETURN_INVALID');
  }
  const version = checkFormat(f?.format, 'review-desk-return', 'KIT_RETURN_INVALID');
  for (const k of ['kitId', 'caseId', 'memberId'] as const) if (!isStr(f[k])) throw fault('KIT_RETURN_INVALID');
  if (!f.certificate || typeof f.certificate !== 'object') throw fault('KIT_RETURN_INVALID');
  if (version === 1) {
    if (!isStr(f.signedText) || !isStr(f.signature)) throw fault('KIT_RETURN_INVALID');
    return { format: RETURN_FORMAT, kitId: f.kitId, caseId: f.caseId, memberId: f.memberId, certificate: f.certificate, records: [{ kind: 'verdicts', signedText: f.signedText, signature: f.signature }], memo: null };
  }
  if (!Array.isArray(f.records) || f.records.some((r) => !r || !['recusal', 'verdicts', 'scores'].includes(r.kind) || !isStr(r.signedText) || !isStr(r.signature))) throw fault('KIT_RETURN_INVALID');
  if (new Set(f.records.map((r) => r.kind)).size !== f.records.length) throw fault('KIT_RETURN_INVALID');
  const memo = f.memo ?? null;
  if (memo !== null && (!isStr(memo.memoId) || !isStr(memo.signedData) || !isStr(memo.signature))) throw fault('KIT_RETURN_INVALID');
  if (!f.records.length && !memo) throw fault('KIT_RETURN_INVALID');
  return { format: RETURN_FORMAT, kitId: f.kitId, caseId: f.caseId, memberId: f.memberId, certificate: f.certificate, records: f.records.map((r) => ({ kind: r.kind, signedText: r.signedText, signature: r.signature })), memo };
}
