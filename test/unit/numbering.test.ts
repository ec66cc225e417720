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
});
