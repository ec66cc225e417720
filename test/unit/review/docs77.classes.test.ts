import { describe, expect, it } from 'vitest';
import { passageReview } from '../../helpers/passageReview';
import { docFromText, reviewAsApp } from '../../helpers/reviewCorpus';

/**
 * Classes read in session 46 from the seventy-seventh to seventy-ninth blind sets and the s46–s46g banks, after they were
 * measured sealed (the seventy-seventh and s46/s46a on the starting engine, the others on round 1 as it was being built).
 * Each case has a lawful twin where one can be written. Text written for the test.
 */
const { flagsOf, cited, exitCited: exit } = passageReview();

describe('authorization mode', () => {
  it('scenarios counted by field and given to one operator under one agreement', () => {
    expect(flagsOf('（五）授权运营模式\n上述四个领域的应用场景由同一运营机构承担，实施机构与其签订一份授权运营协议。', 'hebei', 'plan')).toContain('authorization_mode');
  });
  it('twin: each scenario chosen and signed on its own', () => {
    expect(flagsOf('（五）授权运营模式\n上述四个领域的应用场景分别遴选运营机构，分别签订授权运营协议。', 'hebei', 'plan')).not.toContain('authorization_mode');
  });
  it('one tender lot for several classes of scenario, its winner taking them all', () => {
    expect(flagsOf('（四）运营机构选择条件\n本次遴选只设一个标段，覆盖林业、水文和地质三类应用场景，中标单位一并承担三类场景的授权运营。', 'hebei', 'plan')).toContain('authorization_mode');
  });
  it('a scenario said to span three fields and more', () => {
    expect(flagsOf('（一）授权运营名称\n廊坊市产业赋能公共数据授权运营。本场景覆盖装备制造、现代物流、商贸服务、科技金融等行业领域的数据开发应用。', 'hebei', 'plan')).toContain('authorization_mode');
  });
  it('fields merged into one scenario by name', () => {
    expect(flagsOf('（五）授权运营模式\n本方案采取依场景授权模式，将全市教育、文旅、体育、医疗、民政等领域的数据开发利用整合为“民生综合服务”一个场景。', 'hebei', 'plan')).toContain('authorization_mode');
  });
  it('scenarios handed down later by the grantor’s notice under a framework agreement', () => {
    expect(flagsOf('第二条 协议性质\n本协议为框架协议。具体运营场景由甲方根据工作需要以书面通知方式下达，乙方按照通知组织实施。', 'qinhuangdao')).toContain('authorization_mode');
  });
  it('twin: a new scenario needs its own plan and agreement', () => {
    expect(flagsOf('第二条 授权场景\n本协议授权场景为“校园餐食安全监测”。新增场景的，应当另行编制实施方案并另行签订授权运营协议。', 'qinhuangdao')).not.toContain('authorization_mode');
  });
});

