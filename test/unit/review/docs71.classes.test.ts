import { describe, expect, it } from 'vitest';
import { reviewDocument } from '../../../shared/review/engine';
import { passageReview } from '../../helpers/passageReview';
import { bundledRuleset, docFromText } from '../../helpers/reviewCorpus';

/**
 * Classes read in session 44 from the seventy-first blind set and the s44/s44a banks, after they were measured sealed on
 * the starting engine (4670d2fa), and from the terms a text defines and then uses in another clause (the largest group of
 * earlier banks' marked failures): users defined to include public bodies, re-development defined as an act, a scenario
 * defined open. Each case has a lawful twin where one can be written. Text written for the test.
 */
const { flagsOf, cited, exitCited: exit } = passageReview();

describe('the document inside the page', () => {
  it('an explainer titled with a bar before the plan’s quoted name is no plan', () => {
    const doc = docFromText(['政策解读丨《某市牡蛎养殖产业公共数据授权运营实施方案》', '原创 某市数据 2025年10月28日 18:05', '', '近日，《某市牡蛎养殖产业公共数据授权运营实施方案》经市政府常务会议审议通过。小编梳理了要点。', '一、为什么要制定《方案》？', '牡蛎养殖户对水质、气象信息的需求越来越迫切。'].join('\n'));
    expect(reviewDocument(doc, bundledRuleset('qinhuangdao'), 'plan').unlike).toMatch(/看起来不像/);
  });
});

describe('terms defined in one clause and used in another', () => {
  it('users defined as a list naming state organs, then all charged by the price table', () => {
    expect(flagsOf('1.10 “数据使用方”：指向乙方申请使用数据产品和服务的国家机关、事业单位、企业和其他组织。\n第二十四条 数据使用方使用数据产品和服务的，应当按照附件5《产品服务价格表》向乙方支付服务费。', 'chongqing')).toContain('pricing');
  });
  it('twin: users defined as businesses only', () => {
    expect(flagsOf('1.10 “数据使用方”：指向乙方申请使用数据产品和服务的企业和其他经营主体。\n第二十四条 数据使用方使用数据产品和服务的，应当按照附件5《产品服务价格表》向乙方支付服务费。', 'chongqing')).not.toContain('pricing');
  });
  it('re-development defined as an act on delivered products, then the operator’s right', () => {
    expect(flagsOf('1.11 “深度开发”：指在乙方已交付的数据产品基础上，融合其他数据形成新的数据产品的活动。\n第十六条 乙方有权自行开展深度开发。', 'chongqing')).toContain('exclusivity');
  });
  it('twin: the defined act left to market players, the operator barred', () => {
    expect(flagsOf('1.11 “深度开发”：指在乙方已交付的数据产品基础上，融合其他数据形成新的数据产品的活动。\n第十六条 鼓励经营主体依法开展深度开发，乙方不得参与深度开发。', 'chongqing')).not.toContain('exclusivity');
  });
  it('a scenario defined with a catch-all no grant of its own gates, then granted as the term', () => {
    expect(flagsOf('1.3 “授权场景”：指本协议附件1所列应用场景，以及授权期内甲方根据工作需要确定的其他应用场景。\n第三条 甲方授权乙方在授权场景范围内开展运营。', 'hebei')).toContain('authorization_mode');
  });
  it('twin: the catch-all granted each on its own agreement', () => {
    expect(flagsOf('1.3 “授权场景”：指本协议附件1所列应用场景，以及经甲方审核同意并另行签订协议的其他应用场景。\n第三条 甲方授权乙方在授权场景范围内开展运营。', 'hebei')).not.toContain('authorization_mode');
  });
  it('the plain scenario defined as every data activity, under one scenario one grant', () => {
    expect(flagsOf('（五）授权运营模式\n本方案按照“一场景一授权”原则实施。本方案所称应用场景，是指以全市公共数据资源为基础开展的各类数据开发利用活动。', 'hebei', 'plan')).toContain('authorization_mode');
  });
  it('twin: the plain scenario defined as one business', () => {
    expect(flagsOf('（五）授权运营模式\n本方案按照“一场景一授权”原则实施。本方案所称应用场景，是指港口集装箱通关时效分析业务。', 'hebei', 'plan')).not.toContain('authorization_mode');
  });
});

