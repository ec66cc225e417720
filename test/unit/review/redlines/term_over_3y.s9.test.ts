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

describe('term (even failures): a schedule the operator holds through, the term tied to it', () => {
  it('fires when the operator carries the grant through the years listed before, not when it does not or they are short', () =>
    check(
      'term_over_3y',
      'qinhuangdao',
      'plan',
      [
        '推进安排：2025年完成平台建设，2026年上线运营，2027年扩大应用，2028年全面推广；运营机构在上述各阶段均负责授权运营。',
        '工作步骤：2026年试点、2027年推广、2028年至2029年深化，运营单位在以上各时期持续承担授权运营工作。',
      ],
      [
        '推进安排：2026年完成平台建设，2027年上线运营，2028年全面推广；运营机构在上述各阶段持续承担授权运营工作。',
        '推进安排：2025年完成平台建设，2026年上线运营，2027年扩大应用，2028年全面推广；甲方在上述各阶段负责统筹协调。',
      ],
    ));
});

describe('term (even failures): held on until an event nobody schedules', () => {
  it('fires on a grant held until a rule is repealed or a successor is chosen, not on a dated or capped end or a duty', () =>
    check(
      'term_over_3y',
      'wenzhou',
      'agreement',
      [
        '第四条 本授权自2026年1月1日起生效，有效至相关管理规定废止之日止。',
        '第四条 本协议自签订之日起生效，至甲方另行确定新的授权运营机构之日止。',
        '第九条 协议期满时新一轮遴选尚未完成的，乙方继续依照本协议开展运营，直至新运营机构选定之日止。',
      ],
      [
        '第四条 本授权自2026年1月1日起生效，至2028年12月31日止。',
        '第九条 协议期满时新一轮遴选尚未完成的，乙方继续依照本协议开展运营，直至新运营机构选定之日止，最长不超过六个月。',
        '第九条 协议期满后，乙方继续履行保密义务，直至相关数据依法公开之日止。',
        '第四条 本协议自签订之日起生效，有效期三年，至双方义务履行完毕之日止。',
      ],
    ));
});

describe("term (even failures): a service's period named after its span", () => {
  it('stays quiet on a maintenance or support period, and fires on the term beside such a duty', () =>
    check(
      'term_over_3y',
      'wenzhou',
      'agreement',
      ['第五条 乙方负责平台运营维护，授权运营期限为五年。', '第五条 授权运营期限为四年，期满后乙方提供一年的运维支持。'],
      [
        '第二十条 协议终止后，乙方对已交付的数据产品继续提供为期四年的运维支持。',
        '第二十条 乙方对交付的平台提供五年的免费维护，授权运营期限为三年。',
        '第二十条 协议期满后，乙方仍须为已售出的数据产品提供为期五年的售后服务。',
      ],
    ));
});
