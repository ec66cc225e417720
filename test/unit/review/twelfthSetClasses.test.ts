import { describe, expect, it } from 'vitest';
import { reviewDocument } from '../../../shared/review/engine';
import { termFixedIn } from '../../../shared/review/termStated';
import { bundledRuleset, docFromText } from '../../helpers/reviewCorpus';

/**
 * Failure classes of the twelfth set (issue 10), each on text written for the test, with near misses. One describe
 * block per fixer.
 */
const txt = (lines: string[]) => docFromText(lines.join('\n'), 'p.txt');
const itemOf = (lines: string[], kind: 'plan' | 'agreement', id: string, ruleset = 'hebei') =>
  reviewDocument(txt(lines), bundledRuleset(ruleset), kind).items.find((i) => i.id === id)!;

describe('fixG2: the grant’s term fixed in a sentence under a heading that names another matter', () => {
  it('an agreement: an article with a bracketed caption that gives the term by its dates, under 授权内容', () => {
    const f = itemOf(
      [
        '某县文旅公共数据授权运营协议',
        '甲方：某县数据局　乙方：某县文旅发展有限公司',
        '第一章　授权内容',
        '第一条【授权范围】甲方授权乙方在“智慧景区客流”场景中运营景区客流、文旅消费两类共9项数据，目录见附件。',
        '第二条【合作期】自2027年3月1日起至2029年2月28日止。',
        '第二章　违约责任',
        '第三条 乙方违反本协议约定的，应当支付违约金10万元。',
      ],
      'agreement',
      'agr.term',
    );
    expect(f.status).not.toBe('missing');
    expect(f.evidence[0]?.excerpt).toContain('2029年2月28日');
  });

  it('a plan: the term said with 为期 in its goals, in capital numerals, with no heading for it', () => {
    const f = itemOf(
      [
        '某市气象公共数据授权运营实施方案',
        '一、总体要求',
        '（一）目标任务',
        '本次授权运营自协议签订之日起开始，为期叁年。2027年6月底前上线首批产品，2028年起逐年扩大服务范围。',
        '二、保障措施',
        '运营机构落实数据分类分级、去标识化和应急预案等安全要求。',
      ],
      'plan',
      'plan.term_plan',
    );
    expect(f.status).toBe('partial');
    expect(f.missingParts).not.toContain('期限');
    expect(f.evidence[0]?.excerpt).toContain('为期叁年');
  });

  it('near miss: a text that only names the term, or gives another matter’s period, fixes no term', () => {
    const f = itemOf(
      [
        '某县文旅公共数据授权运营协议',
        '第一章　授权内容',
        '第一条 甲方授权乙方在“智慧景区客流”场景中运营景区客流、文旅消费两类共9项数据，目录见附件。',
        '第二章　违约责任',
        '乙方违反数据安全要求的，甲方责令整改，整改期限为30日；运营期间产生的日志，保存期限不少于六个月。',
        '第三章　变更和终止',
        '授权期满前三个月，乙方可以申请续约。根据《河北省公共数据授权运营管理办法（试行）》，授权运营期限原则上不超过3年。',
      ],
      'agreement',
      'agr.term',
    );
    expect(f.status).toBe('missing');
    for (const s of ['授权期满前三个月，乙方可以申请续约。', '整改期限为30日。', '运营期间产生的日志，保存期限不少于六个月。', '运营机构应当具有三年以上的运营经验。', '根据《河北省公共数据授权运营管理办法（试行）》，授权运营期限原则上不超过3年。']) {
      expect(termFixedIn(s), s).toBeUndefined();
    }
    for (const s of ['本协议的授权期间为叁年，从本协议生效之日起算。', '2027年1月1日至2029年12月31日为授权运营期。', '协议有效期两年。']) {
      expect(termFixedIn(s), s).toBe(s);
    }
  });
});
