import crypto from 'node:crypto';
import { sm2, sm3 } from 'sm-crypto-v2';
import { z } from 'zod';
import { fault } from '../../../shared/api/errors';

/**
 * Signer keys (DOMAIN §8, 电子签名法 art. 13): one key pair per signer, made on the signer's machine, the private part
 * encrypted with the signer's passphrase (scrypt → AES-256-GCM) in a key file the signer keeps. The case only ever
 * sees the public certificate. SM2 with SM3 (GB/T 32918) by default, Ed25519 as an option.
 */
export const ALGORITHMS = { sm2: 'SM2/SM3', ed25519: 'Ed25519' } as const;
export type Algorithm = keyof typeof ALGORITHMS;

/** GB/T 35276 default signer ID, which OpenSSL 3 also uses when none is given. */
export const SM2_DEFAULT_ID = '1234567812345678';
// SubjectPublicKeyInfo prefix for an uncompressed SM2 point: id-ecPublicKey + curve 1.2.156.10197.1.301.
const SM2_SPKI_PREFIX = Buffer.from('3059301306072a8648ce3d020106082a811ccf5501822d034200', 'hex');

export const CertificateSchema = z.object({
  format: z.literal('review-desk-cert/1'),
  algorithm: z.enum(['sm2', 'ed25519']),
  name: z.string().min(1),
  unit: z.string(),
  /** SubjectPublicKeyInfo, DER, base64. */
  spki: z.string().min(1),
  /** SM3 (SM2 keys) or SHA-256 (Ed25519 keys) of the SPKI DER, hex, in groups of four for reading aloud. */
  fingerprint: z.string(),
  createdAt: z.string(),
});
export type Certificate = z.output<typeof CertificateSchema>;

const KeyFileSchema = z.object({
  format: z.literal('review-desk-key/1'),
  certificate: CertificateSchema,
  kdf: z.object({ name: z.literal('scrypt'), N: z.number().int(), r: z.number().int(), p: z.number().int(), salt: z.string() }),
  cipher: z.object({ name: z.literal('aes-256-gcm'), iv: z.string(), tag: z.string() }),
  /** The private key, encrypted; the certificate's fingerprint is the additional authenticated data. */
  encryptedPrivateKey: z.string(),
});
export type KeyFile = z.output<typeof KeyFileSchema>;

const SCRYPT = { N: 1 << 15, r: 8, p: 1 };

const group = (hex: string) => hex.toUpperCase().match(/.{1,4}/g)!.join(' ');
export function fingerprintOf(algorithm: Algorithm, spkiDer: Buffer): string {
  return group(algorithm === 'sm2' ? sm3(new Uint8Array(spkiDer)) : crypto.createHash('sha256').update(spkiDer).digest('hex'));
}

export function spkiPem(cert: Certificate): string {
  const b64 = cert.spki.match(/.{1,64}/g)!.join('\n');
  return `-----BEGIN PUBLIC KEY-----\n${b64}\n-----END PUBLIC KEY-----\n`;
}

function sm2PublicHex(cert: Certificate): string {
  return Buffer.from(cert.spki, 'base64').subarray(SM2_SPKI_PREFIX.length).toString('hex');
}

function deriveKey(passphrase: string, salt: Buffer, kdf = SCRYPT) {
  return crypto.scryptSync(Buffer.from(passphrase, 'utf8'), salt, 32, { N: kdf.N, r: kdf.r, p: kdf.p, maxmem: 256 * kdf.N * kdf.r });
}

