import { describe, it } from 'vitest';
import { expectQuiet, expectRaised } from '../../../helpers/redlineCase';

/**
 * Classes read from the bank term_over_3y-s16 (session 21): how a term over three years is written without a span of
 * more than three years. Every text is written for this test; each class has near misses that must stay quiet.
 */
const plan = { kind: 'plan' as const, doc: (t: string) => `某场景公共数据授权运营实施方案\n${t}` };

describe('a term counted in periods of the document’s own kind', () => {
  it('years of any name, or a period defined as a year, counted past three fire', () => {
    expectRaised('term_over_3y', ['授权运营期限按供暖年度计算，共五个供暖年度。'], plan);
    expectRaised('term_over_3y', ['授权运营期限覆盖四个完整学年，每个学年自当年9月1日起至次年8月31日止。']);
    expectRaised('term_over_3y', ['本场景授权运营期限共计四个渔汛期，每一渔汛期自当年5月1日起至次年4月30日止。'], plan);
  });
  it('three such periods, or a period shorter than a year, stay quiet', () => {
    expectQuiet('term_over_3y', ['授权运营期限按供暖年度计算，共三个供暖年度。'], plan);
    expectQuiet('term_over_3y', ['授权运营期限覆盖四个完整供暖季，每个供暖季自当年11月15日起至次年3月15日止。']);
    expectQuiet('term_over_3y', ['乙方应在每个会计年度结束后三个月内报送审计报告，连续四个会计年度均应报送。']);
  });
});

describe('the grant’s rights kept after expiry until an event nobody dates', () => {
  it('rights or data kept to an event, wherever the sentence puts them, fire', () => {
    expectRaised('term_over_3y', [
      '本协议期限三年。期限届满时尚有在途订单的，双方权利义务延续至全部订单履行完毕之日，在此期间乙方照常调用授权数据。',
      '本协议期限三年。期满后甲方未完成新一轮遴选的，乙方继续享有授权数据的加工和经营权益，并照常对外服务，直至新运营机构接手之日止。',
    ]);
  });
  it('a duty kept, a capped holdover, or a use stopped stays quiet', () => {
    expectQuiet('term_over_3y', [
      '本协议期限三年。期满后乙方仍应继续履行保密义务，直至相关数据全部销毁之日止。',
      '本协议期限三年。期满后乙方继续享有授权数据的调用权限，直至新运营机构接手之日止，但最长不超过三个月。',
      '本协议期限三年。期满后乙方不得继续使用授权数据，直至双方完成结算之日止仅可查询历史账目。',
    ]);
  });
});

describe('a term counted from a later launch while the data is opened at the signing', () => {
  it('a term from the first listing, the listing due months after the signing, fires', () => {
    expectRaised('term_over_3y', [
      '本协议自签订之日起生效，甲方应当在本协议生效后五个工作日内为乙方开通授权数据的调用权限；乙方首个数据产品应当不迟于本协议生效后一年在数据交易所挂牌；授权运营期限为三年，自首个数据产品挂牌之日起算。',
    ]);
  });
  it('a term from the signing, or a launch due within the term, stays quiet', () => {
    expectQuiet('term_over_3y', [
      '本协议自签订之日起生效，甲方应当在本协议生效后五个工作日内为乙方开通授权数据的调用权限；授权运营期限为三年，自本协议生效之日起算；乙方首个数据产品应当不迟于本协议生效后一年挂牌。',
    ]);
  });
});

describe('a plan’s horizon over phases each granted anew is no term', () => {
  it('a horizon split into phases, the later one chosen and signed anew, stays quiet', () => {
    expectQuiet('term_over_3y', ['（四）实施期限 本方案实施周期为2026年至2031年，分两期实施：第一期授权期限为2026年1月1日至2028年12月31日；第二期授权期限不超过三年，由实施机构重新组织遴选并另行签订授权运营协议。'], plan);
  });
  it('the same span named as the term, or phases that follow by themselves, fire', () => {
    expectRaised('term_over_3y', ['（四）实施期限 本场景授权期限为2026年至2031年，分两期实施：第一期为2026年至2028年；第二期由实施机构重新组织遴选。'], plan);
    expectRaised('term_over_3y', ['（四）实施期限 本方案实施周期为2026年至2031年，分两期实施：第一期为2026年至2028年；第二期为2029年至2031年，第一期届满后直接进入第二期，无需另行签订协议。'], plan);
  });
});

describe('a term made of stages, or a later phase entered by itself', () => {
  it('stages of the term added up, a capped stage at its cap, fire', () => {
    expectRaised('term_over_3y', ['“授权期”，是指乙方依照本协议开展运营的全部期间，包括试点阶段和推广阶段。试点阶段自本协议生效之日起计算，最长不超过一年；推广阶段自试点验收合格次日起计算三年。']);
  });
  it('stages within three years stay quiet', () => {
    expectQuiet('term_over_3y', ['“授权期”，是指乙方依照本协议开展运营的全部期间，包括试点阶段和推广阶段。试点阶段自本协议生效之日起计算，最长不超过六个月；推广阶段自试点验收合格次日起计算二年。']);
  });
  it('a later phase entered with its span, no new decision, fires; one chosen anew stays quiet', () => {
    expectRaised('term_over_3y', ['（五）授权运营期限 授权运营期限前三年为培育期，培育期届满考核达标的，直接转入为期一年的巩固期，无需重新签订协议。'], plan);
    expectQuiet('term_over_3y', ['（五）授权运营期限 授权运营期限前三年为培育期，培育期届满后，经实施机构重新组织遴选，方可进入为期一年的巩固期。'], plan);
  });
});
