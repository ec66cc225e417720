import { describe, it } from 'vitest';
import { expectQuiet, expectRaised } from '../../../helpers/redlineCase';

/**
 * Pricing readings built from the seventeenth set's false red lines and the ninth bank (session 14), each on text written
 * for this test, with near misses that must stay quiet.
 */
const quiet = (texts: string[]) => expectQuiet('pricing', texts, { ruleset: 'national' });
const fires = (texts: string[]) => expectRaised('pricing', texts, { ruleset: 'national' });

describe('pricing: a price authority named as who sets or approves the price is no user', () => {
  it('near misses: the organ, in any spelling, fixing the price a market product pays', () => {
    quiet([
      '产业类数据产品按照市发展和改革委员会核定的政府指导价收费，乙方可在指导价范围内下浮。',
      '经营性服务执行区发展和改革局批准的收费标准，运营机构不得擅自提高。',
      '行业发展类产品的服务费，按县发展改革委员会公布的指导价收取。',
      '收费标准由市物价局核定后执行，运营机构在核定标准以内向企业收取。',
      '面向企业的数据服务，依照省发展和改革委员会制定的价格向使用方计费。',
    ]);
  });
  it('still fires: a public body that uses the product and is charged', () => {
    fires([
      '市交通运输局调用拥堵分析服务的，按每次0.5元向乙方支付服务费。',
      '县卫生健康委员会使用健康画像产品的，按照市场价格结算费用。',
    ]);
  });
});

describe('pricing: a charge word inside a noun names a topic, not a charge', () => {
  it('near misses: charging named as an assessment dimension, a rule, a record or a duty kept', () => {
    quiet([
      '年度评估从数据安全、服务质量、公益贡献、用户满意度、收费合规五个方面进行。',
      '考核指标包括公益服务成效、收费规范性和安全事件数量。',
      '甲方对乙方的公益服务情况、收费管理制度执行情况进行年度检查。',
      '评价内容：公共治理支撑、收费合规、数据质量。',
    ]);
  });
  it('still fires: the public use charged', () => {
    fires([
      '公益类应用按每次0.2元收费。',
      '公共治理类产品的使用单位，按年度向运营机构缴纳服务费。',
    ]);
  });
});

describe('pricing: a negotiation that amends the agreement under outside approval sets no price', () => {
  it('near misses: the price mechanism changed by a supplementary agreement the government approves', () => {
    quiet([
      '授权数据范围、应用场景、价格机制发生重大变化的，经三方协商一致并报省人民政府同意后，签订补充协议。',
      '定价规则需要调整的，甲乙双方协商一致后签订补充协议，报市发展改革部门备案。',
      '因价格政策变化需修改本协议的，由双方协商一致，并经甲方批准后另行签订补充协议。',
      '收费标准由双方协商提出，报价格主管部门核定后执行。',
    ]);
  });
  it('still fires: the operator and its buyer negotiating the price itself', () => {
    fires([
      '数据产品价格由乙方与使用方协商确定。',
      '服务费标准由运营机构与需求方协商一致后执行，无需报批。',
    ]);
  });
});

describe('pricing: a market named as whom products serve ends the public use', () => {
  it('near misses: public needs first, market-facing products paid', () => {
    quiet([
      '优先满足政府监管和公共服务用数需求，对面向市场的数据产品和服务实行有偿使用。',
      '公益用途无偿提供，面向市场需求的增值服务有偿提供。',
      '坚持公共服务优先，对市场用户提供的数据服务实行收费。',
    ]);
  });
  it('still fires: a public use charged at market level', () => {
    fires([
      '公共服务类产品按照市场价格收取费用。',
      '政府部门调用数据产品的，按照市场价格结算。',
    ]);
  });
});

describe('pricing: a public body as the bearer of a duty is not the user a later charge falls on', () => {
  it('near misses: the department provides data or checks; the operator charges its own users', () => {
    quiet([
      '市医疗保障局有义务按目录提供合格数据，有权对产品进行规范性审核；运营机构有权在授权范围内开发产品并依规收取服务费用。',
      '区卫生健康委员会负有数据供给和质量保障义务；乙方依规向使用方收取服务费用。',
      '市交通运输局有责任及时更新数据；运营机构可以依法收取产品服务费。',
    ]);
  });
  it('still fires: the department as the user charged', () => {
    fires([
      '市医疗保障局调用核验服务的，运营机构按每次0.3元收取服务费用。',
      '区卫生健康委员会使用分析报告的，依规向乙方支付服务费用。',
    ]);
  });
});

