import { describe, expect, it } from 'vitest';
import { reviewDocument } from '../../../shared/review/engine';
import { buildDocument } from '../../../shared/document/build';
import { markdownItems } from '../../../main/docs/text';
import { agreementWith, asIs, bundledRuleset, docFromText } from '../../helpers/reviewCorpus';
import { expectQuiet, expectRaised, raises, type RedlineCase } from '../../helpers/redlineCase';

/**
 * The failure classes of the sixth held-out set (issue 10), each on text written for the test, with true negatives:
 * destruction of what the operator kept, prices the operator sets for a long object, public bodies named by their
 * level paying per call, monopoly named as a risk, raw data with an aside before its verb, terms a definition makes
 * raw data, agreements with a one-category product list, and a PDF sentence cut by a page break.
 */
const agreement = (clause: string, exit?: string) => agreementWith(clause, '某县林业场景公共数据授权运营协议', exit);
const AGR: RedlineCase = { title: '某县林业场景公共数据授权运营协议' };

describe('destroying what the operator kept', () => {
  it('“对……本单位留存的原始数据及其副本彻底清除、确保不可恢复” is destruction', () => {
    const exit = '协议终止后，乙方应当在5个工作日内，对专区内和本单位留存的原始数据及其副本彻底清除、确保不可恢复，清除过程形成记录，日志保存不少于6个月。';
    expect(raises('no_destruction', '无。', { ...AGR, exit })).toBe(false);
  });
  it('keeping raw data for later use still fires, even when other data is deleted', () => {
    const exit = '协议终止后，乙方可以保留原始数据备份用于审计，其余数据予以彻底删除，日志保存不少于6个月。';
    expect(raises('no_destruction', '无。', { ...AGR, exit })).toBe(true);
  });
});

describe('prices the operator sets', () => {
  it('fires on “自主确定……全部产品和服务的价格”', () => {
    expectRaised('pricing', [
      '乙方可根据市场供需和服务成本自主确定本协议项下全部产品和服务的价格，报甲方知悉。',
      '运营机构自行制定其开发的各类数据接口和分析报告的收费标准。',
    ], AGR);
  });
  it('stays quiet within the government guide price or when nothing priced is set', () => {
    expectQuiet('pricing', [
      '乙方在政府指导价范围内自主确定本协议项下产业类产品和服务的价格。',
      '乙方自主确定数据产品的交付方式和服务内容。',
    ], AGR);
  });
});

describe('public users charged', () => {
  it('fires when a public body named by its level and kind pays per call', () => {
    expectRaised('pricing', [
      '区疾病预防控制中心和各乡镇卫生院调用传染病预警服务的，按每次调用0.5元的标准向运营机构支付技术服务费，经费由区财政统筹。',
      '县应急管理局使用灾害风险评估报告的，每份向乙方缴纳服务费2000元。',
      // Public-welfare use at cost is still charging: Chongqing art. 29 and the national price notice make it free.
      '用于公益事业的产品，乙方可按成本价向使用单位收取服务费。',
    ], { ...AGR, ruleset: 'chongqing' });
  });
  it('stays quiet when public bodies use for free, receive a share, or enterprises pay the guide price', () => {
    expectQuiet('pricing', [
      '县应急管理局使用灾害风险评估报告的，乙方不收取任何费用。',
      '运营机构按年度向区数据局缴纳收益分成。',
      '区内企业调用信用评分接口的，执行政府指导价。',
      '用于公共治理、公益事业的产品无偿提供；产业类产品按照“准许成本+合理收益”原则执行政府指导价。',
    ], { ...AGR, ruleset: 'chongqing' });
  });
});

describe('monopoly named as a risk', () => {
  it('“针对……垄断风险，建立……机制” is no exclusivity; a monopoly granted still is', () => {
    expect(raises('exclusivity', '针对数据泄露、个人信息滥用、垄断风险，建立分级授权、全程留痕和第三方审计机制。', AGR)).toBe(false);
    expect(raises('exclusivity', '乙方在本市林业数据产品市场享有垄断经营地位。', AGR)).toBe(true);
  });
});

