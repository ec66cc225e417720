import { describe, expect, it } from 'vitest';
import { passageReview } from '../../helpers/passageReview';

/**
 * Classes read in session 47 from the eightieth to eighty-second blind sets and the s47–s47g banks, after each was
 * measured sealed on the starting engine. Each case has a lawful twin where one can be written. Text written for the
 * test.
 */
const { flagsOf, cited, exitCited: exit } = passageReview();

describe('authorization mode', () => {
  it('the city’s whole catalogue granted to one operator to run', () => {
    expect(flagsOf('第三条 授权内容\n甲方将唐山市公共数据资源授权运营目录所列数据资源授权乙方统一运营。', 'hebei')).toContain('authorization_mode');
  });
  it('twin: the scenario’s own catalogue', () => {
    expect(flagsOf('第三条 授权内容\n甲方将本场景数据资源目录所列数据资源授权乙方运营，授权场景为“港口集疏运监测”。', 'hebei')).not.toContain('authorization_mode');
  });
  it('the operation widened to other scenarios in a later phase', () => {
    expect(flagsOf('（八）实施进度\n2026年，开展景区客流监测场景运营；2027年，将运营范围扩展至餐饮消费、住宿预订场景。', 'qinhuangdao', 'plan')).toContain('authorization_mode');
  });
  it('twin: later scenarios get grants of their own', () => {
    expect(flagsOf('（八）实施进度\n2027年拟将运营范围扩展至餐饮消费、住宿预订等场景的，另行组织遴选和授权。', 'qinhuangdao', 'plan')).not.toContain('authorization_mode');
  });
  it('one grant over scenarios listed after a colon, or counted', () => {
    expect(flagsOf('第二条 授权范围\n甲方授权乙方在以下应用场景内开展授权运营：养老服务补贴核验、残疾人就业帮扶、社区食堂运营分析。', 'hebei')).toContain('authorization_mode');
    expect(flagsOf('第二条 授权范围\n甲方授权乙方在港口物流、冷链仓储两个应用场景内开展公共数据运营。', 'qinhuangdao')).toContain('authorization_mode');
  });
  it('twin: each scenario signed on its own', () => {
    expect(flagsOf('第二条 授权范围\n港口物流、冷链仓储两个应用场景分别遴选运营机构，分别签订授权运营协议。', 'qinhuangdao')).not.toContain('authorization_mode');
  });
  it('one grant opened year by year, each year for another scenario', () => {
    expect(flagsOf('（五）授权运营模式\n按照“一次授权、分年开放”推进：第一年开放住房公积金数据，支撑租房信用场景；第二年开放社保数据，支撑灵活就业场景。', 'hebei', 'plan')).toContain('authorization_mode');
  });
  it('twin: other places’ models learnt from, the text granting by scenario', () => {
    expect(flagsOf('一、总体要求\n参考外地打包授权、全域授权的实践经验，结合我省依场景授权的要求，本市每个场景单独编制方案、单独签订协议。', 'hebei', 'plan')).not.toContain('authorization_mode');
  });
  it('twin: the model learnt from adopted as the text’s own', () => {
    expect(flagsOf('一、总体要求\n参考外地经验，本市对交通运输领域公共数据实行整体授权。', 'hebei', 'plan')).toContain('authorization_mode');
  });
});

