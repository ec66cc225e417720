import { describe, expect, it } from 'vitest';
import { passageReview } from '../../helpers/passageReview';
import { docFromText } from '../../helpers/reviewCorpus';

/**
 * Classes read in session 43 from the sixty-eighth blind set and the s43/s43a banks, after they were measured sealed on
 * the starting engine (989e7f18): image captions in a WeChat copy; an explainer's title; a past project's years; an
 * incident that did not happen; a report that lists charging among its matters; a Hebei plan silent on the mode; the
 * operator put first for new scenarios; new scenarios of its own, ungranted; a service handed to another to run; the
 * operation run by another in its own name, or its whole chain of work; stages dated by months; a rise pointed back at
 * the guided ceiling; the operator setting the price by a formula; a product made the market's designated source; the
 * incumbent favoured at reselection; a merger denied; others' practice told. Each case has a lawful twin where one can
 * be written. Text written for the test.
 */
const { review, flagsOf, statusOf } = passageReview();

describe('the document inside the page', () => {
  const wechat = (headline: string, caption: string, title: string) =>
    docFromText([headline, '', '原创 某某数据 某某数据 2025年10月9日 17:20 重庆', '', '点击蓝字 关注我们', '', '图片', caption, '', title, '', '为推动……，制定本方案。', '一、授权运营名称', '本次授权运营名称为“某区某场景公共数据授权运营”。'].join('\n'));
  it('an image’s caption above the title is no words of it', () => {
    const doc = wechat('【权威发布】某区某场景实施方案印发', '▲起飞场一角 摄影：王××', '某区低空运动公共数据资源授权运营实施方案');
    expect(doc.title).toBe('某区低空运动公共数据资源授权运营实施方案');
  });
  it('a caption that names a plan is no title', () => {
    const doc = docFromText(['政策解读｜某区蓝莓产业公共数据授权运营实施方案五问五答', '', '原创 某区数据局 2025年11月2日 河北', '', '图片', '▲方案专班研究修改意见', '', '问一：为什么要开展授权运营？', '答：……蓝莓种植面积约2万亩，数据分散在各部门。'].join('\n'));
    expect(doc.title).toBe('政策解读｜某区蓝莓产业公共数据授权运营实施方案五问五答');
  });
  it('an explainer’s title does not give the plan’s name', () => {
    const text = ['政策解读｜某区蓝莓产业公共数据授权运营实施方案五问五答', '问一：为什么要开展授权运营？', '答：蓝莓种植面积约2万亩，数据分散在各部门，通过授权运营把数据用起来。'].join('\n');
    expect(review(text, 'hebei', 'plan', '').items.find((i) => i.id === 'plan.name')?.status).toBe('missing');
  });
  it('twin: a plan’s own title gives its name', () => {
    expect(statusOf('一、总体要求\n为推动数据开发利用，制定本方案。', 'plan.name', 'hebei')).toBe('present');
  });
});

