import { describe, expect, it } from 'vitest';
import { expectQuiet, expectRaised, raises } from '../../../helpers/redlineCase';

/**
 * Pricing and exclusivity classes read from the seventh bank's failures (session 12), each on text written for this
 * test, with near misses that must stay quiet.
 */

describe('pricing: a public user buying from the operator pays it', () => {
  it('a public body told to buy from the operator, on market terms or not, fires', () => {
    expectRaised('pricing', [
      '区直各部门调用乙方开发的分析模型，应当按照市场化原则向乙方采购相关服务。',
      '街道办事处使用运营机构的网格治理看板，须向运营机构订购年度服务。',
    ]);
  });
  it('near misses: a company buying, the grantor buying out of the budget, or the public body served free', () => {
    expectQuiet('pricing', [
      '企业用户调用乙方开发的分析模型，应当按照市场化原则向乙方采购相关服务。',
      '甲方按照年度预算向乙方购买开发服务，费用由本级财政列支。',
      '区直各部门调用乙方开发的分析模型，无需向乙方采购，乙方免费提供。',
    ]);
  });
});

describe('pricing: the operator\'s own quote charged as the price', () => {
  it('a price the operator quoted or submitted, charged without an outside approval, fires', () => {
    expectRaised('pricing', [
      '数据服务的成交价格以乙方对外报价为准。',
      '指导价制定前，运营机构按照其提出的试行收费标准向用户收费。',
      '在发展改革部门发布数据产品政府指导价之前，乙方可以按其申报的临时价格结算。',
    ]);
  });
  it('near misses: the quote approved by the grantor or the price authority, or capped by the guided price', () => {
    expectQuiet('pricing', [
      '数据服务的成交价格以乙方报价为准，但乙方报价应当经甲方审核同意。',
      '运营机构按照其提出并经价格主管部门核定的收费标准向用户收费。',
      '乙方按其申报的价格结算，申报价格不得高于政府指导价。',
    ]);
  });
});

describe('pricing: the cost review behind the guided price set aside', () => {
  it('costs kept out of the cost review fire', () => {
    expect(raises('pricing', '乙方的运营成本不列入定价成本监审范围。')).toBe(true);
  });
  it('near misses: costs put under review', () => {
    expectQuiet('pricing', ['乙方的运营成本纳入定价成本监审范围。', '乙方不得拒绝接受价格主管部门的成本监审。']);
  });
});

describe('pricing: a public use only claimed is no public use', () => {
  it('a use declared public but belied by a commercial one charged at the guided price stays quiet', () => {
    expectQuiet('pricing', [
      '使用方以公益名义申请但实际从事经营活动的，乙方有权按照政府指导价收取费用。',
      '需求方申报为公共治理用途而实际用于商业开发的，运营机构可以按照政府指导价补收服务费。',
    ]);
  });
  it('near misses: a real public use charged fires', () => {
    expectRaised('pricing', ['使用方用于公益事业的，乙方按照政府指导价收取费用。', '需求方为公共治理用途申请使用的，运营机构按次收取服务费。']);
  });
});

describe('exclusivity: market parties bound to the operator\'s venue', () => {
  it('products that must trade on the operator\'s zone, or may not trade on rival venues, fire', () => {
    expectRaised('exclusivity', [
      '数据商加工形成的产品，应当通过乙方建设的数据商城上架销售。',
      '开发利用主体基于授权数据形成的产品，不得在其他交易平台挂牌。',
    ]);
  });
  it('near misses: a venue offered among others, or the operator refraining itself', () => {
    expectQuiet('exclusivity', [
      '数据商加工形成的产品，可以通过乙方建设的数据商城或者其他依法设立的交易场所上架销售。',
      '乙方不得在其他交易平台挂牌销售未经审核的产品。',
    ]);
  });
});

describe('exclusivity: re-development named as the ground of a breach', () => {
  it('the operator\'s re-development as a breach, with its sanction, stays quiet', () => {
    expectQuiet('exclusivity', [
      '运营机构参与已交付产品二次开发的，视为根本违约，甲方有权解除协议。',
      '乙方通过关联公司对已交付的数据产品再开发的，应当上缴由此获得的全部收益。',
    ]);
  });
  it('near miss: the operator allowed to re-develop fires', () => {
    expect(raises('exclusivity', '乙方可以参与已交付数据产品的再开发，并享有由此获得的收益。')).toBe(true);
  });
});

