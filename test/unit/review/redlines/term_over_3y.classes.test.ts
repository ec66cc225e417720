import { describe, expect, it } from 'vitest';
import { asIs } from '../../../helpers/reviewCorpus';
import { raises } from '../../../helpers/redlineCase';

/**
 * Classes of the term red line read from the sixth bank's odd-numbered failures (session 11), each on text written
 * for this test with its near misses: phases by year the operator holds the grant through, a phase set beside the term
 * in which the operator already works, cycles that follow by themselves up to a count, and a sum capped by its total.
 */
const doc = (kind: 'agreement' | 'plan', ...lines: string[]) =>
  raises('term_over_3y', [kind === 'plan' ? '某场景公共数据授权运营实施方案' : '某场景公共数据授权运营协议', ...lines].join('\n'), { kind, doc: asIs });

describe('phases by year that the operator holds the grant through', () => {
  it('fires when the grant is held through phases spanning more than three years', () => {
    expect(doc('plan', '项目分两个阶段实施：第一阶段（2026—2027年）完成数据治理；第二阶段（2028—2029年）深化应用。', '乙方在上述两个阶段内均享有授权运营权。')).toBe(true);
    expect(doc('plan', '推进安排：第一阶段（2026年）平台上线；第二阶段（2027—2028年）推广；第三阶段（2029—2030年）评估。运营机构在以上各阶段持续行使运营权。')).toBe(true);
  });
  it('stays quiet on phases of the work the grant is not said to run through, or phases within three years', () => {
    expect(doc('plan', '项目分两个阶段实施：第一阶段（2026—2027年）完成数据治理；第二阶段（2028—2029年）深化应用。')).toBe(false);
    expect(doc('plan', '第一阶段（2026年）平台上线；第二阶段（2027—2028年）推广。运营机构在上述两个阶段内享有授权运营权。')).toBe(false);
  });
});

describe('a phase set beside the term in which the operator already works', () => {
  it('fires when the operator uses the data or holds the rights in the added phase', () => {
    for (const c of [
      '第三条 授权运营期限为三年，另设一年筹备期；筹备期不计入授权运营期限，乙方在筹备期内即可使用授权数据开展产品开发。',
      '第三条 运营期限为二十四个月，另设十八个月试运营期，试运营期内乙方享有本协议约定的全部运营权利。',
      '第三条 授权期限为叁年，建设期另行计算，建设期为一年，建设期间乙方可以调用授权数据进行模型训练。',
      '第三条 运营期限三年；另设一年调试期，调试期内乙方即可开展试运营。',
    ])
      expect(doc('agreement', c), c).toBe(true);
  });
  it('stays quiet when the phase is counted in the term, is short enough, or the operator only builds in it', () => {
    for (const c of [
      '第三条 授权运营期限为三年，另设一年筹备期；筹备期内乙方仅负责平台部署，不得调用授权数据。',
      '第三条 运营期限为三年，含六个月试运营期，试运营期内乙方享有全部运营权利。',
      '第三条 运营期限为二十四个月，另设六个月试运营期，试运营期内乙方享有全部运营权利。',
    ])
      expect(doc('agreement', c), c).toBe(false);
  });
});

describe('cycles that follow one another by themselves', () => {
  it('fires on automatic cycles up to a count, or without a count', () => {
    for (const c of [
      '第五条 授权以两年为一个授权周期。周期届满后，除乙方严重违约外，自动进入下一授权周期，最多不超过三个授权周期。',
      '第五条 本项目以三年为一个运营周期，每个运营周期届满自动进入下一运营周期。',
    ])
      expect(doc('agreement', c), c).toBe(true);
  });
  it('stays quiet on cycles each granted anew, or automatic cycles within three years', () => {
    for (const c of [
      '第五条 授权以三年为一个运营周期。周期届满后是否进入下一运营周期，由甲方重新组织遴选后确定。',
      '第五条 授权以一年为一个运营周期，届满自动进入下一运营周期，累计不超过三个运营周期。',
    ])
      expect(doc('agreement', c), c).toBe(false);
  });
});

describe('a sum of phases capped by its total', () => {
  it('stays quiet when the phases are said to total no more than three years', () => {
    expect(doc('plan', '（七）授权运营期限为三年，其中筹备期4个月计入授权运营期限，筹备期与正式运营期合计不得超过3年。')).toBe(false);
  });
  it('still fires when the capped total itself is over three years', () => {
    expect(doc('plan', '（七）授权运营期限为三年，另加筹备期一年，筹备期与运营期合计不超过四年。')).toBe(true);
  });
});

/** Classes from the sixth bank's even failures (session 11), on text written for this test. */
describe('a renewal the grantor’s silence decides, on the original term', () => {
  it('fires: the renewed grant carries the same clause and renews again', () => {
    expect(doc('agreement', '第十条 授权期满前，甲方未书面表示不再续签的，视为甲方同意续签，续签期限与原授权期限相同。')).toBe(true);
  });
  it('stays quiet when the renewal needs a new approval, or is counted once within three years', () => {
    expect(doc('agreement', '第十条 授权期满需要续签的，经甲方批准后重新签订协议，续签期限与原授权期限相同。')).toBe(false);
    expect(doc('agreement', '第十条 授权期限为一年；期满甲方未书面表示不再续签的，视为甲方同意续签一次，续签期限与原授权期限相同。')).toBe(false);
  });
});

describe('the term covering the years a schedule names', () => {
  it('fires when the years above run past three', () => {
    expect(doc('plan', '| 时间 | 工作内容 |', '| 2026年 | 平台上线 |', '| 2028年 | 场景推广 |', '| 2029年 | 评估退出 |', '授权运营期限涵盖上表所列各年度。')).toBe(true);
  });
  it('stays quiet when they do not, or the term is not said to cover them', () => {
    expect(doc('plan', '| 时间 | 工作内容 |', '| 2026年 | 平台上线 |', '| 2028年 | 评估退出 |', '授权运营期限涵盖上表所列各年度。')).toBe(false);
    expect(doc('plan', '| 时间 | 工作内容 |', '| 2026年 | 平台上线 |', '| 2030年 | 评估 |', '授权运营期限为三年。')).toBe(false);
  });
});

describe('a span that names a bond or a loan', () => {
  it('stays quiet on a benchmark rate beside a three-year term', () => {
    expect(doc('plan', '（九）收益分配。准许利润率参照5年期贷款市场报价利率上浮确定，授权运营期限为三年。')).toBe(false);
  });
});
