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
