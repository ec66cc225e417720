import { describe, expect, it } from 'vitest';
import { docFromText } from '../../helpers/reviewCorpus';
import { readDocument } from '../../../shared/review/sections';
import { holdsRawData } from '../../../shared/review/definitions';
import { holderOf, isRealControl, widensOperator } from '../../../shared/review/redlines/actors';

/** The document glossary (definitions.ts) and the classes of holders (actors.ts), on text written for the test. */
const glossary = (...lines: string[]) => readDocument(docFromText(['某市公共数据授权运营协议', ...lines].join('\n'))).glossary;

describe('the document glossary', () => {
  it('finds every item of a 用语含义 list, 所称, 以下简称 and a term folded in by 视为', () => {
    const g = glossary(
      '第一条 本协议下列用语的含义：（一）“明细包”是指保留逐条记录、仅对姓名作掩码处理的数据集；（二）“成果”是指报告和指数。明细包视为成果。',
      '第二条 某某数据科技有限公司（以下简称“项目公司”）由乙方出资设立。',
      '第三条 本协议所称运营单位，包括乙方及项目公司。',
    );
    expect(g.definitions.map((d) => `${d.how}:${d.term}`)).toEqual(
      expect.arrayContaining(['means:明细包', 'means:成果', 'deemed:成果', 'short:项目公司', 'includes:运营单位']),
    );
    expect(g.meaning('项目公司')).toBe('某某数据科技有限公司');
    expect(g.meaning('成果')).toContain('掩码');
    expect(g.rawTerms).toEqual(expect.arrayContaining(['明细包', '成果']));
    expect(g.used('乙方可以交付成果').map((d) => d.term)).toContain('成果');
  });
  it('does not read a statement of content or 含义 itself as a definition', () => {
    const g = glossary('第一条 本协议下列用语的含义如下。', '第二条 甲方每年组织评价。评价内容包括产品质量和数据安全。');
    expect(g.definitions).toEqual([]);
  });
  it('reads raw data in a meaning by what it holds', () => {
    expect(holdsRawData('对原始数据进行字段重命名、格式转换后形成的数据')).toBe(true);
    expect(holdsRawData('由原始记录随机抽取形成')).toBe(true);
    expect(holdsRawData('按区县汇总统计形成的指标，不含逐条记录')).toBe(false);
    expect(holdsRawData('基于原始数据加工形成的分析报告')).toBe(false);
  });
});

describe('who ends up holding', () => {
  it('classes parties, defined terms by their definition', () => {
    expect(holderOf('甲方')).toBe('grantor');
    expect(holderOf('乙方')).toBe('operator');
    expect(holderOf('董事会')).toBe('operator');
    expect(holderOf('控股子公司')).toBe('other');
    expect(holderOf('合作银行')).toBe('other');
    expect(holderOf('注册用户')).toBe('public');
    expect(holderOf('区域伙伴', (t) => (t === '区域伙伴' ? '经乙方遴选的企业' : undefined))).toBe('other');
    expect(holderOf('评价结果')).toBeNull();
  });
  it('reads a widened operator and conditions that are no real control', () => {
    expect(widensOperator('运营机构', '乙方及其控股的关联公司')).toBe(true);
    expect(widensOperator('运营机构', '乙方，不包括关联公司')).toBe(false);
    expect(isRealControl('须经甲方报市人民政府批准')).toBe(true);
    expect(isRealControl('须经乙方董事会审批')).toBe(false);
    expect(isRealControl('甲方收到通知后十日内未提出异议的，视为同意')).toBe(false);
  });
});
