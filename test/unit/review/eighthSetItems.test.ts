import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../shared/document/build';
import { markdownItems } from '../../../main/docs/text';
import { reviewDocument } from '../../../shared/review/engine';
import { bundledRuleset, docFromText } from '../../helpers/reviewCorpus';

/**
 * The item, title and genre failure classes of the eighth held-out set (issue 10), each on text written for the test,
 * with near-miss negatives: an organ's line above or under a title; a title broken over lines with its draft stage on a
 * line of its own; a table about a named document; a department's work programme of which authorised operation is one
 * task; content under a heading that gathers what is left (保障措施) or under a background heading; a heading word
 * that is not content (评价标准 under the implementation plan, a duty list naming 监管, a closing annex list).
 */
const txt = (lines: string[]) => docFromText(lines.join('\n'), 'p.txt');
const md = (lines: string[]) => buildDocument(markdownItems(lines.join('\n\n')), { format: 'md', fileName: 'page.md' });

const PROSE = '为推进公共数据有序开发利用，依据有关规定，结合本地实际，制定本方案。';
const BODY = ['一、基本情况', '（一）项目名称：某领域公共数据授权运营。', '二、运营机构选择条件', '运营机构应具备资金、管理、技术、服务和安全能力。'];

describe('an organ’s line is never the title', () => {
  it('the issuer above a title printed on two or three lines (a PDF 征求意见稿) is left out of it', () => {
    const cases: [string[], string][] = [
      [['北戴河区数据和政务服务局', '北戴河区海洋环境公共数据授权运营', '实施方案', '（征求意见稿）'], '北戴河区海洋环境公共数据授权运营实施方案'],
      [['某县农业农村局', '某县智慧农业领域公共数据授权运营', '实施方案', '（征求意见稿第2版）'], '某县智慧农业领域公共数据授权运营实施方案'],
      [['某市交通运输局', '某市交通出行', '公共数据授权运营', '实施方案（征求意见稿）'], '某市交通出行公共数据授权运营实施方案（征求意见稿）'],
      [['某区大数据发展管理局', '某区医疗健康公共数据授权运营', '实施方案', '(征求意见稿)'], '某区医疗健康公共数据授权运营实施方案'],
    ];
    for (const [head, title] of cases) {
      const doc = txt([...head, PROSE, ...BODY]);
      expect(doc.title, head.join('/')).toBe(title);
      // The stage line stays in the document; the organ's line above the title is not read as the body.
      expect(doc.bodyStart, head.join('/')).toBe(1);
    }
  });

  it('the notice’s signature (organ, date) above a title of a type it does not know is skipped', () => {
    const page = [
      '某区数据局 > 通知公告',
      '关于印发《某区2027年数字政府建设重点任务》的通知',
      '某区数据发〔2027〕2号',
      '各镇街，区级各部门：',
      '现将《某区2027年数字政府建设重点任务》印发给你们，请认真贯彻落实。',
      '某区大数据应用发展管理局',
      '2027年2月1日',
      '某区2027年数字政府建设重点任务',
      '2027年全区数字政府建设以提升治理效能为主线，统筹推进数据资源体系建设和数字化应用。',
      '一、夯实数据底座',
      '完成公共数据资源目录年度更新。',
    ];
    const doc = txt(page);
    expect(doc.title).toBe('某区2027年数字政府建设重点任务');
    expect(doc.bodyStart).toBe(7);
  });

  it('a table about a named document is titled by its own line, not by the organ that signs it', () => {
    for (const head of ['《某县不动产登记领域公共数据授权运营实施方案（征求意见稿）》意见采纳情况表', '《某市交通出行公共数据授权运营实施方案》征求意见汇总表', '《某区文旅数据授权运营方案（送审稿）》修改意见对照表']) {
      const doc = md([
        head,
        '某县数据和政务服务局 2026年10月',
        '2026年9月，我局通过门户网站就实施方案公开征求意见，共收到意见12条，具体情况如下。',
        '| 序号 | 意见内容 | 处理情况 |',
        '| --- | --- | --- |',
        '| 1 | 建议授权期限调整为三年 | 采纳 |',
        '其余意见主要涉及文字表述，已统一处理。',
        '某县数据和政务服务局',
      ]);
      expect(doc.title, head).toBe(head);
      const r = reviewDocument(doc, bundledRuleset('hebei'), 'plan');
      expect(r.warnings.join(''), head).toContain('看起来不像实施方案');
    }
  });

  it('near miss: an organ’s line the title goes on from is part of it; a notice that publishes a plan is still no title', () => {
    expect(txt(['某市数据和政务服务局', '2027年工作要点', '2027年是深化数据要素市场化配置改革的关键一年，全局工作以数据开发利用为主线。', '一、夯实数据资源底座', '完成目录更新。']).title).toBe(
      '某市数据和政务服务局2027年工作要点',
    );
    const notice = txt(['关于印发《某市公共数据授权运营实施方案》的通知', '各区县人民政府：', '现将《某市公共数据授权运营实施方案》印发给你们，请认真贯彻落实。', '某市人民政府办公室', '2026年5月6日', '某市公共数据授权运营实施方案', PROSE, ...BODY]);
    expect(notice.title).toBe('某市公共数据授权运营实施方案');
  });
});

