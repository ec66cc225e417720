import crypto from 'node:crypto';
import { z } from 'zod';
import { fault } from '../../../shared/api/errors';
import { DECISIONS, SignedDataSchema, type VerifyResult } from '../../../shared/memo/signing';
import { CertificateSchema, fingerprintOf, verifySignature, type Certificate } from './keys';

/**
 * The signatures of one memo version, as a file beside the PDF (`.rdsig.json`) or appended to the PDF after its last
 * %%EOF as a comment line. Appending keeps every original byte, so the signed digest still covers exactly the fixed
 * PDF, and PDF readers ignore the trailing comment.
 */
export const BundleSchema = z.object({
  format: z.literal('review-desk-signatures/1'),
  /**
   * `pdfBytes`: the length of the signed PDF when a display update follows it in the file (the filled 签字表 as a PDF
   * incremental update); the signatures cover those first bytes only.
   */
  memo: z.object({ memoId: z.string(), version: z.number().int(), title: z.string(), pdfSha256: z.string(), pdfBytes: z.number().int().positive().optional() }),
  certificates: z.array(CertificateSchema),
  signatures: z.array(z.object({ signedData: z.string(), signature: z.string() })),
});
export type Bundle = z.output<typeof BundleSchema>;

const MARKER = Buffer.from('\n%RD-SIGNATURES ');

export function appendBundle(pdf: Uint8Array, bundle: Bundle): Buffer {
  const head = Buffer.from(pdf);
  // Readers look for startxref within the last 1 KB: repeat the PDF's last one after the (long) signature comment.
  const last = /startxref\s+(\d+)\s*%%EOF\s*$/.exec(head.subarray(Math.max(0, head.length - 1024)).toString('latin1'));
  const tail = last ? `\nstartxref\n${last[1]}\n%%EOF\n` : '\n%%EOF\n';
  return Buffer.concat([head, MARKER, Buffer.from(Buffer.from(JSON.stringify(bundle)).toString('base64')), Buffer.from(tail)]);
}

export function parseBundle(text: string | Buffer): Bundle {
  try {
    return BundleSchema.parse(JSON.parse(text.toString()));
  } catch {
    throw fault('SIG_FILE_INVALID');
  }
}

/**
 * Splits a signed PDF into the fixed PDF bytes and its bundle (null when none is appended). `appended`: something
 * other than the repeated startxref follows the signatures — a PDF editor that saves changes adds them there, and a
 * reader shows the changed document while the signed bytes before it still verify.
 */
export function splitSignedPdf(file: Buffer): { pdf: Buffer; bundle: Bundle | null; appended: boolean } {
  const at = file.lastIndexOf(MARKER);
  if (at < 0) return { pdf: file, bundle: null, appended: false };
  const end = file.indexOf('\n', at + MARKER.length);
  const b64 = file.subarray(at + MARKER.length, end < 0 ? file.length : end).toString('latin1');
  if (!/^[A-Za-z0-9+/=]+$/.test(b64)) throw fault('SIG_FILE_INVALID', 'PDF 中附带的签名信息已损坏（可能被改动），无法校验。');
  const bundle = parseBundle(Buffer.from(b64, 'base64'));
  const len = bundle.memo.pdfBytes && bundle.memo.pdfBytes <= at ? bundle.memo.pdfBytes : at;
  const tail = end < 0 ? '' : file.subarray(end).toString('latin1');
  return { pdf: file.subarray(0, len), bundle, appended: tail !== '' && !/^\s*(startxref\s+\d+\s*)?%%EOF\s*$/.test(tail) };
}

/**
 * Checks every signature of a bundle against the PDF bytes. `trusted`, when given (the case's registered keys),
 * decides which keys are known; otherwise the certificates carried in the bundle are used, each checked against its
 * own fingerprint.
 */
export function verifyBundle(pdf: Buffer, bundle: Bundle, trusted?: Certificate[], from: VerifyResult['signaturesFrom'] = 'case'): VerifyResult {
  const pdfSha256 = crypto.createHash('sha256').update(pdf).digest('hex');
  const certs = new Map<string, Certificate>();
  for (const c of trusted ?? bundle.certificates) {
    if (fingerprintOf(c.algorithm, Buffer.from(c.spki, 'base64')) === c.fingerprint) certs.set(c.fingerprint, c);
  }
  const items = bundle.signatures.map((s) => {
    let data;
    try {
      data = SignedDataSchema.parse(JSON.parse(s.signedData));
    } catch {
      return { signer: '（无法读取）', fingerprint: '', algorithm: '', signedAt: '', decision: '', valid: false, reason: '签名内容已损坏或被改动', problem: 'unreadable' as const };
    }
    const base = {
      signer: `${data.signer.name}${data.signer.unit ? `（${data.signer.unit}）` : ''}`,
      fingerprint: data.signer.fingerprint,
      algorithm: data.signer.algorithm === 'sm2' ? 'SM2/SM3' : 'Ed25519',
      signedAt: data.signedAt,
      decision: DECISIONS[data.decision] + (data.reasons ? `：${data.reasons}` : ''),
    };
    const cert = certs.get(data.signer.fingerprint);
    if (!cert) return { ...base, valid: false, reason: trusted ? '未知密钥：签名密钥不是本案卷登记的成员密钥' : '未知密钥：签名文件中没有该密钥的证书', problem: 'unknownKey' as const };
    if (!verifySignature(cert, Buffer.from(s.signedData, 'utf8'), Buffer.from(s.signature, 'base64'))) {
      return { ...base, valid: false, reason: '签名已改动：签名值与签署内容不符', problem: 'signature' as const };
    }
    if (data.pdfSha256 !== pdfSha256) return { ...base, valid: false, reason: '内容已改动：PDF 与签署时的文件不一致', problem: 'content' as const };
    return { ...base, valid: true, reason: '', problem: '' as const };
  });
  return {
    title: bundle.memo.title, version: bundle.memo.version, pdfSha256, allValid: items.length > 0 && items.every((i) => i.valid), items,
    signedPdfSha256: bundle.memo.pdfSha256, signaturesFrom: from, keysFrom: trusted ? 'case' : 'file', appendedAfterSigning: false, caseMemo: null,
  };
}
