import { describe, expect, it } from 'vitest';
import { reviewDocument } from '../../../shared/review/engine';
import { findTriggers } from '../../../shared/review/clauses';
import { bundledRuleset, docFromText } from '../../helpers/reviewCorpus';

/** The six classes of failure seen on real published documents (issue 10), each on text written for the test. */
const hebei = bundledRuleset('hebei');
const national = bundledRuleset('national');
const flagsOf = (text: string, rs = hebei) => reviewDocument(docFromText(text), rs, 'agreement').flags.map((f) => f.id);

describe('1. the document inside the page', () => {
  const page = [
    '廊坊市数据和政务服务局欢迎您!',
    '首页 > 政务公开 > 征求意见',
    '关于公开征求《廊坊市公共数据资源授权运营实施方案（征求意见稿）》意见的公告',
    '为规范公共数据资源授权运营，现向社会公开征求意见。',
    '征集时间:2025年6月17日—6月23日',
    '联系电话:0316-1234567；电子邮箱:sjj@example.cn',
    '附件：廊坊市公共数据资源授权运营实施方案（征求意见稿）.docx',
    '廊政办〔2025〕27号',
    '廊坊市公共数据资源授权运营实施方案（征求意见稿）',
    '一、授权运营名称',
    '本方案名称为廊坊市交通出行领域公共数据资源授权运营。',
    '二、实施机构',
    '廊坊市数据和政务服务局为实施机构。',
  ].join('\n');
  it('finds the title after the wrapper and starts the body there', () => {
    const doc = docFromText(page);
    expect(doc.title).toBe('廊坊市公共数据资源授权运营实施方案（征求意见稿）');
    expect(doc.bodyStart).toBe(8);
  });
  it('never takes evidence from the wrapper', () => {
    const r = reviewDocument(docFromText(page), hebei, 'plan');
    const ids = new Set(r.items.flatMap((i) => i.evidence.map((e) => e.blockId)));
    for (let i = 0; i < 8; i++) expect(ids.has(`b${i}`)).toBe(false);
    expect(r.documentTitle).toBe('廊坊市公共数据资源授权运营实施方案（征求意见稿）');
    expect(r.warnings.join('')).toContain('文首 8 段');
  });
  it('a plan issued with a government 印发 notice: addressees, "现印发给你们" and "（此件公开发布）" are wrapper', () => {
    const doc = docFromText([
      '衡水市人民政府办公室', '关于印发《衡水市普惠金融领域公共数据授权运营实施方案》的通知', '各县市区人民政府，市直有关部门：',
      '《衡水市普惠金融领域公共数据授权运营实施方案》已经市政府同意，现印发给你们，请结合实际认真组织实施。',
      '衡水市人民政府办公室', '2025年10月8日', '（此件主动公开）', '衡水市普惠金融领域公共数据授权运营实施方案',
      '一、授权运营名称', '衡水市普惠金融领域公共数据授权运营。',
    ].join('\n'));
    expect(doc.title).toBe('衡水市普惠金融领域公共数据授权运营实施方案');
    expect(doc.bodyStart).toBe(7);
  });
  it('a Markdown file opening with "# 标题" takes it as the title, not a first chapter', async () => {
    const { markdownItems } = await import('../../../main/docs/text');
    const { buildDocument } = await import('../../../shared/document/build');
    const doc = buildDocument(markdownItems('# 某市公共数据授权运营协议\n\n## 一、授权范围\n\n甲方授权乙方运营。\n'), { format: 'md', fileName: 'x.md' });
    expect(doc.title).toBe('某市公共数据授权运营协议');
    expect(doc.blocks.filter((b) => b.kind === 'heading').map((b) => (b.kind === 'heading' ? b.text : ''))).toEqual(['授权范围']);
    const numbered = buildDocument(markdownItems('# 一、总则\n\n本办法……\n'), { format: 'md', fileName: '办法.md' });
    expect(numbered.blocks[0]).toMatchObject({ kind: 'heading', numbering: '一、' });
  });
  it('a plan with no headings (bold lead-in sentences) keeps its body: a closing 附件 list or 联系人 line is not wrapper', () => {
    const doc = docFromText([
      '沧州市港口物流领域公共数据授权运营实施方案',
      '（送审稿）',
      '为推动港口物流公共数据开发利用，依据有关规定，制定本方案。本方案适用于全市港口物流领域。',
      '这次授权运营的名称是沧州市港口物流公共数据授权运营。市数据和政务服务局是实施机构，负责组织实施。',
      '运营机构应当具备相应能力。注册资本不低于3000万元，具备数据安全管理制度和技术能力。',
      '数据资源包括三个方面。一是船舶进出港数据，二是堆场作业数据，三是通关数据，目录见附件。',
      '联系人：张某，联系电话：0317-0000000。',
      '附件：1. 港口物流公共数据资源目录',
    ].join('\n'));
    expect(doc.title).toBe('沧州市港口物流领域公共数据授权运营实施方案');
    expect(doc.bodyStart).toBeUndefined();
  });
  it('a title cut inside a word by the page width ("…授权运" / "营协议") is one title', () => {
    const doc = docFromText(['六盘水市中医药领域公共数据授权运', '营协议', '甲方：六盘水市大数据发展管理局', '第一条 授权范围。甲方授权乙方运营中医药领域公共数据。'].join('\n'));
    expect(doc.title).toBe('六盘水市中医药领域公共数据授权运营协议');
    const whole = docFromText(['某市公共数据授权运营', '实施方案（征求意见稿）', '一、授权运营名称', '某市公共数据授权运营。'].join('\n'));
    expect(whole.title).toBe('某市公共数据授权运营实施方案（征求意见稿）');
  });
  it('a plain document keeps its first line as title and has no wrapper', () => {
    const doc = docFromText('某市公共数据授权运营协议\n第一条 授权范围。甲方授权乙方运营。');
    expect(doc.title).toBe('某市公共数据授权运营协议');
    expect(doc.bodyStart).toBeUndefined();
  });
});

