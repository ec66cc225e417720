import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../shared/document/build';
import { markdownItems } from '../../../main/docs/text';
import { reviewDocument } from '../../../shared/review/engine';
import { bundledRuleset, docFromText } from '../../helpers/reviewCorpus';
import { expectQuiet, expectRaised, raises, type RedlineCase } from '../../helpers/redlineCase';

/**
 * The failure classes of the seventh held-out set (issue 10), each on text written for the test, with true negatives:
 * a title whose stage (“征求意见稿”) names the notice's matter, a page footer far below the body, a wiki's breadcrumb
 * written with slashes, a draft stage with a version number; a grant handed to a contractor or a project company; data
 * destroyed where it was kept; record-level data handed to a user; a list introduced by a colon and cut by a page
 * break; the operator's conditions in a paragraph of another section.
 */
const md = (text: string) => buildDocument(markdownItems(text), { format: 'md', fileName: 'page.md' });

describe('a page wrapper never swallows the document', () => {
  const notice = [
    '某县人民政府 · 政务公开 · 意见征集',
    '',
    '> 首页 > 互动交流 > 意见征集',
    '',
    '**关于公开征求《某县林业公共数据授权运营实施方案（征求意见稿）》意见的公告**',
    '',
    '现将方案全文公布，征求社会各界意见。征求意见时间为2026年3月1日至3月31日，意见请发送至电子邮箱 ly@example.gov.cn。',
    '',
    '某县林业局',
    '2026年3月1日',
    '',
    '---',
    '',
  ];
  const body = [
    '# 某县林业公共数据授权运营实施方案（征求意见稿）',
    '',
    '为推进林业数据开发利用，制定本方案。',
    '',
    '## 一、授权运营名称',
    '',
    '某县林业公共数据授权运营。',
    '',
    '## 二、数据范围',
    '',
    '林地、森林资源清查数据。',
    '',
  ];
  const footer = ['---', '', '主办单位：某县人民政府办公室　　联系电话：0000-1234567　　网站标识码：1234'];

  it('takes the title styled as a heading with its 征求意见稿 stage, and starts the body there despite the footer', () => {
    const doc = md([...notice, ...body, ...footer].join('\n'));
    expect(doc.title).toBe('某县林业公共数据授权运营实施方案（征求意见稿）');
    const start = doc.blocks.findIndex((b) => b.kind === 'heading' && b.text.startsWith('某县林业'));
    expect(doc.bodyStart).toBe(start);
  });

  it('stops the wrapper at numbered body headings even when no title can be told apart', () => {
    const untitled = [...notice, '## 一、授权运营名称', '', '某县林业公共数据授权运营。', '', '## 二、数据范围', '', '林地数据。', '', ...footer];
    const doc = md(untitled.join('\n'));
    const first = doc.blocks.findIndex((b) => b.kind === 'heading' && b.text === '授权运营名称');
    expect(doc.bodyStart ?? 0).toBeLessThanOrEqual(first);
  });

  it('still takes a notice that numbers its own points as wrapper', () => {
    const doc = md(['某县人民政府网站欢迎您!', '', '# 关于公开征求《某县林业公共数据授权运营实施方案》意见的公告', '', '## 一、征求意见时间', '', '2026年3月1日至31日。', '', '## 二、联系电话', '', '0000-1234567', '', ...body].join('\n'));
    expect(doc.title).toBe('某县林业公共数据授权运营实施方案（征求意见稿）');
  });
});

describe('a wiki page: breadcrumb with slashes, a stage with a version', () => {
  const wiki = [
    '某市数据局协同知识库 / 数据要素处 / 授权运营',
    '',
    '# 某市交通出行领域公共数据授权运营实施方案（送审稿 v0.9）',
    '',
    '由 张三 创建，最后修改人 李四（2026-04-13 16:42）',
    '',
    '## 1 总体情况',
    '',
    '### 1.1 授权运营名称',
    '',
    '某市交通出行领域公共数据授权运营。',
  ];
  it('takes the page title, never the breadcrumb', () => {
    expect(md(wiki.join('\n')).title).toBe('某市交通出行领域公共数据授权运营实施方案（送审稿 v0.9）');
  });
  it('keeps a title with a slash inside a word, and a body sentence with slashes', () => {
    expect(md(['# 某市数据产品/服务目录管理办法', '', '## 一、总则', '', '价格为每次0.5元 / 次 / 户。'].join('\n')).title).toBe('某市数据产品/服务目录管理办法');
  });
});

const AGR: RedlineCase = { title: '某县普惠金融场景公共数据授权运营协议' };

