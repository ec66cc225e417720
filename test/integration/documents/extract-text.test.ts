import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractFile } from '../../../main/docs/extract';
import { tempDir } from '../../helpers/tmp';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const write = (name: string, data: string | Buffer) => {
  const f = path.join(tmp.dir, name);
  fs.writeFileSync(f, data);
  return f;
};

describe('extract TXT and Markdown', () => {
  it('reads a UTF-8 TXT plan with Chinese numbering', async () => {
    const f = write('plan.txt', ['某市公共数据授权运营实施方案', '', '一、总体要求', '（一）指导思想', '坚持依法依规。', '1. 数据来源', '（1）政务数据', '二、运营机制', '产品和服务清单必须报批'].join('\r\n'));
    const doc = await extractFile(f);
    expect(doc.format).toBe('txt');
    expect(doc.title).toBe('某市公共数据授权运营实施方案');
    const heads = doc.blocks.filter((b) => b.kind === 'heading').map((b) => b.kind === 'heading' && `${b.level}${b.numbering}${b.text}`);
    expect(heads).toEqual(['1一、总体要求', '2（一）指导思想', '31.数据来源', '4（1）政务数据', '1二、运营机制']);
    const last = doc.blocks.at(-1)!;
    expect(last).toMatchObject({ kind: 'paragraph', text: '产品和服务清单必须报批' });
    expect(last.location.label).toBe('二、 第1段');
  });

  it('reads a GB18030 TXT (Windows "ANSI")', async () => {
    const gbk = Buffer.from([0xd2, 0xbb, 0xa1, 0xa2, 0xd7, 0xdc, 0xd4, 0xf2]); // 一、总则
    const doc = await extractFile(write('gbk.txt', gbk));
    expect(doc.blocks[0]).toMatchObject({ kind: 'heading', numbering: '一、', text: '总则' });
  });

  it('reads Markdown headings, tables and wrapped paragraphs', async () => {
    const md = ['# 授权运营协议', '', '## 第一章 总则', '', '第一条 为规范公共数据授权运营，', '根据有关规定，制定本协议。', '', '## 第二章 费用', '', '| 产品 | 价格 |', '|---|---|', '| 核验 | 0.1元/次 |', '', '- 产品和服务清单必须报批'].join('\n');
    const doc = await extractFile(write('a.md', md));
    expect(doc.format).toBe('md');
    const heads = doc.blocks.filter((b) => b.kind === 'heading').map((b) => b.kind === 'heading' && [b.level, b.numbering, b.text]);
    // "# 授权运营协议" opening the file is the document's title, not a chapter.
    expect(doc.title).toBe('授权运营协议');
    expect(heads).toEqual([[1, '第一章', '总则'], [2, '第一条', ''], [1, '第二章', '费用']]);
    expect(doc.blocks.filter((b) => b.kind === 'paragraph')[1]).toMatchObject({ text: '为规范公共数据授权运营，根据有关规定，制定本协议。' });
    expect(doc.blocks.find((b) => b.kind === 'table')).toMatchObject({ rows: [['产品', '价格'], ['核验', '0.1元/次']] });
  });
});

describe('extract PDF paragraphs', () => {
  it('joins wrapped lines into one paragraph and starts a new one at each indent', async () => {
    const { planPdf, bigSections, filler } = await import('../../fixtures/documents/make');
    const f = write('wrapped.pdf', await planPdf(bigSections(2, 3)));
    const doc = await extractFile(f);
    const paras = doc.blocks.filter((b) => b.kind === 'paragraph' && b.text.startsWith('第'));
    // Each filler paragraph spans about three lines on A4 at 12 pt; each must come back whole.
    expect(paras.map((p) => p.kind === 'paragraph' && p.text)).toEqual([filler(100), filler(101), filler(102), filler(200), filler(201), filler(202)]);
    expect(paras[0].location.headingPath).toEqual(['一、', '（一）']);
    expect(paras[4].location.label).toMatch(/^第\d页 二、（一） 第2段$/);
  });
});
