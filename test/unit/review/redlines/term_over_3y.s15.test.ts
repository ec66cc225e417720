import { describe, it } from 'vitest';
import { expectQuiet, expectRaised, type RedlineCase } from '../../../helpers/redlineCase';

/**
 * Term readings built on the fifteenth clause bank (session 19). Every text is written for this test, worded apart from
 * the bank; each class has near misses that must stay quiet. The texts are read as the whole agreement (or plan) under
 * its title, since several classes join articles of their own.
 */
const agreement: RedlineCase = { doc: (t) => `某场景公共数据授权运营协议\n${t}` };
const plan: RedlineCase = { kind: 'plan', ruleset: 'qinhuangdao', doc: (t) => `某场景公共数据授权运营实施方案\n${t}` };

describe('term_over_3y s15: a start and an end written to a quarter, a month or a year', () => {
  it('read at the shortest the words allow, the span still over three years fires', () => {
    expectRaised('term_over_3y', ['第五条 本次授权运营自2026年第一季度开始，运营至2029年年底。', '第五条 授权运营自2026年上半年起实施，有效期至2029年底。'], agreement);
    expectRaised('term_over_3y', ['（六）期限 授权运营于2026年3月启动，授权期限至2030年6月30日止。'], plan);
  });
  it('near misses: a span of three years at the shortest, or a start that is not the grant’s', () => {
    expectQuiet('term_over_3y', [
      '第五条 本次授权运营于2025年第四季度启动，暂定运营至2028年9月。',
      '第五条 授权运营于2026年1月启动，运营至2028年12月底。',
      '第五条 授权运营自2026年下半年起实施，有效期至2029年底。',
      '第五条 平台建设于2025年第四季度启动，数据治理工作持续至2029年12月底，授权运营期限为三年。',
    ], agreement);
  });
});

describe('term_over_3y s15: an end named and dated in apposition', () => {
  it('the date after 即 is the end', () => {
    expectRaised('term_over_3y', ['第五条 本授权自2025年7月1日起生效，至“十五五”规划期末即2030年12月31日终止。', '第五条 授权运营自2026年1月1日起实施，运营至本轮数字政府建设规划期满也即2029年12月31日止。'], agreement);
  });
  it('near misses: an end in apposition within three years', () => {
    expectQuiet('term_over_3y', ['第五条 本授权自2026年1月1日起生效，至本届政府任期届满即2028年12月31日终止。'], agreement);
  });
});

describe('term_over_3y s15: a term under its heading, from the effect that is the signing', () => {
  it('the grant’s rights from the effect to an end date, the agreement taking effect when signed, fire', () => {
    expectRaised('term_over_3y', [
      '第二条 本协议自双方签章之日起生效，签订日期为2026年3月1日。\n第八条 授权期限\n乙方自本协议生效之日起享有授权数据的加工使用权，该权利至2030年2月28日届满。',
    ], agreement);
  });
  it('near misses: a shorter span, or an agreement that takes effect on a later step', () => {
    expectQuiet('term_over_3y', [
      '第二条 本协议自双方签章之日起生效，签订日期为2026年3月1日。\n第八条 授权期限\n乙方自本协议生效之日起享有授权数据的加工使用权，该权利至2029年2月28日届满。',
      '第二条 本协议经市政府批准后生效，签订日期为2026年3月1日。\n第八条 授权期限\n乙方自本协议生效之日起享有授权数据的加工使用权，该权利至2029年6月30日届满。',
    ], agreement);
  });
});

describe('term_over_3y s15: the term divided into named periods', () => {
  it('periods whose lengths add up to more than three years fire', () => {
    expectRaised('term_over_3y', [
      '第五条 本协议授权运营期限由筹备期、试点期和推广期组成：筹备期六个月，试点期一年，推广期二年。',
      '第五条 授权运营期限划分为部署期与运营期：部署期为六个月；运营期为三年，自部署期满次日起算。',
    ], agreement);
  });
  it('near misses: periods within three years, a term with its own length, a project’s periods', () => {
    expectQuiet('term_over_3y', [
      '第五条 授权运营期限分为建设期和运营期：建设期六个月，运营期二十四个月。',
      '第五条 授权运营期限三年，分为建设期和运营期两个阶段：建设期一年，运营期两年。',
      '第五条 项目周期分为建设期和运维期：建设期一年，运维期五年。授权运营期限为三年。',
    ], agreement);
  });
});