describe('authorization mode', () => {
  it('scenarios counted, then one selection and one agreement for all', () => {
    expect(flagsOf('（一）授权运营名称\n上述三个场景通过一次遴选确定一家运营机构统一承担，签订一份授权运营协议。', 'qinhuangdao', 'plan')).toContain('authorization_mode');
  });
  it('twin: each scenario selected and signed on its own', () => {
    expect(flagsOf('（一）授权运营名称\n上述三个场景分别组织遴选，可以由同一运营机构承担，分别签订授权运营协议。', 'qinhuangdao', 'plan')).not.toContain('authorization_mode');
  });
  it('another province’s practice told from experience is background', () => {
    expect(flagsOf('（三）必要性论证\n从外省实践看，贵州省采取整体授权为主、分领域授权为辅的模式。本市采取依场景授权模式。', 'hebei', 'plan')).not.toContain('authorization_mode');
  });
});

describe('exclusivity', () => {
  it('others’ use of the granted data left to the operator’s consent', () => {
    expect(flagsOf('16.2 其他场景的运营机构需要使用本协议授权范围内数据资源的，甲方应当事先征得乙方书面同意。', 'hebei')).toContain('exclusivity');
  });
  it('the operator’s own products shown first, and rivals’ like products let in on its leave', () => {
    expect(flagsOf('第三十条 平台检索结果中，乙方自营的数据产品优先展示。', 'national')).toContain('exclusivity');
    expect(flagsOf('第三十条 经营主体上架与乙方自营产品功能相同的产品，应当经乙方评估同意。', 'national')).toContain('exclusivity');
  });
  it('twin: every product ranked by one rule', () => {
    expect(flagsOf('第三十条 平台检索结果按照统一规则排序，乙方自营的数据产品与经营主体的产品同等展示。', 'national')).not.toContain('exclusivity');
  });
  it('the incumbent chosen first at the reselection', () => {
    expect(flagsOf('（十二）运营期满的，实施机构重新组织遴选；原运营机构评估结果为优秀的，在重新遴选中同等条件下优先确定为运营机构。', 'qinhuangdao', 'plan')).toContain('exclusivity');
  });
  it('twin: the reselection open to all alike', () => {
    expect(flagsOf('（十二）运营期满的，实施机构重新组织遴选，原运营机构可以与其他申请人平等参与。', 'qinhuangdao', 'plan')).not.toContain('exclusivity');
  });
  it('like data kept off the open catalogue for the operator', () => {
    expect(flagsOf('第十七条 本协议有效期内，甲方不将与乙方已上线数据产品同类的数据资源列入公共数据开放目录。', 'wenzhou')).toContain('exclusivity');
  });
  it('twin: personal data kept off the open catalogue', () => {
    expect(flagsOf('第十七条 甲方不将涉及个人隐私的数据资源列入公共数据开放目录。', 'wenzhou')).not.toContain('exclusivity');
  });
  it('the market’s platforms phased out onto the operator’s', () => {
    expect(flagsOf('4. 实施进度。第三阶段：推动全市已有的各类社会化数据服务平台有序退出，相关数据服务统一迁移至运营机构平台提供。', 'hebei', 'plan')).toContain('exclusivity');
  });
  it('the operator’s subsidiary re-developing once it meets a developer’s conditions', () => {
    expect(flagsOf('（九）3. 运营机构的控股子公司符合经营主体条件的，可以与其他经营主体平等参与本方案所列数据产品的再开发。', 'chongqing', 'plan')).toContain('exclusivity');
  });
  it('lawful: the grant says it bars no other grant', () => {
    expect(flagsOf('第十一条 本协议项下的授权不排斥甲方在其他场景授权其他运营机构。', 'hebei')).not.toContain('exclusivity');
  });
  it('lawful: the operator forbidden to make the holders stop sharing', () => {
    expect(flagsOf('第十六条 乙方不得要求数源单位停止向其他主体共享、开放数据。', 'wenzhou')).not.toContain('exclusivity');
  });
});

