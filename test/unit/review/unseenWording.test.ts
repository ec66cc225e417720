import { describe, expect, it } from 'vitest';
import { reviewDocument } from '../../../shared/review/engine';
import { bundledRuleset, docFromText } from '../../helpers/reviewCorpus';

/**
 * What an unseen document set contains: each plan and agreement item under the headings drafters really use or stated
 * in a sentence under another heading, each red line in paraphrase with its negations and exceptions, and texts that are
 * about a plan rather than a plan. Every text here is written for the test (issue 10, fourth session).
 */
const hebei = bundledRuleset('hebei');
const review = (lines: string[], kind: 'plan' | 'agreement' = 'plan', id = 'hebei') => reviewDocument(docFromText(lines.join('\n'), 't.txt'), bundledRuleset(id), kind);
const status = (lines: string[], item: string, kind: 'plan' | 'agreement' = 'plan') => review(lines, kind).items.find((i) => i.id === item)!.status;

describe('plan items under the headings drafters use', () => {
  const plan = (heading: string, body: string) => ['某市交通出行领域公共数据授权运营实施方案', '一、总体要求', '坚持依法合规。', `二、${heading}`, body, '三、附则', '本方案自印发之日起施行。'];
  const cases: [string, string, string][] = [
    ['plan.rights', '各方权责', '实施机构享有监督检查权，负责数据供给协调；运营机构享有经营收益权，承担安全合规义务。'],
    ['plan.rights', '职责分工', '市数据局负责统筹；运营机构负责产品开发运营；数据提供单位负责数据质量。'],
    ['plan.selection', '运营机构应当具备的条件', '注册资本不低于5000万元，管理制度健全，具备数据加工技术和持续服务能力，具备数据安全保护能力。'],
    ['plan.selection', '运营主体资质要求', '净资产不低于1亿元；组织管理规范；技术团队不少于30人；具有服务能力；通过数据安全认证。'],
    ['plan.security', '数据安全防护', '落实数据安全主体责任，个人信息去标识化处理，制定应急处置预案并定期演练。'],
    ['plan.supervision', '考核与监督', '实施机构对运营机构开展监督管理，每年开展运营评估，评估结果作为续约依据。'],
    ['plan.mode', '授权运营方式', '本次采取依场景授权方式。'],
    ['plan.accounting', '收益与分配', '运营机构对授权运营业务单独核算成本和收入，收益分配按协议约定执行。'],
    ['plan.other', '其它事项', '本方案由市数据局负责解释。'],
  ];
  for (const [item, heading, body] of cases) {
    it(`${item} under “${heading}”`, () => expect(status(plan(heading, body), item)).not.toBe('missing'));
  }
  it('a numbered list entry that is a sentence names no section: “（四）具有面向文旅行业的产品服务经验；” is not a product list', () => {
    const r = review(['某方案', '一、运营机构条件', '（一）', '注册资本不低于1亿元；', '（四）', '具有面向文旅行业的产品服务经验；', '二、其他事项', '无。']);
    expect(r.items.find((i) => i.id === 'plan.products')!.evidence.map((e) => e.excerpt).join()).not.toContain('产品服务经验');
  });
});

