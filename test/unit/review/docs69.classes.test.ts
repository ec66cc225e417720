import { describe, expect, it } from 'vitest';
import { passageReview, type PassageKind } from '../../helpers/passageReview';
import { docFromText } from '../../helpers/reviewCorpus';

/**
 * Classes read in session 43 from the sixty-ninth blind set and the s43b/s43c banks, after they were measured sealed on
 * the first round's engine (cd763b05) and on the starting engine: a WeChat account's name above its headline; a
 * feedback report's title; a product's development and operation handed on; a chosen partner running products; a
 * partner calling the data and publishing products; copies handed on, left to internal rules, frozen or used on after
 * the end; market players as a clause's subject; a utility's concession; a first refusal; public buyers buying first;
 * the operator's own products pinned on top; a verb naming the course of an act; a payer named at length; public uses
 * served by other means, or deferred; scenarios merged into one, or tabled together; named provinces' practice; a
 * product's period past the grant's end; a term run to a stage's end. Each case has a lawful twin where one can be
 * written. Text written for the test.
 */
const { flagsOf, cited, exitCited } = passageReview();

describe('the document inside the page', () => {
  it('the account’s name above a WeChat headline is no word of the title', () => {
    const doc = docFromText(['某市数据和政务服务', '', '智慧农业公共数据授权运营实施方案征求意见情况反馈', '', '原创 市数据局 某市数据和政务服务 2025年11月2日 18:06 河北', '', '图片', '', '2025年10月，市数据局就方案向社会公开征求意见，共收到意见建议20条。'].join('\n'));
    expect(doc.title).toBe('智慧农业公共数据授权运营实施方案征求意见情况反馈');
  });
});

describe('transfer', () => {
  it('a product’s development and operation after it subcontracted to a named company', () => {
    expect(flagsOf('5.4 乙方可以将药品配送时效指数的开发和后续运营分包给合作单位某某医药信息技术有限公司承担。', 'chongqing')).toContain('sub_authorization');
  });
  it('twin: the platform’s building and upkeep handed to a company', () => {
    expect(flagsOf('5.4 乙方可以将平台的开发和运营维护交由某某科技有限公司负责。', 'chongqing')).not.toContain('sub_authorization');
  });
  it('a partner the operator chooses, then given the products’ operation', () => {
    expect(flagsOf('3. 运营机构可以在各县择优选定区域服务商，由其负责本县范围内本场景数据产品的开发、推广和运营服务。', 'qinhuangdao', 'plan')).toContain('sub_authorization');
  });
  it('a partner calling the data itself and publishing products', () => {
    expect(flagsOf('（四）合作伙伴凭运营机构开通的账号进入运营空间，直接调用公共数据并发布数据产品。', 'guizhou', 'plan')).toContain('sub_authorization');
  });
  it('twin: the same forbidden', () => {
    expect(flagsOf('（四）合作伙伴不得直接调用公共数据并发布数据产品。', 'guizhou', 'plan')).not.toContain('sub_authorization');
  });
  it('a partner acting in the operator’s name, far from where it is named', () => {
    expect(flagsOf('第十五条 生态合作伙伴可以在乙方授权范围内使用乙方运营账号调用授权数据，以乙方名义面向数据使用方提供运营服务。', 'wenzhou')).toContain('sub_authorization');
  });
});

