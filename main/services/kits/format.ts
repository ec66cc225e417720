import crypto from 'node:crypto';
import { sm2 } from 'sm-crypto-v2';
import { fault, type ErrorCode } from '../../../shared/api/errors';
import { canonicalJson } from '../../../shared/domain/canonical';
import { decryptPrivateKey, type Certificate } from '../memos/keys';

/**
 * The kit envelope (专家包) and the return (回执): versioned JSON files that travel on a USB stick between the
 * secretary's laptop and an expert's air-gapped one. See docs/experts.md for the formats.
 */
export const KIT_FORMAT = 'review-desk-kit/1';
export const RETURN_FORMAT = 'review-desk-return/1';

/** Refuses a newer version with a message that says to upgrade, and anything else as not ours. */
export function checkFormat(value: unknown, family: 'review-desk-kit' | 'review-desk-return', invalid: ErrorCode): void {
  const m = typeof value === 'string' ? /^([a-z-]+)\/(\d+)$/.exec(value) : null;
  if (!m || m[1] !== family) throw fault(invalid);
  if (Number(m[2]) > 1) throw fault('KIT_FORMAT_NEWER', `该文件的格式版本为 ${value}，本程序只能读取 ${family}/1。请升级评审台后再打开；未作任何改动。`);
  if (Number(m[2]) !== 1) throw fault(invalid);
}

export type Recipient =
  | { method: 'sm2'; fingerprint: string; name: string; wrappedKey: string }
  | { method: 'code'; kdf: { name: 'scrypt'; N: number; r: number; p: number; salt: string } };

/** Everything in the kit file except the ciphertext; it is authenticated (GCM additional data) so it cannot be swapped. */
export interface KitHeader {
  format: typeof KIT_FORMAT;
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
    if (key.certificate.fingerprint !== f.recipient.fingerprint) throw fault('KIT_WRONG_KEY', `该专家包是发给 ${f.recipient.name}（指纹 ${f.recipient.fingerprint.slice(0, 19)}…）的，所选密钥属于 ${key.certificate.name}。请使用本人的密钥；未作任何改动。`);
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

/** The return file: the expert's signed text (a review-desk-record/1 verdict set naming the kit) and its signature. */
export interface ReturnFile {
  format: typeof RETURN_FORMAT;
  kitId: string;
  caseId: string;
  memberId: string;
  signedText: string;
  /** DER (SM2) or raw (Ed25519) signature over the UTF-8 of signedText, base64. */
  signature: string;
  certificate: Certificate;
}

export function parseReturnFile(text: string): ReturnFile {
  let f: ReturnFile;
  try {
    f = JSON.parse(text) as ReturnFile;
  } catch {
    throw fault('KIT_RETURN_INVALID');
  }
  checkFormat(f?.format, 'review-desk-return', 'KIT_RETURN_INVALID');
  for (const k of ['kitId', 'caseId', 'memberId', 'signedText', 'signature'] as const) if (typeof f[k] !== 'string') throw fault('KIT_RETURN_INVALID');
  if (!f.certificate || typeof f.certificate !== 'object') throw fault('KIT_RETURN_INVALID');
  return f;
}
