import { describe, expect, it } from 'vitest';
import { reviewDocument } from '../../../shared/review/engine';
import { decodeTextDetected } from '../../../main/docs/detect';
import { markdownItems } from '../../../main/docs/text';
import { buildDocument } from '../../../shared/document/build';
import { bundledRuleset, docFromText } from '../../helpers/reviewCorpus';
import { passageReview } from '../../helpers/passageReview';

/**
 * Classes read in session 30 (the forty-third set, a reading set, and what the start of the round showed): an
 * agreement's reference to its own other clauses, a person's fields or one case's records handed out, a grant's first
 * term renewed by itself, a definition of who a party is, the operator named by its tender, a grant's shape after
 * another step, an item said in sibling paragraphs, a WeChat copy's chrome, a title styled as a heading under its
 * issuer, a PDF table wider than its text, UTF-16 without a mark holding ×, “” and box rules, and a plan to build a
 * platform. Text written for the test.
 */

const { flagsOf } = passageReview('hebei');
/** A Markdown file as intake reads it. */
const fromMarkdown = (text: string) => buildDocument(markdownItems(text), { format: 'md', fileName: 't.md' });
const itemOf = (text: string, id: string, rs = 'national', kind: 'plan' | 'agreement' = 'plan') =>
  reviewDocument(fromMarkdown(text), bundledRuleset(rs), kind).items.find((i) => i.id === id)!;

describe('"除本协议另有约定外" points at the agreement\'s own clauses, each read on its own', () => {
  it('is a bar when no clause of the agreement lets the act happen', () => {
    expect(flagsOf('第十二条 除本协议另有约定外，乙方不得将本协议项下的授权转让或者转授权给任何第三方。')).not.toContain('sub_authorization');
    expect(flagsOf('第九条 除本合同另有约定外，原始数据不得导出运营平台。')).not.toContain('raw_data_export');
  });
  it('still fires on the clause that lets it happen', () => {
    expect(flagsOf('第十二条 除本协议另有约定外，乙方不得转授权。\n第十三条 乙方可以将本场景的运营权转授权给其控股子公司。')).toContain('sub_authorization');
  });
  it('keeps a consent the parties may give later as a permission', () => {
    expect(flagsOf('第十二条 除双方另有约定外，乙方不得将授权转让给第三方。')).toContain('sub_authorization');
  });
});

describe('a person\'s identifying fields, or one case\'s records, handed to another party are raw data let out', () => {
  it('fires on fields named one by one and sent to an insurer the grantor names', () => {
    expect(flagsOf('第十条 乙方可以按月将参保职工的姓名、公民身份号码、联系电话和就业单位等信息，以加密文件方式提供给甲方确定的合作保险机构，用于理赔。', 'guizhou')).toContain('raw_data_export');
  });
  it('fires on records pushed case by case', () => {
    expect(flagsOf('第十一条 乙方可以按案件将患者的住院病历、费用明细清单和影像件，通过专线推送至合作保险公司的理赔系统。', 'chongqing')).toContain('raw_data_export');
  });
  it('stays quiet when the fields are removed first, checked only, or handed back to the grantor', () => {
    expect(flagsOf('第十条 乙方对外提供的核验结果应当去除姓名、公民身份号码、联系电话等信息后提供给使用方。', 'guizhou')).not.toContain('raw_data_export');
    expect(flagsOf('第十条 乙方仅向银行返回核验姓名、身份证号码、手机号码是否一致的结论，不提供原始信息。', 'guizhou')).not.toContain('raw_data_export');
    expect(flagsOf('第十条 协议终止时，乙方应将保管的职工姓名、身份证号码等信息全部交还给甲方。', 'guizhou')).not.toContain('raw_data_export');
  });
});

describe('a grant\'s first term (首期) is its term, and a renewal nobody decides adds to it', () => {
  it('adds an automatic renewal to "授权运营首期为……"', () => {
    expect(flagsOf('3.1 授权运营首期为二十四个月，自本协议生效之日起计算。\n3.2 首期届满时评估合格的，本协议自动续展二十四个月，续展以一次为限。', 'qinhuangdao')).toContain('term_over_3y');
    expect(flagsOf('第五条 授权运营首期为五年。')).toContain('term_over_3y');
  });
  it('leaves a first term followed by a new agreement alone', () => {
    expect(flagsOf('第五条 授权运营首期为三年，期满后需要继续运营的，应当重新申请并签订协议。')).not.toContain('term_over_3y');
  });
});