describe('the grant handed to a contractor or a project company', () => {
  it('fires when the operator gives another party its own right to call the data, or moves rights to a company of its choosing', () => {
    expectRaised('sub_authorization', [
      '乙方可委托技术服务单位开发产品，并可在运营平台内为其开设账号，授予其调用授权公共数据的权限，产品由其自行对外销售。',
      '运营机构可以根据需要设立项目公司，将数据调用权限和对外经营转由项目公司以其名义开展，设立后报甲方备案。',
    ], AGR);
  });
  it('stays quiet when the contractor works on the operator\'s account, or the grant itself is given by 甲方', () => {
    expectQuiet('sub_authorization', [
      '乙方可委托技术服务单位参与开发，受托单位的人员使用乙方账号在平台内作业，不得以自身名义对外提供产品。',
      '甲方在平台内为乙方开设账号，并授予其调用授权公共数据的权限。',
      '乙方不得为第三方开设账号，不得授予其调用授权数据的权限。',
    ], AGR);
  });
});

describe('what was kept, destroyed where it was kept', () => {
  it('“删除运营域内留存的原始数据” is destruction, not keeping', () => {
    const exit = '协议终止后，乙方应以不可逆方式删除运营平台内留存的原始数据及其副本，并留存删除记录和操作日志不少于6个月。';
    expect(raises('no_destruction', '无。', { ...AGR, exit })).toBe(false);
  });
  it('keeping raw data in its own systems after the end still fires', () => {
    const exit = '协议终止后，乙方可在本单位服务器内留存原始数据用于后续服务，日志保存不少于6个月。';
    expect(raises('no_destruction', '无。', { ...AGR, exit })).toBe(true);
  });
});

describe('record-level data handed to a user, whatever it is called', () => {
  const plan = (line: string) => ['某县社保公共数据授权运营实施方案', '一、产品和服务', line].join('\n');
  it('fires on record-by-record details pushed to a user to keep', () => {
    expectRaised('raw_data_export', [
      '保险机构受理理赔后，运营机构向其推送该参保人的逐条缴费明细，包括姓名、身份证号码和缴费金额，供其留存。',
      '运营机构可向合作银行提供申请人的全部就业登记记录，用于贷款审批。',
    ], { ruleset: 'chongqing', kind: 'plan', doc: plan });
  });
  it('stays quiet on summaries, logs and yes/no answers', () => {
    expectQuiet('raw_data_export', [
      '运营机构向银行提供按季度汇总的全部缴费统计报告。',
      '运营机构向区数据局提供全部操作日志记录，供审计使用。',
      '接口只返回“已参保/未参保”，不提供逐条明细。',
    ], { ruleset: 'chongqing', kind: 'plan', doc: plan });
  });
});

describe('items set out where drafters put them', () => {
  const status = (text: string, id: string, ruleset: string) =>
    reviewDocument(docFromText(text), bundledRuleset(ruleset), 'plan').items.find((i) => i.id === id)!.status;
  it('a line ending in a colon that names the item carries the numbered list below it, across a page header', () => {
    const plan = (lead: string) =>
      ['某市渔业公共数据授权运营实施方案', '一、运营机构选择', '运营机构通过公开征集方式确定。', lead, '1.授权运营申请书；', '2.数据安全承诺书；', '某市数据局文件', '3.近三年财务审计报告。', '二、数据资源', '渔船登记信息。'].join('\n');
    expect(status(plan('申请单位应当提交以下材料：'), 'plan.wz_application', 'wenzhou')).toBe('partial');
    // The list alone, with no line naming what it is, is not the application materials.
    expect(status(plan('另需说明以下事项：'), 'plan.wz_application', 'wenzhou')).toBe('missing');
  });
  it("the operator's conditions in a paragraph of 总体要求 are the selection conditions; a duty of the operator is not", () => {
    const plan = (line: string) =>
      ['某区文化旅游领域公共数据授权运营实施方案', '一、总体要求', '坚持安全可控。', line, '二、授权数据', '景区客流数据。'].join('\n');
    const conditions = '运营机构应当是依法设立的企业，注册资本不低于5000万元；具有健全的数据安全管理制度；拥有不少于20人的数据开发团队；能够提供7×24小时服务；通过网络安全等级保护三级测评。';
    expect(status(plan(conditions), 'plan.selection', 'chongqing')).toBe('present');
    expect(status(plan('运营机构应当履行数据安全保护义务，接受区数据局监督。'), 'plan.selection', 'chongqing')).toBe('missing');
  });
});

