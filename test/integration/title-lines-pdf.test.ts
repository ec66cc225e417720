import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { renderDocument } from '../../main/docs/render';
import { tempDir } from '../helpers/tmp';

const templatesDir = path.resolve('templates');
const tmp = tempDir();
afterAll(() => tmp.cleanup());

/** The title lines as printed: read back from the PDF with pdftotext, the rendered page looked at as PNG. */
it('prints long titles in whole words and domain terms, lines even, in the PDF a user gets', async () => {
  const cases: [string, string[]][] = [
    ['关于《秦皇岛市公共数据资源授权运营实施方案》的\n专家论证意见', ['授权运营', '公共数据资源', '实施方案']],
    ['关于《温州市公共数据授权运营协议（送审稿）》的\n协议审查意见', ['授权运营协议', '送审稿']],
    ['关于《张家口市数据和政务服务局公共数据资源授权运营年度评估报告》的\n评审报告', ['数据和政务服务局', '公共数据资源', '授权运营']],
  ];
  fs.mkdirSync('test-results/memos', { recursive: true });
  for (const [k, [title, terms]] of cases.entries()) {
    const pdf = await renderDocument({ format: 'pdf', templatesDir, doc: { title, blocks: [{ kind: 'paragraph', text: '正文。' }] } });
    const file = path.join(tmp.dir, `t${k}.pdf`);
    fs.writeFileSync(file, pdf);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', file, `test-results/memos/title-lines-${k}`]);
    const lines = execFileSync('pdftotext', ['-layout', '-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' }).split('\n').map((l) => l.trim()).filter(Boolean);
    const titleLines = lines.slice(0, lines.indexOf('正文。'));
    expect(titleLines.join('')).toBe(title.replace('\n', ''));
    expect(titleLines.length).toBeGreaterThan(1);
    for (const t of terms) expect(titleLines.some((l) => l.includes(t)), `${t} in ${titleLines.join(' / ')}`).toBe(true);
    for (const l of titleLines) expect(l).not.toMatch(/^的|^[》）]/);
    const lens = titleLines.map((l) => [...l].length);
    expect(Math.max(...lens) - Math.min(...lens)).toBeLessThanOrEqual(6);
  }
}, 120_000);
