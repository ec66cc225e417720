import { describe, expect, it } from 'vitest';
import { wrapLines } from '../../main/docs/renderPdf';
import { buildMemoDoc, MemoTemplateSchema } from '../../shared/memo/template';
import { chineseDate, cnNumber } from '../../shared/memo/model';

const cjk = (cp: number) => (cp < 0x2e80 ? 0.5 : 1);

describe('line breaking for the 28-character grid', () => {
  it('fills 28 characters per line, the first line two characters in', () => {
    const lines = wrapLines('字'.repeat(60), cjk, 26, 28);
    expect(lines.map((l) => [...l].length)).toEqual([26, 28, 6]);
  });
  it('never starts a line with closing punctuation nor ends one with opening punctuation (禁则)', () => {
    const text = '甲'.repeat(27) + '，乙' + '丙'.repeat(26) + '《丁》';
    const lines = wrapLines(text, cjk, 28, 28);
    for (const l of lines.slice(1)) expect('，。、》）').not.toContain(l[0]);
    for (const l of lines.slice(0, -1)) expect('《（').not.toContain(l[l.length - 1]);
    expect(lines.join('')).toBe(text);
  });
  it('keeps a number on one line', () => {
    const lines = wrapLines('甲'.repeat(27) + '77.4分', cjk, 28, 28);
    expect(lines).toEqual(['甲'.repeat(27), '77.4分']);
  });
  it('counts half-width digits as half a character', () => {
    expect(wrapLines('2026'.repeat(14), cjk, 28, 28)).toHaveLength(1);
  });
  it('never splits a Latin word at its hyphen', () => {
    const lines = wrapLines('甲'.repeat(24) + 'review-desk', cjk, 28, 28);
    expect(lines).toEqual(['甲'.repeat(24), 'review-desk']);
  });
  it('moves a kept run (a command) down whole, spaces included', () => {
    const text = '甲'.repeat(20) + 'review-desk verify 文件.pdf。';
    const from = 20;
    const to = from + [...'review-desk verify 文件.pdf'].length;
    const lines = wrapLines(text, cjk, 28, 28, (i) => i > from && i < to);
    expect(lines).toEqual(['甲'.repeat(20), 'review-desk verify 文件.pdf。']);
  });
});

describe('memo templates', () => {
  const t = MemoTemplateSchema.parse({
    type: 't', label: '意见', caseTypes: ['plan_review'], title: '关于{{case.title}}的意见', signingBy: '专家组',
    sections: [
      { heading: '概况', paragraphs: ['共{{committee.count}}人。'] },
      { heading: '意见', content: ['review.opinion', 'input.opinion'], required: true },
      { heading: '修改意见', content: ['input.revisions'] },
    ],
  });
  const data = { values: { 'case.title': '某方案', 'committee.count': '5', date: '2026年1月2日' }, committee: [], sources: {} };
  it('names each missing required section', () => {
    expect(buildMemoDoc(t, data).missing).toEqual(['“意见”']);
  });
  it('takes the first non-empty source, fills placeholders, numbers headings and says 无 for empty optional sections', () => {
    const { doc, missing } = buildMemoDoc(t, { ...data, sources: { 'review.opinion': { paragraphs: ['  '] }, 'input.opinion': { paragraphs: ['同意。'] } } });
    expect(missing).toEqual([]);
    expect(doc.title).toBe('关于某方案的意见');
    expect(doc.blocks).toEqual([
      { kind: 'heading', level: 1, numbering: '一、', text: '概况' },
      { kind: 'paragraph', text: '共5人。' },
      { kind: 'heading', level: 1, numbering: '二、', text: '意见' },
      { kind: 'paragraph', text: '同意。' },
      { kind: 'heading', level: 1, numbering: '三、', text: '修改意见' },
      { kind: 'paragraph', text: '无。' },
    ]);
    expect(doc.signing).toEqual({ by: '专家组', date: '2026年1月2日' });
  });
  it('writes Chinese numbers and dates as official documents do', () => {
    expect([1, 10, 12, 20, 23].map(cnNumber)).toEqual(['一', '十', '十二', '二十', '二十三']);
    expect(chineseDate(new Date(2026, 0, 2))).toBe('2026年1月2日');
  });
});

describe('title lines (GB/T 9704: words whole, symmetric)', () => {
  it('breaks at word boundaries into even lines, never leaving 的 or closing punctuation at a line start', async () => {
    const { titleLines, cjkAdvance } = await import('../../shared/memo/titleLines');
    const lines = titleLines('关于《秦皇岛市公共数据资源授权运营实施方案》的\n专家论证意见', cjkAdvance, 20);
    expect(lines.join('')).toBe('关于《秦皇岛市公共数据资源授权运营实施方案》的专家论证意见');
    expect(lines.length).toBe(2);
    for (const l of lines) expect([...l].length).toBeLessThanOrEqual(20);
    expect(Math.abs([...lines[0]].length - [...lines[1]].length)).toBeLessThanOrEqual(4);
    expect(lines.join('|')).not.toMatch(/授\|权|资\|源|\|的|\|》/);
    expect(titleLines('关于《某方案》的\n意见', cjkAdvance, 20)).toEqual(['关于《某方案》的意见']);
  });
  it('pulls 禁则 characters down together: no line starts with "）》"', () => {
    const lines = wrapLines('甲'.repeat(24) + '（试行）》，乙', cjk, 28, 28);
    for (const l of lines.slice(1)) expect('，。、》）').not.toContain(l[0]);
  });
});
