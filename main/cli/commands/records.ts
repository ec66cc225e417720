import fs from 'node:fs';
import path from 'node:path';
import type { CliCommand } from '../command';

/** `records CASEFILE`: every signed 回避声明, verdict set and score sheet, each checked; exit 1 if any fails. */
export const recordsVerify: CliCommand = {
  path: ['records', 'verify'],
  usage: 'records verify CASEFILE [--export DIR]',
  summary: '逐份校验专家签署的回避声明、审查意见和评分表（任何一份不通过时退出码为 1）',
  // --export writes each record's signed text, DER signature and public key, for checking with OpenSSL 3.
  options: { export: { type: 'string' } },
  async run(ctx, { values, positionals }) {
    const c = await ctx.openCase(positionals[0]);
    try {
      const { records } = await ctx.call('experts.records', { caseId: c.caseId });
      const bad = records.filter((r) => !r.valid);
      const dir = values.export ? path.resolve(values.export as string) : null;
      if (dir) {
        for (const f of (await ctx.services()).expertRecords.files(c.caseId)) {
          const d = path.join(dir, f.recordId);
          fs.mkdirSync(d, { recursive: true });
          fs.writeFileSync(path.join(d, 'signed.json'), f.signedText);
          fs.writeFileSync(path.join(d, 'signature.der'), f.signature);
          fs.writeFileSync(path.join(d, 'public.pem'), f.publicKeyPem);
        }
      }
      ctx.out({ records, valid: bad.length === 0 }, () =>
        [
          records.length ? `共 ${records.length} 份签署记录：` : '本案卷没有专家签署记录。',
          ...records.map((r) => `  ${r.valid ? '✓' : '✗'} ${r.signedAt}  ${r.memberName}  ${r.kindLabel}  SM3 ${r.digest.slice(0, 16).toUpperCase()}  操作人 ${r.operator}${r.supersededBy ? '（已被新提交取代）' : ''}${r.problem ? `\n      ${r.problem}` : ''}`),
          bad.length ? `有 ${bad.length} 份校验失败。` : records.length ? '全部签名有效。' : '',
          dir ? `已导出到 ${dir}，可用 OpenSSL 3 独立校验：openssl pkeyutl -verify -pubin -inkey public.pem -rawin -in signed.json -sigfile signature.der -digest sm3 -pkeyopt distid:1234567812345678` : '',
        ].filter(Boolean).join('\n'),
      );
      return bad.length ? 1 : 0;
    } finally {
      await ctx.call('cases.close', { caseId: c.caseId });
    }
  },
};
