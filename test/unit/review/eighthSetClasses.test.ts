import { describe, expect, it } from 'vitest';
import { agreementWith, asIs } from '../../helpers/reviewCorpus';
import { expectQuiet, expectRaised, raises } from '../../helpers/redlineCase';

/**
 * The red-line classes of the eighth held-out set (issue 10), each on text written for the test, with near misses:
 * an exception that points to an annex or an article, read where it points; a 但书 that lets someone else do what was
 * forbidden; renewals that run on by themselves; a term from an estimated signing date; public bodies paying, whatever
 * the charge verb; record-level data whose identifiers are only hashed; a definition that widens who holds the grant;
 * one grant that covers scenarios not yet named; the grantor's promise to supply nobody else; and the false ones: a
 * definition that grants nothing, a list of uses each with its own terms.
 */
const planText = (lines: string[]) => ['某县某领域公共数据授权运营实施方案', '一、授权运营名称', '某领域公共数据授权运营，依场景授权。', ...lines].join('\n');

describe('an exception by cross-reference is read where it points', () => {
  const annex = (row: string) => ['附件二 例外情形', '序号\t情形\t处理', `1\t${row}`].join('\n');
  it('fires when the annex or article it names lets the data leave', () => {
    const cases = [
      `原始数据不得导出平台，但附件二所列情形除外。\n${annex('合作银行开展贷后管理\t可以将企业纳税明细按月拷贝至其内部信贷系统')}`,
      `除本协议附件二列明的情形外，乙方不得向任何单位提供原始数据。\n${annex('乙方的合作方\t允许其直接读取并下载原始记录')}`,
      `乙方不得对外提供原始数据，本协议第六条约定的情形除外。\n第六条 特别约定。经营主体可以将申报明细以文件方式带离平台用于自身业务。`,
    ];
    expectRaised('raw_data_export', cases);
  });
  it('stays a prohibition when what it points to keeps the data inside, or points to nothing held', () => {
    const cases = [
      `原始数据不得导出平台，但附件二所列情形除外。\n${annex('审计检查\t在平台内查阅，不得拷贝')}`,
      '原始数据不得导出平台，附件五所列情形除外。',
      `原始数据不得导出平台，法律法规另有规定的除外。`,
    ];
    expectQuiet('raw_data_export', cases);
  });
});

describe('a 但书 that lets another party do what the clause forbids', () => {
  it('fires: the forbidden re-development allowed to a company the operator owns', () => {
    const cases = [
      '乙方不得参与已交付产品的再开发，但其控股子公司以数据使用方身份采购后二次开发的，不在此限。',
      '运营机构不参与其已交付数据产品的再开发；但是，运营机构的全资子公司对该产品进行再加工并对外销售的，不受前款限制。',
      '乙方不得参与已交付产品的二次开发，但由乙方关联企业承接的除外。',
    ];
    expectRaised('exclusivity', cases, { ruleset: 'chongqing' });
  });
  it('does not fire for a plain prohibition or one that defers to the law', () => {
    expectQuiet('exclusivity', ['乙方不得参与已交付产品的再开发。', '乙方不得参与已交付产品的再开发，但法律、行政法规另有规定的除外。'], { ruleset: 'chongqing' });
  });
  it('does not fire when the case it lets out touches neither the data nor the grant', () => {
    const c = '乙方不得将授权转让或转授给第三方，但委托代理商推广已上线产品的，不受此限，代理商不接触任何授权数据。';
    expect(raises('sub_authorization', c, { ruleset: 'chongqing' }), c).toBe(false);
  });
});

