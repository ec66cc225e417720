import { describe, expect, it } from 'vitest';
import { reviewDocument } from '../../../shared/review/engine';
import { buildDocument } from '../../../shared/document/build';
import { markdownItems } from '../../../main/docs/text';
import { dutyHolders } from '../../../shared/review/duties';
import { bundledRuleset, docFromText } from '../../helpers/reviewCorpus';

/**
 * The genre and item failure classes of the eleventh held-out set (issue 10), each on text written for the test, with
 * near misses: a website notice whose own "1. 2." list set the plan's heading levels; a contract between an operator and
 * a business customer under any party labels; the parties' duties set out side by side under a heading that does not
 * name them; the authorisation mode described by how the grant is made; the operator's products under a heading of
 * their own name ("交付成果").
 */
const txt = (lines: string[]) => docFromText(lines.join('\n'), 'p.txt');
const found = (r: ReturnType<typeof reviewDocument>) => r.items.filter((i) => i.status !== 'missing').map((i) => i.id);
const planItem = (lines: string[], id: string, ruleset = 'hebei') => reviewDocument(txt(lines), bundledRuleset(ruleset), 'plan').items.find((i) => i.id === id)!;
const HEAD = ['某县茶叶公共数据授权运营实施方案', '为推进茶叶公共数据有序开发利用，依据有关规定，结合本县实际，制定本方案。'];

describe('a website notice’s own numbered list does not set the plan’s heading levels', () => {
  const notice = [
    '某县人民政府门户网站欢迎您!',
    '关于公开征求《某县茶叶公共数据授权运营实施方案（征求意见稿）》意见的公告',
    '请于2027年5月20日前通过以下方式反馈意见：',
    '1.电子邮件：xxx@example.cn',
    '2.信函：某县某路某号',
    '3.联系人：某某，联系电话：0000-0000000',
  ];
  const plan = [
    ...HEAD,
    '一、项目概况',
    '（一）项目名称',
    '某县茶叶公共数据授权运营。',
    '（二）论证情况',
    '1.需求方面',
    '全县茶企对产量预测、品质溯源服务有明确需求，年需求约300万元。',
    '2.风险方面',
    '数据在专区内加工，原始数据不出域，风险可控。',
    '二、运营单位',
    '（一）基本条件',
    '1.',
    '依法设立的独立法人，注册资本不低于1000万元，财务状况良好；',
    '2.',
    '具有数据安全管理制度和不少于10人的技术团队，具备服务能力和安全能力。',
  ];
  it('the plan’s "1." under its "（二）" stays inside it, as in the same plan without the notice', () => {
    const copied = txt([...notice, ...plan]);
    const alone = txt(plan);
    const level = (d: ReturnType<typeof txt>, text: string) => d.blocks.find((b) => b.kind === 'heading' && b.text === text)!;
    for (const h of ['一、项目概况', '（二）论证情况', '1.需求方面']) {
      const t = h.replace(/^[一二（）\d.、]+/, '');
      expect((level(copied, t) as { level: number }).level, h).toBe((level(alone, t) as { level: number }).level);
    }
    expect((level(copied, '需求方面') as { level: number }).level).toBeGreaterThan((level(copied, '项目概况') as { level: number }).level);
  });
  it('so the feasibility and the conditions are read under their own headings', () => {
    const r = reviewDocument(txt([...notice, ...plan]), bundledRuleset('chongqing'), 'plan');
    expect(found(r)).toEqual(expect.arrayContaining(['plan.feasibility', 'plan.selection']));
  });
  it('near miss: the notice’s own list stays wrapper, never evidence', () => {
    const r = reviewDocument(txt([...notice, ...plan]), bundledRuleset('chongqing'), 'plan');
    const copied = txt([...notice, ...plan]);
    const wrapper = new Set(copied.blocks.slice(0, copied.bodyStart).map((b) => b.id));
    expect(r.items.flatMap((i) => i.evidence.map((e) => e.blockId)).filter((id) => wrapper.has(id))).toEqual([]);
  });
});

