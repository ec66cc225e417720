import { describe, it } from 'vitest';
import { expectQuiet, expectRaised } from '../../../helpers/redlineCase';

/**
 * Readings of the term built in session 15 (the eighteenth set and the tenth bank's odd failures), on text written for
 * this test, each with near misses that must stay quiet.
 */
const plan = (t: string) => `某市涉税公共数据授权运营实施方案\n一、总体要求\n坚持依法合规、安全可控，推动公共数据开发利用。\n${t}`;
const check = (ruleset: string, fire: string[], quiet: string[]) => {
  expectRaised('term_over_3y', fire, { ruleset, kind: 'plan', doc: plan });
  expectQuiet('term_over_3y', quiet, { ruleset, kind: 'plan', doc: plan });
};
const TO_2030 = '二、授权期限\n本次授权运营期限自授权运营协议签订之日起至2030年12月31日止。';
const TO_2030_JUNE = '二、授权期限\n授权运营期限自协议签署之日起至2030年6月30日止。';

describe('term: to a date, from a signing the plan schedules by a quarter, a half year or a phase of months', () => {
  it('measures from the last day of the period the signing is planned for', () =>
    check(
      'qinhuangdao',
      [
        `（三）工作目标\n2027年三季度完成运营机构选择和协议签订，年底前首批场景上线运行。\n${TO_2030}`,
        `${TO_2030_JUNE}\n三、实施安排\n力争2026年下半年完成运营机构遴选和授权运营协议签署。`,
        `${TO_2030}\n三、实施进度\n1. 方案审批阶段（2027年5月—6月）\n方案经审议通过后报省数据局备案；\n2. 选择签约阶段（2027年7月—9月）\n市公共资源交易中心组织招标，实施机构与中标人签订授权运营协议；\n3. 上线运营阶段（2027年10月起）\n首批场景产品上线。`,
        `${TO_2030}\n三、实施进度\n2027年8月至9月，组织公开招标，与中标单位签约。`,
        `${TO_2030}\n三、实施安排\n授权运营协议预计在2027年第三季度签订。`,
      ],
      [
        // the term from a signing that is planned early enough
        `（三）工作目标\n2027年三季度完成运营机构选择和协议签订。\n${TO_2030.replace('2030年12月31日', '2030年6月30日')}`,
        `${TO_2030.replace('2030年', '2029年')}\n三、实施进度\n2. 选择签约阶段（2027年7月—9月）\n市公共资源交易中心组织招标，实施机构与中标人签订授权运营协议；`,
        // a period that schedules another step, not the signing
        `（三）工作目标\n2027年三季度完成平台建设，2028年上半年开展试运营。\n二、授权期限\n授权运营期限为三年，自授权运营协议签订之日起计算。`,
        `${TO_2030}\n三、实施进度\n1. 平台建设阶段（2027年7月—2028年9月）\n完成专区部署和数据归集；`,
        // the agreements users sign with the operator later are not the grant's
        `${TO_2030}\n三、实施安排\n2027年四季度完成运营机构遴选。2028年上半年起，运营机构与数据使用单位签订数据产品服务协议。`,
      ],
    ));
});

const agreement = (t: string) => `某场景公共数据授权运营协议\n${t}`;
const checkAgreement = (ruleset: string, fire: string[], quiet: string[]) => {
  expectRaised('term_over_3y', fire, { ruleset, kind: 'agreement', doc: agreement });
  expectQuiet('term_over_3y', quiet, { ruleset, kind: 'agreement', doc: agreement });
};

describe('term: a renewal handled as a formality, without the decision the grant needed', () => {
  it('adds renewals processed directly or exempt from the approval, not those approved or decided anew', () =>
    check(
      'qinhuangdao',
      [
        '二、授权期限\n授权运营期限：首期3年，期满后经评估可续期2次，每次续期3年，续期由运营机构提出申请后由市数据局直接办理，不再报市政府审议。',
        '二、授权期限\n授权运营期限为三年。期满评估合格的，市数据局直接为运营机构办理续期手续，续期两年。',
        '二、授权期限\n授权期限三年；期满后运营机构可续期一次，期限二年，续期事项不再提交市政府常务会议审议。',
        '二、授权期限\n授权运营期限为三年。期满后续期三年，续期无需报请市政府决策，由实施机构直接确认。',
      ],
      [
        '二、授权期限\n授权运营期限为三年。期满后经评估可续期一次，续期两年，续期须报市政府批准。',
        '二、授权期限\n授权运营期限为三年。期满需继续运营的，由市数据局直接组织评估，评估合格后报市政府审议决定是否重新授权。',
        '二、授权期限\n授权运营期限为三年，期满后不再续期，由市政府另行决策。',
        '二、授权期限\n授权运营期限为两年，期满后可续期一年，续期由市数据局直接办理。',
      ],
    ));
});

