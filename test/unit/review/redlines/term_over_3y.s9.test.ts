import { describe, it } from 'vitest';
import { expectQuiet, expectRaised } from '../../../helpers/redlineCase';

/**
 * Readings of the term built from the ninth bank's odd failures (session 14), on text
 * written for this test, each with near misses that must stay quiet.
 */
const framed = (kind: 'agreement' | 'plan') => (t: string) => `${kind === 'plan' ? '某场景公共数据授权运营实施方案' : '某场景公共数据授权运营协议'}\n${t}`;
const check = (redline: string, ruleset: string, kind: 'agreement' | 'plan', fire: string[], quiet: string[]) => {
  expectRaised(redline, fire, { ruleset, kind, doc: framed(kind) });
  expectQuiet(redline, quiet, { ruleset, kind, doc: framed(kind) });
};

describe('term: a grant said to be long-term has no end', () => {
  it('fires on a grant called long-term, not on long-term cooperation, a duty or a grant refused', () =>
    check(
      'term_over_3y',
      'chongqing',
      'agreement',
      [
        '第三条 甲方对乙方的数据运营授权系长期授权，自协议生效之日起算。',
        '第七条 本次授权运营采取长期授权方式。',
        '2.3 甲方同意长期授权乙方运营本市交通场景公共数据。',
        '第五条 本协议属长期授权协议，双方均不得无故解除。',
      ],
      [
        '第九条 双方建立长期稳定的合作关系，授权运营期限为三年。',
        '第九条 甲方不得对运营机构实行长期授权，授权运营期限为三年。',
        '第九条 运营机构应当着眼长期运营，授权运营期限为三年。',
        '第九条 为避免长期授权带来的垄断风险，授权期限为三年。',
        '第九条 乙方应当长期保存运营日志，授权期限为二年。',
      ],
    ));
});

describe('term: phases numbered without 第 (一期, 二期) that the term is said to cover', () => {
  it('fires when the phases the term covers run over more than three years, not when they do not or are not covered', () =>
    check(
      'term_over_3y',
      'hebei',
      'plan',
      [
        '（五）实施安排：首期为2026—2027年试点期，二期为2028—2029年推广期，授权运营期限涵盖上述两期。',
        '分三期推进：一期2026年，二期2027年，三期2028—2029年，授权运营期贯穿各期。',
        '本项目分两期建设运营，一期（2025—2026年）完成平台搭建，二期（2027—2028年）开展规模化运营。授权期限包括两期。',
      ],
      [
        '分两期实施，一期为2026年平台建设期，二期为2027—2028年运营期，授权运营期限覆盖两期。',
        '分两期实施，一期为2026—2027年，二期为2028—2030年，授权运营期限为一期，二期另行组织遴选。',
        '一期工程2026—2027年，二期工程2028—2030年，均由甲方组织建设。',
      ],
    ));
});

describe('term: counted from a later event, with a phase from the signing left out of it', () => {
  it('adds the phase the operator holds from the signing, not a phase counted in, done by others, or a short total', () =>
    check(
      'term_over_3y',
      'chongqing',
      'agreement',
      [
        '第六条 授权运营期限为三年，自数据平台上线运行之日起算；平台建设期六个月，自协议生效之日起计算，不计入授权运营期限。',
        '第六条 运营期为叁年，从系统通过联合验收次日起计算。本协议签订之日起至验收前为建设期，建设期一年，该期间不计入运营期。',
        '第四条 授权期限二年零十个月，自产品交付验收合格之日起算；筹备期八个月，自本协议签署之日起算，不计入授权期限。',
      ],
      [
        '第六条 授权运营期限为三年，自本协议签订之日起算，含平台建设期六个月。',
        '第六条 授权运营期限为两年，自平台上线之日起算；平台建设期六个月，自协议生效之日起计算，不计入授权运营期限。',
        '第六条 授权运营期限为三年，自平台上线之日起算；平台由甲方在本协议签订前建设完成。',
        '第六条 授权运营期限为三年，自平台验收之日起算，平台建设期六个月，自协议生效之日起计算，计入授权运营期限。',
      ],
    ));
});