describe('a department’s work programme is not a plan', () => {
  const programme = (title: string) => [
    title,
    '今年全区数据工作以推进公共数据资源开发利用为主线，统筹数据基础设施、数据资源体系和数字化应用。',
    '一、夯实数据资源底座',
    '1．完成公共数据资源目录年度更新，目录覆盖率达到100%，更新及时率不低于95%。',
    '2．编制公共数据负面清单，明确不予共享开放和授权运营的数据范围。',
    '二、推进公共数据授权运营',
    '3．在交通出行、文化旅游领域开展授权运营试点，授权期限不超过3年，运营机构通过公开方式选择。',
    '4．面向公共治理和公益事业的数据产品免费提供，面向产业发展的执行政府指导价；协议终止的，督促运营机构销毁原始数据及副本。',
    '5．授权运营协议签订后10个工作日内报市数据局备案，数据安全纳入运营机构年度评估。',
    '三、深化数字化应用',
    '6．推进政务服务“高效办成一件事”，全年新增场景10个。',
    '7．建设城市运行和治理中心数据中台，汇聚城市管理、应急、生态环境等领域数据。',
    '四、筑牢数据安全屏障',
    '8．落实数据分类分级保护制度，每半年组织一次数据安全检查，修订数据安全事件应急预案。',
    '9．开展政务App个人信息收集使用专项整治。',
    '五、强化保障',
    '10．将数据工作纳入部门年度目标考核，考核结果与数字化项目立项挂钩。',
    '11．各责任单位每季度末报送工作进展。',
  ];
  it('warns on a 工作要点, a 年度工作计划 and a 工作安排, whatever the ruleset', () => {
    for (const [title, rs] of [['某区2027年数据工作要点', 'chongqing'], ['某市数据局2027年度工作计划', 'hebei'], ['某县2027年数据资源开发利用工作安排', 'guizhou']] as const) {
      const r = reviewDocument(txt(programme(title)), bundledRuleset(rs), 'plan');
      expect(r.warnings.join(''), title).toContain('看起来不像实施方案');
      expect(r.warnings.join(''), title).toContain('只有2个涉及授权运营');
      expect(r.items.every((i) => i.status === 'missing'), title).toBe(true);
    }
  });
  it('near miss: a plan that mentions the 工作要点 it carries out, and a plan on data use whose every part is about operation', () => {
    const plan = [
      '某市交通运输领域公共数据授权运营实施方案',
      '按照《某市2027年数据工作要点》部署，制定本方案。',
      '一、授权运营名称',
      '本次授权运营事项名称为某市交通运输公共数据授权运营。',
      '二、运营机构选择条件',
      '运营机构应具备资金、管理、技术、服务和安全能力。',
      '三、数据范围',
      '纳入授权运营的数据包括公交刷卡、停车泊位数据，每日更新。',
      '四、保障措施',
      '实施机构对运营机构开展年度评估。',
    ];
    expect(reviewDocument(txt(plan), bundledRuleset('hebei'), 'plan').warnings.join('')).not.toContain('工作安排');
    const noMatterTitle = ['某市交通数据开发利用实施方案', ...plan.slice(1).map((l) => l.replace('实施机构对', '实施机构对授权运营的'))];
    noMatterTitle[5] = '运营机构应具备资金、管理、技术、服务和安全能力，授权运营期限三年。';
    noMatterTitle[7] = '纳入授权运营的数据包括公交刷卡、停车泊位数据，每日更新，运营机构不得超范围使用。';
    noMatterTitle[9] = '实施机构对运营机构开展年度评估。';
    expect(reviewDocument(txt(noMatterTitle), bundledRuleset('hebei'), 'plan').warnings.join('')).not.toContain('工作安排');
  });
});