describe('pricing', () => {
  it('a price based on the market’s trading average, set by the operator within a band', () => {
    expect(flagsOf('第十八条 乙方提供的数据产品，以数据交易所同类产品上一季度成交均价为基准价，乙方可以在基准价上下20%范围内确定具体价格。', 'guizhou')).toContain('pricing');
  });
  it('a trial period priced by the market before the guided price', () => {
    expect(flagsOf('（九）产业发展类数据产品在试运营期间实行市场调节价，试运营期满后执行政府指导价。', 'qinhuangdao', 'plan')).toContain('pricing');
  });
  it('twin: the guided price from the launch', () => {
    expect(flagsOf('（九）产业发展类数据产品自上线之日起执行政府指导价。', 'qinhuangdao', 'plan')).not.toContain('pricing');
  });
  it('a bundle taken out of the guided price', () => {
    expect(flagsOf('（七）3. 数据产品与合作伙伴服务组合形成的整体解决方案，价格由运营机构自主确定，不再单独执行数据产品指导价格。', 'chongqing', 'plan')).toContain('pricing');
  });
  it('lawful: processing the grantor commissions by tender and pays for', () => {
    expect(flagsOf('（四）数据治理安排\n公共数据的清洗和初加工，由实施机构按照“谁委托、谁付费”原则，委托市公共资源交易中心通过公开招标方式选定符合条件的机构承担，费用由实施机构支付。', 'hebei', 'plan')).not.toContain('pricing');
  });
  it('lawful: charging named among the matters inspected', () => {
    expect(flagsOf('十、监督管理\n市农业农村局建立日常监督机制，对数据使用、产品出域、收费执行等开展抽查。', 'guizhou', 'plan')).not.toContain('pricing');
  });
});

describe('product categories', () => {
  it('the public category’s item deferred to later study', () => {
    expect(cited('（八）拟提供的公共数据产品和服务清单\n1. 产业发展类：港口物流通关时效分析、企业融资信用评价。\n2. 公共治理和公益事业类：根据各部门提出的需求，由实施机构会同运营机构另行研究确定。', 'product_categories', 'qinhuangdao', 'plan')).toBe(true);
  });
  it('twin: both categories listed', () => {
    expect(cited('（八）拟提供的公共数据产品和服务清单\n1. 产业发展类：港口物流通关时效分析、企业融资信用评价。\n2. 公共治理和公益事业类：港口安全风险监测一张图，免费向海事部门提供。', 'product_categories', 'qinhuangdao', 'plan')).toBe(false);
  });
});

describe('raw data', () => {
  it('records counted by their rows, handed to a user’s environment', () => {
    expect(flagsOf('第二十六条 乙方可以从运营系统中抽取不超过一万条授权数据，交由数据使用方在其测试环境中使用。', 'chongqing')).toContain('raw_data_export');
  });
  it('twin: calls counted, through an interface', () => {
    expect(flagsOf('第二十六条 乙方向数据使用方提供查询接口，每日调用不超过一万条数据。', 'chongqing')).not.toContain('raw_data_export');
  });
});

describe('transfer of the grant', () => {
  it('members taken into the consortium after its selection run parts of the operation', () => {
    expect(flagsOf('（四）5. 本次遴选接受联合体参与。联合体中选后，牵头方可以根据运营需要吸收具备相应能力的企业加入联合体，新加入成员按照联合体协议分工承担相应的数据加工和产品运营任务，并报实施机构备案。', 'hebei', 'plan')).toContain('sub_authorization');
  });
  it('a product’s development, marketing and customer service subcontracted', () => {
    expect(flagsOf('19.2 乙方可以将数据产品的开发、市场推广和客户服务分包给具备相应能力的合作单位。', 'national')).toContain('sub_authorization');
  });
  it('twin: the platform’s upkeep subcontracted', () => {
    expect(flagsOf('19.2 乙方可以将运营平台的运行维护分包给具备相应能力的合作单位。', 'national')).not.toContain('sub_authorization');
  });
  it('a zone’s processing, development and operation handed at once to a partner', () => {
    expect(flagsOf('（三）3. 授权运营机构可以将产业数据专区的数据加工、产品开发和日常运营一并交由其合作企业承担。', 'guizhou', 'plan')).toContain('sub_authorization');
  });
  it('regional providers the operator chooses, processing the data and delivering products', () => {
    expect(flagsOf('（六）授权运营机构可以在各市（州）择优确定区域运营服务商，由区域运营服务商在授权运营空间内开设区域子空间，负责本地数据的初级加工，并向当地开发利用机构交付数据产品和服务。', 'guizhou', 'plan')).toContain('sub_authorization');
  });
});