describe('renewals that extend the term', () => {
  it('fires for an automatic renewal that runs on past three years, written apart from the term', () => {
    const cases = [
      '期满前三十日内双方均未书面提出终止的，本协议自动续期一年，此后亦同。',
      '届满时如无异议，协议期限自动延续十二个月，延续次数不限。',
      '协议到期后自动续展壹年，续展不限次数。',
    ];
    expectRaised('term_over_3y', cases);
  });
  it('an unlimited automatic renewal fires even after a one-year term', () => {
    const text = agreementWith('本协议期满后自动顺延一年，可多次顺延。').replace('运营期限为三年', '运营期限为一年');
    expect(raises('term_over_3y', text, { doc: asIs })).toBe(true);
  });
  it('does not fire for a renewal that needs a new decision, or an exact three-year term', () => {
    expectQuiet('term_over_3y', ['期满后需继续运营的，应重新申请，经审批后重新签订协议。', '期满前三个月内可申请续签，续签须经评估并重新签订协议，续展次数不限。']);
  });
});

describe('a term from an estimated signing date', () => {
  it('measures from the estimate the text gives', () => {
    const cases = [
      '授权运营期限自授权运营协议签订之日（预计2027年3月）起至2030年12月31日止。',
      '运营期自运营协议签署之日（计划于2026年6月）起，至2029年12月31日止。',
      '本期授权运营期限为自协议签订之日（拟定2027年1月1日）至2030年6月30日。',
    ];
    expectRaised('term_over_3y', cases, { kind: 'plan', doc: (c) => planText(['二、运营期限', c]) });
  });
  it('does not fire when the estimate and the end are three years apart', () => {
    const c = '授权运营期限自协议签订之日（预计2027年3月）起至2030年2月28日止。';
    expect(raises('term_over_3y', planText(['二、运营期限', c]), { kind: 'plan', doc: asIs }), c).toBe(false);
  });
});

describe('public bodies paying, by their roles and any charge verb', () => {
  it('fires', () => {
    const cases = [
      '应急指挥辅助分析服务向区应急管理局、区水利局提供的，每家每年收取服务费八万元。',
      '公共治理类产品的使用单位按照实际调用次数分摊平台运维成本，由运营机构按年结算。',
      '区城市管理局、区住建局调用内涝预警接口的，运维成本由两局按调用次数分担。',
      '防灾减灾分析提供给市、县两级自然资源部门使用，每个部门每年结算费用六万元。',
    ];
    expectRaised('pricing', cases, { kind: 'plan', doc: (c) => planText(['二、收费', c]) });
  });
  it('does not fire for free public use, or a price the government sets for companies', () => {
    const cases = [
      '向区应急管理局、区水利局提供的服务免费，面向企业的服务按政府指导价收费。',
      '公益使用无偿，经营使用按政府指导价收费。',
      '坚持公益优先，有偿使用须执行政府指导价。',
      '政府部门使用的，由运营机构无偿提供；企业使用的，按政府指导价收取服务费。',
      '面向产业发展的产品按政府指导价收取运营服务费。',
      '公共治理类：医保结算分析、就医结算监测等产品，向市医保局、卫生健康部门无偿提供。',
    ];
    expectQuiet('pricing', cases, { kind: 'plan', doc: (c) => planText(['二、收费', c]) });
  });
});

describe('record-level data stays raw when identifiers are only hashed or can be re-linked', () => {
  it('fires', () => {
    const cases = [
      '乙方可以向合作保险机构提供个人级就诊明细，其中身份证号经哈希处理。',
      '乙方可按月向银行推送户级用电记录，户号以加密编码替代。',
      '乙方向合作机构交付脱敏数据包，合作机构可以用其掌握的客户名单将数据与具体客户重新关联。',
    ];
    expectRaised('raw_data_export', cases);
  });
  it('does not fire for aggregates, or for records kept inside the platform', () => {
    const cases = [
      '乙方可以向银行提供按街道汇总的用电统计数据，不含户级明细。',
      '乙方不得向任何机构提供户级明细，也不得将数据与具体用户关联。',
      '户级用电明细仅在平台内用于模型训练，对外只提供评分结果。',
    ];
    expectQuiet('raw_data_export', cases);
  });
});

