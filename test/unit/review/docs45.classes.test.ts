import { describe, expect, it } from 'vitest';
import { reviewDocument } from '../../../shared/review/engine';
import { documentGenre } from '../../../shared/review/genre';
import { readDocument } from '../../../shared/review/sections';
import { buildDocument } from '../../../shared/document/build';
import { bundledRuleset, docFromText } from '../../helpers/reviewCorpus';
import { passageReview } from '../../helpers/passageReview';

/**
 * Classes read in session 31 (reading banks and a reading set written blind at its start): records handed out one
 * person, household or order at a time, whatever they are called; another body running the grant under the operator
 * (in its own name, as a regional operator, by an entrustment agreement, holding the business of what it makes); a first
 * term said as 首期授权N年 and its next phase entered without a new grant; a term that ends only when a party leaves;
 * rules on another matter than authorised operation. Then what opening the forty-fourth set showed: a PDF's running head
 * and a sentence over a page break, a heading style carrying its article's text, a term defined after a comma, a choosing
 * 公开公平, a suggestion reported from a consultation, an interview's title and questions, a notice whose document is
 * elsewhere, a document number over a title. Text written for the test.
 */

const { flagsOf } = passageReview();

describe('records returned for one key, one household or one order are raw data let out', () => {
  it('fires on a query by an identifier that returns that one\'s records', () => {
    expect(flagsOf('第八条 查询接口以船舶识别号为入参，出参为该船舶近五年的全部进出港记录及船东联系电话。')).toContain('raw_data_export');
    expect(flagsOf('第九条 物业企业录入业主身份证号码后，系统返回该业主名下房屋的历次缴费明细。', 'chongqing')).toContain('raw_data_export');
    expect(flagsOf('（三）学业跟踪服务按学籍号输出学生历年体质测试成绩，面向培训机构提供。', 'guizhou', 'plan')).toContain('raw_data_export');
  });
  it('fires on a household\'s curve, an order at a time, or values as read', () => {
    expect(flagsOf('第十条 乙方可向售电公司提供分户逐时用水量曲线，用于需求预测。')).toContain('raw_data_export');
    expect(flagsOf('3.4 外卖配送订单经去除手机号后，以逐单形式向研究机构开放下载。', 'wenzhou', 'plan')).toContain('raw_data_export');
    expect(flagsOf('第十一条 乙方交付的能耗核查报告附表，应当包含各企业逐月燃气表读数原值。')).toContain('raw_data_export');
  });
  it('stays quiet on a result computed for the key, or records kept inside', () => {
    expect(flagsOf('第八条 核验接口以统一社会信用代码为入参，仅返回企业信用评分及评分等级。')).not.toContain('raw_data_export');
    expect(flagsOf('第九条 银行提交借款人身份证号码后，系统只返回“一致/不一致”的核验结果，不返回任何记录。', 'chongqing')).not.toContain('raw_data_export');
    expect(flagsOf('第十条 分户用水量曲线只在运营平台内用于建模，乙方对外仅提供片区汇总的用水指数。')).not.toContain('raw_data_export');
  });
});

describe('another body running the grant under the operator is a transfer of it', () => {
  it('fires on a sub-contracted or regional operator acting in its own name', () => {
    expect(flagsOf('第七条 乙方可按片区确定分包运营单位，分包运营单位以自己名义开展数据产品经营并自行收费。', 'chongqing')).toContain('sub_authorization');
    expect(flagsOf('（五）县域运营商在授权运营空间内完成数据加工，以自身名义通过数据交易平台上架数据产品。', 'guizhou', 'plan')).toContain('sub_authorization');
    expect(flagsOf('第十条 入驻的算法企业调用授权数据开发模型，并以合作伙伴自身名义向医院提供服务。', 'hebei')).toContain('sub_authorization');
  });
  it('fires on a body made an operator, data handed to run, business held, or an entrustment agreement', () => {
    expect(flagsOf('（四）运营机构可以委托其控股子公司作为区域运营主体，负责各县授权数据的调用和产品销售。', 'national', 'plan')).toContain('sub_authorization');
    expect(flagsOf('第六条 乙方可将授权数据资源按行业划分，交由各合作单位分行业运营。')).toContain('sub_authorization');
    expect(flagsOf('第七条 合作商对其加工形成的气象服务产品享有经营权益。')).toContain('sub_authorization');
    expect(flagsOf('第八条 运营机构可与数据商签订委托运营协议，由数据商负责产品定价与销售。', 'hebei')).toContain('sub_authorization');
  });
  it('stays quiet on a user building on delivered products, or a party barred from it', () => {
    expect(flagsOf('第七条 开发利用主体可以对乙方交付的数据产品进行再开发，并以自身名义向其客户销售。')).not.toContain('sub_authorization');
    expect(flagsOf('第八条 合作单位不得以自己名义开展数据产品经营，不享有授权数据的经营权益。')).not.toContain('sub_authorization');
  });
});