describe('raw data with an aside before the verb', () => {
  it('fires on raw records pushed out with a parenthetical or a “以……方式” between', () => {
    expectRaised('raw_data_export', [
      '乙方每月将林权登记的原始明细数据（仅对权利人身份证号作脱敏处理）以数据文件方式推送至银行本地系统。',
      '原始数据经甲方审核后，可以数据库备份文件的形式交付合作单位。',
    ], AGR);
  });
  it('stays quiet on products, on use inside the platform and on prohibitions', () => {
    expectQuiet('raw_data_export', [
      '原始数据经加工后以数据产品形式提供给银行。',
      '原始明细数据（含身份证号）仅在平台内以隐私计算方式使用，不得以任何方式导出。',
      '原始数据（含备份）不得以任何形式交付第三方。',
    ], AGR);
  });
});

describe('a term the document defines as raw data', () => {
  const withDefinition = (definition: string) =>
    agreement(`${definition}\n第六条 数据出域。原始数据不得出域。衍生数据经甲方安全审核后，可以数据集文件、数据接口等形式交付数据使用方。`);
  it('fires when the definition keeps every record with only names or codes replaced', () => {
    const d = '衍生数据，是指乙方对原始数据进行清洗、去标识化等处理后形成的数据，包括将林农姓名替换为随机编码后，保留每一林农逐条记录的数据集。';
    expect(raises('raw_data_export', d, { doc: withDefinition })).toBe(true);
  });
  it('stays quiet when the definition is aggregates or excludes records', () => {
    expectQuiet('raw_data_export', [
      '衍生数据，是指乙方对原始数据进行统计汇总、模型运算后形成的数据。',
      '衍生数据，是指乙方对原始数据进行统计汇总后形成的数据，不含逐条记录。',
    ], { doc: withDefinition });
  });
});

describe('an agreement whose product list has one category', () => {
  const withProducts = (products: string, annex = '') =>
    [agreement('无。'), `第六条 产品和服务。乙方开发下列产品和服务：${products}`, annex].filter(Boolean).join('\n');
  it('fires when every product serves enterprises', () => {
    const t = withProducts('（一）林权抵押贷款风险评估接口，面向银行和担保公司；（二）木材价格走势分析报告，面向林业企业。');
    expect(raises('product_categories', t, { ruleset: 'chongqing', doc: asIs })).toBe(true);
  });
  it('stays quiet with both categories, or when the list is in an annex the file does not hold', () => {
    const both = withProducts('（一）森林火险预警看板，供县应急管理局决策使用，无偿提供；（二）林权抵押贷款风险评估接口，面向银行。');
    expect(raises('product_categories', both, { ruleset: 'chongqing', doc: asIs })).toBe(false);
    const elsewhere = withProducts('清单见附件二，包括林权抵押贷款风险评估接口等。');
    expect(raises('product_categories', elsewhere, { ruleset: 'chongqing', doc: asIs })).toBe(false);
  });
  it('reads the annex when the file holds it', () => {
    const t = withProducts('清单见附件2。', '附件2\n产品和服务清单\n1.林权抵押贷款风险评估接口，面向银行和担保公司。\n2.木材价格走势分析报告，面向林业企业。');
    expect(raises('product_categories', t, { ruleset: 'chongqing', doc: asIs })).toBe(true);
  });
});

describe('a PDF sentence cut by a page break', () => {
  it('is read whole across the pages', () => {
    const items = [
      { kind: 'text' as const, text: '某县林业领域公共数据授权运营协议', page: 1 },
      { kind: 'text' as const, text: '第一条 授权范围。甲方授权乙方在本场景内运营，数据资源范围及目录见附件。', page: 1 },
      { kind: 'text' as const, text: '第二条 运营期限。本协议运营期限为三年。', page: 1 },
      { kind: 'text' as const, text: '第三条 终止。协议终止的，乙方以不可逆方式销毁原始数据及其副本，日志留存不少于6个月。', page: 1 },
      { kind: 'text' as const, text: '第四条 备案。本协议签订后5个工作日内报数据管理部门备案。', page: 1 },
      { kind: 'text' as const, text: '第五条 核算。县林业局和各乡镇林业站调用火险预警服务的，按每次调用0.3元的标', page: 1 },
      { kind: 'text' as const, text: '准向乙方支付技术服务费，所需经费由县财政统筹安排。', page: 2 },
    ];
    const doc = buildDocument(items, { format: 'pdf', fileName: 't.pdf', pageCount: 2 });
    const r = reviewDocument(doc, bundledRuleset('chongqing'), 'agreement');
    expect(r.flags.map((f) => f.id)).toContain('pricing');
    // The same two lines on one page are two paragraphs a reader sees apart: nothing is joined. (The first half alone
    // already charges a public user per call, "按每次调用0.3元", so the red line is no longer what tells them apart.)
    const onePage = buildDocument(items.map((i) => ({ ...i, page: 1 })), { format: 'pdf', fileName: 't.pdf', pageCount: 1 });
    const texts = onePage.blocks.map((b) => ('text' in b ? b.text : ''));
    expect(texts.some((t) => t.endsWith('0.3元的标'))).toBe(true);
    expect(texts.some((t) => t.startsWith('准向乙方支付'))).toBe(true);
  });
});