describe('exit', () => {
  const exit = (s: string, rs = 'national', kind: PassageKind = 'plan') => exitCited(s, rs, kind);
  it('copies handed to the grantor to keep for the next operator', () => {
    expect(exit('（六）退出机制。协议终止后，运营机构应将授权数据副本、中间数据完整移交县数据局，由其统一保存，供后续选定的运营机构继续使用。')).toBe(true);
  });
  it('copies left to the operator’s internal rules', () => {
    expect(exit('31.2 移交完成后，乙方运营环境中留存的数据，由乙方按照其内部数据管理制度处置。', 'chongqing', 'agreement')).toBe(true);
  });
  it('data frozen and kept a year', () => {
    expect(exit('（五）退出机制：运营机构退出后，其工作空间内的数据整体冻结，保留一年以备审计。', 'chongqing')).toBe(true);
  });
  it('processed data transferred to the operator that follows', () => {
    expect(exit('（六）授权运营机构退出的，其空间内已完成加工的数据资源经评估后整体转让给接续的授权运营机构。', 'guizhou')).toBe(true);
  });
  it('the data used on after termination', () => {
    expect(exit('（七）退出机制。协议终止后，运营机构可在三个月过渡期内继续使用授权数据为存量客户提供服务。', 'hebei')).toBe(true);
  });
  it('detail tables kept out of destruction', () => {
    expect(exit('28.2 乙方基于原始数据加工生成的明细级中间表、宽表属于乙方开发成果，不在销毁范围之内。', 'national', 'agreement')).toBe(true);
  });
  it('twin: destroyed beyond recovery, logs kept six months', () => {
    expect(exit('28.1 本协议终止后，乙方以不可逆方式销毁授权数据及其副本，销毁日志留存不少于六个月。', 'national', 'agreement')).toBe(false);
  });
});

describe('exclusivity', () => {
  it('market players named as the subject re-develop, not the operator', () => {
    expect(flagsOf('（三）运营机构不参与已交付产品的再开发，冷链企业和金融机构可以在已交付产品基础上开发自有服务。', 'qinhuangdao', 'plan')).not.toContain('exclusivity');
  });
  it('twin: the operator re-developing', () => {
    expect(flagsOf('（三）运营机构可以在已交付产品基础上开发自有服务。', 'qinhuangdao', 'plan')).toContain('exclusivity');
  });
  it('a utility run under its concession is no exclusive right in the data', () => {
    expect(flagsOf('（二）数据基础。园区污水处理厂由某水务公司以特许经营方式独家运营，其运行数据可一并纳入授权范围。', 'wenzhou', 'plan')).not.toContain('exclusivity');
  });
  it('twin: the scenario’s data run exclusively under a concession', () => {
    expect(flagsOf('本场景数据由乙方以特许经营方式独家运营。', 'wenzhou', 'plan')).toContain('exclusivity');
  });
  it('new data offered to the operator first, others only once it declines', () => {
    expect(flagsOf('11.2 新增汇聚的同类数据，甲方应当优先向乙方提供；乙方书面表示不使用的，甲方方可向其他主体提供。')).toContain('exclusivity');
  });
  it('public buyers buying first from the operator', () => {
    expect(flagsOf('第十三条 甲方协调本市各级政务部门在信息化项目建设中，对数据产品的需求优先向乙方采购。')).toContain('exclusivity');
  });
  it('twin: the operator buying from local firms first', () => {
    expect(flagsOf('乙方采购服务器的，优先向本地企业采购。')).not.toContain('exclusivity');
  });
  it('the operator’s own products pinned on top of the shelf it runs', () => {
    expect(flagsOf('（七）产品目录的展示排序由运营机构确定，运营机构自行开发的数据产品在同类产品中置顶展示。', 'chongqing', 'plan')).toContain('exclusivity');
  });
});

describe('raw data and pricing', () => {
  it('a verb naming the course an act happens in is no act', () => {
    expect(flagsOf('8.3 餐饮单位负责人姓名、联系电话仅在执法线索推送中向执法部门提供。', 'hebei')).not.toContain('raw_data_export');
  });
  it('twin: the same fields given to companies', () => {
    expect(flagsOf('8.3 乙方可以将餐饮单位负责人姓名、联系电话向合作企业提供。', 'hebei')).toContain('raw_data_export');
  });
  it('public bodies paying out of their budgets, named at length', () => {
    expect(flagsOf('（二）越界预警服务按照接入船舶数量，每艘每年收取服务费1000元，由使用服务的县（市、区）水利部门、河长制办公室在年度河湖管护经费中列支。', 'national', 'plan')).toContain('pricing');
  });
});

