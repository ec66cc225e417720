import { describe, it } from 'vitest';
import { expectQuiet, expectRaised } from '../../../helpers/redlineCase';

/**
 * Term readings built on the twelfth clause bank (session 18). Every text is written for this test, worded apart from
 * the bank; each class has near misses that must stay quiet.
 */
describe('term_over_3y s12: a renewal the grantor must grant when the operator asks', () => {
  it('the grantor bound now to consent to the operator’s request fires, however the request is called', () => {
    expectRaised('term_over_3y', [
      '第十条 授权期限为三年。期满前六个月内运营机构提出续约的，授权方应予批准，续约期三年。',
      '第十条 运营期限两年。乙方书面请求延长运营期限的，甲方应当在十五日内予以同意，延长期限为两年。',
      '第十条 授权运营期限三年；乙方提出继续运营的，实施机构必须准许，继续运营的期限与原期限相同，以一次为限。',
    ]);
  });
  it('near misses: a decision left open, an approval asked of the grantor, a review before a new agreement', () => {
    expectQuiet('term_over_3y', [
      '第十条 授权期限三年。乙方申请续期两年的，甲方应当组织评估，并根据评估结果决定是否同意续期。',
      '第十条 授权期限三年，乙方申请续期两年的，甲方应当在收到申请后二十日内予以批准或者不予批准。',
      '第十条 授权期限三年。乙方申请续期的，须经甲方批准并重新签订协议，续期二年。',
      '第十条 授权期限三年。乙方申请续期的，甲方应当予以审核，审核通过的另行签订协议，续期两年。',
    ]);
  });
});

describe('term_over_3y s12: a renewal exempt from the decision again ("无需再……")', () => {
  it('a renewal whose new decision is waived with 再 fires', () => {
    expectRaised('term_over_3y', [
      '第八条 授权期限三年。期满前双方签署续期确认函，续期两年，无需再报市政府审定。',
      '第八条 运营期限二年，期满后续期三年，不必再履行遴选程序。',
      '第八条 授权期限为三年，期满续签两年，续签不用再签订新协议。',
    ]);
  });
  it('near misses: a renewal put to the decision again, a waiver of another step', () => {
    expectQuiet('term_over_3y', [
      '第八条 授权期限为三年，期满后乙方再申请续期的，须再次报市政府批准，续期两年。',
      '第八条 授权期限为三年，期满终止；续期两年的，应当再次提交“三重一大”决策机制审议。',
      '第八条 授权期限为三年，期满终止。乙方已报送的年度报告无需再次报送，续期两年的按规定另行申请。',
    ]);
  });
});