describe('a regulation or a 印发 notice around the document', () => {
  const md = (text: string) => buildDocument(markdownItems(text), { format: 'md', fileName: 'page.md' });
  const regulation = [
    '某市人民政府门户网站 ｜ 首页 > 政务公开 > 政策文件',
    '',
    '| 索引号 | 0001/2026-01 | 发布机构 | 某市人民政府办公室 |',
    '| --- | --- | --- | --- |',
    '',
    '# 某市人民政府办公室关于印发《某市公共数据授权运营管理办法（试行）》的通知',
    '',
    '各区县人民政府，市政府各部门：',
    '',
    '《某市公共数据授权运营管理办法（试行）》已经市人民政府同意，现印发给你们，请认真贯彻执行。',
    '',
    '某市人民政府办公室',
    '',
    '2026年3月2日',
    '',
    '# 某市公共数据授权运营管理办法（试行）',
    '',
    '## 第一章 总则',
    '',
    '### 第一条',
    '',
    '为规范本市公共数据授权运营活动，制定本办法。',
    '',
    '### 第二条',
    '',
    '实施方案应当包括授权运营名称、运营机构选择条件、数据资源范围、期限和产品和服务清单等内容。',
  ].join('\n');
  it('a 管理办法 copied from a website shows its own title and body and is warned as not a plan', () => {
    const doc = md(regulation);
    expect(doc.title).toBe('某市公共数据授权运营管理办法（试行）');
    expect(doc.bodyStart).toBeGreaterThan(0);
    const r = reviewDocument(doc, bundledRuleset('guizhou'), 'plan');
    expect(r.warnings.some((w) => w.includes('看起来不像实施方案'))).toBe(true);
    expect(r.warnings.some((w) => w.includes('没有可读的正文'))).toBe(false);
  });
  it('a heading-styled plan title after a website header is the title, and the plan is reviewed as one', () => {
    const plan = regulation.replace(/管理办法（试行）/g, '实施方案').replace(/办法/g, '方案').replace('实施方案应当包括', '本方案明确');
    const doc = md(plan);
    expect(doc.title).toBe('某市公共数据授权运营实施方案');
    const r = reviewDocument(doc, bundledRuleset('guizhou'), 'plan');
    expect(r.warnings.some((w) => w.includes('看起来不像实施方案（'))).toBe(false);
  });

  const gongwen = (title: string[], body: string[]) =>
    docFromText(
      [
        '某府办发〔2026〕8 号',
        '某区人民政府办公室关于印发《某区数据工作三年行动实施方案（2026—2028 年）》的通知',
        '各镇人民政府、街道办事处，区政府各部门：',
        '《某区数据工作三年行动实施方案（2026—2028 年）》已经区政府同意，现印发给你们，请认真贯彻落实。',
        '某区人民政府办公室',
        '2026 年 3 月 2 日',
        '（此件公开发布）',
        ...title,
        ...body,
        '附件：重点任务清单（略）',
        '抄送：区委办公室，区人大常委会办公室。',
        '某区人民政府办公室 2026 年 3 月 2 日印发',
      ].join('\n'),
    );
  const actionBody = [
    '为充分发挥数据要素作用，结合我区实际，制定本方案。',
    '一、总体要求',
    '坚持需求牵引、场景驱动，到2028年底打造一批典型应用场景。',
    '二、重点行动',
    '推动制造业企业研发设计、生产制造数据贯通，支持龙头企业开放供应链数据。选择条件成熟的领域稳妥探索公共数据授权运营。',
    '推动文物数字资源在文创开发中的合规利用，汇聚景区客流数据开展游客画像。',
    '推进农业生产经营数据与气象、土壤数据融合，发展智慧种养。',
    '深化信用信息平台应用，推动纳税、社保数据依法用于企业信用评价。',
    '推动区域检查检验结果互认和电子健康档案向个人开放。',
    '推动货运车辆、物流园区数据贯通，发展多式联运。',
    '三、保障措施',
    '成立工作专班，统筹推进各项任务。',
    '统筹产业发展资金，对入选典型案例的项目给予奖励。',
    '落实数据分类分级保护，开展数据安全风险评估。',
    '依托在地高校开设数据工程课程，引进数据领域人才。',
  ];
  it('an official document: the title cut after “实施方” is joined, the 版记 is no title, and a plan on another matter is warned', () => {
    const doc = gongwen(['某区数据工作三年行动实施方', '案（2026—2028 年）'], actionBody);
    expect(doc.title).toBe('某区数据工作三年行动实施方案（2026—2028年）');
    const r = reviewDocument(doc, bundledRuleset('chongqing'), 'plan');
    expect(r.warnings.some((w) => w.includes('看起来不像实施方案（'))).toBe(true);
  });
  it('an authorised-operation plan issued the same way is reviewed as a plan', () => {
    const body = [
      '一、授权运营名称',
      '本项目名称为某区交通领域公共数据授权运营项目，实施机构为区大数据局。',
      '二、运营机构选择条件',
      '运营机构应当具备独立法人资格，具有数据安全保障能力，近三年无重大数据安全事件。',
      '三、数据资源范围',
      '授权运营的数据包括公交、出租车运行数据，数据资源目录见附件。',
    ];
    const doc = gongwen(['某区交通领域公共数据授权运营实施方案'], body);
    expect(doc.title).toBe('某区交通领域公共数据授权运营实施方案');
    const r = reviewDocument(doc, bundledRuleset('chongqing'), 'plan');
    expect(r.warnings.some((w) => w.includes('看起来不像实施方案（'))).toBe(false);
  });
});