describe('exclusivity', () => {
  it('the operator bound to supply one buyer, its rivals refused like products', () => {
    expect(flagsOf('第十五条 合作\n本场景形成的车险定价类数据产品仅向该保险公司提供，乙方不得向其他保险机构提供同类产品。')).toContain('exclusivity');
  });
  it('twin: like products offered to every insurer on equal terms', () => {
    expect(flagsOf('第十五条 合作\n乙方应当以同等条件向各保险机构提供同类产品，不得实行差别待遇。')).not.toContain('exclusivity');
  });
  it('buyers made to promise not to make what the operator sells', () => {
    expect(flagsOf('第二十条 使用管理\n需求方调用乙方交付的产品前，应当书面承诺不研发与乙方已上架产品功能类似的产品。', 'chongqing')).toContain('exclusivity');
  });
  it('twin: buyers promising to keep the data safe', () => {
    expect(flagsOf('第二十条 使用管理\n需求方调用乙方交付的产品前，应当书面承诺不转售、不泄露所获取的数据。', 'chongqing')).not.toContain('exclusivity');
  });
  it('a first claim on other scenarios, earned by evaluation', () => {
    expect(flagsOf('（五）运营机构\n运营机构各年度评估均为良好以上的，本市后续开展的其他农业场景授权运营，该运营机构享有优先承接权。', 'qinhuangdao', 'plan')).toContain('exclusivity');
  });
  it('twin: a renewal preferred on evaluation', () => {
    expect(flagsOf('（五）运营机构\n运营机构各年度评估均为良好以上的，期满后同等条件下可以优先续约。', 'qinhuangdao', 'plan')).not.toContain('exclusivity');
  });
  it('the operator teaming up with those who develop what it delivered', () => {
    expect(flagsOf('七、生态培育\n支持软件企业基于授权运营单位交付的数据产品开发行业应用。授权运营单位可以与软件企业组建联合开发小组，共同完成应用开发，收益按约定分享。', 'wenzhou', 'plan')).toContain('exclusivity');
  });
  it('twin: the operator only supports them', () => {
    expect(flagsOf('七、生态培育\n支持软件企业基于授权运营单位交付的数据产品开发行业应用。授权运营单位应当为其提供接口文档和技术咨询。', 'wenzhou', 'plan')).not.toContain('exclusivity');
  });
  it('users’ re-developed products taken into the operator’s range and sold by it', () => {
    expect(flagsOf('第十九条 产品推广\n需求方基于乙方产品再开发形成的产品，可以纳入乙方产品目录，由乙方统一对外销售。', 'qinhuangdao')).toContain('exclusivity');
  });
  it('market entrants capped', () => {
    expect(flagsOf('（十）开发利用机构\n每个领域准入的开发利用机构原则上不超过3家，名额已满的暂停受理申请。', 'guizhou', 'plan')).toContain('exclusivity');
  });
  it('some buyers served first, the rest made to wait', () => {
    expect(flagsOf('第十七条 开放调用\n新产品优先向战略客户开放调用，其他开发利用机构自产品上线满三个月后方可申请。', 'guizhou')).toContain('exclusivity');
  });
  it('the operator’s own products ranked first, rivals’ like ones not shown', () => {
    expect(flagsOf('第二十五条 产品展示\n专区检索结果中乙方自营产品默认排在前，与乙方自营产品功能相同的经营主体产品不在专区展示。', 'chongqing')).toContain('exclusivity');
  });
  it('public bodies’ own opening of the field’s data let only with the operator’s leave', () => {
    expect(flagsOf('（十一）各方职责\n各区县开展涉及医疗健康数据的开放、共享和授权运营项目，应当事先征得运营机构同意。', 'hebei', 'plan')).toContain('exclusivity');
  });
  it('new data offered to the operator first', () => {
    expect(flagsOf('第二十四条 新增数据\n甲方拟将本领域新增数据资源纳入授权运营的，应当首先书面征询乙方意向。')).toContain('exclusivity');
  });
  it('twins: lawful re-development and dealing', () => {
    expect(flagsOf('第二十条 关联交易\n乙方的关联公司作为需求方采购数据产品的，适用与其他需求方相同的价格。乙方及其关联公司不得参与已交付产品的再开发。', 'wenzhou')).not.toContain('exclusivity');
    expect(flagsOf('（四）运营规则\n运营机构负责初级加工，不得参与已交付产品的再开发；再开发环节向全市公平开放。', 'guizhou', 'plan')).not.toContain('exclusivity');
    expect(flagsOf('（三）经营主体\n经营主体依法获得运营机构已交付的产品，融合其他数据开展再开发。', 'chongqing', 'plan')).not.toContain('exclusivity');
    expect(flagsOf('（十）权利义务\n运营机构不参与已交付产品的再开发，再开发由经公开征集方式确定的各类经营主体承担。', 'qinhuangdao', 'plan')).not.toContain('exclusivity');
    expect(flagsOf('第七条 授权性质\n乙方不得以本协议为由，要求甲方或者数源单位停止向其他单位依法提供数据共享服务。', 'qinhuangdao')).not.toContain('exclusivity');
    expect(flagsOf('第二条 授权范围\n授权范围为普惠金融场景。甲方不因本协议向乙方授予其他场景的运营权。', 'hebei')).not.toContain('exclusivity');
  });
});

