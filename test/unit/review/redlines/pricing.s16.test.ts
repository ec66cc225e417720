import { describe, it } from 'vitest';
import { expectQuiet, expectRaised } from '../../../helpers/redlineCase';

/**
 * Pricing classes of the sixteenth bank (session 21): the allowed profit rate fixed by whoever worked it out, the
 * agreement's own price prevailing over the guided price, and a product of its own part priced by the operator beside
 * one under the guided price. Every text is written for this test, not taken from the bank; each class has near misses
 * that must stay quiet.
 */

describe('pricing: the allowed profit rate fixed at the operator’s own figure, above the local rule', () => {
  const qhd = { ruleset: 'qinhuangdao', kind: 'plan' as const };
  it('a rate worked out by the operator and fixed above the rule fires', () => {
    expectRaised('pricing', ['燃气数据产品的准许利润率按乙方核算的百分之十二确定，授权期内不作调整。'], qhd);
  });
  it('a rate pegged to the rule, or a low rate the grantor fixed, stays quiet', () => {
    expectQuiet('pricing', [
      '燃气数据产品的准许利润率按上一年度十年期国债平均收益率加六个百分点确定。',
      '燃气数据产品的准许利润率按甲方核定的百分之五确定。',
    ], qhd);
  });
});

describe('pricing: the agreement’s own price prevails over the guided price', () => {
  it('the price list prevailing where the guided price differs fires', () => {
    expectRaised('pricing', [
      '本协议附件三收费清单与价格主管部门公布的政府指导价存在差异的，以附件三收费清单为准。',
      '附件三所列服务单价与政府指导价冲突的，一律以附件三为准。',
    ]);
  });
  it('the guided price prevailing stays quiet', () => {
    expectQuiet('pricing', [
      '本协议附件三收费清单与价格主管部门公布的政府指导价存在差异的，以政府指导价为准。',
      '附件三所列服务单价与政府指导价冲突的，以价格主管部门最新公布的标准为准。',
    ]);
  });
});

describe('pricing: a product of its own part priced by the operator beside one under the guided price', () => {
  it('another product, named by whom it serves, priced by the market fires', () => {
    expectRaised('pricing', [
      '乙方面向物业企业提供的能耗分析报告执行政府指导价；面向售电公司提供的负荷预测服务按市场化方式定价，由乙方结合成本自主确定。',
    ], { kind: 'plan' });
  });
  it('that product priced within the guided price, or a price set without a product of its own, stays quiet', () => {
    expectQuiet('pricing', [
      '乙方面向物业企业提供的能耗分析报告执行政府指导价；面向售电公司提供的负荷预测服务在政府指导价范围内由乙方确定。',
      '乙方提供的数据产品执行政府指导价；具体价格在指导价范围内由乙方与用户协商确定。',
    ], { kind: 'plan' });
  });
});

describe('pricing: a public user charged by reference to the standard named before', () => {
  it('a department applying the same charge as market users fires', () => {
    expectRaised('pricing', ['企业订阅水质监测包的，按每年五万元收费；生态环境部门订阅的，适用同一收费标准。']);
  });
  it('a department served free, or a market user on the same standard, stays quiet', () => {
    expectQuiet('pricing', [
      '企业订阅水质监测包的，按每年五万元收费；生态环境部门订阅的，免费提供。',
      '企业订阅水质监测包的，按政府指导价收费；其他企业订阅的，适用同一收费标准。',
    ]);
  });
});
