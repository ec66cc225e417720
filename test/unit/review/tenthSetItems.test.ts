import { describe, expect, it } from 'vitest';
import { reviewDocument } from '../../../shared/review/engine';
import { buildDocument } from '../../../shared/document/build';
import { markdownItems } from '../../../main/docs/text';
import { bundledRuleset, docFromText } from '../../helpers/reviewCorpus';

/**
 * The genre, title and item failure classes of the tenth held-out set (issue 10), each on text written for the test,
 * with near misses: a contract in which a customer buys an operator's products (not a grant of public data); a 征求意见
 * notice that lists the plan's parts while the plan itself is an attachment; a heading with nothing under it; headings
 * asked in plain words ("谁管什么", "还要说明的"); a plan's closing provisions as its other matters.
 */
const txt = (lines: string[]) => docFromText(lines.join('\n'), 'p.txt');
const found = (r: ReturnType<typeof reviewDocument>) => r.items.filter((i) => i.status !== 'missing').map((i) => i.id);

describe('a contract in which a customer buys an operator’s products is not the authorised-operation agreement', () => {
  const terms = [
    '第一条 标的',
    '乙方向甲方提供港口集装箱吞吐量预测数据产品，包括接口服务和季度分析报告。',
    '第二条 服务期和价款',
    '服务期自2027年1月1日至2031年12月31日止，合同总价为人民币伍拾万元整，按年支付。',
    '第三条 使用限制',
    '甲方不得转售、转授权或以其他方式向第三方提供产品。乙方在服务期内不向其他港口企业出售同类产品。',
    '第四条 数据安全',
    '合同终止后，甲方应删除已下载的接口数据。',
    '第五条 争议解决',
    '因本合同引起的争议，提交当地仲裁委员会仲裁。',
  ];
  it('parties named buyer and seller, a sale as the purpose, or a title of sale: warned, nothing found, no red line', () => {
    const cases: [string, string[]][] = [
      ['港口数据产品买卖合同', ['买方（甲方）：某港务集团有限公司', '卖方（乙方）：某数智科技有限公司']],
      ['港口数据服务合同', ['买受人：某港务集团有限公司', '出卖人：某数智科技有限公司']],
      ['数据产品使用合同', ['甲方：某港务集团有限公司', '乙方：某数智科技有限公司', '甲乙双方经协商一致，就甲方购买乙方数据产品事宜，订立本合同。']],
      ['数据产品订购协议', ['甲方：某港务集团有限公司', '乙方：某市公共数据授权运营机构某数智科技有限公司']],
    ];
    for (const [title, parties] of cases) {
      const r = reviewDocument(txt([title, ...parties, ...terms]), bundledRuleset('hebei'), 'agreement');
      expect(r.warnings.join(), title).toContain('看起来不像');
      expect(found(r), title).toEqual([]);
      expect(r.flags.map((f) => f.id), title).toEqual([]);
    }
  });

  it('the parties in a table (| 买方（甲方） | … |) are read as well', () => {
    const md = ['# 数据产品交付合同', '', '| 项目 | 内容 |', '| --- | --- |', '| 需方（甲方） | 某港务集团有限公司 |', '| 供方（乙方） | 某数智科技有限公司 |', '', ...terms.map((t) => (/^第.条/.test(t) ? `## ${t}` : t)).flatMap((t) => [t, ''])];
    const doc = buildDocument(markdownItems(md.join('\n')), { format: 'md', fileName: 'c.md' });
    expect(doc.blocks.some((b) => b.kind === 'table')).toBe(true);
    const r = reviewDocument(doc, bundledRuleset('hebei'), 'agreement');
    expect(r.warnings.join()).toContain('买卖合同');
    expect(r.flags).toEqual([]);
  });

  it('near miss: an authorised-operation agreement that speaks of selling products and of contracts stays one', () => {
    const text = [
      '某市港口物流公共数据授权运营协议',
      '甲方：某市数据和政务服务局',
      '乙方：某数智科技有限公司',
      '甲方依据实施方案授权乙方运营港口物流公共数据，双方订立本协议。',
      '第一条 授权范围',
      '甲方授权乙方在港口物流场景开展公共数据授权运营，数据资源目录见附件1。',
      '第二条 授权期限',
      '本协议授权运营期限为五年。',
      '第三条 产品销售',
      '乙方向数据使用方销售数据产品的，应当与其签订买卖合同，买方不得转售。乙方采购的软硬件设备归乙方所有。',
    ];
    const r = reviewDocument(txt(text), bundledRuleset('hebei'), 'agreement');
    expect(r.warnings.join()).not.toContain('买卖合同');
    expect(r.flags.map((f) => f.id)).toContain('term_over_3y');
  });
});

