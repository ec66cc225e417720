import { describe, expect, it } from 'vitest';
import { reviewDocument } from '../../../shared/review/engine';
import { bodyBlocks } from '../../../shared/domain/document';
import { buildDocument } from '../../../shared/document/build';
import { bundledRuleset, docFromText } from '../../helpers/reviewCorpus';
import { passageReview } from '../../helpers/passageReview';

/**
 * Classes read from the fortieth set (a reading set, session 29): a decimal outline (1 / 1.1 / 1.1.1), a table of
 * contents, a cover's labelled fields above the title, a 公示 notice over the agreement it names, a 印发 notice whose
 * plan is listed by its contents only, and the operator's conditions after how it is chosen. Text written for the test.
 */

/** The red lines a passage raises under a title naming its kind, reviewed as intake reads a TXT file. */
const { flagsOf } = passageReview('hebei');
const headingsOf = (text: string) => docFromText(text).blocks.flatMap((b) => (b.kind === 'heading' ? [`${b.level}|${b.numbering}|${b.text}`] : []));

describe('a decimal outline (1 / 1.1 / 1.1.1) is the document\'s headings, at their depth', () => {
  const plan = [
    '某市港口作业公共数据授权运营实施方案',
    '1 总体情况',
    '1.1 方案名称',
    '本方案名称为“某市港口作业公共数据授权运营”。',
    '1.2 必要性',
    '1.2.1 需求。港口企业需要泊位和堆场的实时数据。',
    '1.2.2 基础。市政务数据平台已接入港口作业数据。',
    '2 数据资源',
    '2.1 授权目录',
    '2.1.1 授权数据：泊位作业数据、堆场库存数据。',
    '2.2 质量要求',
    '数据提供单位每月核查数据质量。',
  ].join('\n');
  it('levels each depth under the one above, numbered once in a location', () => {
    expect(headingsOf(plan)).toEqual(['1|1|总体情况', '2|1.1|方案名称', '2|1.2|必要性', '3|1.2.1|需求', '3|1.2.2|基础', '1|2|数据资源', '2|2.1|授权目录', '2|2.2|质量要求']);
    // A number before a clause numbers the clause: "2.1.1 授权数据：……。" is text under 2.1, as "9.1 乙方退出的，……" is.
    expect(docFromText(plan).blocks.some((b) => b.kind === 'paragraph' && b.text.startsWith('2.1.1 授权数据'))).toBe(true);
    const doc = docFromText(plan);
    const under = doc.blocks.find((b) => b.kind === 'paragraph' && b.text.startsWith('港口企业'))!;
    expect(under.location.label).toBe('1.2.1 第1段');
  });
  it('leaves counts, amounts and dates at a line\'s start as text', () => {
    expect(headingsOf(['某方案', '经对全市 42 家企业调研', '7 月', '1.5 亿元用于平台建设', '2025 年 7 月'].join('\n'))).toEqual([]);
  });
  it('finds items under decimal headings a reader sees', () => {
    const r = reviewDocument(docFromText(plan), bundledRuleset('national'), 'plan');
    expect(r.items.find((i) => i.id === 'plan.data_scope')!.status).not.toBe('missing');
  });
});

describe('a table of contents names sections and holds none of them', () => {
  const text = [
    '某县供水公共数据授权运营实施方案',
    '目　　录',
    '一、授权运营名称 ………………………… 1',
    '二、数据资源范围和目录 ………………… 2',
    '三、授权运营期限 ……………………………3',
    '四、产品和服务清单 ……………………… 5',
  ].join('\n');
  it('keeps its lines to show, no heading among them, out of what is reviewed', () => {
    const doc = docFromText(text);
    expect(doc.blocks.filter((b) => b.kind === 'heading')).toEqual([]);
    expect(doc.blocks.filter((b) => b.toc).length).toBe(5);
    expect(bodyBlocks(doc).some((b) => b.toc)).toBe(false);
    const r = reviewDocument(doc, bundledRuleset('national'), 'plan');
    expect(r.items.find((i) => i.id === 'plan.products')!.status).toBe('missing');
  });
});

describe('a cover\'s labelled fields are never the title', () => {
  it('takes the title styled as a heading under a cover\'s number field (DOCX)', () => {
    const doc = buildDocument(
      [
        { kind: 'text', text: '协议编号：YGJ-SQYY-2025-003' },
        { kind: 'text', text: '某市住房公积金数据授权运营协议', styledLevel: 1 },
        { kind: 'text', text: '甲方：某市住房公积金管理中心' },
        { kind: 'text', text: '第一章 授权内容', styledLevel: 2 },
        { kind: 'text', text: '甲方授权乙方在运营平台内加工公积金数据。' },
      ],
      { format: 'docx', fileName: '协议.docx' },
    );
    expect(doc.title).toBe('某市住房公积金数据授权运营协议');
  });
  it('takes the title under a number field, however the field is spaced', () => {
    expect(docFromText(['合同编号：SJ-YY-2026-017', '某区供热公共数据授权运营协议', '甲方：某区大数据局', '乙方：某科技有限公司'].join('\n')).title).toBe('某区供热公共数据授权运营协议');
    const page = ['某县人民政府', '索 引 号：001/2026-00031', '发布机构：某县大数据局', '有 效 性：有效', '', '某县林业公共数据授权运营协议', '第一条 授权范围', '甲方授权乙方在专区内运营林业数据。'];
    expect(docFromText(page.join('\n')).title).toBe('某县林业公共数据授权运营协议');
  });
});