describe('exclusivity', () => {
  it('the incumbent chosen directly at a reselection if its score comes close', () => {
    expect(flagsOf('第三十条 续约\n30.2 重新遴选时，乙方得分不低于第一名得分百分之九十的，甲方可以直接确定乙方为运营机构。')).toContain('exclusivity');
  });
  it('twin: the incumbent competes like anyone', () => {
    expect(flagsOf('第三十条 续约\n30.2 重新遴选时，乙方可以参加，与其他申请人按同一评审标准竞争。')).not.toContain('exclusivity');
  });
  it('the grantor compensating the operator for granting a rival a like product', () => {
    expect(flagsOf('第四十一条 甲方违约责任\n41.2 授权期内，甲方就同一数据资源向其他单位另行授权开发同类产品的，应当赔偿乙方由此减少的收益。')).toContain('exclusivity');
  });
  it('twin: the grantor compensating the operator for stopping the data', () => {
    expect(flagsOf('第四十一条 甲方违约责任\n41.2 甲方无正当理由中断数据供给超过三十日的，应当赔偿乙方由此造成的直接损失。')).not.toContain('exclusivity');
  });
  it('a first-release right that makes rivals wait', () => {
    expect(flagsOf('六、产品和服务\n授权运营单位对新开发的数据产品享有首发权，其他单位的同类产品应当在授权运营单位首发满一年后方可上线。', 'wenzhou', 'plan')).toContain('exclusivity');
  });
  it('the operator first on new product demands from market players', () => {
    expect(flagsOf('第二十条 需求响应\n经营主体提出新的数据产品需求的，由乙方优先组织开发。', 'chongqing')).toContain('exclusivity');
  });
  it('a market player in which the operator holds a stake re-develops the delivered products', () => {
    expect(flagsOf('（九）2. 运营机构可以通过参股方式扶持本地数据企业；参股的经营主体可以对运营机构交付的数据产品进行再开发。', 'chongqing', 'plan')).toContain('exclusivity');
  });
  it('rivals kept from underselling the operator', () => {
    expect(flagsOf('第二十六条 平台规则\n经营主体上架的衍生产品与乙方产品功能相近的，其销售价格不得低于乙方同类产品价格。', 'qinhuangdao')).toContain('exclusivity');
  });
  it('the business of derived products belongs to the operator', () => {
    expect(flagsOf('第十九条 权属\n经营主体基于乙方交付的数据产品开发形成的衍生产品，其经营权归乙方所有。', 'chongqing')).toContain('exclusivity');
  });
  it('a right of the operator listed under its own part of the parties’ duties', () => {
    expect(flagsOf('十、各方权利义务\n（四）授权运营机构\n2. 对开发利用机构提出的新增场景需求，在同等条件下享有优先承接开发的权利。', 'guizhou', 'plan')).toContain('exclusivity');
  });
  it('twin: re-development opened to all, the operator kept out', () => {
    expect(flagsOf('（二）必要性\n授权运营机构只负责初级加工，再开发面向社会公平开放。授权运营机构不得直接或间接参与再开发。', 'guizhou', 'plan')).not.toContain('exclusivity');
  });
  it('twin: a topic chosen by the operator re-develops, not the operator', () => {
    expect(flagsOf('（九）3. 经营主体由运营机构按照公开方式面向市场选择，对运营机构已交付的数据产品进行再开发。', 'chongqing', 'plan')).not.toContain('exclusivity');
  });
  it('twin: the operator’s group refused as developers', () => {
    expect(flagsOf('第十八条 关联企业\n乙方的子公司及其他关联企业申请成为开发利用机构的，甲方不受理其对乙方所交付产品的再开发申请。', 'guizhou')).not.toContain('exclusivity');
  });
  it('twin: re-development named as a breach with its penalty', () => {
    expect(flagsOf('第二十九条 违约责任\n乙方参与已交付数据产品再开发的，应当限期改正；情节严重的，甲方可以解除本协议。', 'guizhou')).not.toContain('exclusivity');
  });
});

describe('sub-authorization', () => {
  it('a partner doing the processing and serving the products out', () => {
    expect(flagsOf('（七）3. 自第二年起，运营机构可以引入运营合作方，由运营合作方承接数据产品的日常开发、上架和客户服务。', 'hebei', 'plan')).toContain('sub_authorization');
  });
  it('twin: the partner only maintains the machines', () => {
    expect(flagsOf('（七）3. 运营机构可以委托技术服务商负责平台机房和网络设备的日常运维。', 'hebei', 'plan')).not.toContain('sub_authorization');
  });
  it('a service subcontracted to a local company to run', () => {
    expect(flagsOf('（五）运营机构可以将景区预约数据服务分包给具备条件的本地企业承担运营。', 'national', 'plan')).toContain('sub_authorization');
  });
  it('a company the operator controls deemed an operator', () => {
    expect(flagsOf('五、运营主体出资设立的企业，经运营主体书面指定后，视同授权运营单位开展授权运营活动。', 'wenzhou', 'plan')).toContain('sub_authorization');
  });
});

