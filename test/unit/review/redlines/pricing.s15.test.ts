import { describe, it } from 'vitest';
import { asIs } from '../../../helpers/reviewCorpus';
import { expectQuiet, expectRaised } from '../../../helpers/redlineCase';

/**
 * Pricing classes of the fifteenth bank (session 19). Every text is written for this test, not taken from the bank; each
 * class has near misses that must stay quiet.
 */

describe('pricing: a line department provided a service is its user', () => {
  it('a 主管部门 served with a product and charged fires', () => {
    expectRaised('pricing', [
      '乙方向区县住房和城乡建设主管部门提供的危房风险预警服务，按每月每区县二千元收取服务费。',
      '乙方为市农业农村主管部门提供的病虫害监测模型服务，每次调用计费一元。',
    ]);
  });
  it('a department given papers, or the price authority, is no user', () => {
    expectQuiet('pricing', [
      '乙方应当向行业主管部门提供年度运营报告，对企业用户按照政府指导价收取服务费。',
      '乙方应向价格主管部门提供成本资料，并按核定的价格收取服务费。',
      '乙方向数据主管部门提供运营情况说明后，按附件价格表向企业收取服务费。',
    ]);
  });
});

describe('pricing: a public institution named by its function, without its level', () => {
  it('a 管理局 or 登记中心 charged fires', () => {
    expectRaised('pricing', [
      '机关事务管理局调用乙方提供的能耗分析服务，按每年五万元向乙方结算。',
      '不动产登记中心使用乙方提供的权属核验服务，应当按季度向乙方支付服务费。',
    ]);
  });
  it('the operator’s own centres are not public bodies', () => {
    expectQuiet('pricing', [
      '乙方客户服务中心负责受理用户的收费咨询，按附件价格表收取服务费。',
      '乙方运营管理中心对企业用户按政府指导价收取服务费。',
    ]);
  });
});

describe('pricing: a term defined as serving public bodies', () => {
  it('a term whose meaning or members are public uses, charged, fires', () => {
    expectRaised('pricing', [
      '本协议所称“政务专线服务”，指乙方面向各区应急指挥部门提供的值守调度分析服务。政务专线服务按每年每区六万元收费。',
      '本协议所称“普惠服务”，包括向街道办事处提供的人口统计服务和向各级行政机关提供的核验服务。普惠服务按次计费，每次零点三元。',
    ]);
  });
  it('a term that also covers market users, or a public term served free, stays quiet', () => {
    expectQuiet('pricing', [
      '本协议所称“普惠服务”，包括向街道办事处提供的人口统计服务和向商业银行提供的核验服务。普惠服务按次计费，每次零点三元。',
      '本协议所称“标准服务”，包括向金融机构和企业提供的信用核验服务。标准服务按次计费，每次零点三元。',
      '本协议所称“政务专线服务”，指乙方面向各区应急指挥部门提供的值守调度分析服务。政务专线服务免费提供。',
    ]);
  });
});

describe('pricing: a matter declared public in the sentence before the charge', () => {
  const PLAN = { ruleset: 'national', kind: 'plan' as const, doc: (t: string) => `某场景公共数据授权运营实施方案\n${t}` };
  it('a service classed as public welfare, then charged to those it serves, fires', () => {
    expectRaised('pricing', [
      '场景二：独居老人健康监测服务。运营机构向独居老人家属推送健康异常提醒，属于公益服务。为覆盖运营成本，运营机构按每人每月五元向家属收取服务费。',
      '场景四：校园安全预警。运营机构向学校推送周边风险提示，系公益性场景。运营机构按每校每年三千元收取信息费。',
    ], PLAN);
  });
  it('a free service, a charge to a market user named, or a use declared not public stays quiet', () => {
    expectQuiet('pricing', [
      '场景二：独居老人健康监测服务。运营机构向独居老人家属推送健康异常提醒，属于公益服务。运营机构不向家属收取任何费用。',
      '运营机构向独居老人家属推送健康异常提醒，属于公益服务。面向保险公司提供的风险评估产品按每次一元收费。',
      '场景二：健康监测服务。运营机构向家属推送健康异常提醒，不属于公益服务。运营机构按每人每月五元向家属收取服务费。',
      '场景二：健康监测服务。本场景属于公益服务，运营成本由财政资金保障。企业用户调用按政府指导价付费。',
    ], PLAN);
  });
});