describe('a 公示 notice over the agreement it names', () => {
  it('is wrapper; the agreement printed after its 公示期 prose is the text', () => {
    const doc = docFromText(
      [
        '某区人民政府',
        '发布日期：2026-03-02',
        '某区大数据局关于《某区停车公共数据授权运营协议》（拟签订文本）的公示',
        '根据有关规定，经区政府授权，我局拟与某科技有限公司签订协议，现将协议文本予以公示，接受社会监督。',
        '公示期：2026年3月2日至2026年3月6日（5个工作日），期间对协议内容有异议的，可以书面形式向我局反映。',
        '公示期间，任何单位和个人均可通过电话或者书面形式反映意见，我局将依法核实并予以答复，谢谢支持。',
        '附件：某区停车公共数据授权运营协议（拟签订文本）',
        '某区停车公共数据授权运营协议',
        '第一条 授权范围',
        '甲方授权乙方在专区内运营停车数据。',
      ].join('\n'),
    );
    expect(doc.title).toBe('某区停车公共数据授权运营协议');
    expect(doc.blocks[doc.bodyStart!]).toMatchObject({ text: '某区停车公共数据授权运营协议' });
  });
});

describe('a 印发 notice whose plan is listed by its contents only is the notice', () => {
  const text = [
    '某市数据局文件',
    '某数〔2026〕8号',
    '某市数据局',
    '关于印发《某市文旅公共数据授权运营实施方案》的通知',
    '各县（市、区）数据局，市直有关部门：',
    '《某市文旅公共数据授权运营实施方案》已经市政府常务会议审议通过，现印发给你们，请认真贯彻落实。',
    '附件：某市文旅公共数据授权运营实施方案',
    '某市数据局',
    '2026年2月3日',
    '附件',
    '某市文旅公共数据授权运营实施方案',
    '目　　录',
    '一、授权运营名称 ……………………………… 1',
    '二、授权运营模式 ……………………………… 2',
    '三、运营机构选择条件 ………………………… 3',
    '四、备案 ………………………………………… 6',
    '抄送：省数据局。',
    '某市数据局办公室　　2026年2月3日印发',
  ].join('\n');
  it('is titled by its headline, warned as not a plan, with no red line raised from what the plan leaves out', () => {
    const doc = docFromText(text);
    expect(doc.title).toBe('某市数据局关于印发《某市文旅公共数据授权运营实施方案》的通知');
    const r = reviewDocument(doc, bundledRuleset('hebei'), 'plan');
    expect(r.warnings.some((w) => w.includes('看起来不像'))).toBe(true);
    expect(r.flags).toEqual([]);
    expect(r.items.every((i) => i.status === 'missing')).toBe(true);
  });
  it('stays a plan when the plan follows the notice in full', () => {
    const full = [
      ...text.split('\n').slice(0, 11),
      '一、授权运营名称',
      '本事项名称为“某市文旅公共数据授权运营”，实施机构为某市数据局。',
      '二、数据范围',
      '授权数据包括景区客流数据、文旅场馆预约数据，目录见附表。',
      '三、授权期限',
      '授权期限为三年。',
      '四、产品和服务',
      '公共治理类产品无偿提供，产业发展类产品实行政府指导价。',
      '五、安全',
      '原始数据不出域，数据产品经安全审核后方可交付。',
    ].join('\n');
    const r = reviewDocument(docFromText(full), bundledRuleset('hebei'), 'plan');
    expect(r.warnings.some((w) => w.includes('是印发或公布文件的通知'))).toBe(false);
  });
});

describe('the operator\'s conditions set out after how it is chosen', () => {
  it('are the selection conditions, under whatever heading', () => {
    const r = reviewDocument(
      docFromText(['某市排水公共数据授权运营实施方案', '一、合作伙伴', '运营机构由实施机构通过公开招标方式确定，应当具备：独立法人资格，注册资本不低于1000万元；健全的管理制度；不少于20人的技术团队；数据安全能力成熟度二级以上。'].join('\n')),
      bundledRuleset('national'),
      'plan',
    );
    expect(r.items.find((i) => i.id === 'plan.selection')!.status).not.toBe('missing');
  });
});