describe('a definition that widens who holds the grant', () => {
  it('fires', () => {
    const cases = [
      '运营机构的全资子公司，视为本协议所称乙方，可以直接调用授权数据。',
      '本方案所称运营机构，包括运营机构控股的子公司和关联企业。',
      '与乙方受同一主体控制的关联公司，视同运营机构，享有本协议约定的数据使用权利。',
    ];
    expectRaised('sub_authorization', cases);
  });
  it('does not fire when the definition keeps them out', () => {
    expectQuiet('sub_authorization', ['乙方的关联公司不视为运营机构，不得使用授权数据。', '本协议所称乙方，是指某数据科技有限公司。']);
  });
});

describe('one grant that covers scenarios not yet named (Hebei: one scenario, one grant)', () => {
  it('fires', () => {
    const cases = [
      '本项目实行一次性授权，运营机构在授权期内可自行拓展应用场景。',
      '授权期内新增的应用场景由运营机构自主确定，无需另行申请授权。',
      '今后拓展的其他场景，运营机构报备后即可开发，不再重新审批。',
    ];
    expectRaised('authorization_mode', cases, { kind: 'plan', doc: (c) => planText(['二、授权场景', '本方案授权交通出行场景。', c]) });
  });
  it('does not fire when a new scenario needs a new grant', () => {
    expectQuiet('authorization_mode', ['新增场景的，另行申请授权。', '拓展其他场景的，应当重新履行审批程序。'], { kind: 'plan', doc: (c) => planText(['二、授权场景', '本方案授权交通出行场景。', c]) });
  });
});

describe("the grantor's promise to supply nobody else", () => {
  it('fires', () => {
    const cases = [
      '授权期内，区数据管理局不再向其他市场主体提供同类数据用于开发利用。',
      '甲方承诺，在本协议有效期内不向其他企业开放本场景数据。',
      '数据提供单位不得另行向第三方供给上述数据用于开发。',
    ];
    expectRaised('exclusivity', cases);
  });
  it('does not fire for the operator kept from passing data on, or a grantor free to supply others', () => {
    expectQuiet('exclusivity', ['乙方不得向其他市场主体提供原始数据。', '甲方可以向其他市场主体提供同类数据。']);
  });
});

describe('false red lines of the eighth set', () => {
  it('a definition of raw data lets nothing leave', () => {
    expectQuiet('raw_data_export', ['“原始数据”，是指数据提供单位向平台归集、未经乙方加工的数据。', '本协议所称明细数据，系指各部门提供给平台的逐条记录。']);
  });
});

describe('who a charge falls on, once the readers and the phrase checks are merged', () => {
  it('a public body named as the subject of its duties (providing the data, overseeing) is not the user a later charge falls on', () => {
    expectQuiet('pricing', [
      '区交通局、区公交集团、区城市管理局负责按目录及时提供数据并对数据质量负责；运营机构享有在授权范围内开发产品、依规收取服务费的权利。',
      '市卫生健康委应当按季度更新数据；运营机构按照政府指导价向企业收取服务费。',
    ], { ruleset: 'chongqing', kind: 'plan', doc: (c) => planText([c]) });
  });
  it('a public body that uses the product and pays still fires, and so does one charge for every use', () => {
    expectRaised('pricing', [
      '区卫生健康委负责提供数据；向区卫生健康委提供的监测报告按每份2000元收取服务费。',
      '市交通局负责组织实施。市交通局调用拥堵指数的，按每次0.5元收取服务费。',
      '为简化管理，本平台数据产品不区分公益用途与经营用途，统一按照附件价格目录收费。',
      '无论使用单位是否为行政机关，一律按调用次数计费。',
    ], { ruleset: 'chongqing', kind: 'plan', doc: (c) => planText([c]) });
    expect(raises('pricing', planText(['本平台产品区分公益用途与经营用途：公益用途免费，经营用途统一按照政府指导价收费。']), { ruleset: 'chongqing', kind: 'plan', doc: asIs })).toBe(false);
  });
});
