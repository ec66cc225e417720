import { describe, it } from 'vitest';
import { expectQuiet, expectRaised } from '../../../helpers/redlineCase';

/**
 * Term readings built on the eleventh clause bank (session 16). Every text is written for this test, worded apart from
 * the bank; each class has near misses that must stay quiet.
 */
describe('term_over_3y s11: a renewal the grantor may not refuse', () => {
  it('the grantor barred now from refusing or objecting to the renewal fires', () => {
    expectRaised('term_over_3y', [
      '第九条 授权期限三年。期满前乙方提出续期的，授权期限再延长两年，甲方不得拒绝。',
      '第九条 运营期限为三年；运营机构选择续约的，本协议以相同条款再延续三年，授权方无权反对。',
      '第九条 协议期满，乙方要求继续运营的，延长二年，甲方不得以任何理由拒绝续签。',
    ]);
  });
  it('near misses: a priority in a new selection, a refusal for cause, a renewal approved anew', () => {
    expectQuiet('term_over_3y', [
      '第九条 授权期限三年。期满后重新遴选运营机构的，乙方在同等条件下享有优先权。',
      '第九条 授权期限三年。乙方申请续期的，须经甲方批准并重新签订协议，续期不超过三年。',
      '第九条 授权期限为三年，乙方违约的，甲方有权拒绝其参加下一轮遴选。',
    ]);
  });
});

describe('term_over_3y s11: terms in rounds, the next round entered without a new decision', () => {
  it('rounds of a stated length followed by themselves fire, whatever a round is called', () => {
    expectRaised('term_over_3y', [
      '第五条 授权运营按届管理，每届两年。第一届届满考核达标的，乙方直接转入第二届，无需重新签订协议。',
      '第五条 运营实行分期授权，每期三年；首期期满评估合格的，自动进入下一期。',
      '第五条 授权以两年为一届。届满评估合格的，运营机构当然进入下一届运营期，不另行组织遴选。',
    ]);
  });
  it('near misses: each round granted anew, a single round, a round within three years', () => {
    expectQuiet('term_over_3y', [
      '第五条 授权运营按届管理，每届三年。每届届满后，甲方重新组织遴选并另行签订协议。',
      '第五条 授权运营期限为一届，每届三年，届满后本协议终止。',
      '第五条 授权运营每期一年；首期届满评估合格的，直接进入第二期，第二期届满后本协议终止，两期合计不超过三年。',
    ]);
  });
});

describe('term_over_3y s11: a phase before the term in which the operator already works', () => {
  it('a phase the term starts after, with the operator using the data in it, adds to the term', () => {
    expectRaised('term_over_3y', [
      '第四条 项目分筹备期和运营期，筹备期六个月，运营期三年，运营期自筹备期结束之日起计算。筹备期内乙方可以调用授权数据开展产品测试。',
      '第四条 本项目设建设期一年，运营期限三年，自建设期期满后次日起算；建设期自签约之日起，在此期间乙方即可对外提供数据服务。',
      '第四条 项目设试运行期六个月、运营期三年。试运行期自协议生效之日起计算，期间运营机构可以向客户销售数据产品；运营期从试运行期结束次日开始。',
    ]);
    // The article's first sentence split off as its heading.
    expectRaised('term_over_3y', ['某区公共数据授权运营协议\n第四条 项目设培育期一年、运营期三年。\n培育期自签约之日起算，其间乙方可以向用户提供数据产品；运营期自培育期届满次日起算。'], { doc: (t) => t });
  });
  it('near misses: a phase in which the operator only builds, a phase counted in the term', () => {
    expectQuiet('term_over_3y', [
      '第四条 本项目设建设期一年，运营期三年，运营期自建设期结束之日起计算。建设期内乙方仅负责平台部署，不得使用授权数据。',
      '第四条 授权期限三年，含建设期六个月，建设期内乙方即可开展试运营。',
      '第四条 项目设试运行期六个月、运营期三年。试运行期自协议生效之日起计算，期间运营机构仅负责系统联调；运营期从试运行期结束次日开始。',
    ]);
  });
});

