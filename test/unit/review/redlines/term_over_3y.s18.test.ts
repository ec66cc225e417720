import { describe, it } from 'vitest';
import { expectQuiet, expectRaised } from '../../../helpers/redlineCase';
import { asIs } from '../../../helpers/reviewCorpus';

/**
 * Classes read from term_over_3y-s18 (written blind in session 22, opened in session 23). Every text is written for this
 * test; each class has near misses that must stay quiet.
 */
const RL = 'term_over_3y';
const plan = { ruleset: 'hebei', kind: 'plan' as const, doc: asIs };

describe('the term tied to a period dated by its years, or to a project cycle dated by its phases', () => {
  it('fires', () => {
    expectRaised(RL, [
      '授权运营期限与《××省“十五五”数字政府建设规划（2026—2030年）》规划期保持一致。',
      '本协议项下授权期以城市更新行动实施期（2025年至2029年）为准。',
      '运营机构的授权运营周期与《××市综合交通运输发展规划（2026—2030年）》保持一致。',
      '项目分两期实施：一期（2026—2027年）完成数据汇聚；二期（2028—2029年）扩大应用。授权运营期限与项目实施周期保持一致。',
      '授权运营周期同步于示范区创建周期（2025—2029年），期内不再另行遴选。',
    ]);
    expectRaised(RL, [
      '某市公共数据授权运营实施方案\n一、实施进度\n项目建设分三个阶段：第一阶段（2025—2026年）完成平台建设；第二阶段（2027—2028年）推广应用；第三阶段（2029年）总结提升。运营机构的授权运营期限与项目建设周期相同。',
    ], plan);
  });
  it('a tie to the agreement, a term with its own length, a short phase, the plan’s own period stay quiet', () => {
    expectQuiet(RL, [
      '授权运营期限与本协议有效期保持一致。',
      '授权运营期限为三年，与《××市数字经济发展规划（2025—2030年）》确定的目标任务相衔接。',
      '授权运营期限与项目一期（2025—2027年）保持一致。',
      '本方案实施周期与《××市数字经济发展规划（2025—2030年）》保持一致。',
    ]);
  });
});

describe('a period after the term, by any name, in which the operator keeps using the data', () => {
  it('fires', () => {
    expectRaised(RL, [
      '授权期限届满后，乙方可继续调用授权数据开展存量产品维护，维护期为两年。',
      '期满后设一年的服务保障期，保障期内乙方仍可使用授权数据向原有客户提供服务。',
      '授权期限到期后，为完成在建项目，乙方可以继续使用授权数据，收尾期不超过十八个月。',
    ]);
  });
  it('a hand-over, a surviving duty, a period counted in the term stay quiet', () => {
    expectQuiet(RL, [
      '授权期限届满后，乙方应在三个月的移交期内配合甲方完成交接，不得继续调用授权数据。',
      '期满后保密期为两年，保密期内乙方继续履行保密义务。',
      '授权期限届满后，乙方可继续调用授权数据开展存量产品维护，维护期为六个月，维护期计入三年授权期限。',
    ]);
  });
});