/** A plan in the Chongqing layout with one part replaced; every other item present. */
function plan(parts: { background?: string[]; tail?: string[]; term?: string[] }) {
  return [
    '某区文化旅游领域公共数据授权运营实施方案',
    '一、总体情况',
    '（一）项目名称',
    '某区文化旅游公共数据授权运营项目。',
    ...(parts.background ?? ['（二）必要性和可行性', '社会需求迫切，市场规模约900万元，平台具备全生命周期管理服务能力，预期成效明显，风险防控措施到位。']),
    '二、运营机构选择条件',
    '运营机构注册资本不低于1000万元，设立合规部门，具有技术能力和服务能力，通过等保三级认证。',
    '三、数据和产品',
    '（一）授权数据范围',
    '授权数据包括景区客流、酒店入住统计等6类18项，按日更新，数据提供单位负责质量。',
    '（二）产品和服务',
    '公共治理类产品免费提供给区级部门；产业发展类产品面向企业，按政府指导价收费。',
    '四、实施计划',
    ...(parts.term ?? ['1.期限', '授权运营期限为三年。', '2.建设内容和技术保障', '建设文旅数据专区，采用隐私计算技术保障。', '3.实施进度', '2026年底前完成专区建设。', '4.评价标准', '产品调用量、服务企业数量、用户满意度。', '5.退出机制', '期满退出并销毁数据。', '6.资产管理', '专区软硬件资产归区大数据发展局所有。']),
    '五、安全和权责',
    '（一）安全保障',
    '落实数据安全责任，个人信息去标识化处理，制定应急预案并开展应急处置演练。',
    '（二）各方权利义务',
    '区大数据发展局负责统筹协调；数据提供单位负责数据质量；运营机构享有收益权，承担安全义务。',
    ...(parts.tail ?? ['六、核算和分配', '运营机构单独核算成本收入，收益分配按协议执行。', '七、监督评估', '区大数据发展局对运营机构开展日常监督，每年组织第三方评估。', '八、其他', '本方案自印发之日起施行。']),
  ];
}
const item = (lines: string[], id: string, rs = 'chongqing') => {
  const f = reviewDocument(txt(lines), bundledRuleset(rs), 'plan').items.find((i) => i.id === id);
  if (!f) throw new Error(`no item ${id}`);
  return f;
};

describe('content counts where it sits, under a heading that gathers what is left', () => {
  const supervision = ['七、监督评估', '区大数据发展局对运营机构开展日常监督，每年组织第三方评估。'];
  it('accounting and the closing matters in paragraphs of 保障措施 or 组织实施', () => {
    for (const [heading, acc] of [
      ['六、保障措施', '运营机构对文旅数据运营收支单独核算，成本包括平台租用和人工费用，收益分配按协议执行。'],
      ['六、组织实施', '运营机构的成本和收入分别核算，超额收益按比例返还区财政。'],
      ['六、保障措施', '运营收支实行单独核算，收入扣除成本和合理利润后，超额部分的50%用于区内公共数据治理。'],
    ]) {
      const lines = plan({ tail: [heading, acc, '区大数据发展局会同区文旅委建立工作专班，每月调度运营进展。', '本方案未尽事宜，按照市、区有关规定执行。', ...supervision] });
      expect(item(lines, 'plan.accounting').status, acc).toBe('present');
      expect(item(lines, 'plan.other').status, acc).not.toBe('missing');
    }
  });
  it('near miss: a paragraph of 保障措施 opening with another matter does not make accounting, nor security', () => {
    const lines = plan({ tail: ['六、保障措施', '区大数据发展局加强监督评估，运营机构加强数据安全管理并做好成本核算。', '八、附则', '本方案自印发之日起施行。'] });
    expect(item(lines, 'plan.accounting').status).toBe('missing');
  });
  it('a feasibility study under a background heading: forecasts and risks said as drafters say them', () => {
    const variants = [
      ['从需求看，物流企业需要路况数据，年市场需求约4500万元。', '从条件看，平台已具备数据归集、清洗、交付和到期销毁的全生命周期管理能力。', '从风险看，交通数据涉及个人出行轨迹。对此，本方案在开发环境、出域审核等环节设置防控措施。', '预计到2028年，授权运营可为交通治理节省分析费用约600万元，带动物流企业降低空驶率。'],
      ['企业对客流数据的需求日益增长，市场规模约2000万元。', '平台具备全过程管理能力。', '可能存在数据泄露风险，本方案采取分级授权、日志审计等防控措施。', '预计实施后三年内，力争带动文旅企业增收约3000万元。'],
      ['社会需求：景区、酒店需要游客画像数据。', '市场前景：年需求约900万元。', '平台已实现全流程管理。', '风险及防控：个人信息泄露风险由去标识化处理防范。', '预期到2027年，推动形成文旅数据产品10个，服务企业200家。'],
    ];
    for (const v of variants) {
      const f = item(plan({ background: ['（二）工作背景', ...v] }), 'plan.feasibility');
      expect(f.status, v[0]).toBe('present');
    }
  });
  it('near miss: a background of goals only is no feasibility study', () => {
    const f = item(plan({ background: ['（二）工作背景', '力争到2028年形成一批数据产品和服务，推动文旅产业高质量发展。', '近年来，我区持续推进文旅数字化转型。'] }), 'plan.feasibility');
    expect(f.status).toBe('missing');
  });
});