describe('transfer of the grant', () => {
  it('a product’s development and operation subcontracted to a local company', () => {
    expect(flagsOf('（九）运营机构\n运营机构可以将研学、文创产品的开发和运营分包给本地企业承担。', 'wenzhou', 'plan')).toContain('sub_authorization');
  });
  it('twin: subcontracting them barred', () => {
    expect(flagsOf('（九）运营机构\n运营机构不得将研学、文创产品的开发和运营分包给其他企业。', 'wenzhou', 'plan')).not.toContain('sub_authorization');
  });
  it('the chain’s work put first, then subcontracted', () => {
    expect(flagsOf('第十五条 分包\n产品研发、客户拓展等工作，乙方可以分包给具备能力的单位承担。', 'hebei')).toContain('sub_authorization');
  });
  it('twin: maintenance subcontracted', () => {
    expect(flagsOf('第十五条 分包\n机房运维、设备巡检等工作，乙方可以分包给具备能力的单位承担。', 'hebei')).not.toContain('sub_authorization');
  });
  it('the chain named with market operation, subcontracted', () => {
    expect(flagsOf('（五）建设内容\n运营机构可以将数据清洗、模型研发和市场运营等工作分包给合作单位承担。', 'national', 'plan')).toContain('sub_authorization');
  });
  it('others taken into the operating consortium after the grant', () => {
    expect(flagsOf('（九）运营机构\n运营期内，运营机构可以根据需要吸纳其他企业加入运营联合体，按分工承担数据产品开发和运营。', 'chongqing', 'plan')).toContain('sub_authorization');
  });
  it('twin: the consortium closed', () => {
    expect(flagsOf('（九）运营机构\n运营期内，运营机构不得吸纳其他企业加入运营联合体。', 'chongqing', 'plan')).not.toContain('sub_authorization');
  });
  it('a partner entrusted to work in the operator’s name', () => {
    expect(flagsOf('九、权利义务\n授权运营单位可以与合作伙伴签订协议，委托其以授权运营单位名义在运营域内开展数据加工和产品运营。', 'wenzhou', 'plan')).toContain('sub_authorization');
  });
  it('service providers publishing products in their own name', () => {
    expect(flagsOf('第十三条 生态伙伴\n生态服务商可以对授权数据开展清洗、加工，形成的产品以生态服务商名义在服务平台发布。', 'guizhou')).toContain('sub_authorization');
  });
});

describe('raw data', () => {
  it('raw samples taken out and handed over for offline tests', () => {
    expect(flagsOf('（五）技术保障\n运营机构可以从运营系统中抽取少量原始样本数据，提供给意向客户离线测试。', 'chongqing', 'plan')).toContain('raw_data_export');
  });
  it('twin: samples tested inside the system', () => {
    expect(flagsOf('（五）技术保障\n意向客户可以在运营系统沙箱内使用样本数据测试产品效果，样本数据不得导出。', 'chongqing', 'plan')).not.toContain('raw_data_export');
  });
  it('a data set masked in a few fields, the rest as they are, handed over', () => {
    expect(flagsOf('（六）产品形式\n脱敏数据集仅对姓名和手机号码作掩码处理，其余字段保留原值，按申请打包交付使用方。', 'guizhou', 'plan')).toContain('raw_data_export');
  });
  it('twins: what leaves is results, or none', () => {
    expect(flagsOf('（十）数据安全\n所有数据导出均须经实施机构审批，原始数据不得导出。', 'hebei', 'plan')).not.toContain('raw_data_export');
    expect(flagsOf('第六条 资产\n乙方自购的服务器归乙方所有；协议终止时，其中存储过授权数据的硬盘应当先按第十二条处理。', 'chongqing')).not.toContain('raw_data_export');
    expect(flagsOf('第三十条 处置\n曾存放公共数据的硬盘，应当消磁或者物理粉碎。', 'qinhuangdao')).not.toContain('raw_data_export');
    expect(flagsOf('第五条 信息披露\n乙方每年在本单位网站披露上一年度公共数据资源使用情况。', 'guizhou')).not.toContain('raw_data_export');
    expect(flagsOf('（五）融合计算\n融合形成的统计结果经审核后方可导出，原始数据及可还原原始数据的中间表留存平台内，不得导出。', 'qinhuangdao', 'plan')).not.toContain('raw_data_export');
  });
});