describe('an operator named without the competition Hebei art. 15 requires breaks the mode', () => {
  const mode = (s: string) => flagsOf(s, 'hebei', 'plan').includes('authorization_mode');
  it('fires on a direct designation or a waived competition', () => {
    for (const s of [
      '经市政府专题会议研究，由实施机构与某科技公司直接签订授权运营协议，由其承担本场景运营工作，不再另行组织招标、谈判等遴选程序。',
      '直接确定市大数据集团为本场景运营机构。',
      '采用单一来源方式选定运营机构。',
    ])
      expect(mode(s), s).toBe(true);
  });
  it('stays quiet on a competition held, a ban on designating, and a purchase after the choice', () => {
    for (const s of ['运营机构由实施机构通过公共资源交易中心公开招标确定。', '实施机构不得直接指定运营机构。', '运营机构确定后，平台设备采购不再另行招标。', '运营机构的确定严禁采用单一来源等非竞争方式。'])
      expect(mode(s), s).toBe(false);
  });
});

describe('a consent exception closed by 的情形外 lifts the ban it opens', () => {
  it('reads "除甲方书面同意的情形外，乙方不得……导出" as raw data allowed out', () => {
    const r = reviewDocument(docFromText(`某场景公共数据授权运营协议\n除甲方书面同意的情形外，乙方不得将参保人缴费明细等原始数据导出运营平台。`), bundledRuleset('chongqing'), 'agreement');
    expect(r.flags.map((f) => f.id)).toContain('raw_data_export');
  });
});

describe('lines of a PDF set at double spacing join into paragraphs', () => {
  // A LibreOffice PDF from HTML: 16 pt text at a 34.5 pt pitch, paragraphs 48.6 pt apart, no first-line indent.
  const line = (text: string, y: number, right = 566.8) => ({ text, cells: [text], x: 56.8, right, y, size: 16 });
  it('breaks only where the gap is wider than the page\'s own pitch', async () => {
    const { pageParagraphs } = await import('../../../main/docs/pdf');
    const items = pageParagraphs(
      [
        line('为落实有关部署，回应家长和交通运输部门对中小学生上下学出行安全的共同关切，本市在保障数据安全和', 700),
        line('个人信息权益的前提下，以学生出行安全为单一应用场景开展公共数据授权运营。', 665.5, 400),
        line('工作原则：坚持公益优先，面向学校、家长和监管部门的安全类服务不以营利为目的；坚持依场景授权，', 616.9),
        line('本方案只覆盖学生出行安全一个场景。', 582.4, 300),
      ],
      3,
      842,
    );
    expect(items.map((i) => (i.kind === 'text' ? i.text.slice(0, 6) : ''))).toEqual(['为落实有关部', '工作原则：坚']);
  });
});

describe('a Big5 agreement\'s 第X條 and 第X節 are its articles and sections', () => {
  it('reads traditional article numbering as headings', () => {
    expect(headingsOf(['某市跨境電商公共數據授權運營協議', '第一節 授權', '第一條 授權範圍', '甲方授權乙方運營。', '第二條 期限', '授權期限為三年。'].join('\n'))).toEqual(['1|第一節|授權', '2|第一條|授權範圍', '2|第二條|期限']);
  });
});

describe('a cover dated by the month is no part of the title', () => {
  it('keeps "二〇二五年九月" out of a title broken over two lines', () => {
    expect(docFromText(['某市数据和政务服务局', '二〇二五年九月', '某市中小学生出行安全服务场景公共数据授权运营实', '施方案', '第一章 总体要求', '为落实有关部署，制定本方案。'].join('\n')).title).toBe('某市中小学生出行安全服务场景公共数据授权运营实施方案');
  });
});