describe('term: tied to another period whose length follows in apposition', () => {
  it('reads the length said after the tie (即七年, 也就是五年), not a shorter one or another matter standing alone', () =>
    checkAgreement(
      'hebei',
      [
        '第八条 双方确认，本协议期限与乙方承建的数据运营平台设计使用年限一致，即七年。',
        '第八条 授权运营期限与特许经营期相同，亦即五年。',
        '第八条 本协议有效期与乙方数据中心租赁期一致，也就是六年。',
        '第八条 授权期限同平台的折旧年限一致，即四年。',
      ],
      [
        '第八条 双方确认，本协议期限与乙方承建的数据运营平台设计使用年限一致，即三年。',
        '第八条 授权运营期限为三年。乙方承建的数据运营平台设计使用年限为七年。',
        '第八条 授权运营期限为三年，与首期场景建设周期一致；平台设备折旧年限即七年。',
      ],
    ));
});

describe('term: a payback horizon is the investment’s, not the grant’s', () => {
  it('stays quiet on a payback period beside a three-year term, fires on a term said long', () =>
    check(
      'wenzhou',
      [
        '二、授权期限\n本次授权运营期限确定为五年，与项目投资回收周期一致。',
        '二、授权期限\n考虑到投资回收需要，授权运营期限为四年。',
        // the term run until the payback, which is estimated long
        '二、授权期限\n授权运营期限至运营机构收回投资时止。经测算，项目投资回收周期约为五年。',
      ],
      [
        '二、授权期限\n本次授权运营期限确定为三年。项目投资回收周期预计为五年，后续是否继续授权由市政府届时另行决策。',
        '二、授权期限\n授权运营期限为三年。据测算，运营机构回本周期约为四年。',
        '二、授权期限\n授权运营期限为三年。项目静态投资回收期为六年，动态投资回收期为七年。',
        '二、授权期限\n授权运营期限为三年，运营机构预计需五年才能收回投资。',
        '二、授权期限\n授权运营期限至运营机构收回投资时止，最长不超过三年。经测算，项目投资回收周期约为五年。',
        '二、授权期限\n授权运营期限至运营机构收回投资时止。经测算，项目投资回收周期约为两年。',
      ],
    ));
});

describe('term: a period after the term that the operator is given, or in which the agreement still applies', () => {
  it('adds the period when the operator holds it or the agreement governs it, in years or in days, not a hand-over', () =>
    checkAgreement(
      'qinhuangdao',
      [
        '第九条 授权运营期限为三年。为保障运营连续性，期限届满后乙方继续享有两年的过渡运营期，过渡运营期内本协议条款继续有效。',
        '第五条 本协议期限为1095日。\n第六条 本协议期满后，乙方享有为期365日的运营延续期，延续期内的权利义务适用本协议。',
        '第九条 授权期限为三年。协议期满后给予乙方一年的衔接运营期，衔接期内双方权利义务不变。',
        '第九条 本协议有效期为730天。有效期届满后设18个月的缓冲运营期，缓冲期内继续适用本协议约定。',
      ],
      [
        '第九条 授权运营期限为三年。期限届满后设六个月的过渡期，过渡期内乙方仅配合甲方完成数据和资产移交，不得开展新的运营业务。',
        '第五条 本协议期限为730日。\n第六条 本协议期满后，乙方享有为期180日的运营延续期，延续期内的权利义务适用本协议。',
        '第九条 授权运营期限为三年。期限届满后设一年的过渡期，过渡期内本协议约定的保密义务继续有效。',
      ],
    ));
});

