import { describe, it } from 'vitest';
import { expectQuiet, expectRaised } from '../../../helpers/redlineCase';

/**
 * One reading of a term that ends on an event (text.ts eventEnded), for the term's own clause and for the grant's start
 * said without the term's words. Text written for this test (session 32).
 */
const doc = (t: string) => `某县公共数据授权运营协议\n${t}`;

describe('term: an end set by an event nobody schedules', () => {
  it('fires on a party leaving at will, a successor chosen, a rule repealed or both agreeing to end it', () =>
    expectRaised(
      'term_over_3y',
      [
        '第五条 授权有效期至乙方主动申请退出或者被甲方依法终止之日止。',
        '第五条 本协议自签订之日起生效，至乙方书面申请退出之日止。',
        '第五条 本授权自2026年3月1日起生效，至甲方重新确定运营机构之日止。',
        '第五条 本协议有效期自签订之日起至双方协商一致解除之日止。',
        '第五条 授权期限至本县公共数据授权运营管理暂行办法废止之日止。',
      ],
      { ruleset: 'national', kind: 'agreement', doc },
    ));

  it("stays quiet on the agreement's own end, duties performed, or a longest span said beside the event", () =>
    expectQuiet(
      'term_over_3y',
      [
        '第五条 授权运营期限为三年。第三十条 本协议自双方签字盖章之日起生效，有效期至双方权利义务履行完毕之日止。',
        '第五条 授权运营期限为三年。第三十条 本协议有效期至本协议终止之日止。',
        '第五条 授权运营期限为三年，期满前乙方可以申请退出；本协议自签订之日起生效，至乙方申请退出之日止，最长不超过三年。',
        '第五条 授权运营期限为三年。协议终止后，乙方的保密义务继续有效，至相关数据依法公开之日止。',
      ],
      { ruleset: 'national', kind: 'agreement', doc },
    ));
});
