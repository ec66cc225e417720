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

describe('fixG2: the feasibility argument headed by the state of things it starts from', () => {
  it('a plan’s 发展现状 with needs, market, expected effect and risks is its feasibility argument', () => {
    const f = itemOf(
      [
        '某市物流公共数据授权运营实施方案',
        '第一部分 发展现状',
        '全市有道路货运企业1200余家，企业反映运力调度和融资核验缺少可靠数据，应用需求迫切。据测算，运力画像、货主信用核验等服务的年需求约800万元。',
        '授权运营实施后，预计企业融资审批时间缩短30%。主要风险在于车辆轨迹和驾驶员个人信息泄露，通过平台内加工、结果审核加以防范。',
        '第二部分 运营机构选择条件',
        '运营机构应具备资金、管理、技术、服务和安全能力。',
      ],
      'plan',
      'plan.feasibility',
    );
    expect(f.status).toBe('partial');
    expect(f.evidence[0]?.excerpt).toContain('发展现状');
  });

  it('a numbered list under （二）基础条件 (three of the five aspects)', () => {
    const f = itemOf(
      [
        '某县茶叶公共数据授权运营实施方案',
        '一、总体要求',
        '（一）指导思想',
        '坚持原始数据不出域、数据可用不可见，推动茶叶公共数据有序开发利用。',
        '（二）基础条件',
        '1.需求旺盛。茶企、银行和保险机构对茶园画像、茶农信用评价的需求逐年增长。',
        '2.市场可观。经调研，全县茶产业数据服务的市场空间约3000万元。',
        '3.风险可控。授权数据在平台内加工，原始数据不出域，风险可控。',
        '二、运营机构选择条件',
        '运营机构应具备资金、管理、技术、服务和安全能力。',
      ],
      'plan',
      'plan.feasibility',
    );
    expect(f.status).toBe('partial');
    expect(f.evidence[0]?.excerpt).toContain('基础条件');
  });

  it('near miss: a 现状 heading that only describes the platform, and goals that name the aspects in passing, argue nothing', () => {
    const f = itemOf(
      [
        '某县茶叶公共数据授权运营实施方案',
        '一、总体目标',
        '力争到2028年形成一批数据产品，满足社会需求，扩大市场规模，取得预期成效，守住风险防控底线。',
        '二、平台建设现状',
        '全县已建成公共数据平台，汇聚茶园、气象、市场主体等数据12类。',
        '三、运营机构选择条件',
        '运营机构应具备资金、管理、技术、服务和安全能力。',
      ],
      'plan',
      'plan.feasibility',
    );
    expect(f.status).toBe('missing');
  });
});