describe('exit', () => {
  it('data handed to the grantor or the new operator it names', () => {
    expect(exit('（六）退出\n运营机构退出时，应当将空间内的公共数据资源完整移交县数据局或其指定的新运营机构。', 'guizhou', 'plan')).toBe(true);
  });
  it('backups left to the operator’s own lifecycle rules', () => {
    expect(exit('（七）退出\n运营机构销毁生产库中的授权数据；备份系统中的数据按照运营机构数据生命周期管理制度处理。', 'qinhuangdao', 'plan')).toBe(true);
  });
  it('the data’s fate left to later talks', () => {
    expect(exit('第三十条 提前退出\n乙方提前退出的，空间内数据的处置方式由双方另行协商确定。', 'guizhou')).toBe(true);
  });
  it('a copy kept, its form named', () => {
    expect(exit('十、退出\n授权运营单位退出后，可以保留一份经脱敏处理的数据副本。', 'wenzhou', 'plan')).toBe(true);
    expect(exit('第三十四条 备份\n乙方可以保留一份加密的离线备份，保存期限三年。', 'chongqing')).toBe(true);
  });
  it('destruction put off, or done long after', () => {
    expect(exit('第三十四条 期满\n乙方参加新一轮遴选的，结果公布前暂不实施销毁。', 'chongqing')).toBe(true);
    expect(exit('十一、退出\n销毁工作可以在退出后18个月内分批完成。', 'wenzhou', 'plan')).toBe(true);
    expect(exit('第三十六条 退出\n| 事项 | 处置方式 |\n| 原始数据副本 | 加密封存，封存满一年后销毁 |', 'hebei')).toBe(true);
  });
  it('data handed to a third party, or a company, to keep', () => {
    expect(exit('（七）退出\n运营机构应当将存储的公共数据及副本转存至指定的第三方托管机构，由其封存保管。', 'national', 'plan')).toBe(true);
    expect(exit('十、退出\n运营单位加工形成的数据资源（含授权数据副本）由市数据集团统一承接管理。', 'wenzhou', 'plan')).toBe(true);
  });
  it('some data kept for a time on approval, or kept to serve on', () => {
    expect(exit('（五）退出\n确需保留部分数据的，经实施机构同意，运营机构可以保留必要的数据，保留期限不超过1年。', 'chongqing', 'plan')).toBe(true);
    expect(exit('第三十六条 处置\n甲方认为需要保留的数据，由乙方继续存储并提供查询。', 'hebei')).toBe(true);
    expect(exit('第三十条 退出\n协议终止后，乙方继续保留空间内的数据资源，为存量客户服务至合同期满，期满后再行销毁。', 'guizhou')).toBe(true);
    expect(exit('第三十八条 终止\n乙方可以保留产品所依赖的清洗后数据集，继续履行已签订的合同。')).toBe(true);
  });
  it('records that name whom they are about kept', () => {
    expect(exit('（十二）退出\n运营机构构建的企业标签库（含统一社会信用代码）属于其加工成果，可以由运营机构保留。', 'guizhou', 'plan')).toBe(true);
  });
  it('the logs kept too short, or not at all', () => {
    expect(exit('第三十八条 销毁\n销毁记录和网络日志保存至协议终止当月结束。')).toBe(true);
    expect(exit('第三十七条 销毁\n销毁完成后乙方出具确认函即可，销毁过程不单独留存操作日志。', 'qinhuangdao')).toBe(true);
  });
  it('processed data made the operator’s asset to manage, or kept and guarded', () => {
    expect(exit('（七）资产管理\n清洗形成的中间数据作为运营机构资产，由其自主管理。', 'hebei', 'plan')).toBe(true);
    expect(exit('（五）退出\n运营机构留存的授权数据，按照安全规定妥善保管。', 'chongqing', 'plan')).toBe(true);
  });
  it('destroyed only if asked, or locked where it cannot be', () => {
    expect(exit('（七）退出\n实施机构要求销毁的，运营机构应当销毁原始数据及副本。', 'qinhuangdao', 'plan')).toBe(true);
    expect(exit('第四十一条 销毁\n对无法物理销毁的数据，采取加密锁定方式处理。', 'hebei')).toBe(true);
  });
  it('handed to the grantor to keep for the next operator', () => {
    expect(exit('（六）退出\n运营机构应当将授权数据、中间数据完整移交实施机构，由其封存，供后续承接的运营机构使用。', 'qinhuangdao', 'plan')).toBe(true);
  });
  it('twin: everything destroyed, the logs kept six months', () => {
    expect(exit('第三十四条 终止\n本协议终止的，乙方应当以不可逆方式销毁授权数据及其副本，销毁记录和网络日志留存不少于六个月。', 'chongqing')).toBe(false);
  });
});