describe('words of a red line that let nothing happen', () => {
  it('stays quiet on data described by who provides it, a ban naming what can be reversed, an ownership kept, a table row answering no', () => {
    expect(flagsOf('运营平台的软硬件设备及甲方提供的原始数据，其权属归甲方或源头部门，不因本协议而转移。')).not.toContain('raw_data_export');
    expect(flagsOf('原始数据和可还原原始数据的结果不得导出平台，仅允许经审核的统计结果出域。', 'hebei', 'plan')).not.toContain('raw_data_export');
    expect(flagsOf('| 数据类型 | 是否可出域 | 条件 |\n| 原始数据 | 否 | — |\n| 可逆模型输出 | 否 | — |\n| 聚合统计结果 | 是 | 经合规审核 |')).not.toContain('raw_data_export');
    expect(flagsOf('| 条款 | 内容 |\n| 期限 | 36个月 |\n| 转让 | 禁止 |\n| 排他 | 无 |\n| 终止后 | 销毁原始数据，日志留存6个月以上 |', 'wenzhou')).toEqual(expect.not.arrayContaining(['raw_data_export', 'exclusivity']));
    expect(flagsOf('乙方不得委托他人代为行使本协议项下的数据加工使用权，但经甲方同意将非涉数的系统运维工作外包的除外。', 'qinhuangdao')).not.toContain('sub_authorization');
  });
  it('still fires on data already taken out, data a party may hand over, and a ban lifted for the data itself', () => {
    expect(flagsOf('协议终止后，乙方可以保留已下载的公积金原始数据用于售后服务，期满后自行销毁。')).toContain('raw_data_export');
    expect(flagsOf('乙方可以提供的原始数据包括车辆轨迹。')).toContain('raw_data_export');
    expect(flagsOf('乙方不得转授权，但经甲方同意将授权数据交由合作单位加工的除外。')).toContain('sub_authorization');
  });
  it('reads a use the plan leaves out of itself as no product of it', () => {
    const plan = ['某市农机作业公共数据授权运营实施方案', '六、产品和服务', '本方案的产品和服务主要面向市场化主体，包括：', '（一）农机作业信用报告：为银行提供作业量评估；', '（二）农业保险定损辅助服务：为保险公司提供比对结果。', '农业农村部门履行监管职责所需的统计分析，由市农业农村局自行开展，不纳入本方案。'].join('\n');
    expect(reviewDocument(docFromText(plan), bundledRuleset('national'), 'plan').flags.map((f) => f.id)).toContain('product_categories');
  });
});

// Classes read from the thirty-ninth set (sealed at the session's start, measured, then opened).
describe('the thirty-ninth set, opened', () => {
  const flags = (s: string, rs = 'hebei', kind: 'plan' | 'agreement' = 'plan') => flagsOf(s, rs, kind);
  it('reads a new scenario joined without a new choosing as the mode broken, not others shut out', () => {
    const f = flags('运营期内新增的医保数据应用场景，由运营机构报实施机构同意后直接纳入，不再另行组织遴选。');
    expect(f).toContain('authorization_mode');
    expect(f).not.toContain('exclusivity');
    expect(flags('新增的冷链相关场景，由运营机构报实施机构登记后直接开展，不再另行组织遴选其他运营机构。')).toContain('exclusivity');
  });
  it('holds each filing the text sets to the limit', () => {
    expect(flags('本方案审议通过后30个工作日内，由市数据和政务服务局报省数据管理部门备案。授权运营协议签订后10个工作日内报省数据管理部门备案。')).toContain('filing_deadline');
    expect(flags('本方案审议通过后10个工作日内报省数据管理部门备案。授权运营协议签订后10个工作日内报省数据管理部门备案。')).not.toContain('filing_deadline');
  });
  it('counts 经营类 products as the market category', () => {
    const list = ['某市海洋渔业公共数据授权运营协议', '三、产品和服务', '1. 公益类（无偿提供）', '渔船安全风险预警，供海洋与渔业、应急部门使用。', '2. 经营类', '渔船保险定价辅助模型、渔获物溯源核验服务。'].join('\n');
    expect(reviewDocument(docFromText(list), bundledRuleset('wenzhou'), 'agreement').flags.map((f) => f.id)).not.toContain('product_categories');
  });
  it('keeps a data set a giving verb describes out of what is handed over', () => {
    expect(flags('涉及老年人身份证号码、住址、联系电话、健康档案的明细数据，不列入授权范围，乙方仅可通过平台提供的隐私计算方式调用计算结果。', 'chongqing', 'agreement')).not.toContain('raw_data_export');
    expect(flags('原始数据以数据文件方式提供给合作单位。', 'chongqing', 'agreement')).toContain('raw_data_export');
  });
  it('drops a metadata label before the page\'s headline', () => {
    const page = ['某市人民政府', '首页 > 政务公开 > 政策解读', '索 引 号：11130400/2025-00542', '名 称：《某市文化旅游公共数据授权运营实施方案》政策解读', '文 号： 主 题 词：数据', '发布时间：2025-11-03 来源：市数据局', '近日，经市政府研究同意，《方案》正式印发。为便于社会各界理解，现就有关问题解读如下。', '一、《方案》出台的背景是什么？', '本市文旅资源丰富，数据分散在多个部门，需要统一开发利用。'];
    expect(docFromText(page.join('\n')).title).not.toMatch(/^名称/);
  });
});

describe('a cell answering none is read with what it answers', () => {
  it('takes "| 排他 | 无 |" as no exclusivity, but "| 转授权限制 | 无 |" as no restriction', () => {
    expect(flagsOf('| 条款 | 内容 |\n| 排他 | 无 |', 'wenzhou')).not.toContain('exclusivity');
    expect(flagsOf('| 事项 | 约定 |\n| 转授权限制 | 无 |')).toContain('sub_authorization');
  });
});