describe('items spread across sections under general headings', () => {
  it('a plan whose items share sections (“安全与监管”, “运营安排”) misses none; needs and deadlines said plainly count', () => {
    const r = review([
      '某市医疗健康领域公共数据授权运营实施方案',
      '一、总体考虑',
      '本次授权运营名称为某市医疗健康领域公共数据授权运营。市卫生健康委为实施机构，负责组织实施。',
      '二、需求与可行性',
      '医疗机构、保险公司对数据需求旺盛，市场规模约2亿元；依托市健康信息平台提供全生命周期管理服务；预期每年节约医保支出；建立风险防控机制。',
      '三、运营机构',
      '运营机构应当注册资本不低于1亿元，具有完善的管理制度、医疗数据加工技术和服务能力，通过数据安全等级保护三级认证。',
      '四、授权方式与数据',
      '采取依场景授权方式。授权数据包括电子病历摘要、医保结算等4类，范围和目录见附件1，每日更新，由卫健委负责数据质量。',
      '五、运营安排',
      '授权运营期限为三年。主要建设医疗数据专区，采用隐私计算技术保障，2026年底前完成建设，以调用量为评价标准，期满或考核不合格的退出，运营形成的资产按协议处置。',
      '六、产品和服务',
      '面向卫生健康部门提供公共卫生监测报告（免费）；面向保险公司提供核保风险评分接口（有偿）。',
      '七、费用与收益',
      '运营机构单独核算成本收入，收益按协议分配，产业类产品执行政府指导价。',
      '八、安全与监管',
      '运营机构落实数据安全责任，个人信息经脱敏处理，制定应急处置预案。市卫健委对运营情况开展监督管理，每年组织评估。',
      '九、各方权利和义务',
      '实施机构有权监督检查；运营机构承担安全义务。',
      '十、其他',
      '本方案自印发之日起施行。',
    ]);
    expect(r.items.filter((i) => i.status === 'missing').map((i) => i.id)).toEqual([]);
    expect(r.items.find((i) => i.id === 'plan.feasibility')!.missingParts).toEqual([]);
    expect(r.items.find((i) => i.id === 'plan.term_plan')!.missingParts).toEqual([]);
    expect(r.flags.map((f) => f.id)).not.toContain('product_categories');
  });
});

describe('agreement items stated in a sentence, wherever they sit', () => {
  const agr = (clause: string) => ['某市公共数据授权运营协议', '第一条 甲方授权乙方在停车场景内运营，运营期限为三年。', `第二条 ${clause}`, '第三条 协议终止的，乙方销毁原始数据及副本，日志留存不少于6个月。', '第四条 本协议自双方盖章之日起生效。'];
  it('assets: “软硬件设备归乙方所有；数据产品的权益按附件约定” under no heading, and under “资产和权益”', () => {
    expect(status(agr('乙方自行投入的软硬件设备归乙方所有；数据产品和服务的相关权益按附件三约定。'), 'agr.assets', 'agreement')).not.toBe('missing');
    const headed = ['某市公共数据授权运营协议', '第一部分　授权范围', '甲方授权乙方运营停车数据。', '第二部分　资产和权益', '乙方投入建设的软硬件设备归乙方所有；乙方开发的数据产品，权益按照附件约定归属。'];
    expect(status(headed, 'agr.assets', 'agreement')).toBe('present');
  });
  it('platform: “乙方应当依托全省统一的公共数据平台开展授权运营”', () => {
    expect(status(agr('技术支撑 乙方应当依托全省统一的公共数据平台开展授权运营。'), 'agr.platform', 'agreement')).not.toBe('missing');
    expect(status(agr('乙方通过市公共数据运营平台进行数据加工。'), 'agr.platform', 'agreement')).not.toBe('missing');
  });
  it('disclosure: “乙方每年一季度公开上一年度运营情况和产品价格”', () => {
    expect(status(agr('乙方每年一季度公开上一年度授权运营情况、产品和服务价格。'), 'agr.disclosure', 'agreement')).not.toBe('missing');
    expect(status(agr('乙方不得公开甲方未发布的数据。'), 'agr.disclosure', 'agreement')).toBe('missing');
  });
});