describe('pricing (bank, odd): a charge to a public user or a public use named as the ground of a sanction sets no rule', () => {
  it('near misses: an order to refund or correct an overcharge', () => {
    quiet([
      '乙方违反政府指导价收费或者向公益用途收取费用的，甲方责令其退还多收费用，并在年度评价中认定为不合格。',
      '运营机构向政府部门收取服务费的，实施机构责令限期退还。',
      '对公益类应用收费的，由甲方责令乙方纠正，并退还多收部分。',
      '乙方应当向使用单位退还多收的公益服务费用。',
    ]);
  });
  it('still fires: the charge as the rule', () => {
    fires([
      '政府部门调用数据产品，乙方按每次1元收取服务费，年度结算时多退少补。',
      '公益类产品按成本价收费，由甲方监督执行。',
    ]);
  });
});

describe('pricing (bank, odd): a public user bound to a contract for paid service is charged, whatever budget pays', () => {
  it('fires: the department using the service for its duty signs a paid contract', () => {
    fires([
      '省直部门因开展监管执法需要使用乙方平台数据服务的，应当与乙方签订有偿服务合同，费用由部门预算列支。',
      '区级行政机关调用数据产品用于执法检查的，须与运营机构订立有偿使用协议。',
      '市直单位使用本平台数据服务开展行政审批的，与乙方另行签订有偿服务协议，所需经费列入部门预算。',
    ]);
  });
  it('near misses: free use, a market user paying, or the grantor commissioning development', () => {
    quiet([
      '省直部门因开展监管执法需要使用乙方平台数据服务的，无偿使用，不签订有偿服务合同。',
      '企业使用乙方平台数据服务的，应当与乙方签订有偿服务合同。',
      '甲方委托乙方开发监管平台的，由甲方按照年度预算向乙方支付开发费用。',
    ]);
  });
});

describe('pricing (bank, even): a ban on charging a public use excepting only a market use stays a ban', () => {
  it('near misses: the exception is the public user turning the data to business', () => {
    quiet([
      '乙方为非营利性科研机构、公立医院提供公益性数据服务的，不得收取数据准备费等任何费用，但上述机构将数据用于商业合作项目的除外。',
      '政府部门调用公益类产品的，运营机构不得收费，但用于经营活动的除外。',
      '对公共治理用途不得计费，但使用单位将成果用于营利目的的除外。',
    ]);
  });
  it('still fires: an exception that lets a public use be charged', () => {
    fires([
      '政府部门调用数据产品的，原则上不收费，但调用量超过每月1000次的除外。',
    ]);
  });
});

describe('pricing (bank, even): part of the price kept outside the guided ceiling, or a contract overriding it, sets the guided price aside', () => {
  it('fires: a carve-out from the ceiling or a contract that prevails', () => {
    fires([
      '甲方按照政府指导价核定乙方产品服务费上限；乙方与需求方另行约定增值服务的，增值服务费用不计入上限，由双方自主协商。',
      '产品价格执行政府指导价，定制开发费用不受指导价上限限制。',
      '经营性产品和服务实行政府指导价；乙方与使用方另有约定的，从其约定。',
    ]);
  });
  it('near misses: the whole price within the ceiling', () => {
    quiet([
      '增值服务费用一并计入指导价上限，由乙方在上限以内执行。',
      '经营性产品和服务实行政府指导价，乙方与使用方可以在指导价范围内另行约定具体价格。',
      '定制开发费用同样执行政府指导价，不得突破上限。',
    ]);
  });
});

describe('pricing (bank, even): the allowed revenue or profit left uncapped or set by the operator itself', () => {
  it('fires: no ceiling on revenue or a share, or the allowed profit self-determined', () => {
    fires([
      '8.3 收入核算：运营机构年度收入不设上限，经营成本和准许利润由运营机构自行核定，报实施机构备案。',
      '运营单位按使用方新增营业收入的3%收取增值分成，不设上限。',
      '准许利润由乙方自主确定，报甲方备案。',
    ]);
  });
  it('near misses: the authority or the grantor fixing them, a cap kept', () => {
    quiet([
      '准许利润由实施机构会同价格主管部门核定。',
      '运营机构年度收入不得超过最高准许收入，超出部分在下一周期扣减。',
      '增值分成比例不超过3%，且年度收入以最高准许收入为上限。',
    ]);
  });
});

describe('pricing: the allowed profit pegged to the operator\'s own returns, or given a floor, inflates the ceiling', () => {
  it('fires: own returns or a floor', () => {
    fires([
      '准许利润率按乙方上一年度净资产收益率确定，且不低于15%。',
      '运营机构的准许利润率不低于20%。',
      '准许收益率参照运营机构自身上年度实际利润率确定。',
    ]);
  });
  it('near misses: the formula, a cap, or the authority fixing it', () => {
    quiet([
      '准许利润率按照上一年度10年期国债平均收益率加6个百分点确定。',
      '准许利润率不高于8%，由价格主管部门核定。',
      '准许利润率由实施机构会同价格主管部门核定，不得以运营机构自身收益率为依据。',
    ]);
  });
});
