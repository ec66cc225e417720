import { describe, expect, it } from 'vitest';
import { agreementWith, flagIds } from '../../../helpers/reviewCorpus';

/**
 * Pricing and exclusivity classes read from the seventh bank's failures (session 12), each on text written for this
 * test, with near misses that must stay quiet.
 */
const raises = (redline: string) => (clause: string, rulesetId = 'hebei') => flagIds(agreementWith(clause), rulesetId, 'agreement').includes(redline);
const pricing = raises('pricing');
const exclusivity = raises('exclusivity');

describe('pricing: a public user buying from the operator pays it', () => {
  it('a public body told to buy from the operator, on market terms or not, fires', () => {
    for (const c of [
      '区直各部门调用乙方开发的分析模型，应当按照市场化原则向乙方采购相关服务。',
      '街道办事处使用运营机构的网格治理看板，须向运营机构订购年度服务。',
    ]) expect(pricing(c), c).toBe(true);
  });
  it('near misses: a company buying, the grantor buying out of the budget, or the public body served free', () => {
    for (const c of [
      '企业用户调用乙方开发的分析模型，应当按照市场化原则向乙方采购相关服务。',
      '甲方按照年度预算向乙方购买开发服务，费用由本级财政列支。',
      '区直各部门调用乙方开发的分析模型，无需向乙方采购，乙方免费提供。',
    ]) expect(pricing(c), c).toBe(false);
  });
});

describe('pricing: the operator\'s own quote charged as the price', () => {
  it('a price the operator quoted or submitted, charged without an outside approval, fires', () => {
    for (const c of [
      '数据服务的成交价格以乙方对外报价为准。',
      '指导价制定前，运营机构按照其提出的试行收费标准向用户收费。',
      '在发展改革部门发布数据产品政府指导价之前，乙方可以按其申报的临时价格结算。',
    ]) expect(pricing(c), c).toBe(true);
  });
  it('near misses: the quote approved by the grantor or the price authority, or capped by the guided price', () => {
    for (const c of [
      '数据服务的成交价格以乙方报价为准，但乙方报价应当经甲方审核同意。',
      '运营机构按照其提出并经价格主管部门核定的收费标准向用户收费。',
      '乙方按其申报的价格结算，申报价格不得高于政府指导价。',
    ]) expect(pricing(c), c).toBe(false);
  });
});

describe('pricing: the cost review behind the guided price set aside', () => {
  it('costs kept out of the cost review fire', () => {
    expect(pricing('乙方的运营成本不列入定价成本监审范围。')).toBe(true);
  });
  it('near misses: costs put under review', () => {
    for (const c of ['乙方的运营成本纳入定价成本监审范围。', '乙方不得拒绝接受价格主管部门的成本监审。']) expect(pricing(c), c).toBe(false);
  });
});

describe('pricing: a public use only claimed is no public use', () => {
  it('a use declared public but belied by a commercial one charged at the guided price stays quiet', () => {
    for (const c of [
      '使用方以公益名义申请但实际从事经营活动的，乙方有权按照政府指导价收取费用。',
      '需求方申报为公共治理用途而实际用于商业开发的，运营机构可以按照政府指导价补收服务费。',
    ]) expect(pricing(c), c).toBe(false);
  });
  it('near misses: a real public use charged fires', () => {
    for (const c of ['使用方用于公益事业的，乙方按照政府指导价收取费用。', '需求方为公共治理用途申请使用的，运营机构按次收取服务费。']) expect(pricing(c), c).toBe(true);
  });
});

describe('exclusivity: market parties bound to the operator\'s venue', () => {
  it('products that must trade on the operator\'s zone, or may not trade on rival venues, fire', () => {
    for (const c of [
      '数据商加工形成的产品，应当通过乙方建设的数据商城上架销售。',
      '开发利用主体基于授权数据形成的产品，不得在其他交易平台挂牌。',
    ]) expect(exclusivity(c), c).toBe(true);
  });
  it('near misses: a venue offered among others, or the operator refraining itself', () => {
    for (const c of [
      '数据商加工形成的产品，可以通过乙方建设的数据商城或者其他依法设立的交易场所上架销售。',
      '乙方不得在其他交易平台挂牌销售未经审核的产品。',
    ]) expect(exclusivity(c), c).toBe(false);
  });
});

describe('exclusivity: re-development named as the ground of a breach', () => {
  it('the operator\'s re-development as a breach, with its sanction, stays quiet', () => {
    for (const c of [
      '运营机构参与已交付产品二次开发的，视为根本违约，甲方有权解除协议。',
      '乙方通过关联公司对已交付的数据产品再开发的，应当上缴由此获得的全部收益。',
    ]) expect(exclusivity(c), c).toBe(false);
  });
  it('near miss: the operator allowed to re-develop fires', () => {
    expect(exclusivity('乙方可以参与已交付数据产品的再开发，并享有由此获得的收益。')).toBe(true);
  });
});

describe('exclusivity: a workspace of the operator\'s own is no exclusive right', () => {
  it('a dedicated space, account or resource inside the platform stays quiet', () => {
    for (const c of [
      '甲方在平台内为乙方配置专属计算资源，仅供乙方在授权范围内加工数据使用。',
      '平台为运营机构开设独享的开发账号，其他主体不得登录该账号。',
    ]) expect(exclusivity(c), c).toBe(false);
  });
  it('near misses: an exclusive right to the data or the operation fires', () => {
    for (const c of ['甲方授予乙方本场景数据的专属经营权。', '乙方享有本领域公共数据的独家运营权。']) expect(exclusivity(c), c).toBe(true);
  });
});