describe('product list: the two categories told from who a product serves', () => {
  const list = (...entries: string[]) => review(['某方案', '一、总则', '依法推进。', '二、数据产品和服务清单', ...entries, '三、其他事项', '无。']).flags.map((f) => f.id);
  it('products all for enterprises fire; one for citizens or government as well does not', () => {
    expect(list('（一）选址评估报告，面向开发企业，以报告形式交付；', '（二）信用评分服务，面向银行等金融机构，以接口形式提供。')).toContain('product_categories');
    expect(list('（一）出行诱导服务，面向市民免费提供；', '（二）客流分析数据集，面向文旅企业有偿提供。')).not.toContain('product_categories');
    expect(list('（一）城市运行监测报告，供市政府部门辅助决策；', '（二）物流数据接口，面向物流公司提供。')).not.toContain('product_categories');
  });
  it('products all for the public fire', () => {
    expect(list('（一）就医导航服务，面向群众免费提供；', '（二）应急预警信息，面向社会公众推送。')).toContain('product_categories');
  });
});

describe('a text about a plan is not a plan', () => {
  const body = ['一、基本情况', '本次按照依场景授权原则，授权运营期限为三年，运营机构负责数据产品开发，落实数据安全和个人信息保护要求。', '二、主要内容', '明确了实施机构、运营机构选择条件、数据资源范围、产品和服务清单、收益分配、监督管理等内容。', '三、下一步工作', '做好实施。'];
  const notPlan = (title: string, extra: string[] = []) => review([title, ...body, ...extra]);
  for (const title of [
    '《某市交通出行领域公共数据授权运营实施方案》政策解读',
    '关于《某市交通出行领域公共数据授权运营实施方案》的起草说明',
    '关于2025年度公共数据授权运营工作情况的报告',
    '某市公共数据授权运营机构遴选项目中标（成交）结果公告',
    '某市公共数据授权运营机构遴选项目竞争性磋商公告',
    '某市公共数据产品和服务价格表',
    '一图读懂《某市公共数据授权运营实施方案》',
    '某市公共数据产品和服务价格目录',
    '关于召开公共数据授权运营专家论证会的通知',
    '《某市公共数据授权运营实施方案（征求意见稿）》意见采纳情况',
    '关于某市公共数据授权运营实施方案征求意见的反馈意见',
  ]) {
    it(`“${title}” is warned, and its sentences are not plan content`, () => {
      const r = notPlan(title);
      expect(r.warnings.join(), title).toContain('看起来不像实施方案');
      expect(r.items.every((i) => i.status === 'missing')).toBe(true);
    });
  }
  it('news without a title of its own is told by its formulas', () => {
    const r = review(['某市召开公共数据授权运营推进会', '10月14日，市数据局召开推进会。会议强调，要坚持依场景授权，守牢数据安全底线。', '会议要求各部门做好数据供给。', '（责任编辑：张某）']);
    expect(r.warnings.join()).toContain('看起来不像实施方案');
  });
  it('a notice that publishes the plan, a draft for comment and a plan with “（试行）” are plans', () => {
    for (const title of ['关于印发《某市交通出行领域公共数据授权运营实施方案》的通知', '某市数据局关于某市交通出行领域公共数据授权运营实施方案公开征求意见的公告', '某市交通出行领域公共数据授权运营实施方案（征求意见稿）', '某市交通出行领域公共数据授权运营工作方案（试行）']) {
      const r = notPlan(title);
      expect(r.warnings.join(), title).not.toContain('各项均按缺失处理');
    }
  });
  it('an agreement reviewed as a plan is warned about the kind; an agreement template (示范文本) is an agreement', () => {
    const agreement = ['某市公共数据授权运营协议（示范文本）', '第一条 甲方授权乙方运营。', '第二条 乙方应当依法运营。', '第三条 甲方有权监督检查。', '第四条 乙方不得转授权。'];
    expect(review(agreement, 'plan').warnings.join()).toContain('而像授权运营协议');
    expect(review(agreement, 'agreement').warnings.join()).not.toContain('而像');
  });
});