describe('2. clause reading: permission, prohibition, exception', () => {
  it('非排他 is not 排他', () => {
    expect(findTriggers('上述数据仍可以非排他方式用于其他场景。', /(?<t>排他)/)[0].reading).toBe('prohibition');
    expect(flagsOf('第五条 其他。上述数据仍可以非排他方式用于其他场景授权。')).not.toContain('exclusivity');
    expect(flagsOf('第五条 其他。乙方在本场景享有排他经营权。')).toContain('exclusivity');
  });
  it('a prohibition with a consent exception is a permission', () => {
    const h = findTriggers('除甲方书面同意，乙方禁止对第三方开放、转售或共享原始数据。', /(?<t>开放|共享)[^，。；]{0,6}原始数据/)[0];
    expect(h).toMatchObject({ reading: 'exception', negated: false });
    expect(h.condition).toContain('除甲方书面同意');
    expect(flagsOf('第五条 数据使用。除甲方书面同意，乙方禁止对第三方开放、转售或共享原始数据。')).toContain('raw_data_export');
    expect(flagsOf('第五条 数据使用。乙方禁止对第三方开放、转售或共享原始数据。')).not.toContain('raw_data_export');
  });
  it('a permission under a condition fires; a sanction on a forbidden act does not', () => {
    expect(findTriggers('经甲方书面同意，乙方可将授权转授权给其控股子公司。', /(?<t>转授权)/)[0].reading).toBe('permission');
    expect(flagsOf('第五条 转授权。经甲方书面同意，乙方可将本协议项下授权转授权给其控股子公司。')).toContain('sub_authorization');
    expect(flagsOf('第五条 违约。乙方未经甲方同意擅自转授权的，甲方有权解除协议。')).not.toContain('sub_authorization');
    expect(flagsOf('第五条 转授权。乙方不得转授权。')).not.toContain('sub_authorization');
  });
});