describe('a contract between an operator and a business customer, whatever its parties are called, is not the agreement', () => {
  const terms = [
    '第一条 服务内容',
    '乙方向甲方提供茶园产量预测接口和季度茶叶市场分析报告，产品说明见附件1。',
    '第二条 服务期限',
    '服务期自2027年1月1日起至2031年12月31日止。',
    '第三条 费用',
    '服务费每年人民币拾万元，按季度支付。',
    '第四条 保密',
    '甲方不得将分析报告转售或提供给第三方。合同终止后甲方应删除已下载的结果文件。',
    '第五条 争议解决',
    '因本合同发生争议的，提交当地仲裁委员会仲裁。',
  ];
  it('parties named by what they do in the deal (服务方/委托方/使用单位), all of them businesses: warned, nothing found, no red line', () => {
    const cases: [string, string[]][] = [
      ['茶叶数据服务合同', ['委托方（甲方）：某茶业集团股份有限公司', '受托方（乙方）：某县数据运营有限公司']],
      ['数据产品服务协议', ['使用单位（甲方）：某农村信用合作联社某支行', '服务单位（乙方）：某县数据运营有限公司']],
      ['茶叶数据合作协议', ['甲方：某保险股份有限公司某分公司', '乙方：某县数据运营有限公司']],
    ];
    for (const [title, parties] of cases) {
      const r = reviewDocument(txt([title, ...parties, ...terms]), bundledRuleset('hebei'), 'agreement');
      expect(r.warnings.join(), title).toContain('看起来不像');
      expect(found(r), title).toEqual([]);
      expect(r.flags.map((f) => f.id), title).toEqual([]);
    }
  });
  it('the purpose says it when the names do not: one party buys from the other, far from its verb', () => {
    const opening = ['产品服务合同', '甲方：某某', '乙方：某县数据运营有限公司', '甲方为开展茶叶收购价格监测，经内部比选，拟向乙方采购茶叶价格指数服务，双方订立本合同。'];
    const r = reviewDocument(txt([...opening, ...terms]), bundledRuleset('hebei'), 'agreement');
    expect(r.warnings.join()).toContain('看起来不像');
  });
  it('the parties in a table are read as well', () => {
    const md = ['# 茶叶数据服务合同', '', '| 当事人 | 名称 |', '| --- | --- |', '| 客户方（甲方） | 某茶业集团股份有限公司 |', '| 服务方（乙方） | 某县数据运营有限公司 |', '', ...terms.map((t) => (/^第.条/.test(t) ? `## ${t}` : t)).flatMap((t) => [t, ''])];
    const r = reviewDocument(buildDocument(markdownItems(md.join('\n')), { format: 'md', fileName: 'c.md' }), bundledRuleset('hebei'), 'agreement');
    expect(r.warnings.join()).toContain('看起来不像');
  });
  it('near miss: a grant by a public body that speaks of 采购, 合同 and 服务 stays an agreement, blanks or names', () => {
    const grant = [
      '授权方（甲方）：某县数据资源管理中心',
      '运营方（乙方）：某县数据运营有限公司',
      '甲方依据实施方案授权乙方运营茶叶公共数据，乙方可向需方提供服务并签订服务合同，双方订立本协议。',
      '第一条 授权范围',
      '甲方授权乙方在茶叶产业场景开展公共数据授权运营，数据资源目录见附件1。',
      '第二条 授权期限',
      '本协议授权运营期限为五年。',
      '第三条 设备',
      '乙方采购的软硬件设备归乙方所有；乙方向用户提供数据服务的，应当签订服务合同。',
    ];
    const r = reviewDocument(txt(['某县茶叶公共数据授权运营协议', ...grant]), bundledRuleset('hebei'), 'agreement');
    expect(r.warnings.join()).not.toContain('买卖合同');
    expect(r.flags.map((f) => f.id)).toContain('term_over_3y');
    const blank = reviewDocument(txt(['公共数据授权运营协议', '甲方：＿＿＿＿＿＿', '乙方：＿＿＿＿＿＿', ...grant.slice(2)]), bundledRuleset('hebei'), 'agreement');
    expect(blank.warnings.join()).not.toContain('买卖合同');
    expect(blank.flags.map((f) => f.id)).toContain('term_over_3y');
  });
});