describe('red lines in the words of unseen drafts', () => {
  const agr = (extra: string, term = '本协议运营期限为三年。') =>
    review(['某市公共数据授权运营协议', '第一条 授权范围。甲方在停车场景下授权乙方运营，数据目录见附件。', `第二条 期限。${term}`, '第三条 终止。协议终止的，乙方以不可逆方式销毁原始数据及其副本，日志留存不少于6个月。', '第四条 备案。本协议签订后10个工作日内报省数据管理部门备案。', `第五条 其他。${extra}`], 'agreement').flags.map((f) => f.id);
  it('terms in words, months and date ranges', () => {
    for (const t of ['授权运营期限为四十八个月。', '授权期自2026年1月1日起至2030年12月31日止。', '合作期限为肆年。', '运营期限三年，期满自动续期二年。']) expect(agr('', t), t).toContain('term_over_3y');
    for (const t of ['授权运营期限为三十六个月。', '授权期自2026年1月1日起至2028年12月31日止。', '运营期限不超过三年，期满后重新申请。', '运营期限为二年。']) expect(agr('', t), t).not.toContain('term_over_3y');
  });
  it('pricing said indirectly', () => {
    for (const c of ['面向政府部门提供的数据服务，参照市场行情收取服务费。', '产品价格由乙方根据市场情况自行确定。']) expect(agr(c), c).toContain('pricing');
    for (const c of ['用于公共治理、公益事业的，免费提供；用于产业发展的，执行政府指导价。', '乙方不得自行定价，产品价格执行政府指导价。']) expect(agr(c), c).not.toContain('pricing');
  });
  it('raw data leaving under other verbs, and consent exceptions', () => {
    for (const c of ['经甲方同意，乙方可向合作单位提供原始数据。', '除甲方书面同意外，乙方不得对外披露原始数据。', '乙方可将授权数据全量同步至自有数据中心。']) expect(agr(c), c).toContain('raw_data_export');
    for (const c of ['乙方不得以任何方式导出、复制原始数据。', '原始数据不出域，乙方仅可获取加工结果。']) expect(agr(c), c).not.toContain('raw_data_export');
  });
  it('sub-licensing without 转授权', () => {
    for (const c of ['经甲方同意，乙方可再许可第三方使用数据产品开发权。', '乙方可将数据使用权限交由其全资子公司行使。']) expect(agr(c), c).toContain('sub_authorization');
    for (const c of ['乙方不得将运营权转让、转包或再许可给他人。']) expect(agr(c), c).not.toContain('sub_authorization');
  });
  it('destruction written as 删除, 清除, 返还 and not keeping copies', () => {
    const ends = (clause: string) =>
      review(['某市公共数据授权运营协议', '第一条 期限。运营期限为三年。', `第二条 终止。${clause}`, '第三条 备案。本协议签订后10个工作日内报省数据管理部门备案。'], 'agreement').flags.map((f) => f.id);
    for (const c of ['协议终止后，乙方应当彻底删除全部授权数据及备份，日志留存六个月以上。', '协议终止的，乙方将授权数据返还甲方，并以不可恢复方式清除本地副本。']) expect(ends(c), c).not.toContain('no_destruction');
    for (const c of ['协议终止后，乙方可继续保留原始数据用于售后服务。', '协议终止后双方另行协商数据处理事宜。']) expect(ends(c), c).toContain('no_destruction');
  });
  it('dates written with dots or dashes, charges said as 支付, licensing an affiliate, only one operator, data handed back', () => {
    expect(agr('', '授权期限为2025.7.1-2029.6.30。')).toContain('term_over_3y');
    expect(agr('', '授权期限为2025-07-01至2028-06-30。')).not.toContain('term_over_3y');
    expect(agr('政府部门使用数据产品的，应向乙方支付服务费。')).toContain('pricing');
    expect(agr('政府部门使用数据产品的，无需支付任何费用。')).not.toContain('pricing');
    expect(agr('乙方有权许可其关联公司使用授权数据开发产品。')).toContain('sub_authorization');
    expect(agr('乙方可将部分运营业务分包给具备资质的第三方。')).toContain('sub_authorization');
    expect(agr('甲方许可乙方使用授权数据开发产品。')).not.toContain('sub_authorization');
    expect(agr('甲方承诺授权期内在本场景仅授权乙方一家运营。')).toContain('exclusivity');
    expect(agr('授权期内，甲方不得再向第三方授权该场景数据。')).toContain('exclusivity');
    expect(agr('甲方不得向第三方提供乙方的商业秘密。')).not.toContain('exclusivity');
    expect(agr('乙方享有同等条件下的优先续约权。')).not.toContain('exclusivity');
    const ends = (clause: string) => review(['某市公共数据授权运营协议', '第一条 期限。运营期限为三年。', `第二条 终止。${clause}`], 'agreement').flags.map((f) => f.id);
    expect(ends('协议终止后，乙方应将全部授权数据返还甲方，不得留存任何副本，日志留存不少于六个月。')).not.toContain('no_destruction');
    expect(ends('协议终止后，乙方应将数据产品交付甲方。')).toContain('no_destruction');
  });
  it('exclusivity negated or excepted', () => {
    expect(agr('本授权为非独家授权。')).not.toContain('exclusivity');
    expect(agr('甲方在授权期内不再向其他运营机构授权同一场景。')).toContain('exclusivity');
  });
});

