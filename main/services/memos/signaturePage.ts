import type { Member } from '../../../shared/domain/committee';
import { chineseDateTime, type PrintDoc } from '../../../shared/memo/model';
import type { Certificate } from './keys';
import type { MemoSummary } from './summary';

/** What a reader of a signed memo runs to verify it (printed on the 签署页). */
export const VERIFY_COMMAND = 'review-desk verify 文件.pdf';

/**
 * The filled 签字表: every committee member with unit, 同意 or 不同意见 with its reason, the local time they signed,
 * the algorithm and the full key fingerprint (and a short verification code), then how to verify.
 */
export function signaturePage(m: MemoSummary, certificates: Certificate[], members: Pick<Member, 'memberId' | 'name' | 'unit'>[], tableTitle: string, notSigning = new Map<string, string>()): PrintDoc {
  const certs = new Map(certificates.map((c) => [c.fingerprint, c]));
  const signed = new Map(m.signatures.map((s) => [s.memberId, s]));
  const people = [...members.map((x) => ({ memberId: x.memberId, name: x.name, unit: x.unit })), ...m.signatures.filter((s) => !members.some((x) => x.memberId === s.memberId)).map((s) => ({ memberId: s.memberId, name: s.name, unit: '' }))];
  const rows = people.map((p, i) => {
    const s = signed.get(p.memberId);
    const c = s ? certs.get(s.fingerprint) : undefined;
    const unit = c?.unit || p.unit;
    // A member who recused is not a missing signature: the page says why they do not sign.
    const away = notSigning.get(p.memberId);
    if (!s) return [String(i + 1), p.name + (unit ? `\n${unit}` : ''), away ? `${away}，不参加评审，无需签署` : '未签署', '—', '—', '—'];
    return [
      String(i + 1),
      s.name + (unit ? `\n${unit}` : ''),
      s.decision === 'dissent' ? `不同意见。理由：${s.reasons}` : s.decision === 'refused' ? '拒绝签字且未说明理由，视为同意' : '同意',
      chineseDateTime(s.signedAt),
      c ? (c.algorithm === 'sm2' ? 'SM2/SM3' : 'Ed25519') : '—',
      s.fingerprint ? `${s.fingerprint}\n校验码 ${s.code}` : '—',
    ];
  });
  return {
    title: `${m.label}签署页`,
    blocks: [
      { kind: 'paragraph', text: `文件：${m.title.replace(/\n/g, '')}（第${m.version}版）`, align: 'left' },
      { kind: 'paragraph', text: `文件 SHA-256：${m.pdfSha256}`, align: 'left' },
      { kind: 'table', caption: `${tableTitle}（电子签名）`, header: [['序号', '签署人及单位', '意见', '签署时间（北京时间）', '算法', '密钥指纹']], rows, widths: [0.7, 2.2, 2.7, 2.4, 2.1, 5.5] },
      // The command a reader types stays whole and the note on one page (it was seen split "review- / desk verify").
      {
        kind: 'paragraph',
        keepTogether: true,
        runs: [{ text: '校验方法：在评审台中打开本案卷校验，或运行 ' }, { text: VERIFY_COMMAND, keep: true }, { text: '。任何一处改动都会使签名校验失败。' }],
      },
    ],
    meta: { subject: '签署页' },
  };
}
