import { describe, expect, it } from 'vitest';
import { asIs } from '../../../helpers/reviewCorpus';
import { raises } from '../../../helpers/redlineCase';

/**
 * Classes of the term red line read in session 7 (second clause bank), each on text written for the test with near
 * misses: date forms (year-month figures, 年度 ranges, an end described with its date in brackets), an end alone
 * measured from the signing, named phases that together are the term, a continuation nobody decides, a window from the
 * signing in which the operator runs the grant, and periods of other matters.
 */
const term = (...lines: string[]) => raises('term_over_3y', ['某区公共数据授权运营协议', ...lines].join('\n'), { doc: asIs });

describe('term forms', () => {
  it('reads year-month figures, 年度 ranges and an end described with its date in brackets', () => {
    for (const c of [
      '第三条 授权期限：2026/01—2029/12。',
      '第三条 运营期限 | 2026.3-2030.2',
      '第三条 授权运营期限为2027年度至2030年度。',
      '第三条 授权运营自2026年7月1日起，至本协议约定的第二个考核周期结束（2030年6月30日）止。',
    ])
      expect(term(c), c).toBe(true);
  });
  it('stays quiet on the same forms within three years, and on a version or a decimal', () => {
    for (const c of [
      '第三条 授权期限：2026/01—2028/12。',
      '第三条 授权运营期限为2026年度至2028年度。',
      '第三条 授权运营自2026年7月1日起，至首个考核周期结束（2029年6月30日）止。',
      '第三条 平台采用2025.1版接口规范，运营期限三年。',
    ])
      expect(term(c), c).toBe(false);
  });
});

describe('an end alone, measured from the signing the document records', () => {
  it('fires when the signing date is written elsewhere', () => {
    for (const c of [
      ['本协议于2026年2月10日在某市签署。', '第四条 乙方的运营期限至2030年1月31日。'],
      ['签订日期：2025年9月1日', '第四条 本协议有效期至2029年12月31日止。'],
      ['本协议由双方于2026年5月20日签订，自签订之日起生效。', '第四条 授权期到2031年5月19日为止。'],
    ])
      expect(term(...c), c.join()).toBe(true);
  });
  it('stays quiet within three years, or when the document never says when it was signed', () => {
    for (const c of [
      ['本协议于2026年2月10日在某市签署。', '第四条 乙方的运营期限至2029年1月31日。'],
      ['第四条 本协议有效期至2031年12月31日止。'],
    ])
      expect(term(...c), c.join()).toBe(false);
  });
});

describe('named phases that together are the term', () => {
  it('adds them up when the text joins them or a later phase follows by itself', () => {
    for (const c of [
      ['第五条 期限', '（一）建设期', '自协议生效之日起十二个月；', '（二）正式运营期', '建设期满之日起三年。', '建设期和正式运营期合称本协议授权期限。'],
      ['第五条 首期授权二年；首期届满，甲方直接授予乙方第二期授权，为期二年。'],
      ['第五条 培育期一年半，培育期结束即转入推广期，推广期两年，不再另行签订协议。'],
    ])
      expect(term(...c), c.join()).toBe(true);
  });
  it('does not add a later phase that needs a new selection, nor phases within three years', () => {
    for (const c of [
      ['第五条 第一期授权期限三年；第一期届满后，甲方另行组织遴选确定第二期运营机构，第二期期限两年。'],
      ['第五条 期限', '（一）试运行期', '自协议生效之日起六个月；', '（二）正式运营期', '试运行期满之日起两年。', '试运行期与正式运营期合称授权期限。'],
    ])
      expect(term(...c), c.join()).toBe(false);
  });
});

describe('a continuation nobody decides', () => {
  it('fires when silence renews the term past three years', () => {
    for (const c of [
      '第六条 本协议期限两年。期满前任何一方未提出书面异议的，视为同意继续履行，继续履行期间为二年。',
      '第六条 授权期限为三年；期满时甲方未通知乙方终止的，视为本协议继续有效一年。',
      '第六条 协议有效期两年半。到期时双方均未表示不再合作的，视为双方同意继续执行，继续执行期限不超过一年。',
    ])
      expect(term(c), c).toBe(true);
  });
  it('stays quiet when the continuation needs a decision or stays within three years', () => {
    for (const c of [
      '第六条 本协议期限两年。期满后如需继续合作，须经甲方报市政府批准后重新签订协议，期限两年。',
      '第六条 本协议期限两年。期满前任何一方未提出书面异议的，视为同意继续履行，继续履行期间为一年。',
    ])
      expect(term(c), c).toBe(false);
  });
});

describe('a window from the signing in which the operator runs the grant', () => {
  it('is the term', () => {
    for (const c of [
      '第七条 乙方有权在本协议签署后的四年内，独立开展授权数据的开发和经营。',
      '第七条 自本协议生效之日起的五个运营年度内，乙方享有授权范围内数据产品的经营收益。',
      '第七条 在协议签订后的六十个月内，乙方可以开展本场景授权运营。',
    ])
      expect(term(c), c).toBe(true);
  });
  it('is not a deadline set after the signing, nor a window within three years', () => {
    for (const c of [
      '第七条 乙方应当在本协议签订后的三个月内完成平台部署。',
      '第七条 乙方有权在本协议签署后的三年内，独立开展授权数据的开发和经营。',
    ])
      expect(term(c), c).toBe(false);
  });
});