describe('a plan said in paraphrase still reads as a plan (no not-a-plan warning)', () => {
  it('headings drafters use', () => {
    const r = reviewDocument(
      docFromText(
        [
          '某市文化旅游领域公共数据授权运营工作方案',
          '一、项目名称',
          '某市文化旅游领域公共数据授权运营。',
          '二、实施单位',
          '市数据局为实施机构。',
          '三、建设背景与可行性分析',
          '社会需求旺盛，市场规模约3000万元，提供全生命周期管理服务，预期成效明显，落实风险防控。',
          '四、运营主体资质要求',
          '注册资本不低于5000万元，管理规范，具备技术能力、服务能力和安全能力。',
          '五、授权运营方式',
          '依场景授权。',
          '六、数据目录',
          '授权数据范围为景区客流等3类数据，目录见附件，按日更新，数据质量由提供部门负责。',
          '七、实施步骤',
          '运营期限为三年，建设内容为文旅专区，技术保障采用隐私计算，实施进度分两阶段，评价标准为调用量，退出按协议，资产归属按协议。',
          '八、产品目录',
          '面向游客的免费导览服务（公益类），面向文旅企业的客流分析接口（产业类）。',
          '九、收益与分配',
          '单独核算成本收入，收益分配按协议。',
          '十、安全防护',
          '落实数据安全责任，个人信息去标识化，制定应急处置预案。',
          '十一、权责',
          '实施机构享有监督权，运营机构承担运营义务。',
          '十二、考核与监督',
          '市数据局开展监督管理和年度评估。',
          '十三、其它',
          '本方案自印发之日起施行。',
        ].join('\n'),
      ),
      hebei,
      'plan',
    );
    expect(r.warnings.join()).not.toContain('看起来不像');
    expect(r.items.filter((i) => i.status === 'missing').map((i) => i.id)).toEqual([]);
  });
});

describe('a regulation about plans is not a plan', () => {
  it('“…管理办法” that says what a plan must contain is warned; “…实施细则” that is a plan itself is not', () => {
    const rules = review(['某市公共数据授权运营管理办法', '第一条 为规范公共数据授权运营，制定本办法。', '第二条 实施方案应当包括以下内容：（一）授权运营名称；（二）实施机构；（三）数据资源范围。', '第三条 授权运营协议应当约定运营期限。', '第四条 本办法自印发之日起施行。']);
    expect(rules.warnings.join()).toContain('规范性文件');
    const plan = review(['某市交通出行领域公共数据授权运营实施细则', '一、授权运营名称', '某市交通出行领域公共数据授权运营。', '二、实施机构', '市数据局为实施机构。', '三、授权运营模式', '依场景授权。', '四、其他事项', '本细则自印发之日起施行。']);
    expect(plan.warnings.join()).not.toContain('各项均按缺失处理');
  });
});