describe('who a party is, defined, binds no one; the operator chosen by tender is the operator', () => {
  it('reads "1.3 经营主体：指……进行再开发的市场主体" as a definition', () => {
    expect(flagsOf('1.3 经营主体：指乙方依照第5.3条选择的、对乙方已交付的产品和服务进行再开发的市场主体。', 'chongqing')).not.toContain('exclusivity');
  });
  it('reads 中标机构 as the operator, not a third party the grant passes to', () => {
    expect(flagsOf('本项目以公开招标方式选定一家运营机构，中标机构取得全部气象数据在新能源方向的运营资格。', 'hebei', 'plan')).not.toContain('sub_authorization');
  });
});

describe('items said in words of their own', () => {
  const plan = (section: string) => `某市港航公共数据授权运营实施方案\n## 4 运营\n4.1 运营机构负责港航专区的日常运营。\n${section}`;
  it('finds the grant\'s shape named after another step ("采取“一次遴选、统一授权”的办法")', () => {
    expect(itemOf(plan('## 5 授权怎么给\n本项目采取“一次遴选、统一授权”的办法，中标机构取得各方向的运营资格。'), 'plan.mode', 'hebei').status).toBe('present');
  });
  it('finds accounting and distribution in sibling paragraphs of a section headed in plain words', () => {
    const f = itemOf(plan('## 5 钱怎么核、怎么分\n5.1 运营机构对本项目设立专账，投入成本、收入、支出单独核算，接受审计。\n5.2 收益按“谁投入、谁贡献、谁受益”分配，数据提供单位按调用量获得补偿。'), 'plan.accounting');
    expect(f.status).toBe('present');
    expect(f.evidence.length).toBe(2);
  });
  it('still finds only part when the section says only part', () => {
    expect(itemOf(plan('## 5 钱怎么核\n5.1 运营机构对本项目设立专账，投入成本、收入、支出单独核算，接受审计。'), 'plan.accounting').status).toBe('partial');
  });
});

describe('titles where a reader sees them', () => {
  it('passes over a WeChat copy\'s chrome and image placeholders', () => {
    const doc = docFromText(['点击上方蓝字', '关注“某市数据发布”', '市数据局负责人就交通公共数据授权运营答记者问', '原创 某市数据发布 2025年12月03日 18:42', '图片', '近日，市数据局起草了交通领域公共数据授权运营实施方案（征求意见稿）。', '图片', '记者：为什么选在交通领域开展授权运营？', '负责人：交通数据需求大。'].join('\n'));
    expect(doc.title).toBe('市数据局负责人就交通公共数据授权运营答记者问');
  });
  it('takes the title styled as a heading under its issuer\'s line', () => {
    const doc = fromMarkdown(['某市大数据发展管理局', '', '# 某市普惠金融领域公共数据授权运营实施方案', '', '（送审稿）', '', '## 一、基本事项', '', '授权运营名称：某市普惠金融领域公共数据授权运营。'].join('\n'));
    expect(doc.title).toBe('某市普惠金融领域公共数据授权运营实施方案');
  });
});

describe('a PDF page whose table is wider than its text', () => {
  // LibreOffice: 14 pt text to 564 pt; an 11 pt table whose last column reaches 597 pt.
  const line = (text: string, y: number, right = 564, x = 57, size = 14) => ({ text, cells: [text], x, right, y, size });
  it('joins the text\'s full lines, the table\'s edge being no margin of the text', async () => {
    const { pageParagraphs } = await import('../../../main/docs/pdf');
    const items = pageParagraphs(
      [
        line('3.2 首期届满时，乙方最近一次年度评估结果为合格以上，且未发生第 12.2 款所', 538),
        line('列情形的，本协议自动续展二十四个月，各方无需另行签订协议，续展期间适用本', 517, 561),
        line('协议全部条款；续展以一次为限。', 497, 267),
        line('接口响应≤3 秒，结论准确', 160, 597, 467, 11),
        line('司法查控辅助核验', 154, 179, 58, 11),
      ],
      2,
      842,
    );
    expect(items[0].kind === 'text' && items[0].text).toContain('续展期间适用本协议全部条款');
  });
});

describe('UTF-16 without a byte-order mark', () => {
  it('reads a text full of ×, quotes and box rules as text', () => {
    const text = '某某水利公共数据授权运营协议\r\n\r\n协议编号：××××—2026—××\r\n━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━\r\n甲方：××市水利局\r\n乙方：××××数据科技有限公司\r\n双方就“水利数据”授权运营达成如下协议。\r\n';
    const got = decodeTextDetected(Buffer.from(text, 'utf16le'));
    expect(got.encoding).toBe('utf-16le');
    expect(got.text).toBe(text);
  });
});