describe('a 征求意见 notice that lists the plan’s parts is the notice, not the plan', () => {
  const parts = ['一、总体要求', '二、授权运营名称和实施机构', '三、必要性和可行性论证', '四、运营机构选择条件', '五、授权数据资源范围和目录', '六、公共数据产品和服务清单', '七、数据安全和个人信息保护', '八、监督管理和评估评价'];
  const headline = '关于公开征求《某市水务公共数据授权运营实施方案（征求意见稿）》意见的公告';
  const notice = [
    '某市人民政府',
    '首页 > 互动交流 > 意见征集',
    headline,
    '发布时间：2027-03-01　来源：某市数据局',
    '为规范我市水务公共数据授权运营工作，市数据局起草了《某市水务公共数据授权运营实施方案（征求意见稿）》，现向社会公开征求意见。',
    '一、征求意见时间',
    '2027年3月1日至3月31日。',
    '二、征求意见稿的结构',
    '《方案》共八个部分，全文详见附件，各部分标题如下：',
    ...parts,
    '三、有关说明',
    '市数据局将认真研究收到的意见，逾期未反馈的，视为无意见。',
    '附件：某市水务公共数据授权运营实施方案（征求意见稿）.pdf',
  ];
  it('its headline is the title; the listed headings are no content; it is warned', () => {
    const doc = txt(notice);
    expect(doc.title).toBe(headline);
    const r = reviewDocument(doc, bundledRuleset('national'), 'plan');
    expect(r.warnings.join()).toContain('看起来不像');
    // The operation's name is read off the headline, which names the plan; nothing is read off the listed parts.
    expect(found(r).filter((id) => id !== 'plan.name')).toEqual([]);
  });

  it('near miss: the same notice followed by the plan itself is wrapper around the plan, whose items are found', () => {
    const plan = [
      '某市水务公共数据授权运营实施方案',
      '为推进水务公共数据有序开发利用，依据有关规定，结合本地实际，制定本方案。',
      '一、授权运营名称和实施机构',
      '授权运营名称为“某市水务公共数据授权运营”，市数据局为实施机构。',
      '二、运营机构选择条件',
      '运营机构应具备资金、管理、技术、服务和安全能力。',
      '三、数据安全',
      '运营机构建立数据安全管理制度，制定应急预案，落实个人信息保护。',
    ];
    const doc = txt([...notice.slice(0, 5), ...plan]);
    expect(doc.title).toBe('某市水务公共数据授权运营实施方案');
    const r = reviewDocument(doc, bundledRuleset('national'), 'plan');
    expect(found(r)).toEqual(expect.arrayContaining(['plan.name', 'plan.selection', 'plan.security']));
  });
});

const item = (lines: string[], id: string, ruleset = 'national') => reviewDocument(txt(lines), bundledRuleset(ruleset), 'plan').items.find((i) => i.id === id)!;
const HEAD = ['某市林业公共数据授权运营实施方案', '为推进林业公共数据有序开发利用，依据有关规定，结合本地实际，制定本方案。'];

describe('a heading with nothing under it is no content', () => {
  it('an outline of headings alone finds no item, whatever the headings say', () => {
    // (plan.name is also found in the document's title, as it should be.)
    for (const id of ['plan.agency', 'plan.selection', 'plan.security', 'plan.supervision']) {
      const f = item([...HEAD, '一、授权运营名称和实施机构', '二、运营机构选择条件', '三、数据安全和个人信息保护', '四、监督管理和评估评价'], id, 'hebei');
      expect(f.status, id).toBe('missing');
    }
  });

  it('near miss: short sections keep their items, and a heading that says its matter in its own line is content', () => {
    const text = [...HEAD, '一、授权运营名称', '某市林业公共数据授权运营。', '二、监督管理', '市数据局开展日常监督，每年组织评估。', '三、数据安全和个人信息保护', '原始数据不出平台，个人信息去标识化，制定应急预案。'];
    expect(item(text, 'plan.name').status).not.toBe('missing');
    expect(item(text, 'plan.supervision').status).not.toBe('missing');
    expect(item(text, 'plan.security').status).not.toBe('missing');
    expect(item([...HEAD, '（一）授权运营名称：某市林业公共数据授权运营', '（二）实施机构：某市数据局'], 'plan.name').status).not.toBe('missing');
  });

  it('near miss: a form’s field left "/" is empty, one filled in is not', () => {
    const form = (value: string) => [...HEAD, '第7条 运营监督：市数据局开展日常监督检查。', `第8条 运营成效评价：${value}`, '第9条 争议解决：协商解决。'];
    expect(item(form('/'), 'plan.supervision').missingParts).toContain('评估评价');
    expect(item(form('每年委托第三方开展运营成效评价'), 'plan.supervision').status).toBe('present');
  });
});