/** Makes a key pair and returns the key file (JSON text) to be written where the signer chooses. */
export function createKeyFile(opts: { name: string; unit: string; passphrase: string; algorithm?: Algorithm; now?: Date }): { keyFile: string; certificate: Certificate } {
  const algorithm = opts.algorithm ?? 'sm2';
  let spki: Buffer;
  let priv: Buffer;
  if (algorithm === 'sm2') {
    const kp = sm2.generateKeyPairHex();
    spki = Buffer.concat([SM2_SPKI_PREFIX, Buffer.from(kp.publicKey, 'hex')]);
    priv = Buffer.from(kp.privateKey.padStart(64, '0'), 'hex');
  } else {
    const kp = crypto.generateKeyPairSync('ed25519');
    spki = kp.publicKey.export({ type: 'spki', format: 'der' });
    priv = kp.privateKey.export({ type: 'pkcs8', format: 'der' });
  }
  const certificate: Certificate = {
    format: 'review-desk-cert/1',
    algorithm,
    name: opts.name,
    unit: opts.unit,
    spki: spki.toString('base64'),
    fingerprint: fingerprintOf(algorithm, spki),
    createdAt: (opts.now ?? new Date()).toISOString(),
  };
  const salt = crypto.randomBytes(16);
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', deriveKey(opts.passphrase, salt), iv);
  cipher.setAAD(Buffer.from(certificate.fingerprint));
  const enc = Buffer.concat([cipher.update(priv), cipher.final()]);
  priv.fill(0);
  const file: KeyFile = {
    format: 'review-desk-key/1',
    certificate,
    kdf: { name: 'scrypt', ...SCRYPT, salt: salt.toString('base64') },
    cipher: { name: 'aes-256-gcm', iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64') },
    encryptedPrivateKey: enc.toString('base64'),
  };
  return { keyFile: JSON.stringify(file, null, 2) + '\n', certificate };
}

export function parseKeyFile(text: string): KeyFile {
  try {
    return KeyFileSchema.parse(JSON.parse(text));
  } catch {
    throw fault('KEY_FILE_INVALID');
  }
}

export function parseCertificate(text: string): Certificate {
  try {
    const c = CertificateSchema.parse(JSON.parse(text));
    if (fingerprintOf(c.algorithm, Buffer.from(c.spki, 'base64')) !== c.fingerprint) throw new Error('fingerprint');
    return c;
  } catch {
    throw fault('SIG_FILE_INVALID', '公钥证书文件格式不正确，或其指纹与公钥不符（可能被改动），未导入。');
  }
}

export interface UnlockedKey {
  certificate: Certificate;
  sign(data: Uint8Array): Buffer;
}

/** The raw private key (SM2: 32 bytes; Ed25519: PKCS#8 DER) of a key file. A wrong passphrase says so. */
export function decryptPrivateKey(keyFileText: string, passphrase: string): { certificate: Certificate; priv: Buffer } {
  const kf = parseKeyFile(keyFileText);
  try {
    const d = crypto.createDecipheriv('aes-256-gcm', deriveKey(passphrase, Buffer.from(kf.kdf.salt, 'base64'), kf.kdf), Buffer.from(kf.cipher.iv, 'base64'));
    d.setAAD(Buffer.from(kf.certificate.fingerprint));
    d.setAuthTag(Buffer.from(kf.cipher.tag, 'base64'));
    return { certificate: kf.certificate, priv: Buffer.concat([d.update(Buffer.from(kf.encryptedPrivateKey, 'base64')), d.final()]) };
  } catch {
    throw fault('KEY_WRONG_PASSPHRASE');
  }
}

/** Decrypts the private key with the signer's passphrase. A wrong passphrase changes nothing and says so. */
export function unlockKey(keyFileText: string, passphrase: string): UnlockedKey {
  const { certificate: cert, priv } = decryptPrivateKey(keyFileText, passphrase);
  if (cert.algorithm === 'sm2') {
    const privHex = priv.toString('hex');
    const pubHex = sm2PublicHex(cert);
    return {
      certificate: cert,
      sign: (data) => Buffer.from(sm2.doSignature(data, privHex, { der: true, hash: true, publicKey: pubHex, userId: SM2_DEFAULT_ID }), 'hex'),
    };
  }
  const key = crypto.createPrivateKey({ key: priv, format: 'der', type: 'pkcs8' });
  return { certificate: cert, sign: (data) => crypto.sign(null, data, key) };
}

/** Checks a signature (DER for SM2, raw 64 bytes for Ed25519) over `data` with a certificate's public key. */
export function verifySignature(cert: Certificate, data: Uint8Array, signature: Uint8Array): boolean {
  try {
    if (cert.algorithm === 'sm2') {
      return sm2.doVerifySignature(data, Buffer.from(signature).toString('hex'), sm2PublicHex(cert), { der: true, hash: true, userId: SM2_DEFAULT_ID });
    }
    const key = crypto.createPublicKey({ key: Buffer.from(cert.spki, 'base64'), format: 'der', type: 'spki' });
    return crypto.verify(null, data, key, signature);
  } catch {
    return false;
  }
}

/** A short code printed beside each signature on the signature page: the first 8 hex digits of SM3(signature). */
export function verificationCode(signature: Uint8Array): string {
  return sm3(new Uint8Array(signature)).slice(0, 8).toUpperCase().replace(/(.{4})/, '$1-');
}