describe('a heading word that is not content', () => {
  it('supervision is missing when only the term plan’s 评价标准, a duty list or a gathering heading names it', () => {
    const cases: string[][] = [
      // 评价标准 under the implementation plan: the product's indicators.
      plan({ tail: ['六、核算和分配', '运营机构单独核算成本收入，收益分配按协议执行。', '八、其他', '本方案自印发之日起施行。'] }),
      plan({
        term: ['1.期限', '授权运营期限为三年。', '2.建设内容和技术保障', '建设专区，采用隐私计算。', '3.实施进度', '2026年底前完成。', '（四）评价标准和指标', '调用量、满意度。', '5.退出机制', '期满退出。', '6.资产管理', '资产归区大数据发展局所有。'],
        tail: ['六、核算和分配', '运营机构单独核算成本收入，收益分配按协议执行。', '八、其他', '本方案自印发之日起施行。'],
      }),
      // A duty list: "负责方案组织实施、协议签订和日常监管".
      plan({ tail: ['六、核算和分配', '运营机构单独核算成本收入，收益分配按协议执行。', '七、组织领导', '区大数据发展局作为实施机构，负责方案组织实施、协议签订和日常监管；区文旅委承担数据供给及监督管理。', '八、其他', '本方案自印发之日起施行。'] }),
      // Departments named by their field: "组织市场监管部门和高校专家".
      plan({ tail: ['六、核算和分配', '运营机构单独核算成本收入，收益分配按协议执行。', '七、前期工作', '区大数据发展局组织市场监管部门和高校专家对方案进行论证。', '八、其他', '本方案自印发之日起施行。'] }),
      // 保障措施 with a 工作专班 and the annex list closing the document.
      plan({ tail: ['六、核算和分配', '运营机构单独核算成本收入，收益分配按协议执行。', '七、保障措施', '区大数据发展局建立工作专班，每月调度运营进展。', '本方案自印发之日起施行。', '附件：1．某区文旅领域授权数据资源目录'] }),
    ];
    for (const lines of cases) {
      const f = item(lines, 'plan.supervision');
      expect(f.status, lines.slice(-4).join('/')).toBe('missing');
    }
    // The same with the Hebei ruleset.
    expect(item(cases[2], 'plan.supervision', 'hebei').status).toBe('missing');
  });
  it('near miss: a supervision heading with real content, an organ that supervises someone, an annex that holds it', () => {
    expect(item(plan({}), 'plan.supervision').status).toBe('present');
    const who = plan({ tail: ['六、核算和分配', '运营机构单独核算成本收入，收益分配按协议执行。', '七、组织领导', '区大数据发展局负责对运营机构进行监督管理，每年组织评估。', '八、其他', '本方案自印发之日起施行。'] });
    expect(item(who, 'plan.supervision').status).toBe('present');
    const annex = plan({ tail: ['六、核算和分配', '运营机构单独核算成本收入，收益分配按协议执行。', '七、监督管理', '具体办法见附件3。', '八、其他', '本方案自印发之日起施行。'] });
    expect(item(annex, 'plan.supervision').status).toBe('partial');
  });
});