describe('pricing: the price exempted from approval', () => {
  it('a price or fee rate whose approval is waived fires (毋须 in traditional drafting too)', () => {
    expectRaised('pricing', [
      '乙方新上线的数据产品，其收费标准在上线后一年内无需报价格主管部门审批。',
      '试点期间，乙方对企业用户的服务费率不需要经甲方审核，按乙方公布的标准执行。',
      '运营机构之服务价格，由其依市场供需自行订定，毋须报请甲方审核。',
    ]);
  });
  it('a specific price within the guided price, a free product, or approval required stays quiet', () => {
    expectQuiet('pricing', [
      '乙方在政府指导价范围内确定的具体价格，无需另行报价格主管部门审批。',
      '公益类产品免费提供，其价格无需报价格主管部门核定。',
      '乙方制定的价格，应当报价格主管部门核定后执行，未经核定的不得收费。',
    ]);
  });
});

describe('pricing: the agreed price list set aside', () => {
  it('a fee not bound by the agreement’s price list fires', () => {
    expectRaised('pricing', [
      '乙方对企业提供的定制服务，其费用不受附件二价格目录约束，由双方另行商定。',
      '乙方提供的增值服务可以在附件价格表之外另行计费，收费不受价格表限制。',
    ]);
  });
  it('a ban on leaving the list, or every service on the list, stays quiet', () => {
    expectQuiet('pricing', ['乙方不得以任何理由不受附件二价格目录约束收取费用。', '乙方提供的全部服务均按附件二价格目录收费，不得另行收费。']);
  });
});

describe('pricing: the going market rate, or a fee standard the operator sets', () => {
  it('a charge at the market rate, or a fee’s standard set by the operator, fires', () => {
    expectRaised('pricing', [
      '乙方可以根据市场行情对企业用户收取数据加工费。',
      '乙方对企业用户的服务价格，参照市场行情每半年调整一次。',
      '乙方向开发利用机构提供的数据清洗服务，其清洗费标准由乙方确定。',
      '乙方提供的模型训练服务，训练费用标准由乙方根据算力成本自主测算。',
    ]);
  });
  it('the market watched under a guided price, or a standard the grantor or price authority sets, stays quiet', () => {
    expectQuiet('pricing', [
      '乙方应当定期向甲方报告市场行情变化，价格调整按政府指导价执行。',
      '乙方可以根据市场行情变化，向甲方提出调整收费标准的建议，经甲方审核并报价格主管部门核定后执行。',
      '乙方提供的模型训练服务，训练费用标准由乙方根据算力成本测算后报甲方审核确定。',
      '数据接口使用费标准由价格主管部门核定，乙方按核定标准收取。',
      '数据接口使用费标准由甲方确定并向社会公布。',
    ]);
  });
});

// The same readings where a whole document frames the text: the asIs frame keeps the lines as written.
describe('pricing: a definition article read in a whole agreement', () => {
  it('a term defined in its own article, under a caption, and charged in another fires', () => {
    expectRaised('pricing', ['某场景公共数据授权运营协议\n第二条 定义 本协议所称“基础核验”，指面向区县民政部门的救助对象核验服务。\n第九条 计费 基础核验按每次零点二元计费。'], { doc: asIs });
  });
  it('the same term served free stays quiet', () => {
    expectQuiet('pricing', ['某场景公共数据授权运营协议\n第二条 定义 本协议所称“基础核验”，指面向区县民政部门的救助对象核验服务。\n第九条 计费 基础核验免费提供，其他服务按附件价格目录执行。'], { doc: asIs });
  });
});
