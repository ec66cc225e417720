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

describe('extract a TXT copied out of a PDF', () => {
  // What a user gets copying a published PDF into Notepad: every line broken at the page's width, each page's running
  // head and "— N —" number between the lines, sentences cut across pages.
  const paras = [
    '　　为规范全市医保结算公共数据授权运营工作，根据《中华人民共和国数据安全法》和有关规定，结合本市实际，制定本方案。',
    '一、总体要求',
    '　　坚持安全可控、合规利用，严格落实原始数据不出域要求。授权运营期限自协议签订之日起18个月；期满经评估合格的，转入运营期24个月。',
    '二、数据范围',
    '　　授权数据包括医保结算汇总数据、定点机构目录和药品耗材挂网价格，涉及个人的数据项在提供单位侧完成去标识化后进入专区。',
    '三、产品和服务',
    '　　面向医保部门提供基金运行监测、异常结算预警等公共治理类产品，无偿提供；面向商业保险机构提供的理赔核验服务，执行政府指导价，收费标准报市发展改革委核定。',
    '　　运营机构不得向任何单位提供参保人员逐条结算记录，不得输出可还原个人信息的模型参数，所有计算在平台专区内完成并留存日志。',
  ];
  /** Breaks a paragraph at a print width of 24, as the PDF did. */
  const wrap = (p: string) => {
    const out: string[] = [];
    for (let i = 0; i < p.length; i += 24) out.push(p.slice(i, i + 24));
    return out;
  };
  const head = '某市医保结算公共数据授权运营实施方案（征求意见稿）';

  it('joins the broken lines into their paragraphs and drops the page numbers and running heads', async () => {
    const lines = paras.flatMap(wrap);
    // Page breaks in the middle of a sentence (after the 4th and 9th lines), with a bare number at the second.
    const page = (n: string) => ['', n, '', head, ''];
    const text = [...lines.slice(0, 4), ...page('— 1 —'), ...lines.slice(4, 9), ...page('2'), ...lines.slice(9)].join('\r\n');
    const doc = await extractFile(write('copied.txt', text));
    const said = doc.blocks.map((b) => (b.kind === 'heading' ? `${b.numbering}${b.text}` : b.kind === 'paragraph' ? b.text : ''));
    expect(said).toEqual(paras.map((p) => p.replace(/^\u3000+/, '')));
    expect(said.join('')).not.toContain('征求意见稿');
  });

  it('leaves a file written a paragraph per line as it is, even where lines happen to be as long', async () => {
    const lines = ['一、数据范围', ...Array.from({ length: 10 }, (_, i) => `第${i + 1}项数据由提供单位按月更新并对质量负责${i % 2 ? "。" : "；"}`), '二、期限', '授权期限为三年。'];
    const doc = await extractFile(write('lines.txt', lines.join('\n')));
    expect(doc.blocks.filter((b) => b.kind === 'paragraph')).toHaveLength(11);
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
