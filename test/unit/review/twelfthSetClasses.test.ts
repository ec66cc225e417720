import { describe, expect, it } from 'vitest';
import { agreementWith, flagIds } from '../../helpers/reviewCorpus';

/**
 * The red-line classes of the twelfth set and the fifth bank (issue 10), each on text written for the test, with near
 * misses. One describe block per fixer.
 */
const agr = (clause: string, ruleset = 'hebei') => flagIds(agreementWith(clause), ruleset, 'agreement');
const plan = (lines: string[], ruleset = 'hebei') =>
  flagIds(['某县某领域公共数据授权运营实施方案', '一、授权运营名称', '某领域公共数据授权运营，依场景授权。', ...lines].join('\n'), ruleset, 'plan');

describe('fixX: exclusivity read as who may deal with whom, and who develops what was delivered', () => {
  it('the grantor bound not to deal with other operators, whatever the dealing is called', () => {
    for (const c of [
      '合作期内，甲方不与其他数据运营商就本领域的数据开发事宜开展洽谈。',
      '甲方承诺，在乙方运营期间不再同任何其他运营机构磋商本场景数据的运营安排。',
      '协议存续期间，授权方不另行对接第三方运营主体。',
    ]) expect(agr(c), c).toContain('exclusivity');
  });
  it('the operator refraining, or the grantor free to deal, shuts nobody out', () => {
    for (const c of [
      '乙方不与其他运营机构就本场景进行洽谈，以免利益冲突。',
      '甲方可以与其他运营机构就其他场景开展洽谈。',
      '甲方不与其他运营机构共享乙方提交的商业秘密。',
    ]) expect(agr(c), c).not.toContain('exclusivity');
  });
  it('a whole domain or city’s operation reserved to the operator', () => {
    for (const c of [
      '甲方确认，全市医疗健康领域公共数据的运营业务全部由乙方负责。',
      '本区各行业的公共数据授权运营工作统一由乙方承担。',
    ]) expect(agr(c), c).toContain('exclusivity');
  });
  it('the operator doing its own work, or bearing costs, reserves nothing', () => {
    for (const c of [
      '本协议项下的运营工作均由乙方承担。',
      '本场景数据产品开发所需的费用均由乙方承担。',
      '本场景公共数据的安全管理责任均由乙方承担。',
    ]) expect(agr(c), c).not.toContain('exclusivity');
  });
  it('who re-develops a delivered product is named after the condition that asks for it', () => {
    for (const c of [
      '已交付的数据产品需要进一步深度加工的，由乙方或其关联公司完成。',
      '交付后的模型如需再开发的，由运营机构指定的单位实施。',
    ]) expect(agr(c), c).toContain('exclusivity');
    for (const c of [
      '已交付的数据产品需要二次开发的，由开发利用机构自行承担，乙方不参与。',
      '交付后的模型如需再开发的，由依法取得资格的经营主体实施。',
    ]) expect(agr(c), c).not.toContain('exclusivity');
  });
  it('the operator’s group may act as a developer only on what has nothing to do with delivered products', () => {
    for (const c of [
      '乙方的控股子公司以经营主体身份申请使用数据的，仅限于与乙方已交付产品无关的需求，并经甲方审核。',
      '乙方关联公司作为开发利用主体参与的，其申请事项不得涉及乙方已交付的数据产品。',
    ]) expect(agr(c), c).not.toContain('exclusivity');
    expect(agr('乙方关联公司可以作为开发利用主体，申请使用乙方已交付的数据产品开展加工。')).toContain('exclusivity');
  });
});

describe('fixX: pricing read as who sets the price and who pays', () => {
  it('a price the operator sets with a buyer, a venue or a market mechanism is no guided price', () => {
    for (const c of [
      '数据产品的价格由乙方与需求方在交易平台通过竞价确定。',
      '本协议项下的服务按照运营机构与数据交易所商定的挂牌价执行。',
      '各类数据服务的价格通过公开拍卖形成。',
      '产品价格由乙方与使用单位议价形成。',
    ]) expect(agr(c), c).toContain('pricing');
  });
  it('a market price kept within the guided price, or a venue rule that is no price, stays quiet', () => {
    for (const c of [
      '产品价格在政府指导价范围内由乙方与需求方竞价形成。',
      '挂牌交易的规则由数据交易所制定，乙方应当遵守。',
      '产品价格执行价格主管部门核定的标准，挂牌展示时不得高于该标准。',
    ]) expect(agr(c), c).not.toContain('pricing');
  });
  it('public and market uses charged together charge the public one', () => {
    expect(agr('运营机构对政务用户和企业用户均按照价目表收取费用。')).toContain('pricing');
    expect(plan(['五、收益分配', '运营机构对公益类与经营类数据产品统一计费，收入按比例分成。'])).toContain('pricing');
  });
  it('public and market uses named together but charged apart, or not charged, stay quiet', () => {
    for (const c of [
      '对公共治理类产品免费提供，对产业发展类产品按价目表收费。',
      '运营机构对公共治理类和产业发展类产品分别制定服务规范。',
    ]) expect(agr(c), c).not.toContain('pricing');
  });
});

describe('fixX: exclusivity — buyers bound to the operator or kept from its competitors', () => {
  it('a developer must go through the operator, buy its other services, or keep off other platforms', () => {
    for (const c of [
      '经营主体调用本场景数据产品的，须委托乙方指定的运维单位进行系统对接，不得另行选择其他运维单位。',
      '开发利用机构基于本场景数据形成的产品，只能经由乙方的销售渠道对外推广。',
      '数据使用方订购数据接口服务的，应当一并采购乙方提供的云存储服务。',
      '使用方取得的数据服务，未经乙方同意，不得接入其他数据交易平台或者与其他运营机构开展合作。',
      '本场景的数据接口仅向已与乙方签署长期采购协议的经营主体开放。',
    ]) expect(agr(c, 'chongqing'), c).toContain('exclusivity');
  });
  it('a developer’s own duties, a security bar on data, or the operator’s own choices shut nobody out', () => {
    for (const c of [
      '开发利用机构不得向第三方提供其取得的原始数据。',
      '经营主体应当通过本协议约定的安全通道调用数据接口。',
      '乙方可以选择其他技术服务商完成平台运维。',
      '数据使用方可以自行选择云存储服务商。',
      '本场景的数据接口向依法登记的经营主体平等开放。',
    ]) expect(agr(c, 'chongqing'), c).not.toContain('exclusivity');
  });
});

describe('fixX: pricing — every term of a price set by the operator, and who the user really is', () => {
  it('a markup, a float or a discount rate the operator fixes is a price it sets', () => {
    for (const c of [
      '乙方可根据市场需求对服务价格适当上浮，上浮比例由乙方决定。',
      '产品价格可按季度调整，调整幅度由运营机构自行确定。',
    ]) expect(agr(c), c).toContain('pricing');
    expect(agr('产品价格可按季度调整，调整幅度由价格主管部门核定。')).not.toContain('pricing');
  });
  it('a market party named as the maker of what a public user uses is not the user', () => {
    expect(agr('街道办事处使用数据商加工的产品免费，调用乙方直接提供的接口服务的，按调用量付费。')).toContain('pricing');
    expect(agr('行政机关使用开发利用机构再开发的产品，按次收费。')).toContain('pricing');
  });
  it('“other” products after public ones name the rest, charged at the guided price', () => {
    for (const c of [
      '面向县级部门的公益类产品无偿提供；其余产品执行政府指导价收费。',
      '公共治理类数据服务免费；其他服务按照省级指导价收费。',
    ]) expect(agr(c), c).not.toContain('pricing');
  });
});
