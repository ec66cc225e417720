import { describe, it } from 'vitest';
import { expectQuiet, expectRaised, type RedlineCase } from '../../../helpers/redlineCase';

/**
 * Term readings built on the thirteenth clause bank, opened in session 20. Every text is written for this test, worded
 * apart from the bank; each class has near misses that must stay quiet. The texts are read as the whole agreement (or
 * plan) under its title, since several classes join articles of their own.
 */
const agreement: RedlineCase = { doc: (t) => `某场景公共数据授权运营协议\n${t}` };
const plan: RedlineCase = { kind: 'plan', ruleset: 'chongqing', doc: (t) => `某场景公共数据授权运营实施方案\n${t}` };

describe('term_over_3y s13: a start or an end named by its event and dated beside it', () => {
  it('the date in brackets or after 即 is the point, whatever the event’s words', () => {
    expectRaised('term_over_3y', [
      '第三十条 本协议经甲乙双方主要负责人或其委托代理人签署并盖章之日（2026年5月20日）起生效，协议有效期至2030年5月19日。',
      '第六条 授权运营自本协议签订之日即2026年2月1日起，至本轮数字经济发展规划收官（2030年12月31日）止。',
    ], agreement);
    expectRaised('term_over_3y', ['（五）运营期限。本次授权自2026年4月起实施，运营至数据要素市场化改革试点期满（2030年6月30日）。'], plan);
  });
  it('near misses: the dated points lie within three years, or the bracket dates something else', () => {
    expectQuiet('term_over_3y', [
      '第三十条 本协议经甲乙双方主要负责人或其委托代理人签署并盖章之日（2026年5月20日）起生效，协议有效期至2029年5月19日。',
      '第六条 授权运营自本协议签订之日即2026年2月1日起，至本轮数字经济发展规划收官（2028年12月31日）止。',
      '第六条 授权运营期限为三年，自本协议签订之日起算。甲方已于上一轮试点（2019年1月1日至2025年12月31日）中积累了数据治理经验。',
    ], agreement);
  });
});

describe('term_over_3y s13: a building phase before a term counted from its acceptance, the operator already working', () => {
  it('the operator using data or operating in the phase holds the phase and the term', () => {
    expectRaised('term_over_3y', [
      '第六条 授权运营期限为三年，自乙方负责建设的交通数据融合平台经甲方组织的终验合格之日起算。平台建设期（约一年）内，乙方可利用过渡环境调取客运、货运数据，向物流企业提供试用产品并收取费用。',
      '第六条 授权运营期限为三十六个月，自运营平台正式上线之日起计算。筹备期不超过十二个月，筹备期内乙方即可开展数据加工和产品试运营。',
    ], agreement);
  });
  it('near misses: the operator only builds, the phase is counted in the term, or the whole stays within three years', () => {
    expectQuiet('term_over_3y', [
      '第六条 授权运营期限为三年，自平台通过甲方组织的竣工验收之日起算。平台建设期（约一年）内，乙方仅负责平台部署和安全测评，不得调用授权数据或对外提供服务。',
      '第六条 授权运营期限为三年，自平台通过验收之日起算，含建设期。建设期一年内乙方可开展试运营。',
      '第六条 授权运营期限为两年，自平台通过验收之日起算。建设期（约六个月）内，乙方可调用授权数据开展试运营。',
    ], agreement);
  });
});

describe('term_over_3y s13: spans of one grant told by their place, following without a new selection', () => {
  it('the spans together are the term', () => {
    expectRaised('term_over_3y', [
      '（三）运营周期 本次授权运营周期分两段安排：前两年为场景孵化期，集中开发文旅客流监测产品；后三年为规模推广期，其间不再另行开展运营机构遴选。',
      '（三）授权期限 授权运营期内，第一至二年为试点运营阶段，第三至四年为全面运营阶段，两阶段之间由原运营机构直接转入，无需重新签订协议。',
    ], plan);
  });
  it('near misses: a later span granted anew, or spans within three years', () => {
    expectQuiet('term_over_3y', [
      '（三）运营周期 本次授权运营周期分两段安排：前两年为场景孵化期；后三年为规模推广期，推广期运营机构须另行组织遴选确定。',
      '（三）运营周期 本次授权运营期限为三年：前一年为场景孵化期，后两年为规模推广期，其间不再另行开展运营机构遴选。',
    ], plan);
  });
});