describe('headings asked in plain words say the item', () => {
  it('the need (我们要解决什么问题, 为何要做) heads the feasibility study', () => {
    for (const heading of ['一、我们要解决什么问题', '一、这件事要解决的问题', '一、为何开展授权运营']) {
      const text = [...HEAD, heading, '林农融资难，银行核实林权难。经座谈测算，相关产品年需求约800万元，预计实施后新增贷款10亿元。主要风险在于个人信息泄露，靠平台内开发防控。'];
      expect(item(text, 'plan.feasibility').status, heading).not.toBe('missing');
    }
  });
  it('who does what (谁管什么, 谁做什么, 各自职责) heads the parties’ rights and duties', () => {
    for (const heading of ['八、谁管什么', '八、谁做什么', '八、各自职责']) {
      const text = [...HEAD, heading, '市数据局负责组织实施和监督；市林业局负责提供数据；运营机构负责平台建设和产品开发，有权取得合理收益。'];
      expect(item(text, 'plan.rights').status, heading).not.toBe('missing');
    }
  });
  it('which data (手里有哪些数据, 用什么数据) heads the data scope', () => {
    for (const heading of ['二、手里有哪些数据', '二、用什么数据']) {
      const text = [...HEAD, heading, '林权登记、森林资源等5类30项，目录另行发布，每日更新，市林业局对数据质量负责。'];
      expect(item(text, 'plan.data_scope').status, heading).not.toBe('missing');
    }
  });
  it('what is left to say (还要说明的, 补充说明) heads the other matters', () => {
    for (const heading of ['十、还要说明的', '十、补充说明']) {
      expect(item([...HEAD, heading, '执行中数据范围发生重大变化的，按程序重新报批。'], 'plan.other').status, heading).not.toBe('missing');
    }
  });
  it('how it is watched (怎么盯、怎么考) heads supervision, and is quoted as its section', () => {
    const text = [...HEAD, '九、怎么盯、怎么考', '市数据局开展日常监督和季度抽查，每年委托第三方开展评估。'];
    const f = item(text, 'plan.supervision');
    expect(f.status).toBe('present');
    expect(f.evidence[0].excerpt).toContain('怎么盯');
  });
  it('near miss: a product named in a heading (…评估报告, …评价模型) is not the supervision section', () => {
    const text = [...HEAD, '四、做出什么东西', '1.森林火险评估报告', '面向应急部门，免费提供。', '2.林农信用评价模型', '面向银行，按政府指导价收费。'];
    expect(item(text, 'plan.supervision').status).toBe('missing');
    expect(item([...text, '九、监督评估', '市数据局开展日常监督，每年组织评估。'], 'plan.supervision').status).toBe('present');
  });
  it('near miss: choosing who does it (找谁来干) is not the parties’ duties', () => {
    const text = [...HEAD, '三、找谁来干', '通过公开招标选择一家运营机构，注册资本不低于5000万元。'];
    expect(item(text, 'plan.rights').status).toBe('missing');
  });
});

describe('a plan’s closing provisions are its other matters', () => {
  it('who interprets it and when it takes effect, under whatever heading', () => {
    for (const s of ['本方案由市数据局负责解释。', '本方案自印发之日起施行。', '本方案报市人民政府审定后实施。', '本方案经市政府常务会议审议通过后实施。']) {
      expect(item([...HEAD, '九、组织实施', `市数据局统筹推进。${s}`], 'plan.other').status, s).toBe('present');
    }
  });
  it('near miss: a filing after approval, or who carries it out, is not', () => {
    for (const s of ['本方案审议通过后10个工作日内报省数据管理部门备案。', '本方案由市数据局组织实施。']) {
      expect(item([...HEAD, '九、组织实施', `市数据局统筹推进。${s}`], 'plan.other').status, s).toBe('missing');
    }
  });
});
