import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { spkiPem, type Certificate } from '../../main/services/memos/keys';

/** `openssl pkeyutl -verify` over the files opensslVerifySm2 writes; run again in the same folder after tampering. */
export const OPENSSL_SM2_VERIFY = ['pkeyutl', '-verify', '-pubin', '-inkey', 'pub.pem', '-rawin', '-in', 'data.bin', '-sigfile', 'sig.der', '-digest', 'sm3', '-pkeyopt', 'distid:1234567812345678'];

/**
 * Verifies an SM2/SM3 signature with OpenSSL alone, as an outside auditor would: writes pub.pem, sig.der and data.bin
 * into `dir` (created) and returns OpenSSL's output. OpenSSL 3.0 needs the GB/T 35276 default ID spelled out.
 */
export function opensslVerifySm2(dir: string, cert: Certificate, signedData: string, signatureB64: string): string {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'pub.pem'), spkiPem(cert));
  fs.writeFileSync(path.join(dir, 'sig.der'), Buffer.from(signatureB64, 'base64'));
  fs.writeFileSync(path.join(dir, 'data.bin'), signedData);
  return execFileSync('openssl', OPENSSL_SM2_VERIFY, { cwd: dir, encoding: 'utf8' });
}
