import { describe, it } from 'vitest';
import { expectQuiet, expectRaised } from '../../../helpers/redlineCase';

/**
 * Pricing classes of the eleventh bank (session 16). Every text is written for this test, not taken from the bank; each
 * class has near misses that must stay quiet.
 */

describe('pricing: the allowed profit rate set above the local rule (秦皇岛: 10-year treasury yield + 6 points)', () => {
  const QHD = { ruleset: 'qinhuangdao' };
  it('a margin over the benchmark above the rule\'s points, or a fixed rate above them plus the yield, fires', () => {
    expectRaised('pricing', [
      '运营机构的准许收益率，取上年度十年期国债平均收益率另加九个百分点。',
      '准许利润率为5年期贷款市场报价利率加8个百分点，每个监管周期核定一次。',
      '经营性数据产品定价时，准许利润率按照18%计取。',
      '本项目准许利润率确定为百分之三十，据此测算服务费标准。',
    ], QHD);
  });
  it('the rule\'s margin, a lower one, or a cap stays quiet', () => {
    expectQuiet('pricing', [
      '准许收益率取上年度十年期国债平均收益率另加陆个百分点，由价格主管部门核定。',
      '准许利润率按照十年期国债平均收益率加四个百分点确定。',
      '准许利润率不超过百分之十五，具体由价格主管部门核定。',
      '准许利润率最高为上年度十年期国债平均收益率加八个百分点，具体以价格主管部门核定为准。',
      '准许利润率按8%确定，最高准许收入按经营成本、准许利润和税金之和核定。',
    ], QHD);
  });
  it('where the ruleset has no profit rule of its own, no rate is judged: the national notice leaves it to local rules', () => {
    for (const ruleset of ['hebei', 'national', 'chongqing']) {
      expectQuiet('pricing', ['准许利润率为5年期贷款市场报价利率加8个百分点，每个监管周期核定一次。', '本项目准许利润率确定为百分之三十，据此测算服务费标准。'], { ruleset });
    }
  });
});

describe('pricing: what is agreed is the noun right after 的', () => {
  it('a time, a way or an account agreed, with the fee paid after it, stays quiet', () => {
    expectQuiet('pricing', [
      '需求方应当按照服务合同约定的期限支付服务费，服务费标准以平台公示价格为准。',
      '开发利用主体按照双方约定的方式缴纳服务费。',
      '使用方应在合同约定的付款节点向乙方结算价款。',
    ]);
  });
  it('a price agreed by the parties, or set by the operator, still fires', () => {
    expectRaised('pricing', [
      '需求方按照双方商定的服务费标准向乙方付费。',
      '开发利用主体应当按照乙方与其约定的价格支付使用费。',
      '数据产品按照运营机构与交易平台议定的挂牌价执行。',
    ]);
  });
});

describe('pricing: the operator’s own price, named as a noun or changed on its own', () => {
  it('a self-made price, or a change effective by itself, fires', () => {
    expectRaised('pricing', [
      '指导价公布以前，运营机构暂按自定的收费标准向数据使用方收费。',
      '乙方可根据市场变化上调数据服务费，上调后立即执行。',
      '运营机构有权对产品价格作出变更，变更后直接适用于全部存量用户。',
    ]);
  });
  it('a change approved, bound by the guided price, or made by the grantor stays quiet', () => {
    expectQuiet('pricing', [
      '乙方申请调整服务费的，经价格主管部门核定后执行，调整后即时生效。',
      '乙方可以在政府指导价范围内调整产品价格，调整后立即执行。',
      '甲方会同价格主管部门调整服务费标准的，调整后即时生效，乙方应当执行。',
      '乙方不得自定收费标准，产品价格按照政府指导价执行。',
      '乙方调整服务价格的，应当按照价格主管部门的规定办理，调整后即时生效。',
    ]);
  });
});

describe('pricing: a public use priced as a share of a market price, and public decision support', () => {
  it('fires when the public use is charged, a ceiling or a share of a market price included', () => {
    expectRaised('pricing', [
      '运营机构按用途分档定价，其中公益用途价格不超过经营性用途价格的一半。',
      '政府部门调用本产品的，收费不得高于商业用户价格的百分之五十。',
      '城市管理决策支持产品按年收取服务费，每年20万元。',
      '产品名称：交通治理辅助决策，收费方式：按次计费，每次0.2元。',
    ]);
  });
  it('stays quiet where the public use is free, or only the market price is bounded', () => {
    expectQuiet('pricing', [
      '公益用途免费，经营性用途价格不高于政府指导价。',
      '企业用户按照商业用户价格的百分之八十付费。',
      '产品名称：应急管理辅助决策，收费方式：无偿提供。',
      '面向保险公司的灾害风险评估产品按次计费，每次0.5元。',
    ]);
  });
});

describe('pricing: the loan market\'s quoted rate (贷款市场报价利率, LPR) is a benchmark, not a market price', () => {
  it('a profit rate or a fee pegged to the LPR stays quiet', () => {
    expectQuiet('pricing', [
      '准许利润率参照同期5年期贷款市场报价利率确定，并由价格主管部门定期评估调整。',
      '逾期付款的，按照全国银行间同业拆借中心公布的一年期贷款市场报价利率计付利息。',
    ]);
  });
  it('a price set by reference to the market\'s own quotes still fires', () => {
    expectRaised('pricing', ['乙方数据产品价格参照同类产品市场报价确定。', '服务费标准参照市场价格由乙方确定。']);
  });
});

describe('pricing: a count or a state of payments names data; an amendment in any wording sets no price', () => {
  it('a data catalogue row naming contributions, and a change of the fees made by supplementary agreement, stay quiet', () => {
    expectQuiet('pricing', [
      '序号：4，数据项：社会保险参保缴费年限，提供单位：市社会保险事业局，字段：参保状态、累计缴费月数（区间），更新频率：每月。',
      '数据项：医保缴费次数，提供单位：市医疗保障局，共享方式：有条件共享。',
      '收费标准需要调整的，经双方协商一致并按规定程序报批后，以书面补充协议形式变更。',
      '服务价格如需变更，由双方通过补充协议约定，并报市发展改革委备案。',
    ]);
  });
  it('a fee agreed by the parties alone, or a charge on a public body, still fires', () => {
    expectRaised('pricing', ['收费标准由双方协商一致确定。', '市社会保险事业局调用数据产品的，按每次5元缴费。']);
  });
});