describe('term_over_3y s15: the term referred to a schedule', () => {
  it('a table below or a named annex that spans more than three years fires', () => {
    expectRaised('term_over_3y', [
      '第五条 授权运营期限按下表所列各阶段起止时间确定。\n| 阶段 | 起止时间 |\n| 试运营 | 2026年1月—2026年12月 |\n| 正式运营 | 2027年1月—2029年12月 |',
      '第五条 授权运营期限以附件二《年度工作计划》所列期间为准。\n第六条 乙方应当遵守本协议。\n附件二 年度工作计划\n| 年度 | 工作内容 |\n| 2026年 | 数据接入 |\n| 2027年 | 产品上线 |\n| 2028年 | 产品迭代 |\n| 2029年 | 运营总结 |',
      '第一条 甲方授权乙方运营电力数据。\n附件三 分期安排（授权运营期限以本附件所列各期的起止时间为准）\n| 分期 | 起止时间 |\n| 一期 | 2026年4月—2027年12月 |\n| 二期 | 2028年1月—2029年9月 |',
    ], agreement);
  });
  it('near misses: a schedule of three years, a term of its own with a schedule of work', () => {
    expectQuiet('term_over_3y', [
      '第五条 授权运营期限以附件二《年度工作计划》所列期间为准。\n第六条 乙方应当遵守本协议。\n附件二 年度工作计划\n| 年度 | 工作内容 |\n| 2026年 | 数据接入 |\n| 2027年 | 产品上线 |\n| 2028年 | 运营总结 |',
      '第五条 授权运营期限为三年，自协议签订之日起算，各阶段工作按下表所列时间安排执行。\n| 阶段 | 起止时间 |\n| 试运营 | 2026年1月—2026年12月 |\n| 正式运营 | 2027年1月—2030年12月 |',
      '第五条 授权运营期限按下表所列时间安排执行。\n| 阶段 | 起止时间 |\n| 试运营 | 2026年7月—2026年12月 |\n| 正式运营 | 2027年1月—2029年6月 |',
    ], agreement);
  });
});

describe('term_over_3y s15: the term tied to another period whose length comes later in its sentence', () => {
  it('the tied period’s length after what fixes it is the term', () => {
    expectRaised('term_over_3y', ['第五条 授权运营期限与乙方承建平台的运维服务期相同；运维服务期依照《平台运维服务合同》的约定，自平台上线之日起计四年。'], agreement);
  });
  it('near misses: a tied period of three years; a warranty or an upkeep period not tied to the term, its length after what fixes it', () => {
    expectQuiet('term_over_3y', [
      '第五条 授权运营期限与乙方承建平台的运维服务期相同；运维服务期依照《平台运维服务合同》的约定，自平台上线之日起计三年。',
      '第五条 授权运营期限为三年。乙方采购的服务器的质保期按《设备采购合同》的约定，为到货验收之日起五年。',
      '第五条 授权运营期限为三年。乙方承建平台的运维服务期依照《平台运维服务合同》的约定，自平台上线之日起计五年。',
    ], agreement);
  });
});

describe('term_over_3y s15: an extension by a span carried by this agreement', () => {
  it('an extension with no new agreement adds to the term, its cap counted whole', () => {
    expectRaised('term_over_3y', ['第五条 授权运营期限为三年，自协议签订之日起算。期满前经甲方书面同意，授权运营期限可顺延六个月，顺延期间不另行签订协议。'], agreement);
    expectRaised('term_over_3y', ['（四）授权期限 本场景授权期限为两年；期满经实施机构同意，可延长最长十八个月，延长期间无需重新签订授权运营协议。'], plan);
  });
  it('near misses: a total within three years, an extension that needs a new agreement', () => {
    expectQuiet('term_over_3y', [
      '第五条 授权运营期限为两年，自协议签订之日起算。期满前经甲方书面同意，授权运营期限可延长不超过十二个月，延长期间无需重新签订协议。',
      '第五条 授权运营期限为三年，自协议签订之日起算。期满前经甲方同意可延长一年，延长的应当重新签订授权运营协议。',
    ], agreement);
  });
});

describe('term_over_3y s15: a term counted from a launch due months after the signing, the data held from the signing', () => {
  it('the time allowed before the launch and the term together fire', () => {
    expectRaised('term_over_3y', [
      '第三条 本协议自签订之日起生效，乙方自生效之日起获得授权数据在运营平台内的使用权限。\n第十条 授权运营期限为三年，自乙方首个数据产品正式上架之日起计算；首个数据产品上架时间最迟不超过本协议签订后十二个月。',
    ], agreement);
  });
  it('near misses: no data held before the launch, a total within three years, a term from the signing', () => {
    expectQuiet('term_over_3y', [
      '第三条 本协议自签订之日起生效。\n第十条 授权运营期限为三年，自乙方首个数据产品正式上架之日起计算；首个数据产品上架时间不得晚于本协议签订后十二个月。',
      '第三条 本协议自签订之日起生效，乙方自生效之日起获得授权数据在运营平台内的使用权限。\n第十条 授权运营期限为三十个月，自乙方首个数据产品正式上架之日起计算；首个数据产品上架时间不得晚于本协议签订后六个月。',
      '第三条 本协议自签订之日起生效，乙方自生效之日起获得授权数据在运营平台内的使用权限。\n第十条 授权运营期限为三年，自本协议生效之日起计算；首个数据产品上架时间不得晚于本协议签订后十二个月。',
    ], agreement);
  });
});