describe('2b. release of raw data, whatever the verb', () => {
  const fires = (clause: string) => flagsOf(`第五条 数据使用。${clause}`).includes('raw_data_export');
  it('a prohibition with an exception is a permission under any verb a drafter uses', () => {
    for (const verb of ['提供', '交付', '披露', '传输', '出售', '对外提供', '发送', '公开', '转交'])
      expect(fires(`乙方不得向合作单位${verb}原始数据，但取得甲方书面同意的除外。`), verb).toBe(true);
    expect(fires('未经实施机构许可，乙方不得将原始公共数据发送至其自有服务器。')).toBe(true);
    expect(fires('除法律法规另有规定或经甲方同意外，运营机构不得向他人披露明细数据。')).toBe(true);
  });
  it('the law allows no exception: a party\'s approval lets raw data out as much as its consent', () => {
    expect(fires('运营机构不得销售原始数据，报经实施机构批准的除外。')).toBe(true);
    expect(fires('经甲方审批，乙方可以导出原始数据。')).toBe(true);
    // "法律法规另有规定" alone defers to the law: still a prohibition.
    expect(fires('除法律、行政法规另有规定外，乙方不得向任何单位提供原始数据。')).toBe(false);
  });
  it('true prohibitions do not fire, however many verbs they list', () => {
    expect(fires('乙方不得以任何方式对外提供、披露、出售、传输、公开原始数据及其副本。')).toBe(false);
    expect(fires('严禁运营机构将原始数据交付、转交给任何第三方。')).toBe(false);
  });
  it('what is handed over must be the raw data itself, leaving the platform', () => {
    // a report on raw data, a permission to call it inside the platform, data handed back to its owner
    expect(fires('乙方每月向实施机构报送原始数据的使用情况统计。')).toBe(false);
    expect(fires('甲方在公共数据平台内向乙方开放原始数据的调用权限。')).toBe(false);
    expect(fires('协议终止时，乙方应将原始数据交还甲方。')).toBe(false);
    // … but a permission to let it out of the platform does fire
    expect(fires('乙方可将原始数据传输至平台以外的合作方系统。')).toBe(true);
    expect(fires('乙方可向用户提供原始数据下载服务。')).toBe(true);
  });
});

describe('3. paraphrase', () => {
  it('market prices set by the operator are outside 政府指导价', () => {
    expect(flagsOf('第五条 价格。乙方提供的全部数据产品和服务均按照市场价格收费，具体价格由乙方根据市场情况自主确定。')).toContain('pricing');
    expect(flagsOf('第五条 价格。用于政务服务的数据产品，乙方按成本收取服务费。')).toContain('pricing');
    expect(flagsOf('第五条 价格。产业发展类产品价格不得高于政府指导价，公共治理类无偿提供。')).not.toContain('pricing');
  });
  it('concept groups in the ruleset expand into every check', () => {
    // Pricing is read by its reader alone (session 15); the destruction red line's phrase triggers use a group too.
    const destruction = national.flags.find((f) => f.id === 'no_destruction')!;
    const c = destruction.checks.find((x) => x.kind === 'phrase')!;
    expect(c.kind === 'phrase' && c.triggers.join('')).toContain('粉碎');
    expect(JSON.stringify(national.items)).not.toContain('{应急处置}');
  });
});