describe('term', () => {
  it('a past project’s years are not the term', () => {
    expect(flagsOf('（三）数据基础\n2018—2023年我区实施智慧果园监测项目期间积累的物候数据，经核实后作为历史数据纳入。', 'national', 'plan')).not.toContain('term_over_3y');
  });
  it('twin: a grant held through a five-year span', () => {
    expect(flagsOf('在2025年1月1日至2029年12月31日期间，乙方享有本场景公共数据的授权运营权。', 'national')).toContain('term_over_3y');
  });
  it('an extension earned by no incident is still automatic', () => {
    expect(flagsOf('授权运营期限为3年。期满时，运营机构评价结果均为合格以上，且期内未发生数据安全事故的，授权运营期限自动延长1年。', 'national', 'plan')).toContain('term_over_3y');
  });
  it('twin: an incident that happens sets a duty, no term', () => {
    expect(flagsOf('授权运营期限为3年。运营期内发生数据安全事故的，运营机构应当立即报告，甲方可以自动暂停其调用权限1个月。', 'national', 'plan')).not.toContain('term_over_3y');
  });
  it('a term counted from the launch, after a build phase from the signing', () => {
    expect(flagsOf('（五）1. 授权运营期限为3年，自运营平台正式上线之日起计算。协议签订后即进入建设期，建设期不超过6个月。', 'chongqing', 'plan')).toContain('term_over_3y');
  });
  it('twin: the build phase counted inside the term', () => {
    expect(flagsOf('（五）1. 授权运营期限为3年，自运营平台正式上线之日起计算。协议签订后即进入建设期，建设期不超过6个月，建设期计入授权运营期限。', 'chongqing', 'plan')).not.toContain('term_over_3y');
  });
  it('stages dated by months that run past three years', () => {
    const text = ['（六）授权运营期限和实施进度', '授权运营期限按以下三个阶段安排：', '1. 部署阶段（2025年11月—2026年4月）：完成平台部署；', '2. 运营阶段（2026年5月—2028年4月）：开展产品运营；', '3. 深化阶段（2028年5月—2029年2月）：开展总体评估。'].join('\n');
    expect(flagsOf(text, 'qinhuangdao', 'plan')).toContain('term_over_3y');
  });
  it('twin: stages dated by months within three years', () => {
    const text = ['（六）授权运营期限和实施进度', '授权运营期限按以下三个阶段安排：', '1. 部署阶段（2025年11月—2026年4月）：完成平台部署；', '2. 运营阶段（2026年5月—2028年10月）：开展产品运营。'].join('\n');
    expect(flagsOf(text, 'qinhuangdao', 'plan')).not.toContain('term_over_3y');
  });
});

describe('pricing', () => {
  it('a report that lists charging among its matters charges no one', () => {
    expect(flagsOf('（一）监督管理\n区数据局会同区农业农村局开展日常监督，运营机构每季度报送运营情况，内容包括数据调用、收费和投诉处理情况。', 'hebei', 'plan')).not.toContain('pricing');
  });
  it('twin: the same bodies charged', () => {
    expect(flagsOf('区农业农村局使用监测产品的，运营机构按每年3万元收费。', 'hebei', 'plan')).toContain('pricing');
  });
  it('a rise pointed back at the guided ceiling', () => {
    expect(flagsOf('8.2 收费标准按附表二执行。附表二所列金额为价格主管部门核定的政府指导价上限，乙方可以根据数据更新频次、接口并发要求在此基础上上浮，上浮幅度不超过30%。', 'national')).toContain('pricing');
  });
  it('twin: a fall under it', () => {
    expect(flagsOf('8.2 收费标准按附表二执行。附表二所列金额为价格主管部门核定的政府指导价上限，乙方可以根据数据更新频次在此基础上下浮。', 'national')).not.toContain('pricing');
  });
  it('the operator setting the price by its own formula', () => {
    expect(flagsOf('第二十条 用于产业发展的数据产品，由乙方按照开发成本加成25%的方式确定价格，报甲方备案后执行。', 'hebei')).toContain('pricing');
  });
  it('twin: the operator applying the authority’s price', () => {
    expect(flagsOf('第二十条 用于产业发展的数据产品，由乙方按照价格主管部门核定的政府指导价确定具体价格。', 'hebei')).not.toContain('pricing');
  });
});

describe('exclusivity', () => {
  it('the operator put first for new scenarios', () => {
    expect(flagsOf('3. 授权期内我市新增米粉物流相关应用场景的，在同等条件下由本期运营机构优先承接开发运营。', 'national', 'plan')).toContain('exclusivity');
  });
  it('twin: new scenarios competed for anew', () => {
    expect(flagsOf('3. 授权期内新增应用场景的，由实施机构另行组织遴选，本期运营机构可以参与竞争。', 'national', 'plan')).not.toContain('exclusivity');
  });
  it('new scenarios of its own, ungranted, shut no one out (the mode’s matter)', () => {
    const s = '授权期内出现的新应用场景，由运营机构提出开发计划，报区数据局同意后实施，不再另行组织授权。';
    expect(flagsOf(s, 'national', 'plan')).not.toContain('exclusivity');
    expect(flagsOf(s, 'hebei', 'plan')).toContain('authorization_mode');
  });
  it('the incumbent favoured when the grant is competed again', () => {
    expect(flagsOf('第三十条 本协议期满后，甲方就本场景重新选定运营机构的，乙方历年评估结果均为合格以上的，在同等条件下享有优先续约权。', 'hebei')).toContain('exclusivity');
  });
  it('a product made the market’s designated source', () => {
    expect(flagsOf('3. 企业信用评价服务。授权期内，该产品作为本市银行开展授信审查的指定数据来源。', 'qinhuangdao', 'plan')).toContain('exclusivity');
  });
  it('twin: the public platform as the designated source of government data', () => {
    expect(flagsOf('市公共数据平台作为全市政务数据的指定数据来源。', 'qinhuangdao', 'plan')).not.toContain('exclusivity');
  });
});

