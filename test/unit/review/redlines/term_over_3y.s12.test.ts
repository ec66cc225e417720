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
      // The grantor leading a clause of time before its duty.
      '第十条 授权期限三年。甲方接到运营机构的续约申请后，应当书面同意，续约期两年。',
    ]);
  });
  it('near misses: a decision left open, an approval asked of the grantor, a review before a new agreement', () => {
    expectQuiet('term_over_3y', [
      '第十条 授权期限三年。乙方申请续期两年的，甲方应当组织评估，并根据评估结果决定是否同意续期。',
      '第十条 授权期限三年，乙方申请续期两年的，甲方应当在收到申请后二十日内予以批准或者不予批准。',
      '第十条 授权期限三年。乙方申请续期的，须经甲方批准并重新签订协议，续期二年。',
      '第十条 授权期限三年。乙方申请续期的，甲方应当予以审核，审核通过的另行签订协议，续期两年。',
      '第十条 授权期限三年。乙方申请续期的，甲方应当依照规定报市政府批准后予以同意，续期两年。',
    ]);
  });
});

describe('term_over_3y s12: a renewal exempt from the decision again ("无需再……")', () => {
  it('a renewal whose new decision is waived with 再 fires', () => {
    expectRaised('term_over_3y', [
      '第八条 授权期限三年。期满前双方签署续期确认函，续期两年，无需再报市政府审定。',
      '第八条 运营期限二年，期满后续期三年，不必再履行遴选程序。',
      '第八条 授权期限为三年，期满续签两年，续签不用再签订新协议。',
      '第八条 授权期限三年，期满后续约两年，续约无需再经市人民政府批准。',
    ]);
  });
  it('near misses: a renewal put to the decision again, a waiver of another step', () => {
    expectQuiet('term_over_3y', [
      '第八条 授权期限为三年，期满后乙方再申请续期的，须再次报市政府批准，续期两年。',
      '第八条 授权期限三年，期满后续约两年，续约须再经市人民政府批准。',
      '第八条 授权期限为三年，期满终止；续期两年的，应当再次提交“三重一大”决策机制审议。',
      '第八条 授权期限为三年，期满终止。乙方已报送的年度报告无需再次报送，续期两年的按规定另行申请。',
    ]);
  });
});

describe('term_over_3y s12: an extension to the end of one of the agreement’s years, held by itself', () => {
  it('an automatic extension, or one needing no new agreement, to the end of a year past the third fires', () => {
    expectRaised('term_over_3y', [
      '第三条 授权运营期限为三年。期满时乙方年度考核均为合格的，授权自动顺延至第四个协议年度末。',
      '第三条 授权期限为两年；期满乙方无违约的，本协议延续至第四个合同年度结束，无需重新签订协议。',
      '第三条 授权运营期限三年，届满后自动延长至第五个运营年度末。',
    ]);
  });
  it('near misses: an extension applied for and signed anew, one within the third year, a product contract’s', () => {
    expectQuiet('term_over_3y', [
      '第三条 授权运营期限为三年。期满时乙方考核优秀的，可以申请延长至第五个协议年度末，经甲方批准后另行签订协议。',
      '第三条 授权运营期限为两年，期满考核合格的，自动顺延至第三个协议年度末。',
      '第三条 授权期限为三年。乙方提供的数据产品服务合同期满自动延续至第五个合同年度末。',
    ]);
  });
});

describe('term_over_3y s12: a phase outside the term, its length said only as its longest', () => {
  it('a phase left out of the term, with the operator working in it, adds its longest to the term', () => {
    expectRaised('term_over_3y', [
      '第六条 运营期三年，自平台验收合格之日起算；协议生效至平台验收为筹备期，筹备期不计入运营期，但最长不得超过十二个月，筹备期内运营机构即可对外提供数据产品。',
      '第六条 授权期限为三年。另设试运行期，试运行期最长六个月，试运行期内乙方可以对外提供数据服务并收费。',
      '第六条 授权期限为三年，自平台上线之日起算；孵化期不计入授权期限，一般不超过一年，孵化期内乙方可以开展试运营。',
    ]);
  });
  it('near misses: a phase counted in the term, one where the operator only builds, a cap on the term itself', () => {
    expectQuiet('term_over_3y', [
      '第六条 授权期限为三年，含建设期，建设期最长不超过六个月，建设期内乙方可以开展试运营。',
      '第六条 授权期限三年，自平台上线之日起算；建设期不计入授权期限，最长不超过一年，建设期内乙方仅负责平台部署，不得使用授权数据。',
      '第六条 建设期不计入授权期限，建设期内乙方可以开展试运营，授权运营期限最长不超过三年。',
    ]);
  });
});

describe('term_over_3y s12: phases referred to by their number, counted together as the term', () => {
  it('phases said to be counted as one term add up', () => {
    expectRaised(
      'term_over_3y',
      [
        '本项目授权运营分为培育期和推广期：培育期十八个月，重点打磨信贷风控产品；推广期两年，面向全市金融机构推广，上述两个阶段统一计入本次授权运营期限。',
        '乙方的运营分试运行期与正式运营期两个阶段，试运行期六个月，正式运营期三年，各阶段连续计算授权期限。',
        // The phases named in the sentence that counts them together.
        '培育期一年，推广期三年，培育期与推广期合并计算授权运营期限。',
      ],
      { kind: 'plan' },
    );
  });
  it('near misses: phases within three years, phases’ money summed, phases granted apart', () => {
    expectQuiet(
      'term_over_3y',
      [
        '授权运营分两个阶段：试运营期六个月，正式运营期两年六个月，两个阶段合并计算为同一授权运营期限。',
        '项目分两个阶段实施：建设期一年，正式运营期三年，两个阶段的资金投入合并计算。',
        '培育期一年，推广期三年，培育期与推广期的运营收入合并核算。',
        '授权运营分两个阶段：试运营期一年，正式运营期三年，两个阶段分别签订授权运营协议，各自计算期限。',
      ],
      { kind: 'plan' },
    );
  });
});