describe('term_over_3y s13: the term extended without a new decision until an event', () => {
  it('an automatic extension to an event, with no cap, fires', () => {
    expectRaised('term_over_3y', [
      '第九条 授权运营期限为三年。期限届满时乙方前期投入的建设资金尚未按第十二条约定全部摊销完毕的，授权运营期限自动顺延至摊销完成之日，顺延期间本协议继续有效。',
    ], agreement);
  });
  // A cap on the extension alone still lets the term run past three years (session 38: "但顺延最长不超过三个月" read as
  // "但最长不超过三个月" always was, 39 months); a cap on the whole keeps it within.
  it('an extension capped on its own, past the three years, fires', () => {
    expectRaised('term_over_3y', [
      '第九条 授权运营期限为三年。期限届满时乙方前期投入尚未摊销完毕的，授权运营期限顺延至摊销完成之日，但顺延最长不超过三个月。',
    ], agreement);
  });
  it('near misses: the whole capped, approved case by case, or for force majeure', () => {
    expectQuiet('term_over_3y', [
      '第九条 授权运营期限为三年。期限届满时乙方前期投入尚未摊销完毕的，授权运营期限顺延至摊销完成之日，但授权运营期限累计最长不超过三年。',
      '第九条 授权运营期限为三年。期限届满时乙方前期投入尚未摊销完毕的，经甲方书面批准，授权运营期限可以延长至摊销完成之日。',
      '第九条 授权运营期限为三年。因不可抗力致使协议无法履行的，授权运营期限顺延至不可抗力影响消除之日。',
    ], agreement);
  });
});

describe('term_over_3y s13: a renewal held by silence or by a grantor barred from refusing', () => {
  it('a renewal on no objection, or one the grantor may refuse only for cause, adds to the term', () => {
    expectRaised('term_over_3y', [
      '第四条 授权运营期限为三年，自本协议生效之日起算。\n第五条 期限届满前六十日内，任何一方没有书面提出异议的，授权期限顺延两年。',
      '第四条 授权运营期限为三年。\n第五条 期满前两个月，乙方可以书面形式通知甲方续展本协议，续展期限为两年，甲方非因法定事由不得拒绝续展。',
    ], agreement);
  });
  it('near misses: a renewal that needs a new agreement or the grantor’s approval, or one within three years', () => {
    expectQuiet('term_over_3y', [
      '第四条 授权运营期限为三年。\n第五条 期限届满前六十日内双方均无异议的，应当按照规定另行签订授权运营协议。',
      '第四条 授权运营期限为三年。\n第五条 期满前两个月，乙方可以向甲方申请续展，续展须经甲方批准，甲方无正当理由不得拖延答复。',
      '第四条 授权运营期限为两年。\n第五条 期限届满前三十日内，任何一方未书面提出异议的，授权期限顺延一年，顺延以一次为限。',
    ], agreement);
  });
});

describe('term_over_3y s13: the granted data used on after the term for a capped while', () => {
  it('the operator may go on using the data or operating after expiry, up to a cap, fires', () => {
    expectRaised('term_over_3y', [
      '第二十条 授权运营期限为三年。期限届满时尚未履行完毕的数据服务订单，乙方可继续调用授权数据予以完成，但最长不超过一年。',
      '第二十条 授权运营期限为三年。授权期满后十二个月内，乙方仍可继续使用公共数据为存量客户提供服务，期间适用本协议约定。',
    ], agreement);
  });
  it('near misses: a use it must stop, products already delivered, or a short tail', () => {
    expectQuiet('term_over_3y', [
      '第二十条 授权运营期限为三年。期限届满后乙方不得继续使用授权数据，应在三十日内完成数据销毁，最长不超过六十日。',
      '第二十条 授权运营期限为三年。期限届满时，用户可继续使用已交付的数据产品，但最长不超过一年。',
      '第二十条 授权运营期限为二年。期限届满时尚未履行完毕的订单，乙方可继续调用授权数据予以完成，但最长不超过六个月。',
    ], agreement);
  });
});

describe('term_over_3y s13: phases of a schedule said to be one grant', () => {
  it('phases in a table under one agreement, or a term covering them by name, run from the first month to the last', () => {
    expectRaised('term_over_3y', [
      '五、进度安排\n| 阶段 | 时间 | 内容 |\n| 试点期 | 2026年3月—2027年2月 | 接入医保结算数据，向保险机构提供试点产品 |\n| 推广期 | 2027年3月—2030年2月 | 扩大数据范围，全面开展运营 |\n上述各阶段均属本次授权，由同一运营机构承担。',
      '五、进度安排\n| 阶段 | 时间 |\n| 筹建期 | 2026年1月—2026年12月 |\n| 运营期 | 2027年1月—2029年12月 |\n| 授权期限 | 涵盖筹建期和运营期 |',
    ], plan);
  });
  it('near misses: phases within three years to the month, a term with its own length, a schedule not joined to the grant', () => {
    expectQuiet('term_over_3y', [
      '五、进度安排\n| 阶段 | 时间 |\n| 试点期 | 2026年3月—2026年12月 |\n| 推广期 | 2027年1月—2029年2月 |\n上述各阶段均属本次授权，由同一运营机构承担。',
      '五、进度安排\n| 阶段 | 时间 |\n| 试点期 | 2026年3月—2027年2月 |\n| 推广期 | 2027年3月—2030年2月 |\n上述各阶段均属本次授权，授权期限为三年，推广期后段须另行遴选。',
      '五、进度安排\n| 阶段 | 时间 |\n| 平台建设 | 2026年3月—2027年2月 |\n| 运营推广 | 2027年3月—2030年2月 |\n上述工作按年度计划推进。',
    ], plan);
  });
});
