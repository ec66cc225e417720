import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderDocument } from '../../main/docs/render';
import { VERIFY_COMMAND } from '../../main/services/memos/index';
import type { PrintDoc } from '../../shared/memo/model';
import { ROOT } from '../helpers/built';
import { tempDir } from '../helpers/tmp';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

/** A 签署页 like MemoService.signaturePageDoc's, with `n` signers: more signers push the note down the pages. */
function signaturePage(n: number): PrintDoc {
  const rows = Array.from({ length: n }, (_, i) => [String(i + 1), `委员${i + 1}\n某某单位`, '同意', '2026年12月1日 10:00', 'SM2/SM3', `AB12 CD34 EF56 7890 AB12 CD34 EF56 7890\n校验码 12${i}`]);
  return {
    title: '评审意见书签署页',
    blocks: [
      { kind: 'paragraph', text: '文件：关于某某数据授权运营方案的评审意见（第1版）', align: 'left' },
      { kind: 'table', caption: '签字表（电子签名）', header: [['序号', '签署人及单位', '意见', '签署时间（北京时间）', '算法', '密钥指纹']], rows, widths: [0.7, 2.2, 2.7, 2.4, 2.1, 5.5] },
      { kind: 'paragraph', keepTogether: true, runs: [{ text: '校验方法：在评审台中打开本案卷校验，或运行 ' }, { text: VERIFY_COMMAND, keep: true }, { text: '。任何一处改动都会使签名校验失败。' }] },
    ],
  };
}

const pages = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f');

describe('the 签署页 verification note', () => {
  it('prints the verify command whole, on one line of one page, wherever the signers table ends', async () => {
    let crossed = 0;
    for (let n = 12; n <= 22; n++) {
      const file = path.join(tmp.dir, `sig-${n}.pdf`);
      fs.writeFileSync(file, await renderDocument({ format: 'pdf', doc: signaturePage(n), templatesDir: path.join(ROOT, 'templates') }));
      const text = pages(file);
      const withCommand = text.filter((p) => p.includes(VERIFY_COMMAND));
      expect(withCommand, `${n} signers`).toHaveLength(1);
      // The whole note on that page: from 校验方法 to its last words.
      expect(withCommand[0]).toContain('校验方法');
      expect(withCommand[0].replace(/\s/g, '')).toContain('任何一处改动都会使签名校验失败。');
      if (text.filter((p) => p.trim()).length > 1) crossed++;
    }
    // The range of signers spans a page break, so the note met the foot of a page at least once.
    expect(crossed).toBeGreaterThan(0);
  }, 300_000);
});