describe('filing', () => {
  it('the plan kept back to be filed with the agreement', () => {
    expect(cited('（十三）其他\n运营机构确定、授权运营协议签订后10个工作日内，将本方案连同授权运营协议一并报省数据局备案。', 'filing_deadline', 'qinhuangdao', 'plan')).toBe(true);
  });
  it('the filing waiting for the annexes, whoever files', () => {
    expect(cited('第四十五条 备案\n本协议签订后10个工作日内报省数据局备案；附件需另行确定的，甲方待附件全部确定后，将协议及附件一并报送备案。', 'filing_deadline', 'hebei')).toBe(true);
  });
  it('the days counted from the end of a publicity', () => {
    expect(cited('（十三）其他\n本方案审议通过后公示10日。公示期满无异议的，在10个工作日内报省数据局备案。', 'filing_deadline', 'hebei', 'plan')).toBe(true);
  });
  it('twin: filed within ten working days of approval', () => {
    expect(cited('（十三）其他\n本方案审议通过后10个工作日内报省数据局备案。', 'filing_deadline', 'hebei', 'plan')).toBe(false);
  });
});

describe('pricing', () => {
  it('a price set off the operator’s own list price', () => {
    expect(flagsOf('第二十六条 定价\n用于行业发展的数据产品和服务，以乙方同类商业数据产品的市场挂牌价为基准，按不高于挂牌价百分之七十的标准确定。', 'chongqing')).toContain('pricing');
  });
  it('the operator’s own quote charged until the authority sets a price', () => {
    expect(flagsOf('第二十九条 收费\n价格主管部门核定收费标准前，乙方按照其向甲方报送的报价单收费。', 'hebei')).toContain('pricing');
  });
  it('products sold by auction', () => {
    expect(flagsOf('（七）收益分配\n产业发展类数据产品采取公开竞价方式向经营主体出售，成交价格即为产品价格。', 'chongqing', 'plan')).toContain('pricing');
  });
  it('twin: the guided price', () => {
    expect(flagsOf('第二十六条 定价\n产业发展类数据产品执行政府指导价，具体标准由价格主管部门核定。', 'chongqing')).not.toContain('pricing');
  });
});