describe('term: counted anew for part of the grant from an event within it', () => {
  it('adds the new count when nobody decides it, not when approved anew, capped or paused', () =>
    checkAgreement(
      'hebei',
      [
        '第十四条 授权期限为三年；但乙方就单个应用场景已投入建设的，该场景的授权期限自场景上线之日起另行计算三年。',
        '第十四条 授权运营期限为三年。每一数据产品自正式上线之日起重新起算两年运营期。',
        '第十四条 授权期限三年。新接入的数据资源，自接入验收之日起单独计算授权期限，期限为三年。',
      ],
      [
        '第十四条 授权期限为三年；新增场景经甲方批准并另行签订补充协议后，该场景的授权期限自场景上线之日起另行计算三年。',
        '第十四条 授权期限为三年；单个场景的授权期限自场景上线之日起另行计算，但不得超过本协议期限届满之日。',
        '第十四条 授权期限为两年；单个场景自上线之日起另行计算一年。',
      ],
    ));
});

describe('term: counted from an event the agreement schedules after the signing, the operator working meanwhile', () => {
  it('adds the time allowed before the event when the operator already works in it', () =>
    checkAgreement(
      'chongqing',
      [
        '第七条 授权期限为三年，自甲方完成数据资源交付验收之日起计算；数据资源交付验收应在本协议签订后二十四个月内完成，在此期间乙方可开展产品预研和市场推广。',
        '第七条 授权运营期限为三年，自平台正式上线之日起算。平台应于本协议生效后十八个月内上线，上线前乙方即可向试点客户提供数据产品。',
        '第七条 运营期限三年，从数据接入验收合格之日起计算，接入验收须在协议签署后一年内完成；此期间乙方可以开展数据加工和产品试销。',
      ],
      [
        '第七条 授权期限为三年，自甲方完成数据资源交付验收之日起计算；数据资源交付验收应在本协议签订后二十四个月内完成，在此期间乙方不得开展任何运营活动。',
        '第七条 授权期限为二年，自甲方完成数据资源交付验收之日起计算；数据资源交付验收应在本协议签订后六个月内完成，在此期间乙方可开展产品预研。',
        '第七条 授权期限为三年，自本协议签订之日起计算；平台应在协议签订后六个月内上线，在此期间乙方可开展产品预研。',
      ],
    ));
});

describe('term: to a date, from a signing recorded by its month', () => {
  it('measures from the last day of the month of the signing', () =>
    checkAgreement(
      'national',
      ['第十一条 本协议于2026年3月签订，授权运营期限截至2031年12月31日。', '第十一条 本协议于2027年1月签署。授权期限至2030年6月30日止。'],
      ['第十一条 本协议于2026年3月签订，授权运营期限截至2029年3月31日。', '第十一条 本协议于2027年1月签署。授权期限至2029年12月31日止。'],
    ));
});

// Session 15, after the sealed sixth of the eighteenth set was measured: signature blocks date the signing in Chinese
// numerals, and the term to a date runs from it.
describe('term: to a date, from a signing dated in Chinese numerals', () => {
  const agreement = (end: string) => `某市公共数据授权运营协议\n第四条 授权期限自本协议生效之日起至${end}止。\n第二十七条 本协议自双方签字盖章之日起生效。\n甲方（盖章）：\n签订日期：二〇二七年一月二十日`;
  it('measures from the day the block gives', () => {
    expectRaised('term_over_3y', [agreement('2031年12月31日'), agreement('二〇三〇年六月三十日')], { ruleset: 'hebei', doc: (t) => t });
    expectQuiet('term_over_3y', [agreement('2029年12月31日'), agreement('二〇二九年十二月三十一日')], { ruleset: 'hebei', doc: (t) => t });
  });
});

// Session 15, after h18c was measured: a plan that gives both a goal by year's end and a dated schedule step for the
// signing is planned by its schedule; where it gives only the goal, the goal's last day is the signing.
describe('term: to a date, from the most precise signing the plan schedules', () => {
  const GOAL = '（三）工作目标\n到2027年底，完成数据资源目录编制和授权运营协议签订。';
  const STEP = '四、实施进度\n1.2027年1月—2月：完成方案审定；\n2.2027年3月：签订授权运营协议，向省数据主管部门报告；\n3.2027年4月起：全面运营。';
  it('reads the schedule step over the goal', () =>
    check('guizhou', [`${GOAL}\n${TO_2030}\n${STEP}`], [`${GOAL}\n${TO_2030}`, `${GOAL}\n${TO_2030.replace('2030年', '2029年')}\n${STEP.replace('2027年3月', '2027年3月—2027年12月')}`]));
});