describe('transfer', () => {
  it('a service handed to another company to run', () => {
    expect(flagsOf('第六条（四）乙方可以将冷库调度服务交由某县冷链物流有限公司负责日常运营，收入按七比三分成。', 'hebei')).toContain('sub_authorization');
  });
  it('twin: an evaluation entrusted to a third party', () => {
    expect(flagsOf('区数据局每年委托第三方机构开展运营成效评估，评估结果向社会公开。', 'hebei', 'plan')).not.toContain('sub_authorization');
  });
  it('the operation run by another in its own name', () => {
    expect(flagsOf('第九条 项目公司设立后，平台的日常运营和对外服务由项目公司以自己的名义实施。', 'hebei')).toContain('sub_authorization');
  });
  it('twin: run by the operator in its own name', () => {
    expect(flagsOf('第九条 平台的日常运营和对外服务由乙方以自己的名义实施。', 'hebei')).not.toContain('sub_authorization');
  });
  it('the whole chain of work, processing to sales, given to a service provider', () => {
    expect(flagsOf('17.1 乙方可以引入运营服务商，由运营服务商负责授权数据的清洗加工、产品开发及面向数据使用方的销售服务。', 'chongqing')).toContain('sub_authorization');
  });
  it('twin: the grantor entrusting processing alone', () => {
    expect(flagsOf('甲方委托专业机构负责授权数据的清洗加工。', 'hebei')).not.toContain('sub_authorization');
  });
  it('a party named by its role acting in the operator’s name', () => {
    expect(flagsOf('第十三条 区域运营中心可以交由当地企业承建，承运企业在所辖区域内以乙方名义开展产品销售。', 'national')).toContain('sub_authorization');
  });
});

describe('authorization mode', () => {
  it('a Hebei plan silent on the mode lacks the item, and raises no red line', () => {
    const r = review('一、总体要求\n本方案由市数据局组织实施。\n二、运营机构选择\n通过公开招标选定运营机构。', 'hebei', 'plan', '某市农机作业公共数据授权运营实施方案');
    expect(r.flags.map((f) => f.id)).not.toContain('authorization_mode');
    expect(r.items.find((i) => i.id === 'plan.mode')?.status).toBe('missing');
  });
  it('twin: an agreement granting with no scenario at all', () => {
    const r = review('第一条 甲方授权乙方运营本市农业农村公共数据。', 'hebei', 'agreement', '某市公共数据授权运营协议');
    expect(r.flags.map((f) => f.id)).toContain('authorization_mode');
  });
  it('a merger denied, its clause after a contrast', () => {
    expect(flagsOf('（五）授权运营模式。所需数据涉及交通、港口等多个部门，但均服务于同一场景，不与其他场景合并授权。', 'hebei', 'plan')).not.toContain('authorization_mode');
  });
  it('twin: scenarios merged', () => {
    expect(flagsOf('（五）授权运营模式。将港口物流、文旅消费两个应用场景合并授权给同一运营机构。', 'hebei', 'plan')).toContain('authorization_mode');
  });
  it('others’ practice told after an ellipsis', () => {
    expect(flagsOf('（一）必要性\n……从外地实践看，有的城市以整体授权方式由一家机构统一运营全域数据。本市采取依场景授权。', 'hebei', 'plan')).not.toContain('authorization_mode');
  });
});