describe('term', () => {
  it('a build phase stated by its length before a term counted from the launch', () => {
    expect(flagsOf('（七）1. 授权运营期限为3年，自运营平台通过竣工验收并正式上线运行之日起计算。运营平台建设周期为12个月。', 'hebei', 'plan')).toContain('term_over_3y');
  });
  it('twin: the build phase counted in the term', () => {
    expect(flagsOf('（七）1. 授权运营期限为3年，自运营平台通过竣工验收并正式上线运行之日起计算。运营平台建设周期为12个月，建设期计入授权运营期限。', 'hebei', 'plan')).not.toContain('term_over_3y');
  });
  it('each batch of products run three years from its own launch', () => {
    expect(flagsOf('（五）1. 本次授权运营期限为三年。数据产品分批次发布，各批次产品的运营期限分别自其上线之日起计算三年。', 'chongqing', 'plan')).toContain('term_over_3y');
  });
  it('twin: each batch run to the grant’s end at most', () => {
    expect(flagsOf('（五）1. 本次授权运营期限为三年。数据产品分批次发布，各批次产品的运营期限分别自其上线之日起计算三年，但不超过本方案授权运营期限。', 'chongqing', 'plan')).not.toContain('term_over_3y');
  });
  const schedule = (last: string) => `（五）实施进度\n授权运营按照以下进度推进：\n| 阶段 | 时间安排 | 主要任务 |\n| 启动准备 | 2025年10月—2025年12月 | 运营机构遴选、协议签订 |\n| 首批运营 | 2026年1月—2027年6月 | 上线首批数据产品 |\n| 全面运营 | 2027年7月—${last} | 扩大应用范围 |`;
  it('operating stages scheduled over more than three years', () => {
    expect(flagsOf(schedule('2029年9月'), 'national', 'plan')).toContain('term_over_3y');
  });
  it('twin: operating stages within three years', () => {
    expect(flagsOf(schedule('2028年9月'), 'national', 'plan')).not.toContain('term_over_3y');
  });
});

describe('filing', () => {
  it('five working days from an effect that waits for a deposit', () => {
    expect(cited('第四十三条 本协议经双方签字盖章，且乙方缴纳履约保证金后生效；乙方应当在协议签订后三十日内缴纳履约保证金。甲方应当在本协议生效之日起5个工作日内报市数据主管部门备案。', 'filing_deadline', 'chongqing')).toBe(true);
  });
  it('twin: effect on the signing', () => {
    expect(flagsOf('第四十三条 本协议自双方签字盖章之日起生效。甲方应当在本协议生效之日起5个工作日内报市数据主管部门备案。', 'chongqing')).not.toContain('filing_deadline');
  });
  it('a filing relayed into the city’s annual report', () => {
    expect(cited('（十三）3. 授权运营协议签订后10个工作日内，县局将协议报市局，由市局纳入年度授权运营情况报告报省数据和政务服务局备案。', 'filing_deadline', 'hebei', 'plan')).toBe(true);
  });
});

describe('exit', () => {
  it('a database built from the granted data kept by the operator after the end', () => {
    expect(exit('第三十三条 乙方对授权数据进行清洗、关联后形成的标准化数据库，本协议终止后归乙方所有并由乙方继续保存。', 'qinhuangdao')).toBe(true);
  });
  it('twin: the database destroyed with the data', () => {
    expect(exit('第三十三条 本协议终止后，乙方应当以不可逆方式销毁授权数据及其副本和标准化数据库，网络日志留存不少于6个月。', 'qinhuangdao')).toBe(false);
  });
  it('records referred back and kept a while are the data named before, not logs', () => {
    expect(exit('第六条 甲方同意乙方将闸机入园记录拷贝至乙方机房。上述记录在乙方机房保存不超过90天。\n第十三条 协议终止后，乙方以不可逆方式销毁授权数据及其全部副本，网络日志留存不少于6个月。', 'hebei')).toBe(false);
  });
  it('twin: logs kept ninety days', () => {
    expect(exit('第十三条 协议终止后，乙方以不可逆方式销毁授权数据及其全部副本，操作日志保存90天。', 'hebei')).toBe(true);
  });
});