describe('a plan to build the platform authorised operation will run on is no plan of authorisation', () => {
  it('warns that it is not a plan, by its title or by its own words', () => {
    const body = ['一、建设目标', '建成公共数据授权运营支撑平台，实现原始数据不出域。', '二、建设内容', '（一）数据归集治理子系统。', '（二）隐私计算子系统。', '三、实施步骤', '通过公开招标确定建设单位，运维服务期五年。'];
    const warned = (title: string, extra: string[] = []) =>
      reviewDocument(docFromText([title, ...body, ...extra].join('\n')), bundledRuleset('national'), 'plan').warnings.some((w) => w.includes('建设平台或系统的工作方案'));
    expect(warned('某市公共数据授权运营支撑平台建设工作方案')).toBe(true);
    expect(warned('某市公共数据授权运营工作方案', ['四、与授权运营的衔接', '本方案仅涉及支撑平台的建设和运维，不涉及对任何单位的数据授权。'])).toBe(true);
    expect(warned('某市高标准农田建设管护公共数据授权运营实施方案')).toBe(false);
  });
});

/** Classes read from the forty-second set (sealed at the session's start, opened after the first round). */
describe('the forty-second set\'s classes', () => {
  it('reads a ban that sits between what may restore the data and the verb ("……可逆模型或算法还原的产品不得导出")', () => {
    expect(flagsOf('原始数据及可通过可逆模型或算法还原的产品不得导出；确需使用明细数据的开发，在授权运营域内“可用不可见”。', 'wenzhou', 'plan')).not.toContain('raw_data_export');
    expect(flagsOf('运营机构可以向使用方提供可逆加密的数据。', 'wenzhou', 'plan')).toContain('raw_data_export');
  });
  it('reads who re-develops by who uses the delivered product, not by who delivered it', () => {
    expect(flagsOf('该约定不限制其他市场主体依法利用乙方已交付的产品开展再开发。')).not.toContain('exclusivity');
    expect(flagsOf('乙方的全资子公司可以利用乙方已交付的产品开展再开发。')).toContain('exclusivity');
  });
  it('reads a charge column by its cell whatever the column is called', () => {
    const table = (cell: string) => `# 某场景公共数据授权运营协议\n\n## 第四条 数据产品\n\n| 类别 | 用途举例 | 收费属性 |\n| --- | --- | --- |\n| 公共治理、公益事业类 | 监管决策支撑、应急处置 | ${cell} |\n\n4.2 每项产品应当列明名称。`;
    const flags = (t: string) => reviewDocument(fromMarkdown(t), bundledRuleset('hebei'), 'agreement').flags.map((f) => f.id);
    expect(flags(table('无偿'))).not.toContain('pricing');
    expect(flags(table('按成本收费'))).toContain('pricing');
  });
  it('reads "首期叁年" opening a clause as the grant\'s first term', () => {
    expect(flagsOf('首期叁年，自授权运营协议生效之日起计算；期满时各年度运营成效评价均为合格及以上的，授权自动顺延贰年，无需重新履行遴选程序。', 'guizhou', 'plan')).toContain('term_over_3y');
    expect(flagsOf('经测算，潜在客户包括保险机构等，首期三年累计服务收入预计约1800万元。', 'guizhou', 'plan')).not.toContain('term_over_3y');
  });
  it('takes a report of a signing for news, and a notice printing only its plan\'s title for the notice', () => {
    const warnedOther = (text: string, kind: 'plan' | 'agreement') => reviewDocument(docFromText(text), bundledRuleset('national'), kind).warnings.some((w) => w.includes('看起来不像'));
    expect(warnedOther(['我市签订首份公共数据资源授权运营协议', '8月6日下午，签约仪式在科技城举行。根据协议，该公司将负责全市公共数据资源市场化运营，授权运营期限为5年。', '运营公司不得转让授权。'].join('\n'), 'agreement')).toBe(true);
    const notice = ['某市人民政府办公室关于印发某市公共数据资源授权运营实施方案的通知', '各县、区人民政府：', '《某市公共数据资源授权运营实施方案》已经市政府审议通过，现印发给你们，请认真贯彻落实。', '一、明确分工。市数据局牵头做好运营机构选择、协议签订和评估。', '二、依规推进。运营机构通过公共资源交易中心公平竞争选定，原始数据不出域。', '附件：某市公共数据资源授权运营实施方案', '某市人民政府办公室', '2025年7月15日', '附件', '某市公共数据资源授权运营实施方案', '方案共十一部分：一、总体要求；二、实施机构和授权模式；三、运营机构选择条件。', '抄送：市委各部门。', '某市人民政府办公室　2025年7月15日印发'];
    const r = reviewDocument(docFromText(notice.join('\n')), bundledRuleset('national'), 'plan');
    expect(r.warnings.some((w) => w.includes('未见正文'))).toBe(true);
    expect(r.items.every((i) => i.status === 'missing')).toBe(true);
  });
  it('titles a supplement printed under the agreement it amends, and leaves what it does not say to the original', () => {
    const text = ['某市公交出行公共数据授权运营协议', '补充协议（一）', '甲方：某市数据局', '乙方：某某数据服务有限公司', '鉴于甲乙双方于2024年5月20日签订《某市公交出行公共数据授权运营协议》（以下简称“原协议”），双方就变更事项订立本补充协议。', '第一条 原协议第四条授权运营期限修改为自2024年6月1日起至2026年5月31日止。', '第二条 本补充协议未约定的事项，仍按原协议执行。'].join('\n');
    const doc = docFromText(text);
    expect(doc.title).toBe('某市公交出行公共数据授权运营协议补充协议（一）');
    const r = reviewDocument(doc, bundledRuleset('national'), 'agreement');
    expect(r.flags.map((f) => f.id)).not.toContain('no_destruction');
    expect(r.warnings.some((w) => w.includes('补充（变更）协议'))).toBe(true);
    expect(reviewDocument(docFromText(text.replace('2026年5月31日', '2029年5月31日')), bundledRuleset('national'), 'agreement').flags.map((f) => f.id)).toContain('term_over_3y');
  });
  it('leaves a traditional draft stage printed under the title out of it', () => {
    expect(docFromText(['重慶市城市交通出行領域公共數據資源授權運營實施方案', '（送審稿）', '一、總體要求', '為規範授權運營，制定本方案。'].join('\n')).title).toBe('重慶市城市交通出行領域公共數據資源授權運營實施方案');
  });
  it('reads neither a choosing "按公平、公开方式" as disclosure nor 《市场准入负面清单》 as a negative list of data', () => {
    const agreement = ['某场景公共数据授权运营协议', '第一条 授权范围', '甲方授权乙方运营交通数据。', '第二条 再开发', '乙方可以按照公平、公开方式选择经营主体，对乙方已交付的产品和服务进行再开发。'].join('\n');
    expect(reviewDocument(docFromText(agreement), bundledRuleset('national'), 'agreement').items.find((i) => i.id === 'agr.disclosure')!.status).toBe('missing');
    const plan = ['某市文旅公共数据授权运营实施方案', '一、运营机构选择条件', '1. 中国境内依法设立的法人。', '2. 经营范围不属于《市场准入负面清单（2025年版）》禁止准入事项。', '二、数据范围', '授权数据为景区客流数据。'].join('\n');
    expect(reviewDocument(docFromText(plan), bundledRuleset('guizhou'), 'plan').items.find((i) => i.id === 'plan.gz_negative_list')!.status).toBe('missing');
  });
});