describe('product categories', () => {
  const list = (tail: string) => ['六、产品和服务清单', '（一）赛事赞助效果评估报告，面向赞助企业提供。', '（二）住宿餐饮客流预测，面向酒店和餐饮企业提供。', tail].join('\n');
  it('public uses served by other means are no product of the list', () => {
    expect(cited(list('赛事期间的交通疏导和医疗救援由公安、卫生健康部门依托既有系统开展，所需数据通过政务数据共享渠道获取，不通过授权运营方式提供。'), 'product_categories', 'guizhou', 'plan')).toBe(true);
  });
  it('a category deferred is none of the list', () => {
    expect(cited(list('公共治理和公益事业类产品和服务，待授权运营启动后根据各部门需求另行研究确定。'), 'product_categories', 'guizhou', 'plan')).toBe(true);
  });
  it('twin: a public product in the list', () => {
    expect(cited(list('（三）赛事交通疏导研判，面向市公安局交警支队无偿提供。'), 'product_categories', 'guizhou', 'plan')).toBe(false);
  });
});

describe('authorization mode', () => {
  it('scenarios merged into one scenario', () => {
    expect(flagsOf('（一）将“智慧停车”“公交出行”两个应用场景合并为“交通出行综合场景”，由一家运营机构统一实施。', 'qinhuangdao', 'plan')).toContain('authorization_mode');
  });
  it('a table granting several scenarios at once', () => {
    const s = ['第二条 本协议授权乙方运营的应用场景见附件1。', '附件1 授权场景清单', '| 序号 | 场景名称 | 数据来源单位 |', '| 1 | 企业信用评价 | 市市场监管局 |', '| 2 | 普惠金融授信 | 市人社局 |'].join('\n');
    expect(flagsOf(s, 'hebei')).toContain('authorization_mode');
  });
  it('twin: a table of one scenario’s data sources', () => {
    const s = ['第二条 本协议授权乙方运营的应用场景见附件1。', '附件1 授权场景清单', '| 序号 | 场景名称 | 数据来源单位 |', '| 1 | 企业信用评价 | 市市场监管局 |', '| 2 | 企业信用评价 | 市税务局 |'].join('\n');
    expect(flagsOf(s, 'hebei')).not.toContain('authorization_mode');
  });
  it('named provinces’ practice told as background', () => {
    expect(flagsOf('一、背景\n近年来，贵州省采取整体授权为主的模式，重庆市先行探索整体授权。我省采取依场景授权模式。', 'hebei', 'plan')).not.toContain('authorization_mode');
  });
  it('twin: this city’s own whole grant', () => {
    expect(flagsOf('近年来，本市采取整体授权模式。', 'hebei', 'plan')).toContain('authorization_mode');
  });
});

describe('term', () => {
  it('each product’s period run past the grant’s end', () => {
    expect(flagsOf('（七）本次授权运营期限为3年。运营机构上线的各项产品自上线之日起享有3年运营期，运营期跨越授权期满之日的，按照该产品运营期执行。', 'hebei', 'plan')).toContain('term_over_3y');
  });
  it('twin: each product stopped at the grant’s end', () => {
    expect(flagsOf('（七）本次授权运营期限为3年。各项产品运营期跨越授权期满之日的，按照授权期满之日终止。', 'hebei', 'plan')).not.toContain('term_over_3y');
  });
  it('a term run to the last stage’s end, the stages dated past three years', () => {
    const s = ['（七）授权运营期限和实施进度', '1. 授权运营期限。授权运营期限自运营机构确定之日起至第三阶段工作完成之日止。', '2. 实施进度。第一阶段（2025年9月至2026年3月）：部署；第二阶段（2026年4月至2028年3月）：运营；第三阶段（2028年4月至2029年6月）：评估。'].join('\n');
    expect(flagsOf(s, 'qinhuangdao', 'plan')).toContain('term_over_3y');
  });
  it('twin: the stages within three years', () => {
    const s = ['（七）授权运营期限和实施进度', '1. 授权运营期限。授权运营期限自运营机构确定之日起至第三阶段工作完成之日止。', '2. 实施进度。第一阶段（2025年9月至2026年3月）：部署；第二阶段（2026年4月至2027年12月）：运营；第三阶段（2028年1月至2028年6月）：评估。'].join('\n');
    expect(flagsOf(s, 'qinhuangdao', 'plan')).not.toContain('term_over_3y');
  });
});