describe('an agreement whose product list is an annex table', () => {
  const agreementMd = (rows: string[]) =>
    [
      '# 某县公共数据授权运营协议',
      '## 一、授权期限',
      '本协议授权期限为三年。',
      '## 二、产品和服务',
      '2.1 乙方提供的产品和服务以附件二《产品和服务清单》为准。',
      '2.2 产品出域前由甲方组织安全审核；涉及行业业务的，由行业主管部门进行业务规范性审核。',
      '## 三、终止',
      '协议终止后，乙方以不可逆方式销毁原始数据及其副本，日志留存不少于6个月。',
      '## 四、备案',
      '本协议签订后5个工作日内报数据管理部门备案。',
      '## 附件二　产品和服务清单',
      '| 序号 | 产品名称 | 服务对象 | 价格 |',
      '|---|---|---|---|',
      ...rows,
    ].join('\n');
  const flagsOf = (rows: string[]) =>
    reviewDocument(buildDocument(markdownItems(agreementMd(rows)), { format: 'md', fileName: 'a.md' }), bundledRuleset('chongqing'), 'agreement').flags.map((f) => f.id);
  it('judges the table, not who reviews the products in the clauses that point to it', () => {
    expect(flagsOf(['| 1 | 小微企业经营评分 | 银行 | 政府指导价 |', '| 2 | 货运车辆核验 | 物流企业 | 政府指导价 |'])).toContain('product_categories');
  });
  it('stays quiet when the table holds both categories', () => {
    expect(flagsOf(['| 1 | 小微企业经营评分 | 银行 | 政府指导价 |', '| 2 | 企业运行监测 | 政府部门决策使用 | 无偿 |'])).not.toContain('product_categories');
  });
});

describe('a charge in a paragraph headed as public-interest', () => {
  const plan = (line: string) => ['某市海洋渔业领域公共数据授权运营实施方案', '一、产品和服务', line].join('\n');
  it('fires on a charge in a later sentence of a 公益类 paragraph', () => {
    const c = '公共治理和公益类：台风预警供应急部门无偿使用；海况提醒短信向渔民推送，按每船每年200元收取服务费。';
    expect(raises('pricing', c, { ruleset: 'wenzhou', kind: 'plan', doc: plan })).toBe(true);
  });
  it('stays quiet when the charge sits in the industry paragraph, or the budget pays', () => {
    expectQuiet('pricing', [
      '产业发展类：渔船风险评分供保险机构使用；按次收取服务费，执行政府指导价。',
      '公共治理和公益类：台风预警供应急部门无偿使用；平台运维费用由市财政支付。',
    ], { ruleset: 'wenzhou', kind: 'plan', doc: plan });
  });
});

describe('the end of a printed or copied agreement', () => {
  const head = [
    '# 某市港口物流领域公共数据授权运营协议',
    '## 一、授权范围',
    '甲方授权乙方运营港口物流数据，目录见附件1。',
    '## 二、运营期限',
    '运营期限为三年。',
    '## 四、数据安全',
    '乙方落实数据安全和个人信息保护要求，原始数据不出域。',
    '## 五、终止',
    '协议终止的，乙方以不可逆方式销毁原始数据及其副本。',
  ];
  const review = (lines: string[]) =>
    reviewDocument(md(lines.join('\n\n')), bundledRuleset('national'), 'agreement').flags.map((f) => f.id);
  it('an entry of the 附件 list that a PDF turned into a heading is not the product list', () => {
    // The signature block under it names a company ("有限公司"): read as the list, it made a one-category list.
    const annexList = ['附件：1. 数据资源目录', '## 2. 产品和服务清单', '甲方（盖章）：某市数据局　　乙方（盖章）：某港数科技有限公司'];
    expect(review([...head, ...annexList])).not.toContain('product_categories');
    // The same heading as a section of the agreement is the list, and one category fires.
    expect(review([...head, '## 三、产品和服务清单', '面向港航企业提供集装箱动态查询接口，按次收费。'])).toContain('product_categories');
  });
  it("a website's footer after the agreement is the site's, not a category of products", () => {
    const list = ['## 三、产品和服务清单', '面向港航企业提供集装箱动态查询接口，按次收费。'];
    const footer = ['【打印本页】【关闭窗口】', '主办单位：某市数据和政务服务局　地址：某市某路1号', '冀ICP备12345678号-1　网站标识码1300000000'];
    // "…政务服务局" in the footer read as a product for government users hid the missing category.
    expect(review([...head, ...list, ...footer])).toContain('product_categories');
  });
});
