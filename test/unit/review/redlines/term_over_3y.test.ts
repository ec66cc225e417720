import { describe, expect, it } from 'vitest';
import { flagIds } from '../../../helpers/reviewCorpus';

/**
 * Classes of the term red line read in session 7 (second clause bank), each on text written for the test with near
 * misses: date forms (year-month figures, 年度 ranges, an end described with its date in brackets), an end alone
 * measured from the signing, named phases that together are the term, a continuation nobody decides, a window from the
 * signing in which the operator runs the grant, and periods of other matters.
 */
const agr = (...lines: string[]) => flagIds(['某区公共数据授权运营协议', ...lines].join('\n'), 'hebei', 'agreement');
const term = (...lines: string[]) => agr(...lines).includes('term_over_3y');

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
