import type { Decision } from '../../../shared/memo/signing';

export interface MemoSummary {
  memoId: string;
  memoType: string;
  label: string;
  version: number;
  title: string;
  /** The title of the document the memo is about, as confirmed before generating. */
  subject: string;
  status: 'draft' | 'locked' | 'superseded';
  pdfSha256: string;
  createdAt: string;
  fallbackFonts: string;
  /** What this version lacks for signing (a 专家论证意见 with no expert verdict): signing is refused while it stands. */
  cautions: string[];
  /** Members who do not sign and why (a recused member: 已回避): never a missing signature. */
  notSigning: { memberId: string; name: string; reason: string }[];
  signatures: { memberId: string; name: string; decision: Decision; reasons: string; signedAt: string; fingerprint: string; code: string }[];
}
