import { describe, expect, it } from 'vitest';
import { reviewDocument } from '../../../shared/review/engine';
import { asIs, bundledRuleset, docFromText } from '../../helpers/reviewCorpus';
import { expectQuiet, expectRaised, raises, type RedlineCase } from '../../helpers/redlineCase';

/**
 * The failure classes of the fourth held-out set (issue 10), each on text written for the test, with true negatives:
 * the page's own title above a breadcrumb or a signing date, what a clause hands over (the verb's object, the scope of
 * 不, a list ending in 原始明细数据), prices the operator sets itself and public users paying like everyone else, the
 * two product categories in other words, a Chongqing plan that files the agreement, headings that only seem to name an
 * item, and items said without the rule's words.
 */
const AGR: RedlineCase = { title: '某市交通出行场景公共数据授权运营协议' };
const item = (text: string, id: string, rulesetId = 'hebei', kind: 'plan' | 'agreement' = 'plan') =>
  reviewDocument(docFromText(text, 't.txt'), bundledRuleset(rulesetId), kind).items.find((i) => i.id === id)!;

describe("the page's own title", () => {
  it('a 解读 or a 公示 is titled as itself, not by the breadcrumb above it', () => {
    const reading = docFromText(['某市人民政府 欢迎您！', '首页 > 政务公开 > 政策解读', '发布日期：2026-04-01', '《某市交通领域公共数据授权运营实施方案》政策解读', '一、为什么出台', '正文。', '二、主要内容', '正文。', '三、下步工作', '正文。'].join('\n'));
    expect(reading.title).toBe('《某市交通领域公共数据授权运营实施方案》政策解读');
    const notice = docFromText(['某数据公司', '信息公开 > 价格公示', '关于数据产品价格的公示', '发布时间：2026-05-01', '一、收费产品', '企业画像 1元/次。', '二、公示期', '十日。', '联系人：张先生'].join('\n'));
    expect(notice.title).toBe('关于数据产品价格的公示');
    expect(notice.bodyStart).toBeLessThan(6);
  });
  it('a signing date above the title is not half of it', () => {
    const doc = docFromText(['某市人民政府办公室关于印发某市交通领域公共数据授权运营实施方案的通知', '各区县人民政府：', '现印发给你们，请认真组织实施。', '某市人民政府办公室', '2026年4月2日', '某市交通领域公共数据授权运营实施方案', '一、总体要求', '正文。'].join('\n'));
    expect(doc.title).toBe('某市交通领域公共数据授权运营实施方案');
  });
  it('a notice that carries a plan still is not the title', () => {
    const doc = docFromText(['关于印发《某市交通领域公共数据授权运营实施方案》的通知', '现印发给你们，请认真组织实施。', '某市交通领域公共数据授权运营实施方案', '一、总体要求', '正文。'].join('\n'));
    expect(doc.title).toBe('某市交通领域公共数据授权运营实施方案');
  });
});

describe('what a clause hands over', () => {
  it('raw data given to someone, however the clause is built, fires', () => {
    expectRaised('raw_data_export', [
      '经甲方书面同意，乙方可以向合作银行提供企业名称、经营地址、用电量等原始明细数据。',
      '乙方可向保险机构交付车辆登记、违章记录在内的原始数据。',
      '原始数据经脱敏处理后，乙方可导出用于模型训练。',
      // 不定期, 不同 are no negation: the verb phrase after them still lets the data out.
      '乙方可不定期向合作企业提供原始数据。',
      '乙方可向不同的合作企业提供原始数据。',
    ], AGR);
  });
  it('results leaving, a negated verb phrase, and products called “出域” stay quiet', () => {
    expectQuiet('raw_data_export', [
      '原始数据只在专区内加工，对外只提供统计结果和模型结果。',
      '原始数据仅供平台内调用，对外不提供明细数据下载。',
      '原始数据不出授权运营空间，“出域”的数据产品须经甲方审核。',
      '原始数据留在平台内，乙方对外仅交付经审核的统计数据。',
    ], AGR);
  });
});

