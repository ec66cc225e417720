import { chineseDateTime } from './model';
import type { VerifyItem, VerifyResult } from './signing';
import { oneLineTitle } from './titleLines';

/**
 * A signature check said in Chinese for the person holding the file (a panel secretary, the meeting office): who signed,
 * when, with which key, whether the PDF changed after signing, and — when something fails — what to do before the
 * memo goes into a packet. Used by the screens (ReceivedMemoCheck) and testable without them.
 */
export interface VerifyReport {
  tone: 'success' | 'warning' | 'error';
  headline: string;
  /** One line per signature. */
  signers: string[];
  /** What else was established (the PDF's integrity, the keys' origin, the case's version). */
  facts: string[];
  /** What to do, when there is something to do. */
  advice: string[];
}

const ADVICE: Record<Exclude<VerifyItem['problem'], ''>, string> = {
  content: '该 PDF 在签署后被改动过（哪怕只改了一个字节，签名即失效），不能作为已签署的意见书使用。请向发件人重新索取原件，或从案卷“意见书”页重新导出“已签署 PDF”；不要把这份文件放入会议材料。',
  signature: '签名值与签署内容不符：签名信息在签署后被改动或传递中损坏。请向发件人重新索取已签署 PDF 或签名文件。',
  unknownKey: '',
  unreadable: '签名信息已损坏，无法读取签署人。请向发件人重新索取已签署 PDF 或签名文件。',
};

const fp = (f: string) => (f ? `密钥指纹 ${f.slice(0, 19)}…` : '');

function signerLine(i: VerifyItem): string {
  const when = i.signedAt ? `${chineseDateTime(i.signedAt)}（北京时间）签署` : '';
  const parts = [when, [i.algorithm, fp(i.fingerprint)].filter(Boolean).join(' '), i.decision ? `意见：${i.decision}` : ''].filter(Boolean);
  return `${i.valid ? '有效' : '无效'}：${i.signer}${parts.length ? `，${parts.join('，')}` : ''}${i.valid ? '' : `（${i.reason}）`}`;
}

export function verifyReport(r: VerifyResult): VerifyReport {
  const facts: string[] = [];
  const advice: string[] = [];
  const memo = `《${oneLineTitle(r.title)}》第${r.version}版`;
  // A separate signature file that names another PDF: say that before blaming the PDF.
  const otherFile = r.signaturesFrom === 'file' && r.signedPdfSha256 !== '' && r.signedPdfSha256 !== r.pdfSha256;
  const contentChanged = r.items.some((i) => i.problem === 'content');

  if (!r.items.length) advice.push('该文件附带的签名信息中没有任何签名：意见书尚未签署。请向发件人索取签署后导出的“已签署 PDF”。');
  if (otherFile) {
    advice.push(`所选签名文件记录的是${memo}的签名，与所选 PDF 不对应：请确认两者是同一版本一同导出的。如 PDF 确是该版本，则 PDF 在签署后被改动，不能使用。`);
  } else if (contentChanged) {
    advice.push(ADVICE.content);
  }
  for (const p of ['signature', 'unreadable'] as const) if (r.items.some((i) => i.problem === p)) advice.push(ADVICE[p]);
  const unknown = r.items.filter((i) => i.problem === 'unknownKey').map((i) => i.signer);
  if (unknown.length) {
    advice.push(r.keysFrom === 'case'
      ? `${unknown.join('、')}的签名密钥不是本案卷登记的评审委员会成员密钥：请核对签署人是否本案成员、是否已更换密钥；确属本人的，请在“签名密钥”中登记其公钥证书后再校验。`
      : `签名文件中没有${unknown.join('、')}的公钥证书，无法核验：请向发件人索取完整的已签署 PDF 或签名文件。`);
  }
  if (r.appendedAfterSigning) {
    advice.push('签名之后文件末尾又被追加了内容（例如用 PDF 编辑器修改后保存）：阅读器显示的可能是改动后的内容，签名不能证明所见即所签。请向发件人重新索取原件，不要使用这份文件。');
  }

  if (r.items.length && !contentChanged && !otherFile && !r.appendedAfterSigning) facts.push('签署后 PDF 未被改动：文件内容与签署时逐字节一致（SHA-256 相符）。');
  else if (contentChanged || otherFile || r.appendedAfterSigning) facts.push('PDF 与签署时的文件不一致。');
  facts.push(r.signaturesFrom === 'file' ? '签名取自所选的签名文件（.rdsig.json）。' : r.signaturesFrom === 'pdf' ? '签名取自 PDF 文件本身附带的签名信息。' : '签名取自本案卷。');
  if (r.keysFrom === 'case') facts.push('签名密钥已与本案卷登记的评审委员会成员密钥核对。');
  else facts.push('未打开案卷，签名只与文件所附的公钥证书核对：这说明文件自签署后未被改动，但不能证明签署人身份。请把上面的密钥指纹与专家本人的密钥核对，或打开案卷后在“意见书”页再校验一次。');
  const c = r.caseMemo;
  if (c) {
    const status = c.status === 'superseded' ? '，该版本已被新版本取代，请使用最新版本' : '';
    facts.push(c.samePdf ? `与本案卷${c.label}第${c.version}版定稿一致${status}。` : `签名所指为本案卷${c.label}第${c.version}版，但所选 PDF 与该版定稿不同${status}。`);
    if (c.samePdf && c.signaturesInCase > r.items.length) facts.push(`本案卷中该版本已有 ${c.signaturesInCase} 人签署，这份文件只带 ${r.items.length} 个签名：它是较早导出的，请从“意见书”页重新导出已签署 PDF。`);
  }

  const tone = r.allValid ? (c?.status === 'superseded' || r.keysFrom === 'file' ? 'warning' : 'success') : 'error';
  const headline = r.allValid
    ? `${memo}：全部 ${r.items.length} 个签名有效，签署后未被改动`
    : r.items.length ? `${memo}：校验未通过，不能作为已签署的意见书使用` : `${memo}：没有签名`;
  return { tone, headline, signers: r.items.map(signerLine), facts, advice };
}