describe('periods of other matters', () => {
  it('are no term: depreciation, amortisation, warranty, a loan', () => {
    for (const c of [
      '第八条 运营期限为三年。乙方采购的存储设备按六年计提折旧，期满时由乙方自行处置。',
      '第八条 运营期限为三年。平台软件的质保期五年，自验收合格之日起算。',
      '第八条 运营期限为三年。乙方为建设平台申请的贷款期限为五年，由乙方自行偿还。',
    ])
      expect(term(c), c).toBe(false);
  });
  it('while a term of the grant itself past three years still fires', () => {
    expect(term('第八条 运营期限为五年。乙方采购的存储设备按六年计提折旧。')).toBe(true);
  });
});

/**
 * Classes read on the third bank and the tenth set (session 8): an extension no one but the operator decides, an end
 * said as the date the grant runs out, an extension until an event without a cap, phases by stage and a term covering
 * them, anniversaries, and retention periods that are no term.
 */
describe('an extension nobody but the operator decides', () => {
  it('fires: a default, silence read as consent, the operator deciding alone', () => {
    for (const c of [
      '第四条 运营期限为两年。期满前新的运营机构尚未选定的，默认由乙方继续运营二年。',
      '第四条 运营期限为三年。期满后乙方仍在运营且甲方未提出反对的，视为按原协议续期一年。',
      '第四条 运营期限为三年。期满时乙方可以单方决定将期限延长一次，延长期最长两年。',
    ])
      expect(term(c), c).toBe(true);
  });
  it('is quiet when the extension needs the grantor and a new agreement, or stays within three years', () => {
    for (const c of [
      '第四条 运营期限为两年。期满需继续运营的，经甲方审批同意并重新签订协议后方可续期两年。',
      '第四条 运营期限为两年。期满前新的运营机构尚未选定的，默认由乙方继续运营六个月。',
      '第四条 运营期限为三年。期满后乙方继续运营的，须重新申请。',
    ])
      expect(term(c), c).toBe(false);
  });
});

describe('an end written apart from the start', () => {
  it('fires on "<date>授权期满" far from the start', () =>
    expect(term('第三条 本次授权自2026年3月1日起执行。2026年为试点期；2027年至2030年为推广期，2030年12月31日授权期满。')).toBe(true));
  it('is quiet within three years', () =>
    expect(term('第三条 本次授权自2026年3月1日起执行，2028年12月31日授权期满。')).toBe(false));
});

describe('an extension until an event, without a cap', () => {
  it('fires when the term runs on until the operator has recovered its costs', () =>
    expect(term('第五条 运营期限为三年；期满时乙方建设投入未全部收回的，运营期限顺延至其收回全部投入之日止。')).toBe(true));
  it('is quiet with a cap, or for force majeure', () => {
    for (const c of [
      '第五条 运营期限为三年；期满时新运营机构尚未确定的，运营期限顺延至新运营机构确定之日止，最长不超过三个月。',
      '第五条 运营期限为两年；因不可抗力停止运营的，运营期限相应顺延至不可抗力消除之日止。',
    ])
      expect(term(c), c).toBe(false);
  });
});

describe('phases of one term', () => {
  it('fires on stages that follow without a new agreement, a renewal that follows by itself, and a term covering the phases', () => {
    for (const c of [
      '第三条 第一阶段自2026年1月1日起至2027年12月31日止；第二阶段自2028年1月1日起至2029年12月31日止，第二阶段无需另行签订协议。',
      '第三条 授权按“2+2”安排：首期两年、续期两年，续期不再另行签订协议，由乙方直接延续运营。',
      '第三条 授权运营包括筹备期6个月、试运营期6个月、正式运营期30个月，运营期限涵盖上述三个阶段。',
    ])
      expect(term(c), c).toBe(true);
  });
  it('is quiet when a later phase needs a new selection, or the phases stay within three years', () => {
    for (const c of [
      '第三条 首期两年、续期两年，续期须重新组织遴选并另行签订协议。',
      '第三条 授权运营包括筹备期6个月、正式运营期30个月，运营期限涵盖上述两个阶段。',
    ])
      expect(term(c), c).toBe(false);
  });
});

describe('anniversaries and retention periods', () => {
  it('reads N周年 as N years', () => expect(term('第三条 授权运营期限自本协议生效之日起至满五周年之日止。')).toBe(true));
  it('is quiet on how long logs and archives are kept', () => {
    for (const c of ['第九条 乙方应当留存操作日志，日志保存期限不少于六年。', '第九条 运营过程文件应当归档，档案保管期限为二十年。'])
      expect(term(c), c).toBe(false);
  });
});

