import { describe, expect, it } from 'vitest';
import { HeadingLevels, chineseToNumber, numberingValue, parseNumbering, splitNumberedLine } from '../../shared/document/numbering';
import { buildDocument } from '../../shared/document/build';

describe('Chinese heading numbering', () => {
  it.each([
    ['第一章 总则', 'chapter', '第一章', '总则'],
    ['第十二节　数据安全', 'section', '第十二节', '数据安全'],
    ['第二十三条 授权运营单位应当……', 'article', '第二十三条', '授权运营单位应当……'],
    ['一、总体要求', 'cn', '一、', '总体要求'],
    ['十一、附则', 'cn', '十一、', '附则'],
    ['（二）运营期限', 'cn_paren', '（二）', '运营期限'],
    ['(三)收益分配', 'cn_paren', '(三)', '收益分配'],
    ['1. 数据来源', 'arabic', '1.', '数据来源'],
    ['2、产品清单', 'arabic', '2、', '产品清单'],
    ['12．附件', 'arabic', '12．', '附件'],
    ['（1）安全评估', 'arabic_paren', '（1）', '安全评估'],
    ['①数据脱敏', 'circled', '①', '数据脱敏'],
  ])('%s', (line, style, numbering, rest) => {
    expect(parseNumbering(line)).toEqual({ style, numbering, rest });
  });

  it.each(['产品和服务清单必须报批', '1.5亿元的投资', '2024.3 起施行', '第三方机构', '一是加强安全', '（注：见附件）', '十分重要'])('"%s" is not numbered', (line) => {
    expect(parseNumbering(line)).toBeNull();
  });

  it('reads values of numerals', () => {
    expect(chineseToNumber('十二')).toBe(12);
    expect(chineseToNumber('二十三')).toBe(23);
    expect(chineseToNumber('一百零五')).toBe(105);
    expect(numberingValue('（十二）')).toBe(12);
    expect(numberingValue('第三十条')).toBe(30);
    expect(numberingValue('③')).toBe(3);
    expect(numberingValue('（4）')).toBe(4);
  });

  it('splits a heading run into its paragraph', () => {
    expect(splitNumberedLine('（一）总体要求。坚持安全与发展并重，依法依规开展授权运营。')).toEqual({
      numbering: '（一）', style: 'cn_paren', title: '总体要求', body: '坚持安全与发展并重，依法依规开展授权运营。',
    });
    expect(splitNumberedLine('第五条 授权运营单位应当建立数据安全管理制度，明确责任人，定期开展风险评估并报告。')).toMatchObject({
      numbering: '第五条', title: '', body: '授权运营单位应当建立数据安全管理制度，明确责任人，定期开展风险评估并报告。',
    });
    expect(splitNumberedLine('二、主要内容')).toMatchObject({ title: '主要内容', body: '' });
    expect(splitNumberedLine('产品和服务清单必须报批')).toBeNull();
  });

  it('keeps a short article that sets a rule or takes effect as text, with its 。; a heading name with a 。 stays a name', () => {
    // Printed as a heading, "第三十条 本协议自签订之日起生效。" lost its 。 and went bold in the packet.
    expect(splitNumberedLine('第三十条 本协议自签订之日起生效。')).toMatchObject({ title: '', body: '本协议自签订之日起生效。' });
    expect(splitNumberedLine('第二条 授权运营应当依场景授权。')).toMatchObject({ title: '', body: '授权运营应当依场景授权。' });
    expect(splitNumberedLine('（一）本协议的变更须经双方书面同意。')).toMatchObject({ title: '', body: '本协议的变更须经双方书面同意。' });
    expect(splitNumberedLine('第九条 乙方不得转授权。')).toMatchObject({ title: '', body: '乙方不得转授权。' });
    for (const name of ['（二）应急处置。', '一、适用范围。', '（三）须知事项。', '（一）坚持安全可控。']) expect(splitNumberedLine(name)).toMatchObject({ body: '' });
  });

  it('assigns levels by order of appearance', () => {
    const l = new HeadingLevels();
    expect(l.push('cn', '一、')).toBe(1);
    expect(l.push('cn_paren', '（一）')).toBe(2);
    expect(l.push('arabic', '1.')).toBe(3);
    expect(l.path()).toEqual(['一、', '（一）', '1.']);
    expect(l.push('arabic', '2.')).toBe(3);
    expect(l.push('cn', '二、')).toBe(1);
    expect(l.path()).toEqual(['二、']);
    // A document that starts at （一） has it as level 1.
    const k = new HeadingLevels();
    expect(k.push('cn_paren', '（一）')).toBe(1);
    expect(k.push('arabic_paren', '（1）')).toBe(2);
  });

  it('builds blocks with locations', () => {
    const doc = buildDocument(
      [
        { kind: 'text', text: '某市公共数据授权运营实施方案' },
        { kind: 'text', text: '一、总体要求' },
        { kind: 'text', text: '（一）指导思想。坚持依法依规。' },
        { kind: 'text', text: '产品和服务清单必须报批' },
        { kind: 'table', rows: [['产品', '价格'], ['数据核验', '0.1元/次']] },
        { kind: 'text', text: '二、运营机制' },
        { kind: 'text', text: '正文。', page: 3 },
      ],
      { format: 'txt', fileName: 'x.txt' },
    );
    expect(doc.title).toBe('某市公共数据授权运营实施方案');
    const heads = doc.blocks.filter((b) => b.kind === 'heading');
    expect(heads.map((h) => [h.numbering, h.level, h.text])).toEqual([['一、', 1, '总体要求'], ['（一）', 2, '指导思想'], ['二、', 1, '运营机制']]);
    const p = doc.blocks.find((b) => b.kind === 'paragraph' && b.text === '产品和服务清单必须报批')!;
    expect(p.location.headingPath).toEqual(['一、', '（一）']);
    expect(p.location.paragraphInSection).toBe(2);
    expect(p.location.label).toBe('一、（一） 第2段');
    expect(doc.blocks.find((b) => b.kind === 'table')!.location.label).toBe('一、（一） 第3段');
    expect(doc.blocks.at(-1)!.location.label).toBe('第3页 二、 第1段');
    doc.blocks.forEach((b, i) => expect(b.location.blockIndex).toBe(i));
  });

  it('reads 第N部分 and 第N篇 as divisions above what they contain', () => {
    expect(parseNumbering('第三部分　产品和服务')).toEqual({ style: 'part', numbering: '第三部分', rest: '产品和服务' });
    expect(parseNumbering('第二篇 实施计划')).toEqual({ style: 'part', numbering: '第二篇', rest: '实施计划' });
    const doc = buildDocument(
      [
        { kind: 'text', text: '某区医疗健康数据运营协议' },
        { kind: 'text', text: '一、签约依据' },
        { kind: 'text', text: '第一部分　运营内容' },
        { kind: 'text', text: '1. 甲方同意乙方在医保结算场景下开展运营，数据范围见附件一。' },
        { kind: 'text', text: '2. 乙方按季度报送运营情况。' },
        { kind: 'text', text: '第二部分　期限' },
        { kind: 'text', text: '期限为两年。' },
        { kind: 'text', text: '第三章 附则' },
        { kind: 'text', text: '（一）生效' },
      ],
      { format: 'txt', fileName: 'x.txt' },
    );
    const heads = doc.blocks.filter((b) => b.kind === 'heading');
    // "一、" before the first part does not make the parts its children; "1." sits under its part; a chapter is under a part.
    // An item that states what a party does ("2. 乙方按季度报送运营情况。") is text under its number, not a name.
    expect(heads.map((h) => [h.numbering, h.level, h.text])).toEqual([
      ['一、', 1, '签约依据'], ['第一部分', 1, '运营内容'], ['1.', 2, ''], ['2.', 2, ''], ['第二部分', 1, '期限'], ['第三章', 2, '附则'], ['（一）', 3, '生效'],
    ]);
    const term = doc.blocks.find((b) => b.kind === 'paragraph' && b.text === '期限为两年。')!;
    expect(term.location.headingPath).toEqual(['第二部分']);
    // A chapter closes what is below it, not a larger division: the stack stays part > chapter.
    const l = new HeadingLevels();
    expect(l.push('cn', '一、')).toBe(1);
    expect(l.push('chapter', '第一章')).toBe(1);
    expect(l.push('section', '第一节')).toBe(2);
    expect(l.push('part', '第二部分')).toBe(1);
    expect(l.push('chapter', '第二章')).toBe(2);
  });

  it('attaches a number alone on its line to the line that follows; never an empty heading', () => {
    const doc = buildDocument(
      [
        { kind: 'text', text: '某县交通数据运营方案' },
        { kind: 'text', text: '一、' },
        { kind: 'text', text: '工作目标' },
        { kind: 'text', text: '1.' },
        { kind: 'text', text: '建成县级运营专区。' },
        { kind: 'text', text: '2．' },
        { kind: 'text', text: '（1）' },
        { kind: 'text', text: '公交客流分析' },
        { kind: 'text', text: '3、' },
        { kind: 'table', rows: [['产品', '用途']] },
      ],
      { format: 'txt', fileName: 'y.txt' },
    );
    const heads = doc.blocks.filter((b) => b.kind === 'heading');
    expect(heads.map((h) => [h.numbering, h.text])).toEqual([['一、', '工作目标'], ['1.', '建成县级运营专区'], ['（1）', '公交客流分析']]);
    // A number with nothing to attach to (two numbers in a row, or before a table) stays a line of text, not a heading.
    const paras = doc.blocks.filter((b) => b.kind === 'paragraph').map((b) => (b as { text: string }).text);
    expect(paras).toContain('2．');
    expect(paras).toContain('3、');
  });
});
