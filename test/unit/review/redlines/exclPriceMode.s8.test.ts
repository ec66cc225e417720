import { describe, expect, it } from 'vitest';
import { raises } from '../../../helpers/redlineCase';

/**
 * Exclusivity, pricing and authorization-mode readings built from the eighth bank's odd failures (session 13), each on
 * text written for this test, with near misses that must stay quiet.
 */
const reads = (redline: string) => (clause: string, ruleset = 'hebei') => raises(redline, clause, { ruleset });
const exclusivity = reads('exclusivity');
const mode = reads('authorization_mode');

describe('exclusivity: a word of exclusivity that is what is guarded against, not what is granted', () => {
  it('near misses: exclusivity or monopoly as the object of a complaint, a check, a refused agreement, or a sole duty', () => {
    for (const c of [
      '使用方对运营机构设置排他性条款的举报，由数据主管部门依法调查处理。',
      '甲方每年组织对独家交易、搭售等行为的专项检查，检查结果向社会公开。',
      '乙方保证不同任何数据商就产品定价、供货区域或者服务对象达成垄断协议。',
      '运营机构不和其他交易场所就挂牌费用、结算周期达成排他性安排。',
      '乙方是本项目网络安全的唯一责任主体，不得以外包为由转移责任。',
      '运营机构作为唯一联络主体，负责与各数据提供单位对接数据需求。',
    ]) expect(exclusivity(c), c).toBe(false);
  });
  it('still fires: the same words where the clause gives the exclusive position', () => {
    for (const c of [
      '乙方是本场景数据产品的唯一提供方，甲方不再向其他主体开放同类数据。',
      '乙方享有本市交通数据的独家运营权。',
      '乙方与开发利用主体约定，开发利用主体不得向其他交易场所挂牌同类产品。',
    ]) expect(exclusivity(c), c).toBe(true);
  });
});

describe('exclusivity: others get the data or the operation only what the operator leaves them', () => {
  it('a first claim on new data, the whole area given to one operator with others folded in, or access only through it fires', () => {
    for (const c of [
      '同等条件下，甲方后续开放的医疗健康数据应当优先授予乙方运营，乙方明确放弃后方可授予其他机构。',
      '新增的文旅类公共数据，须先征询运营机构是否承接，运营机构不承接的，甲方方可另行选择运营主体。',
      '全市公共数据由乙方一家统一运营，各区不再另行确定运营主体，现有区级运营项目逐步并入乙方。',
      '本县公共数据授权运营由县数投公司统一承担，乡镇、部门不再单独选择运营机构。',
      '需要接入本协议项下数据服务的单位，应当与乙方签订服务合同并使用乙方提供的模型服务，甲方不另行向其他主体开放同类数据接口。',
    ]) expect(exclusivity(c), c).toBe(true);
  });
  it('near misses: a priority in time only, areas with their own operators, or access open to others', () => {
    for (const c of [
      '乙方在同等条件下享有优先续约的权利。',
      '各区可以根据需要分别确定本区运营机构，乙方不参与区级运营机构的遴选。',
      '需要接入本协议项下数据服务的单位，可以与乙方签订服务合同，也可以通过其他依法设立的运营机构获取同类服务。',
      '甲方新增开放的交通类数据，按照公开、公平原则另行组织遴选运营机构，乙方可以参与竞争。',
    ]) expect(exclusivity(c), c).toBe(false);
  });
});

describe('authorization_mode: a new scenario carried by this grant instead of its own', () => {
  it('a scenario added to this agreement or this plan, with or without consent, fires', () => {
    for (const c of [
      '乙方拟拓展附件所列以外的场景的，报甲方同意后，该场景纳入本协议授权范围。',
      '授权期内新提出的应用场景，经甲方审核同意后列入本协议附件，适用本协议各项约定。',
      '运营机构今后开展本方案以外的其他场景，按照本方案执行，不再另行制定实施方案。',
      '后续新增场景参照本协议执行，双方不再另行签订授权运营协议。',
    ]) expect(mode(c), c).toBe(true);
  });
  it('near misses: a new scenario that needs its own plan and agreement, or a scenario kept out', () => {
    for (const c of [
      '乙方拟拓展附件所列以外的场景的，应当报甲方另行编制实施方案，并另行签订授权运营协议。',
      '新增应用场景应当按照本办法重新组织论证和授权，不得纳入本协议授权范围。',
      '附件所列场景以外的数据需求，乙方不得开展。',
    ]) expect(mode(c), c).toBe(false);
  });
});

describe('authorization_mode: a scenario whose content the operator decides or whose bounds stay open', () => {
  it('the concrete uses chosen by the operator, or a scenario running to whatever relates to it, fires', () => {
    for (const c of [
      '授权场景：智慧医疗及其相关延伸场景。',
      '本协议授权场景为“数字乡村”，涵盖农业生产、乡村治理、农村金融等方面，具体项目由运营机构视需要确定。',
      '甲方对运营机构实行场景清单管理，清单内场景由运营机构自主实施并按季度报告，清单由运营机构提出，经甲方确认后可随时调整。',
      '应用场景名称为城市综合服务，具体服务内容由乙方结合市场需求自行安排。',
    ]) expect(mode(c), c).toBe(true);
  });
  it('near misses: a bounded scenario, or the concrete work planned by the operator within a fixed scenario and approved', () => {
    for (const c of [
      '授权场景：普惠金融中的小微企业信用评估，不包括其他任何场景。',
      '本协议授权场景为“医保商保一站式结算”，乙方应当按照附件二所列功能清单实施。',
      '乙方应当在授权场景内编制年度实施计划，报甲方审核同意后实施。',
    ]) expect(mode(c), c).toBe(false);
  });
});

