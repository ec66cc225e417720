import { z } from 'zod';

/** What a signer says with their signature: 同意; 有不同意见 (with written reasons); 拒签 (recorded, no signature). */
export const DECISIONS = { agree: '同意', dissent: '有不同意见', refused: '拒绝签字（未说明理由）' } as const;
export type Decision = keyof typeof DECISIONS;

/**
 * The exact text each signer signs (UTF-8): the memo's identity, the SHA-256 of the fixed PDF and of its canonical
 * content, the signer and their decision. Keys in a fixed order so the bytes are reproducible.
 */
export const SignedDataSchema = z.object({
  format: z.literal('review-desk-signed/1'),
  memoId: z.string(),
  memoType: z.string(),
  version: z.number().int(),
  title: z.string(),
  pdfSha256: z.string(),
  contentSha256: z.string(),
  signer: z.object({ name: z.string(), unit: z.string(), fingerprint: z.string(), algorithm: z.enum(['sm2', 'ed25519']) }),
  decision: z.enum(['agree', 'dissent']),
  reasons: z.string(),
  signedAt: z.string(),
});
export type SignedData = z.output<typeof SignedDataSchema>;

export function canonicalSignedData(d: SignedData): string {
  const o: SignedData = {
    format: d.format, memoId: d.memoId, memoType: d.memoType, version: d.version, title: d.title,
    pdfSha256: d.pdfSha256, contentSha256: d.contentSha256,
    signer: { name: d.signer.name, unit: d.signer.unit, fingerprint: d.signer.fingerprint, algorithm: d.signer.algorithm },
    decision: d.decision, reasons: d.reasons, signedAt: d.signedAt,
  };
  return JSON.stringify(o);
}

export const VerifyItemSchema = z.object({
  signer: z.string(),
  fingerprint: z.string(),
  algorithm: z.string(),
  signedAt: z.string(),
  decision: z.string(),
  valid: z.boolean(),
  /** Chinese reason when invalid: 内容已改动 / 签名已改动 / 未知密钥. */
  reason: z.string(),
  /** The same as a code, for the advice shown with it (shared/memo/verifyReport.ts). */
  problem: z.enum(['', 'content', 'signature', 'unknownKey', 'unreadable']).default(''),
});
export type VerifyItem = z.output<typeof VerifyItemSchema>;

export const VerifyResultSchema = z.object({
  title: z.string(),
  version: z.number().int(),
  pdfSha256: z.string(),
  allValid: z.boolean(),
  items: z.array(VerifyItemSchema),
  /** The SHA-256 of the fixed PDF the signatures were made over, as the signature bundle names it. */
  signedPdfSha256: z.string().default(''),
  /** Where the signatures came from: appended to the PDF, a separate .rdsig.json, or the case itself. */
  signaturesFrom: z.enum(['pdf', 'file', 'case']).default('case'),
  /** Whose keys decided: the case's registered member keys, or only the certificates carried with the signatures. */
  keysFrom: z.enum(['case', 'file']).default('case'),
  /** Bytes follow the signatures (e.g. a PDF editor saved changes as an incremental update): readers show those. */
  appendedAfterSigning: z.boolean().default(false),
  /** The memo version of the open case the signatures name, when there is one. */
  caseMemo: z.object({ label: z.string(), version: z.number().int(), status: z.enum(['draft', 'locked', 'superseded']), samePdf: z.boolean(), signaturesInCase: z.number().int() }).nullable().default(null),
});
export type VerifyResult = z.output<typeof VerifyResultSchema>;

/** What replacing a member's signing key means, said wherever a user is asked to confirm it. */
export const REPLACE_KEY_MEANING =
  '替换后，原公钥仍保留在案卷中，已用原密钥签署的意见书和记录照常可以核验、不受影响；此后本案卷只接受新密钥签署，原密钥不能再签署或登录。';