describe('prices the operator sets, and public users paying like everyone else', () => {
  it('fires', () => {
    expectRaised('pricing', [
      '数据服务的收费标准由乙方结合运营成本和市场需求自行制定。',
      '政务部门使用数据产品的，按同一标准结算。',
      '区内公立医院、卫生行政部门调用上述产品，按照双方协商的价格结算。',
    ], AGR);
  });
  it('guidance prices and free public use stay quiet', () => {
    expectQuiet('pricing', [
      '收费标准由乙方在政府指导价范围内自行制定。',
      '政务部门使用数据产品的，不收取费用；企业使用的，按政府指导价结算。',
      '乙方按同一标准对全部数据产品进行质量检测。',
    ], AGR);
  });
});

const plan = (products: string[]) =>
  ['某市交通领域公共数据授权运营实施方案', '一、总体要求', '按照依场景授权原则开展。', '二、产品和服务', ...products, '三、保障措施', '加强监督。'].join('\n');
describe('the two product categories in other words', () => {
  it('a list whose products all go to market actors lacks the public category, even with a free-use note', () => {
    const text = plan(['车险定价因子接口，服务保险机构；物流路径规划报告，服务物流企业。', '上述产品均面向市场主体提供；机关单位履职需要使用的，无偿提供。']);
    expect(raises('product_categories', text, { kind: 'plan', doc: asIs })).toBe(true);
  });
  it('公益服务类 and 市场服务类 are the two categories', () => {
    const text = plan(['（一）公益服务类：路网拥堵监测看板，供交通管理部门使用。', '（二）市场服务类：车险定价因子接口，服务保险公司。']);
    expect(raises('product_categories', text, { kind: 'plan', doc: asIs })).toBe(false);
  });
});

describe('a Chongqing plan that files the agreement', () => {
  const cq = (other: string) => ['某区交通领域公共数据授权运营实施方案', '一、总体要求', '依法推进。', '二、数据范围', '停车场备案信息等数据。', '三、其他', other].join('\n');
  it('fires without 5 working days, not with them, and not when the plan is silent on filing', () => {
    expect(raises('filing_deadline', '运营协议签订后，由区数据局报市数据主管部门备案。', { ruleset: 'chongqing', kind: 'plan', doc: cq })).toBe(true);
    expect(raises('filing_deadline', '运营协议签订后5个工作日内，由区数据局报市数据主管部门备案。', { ruleset: 'chongqing', kind: 'plan', doc: cq })).toBe(false);
    expect(raises('filing_deadline', '本方案自印发之日起施行。', { ruleset: 'chongqing', kind: 'plan', doc: cq })).toBe(false);
  });
  // Session 15: a plan's schedule that files "按规定" defers to the rule's 5 working days; a time it states is still read.
  it('a filing deferred to the rules sets no time to be wrong; a late time beside it still fires', () => {
    expect(raises('filing_deadline', '2027年5月：签订授权运营协议并按规定备案。', { ruleset: 'chongqing', kind: 'plan', doc: cq })).toBe(false);
    expect(raises('filing_deadline', '协议签订后，由区数据局依照有关规定报市数据主管部门备案。', { ruleset: 'chongqing', kind: 'plan', doc: cq })).toBe(false);
    expect(raises('filing_deadline', '协议签订后，按规定在15个工作日内报市数据主管部门备案。', { ruleset: 'chongqing', kind: 'plan', doc: cq })).toBe(true);
    expect(raises('filing_deadline', '协议签订后，由区数据局报市数据主管部门备案，具体按要求办理。', { ruleset: 'chongqing', kind: 'plan', doc: cq })).toBe(true);
  });
});

describe('headings that only seem to name an item', () => {
  it('an untitled article named by a passing sentence does not make the item missing', () => {
    const text = ['某市公共数据授权运营协议', '第一条', '甲方授权乙方运营交通、文旅两个领域的数据，授权范围及数据资源目录见附件1。', '第二条', '协议终止后，乙方清除平台中的授权数据及副本。'].join('\n');
    expect(item(text, 'agr.scope', 'hebei', 'agreement').status).not.toBe('missing');
  });
  it('a line of the annex list is not the product section', () => {
    const text = ['某区文旅领域公共数据授权运营实施方案', '一、总体考虑', '依法推进。', '二、拟提供哪些产品', '（一）面向公共治理和公益事业：客流预警看板、景区承载量分析报告。', '（二）面向产业发展和行业发展：商圈客流指数接口、旅游线路画像模型。', '三、其他', '本方案自印发之日起施行。', '附件：1.数据资源目录', '2.公共数据产品和服务清单'].join('\n');
    expect(item(text, 'plan.products', 'chongqing').status).toBe('present');
  });
});