describe('raw data', () => {
  it('data synced to a machine set up at a user’s premises', () => {
    expect(flagsOf('第十八条 乙方可以在经营主体机房部署数据前置机，将核验所需的授权数据字段每日同步至前置机。')).toContain('raw_data_export');
  });
  it('a product table whose content is per-account details shipped as a file download', () => {
    expect(flagsOf('（八）产品清单\n| 序号 | 产品名称 | 产品内容 | 提供方式 |\n| 1 | 居民用水数据集 | 按户号、按月的用水量明细 | 数据集文件下载 |', 'hebei', 'plan')).toContain('raw_data_export');
  });
  it('twin: the same table with statistics viewed in the platform', () => {
    expect(flagsOf('（八）产品清单\n| 序号 | 产品名称 | 产品内容 | 提供方式 |\n| 1 | 居民用水分析 | 分街道用水量统计 | 平台内查看 |', 'hebei', 'plan')).not.toContain('raw_data_export');
  });
  it('a standby node at the operator’s own centre kept in sync', () => {
    expect(flagsOf('第二十五条 乙方应当在其自有异地数据中心部署灾备节点，灾备节点与授权运营系统保持每日同步。', 'chongqing')).toContain('raw_data_export');
  });
  it('twin: an elided object after the products is the products', () => {
    expect(flagsOf('八、数据安全\n原始数据不离开授权运营域，交付的产品以统计指标为主，经安全审核后方可交付。', 'wenzhou', 'plan')).not.toContain('raw_data_export');
  });
});

describe('pricing', () => {
  it('a charge per call priced at the market average', () => {
    expect(flagsOf('九、（二）面向企业的数据服务按调用量计费，计费单价参照同类服务的市场均价确定。', 'wenzhou', 'plan')).toContain('pricing');
  });
  it('twin: the charge under the guided price', () => {
    expect(flagsOf('九、（二）面向企业的数据服务按调用量计费，计费单价执行政府指导价。', 'wenzhou', 'plan')).not.toContain('pricing');
  });
  it('twin: what re-development yields is priced by the market', () => {
    expect(flagsOf('六、（三）开发利用机构对已交付的数据产品进行再开发，再开发形成的产品按照市场定价。', 'guizhou', 'plan')).not.toContain('pricing');
  });
  it('twin: a price of something said to be no product of the plan', () => {
    expect(flagsOf('九、收益\n林业碳汇的交易价格由碳市场形成，不属于本方案的数据产品和服务。', 'national', 'plan')).not.toContain('pricing');
  });
});

describe('filing', () => {
  it('the days bind only the handing to the grantor, which files later', () => {
    expect(cited('第四十四条 乙方应当在本协议签订后5个工作日内将协议文本报送甲方，由甲方汇总后报市数据主管部门备案。', 'filing_deadline', 'chongqing')).toBe(true);
  });
  it('twin: the grantor files within the days', () => {
    expect(flagsOf('第四十四条 甲方应当在本协议签订后5个工作日内报市数据主管部门备案。', 'chongqing')).not.toContain('filing_deadline');
  });
  it('the filing gathered by quarter before it goes on', () => {
    expect(cited('第四十六条 本协议签订后10个工作日内，甲方报市数据局备案；市数据局按季度汇总后报省数据局备案。', 'filing_deadline', 'hebei')).toBe(true);
  });
  it('not filed now at all', () => {
    expect(cited('（十三）本方案审议通过后暂不单独备案，待协议签订后一并于10个工作日内报省数据管理部门备案。', 'filing_deadline', 'hebei', 'plan')).toBe(true);
  });
});