describe('term', () => {
  it('the term counted from acceptance, the operator working in the build before it', () => {
    expect(flagsOf('（七）期限和建设\n1.授权运营期限为3年，自专区通过验收并正式上线之日起计算。\n2.建设周期不超过10个月，建设期内运营机构可以同步开展产品测试。', 'hebei', 'plan')).toContain('term_over_3y');
  });
  it('the term counted from the first product’s launch, data opened on the effect', () => {
    expect(flagsOf('第六条 期限\n6.1 协议生效后，甲方为乙方开通数据调用权限。\n6.2 运营期限为三年，自乙方首个产品上线之日起计算。', 'qinhuangdao')).toContain('term_over_3y');
  });
  it('twin: counted from the signing', () => {
    expect(flagsOf('第六条 期限\n运营期限为三年，自本协议签订之日起计算。', 'qinhuangdao')).not.toContain('term_over_3y');
  });
  it('a holdover until the next operator, capped beyond the term', () => {
    expect(flagsOf('第三十条 过渡\n30.1 运营期限为三年。\n30.2 新的运营机构确定前，乙方应当继续开展授权运营，过渡期最长六个月。')).toContain('term_over_3y');
  });
  it('the term said to follow a schedule that runs past three years', () => {
    expect(flagsOf('八、实施进度\n授权运营期限与下列进度安排一致：\n（一）准备阶段（2026年1月—2026年6月）\n完成数据接入；\n（二）运营阶段（2026年7月—2029年9月）\n开展产品运营。', 'wenzhou', 'plan')).toContain('term_over_3y');
  });
  it('operating years whose first runs long', () => {
    expect(flagsOf('第一条 定义\n1.5 运营年度：首个运营年度自本协议生效之日起至2027年12月31日止，此后每一公历年度为一个运营年度。\n第四条 期限\n本协议自2026年3月1日起生效，运营期限为三个运营年度。', 'hebei')).toContain('term_over_3y');
  });
  it('a trial before the term, defined in the paragraph after the term', () => {
    expect(flagsOf('第一条 定义\n1.6 “运营期”指自空间交付使用之日起三十六个月。\n1.7 “试运营期”指自本协议签订之日起至空间交付使用之日止的期间，一般不超过六个月。试运营期内，乙方可以发布数据产品。', 'guizhou')).toContain('term_over_3y');
  });
  it('a trial run outside the term', () => {
    expect(flagsOf('五、期限\n（一）授权运营期限为3年。\n（二）空间建成后先行试运行3个月，试运行期间运营机构可以向用户提供数据产品，试运行期不计入授权运营期限。', 'guizhou', 'plan')).toContain('term_over_3y');
  });
  it('products’ own periods run on past the grant’s end', () => {
    expect(flagsOf('第六条 期限\n授权期内上架的产品自上架之日起享有三年运营期，运营期内乙方可以继续调用授权数据，不受本协议期限届满的影响。', 'qinhuangdao')).toContain('term_over_3y');
  });
  it('contracts performed after the term, the data kept for them', () => {
    expect(flagsOf('第三十条 期满\n30.1 本协议期限为三年。\n30.2 期限届满前已签订的服务合同，乙方可以继续履行，继续履行期间保留数据调用权限，但最长不超过十二个月。', 'wenzhou')).toContain('term_over_3y');
  });
  it('twin: another programme’s years', () => {
    expect(flagsOf('二、背景\n自2021年1月1日起，本地湖区实行为期十年的禁渔，禁渔期至2030年12月31日。', 'national', 'plan')).not.toContain('term_over_3y');
  });
});

describe('products list', () => {
  it('the list set out as an annex whose label stands on its own line', () => {
    const plan = '六、产品和服务清单\n本场景拟提供的数据产品和服务详见附件。\n七、其他事项\n本方案自印发之日起施行。\n附件\n数据产品和服务清单\n1. 河道水位预警：为水利部门提供汛期预警。\n2. 防汛物资调度分析：为应急管理部门提供调度建议。';
    expect(cited(plan, 'product_categories', 'national', 'plan')).toBe(true);
  });
  it('twin: the annexed list holds both categories', () => {
    const plan = '六、产品和服务清单\n本场景拟提供的数据产品和服务详见附件。\n七、其他事项\n本方案自印发之日起施行。\n附件\n数据产品和服务清单\n1. 河道水位预警：为水利部门提供汛期预警。\n2. 水上运输风险评分：面向航运企业和保险公司收费提供。';
    expect(cited(plan, 'product_categories', 'national', 'plan')).toBe(false);
  });
});