describe('a first term said as 首期授权N年, and a term with no end', () => {
  it('adds the next phase entered without a new grant to the first term', () => {
    expect(flagsOf('（二）首期授权三年。首期届满后，运营机构可直接进入二期运营，期限一年，无需重新履行遴选程序。', 'national', 'plan')).toContain('term_over_3y');
  });
  it('fires on a term that ends only when a party leaves or ends it', () => {
    expect(flagsOf('第四条 本协议自双方签字盖章之日起生效，有效期至乙方申请退出或者甲方依法解除之日止。')).toContain('term_over_3y');
  });
  it('stays quiet when the phase needs a new grant, or the longest span is said', () => {
    expect(flagsOf('（二）首期授权三年。首期届满后进入二期运营的，应当重新遴选并签订协议。', 'national', 'plan')).not.toContain('term_over_3y');
    expect(flagsOf('第四条 本协议有效期至乙方退出之日止，最长不超过三年。')).not.toContain('term_over_3y');
  });
});

describe('rules on another matter than authorised operation are not a plan', () => {
  it('says so for a 管理办法 on a platform\'s data that names authorised operation once', () => {
    const lines = ['某市智慧水务平台数据管理办法（试行）', '第一章 总则'];
    for (let i = 1; i <= 14; i++) lines.push(`第${'一二三四五六七八九十'[i % 10]}条 水务平台数据的采集、汇聚和共享应当遵守统一标准，第${i}类数据由市水务局负责管理，按需共享、安全可控。`);
    lines.push('第十五条 涉及公共数据授权运营的，按照省有关规定执行。');
    const g = documentGenre(readDocument(docFromText(lines.join('\n'))));
    expect(g.type).toBe('other');
    expect(g.why).toContain('不是公共数据授权运营的方案或协议');
  });
});

describe('a PDF\'s running head is the page\'s furniture, not the text', () => {
  const page = (n: number, ...texts: string[]) => ({ page: n, chars: 100, items: texts.map((text) => ({ kind: 'text' as const, text, page: n })) });
  it('drops the line over every page after the first, so the sentence across the break reads whole', async () => {
    const { assemblePdf } = await import('../../../main/docs/pdf');
    const head = '某市交通领域公共数据授权运营实施方案';
    const doc = assemblePdf('t.pdf', 4, [
      page(1, head, '一、总体要求', '本方案明确授权运营的范围。'),
      page(2, head, '二、运营机构选择', '运营机构通过公开招标确定，不得以单一来源采购等非竞争方式确定，合格投标人不足三家的依法转为竞争性谈判，并按照省有关规定'),
      page(3, head, '执行。', '三、数据范围', '授权数据为公交刷卡统计数据。'),
      page(4, head, '四、期限', '授权期限为三年。'),
    ]);
    const texts = doc.blocks.map((b) => ('text' in b ? b.text : ''));
    expect(texts.filter((t) => t === head)).toHaveLength(1);
    expect(texts.some((t) => t.endsWith('按照省有关规定执行。'))).toBe(true);
  });
  it('keeps a line that only some pages open with', async () => {
    const { assemblePdf } = await import('../../../main/docs/pdf');
    const doc = assemblePdf('t.pdf', 4, [
      page(1, '某市公共数据授权运营实施方案', '一、总体要求'),
      page(2, '附表', '场景清单'),
      page(3, '二、数据范围', '授权数据为统计数据。'),
      page(4, '附表', '产品清单'),
    ]);
    expect(doc.blocks.filter((b) => 'text' in b && b.text === '附表')).toHaveLength(2);
  });
});