describe('a bid response imported as a plan', () => {
  const response = (typeLine: string) =>
    docFromText(
      [
        '某市交通场景公共数据授权运营机构遴选项目',
        typeLine,
        '项目编号：ABC-2026-001',
        '供应商：某数字科技有限公司（盖章）',
        '一、对项目的理解',
        '根据采购人发布的实施方案，本项目由某市数据局作为实施机构，采取依场景授权方式，我方将严格在授权运营平台内按目录使用数据。',
        '二、运营服务方案',
        '我方响应三年运营期限，拟向交通部门无偿提供拥堵分析报告，向物流企业提供运力指数，执行政府指导价；原始数据不出平台。',
        '三、安全承诺',
        '我方承诺建立数据安全管理制度，发生安全事件立即启动应急预案并报告实施机构。',
      ].join('\n'),
    );
  it('is titled with its type line and gets no items and no red lines', () => {
    const doc = response('响应文件');
    expect(doc.title).toBe('某市交通场景公共数据授权运营机构遴选项目响应文件');
    const r = reviewDocument(doc, bundledRuleset('hebei'), 'plan');
    expect(r.warnings.some((w) => w.includes('看起来不像实施方案（'))).toBe(true);
    expect(r.items.every((i) => i.status === 'missing')).toBe(true);
    expect(r.flags).toEqual([]);
  });
  it('a plan whose second line is a version note is titled with it, not as a bid response', () => {
    const doc = docFromText(['某市交通场景公共数据授权运营实施方案', '（2026年版）', '一、授权运营名称', '本项目名称为某市交通场景公共数据授权运营项目。'].join('\n'));
    expect(doc.title).toBe('某市交通场景公共数据授权运营实施方案（2026年版）');
  });
});