describe('exit', () => {
  it('the operator’s equipment left to it at the end with nothing wiped', () => {
    expect(exit('第四十条 运营平台服务器、存储设备属乙方自有资产，协议终止后由乙方按照资产管理制度自行处置。')).toBe(true);
  });
  it('twin: the data on it dealt with first', () => {
    expect(exit('第四十条 运营平台服务器属乙方自有资产，协议终止后由乙方自行处置，但其中存储的授权数据应按第十一条销毁。')).toBe(false);
  });
  it('data handed to a unit the grantor names so that services run on', () => {
    expect(exit('（六）协议终止的，运营机构应当将形成的专题库和中间数据完整移交市数据局指定的单位，并做好业务交接，保证服务不中断。', 'national', 'plan')).toBe(true);
  });
  it('logs wiped with the space at the end', () => {
    expect(exit('（十二）退出时以不可逆方式销毁原始数据及其副本；销毁完成后，授权运营空间连同操作日志一并注销。', 'guizhou', 'plan')).toBe(true);
  });
  it('logs kept ninety days in a table', () => {
    expect(exit('（十）日志管理\n| 日志类型 | 留存期限 | 留存方式 |\n| 数据访问日志 | 90天 | 集中存储 |', 'hebei', 'plan')).toBe(true);
  });
  it('twin: logs kept a year in a table', () => {
    expect(exit('（十）以不可逆方式销毁授权数据及其副本。\n| 日志类型 | 留存期限 | 留存方式 |\n| 数据访问日志 | 1年 | 集中存储 |', 'hebei', 'plan')).toBe(false);
  });
});

describe('term', () => {
  it('twin: a past system’s years of running set no term', () => {
    expect(flagsOf('六、（一）授权运营期限为3年。县市场监管局2018年建成的追溯系统已运行6年，其数据纳入本方案的，不影响上述期限。', 'hebei', 'plan')).not.toContain('term_over_3y');
  });
});

describe('product categories', () => {
  it('a category label left empty', () => {
    expect(cited('（八）拟提供的公共数据产品和服务清单\n1.产业发展和行业发展类：冷链货物溯源核验、货运企业信用评价。\n2.公共治理和公益事业类：暂不列入，待运营成熟后结合部门需求研究确定。', 'product_categories', 'hebei', 'plan')).toBe(true);
  });
  it('category items numbered like the list’s own heading', () => {
    expect(cited('（六）数据产品和服务清单\n按照产品形态，拟提供：\n（一）数据接口类：物流企业资质核验接口；\n（二）数据报告类：区域物流运行分析报告（面向物流企业和投资机构）。', 'product_categories', 'guizhou', 'plan')).toBe(true);
  });
  it('a list whose only public words name the data’s sources', () => {
    expect(cited('（八）拟提供的公共数据产品和服务清单\n1.企业信用画像：融合市场监管、税务等数据，为银行提供企业信用评价。\n2.商圈客流报告：为连锁零售企业提供客流分析。', 'product_categories', 'hebei', 'plan')).toBe(true);
  });
  it('a heading whose only sentence says the public uses are served elsewhere', async () => {
    const text = '某县景区公共数据授权运营实施方案\n六、产品和服务清单\n（一）产品清单\n1.客流预测服务。面向旅行社等企业提供客流预测数据接口。\n（二）关于政府部门使用需求\n应急管理局等部门需要使用上述数据的，继续通过共享平台获取，不在本方案产品清单中安排。\n（三）产品形式\n以数据接口形式提供。';
    const r = await reviewAsApp(docFromText(text), 'guizhou', 'plan');
    expect(r.flags.map((f) => f.id)).toContain('product_categories');
  });
});

describe('genre', () => {
  it('a 答问 on a plan is a text about it, every item missing', async () => {
    const text = '《某市武术文化公共数据授权运营实施方案》答问\n问：为什么开展授权运营？\n答：为了让数据用起来。方案写明授权运营期限为3年，产品分为公共治理类和产业发展类。\n问：是否整体授权？\n答：“打包整体授权”的做法与省里规定不一致，所以没有采纳。';
    const r = await reviewAsApp(docFromText(text), 'hebei', 'plan');
    expect(r.warnings.some((w) => w.includes('看起来不像'))).toBe(true);
    expect(r.flags.map((f) => f.id)).not.toContain('authorization_mode');
  });
});