describe('what opening the forty-fourth set showed', () => {
  it('reads a heading style that carries its article\'s text as the heading and its paragraph', () => {
    const doc = buildDocument(
      [
        { kind: 'text', text: '某市公共数据授权运营实施方案', isTitle: true },
        { kind: 'text', text: '六、 组织实施', styledLevel: 1 },
        { kind: 'text', text: '（四） 协议签订与备案。 授权运营协议经审议后签订，签订后五个工作日内由市数据局报市数据主管部门备案，逾期未备案的不得上线产品。', styledLevel: 2 },
      ],
      { format: 'docx', fileName: 't.docx' },
    );
    const heading = doc.blocks.find((b) => b.kind === 'heading' && b.text === '协议签订与备案');
    expect(heading).toBeTruthy();
    expect(doc.blocks.some((b) => b.kind === 'paragraph' && b.text.startsWith('授权运营协议经审议后签订'))).toBe(true);
  });
  it('reads the agreement\'s filing in a long sentence of a plan as its deadline', () => {
    expect(flagsOf('（四）授权运营协议由实施机构按照“三重一大”决策程序集体审议通过后与运营机构正式签订，签订后5个工作日内由实施机构报市数据主管部门备案。\n（五）实施安排。2026年一季度完成方案审议、运营机构选定、协议签订和备案。', 'chongqing', 'plan')).not.toContain('filing_deadline');
  });
  it('reads "X，指……" as a definition that binds no one', () => {
    expect(flagsOf('第一条 4. 开发主体，指乙方通过公开方式选择、对乙方已交付的数据产品进行再开发的市场主体。', 'chongqing')).not.toContain('exclusivity');
  });
  it('takes a choosing 公开、公平的方式 for no disclosure', () => {
    const items = reviewDocument(docFromText('某市公共数据授权运营协议\n第六条 乙方可以通过公开、公平的方式选择经营主体，对其已交付的数据产品和服务进行再开发。'), bundledRuleset('national'), 'agreement').items;
    expect(items.find((i) => i.id === 'agr.disclosure')?.status).toBe('missing');
  });
  it('reads a suggestion reported from a consultation, then not taken, as no rule', () => {
    expect(flagsOf('（二）在征求行业部门意见过程中，有企业建议将全市交通数据一次性整体授权一家企业运营。经研究，本方案不予采纳。', 'hebei', 'plan')).not.toContain('authorization_mode');
  });
  it('finds an interview\'s own title and body under a website\'s wrapper', async () => {
    const { locateBody } = await import('../../../shared/document/preamble');
    const lines = ['某市人民政府', '首页 > 政务公开 > 政策解读', '发布机构：某市数据局', '市数据局负责人就《某市公共数据授权运营实施方案》答记者问', '来源：某市数据局 发布时间：2025-07-17 浏览次数：100',
      '近日，市政府印发《某市公共数据授权运营实施方案》。记者就此采访了市数据局有关负责人，请他介绍有关情况。', '问：为什么要制定《方案》？', '答：我市企业对公共数据需求很大，编制过程中征求了30家单位意见，召开了两场座谈会。',
      '问：运营机构怎么选？', '答：通过公开招标选择，条件包括公信力、技术能力和安全保障能力，近三年无重大违法记录。', '问：期限多长？', '答：授权运营期限一般不超过3年，期满后重新申请。',
      '问：数据安全怎么保障？', '答：原始数据不出域，产品上线前要经过安全审核，发生事件要及时报告。', '上一篇：某政策解读', '网站标识码：1234567890 ICP备12345号'];
    const doc = docFromText(lines.join('\n'));
    const at = locateBody(doc.blocks);
    expect(at.title).toBe('市数据局负责人就《某市公共数据授权运营实施方案》答记者问');
    expect(at.bodyStart).toBeLessThanOrEqual(5);
  });
  it('takes a notice whose document is "全文见附件" for the notice alone, whatever summary it prints', () => {
    const lines = ['某市人民政府办公室关于印发《某市公共数据授权运营实施方案》的通知', '各区县人民政府，市政府各部门：',
      '《某市公共数据授权运营实施方案》已经市政府同意，现印发给你们，请认真组织实施。', '一、压实责任。各部门要明确分管负责同志，按时报送联络员名单。', '二、守牢底线。不得以合作开发等名义向企业提供公共数据。',
      '附件：某市公共数据授权运营实施方案（全文见附件下载）', '某市人民政府办公室', '2025年9月24日', '附：方案要点', '1. 授权期限。方案规定授权运营期限最长不超过三年。', '2. 使用方式。方案明确公共治理、公益事业类产品无偿使用。'];
    const g = documentGenre(readDocument(docFromText(lines.join('\n'))));
    expect(g.type).toBe('other');
  });
  it('leaves a document number on the cover out of the title', async () => {
    const { locateBody } = await import('../../../shared/document/preamble');
    const doc = docFromText(['某数〔2025〕方案第 7 号', '某市文化旅游领域公共数据资源授权', '运营实施方案', '某市数据局', '二〇二五年十一月', '一、总体要求', '本方案明确授权运营范围。'].join('\n'));
    expect(locateBody(doc.blocks).title).toBe('某市文化旅游领域公共数据资源授权运营实施方案');
  });
  it('reads a product table\'s notes beside it, and a product sold at the 政府指导价 as a paid one', () => {
    const text = ['某市交通领域公共数据授权运营实施方案', '6 数据产品和服务', '6.1 产品清单', '拟提供的产品见下表。'].join('\n');
    const doc = docFromText(text);
    const at = doc.blocks.length;
    doc.blocks.push({ kind: 'table', id: `b${at}`, location: { ...doc.blocks[at - 1].location, blockIndex: at }, rows: [['序号', '产品', '价格'], ['1', '道路风险看板', '无偿，供行业管理部门使用'], ['2', '运输业户信用评分接口', '政府指导价']] });
    const flags = reviewDocument(doc, bundledRuleset('guizhou'), 'plan').flags.map((f) => f.id);
    expect(flags).not.toContain('product_categories');
  });
  it('keeps what a supplement names of its original as in the agreement, not what a catch-all leaves', () => {
    const head = ['某市信用场景公共数据授权运营协议之补充协议', '第一条 甲乙双方于2024年签订《某市信用场景公共数据授权运营协议》（以下简称原协议）。原协议第五条约定的运营期限不变。'];
    const named = reviewDocument(docFromText([...head, '第二条 原协议关于授权数据范围、资产权属和数据安全的约定继续适用。'].join('\n')), bundledRuleset('chongqing'), 'agreement').items;
    expect(named.find((i) => i.id === 'agr.assets')?.status).toBe('present');
    expect(named.find((i) => i.id === 'agr.security')?.status).toBe('present');
    const catchAll = reviewDocument(docFromText([...head, '第二条 本补充协议未作约定的，仍按原协议执行。'].join('\n')), bundledRuleset('chongqing'), 'agreement').items;
    expect(catchAll.find((i) => i.id === 'agr.assets')?.status).toBe('missing');
  });
});