describe('items said where drafters put them', () => {
  const status = (text: string, id: string, ruleset = 'national') =>
    reviewDocument(docFromText(text), bundledRuleset(ruleset), 'plan').items.find((i) => i.id === id)!.status;
  it('a negative list set out after a colon under the data-scope heading counts; a bare mention does not', () => {
    const plan = (line: string) =>
      ['某市茶产业公共数据授权运营实施方案', '一、总体要求', '坚持安全可控。', '二、数据资源范围', '授权数据的范围、目录和更新频率见附件1。', line, '三、保障措施', '加强组织领导。'].join('\n');
    expect(status(plan('以下数据列入负面清单，不纳入本次授权：茶农身份证号码、银行账号；涉及国家秘密的地理信息；未公开的检测报告。'), 'plan.gz_negative_list', 'guizhou')).not.toBe('missing');
    expect(status(plan('负面清单由市大数据局另行制定。'), 'plan.gz_negative_list', 'guizhou')).toBe('missing');
  });
  it('selection conditions under an unexpected heading, technical capability said by what it is', () => {
    const plan = (conditions: string) =>
      ['某区城市供水领域公共数据授权运营实施方案', '一、项目由来', '本项目全称为某区城市供水公共数据授权运营项目。', '二、合作伙伴的确定', conditions, '三、项目边界', '纳入授权的数据为管网和水质数据。'].join('\n');
    const full = '区大数据局以公开招标方式确定运营机构。投标人应当满足：注册资本不低于3000万元且财务状况良好；建立数据合规和安全管理制度；具备管网水力模型、物联网数据分析能力，拥有专业人员不少于12人；在本区设有服务机构；通过等保三级测评，近三年无重大数据安全事件。';
    expect(status(plan(full), 'plan.selection', 'chongqing')).toBe('present');
    // Without the capability the section does not say all the item asks for, so an unexpected heading does not carry it.
    expect(status(plan(full.replace('具备管网水力模型、物联网数据分析能力，拥有专业人员不少于12人；', '')), 'plan.selection', 'chongqing')).toBe('missing');
  });
  it('a plan in prose: paragraphs that open with their point carry feasibility, selection and the closing matters', () => {
    const text = [
      '某市文化旅游领域公共数据授权运营实施方案',
      '为推动文旅数据有序开发利用，市数据资源局编制本方案，本项目定名为某市文化旅游公共数据授权运营项目。',
      '开展这项工作既有必要也有条件。从需求看，公众对实时客流信息的需求十分迫切；从市场看，本市文旅数据产品每年的市场容量约八百万元；从基础看，平台能够支撑数据从归集到销毁的全生命周期管理；从成效看，预计实施两年后拥堵投诉下降三成；文旅数据含有个人信息，存在泄露风险。',
      '运营机构通过公开招标方式确定，参与竞争的单位须满足以下条件：首先是注册资本不少于一千万元、近三年无重大违法记录；其次是建立数据安全管理制度；再次是具备大数据分析和隐私计算的技术能力；此外还应能提供本地化服务；最后，应通过网络安全等级保护三级测评。',
      '此外还需说明的是，本方案经市政府常务会议审议通过后实施；如数据范围发生重大变化，按原程序重新报批。',
    ].join('\n');
    for (const id of ['plan.feasibility', 'plan.selection', 'plan.other']) expect(status(text, id), id).not.toBe('missing');
  });
  it('a word in a list after a colon is still a passing mention', () => {
    const text = ['某市文化旅游领域公共数据授权运营实施方案', '一、总体要求', '本方案聚焦以下领域：交通出行、应急管理、医疗健康。', '二、保障措施', '加强组织领导。'].join('\n');
    expect(status(text, 'plan.security')).toBe('missing');
  });
});

describe('definitions that do not make raw data', () => {
  it('the broad name of all the data, defined with records, is not read as raw data', () => {
    const text = agreement('公共数据，是指各级行政机关在履职中产生的每一条业务记录。\n第六条 产品。乙方可以向银行提供公共数据产品和服务。');
    expect(raises('raw_data_export', text, { doc: asIs })).toBe(false);
  });
});

describe('the head noun after a list', () => {
  const status = (body: string[]) =>
    reviewDocument(docFromText(['某市生态环境数据授权运营实施方案', '一、我们面临的形势', ...body, '二、保障措施', '加强组织领导。'].join('\n')), bundledRuleset('hebei'), 'plan').items.find((i) => i.id === 'plan.feasibility')!.status;
  it('is said something about; a word that is one item of a list is not', () => {
    const said = [
      '排污企业和银行普遍希望获得区域环境质量分析服务，社会需求迫切。',
      '据调研，环境风险评估、排放核算、绿色信贷辅助评估等数据服务的年需求约2200万元。',
      '运营机构可在平台内完成数据归集、治理、建模、交付直至到期销毁的全流程服务。',
      '预计实施后绿色信贷投放增加一成。',
      '主要风险是监测数据被篡改或误读，本方案另有安排。',
    ];
    expect(status(said)).toBe('present');
    const listed = [...said.slice(0, 1), '数据可用于排放核算、年需求、绿色信贷评估。', ...said.slice(2)];
    // Under a heading that names no item, four aspects of five do not make the section feasibility's.
    expect(status(listed)).toBe('missing');
  });
});