describe('3b. a term from the signing to a date', () => {
  const term = (text: string) => reviewDocument(docFromText(text), national, 'agreement').flags.find((f) => f.id === 'term_over_3y');
  it('is measured from the signing date the document gives', () => {
    const head = '某市公共数据授权运营协议\n甲乙双方于2026年3月1日在某市签订本协议。\n第二条 运营期限。';
    expect(term(`${head}运营期限自签订之日起至2030年2月28日止。`)?.message).toContain('签订日期2026年3月1日');
    expect(term(`${head}运营期限自签订之日起至2029年2月28日止。`)).toBeUndefined();
    expect(term('某协议\n第二条 期限。授权期限自本协议签署之日起至2031年6月30日止。\n签订日期：2026年7月1日')).toBeDefined();
  });
  it('without a signing date nothing is guessed', () => {
    expect(term('某协议\n第二条 期限。运营期限自签订之日起至2029年12月31日止。\n签订日期：    年  月  日')).toBeUndefined();
  });
});

describe('4. evidence about the matter', () => {
  it('a word in a list of scenarios or a goals sentence is not content', () => {
    const text = '某实施方案\n一、总体要求\n数据产品应用于交通出行、应急管理、医疗健康等领域，形成一批高质量数据产品和服务。\n二、其他事项\n无。';
    const r = reviewDocument(docFromText(text), hebei, 'plan');
    expect(r.items.find((i) => i.id === 'plan.products')!.status).toBe('missing');
  });
  it('content under other headings is found', () => {
    const text = [
      '某实施方案', '一、实施运营考核评估', '市数据局每年对运营机构开展考核评估，结果分为优秀、合格、不合格，并接受监督检查。',
      '二、运营机构期满或终止退出', '授权期满或终止的，运营机构按要求退出，移交资产，销毁原始数据。',
    ].join('\n');
    const r = reviewDocument(docFromText(text), hebei, 'plan');
    expect(r.items.find((i) => i.id === 'plan.supervision')!.status).toBe('present');
    expect(r.items.find((i) => i.id === 'plan.term_plan')!.status).not.toBe('missing');
  });
});

describe('4b. a section that says everything an item asks for, under a heading that names no item', () => {
  it('is that item\'s content; a section headed for another item is not', () => {
    const text = [
      '某实施方案', '一、伙伴筛选', '（一）注册资本不低于1000万元；', '（二）内部管理规范；', '（三）具备数据开发技术能力；', '（四）具有行业服务经验；', '（五）具备数据安全防护能力。',
      '二、服务供给', '面向公益事业免费提供预警服务；面向产业发展有偿提供数据接口。',
    ].join('\n');
    const r = reviewDocument(docFromText(text), hebei, 'plan');
    expect(r.items.find((i) => i.id === 'plan.selection')!.status).toBe('present');
    expect(r.items.find((i) => i.id === 'plan.products')!.status).toBe('present');
    // "依场景授权的方式" names the 授权方式 with a 的 between its words.
    const mode = reviewDocument(docFromText('某实施方案\n一、推进路径\n本市采用依场景授权的方式，一场景一授权。'), hebei, 'plan');
    expect(mode.items.find((i) => i.id === 'plan.mode')!.status).not.toBe('missing');
    // The same words under the security heading stay the security item's.
    const other = reviewDocument(docFromText('某实施方案\n一、数据安全\n资金投入、管理制度、技术手段、服务保障和安全防护均已落实。'), hebei, 'plan');
    expect(other.items.find((i) => i.id === 'plan.selection')!.status).toBe('missing');
  });
});

describe('5. findings in a reviewer\'s words', () => {
  it('says what is missing in a sentence, and locations do not repeat numbering', () => {
    const text = '某实施方案\n一、运营机构选择条件\n运营机构应具备技术、服务和管理能力。\n四、组织实施\n市数据局负责组织实施。';
    const r = reviewDocument(docFromText(text), hebei, 'plan');
    const sel = r.items.find((i) => i.id === 'plan.selection')!;
    expect(sel.explanation).toMatch(/^“运营机构选择条件”已有相关内容，但未写明资金、安全能力。$/);
    const agency = r.items.find((i) => i.id === 'plan.agency')!;
    expect(agency.evidence[0].location).toBe('章节标题');
    expect(agency.evidence[0].excerpt).toBe('四、组织实施');
  });
});