describe('what opening the session\'s sealed banks showed (s31, written blind at its start)', () => {
  it('fires on records attached to a result, delivered keeping each one\'s fields, or kept per person and delivered', () => {
    expect(flagsOf('第九条 乙方向银行返回的收入核验结果，应一并附带申请人的纳税明细记录。')).toContain('raw_data_export');
    expect(flagsOf('（四）面向药企的处方分析产品，对患者姓名脱敏后以文件形式批量交付，保留开方日期、药品编码和患者年龄等字段。', 'national', 'plan')).toContain('raw_data_export');
    expect(flagsOf('第十一条 客流数据集保留每名旅客的进出站时间和换乘站点，经甲方审核后可向商业综合体交付。')).toContain('raw_data_export');
  });
  it('fires on the operation subcontracted, handed over whole, or run in the operator\'s name by a partner', () => {
    expect(flagsOf('（三）运营机构可通过分包运营方式引入区县合作伙伴，负责属地数据的开发和服务。', 'national', 'plan')).toContain('sub_authorization');
    expect(flagsOf('第九条 乙方可将停车场景的数据治理、产品开发和市场运营整体交由联合体成员单位承担。')).toContain('sub_authorization');
    expect(flagsOf('第十条 乙方可将该场景的数据产品开发及运营服务分包给具备相应能力的单位。')).toContain('sub_authorization');
    expect(flagsOf('第十一条 合作伙伴可以乙方名义对外签订数据服务合同并收取费用。')).toContain('sub_authorization');
    expect(flagsOf('（二）运营机构可采取授权第三方的方式，由具备相应资质的区域服务商分别在各市开展数据产品开发和服务运营。', 'national', 'plan')).toContain('sub_authorization');
  });
  it('stays quiet on a branch acting in the operator\'s name, a grant that does not pass with the assets, and a scenario\'s upkeep', () => {
    expect(flagsOf('第十二条 乙方在各区县设立的分公司以乙方名义开展数据产品服务，其行为后果由乙方承担。')).not.toContain('sub_authorization');
    expect(flagsOf('第二十条 本协议项下授权不随乙方资产或者股权一并转让。', 'hebei')).not.toContain('sub_authorization');
    expect(flagsOf('第十条 乙方可将停车场景的平台运维服务交由技术服务商承担。')).not.toContain('sub_authorization');
  });
  it('adds renewals "to the next cycle, and so on" to the first term', () => {
    expect(flagsOf('六、授权期限\n首期授权运营期限为三年。首期届满且评估合格的，授权自动顺延至下一周期，依此类推。', 'national', 'plan')).toContain('term_over_3y');
  });
  it('reads a risk the analysis names, an item of a risk list and a sanction on finding it as no rule', () => {
    expect(flagsOf('（三）风险分析已列明“运营机构可能形成事实垄断”，对应措施为期满后重新以公平竞争方式选定运营机构。', 'guizhou', 'plan')).not.toContain('exclusivity');
    expect(flagsOf('十、风险清单第2项\n运营机构凭借先发优势排挤下游开发者、形成独家经营。防控措施：发现排他性安排的，依协议予以终止。', 'national', 'plan')).not.toContain('exclusivity');
  });
  it('reads another scenario\'s operator fixed later as the grantor\'s own choice, and backup media as a thing', () => {
    expect(flagsOf('第二十三条 本协议不妨碍甲方依照法定程序就其他应用场景另行确定运营机构。', 'hebei')).not.toContain('authorization_mode');
    expect(flagsOf('第四十条 乙方应当提交其服务器、备份介质不存有公共数据副本的书面承诺。', 'hebei')).not.toContain('raw_data_export');
  });
});