describe('the parties’ rights and duties, set out side by side under any heading', () => {
  it('three parties each given their part: by semicolons, by commas, in a numbered run', () => {
    const wordings = [
      '县数据局负责统筹协调和日常监管；数据提供部门负责数据归集和质量；运营企业负责产品开发和市场服务，承担安全主体责任。',
      '实施机构应当组织评价，数据提供单位应当按目录供数，运营机构不得超范围使用数据。',
      '（1）县数据局负责审核产品；（2）县农业农村局负责茶园数据供给；（3）某县数据运营有限公司承担专区运维。',
    ];
    for (const w of wordings) {
      const f = planItem([...HEAD, '一、总体安排', '按照一场景一授权原则开展运营。', '二、工作要求', w, '三、其他', '本方案由县数据局负责解释。'], 'plan.rights');
      expect(f.status, w).toBe('present');
    }
  });
  it('near misses: one party with many duties, two parties, a goals sentence naming them all', () => {
    expect(dutyHolders('运营机构应建立安全制度；运营机构应制定应急预案；运营机构不得导出原始数据。')).toHaveLength(1);
    expect(dutyHolders('县数据局负责监管，运营机构负责开发。')).toHaveLength(2);
    expect(dutyHolders('推动实施机构、数据提供单位、运营机构形成工作合力，力争打造一批标杆场景。')).toHaveLength(0);
    for (const w of ['运营机构应建立安全制度；运营机构应制定应急预案；运营机构不得导出原始数据。', '推动实施机构、数据提供单位、运营机构形成工作合力。']) {
      expect(planItem([...HEAD, '一、总体安排', '按照一场景一授权原则开展运营。', '二、工作要求', w, '三、其他', '本方案由县数据局负责解释。'], 'plan.rights').status, w).toBe('missing');
    }
  });
});

describe('the authorisation mode said by how the grant is made', () => {
  const plan = (w: string) => [...HEAD, '一、交给谁、怎么交', w, '二、用哪些数据', '茶园、气象和市场主体登记数据共4类20项。', '三、其他', '本方案由县数据局负责解释。'];
  it('a grant’s shape adopted, one grant per scenario, scenarios the operator adds on its own', () => {
    for (const w of ['本次授权采取整体授权方式，由一家运营机构统一开展茶叶数据运营。', '每个应用场景单独签订授权运营协议，明确数据范围和期限。', '运营机构在授权范围内可自主新增应用场景，报县数据局备案。']) {
      expect(planItem(plan(w), 'plan.mode').status, w).not.toBe('missing');
    }
  });
  it('near misses: operating by authorisation as such, an agreement’s terms, a goal', () => {
    for (const w of ['对茶叶公共数据实行授权运营，由县数据局组织实施。', '依照授权运营协议约定开展运营活动。', '力争推动多场景授权，打造一批标杆应用。']) {
      expect(planItem(plan(w), 'plan.mode').status, w).toBe('missing');
    }
  });
});

describe('the operator’s products under a heading of their own name', () => {
  const agreement = (heading: string) => [
    '某县茶叶公共数据授权运营协议',
    '甲方：某县数据局',
    '乙方：某县数据运营有限公司',
    '第一条 授权范围',
    '甲方授权乙方在茶叶产业场景开展公共数据授权运营，数据资源目录见附件1。',
    `第二条 ${heading}`,
    '2.1 分为两类：（一）服务公共治理的：茶园病虫害监测看板；（二）服务产业发展的：茶叶价格指数接口、茶企信用报告。',
    '2.2 成果清单及技术标准见附件2，经甲方组织的安全审核和业务规范性审核后方可交付。',
    '第三条 资产权属',
    '甲方提供的软硬件设备归甲方所有，乙方开发的产品知识产权归乙方。',
  ];
  it('交付成果, 输出成果, 服务成果: the list, its standards and its reviews are the products', () => {
    for (const h of ['交付成果', '输出成果', '服务成果']) {
      const r = reviewDocument(txt(agreement(h)), bundledRuleset('national'), 'agreement');
      expect(r.items.find((i) => i.id === 'agr.products')!.status, h).toBe('present');
      expect(r.items.find((i) => i.id === 'agr.assets')!.status, h).not.toBe('missing');
    }
  });
  it('near miss: a heading on whose the results are (成果归属) still heads the assets', () => {
    const lines = agreement('交付成果').slice(0, 8).concat(['第三条 成果归属', '乙方开发的产品和服务知识产权归乙方，甲方提供的软硬件设备归甲方所有。']);
    const r = reviewDocument(txt(lines), bundledRuleset('national'), 'agreement');
    expect(r.items.find((i) => i.id === 'agr.assets')!.evidence[0].excerpt).toContain('成果归属');
  });
});