describe('term_over_3y s11: an extension to a total, written now and needing no new agreement', () => {
  it('a term extendable to more than three years without a new agreement fires, even on consent', () => {
    expectRaised('term_over_3y', [
      '第三条 授权期限一般为三年，确有需要的，经甲方书面同意可以延长至六年，无需重新签订协议。',
      '第三条 运营期限为两年；经双方确认，可顺延至四年，顺延期间不再另行签署协议。',
    ]);
  });
  it('near misses: an extension that needs a new agreement, or stays within three years', () => {
    expectQuiet('term_over_3y', [
      '第三条 授权期限为三年；期满经甲方同意可延长至五年，延长的应当另行签订协议并报备案。',
      '第三条 授权期限为两年，经甲方同意可延长至三年，无需重新签订协议。',
    ]);
  });
});

describe('term_over_3y s11: a start given to the month, an end measured from a planned signing', () => {
  it('a start said by its month is measured from the month\'s last day', () => {
    expectRaised('term_over_3y', [
      '第八条 本协议自2025年6月签署之日起生效，有效期至2029年6月30日。',
      '第八条 授权运营期限自2026年1月起，至2030年3月31日止。',
    ]);
    expectQuiet('term_over_3y', ['第八条 本协议自2026年12月签署之日起生效，有效期至2029年12月31日。']);
  });
  const plan = (...lines: string[]) => ['某区公共数据授权运营实施方案', ...lines].join('\n');
  it('an end alone in a plan that schedules the signing is measured from the latest day scheduled', () => {
    expectRaised('term_over_3y', [plan('| 阶段 | 年份 | 任务 |', '| 启动 | 2026年 | 完成运营机构遴选并签订协议 |', '| 运营 | 2027年—2030年 | 场景运营 |', '六、授权期限', '授权期限截至2030年12月31日。')], { doc: (t) => t, kind: 'plan' });
  });
  it('near miss: the same schedule with an end within three years of it', () => {
    expectQuiet('term_over_3y', [plan('| 阶段 | 年份 | 任务 |', '| 启动 | 2026年 | 完成运营机构遴选并签订协议 |', '| 运营 | 2027年—2029年 | 场景运营 |', '六、授权期限', '授权期限至2029年12月31日止。')], { doc: (t) => t, kind: 'plan' });
  });
});

describe('term_over_3y s11: older marks read as classes', () => {
  it('a plan\'s cycle is no term; the term tied to it is', () => {
    expectQuiet('term_over_3y', [
      '（五）实施安排。全省数据要素发展规划周期为2026—2030年，分批推进场景授权，每一授权的期限不超过三年。',
      '本市授权运营工作总体规划周期为2025—2029年，每一场景授权运营期限不超过三年，期满后按程序重新授权。',
    ]);
    expectRaised('term_over_3y', ['第三条 授权运营期限与本市规划周期一致，为2025—2029年。']);
  });
  it('a later phase entered on a check of fact passed adds to the term', () => {
    expectRaised('term_over_3y', ['二、期限 筹备期六个月，自平台开通之日起计算；筹备期满经评估合格的，转入正式运营期，正式运营期三年。']);
    expectQuiet('term_over_3y', [
      '二、期限 试运营期一年；试运营期满经验收合格的，双方另行签订正式运营协议，正式运营期三年。',
      '二、期限 试运营期六个月；试运营期满验收合格的，进入正式运营期，正式运营期两年。',
    ]);
  });
  it('the grant continued after the term for a capped while adds the cap', () => {
    expectRaised('term_over_3y', ['第九条 授权运营期限为三年。期限届满时乙方仍有在建项目的，本协议相应延长至项目完成之日，最长不超过一年。']);
    expectQuiet('term_over_3y', [
      '第九条 授权运营期限为三年。期限届满时，乙方与用户签订的服务合同继续履行至合同期满，最长不超过六个月。',
      '第九条 授权运营期限为两年。期限届满时乙方仍有在建项目的，授权相应延续至项目完成之日，最长不超过六个月。',
    ]);
  });
});
