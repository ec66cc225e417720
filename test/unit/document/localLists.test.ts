import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../shared/document/build';
import { markdownItems } from '../../../main/docs/text';
import { docFromText } from '../../helpers/reviewCorpus';
import type { ExtractedDocument } from '../../../shared/domain/document';

/**
 * A numbered list inside the text (an agreement's 鉴于 recitals, a 前言's goals, one paragraph's enumeration) is not
 * the level of the document's own headings: the first "一、" after recitals "（一）（二）" is not "（二）一、", and the
 * last recital does not run over the whole agreement. A list that IS the top level keeps its sections.
 */
const pathOf = (doc: ExtractedDocument, text: string) => {
  const b = doc.blocks.find((x) => 'text' in x && x.text.startsWith(text));
  if (!b) throw new Error(`no block ${text}`);
  return b.location.headingPath.join('');
};

describe('a numbered list inside the text is not the document’s level', () => {
  it('a TXT agreement whose 鉴于 recitals are numbered （一）（二）', () => {
    const doc = docFromText(
      [
        '某县文旅领域公共数据授权运营协议',
        '甲方：某县数据资源管理局',
        '乙方：某县数字文旅发展有限公司',
        '鉴于：',
        '（一）《某县文旅领域公共数据授权运营实施方案》已经县人民政府审议通过；',
        '（二）乙方经公开比选确定为该场景的运营机构。',
        '双方经协商一致，订立本协议。',
        '一、授权范围',
        '甲方授权乙方在“智慧景区客流分析”场景中运营授权数据。',
        '二、授权期限',
        '（一）授权期限为三年，自本协议生效之日起算。',
        '（二）期满前三个月，甲方组织评估，决定是否续签。',
        '三、数据安全',
        '乙方应当建立数据安全管理制度。',
      ].join('\n'),
    );
    expect(pathOf(doc, '乙方经公开比选')).toBe('（二）');
    expect(pathOf(doc, '甲方授权乙方')).toBe('一、');
    expect(pathOf(doc, '乙方应当建立')).toBe('三、');
    expect(pathOf(doc, '期满前三个月')).toBe('二、（二）');
    const heading = doc.blocks.find((b) => b.kind === 'heading' && b.text === '数据安全');
    expect(heading?.location.label).toBe('三、');
  });

  it('a DOCX-like Markdown plan whose 前言 enumerates its goals', () => {
    const md = [
      '# 某市交通运输领域公共数据授权运营实施方案',
      '**前言**',
      '为释放交通运输公共数据价值，到2027年底实现以下目标：',
      '1. 建成交通数据运营专区',
      '2. 上线数据产品不少于10个',
      '3. 培育本地数据商5家',
      '## 一、总体要求',
      '### （一）指导思想',
      '坚持统筹发展和安全，依法依规推进授权运营。',
      '### （二）运营原则',
      '1. 安全可控',
      '原始数据不出域，数据可用不可见。',
      '2. 公益优先',
      '公共治理和公益事业类产品无偿提供。',
      '## 二、运营机构',
      '由市政府指定的市属国有企业作为运营机构。',
    ].join('\n\n');
    const doc = buildDocument(markdownItems(md), { format: 'md', fileName: 'p.md' });
    expect(pathOf(doc, '上线数据产品')).toBe('2.');
    expect(pathOf(doc, '坚持统筹发展')).toBe('一、（一）');
    expect(pathOf(doc, '原始数据不出域')).toBe('一、（二）1.');
    expect(pathOf(doc, '由市政府指定')).toBe('二、');
  });

  it('near miss: the first numbered list is the document’s top level', () => {
    const doc = docFromText(
      [
        '某县公共数据授权运营实施方案',
        '1. 总体要求',
        '（一）指导思想',
        '坚持依法依规、安全可控。',
        '（二）工作目标',
        '到2027年，建成县级公共数据运营平台。',
        '2. 运营机构',
        '（一）选择条件',
        '运营机构应当具备数据安全保护能力。',
        '3. 保障措施',
        '县数据局负责统筹协调。',
      ].join('\n'),
    );
    expect(pathOf(doc, '坚持依法依规')).toBe('1.（一）');
    expect(pathOf(doc, '运营机构应当具备')).toBe('2.（一）');
    expect(pathOf(doc, '县数据局负责')).toBe('3.');
  });

  it('near miss: titled sub-items followed by a deeper list keep enclosing it', () => {
    const doc = docFromText(
      [
        '某县公共数据授权运营实施方案',
        '一、实施背景',
        '（一）现实需要',
        '农业经营主体融资难，需要数据支撑。',
        '（二）可行性',
        '1. 社会需求',
        '银行和保险机构有明确需求。',
        '2. 风险防控',
        '原始数据在专区内使用。',
        '二、运营机构',
        '（一）选择条件',
        '具备相应资质。',
      ].join('\n'),
    );
    expect(pathOf(doc, '银行和保险机构')).toBe('一、（二）1.');
    expect(pathOf(doc, '具备相应资质')).toBe('二、（一）');
  });
});