describe('exclusivity: a workspace of the operator\'s own is no exclusive right', () => {
  it('a dedicated space, account or resource inside the platform stays quiet', () => {
    expectQuiet('exclusivity', [
      '甲方在平台内为乙方配置专属计算资源，仅供乙方在授权范围内加工数据使用。',
      '平台为运营机构开设独享的开发账号，其他主体不得登录该账号。',
    ]);
  });
  it('near misses: an exclusive right to the data or the operation fires', () => {
    expectRaised('exclusivity', ['甲方授予乙方本场景数据的专属经营权。', '乙方享有本领域公共数据的独家运营权。']);
  });
});

describe('pricing: public-welfare uses named by whom they serve', () => {
  it('a charge for relief, subsistence or disability checks fires', () => {
    expectRaised('pricing', [
      '低保对象家庭经济状况核对服务，运营机构按每户2元向核对单位收取费用。',
      '特困人员供养资格比对，乙方按季度向使用单位结算服务费。',
    ]);
  });
  it('near misses: the same checks free, or a bank\'s credit check charged', () => {
    expectQuiet('pricing', ['低保对象家庭经济状况核对服务，运营机构免费提供。', '银行开展的企业信贷核验服务，乙方按每次2元收取费用。']);
  });
});

describe('pricing: a lump sum or a cost-plus formula charged to a public user', () => {
  it('a public body charged a lump sum or cost plus a markup fires', () => {
    expectRaised('pricing', ['市卫生健康委使用疫情分析模型，乙方按年包干收取。', '区直各部门调用数据接口，按运营成本加成20%计收。']);
  });
  it('near misses: a company charged the same way', () => {
    expectQuiet('pricing', ['金融机构使用风控模型，乙方按年包干收取。', '企业用户调用数据接口，按运营成本加成20%计收。']);
  });
});

describe('pricing: the guided price binds the whole sentence, and exceeding is read in its clause', () => {
  it('negotiation within the ceiling set before a semicolon stays quiet', () => {
    expectQuiet('pricing', [
      '乙方收费不得超过政府指导价；在此范围内，具体价格由乙方与用户协商确定。',
      '乙方实际收入超过最高准许收入的，在下一周期扣减；连续超出的，甲方可以建议价格主管部门调低指导价。',
    ]);
  });
  it('near misses: negotiation with no guided price, or a charge above it, fire', () => {
    expectRaised('pricing', ['乙方收费标准报甲方备案；具体价格由乙方与用户协商确定。', '乙方收费可以高于政府指导价。']);
  });
});

describe('pricing: a rise of the price decided by the operator', () => {
  it('the size of a rise the operator decides fires', () => {
    expectRaised('pricing', ['乙方每两年可以提价一次，提价幅度由乙方确定。', '数据产品价格可以适当上调，具体幅度由运营机构决定。']);
  });
  it('near misses: the rise fixed by the price authority', () => {
    expectQuiet('pricing', ['乙方每两年可以提价一次，提价幅度由价格主管部门核定。', '数据产品价格可以适当上调，具体幅度报甲方批准。']);
  });
});

describe('exclusivity: the grantor granting anew only with the operator\'s leave', () => {
  it('a new grant under the operator\'s veto, or barred, fires', () => {
    expectRaised('exclusivity', [
      '甲方在本区域另行引入运营主体的，须经乙方书面同意。',
      '协议期内，甲方拟另行开展同类场景授权的，应当事先取得乙方同意。',
    ]);
  });
  it('near misses: a new grant by open selection, a procedure spared, or another matter done anew', () => {
    expectQuiet('exclusivity', [
      '甲方另行开展授权运营的，应当依法公开选择运营机构。',
      '新增场景报甲方备案即可开展，不再另行履行授权程序。',
      '甲方另行采购运维服务的，应当事先取得乙方同意。',
    ]);
  });
});
