import { describe, expect, it } from 'vitest';
import { expectQuiet, expectRaised, raises } from '../../../helpers/redlineCase';

/**
 * Pricing classes read from the sixth bank's odd-numbered failures (session 11), each on text written for this test,
 * with near misses that must stay quiet.
 */

describe('pricing: a term of the price set by the operator, or left without ceiling', () => {
  it('a markup, premium or profit rate the operator sets itself, or one without ceiling, fires', () => {
    expectRaised('pricing', [
      '数据产品价格按成本加合理利润确定，加成比例由乙方结合市场需求确定。',
      '产品报价实行基准价加溢价，溢价幅度由运营机构视客户规模自行掌握，上不封顶。',
      '服务费在成本基础上加收利润，利润比例不设上限。',
    ]);
  });
  it('near misses: the markup fixed by the price authority or capped by the guided price', () => {
    expectQuiet('pricing', [
      '数据产品价格按成本加合理利润确定，加成比例由价格主管部门核定。',
      '溢价幅度由运营机构提出，报价格主管部门核定后执行。',
      '服务费在成本基础上加收利润，利润率不超过政府指导价规定的上限。',
    ]);
  });
});

describe('pricing: revenue above the allowed maximum kept by the operator', () => {
  it('the excess kept, or not deducted next period, fires', () => {
    expectRaised('pricing', [
      '运营机构年度收入高于最高准许收入的，差额部分计入乙方利润，下一周期定价时不予抵减。',
      '乙方收入超出准许收入上限的部分，无须在以后年度价格中核减，由乙方自行使用。',
      '实际收入超过最高准许收入的，超出部分由乙方享有。',
    ]);
  });
  it('near misses: the excess deducted or returned', () => {
    expectQuiet('pricing', [
      '乙方实际收入超过最高准许收入的，超出部分在下一定价周期中扣减。',
      '运营机构收入高于最高准许收入的，超出部分不得由乙方留存，应当在下一周期价格中核减。',
      '乙方收入超出准许收入上限的部分，应当退还使用单位或者在以后年度抵减。',
      '实际收入超过最高准许收入的，超出部分由乙方从下一周期收入中扣减。',
    ]);
  });
});

describe('pricing: a price the operator drafts that takes effect without an outside control', () => {
  it('a price effective on the operator\'s own approval, or on a mere copy or filing, fires', () => {
    expectRaised('pricing', [
      '数据服务收费标准由运营机构制定，报其总经理办公会审定后施行，同时抄送甲方。',
      '乙方编制的产品价格表经乙方股东会决议通过后对外发布执行。',
      '公共数据运营服务费标准由乙方起草，经乙方内部审议后执行，并报甲方知悉。',
    ]);
  });
  it('near misses: the operator\'s draft approved by the grantor or the price authority', () => {
    expectQuiet('pricing', [
      '数据服务收费标准由运营机构拟定，经甲方审核并报价格主管部门核定后执行。',
      '乙方编制的产品价格表经乙方董事会审议后，报甲方批准执行。',
      '公共数据运营服务费标准由乙方起草，报价格主管部门核定后执行，并抄送甲方。',
    ]);
  });
});

// Classes read from the sixth bank's even-numbered failures, after the odd/even figure was taken.
describe('pricing: a public use charged at a market rate after a free period or an emergency', () => {
  it('a public product charged by the commercial standard later fires', () => {
    expectRaised('pricing', [
      '面向街道办事处提供的基层治理看板，试用期六个月免费，期满后参照商业类产品价格收取费用。',
      '乙方为卫生院提供的公益服务，第一年不收费，第二年起比照经营性用途标准计费。',
    ]);
  });
  it('public uses named by their purpose (emergencies, public affairs) or the grantor\'s own units are public', () => {
    expectRaised('pricing', [
      '甲方下属单位在防汛抢险期间调用实时水位数据的，乙方先行保障，事后按照市场价格结算。',
      '因突发公共事件应急处置需要使用数据产品的，先行使用，事后按市场价向乙方支付费用。',
    ]);
  });
  it('near misses: emergencies and public units free, companies charged', () => {
    expectQuiet('pricing', [
      '甲方下属单位在防汛抢险期间调用实时水位数据的，乙方应当无偿提供。',
      '企业用户调用实时水位数据的，按照市场价格结算。',
      '面向街道办事处提供的基层治理看板免费使用；商业类产品按照政府指导价收取费用。',
    ]);
  });
});

describe('pricing: the two tiers (guided price for the operator, market price for developers\' products)', () => {
  it('a developer\'s re-developed product priced by the market stays quiet', () => {
    expectQuiet('pricing', [
      '经营主体对运营机构交付的产品再开发形成的新产品，实行市场调节价。',
      '运营机构的产品执行政府指导价；开发利用主体再开发的产品由其按照市场原则自主定价。',
    ], { ruleset: 'guizhou' });
  });
  it('the operator\'s own products priced by the market still fire', () => {
    expect(raises('pricing', '授权运营机构提供的数据产品按照市场定价。', { ruleset: 'guizhou' })).toBe(true);
  });
});

