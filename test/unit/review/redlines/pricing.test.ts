import { describe, expect, it } from 'vitest';
import { agreementWith, flagIds } from '../../../helpers/reviewCorpus';

/**
 * Prices read as who pays whom on what basis (second clause bank, session 7). Every text is written for this test,
 * unlike the bank's wordings; each class has near misses that must stay quiet.
 */
const fires = (clause: string, rulesetId = 'hebei') => flagIds(agreementWith(clause), rulesetId, 'agreement').includes('pricing');

describe('pricing: public users charged in other words', () => {
  it('a share or a discount of a price is a price', () => {
    for (const c of [
      '区卫生健康委员会调用慢病随访数据服务开展健康管理的，按标准价格的百分之三十付费。',
      '市级教育部门使用学位预警模型的，给予八折优惠。',
      '街道办事处因履行职责需要订阅网格事件分析服务的，享受优惠价。',
    ]) expect(fires(c), c).toBe(true);
  });
  it('public users deemed commercial or billed at the operator’s price fire', () => {
    for (const c of [
      '区级行政机关调用本场景接口的，视同一般商业用户，按统一价格计费。',
      '面向政务决策的城市体检报告，价格参照乙方对外报价执行。',
      '县级民政部门调用救助对象核验接口的，每次人民币零点三元。',
      '市场监督管理局调用企业画像服务的，按照每年十万元的标准支付使用费。',
    ]) expect(fires(c), c).toBe(true);
  });
  it('free public use, or a price name said of industry users, stays quiet', () => {
    for (const c of [
      '区级行政机关因履职调用本场景接口的，免费。',
      '企业用户按照产业类标准价格的百分之八十付费。',
      '商业银行调用企业信用评分接口的，享受八折优惠。',
    ]) expect(fires(c), c).toBe(false);
  });
  it('costs paid back to the operator, a fee from every caller, an annual settlement fire', () => {
    for (const c of [
      '公益类数据服务免费提供，但接口调用产生的带宽费用由使用部门按月向运营机构支付。',
      '平台接入费是指乙方向所有使用单位收取的年度费用，不论使用单位性质。',
      '乙方向市应急管理局提供的汛情研判产品，按合同价格每季度结算一次。',
    ]) expect(fires(c), c).toBe(true);
    for (const c of ['公益类数据服务免费提供，接口调用产生的带宽成本由运营机构自行承担。', '企业用户调用数据接口的，按季度结算一次。']) expect(fires(c), c).toBe(false);
  });
});

describe('pricing: the guided price not followed', () => {
  it('a raise on the guided ceiling, revenue above the allowed kept, the operator’s board deciding fire', () => {
    for (const c of [
      '行业发展类产品以价格主管部门核定价格为基础，乙方可视市场情况上调不超过百分之十五。',
      '乙方实际收入高于准许收入的部分，归乙方所有，不予返还。',
      '产业类数据产品的价格，由运营机构经营管理层结合成本研究确定。',
      '产品价格由乙方根据运营成本自主测算后公布执行。',
    ]) expect(fires(c), c).toBe(true);
  });
  it('a guided ceiling kept, surplus deducted, and prices set under the guided price stay quiet', () => {
    for (const c of [
      '行业发展类产品以政府指导价为上限，乙方不得上浮。',
      '乙方实际收入超过准许收入的部分，在下一定价周期中全额扣减。',
      '产业类数据产品的价格，由运营机构按照政府指导价确定。',
      '开发利用主体对其再开发形成的产品实行市场定价，自行确定价格。',
    ]) expect(fires(c, 'guizhou'), c).toBe(false);
  });
});