/**
 * The term computed as a value (fourth bank and eleventh set, session 9): renewals nobody decides again, an end counted
 * in whole years, a term defined elsewhere and referred to, a planned signing, a term tied to another period, a phase
 * left out of the term in which the operator already operates. Every text is written for this test.
 */
describe('renewals the operator holds without a new grant', () => {
  it('adds renewals by silence, by the grantor bound now, at the operator’s demand, of the same length or a year at a time', () => {
    for (const c of [
      ['第七条 本协议有效期两年。期满前双方均未提出书面异议的，本协议按同等期限续期一次。'],
      ['第七条 合作期限两年；合作期满后，只要乙方考核合格，授权方应当为乙方办理续期手续，续期二年。'],
      ['第七条 运营期限三十个月。期满后乙方有权要求续约，每次续约一年。'],
      ['第七条 授权期限为两年，期满后本协议每年自动顺延。'],
      ['第七条 期满时甲方未书面表示不再续约的，视为同意续约，续约期限为三年。'],
    ])
      expect(term(...c), c.join()).toBe(true);
  });
  it('is quiet on a renewal that needs a new decision, renewals within three years, and a product’s renewal', () => {
    for (const c of [
      ['第七条 授权期限为三年，期满后乙方可申请续期，经甲方评估并重新签订协议后续期三年。'],
      ['第七条 授权期限为两年。期满前乙方可提出续期申请，甲方审核同意后续期二年。'],
      ['第七条 授权期限为一年，期满自动续期一次，续期期限与原期限相同。'],
      ['第七条 授权期限为三年。', '第八条 乙方向使用单位提供的数据产品服务期为一年，期满自动续期。'],
      ['第七条 授权期限二年。乙方与使用单位签订的服务合同期满自动续期两年。'],
    ])
      expect(term(...c), c.join()).toBe(false);
  });
});

describe('an end counted in whole years, a defined term, a planned signing', () => {
  it('measures an end N whole years after the start, and a term said to be a defined period', () => {
    expect(term('第二条 本协议期限自签订之日起，至签订之日后第四个会计年度结束时止。')).toBe(true);
    expect(term('第一条 “服务周期”指自本协议生效之日起至2031年6月30日止的期间。', '第四条 本协议的有效期为服务周期。', '签订日期：2026年7月1日')).toBe(true);
    expect(term('第一条 用语', '（二）合作期：指自本协议生效之日起，至生效之日后第三个完整自然年度最后一日止的期间。', '第三条 本协议的授权期限为合作期。', '签订日期：2025年9月1日')).toBe(true);
  });
  it('is quiet when the whole years or the defined period stay within three years', () => {
    expect(term('第一条 用语', '（二）合作期：指自本协议生效之日起，至生效之日后第二个完整自然年度最后一日止的期间。', '第三条 本协议的授权期限为合作期。', '签订日期：2026年3月1日')).toBe(false);
    expect(term('第一条 “服务周期”指自本协议生效之日起至2028年6月30日止的期间。', '第四条 本协议的有效期为服务周期。', '签订日期：2026年7月1日')).toBe(false);
  });
  it('measures a plan’s term from the latest signing day it plans', () => {
    const plan = (...lines: string[]) => raises('term_over_3y', ['某区公共数据授权运营实施方案', ...lines].join('\n'), { ruleset: 'chongqing', kind: 'plan', doc: asIs });
    expect(plan('（五）运营期限', '授权运营期限自协议签订之日起至2030年12月31日止。协议预计于2027年6月签订。')).toBe(true);
    expect(plan('（五）运营期限', '授权运营期限自协议签订之日起至2029年12月31日止。协议预计于2027年6月签订。')).toBe(false);
  });
});

describe('a term tied to another period, a phase outside the term', () => {
  it('reads the other period’s length, here or in another article', () => {
    for (const c of [
      ['第五条 授权运营期限与特许经营期一致。', '第十二条 特许经营期为八年。'],
      ['第五条 运营期限按照项目投资回收期确定，投资回收期为六年。'],
      ['第六条 运营期限三年，自正式上线之日起算；试运营期不计入运营期限，试运营期为一年，试运营期间乙方可以对外提供数据产品并收费。'],
    ])
      expect(term(...c), c.join()).toBe(true);
  });
  it('is quiet on a tied period within three years, a phase counted in the term or one without operation', () => {
    for (const c of [
      ['第五条 授权运营期限与数据安全责任期一致，数据安全责任期为三年。'],
      ['第五条 设备折旧年限为十年。授权运营期限为三年。'],
      ['第六条 运营期限三年（含建设期六个月），建设期内乙方可开展试运营。'],
      ['第六条 运营期限三年；建设期不计入运营期限，建设期为一年，建设期内乙方不得对外提供数据产品。'],
      ['第六条 授权期限三年；筹备期六个月，不计入授权期限，筹备期间乙方仅负责平台搭建。'],
    ])
      expect(term(...c), c.join()).toBe(false);
  });
});
