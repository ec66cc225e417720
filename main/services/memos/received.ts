import { fault } from '../../../shared/api/errors';
import type { VerifyResult } from '../../../shared/memo/signing';
import { parseBundle, splitSignedPdf, verifyBundle } from './bundle';
import type { Certificate } from './keys';

/**
 * A memo PDF someone hands over (a USB stick, mail), checked before it goes into a packet: the signatures appended to
 * it or in a separate .rdsig.json, against the open case's registered keys when a case is open (else only against the
 * certificates that travel with the signatures), and whether anything was appended after signing.
 */
export function verifyReceived(file: Buffer, sigFile: Buffer | null, trusted?: Certificate[]): { result: VerifyResult; memoId: string } {
  const { pdf, bundle, appended } = splitSignedPdf(file);
  // Not a PDF (PDF 1.7 §7.5.2: the header within the first 1024 bytes), unless it carries our signatures: a signed
  // memo whose first bytes were changed is a tampered memo, and its signatures say so.
  if (!bundle && !file.subarray(0, 1024).includes('%PDF-')) throw fault('MEMO_FILE_NOT_PDF');
  const b = sigFile ? parseBundle(sigFile) : bundle;
  if (!b) throw fault('MEMO_PDF_UNSIGNED');
  const r = verifyBundle(pdf, b, trusted, sigFile ? 'file' : 'pdf');
  return { result: { ...r, appendedAfterSigning: appended, allValid: r.allValid && !appended }, memoId: b.memo.memoId };
}
