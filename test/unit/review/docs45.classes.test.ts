import { describe, expect, it } from 'vitest';
import { reviewDocument } from '../../../shared/review/engine';
import { documentGenre } from '../../../shared/review/genre';
import { readDocument } from '../../../shared/review/sections';
import { bundledRuleset, docFromText } from '../../helpers/reviewCorpus';

/**
 * Classes read in session 31 (reading banks and a reading set written blind at its start): records handed out one
 * person, household or order at a time, whatever they are called; another body running the grant under the operator
 * (in its own name, as a regional operator, by an entrustment agreement, holding the business of what it makes); a first
 * term said as 首期授权N年 and its next phase entered without a new grant; a term that ends only when a party leaves;
 * rules on another matter than authorised operation. Text written for the test.
 */

const flagsOf = (s: string, rs = 'national', kind: 'plan' | 'agreement' = 'agreement') =>
  reviewDocument(docFromText(`某场景公共数据授权运营${kind === 'plan' ? '实施方案' : '协议'}\n${s}`), bundledRuleset(rs), kind).flags.map((f) => f.id);

describe('records returned for one key, one household or one order are raw data let out', () => {
  it('fires on a query by an identifier that returns that one\'s records', () => {
    expect(flagsOf('第八条 查询接口以船舶识别号为入参，出参为该船舶近五年的全部进出港记录及船东联系电话。')).toContain('raw_data_export');
    expect(flagsOf('第九条 物业企业录入业主身份证号码后，系统返回该业主名下房屋的历次缴费明细。', 'chongqing')).toContain('raw_data_export');
    expect(flagsOf('（三）学业跟踪服务按学籍号输出学生历年体质测试成绩，面向培训机构提供。', 'guizhou', 'plan')).toContain('raw_data_export');
  });
  it('fires on a household\'s curve, an order at a time, or values as read', () => {
    expect(flagsOf('第十条 乙方可向售电公司提供分户逐时用水量曲线，用于需求预测。')).toContain('raw_data_export');
    expect(flagsOf('3.4 外卖配送订单经去除手机号后，以逐单形式向研究机构开放下载。', 'wenzhou', 'plan')).toContain('raw_data_export');
    expect(flagsOf('第十一条 乙方交付的能耗核查报告附表，应当包含各企业逐月燃气表读数原值。')).toContain('raw_data_export');
  });
  it('stays quiet on a result computed for the key, or records kept inside', () => {
    expect(flagsOf('第八条 核验接口以统一社会信用代码为入参，仅返回企业信用评分及评分等级。')).not.toContain('raw_data_export');
    expect(flagsOf('第九条 银行提交借款人身份证号码后，系统只返回“一致/不一致”的核验结果，不返回任何记录。', 'chongqing')).not.toContain('raw_data_export');
    expect(flagsOf('第十条 分户用水量曲线只在运营平台内用于建模，乙方对外仅提供片区汇总的用水指数。')).not.toContain('raw_data_export');
  });
});

describe('another body running the grant under the operator is a transfer of it', () => {
  it('fires on a sub-contracted or regional operator acting in its own name', () => {
    expect(flagsOf('第七条 乙方可按片区确定分包运营单位，分包运营单位以自己名义开展数据产品经营并自行收费。', 'chongqing')).toContain('sub_authorization');
    expect(flagsOf('（五）县域运营商在授权运营空间内完成数据加工，以自身名义通过数据交易平台上架数据产品。', 'guizhou', 'plan')).toContain('sub_authorization');
    expect(flagsOf('第十条 入驻的算法企业调用授权数据开发模型，并以合作伙伴自身名义向医院提供服务。', 'hebei')).toContain('sub_authorization');
  });
  it('fires on a body made an operator, data handed to run, business held, or an entrustment agreement', () => {
    expect(flagsOf('（四）运营机构可以委托其控股子公司作为区域运营主体，负责各县授权数据的调用和产品销售。', 'national', 'plan')).toContain('sub_authorization');
    expect(flagsOf('第六条 乙方可将授权数据资源按行业划分，交由各合作单位分行业运营。')).toContain('sub_authorization');
    expect(flagsOf('第七条 合作商对其加工形成的气象服务产品享有经营权益。')).toContain('sub_authorization');
    expect(flagsOf('第八条 运营机构可与数据商签订委托运营协议，由数据商负责产品定价与销售。', 'hebei')).toContain('sub_authorization');
  });
  it('stays quiet on a user building on delivered products, or a party barred from it', () => {
    expect(flagsOf('第七条 开发利用主体可以对乙方交付的数据产品进行再开发，并以自身名义向其客户销售。')).not.toContain('sub_authorization');
    expect(flagsOf('第八条 合作单位不得以自己名义开展数据产品经营，不享有授权数据的经营权益。')).not.toContain('sub_authorization');
  });
});

describe('a first term said as 首期授权N年, and a term with no end', () => {
  it('adds the next phase entered without a new grant to the first term', () => {
    expect(flagsOf('（二）首期授权三年。首期届满后，运营机构可直接进入二期运营，期限一年，无需重新履行遴选程序。', 'national', 'plan')).toContain('term_over_3y');
  });
  it('fires on a term that ends only when a party leaves or ends it', () => {
    expect(flagsOf('第四条 本协议自双方签字盖章之日起生效，有效期至乙方申请退出或者甲方依法解除之日止。')).toContain('term_over_3y');
  });
  it('stays quiet when the phase needs a new grant, or the longest span is said', () => {
    expect(flagsOf('（二）首期授权三年。首期届满后进入二期运营的，应当重新遴选并签订协议。', 'national', 'plan')).not.toContain('term_over_3y');
    expect(flagsOf('第四条 本协议有效期至乙方退出之日止，最长不超过三年。')).not.toContain('term_over_3y');
  });
});

describe('rules on another matter than authorised operation are not a plan', () => {
  it('says so for a 管理办法 on a platform\'s data that names authorised operation once', () => {
    const lines = ['某市智慧水务平台数据管理办法（试行）', '第一章 总则'];
    for (let i = 1; i <= 14; i++) lines.push(`第${'一二三四五六七八九十'[i % 10]}条 水务平台数据的采集、汇聚和共享应当遵守统一标准，第${i}类数据由市水务局负责管理，按需共享、安全可控。`);
    lines.push('第十五条 涉及公共数据授权运营的，按照省有关规定执行。');
    const g = documentGenre(readDocument(docFromText(lines.join('\n'))));
    expect(g.type).toBe('other');
    expect(g.why).toContain('不是公共数据授权运营的方案或协议');
  });
});