describe('items said without the rule’s words', () => {
  it('question headings and 的 inside a heading name the item', () => {
    const text = ['某市气象领域公共数据授权运营实施方案', '一、为什么要做', '港航企业对精细化预报的需求迫切，年需求规模约2000万元。', '二、运营机构须具备的条件', '注册资本不低于1000万元，管理制度健全，技术团队不少于20人，提供全天候服务，通过安全等级保护测评。', '三、各方的责任', '数据局负责监督，运营机构负责开发。'].join('\n');
    expect(item(text, 'plan.feasibility').status).not.toBe('missing');
    expect(item(text, 'plan.selection').status).toBe('present');
    expect(item(text, 'plan.rights').status).not.toBe('missing');
  });
  it('the mode said as 按应用场景逐一授权, disclosure as 公开清单及价格', () => {
    const p = ['某市交通领域公共数据授权运营实施方案', '一、组织实施', '本场景按照应用场景逐一授权，确定一家运营机构。', '二、其他', '正文。'].join('\n');
    expect(item(p, 'plan.mode').status).not.toBe('missing');
    const a = ['某市公共数据授权运营协议', '第一条 授权范围', '范围见目录。', '第二条 运营要求', '乙方应当在门户网站持续公开数据产品和服务清单及价格。'].join('\n');
    expect(item(a, 'agr.disclosure', 'hebei', 'agreement').status).not.toBe('missing');
    const silent = ['某市公共数据授权运营协议', '第一条 授权范围', '范围见目录。', '第二条 运营要求', '乙方通过公开招标选定合作单位。'].join('\n');
    expect(item(silent, 'agr.disclosure', 'hebei', 'agreement').status).toBe('missing');
  });
  it('an organ named 市场监督管理局 says nothing about supervision', () => {
    const text = ['某市企业信用场景公共数据授权运营实施方案', '某市数据和政务服务局 某市市场监督管理局', '一、总体要求', '依场景授权。', '二、数据范围', '企业登记数据，由市场监督管理局提供。'].join('\n');
    expect(item(text, 'plan.supervision').status).toBe('missing');
    // Nor does a product named after the matter: "企业信用评价模型" is a thing built, not an evaluation of the operator.
    const product = text + '\n三、怎么运营\n建设：在平台内建设企业信用评价模型和核验接口。';
    expect(item(product, 'plan.supervision').status).toBe('missing');
    const real = text + '\n三、监督管理\n市数据局会同市场监督管理局开展监督检查，每年评估一次。';
    expect(item(real, 'plan.supervision').status).toBe('present');
  });
});

describe('a text about a plan gets no red lines', () => {
  it('a 解读 restating a plan, and a price 公示 reviewed as an agreement: warned first, nothing raised', () => {
    const reading = ['某市交通出行场景公共数据授权运营实施方案政策解读', '一、为什么出台《方案》', '为释放交通数据价值。', '二、《方案》主要内容', '《方案》明确授权运营期限为五年，运营机构经同意可以向合作银行提供原始数据。', '三、下步工作', '抓好落实。'].join('\n');
    const r = reviewDocument(docFromText(reading, 't.txt'), bundledRuleset('hebei'), 'plan');
    expect(r.warnings.join('')).toContain('红线不作判断');
    expect(r.flags).toEqual([]);
    const prices = ['关于数据产品收费标准的公示', '一、收费产品', '企业信用评分接口，0.8元/次。', '二、公示期限', '公示期为十日。', '三、意见反馈', '请向我公司反映。'].join('\n');
    const p = reviewDocument(docFromText(prices, 't.txt'), bundledRuleset('chongqing'), 'agreement');
    expect(p.warnings.join('')).toContain('看起来不像授权运营协议');
    expect(p.flags).toEqual([]);
  });
  it('the plan itself with the same words still raises them', () => {
    const plan = ['某市交通出行场景公共数据授权运营实施方案', '一、总体要求', '依场景授权。', '二、运营期限', '授权运营期限为五年。', '三、数据安全', '经实施机构同意，运营机构可以向合作银行提供原始数据。'].join('\n');
    const f = reviewDocument(docFromText(plan, 't.txt'), bundledRuleset('hebei'), 'plan').flags.map((x) => x.id);
    expect(f).toContain('term_over_3y');
    expect(f).toContain('raw_data_export');
  });
});