/** Classes read from the lawful bank s30a (sealed at the session's start, opened after the first round). */
describe('the lawful bank s30a\'s classes', () => {
  it('reads 不 heading a phrase whose counterpart is named by a re-development ("不与再开发主体约定排他合作")', () => {
    expect(flagsOf('乙方及其关联方不参与该产品的再开发，不与再开发主体约定排他合作。', 'qinhuangdao')).not.toContain('exclusivity');
  });
  it('reads an item listed under a heading of risks as a risk foreseen, unless it binds someone', () => {
    expect(flagsOf('七、风险识别\n（1）原始数据经可逆算法被还原；（2）经营性产品收费超出政府指导价。防控措施详见本方案第十一部分。', 'qinhuangdao', 'plan')).not.toContain('pricing');
    expect(flagsOf('七、风险识别\n（1）公共治理类产品应当按每年5万元收取服务费。', 'qinhuangdao', 'plan')).toContain('pricing');
  });
  it('reads what can restore the data, kept inside, as kept; handed out, as let out', () => {
    expect(flagsOf('原始数据以及可还原原始数据的中间结果一律留存系统内，不随交付物流转。', 'chongqing', 'plan')).not.toContain('raw_data_export');
    expect(flagsOf('乙方可以对外提供可还原原始数据的中间结果。', 'chongqing', 'plan')).toContain('raw_data_export');
  });
  it('reads a step of a procedure named by whom it is about as no party ("机构选择、机构公示")', () => {
    expect(flagsOf('授权运营机构由省数据主管部门通过公平竞争方式选定，依次履行发布公告、机构选择、机构公示、协议签订程序，依协议取得公共数据加工使用权益。', 'guizhou', 'plan')).not.toContain('sub_authorization');
  });
  it('reads who pays by the payer the clause names', () => {
    expect(flagsOf('需要认证服务的，委托市公共资源交易中心选定，费用按“谁委托、谁付费”由委托方承担。', 'qinhuangdao', 'plan')).not.toContain('pricing');
    expect(flagsOf('公共治理类产品的服务费由使用单位承担。', 'qinhuangdao', 'plan')).toContain('pricing');
    expect(flagsOf('专区运维费用由乙方承担。', 'qinhuangdao', 'plan')).not.toContain('pricing');
  });
});