const pricing = reads('pricing');
describe('pricing: a public body using the products for its own governance work is charged', () => {
  it('a charge on a public body\'s governance use fires, even settled at list price out of its budget', () => {
    for (const c of [
      '市直部门调用乙方数据产品开展执法检查的，按照乙方对外收费标准支付费用，所需经费列入部门预算。',
      '甲方所属单位使用运营平台的数据模型开展行政许可审查，应当按照市场价格与乙方结算。',
      '区应急管理局使用乙方的风险监测产品开展应急指挥，按年支付服务费，费用由区财政承担。',
      '授权方及其下属单位使用乙方的数据服务用于行政许可，按乙方公布的价格结算。',
      '甲方及其内设机构调用本协议项下的数据模型开展执法检查的，按照对外报价支付费用，所需资金由甲方年度预算安排。',
    ]) expect(pricing(c), c).toBe(true);
  });
  it('near misses: served free, services of another kind bought under procurement, or a company\'s own approval work', () => {
    for (const c of [
      '市直部门调用乙方数据产品开展执法检查的，乙方应当免费提供。',
      '甲方委托乙方开展平台运维所需费用，按照政府采购程序另行支付。',
      '企业使用乙方的数据产品开展信贷审批的，按照对外价格标准结算费用。',
      '银行使用乙方数据产品开展贷后风险监管的，按照对外价格结算费用。',
      '甲方按照年度预算向乙方支付平台开发成本，用于支撑行政审批系统建设。',
    ]) expect(pricing(c), c).toBe(false);
  });
});

describe('exclusivity: the grantor keeping access to the data from others', () => {
  it('access not opened for others, by whatever means of access, fires', () => {
    for (const c of [
      '甲方不为其他企业另行开通同类数据接口。',
      '数据提供单位承诺不为第三方开放相同的数据调用接口。',
    ]) expect(exclusivity(c), c).toBe(true);
  });
  it('near misses: the operator itself not opening interfaces to others, or the grantor opening them', () => {
    for (const c of [
      '乙方不得为第三方开放数据调用接口。',
      '甲方可以为其他企业开通同类数据接口。',
    ]) expect(exclusivity(c), c).toBe(false);
  });
});

describe('authorization_mode: a scenario the text does not list, run under this plan', () => {
  it('an unlisted scenario carried by this plan fires', () => {
    for (const c of [
      '运营机构开展本协议未列入的应用场景，比照本协议执行。',
      '授权期内运营机构实施本方案未载明的场景，纳入本方案统一管理。',
    ]) expect(mode(c), c).toBe(true);
  });
  it('near misses: an unlisted scenario barred or sent to a grant of its own', () => {
    for (const c of [
      '运营机构不得开展本协议未列入的应用场景。',
      '运营机构开展本方案未载明的场景，应当另行编制实施方案并报批。',
    ]) expect(mode(c), c).toBe(false);
  });
});

describe('exclusivity (even round): grounds of a sanction and deemed breaches allow nothing', () => {
  it('near misses: items listed as grounds for termination or breach, or a deeming that widens a prohibition', () => {
    for (const c of [
      '第二十条 运营机构有下列行为之一的，甲方可以解除协议并收回授权：（一）与使用方签订独家供应协议的；（二）实施搭售的；（三）参与已交付产品二次开发的。',
      '乙方有以下情形之一的，按照本协议第三十条承担违约责任：1.设置排他性交易条件的；2.滥用优势地位实施垄断的。',
      '乙方不得参与已交付产品的再开发。乙方的全资子公司或者关联企业承接上述产品二次开发的，视为乙方参与。',
    ]) expect(exclusivity(c), c).toBe(false);
  });
  it('still fires: the same acts allowed, or a list that grants', () => {
    for (const c of [
      '乙方享有下列权利：（一）对已交付产品进行二次开发；（二）独家经营本场景数据产品。',
      '乙方的全资子公司可以承接已交付产品的二次开发。',
    ]) expect(exclusivity(c), c).toBe(true);
  });
});

describe('exclusivity (even round): public bodies bound to the operator\'s platform', () => {
  it('departments barred from other operators fires', () => {
    for (const c of [
      '各区、各部门新建的数据开发项目，应当依托乙方平台建设，不得另行委托其他运营机构。',
    ]) expect(exclusivity(c), c).toBe(true);
  });
  it('near misses: the operator barred, or departments free to choose', () => {
    for (const c of [
      '各区、各部门新建的数据开发项目，可以依托乙方平台建设，也可以委托其他运营机构。',
      '乙方通过本平台开展运营，不得另行委托其他运营机构代为运营。',
    ]) expect(exclusivity(c), c).toBe(false);
  });
});

describe('pricing (even round): the guided price kept, a business use charged, a service procured', () => {
  it('near misses: an excess over the guided price not charged, a free public product turned to business charged, procurement by a public body', () => {
    for (const c of [
      '政府指导价下调后，乙方应当执行调整后的标准，已收取的高于新指导价的部分予以退还。',
      '使用方将免费获得的公益类数据产品转用于商业活动的，乙方可以按照政府指导价收取费用。',
      '乙方承担的各区政务平台运维工作，由区政府部门通过政府采购方式另行委托并支付费用。',
    ]) expect(pricing(c), c).toBe(false);
  });
  it('still fires: the excess kept, a public use charged, a public body charged outside procurement', () => {
    for (const c of [
      '政府指导价下调后，乙方对已签订合同仍可按照高于新指导价的原价格收取费用。',
      '各区政府部门使用乙方数据产品开展基层治理的，按照对外价格向乙方支付费用。',
    ]) expect(pricing(c), c).toBe(true);
  });
});
