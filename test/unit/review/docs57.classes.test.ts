import { describe, expect, it } from 'vitest';
import { passageReview } from '../../helpers/passageReview';

/**
 * Classes read in session 38 from the fifty-seventh blind set and the s38b/s38c banks, after they were measured sealed
 * on the first round's engine: the operation of products entrusted whatever field they are of, a credit rating sold
 * taken for no evaluation, a holdover capped, an extension applied for to a named body, products priced by the operator
 * in a part of their own, a fee fixed for a public body, conditions deferred to the tender, requests and rules no act,
 * the grantor's own sharing, one account no exclusivity, records defined as unaggregated, years listed then counted, the
 * operation run to a day, subsidiaries running the grant on the group's leave, the grantor's data opened to others on
 * the operator's leave, a filing put back, the exit's copies kept in other words, a fee on every user taking in public
 * ones, an annex's list said to be of one kind. Each case has a lawful twin where one can be written. Text written for
 * the test.
 */
const { review, flagsOf } = passageReview();
const itemOf = (s: string, id: string, rs = 'national', kind: 'plan' | 'agreement' = 'agreement') => review(s, rs, kind).items.find((i) => i.id === id)!.status;

describe('the operation of products entrusted', () => {
  it('as their development and operation work, whatever field they are of', () => {
    expect(flagsOf('第八条 乙方可以将商标代理机构信用评价报告、商标风险监测服务等产品的开发和运营工作，委托其全资子公司具体承担。')).toContain('sub_authorization');
  });
  it('lawful twin: forbidden', () => {
    expect(flagsOf('第八条 乙方不得将商标代理机构信用评价报告等产品的开发和运营工作委托其他单位承担。')).not.toContain('sub_authorization');
  });
});

describe('a credit rating sold', () => {
  const terms = '第五条 乙方开发商标代理机构信用评价报告，向金融机构提供。\n第九条 违约责任\n乙方违约的，应当赔偿损失。';
  it('is no evaluation of the operation', () => {
    expect(itemOf(terms, 'agr.evaluation')).toBe('missing');
  });
  it('lawful twin: the operation evaluated and renewed or ended on it', () => {
    expect(itemOf(`${terms}\n第十条 运营评价\n甲方每年对乙方开展运营成效评价，评价不合格的，乙方退出授权运营。`, 'agr.evaluation')).toBe('present');
  });
});

describe('the term held over after expiry', () => {
  it('until a new agreement, capped beyond three years in all', () => {
    expect(flagsOf('2.1 本协议授权运营期限为三年。\n2.3 期限届满时新的授权运营协议尚未签订的，本协议有效期顺延至新协议签订之日，顺延期最长不超过12个月。', 'qinhuangdao')).toContain('term_over_3y');
  });
  it('lawful twin: a shorter term held over within three years', () => {
    expect(flagsOf('2.1 本协议授权运营期限为二年。\n2.3 期限届满时新的授权运营协议尚未签订的，本协议有效期顺延至新协议签订之日，顺延期最长不超过12个月。', 'qinhuangdao')).not.toContain('term_over_3y');
  });
});

describe('an extension applied for to a named body', () => {
  it('adds to the term', () => {
    expect(flagsOf('（一）授权运营期限。授权运营期限为3年。期满前评估结果均为合格的，可向区数据局申请续期一次，续期期限不超过2年。', 'chongqing', 'plan')).toContain('term_over_3y');
  });
  it('lawful twin: a renewal by a new selection', () => {
    expect(flagsOf('（一）授权运营期限。授权运营期限为3年。期满后需继续运营的，由区数据局重新组织遴选并另行签订协议。', 'chongqing', 'plan')).not.toContain('term_over_3y');
  });
});

describe('products priced in a part of their own', () => {
  const pricing = (own: string) => `（二）定价机制。公共治理类产品无偿提供。产业发展类产品中，人才资质核验接口执行政府指导价；${own}`;
  it('by the operator itself', () => {
    expect(flagsOf(pricing('岗位匹配、人才供需指数报告等增值服务，由运营机构结合市场行情自主确定价格。'), 'wenzhou', 'plan')).toContain('pricing');
  });
  it('lawful twin: within the guided price', () => {
    expect(flagsOf(pricing('岗位匹配、人才供需指数报告等增值服务，由运营机构在政府指导价范围内确定具体价格。'), 'wenzhou', 'plan')).not.toContain('pricing');
  });
});

describe('a fee fixed for a public product', () => {
  it('paid from a department’s budget is a public use charged', () => {
    expect(flagsOf('（二）定价机制。公共治理类产品中，关爱预警服务无偿提供；待遇资格认证核验服务按照“准许成本+合理收益”原则核定年度服务费，由区人社局在部门预算中列支。', 'chongqing', 'plan')).toContain('pricing');
  });
  it('lawful twin: fixed for market users', () => {
    expect(flagsOf('（二）定价机制。公共治理类产品无偿提供；产业类产品按照“准许成本+合理收益”原则核定年度服务费，由使用企业支付。', 'chongqing', 'plan')).not.toContain('pricing');
  });
});

describe('conditions deferred to the tender', () => {
  it('are no selection conditions, whatever the next sentence serves', () => {
    expect(itemOf('三、授权运营机构\n授权运营机构通过公开招标方式确定，资格条件、评审办法和评分标准在招标文件中另行明确。授权运营机构负责对授权数据进行加工处理，形成数据产品和服务。', 'plan.selection', 'guizhou', 'plan')).toBe('missing');
  });
  it('lawful twin: conditions stated', () => {
    expect(itemOf('三、授权运营机构选择条件\n运营机构应当具备不低于5000万元的注册资金、健全的数据管理制度、相应的技术能力和服务能力，以及数据安全能力。', 'plan.selection', 'guizhou', 'plan')).toBe('present');
  });
});

describe('requests and rules named by an act', () => {
  it('an export request intercepted or a rule kept over exports lets nothing out', () => {
    expect(flagsOf('（十）数据安全措施\n平台数据导出实行白名单管理，仅允许经审核的结果类数据导出；涉及原始数据的导出请求由系统拦截并告警。', 'hebei', 'plan')).not.toContain('raw_data_export');
  });
  it('lawful twin’s opposite: an export allowed', () => {
    expect(flagsOf('（十）数据安全措施\n经审核后，原始数据可以导出至运营机构自有服务器。', 'hebei', 'plan')).toContain('raw_data_export');
  });
});

describe('the grantor sharing its own data', () => {
  it('with other bodies is its public function', () => {
    expect(flagsOf('第三条 本协议项下授权为非排他性授权，不限制甲方依法向其他单位共享、开放同类公共数据资源。', 'chongqing')).not.toContain('raw_data_export');
  });
  it('a full copy handed over on a disk leaves', () => {
    expect(flagsOf('第九条 甲方应于本协议生效后十个工作日内，以移动硬盘方式向乙方交付授权范围内数据库的完整副本。', 'national')).toContain('raw_data_export');
  });
});

describe('one of a thing that is no market', () => {
  it('one account for the operation', () => {
    expect(flagsOf('第十一条 乙方应当单独核算，并开立唯一的授权运营资金专户，接受甲方监督。')).not.toContain('exclusivity');
  });
  it('a sole right still is', () => {
    expect(flagsOf('第十一条 乙方在授权期内享有唯一的经营权。')).toContain('exclusivity');
  });
});

describe('records defined as unaggregated', () => {
  it('handed to users leave', () => {
    expect(flagsOf('1.7 “标准数据包”：指乙方从授权数据中抽取的、未经聚合处理的业务记录集合。\n5.4 乙方可以向经审核的使用方提供标准数据包。')).toContain('raw_data_export');
  });
  it('lawful twin: defined as aggregated', () => {
    expect(flagsOf('1.7 “标准数据包”：指乙方对授权数据经聚合处理形成的区域统计指标。\n5.4 乙方可以向经审核的使用方提供标准数据包。')).not.toContain('raw_data_export');
  });
});

describe('years listed, then counted', () => {
  it('four operating years', () => {
    expect(flagsOf('第五条 授权运营期限按照附件4执行，共设2026、2027、2028、2029四个运营年度。', 'qinhuangdao')).toContain('term_over_3y');
  });
  it('lawful twin: three', () => {
    expect(flagsOf('第五条 授权运营期限按照附件4执行，共设2026、2027、2028三个运营年度。', 'qinhuangdao')).not.toContain('term_over_3y');
  });
});

describe('the operation run to a day', () => {
  const plan = (end: string) => `五、实施安排\n2025年12月31日前完成运营机构选定和运营协议签订。\n授权运营至${end}结束，届满后开展成效评估。`;
  it('more than three years after the planned signing', () => {
    expect(flagsOf(plan('2029年12月31日'), 'chongqing', 'plan')).toContain('term_over_3y');
  });
  it('lawful twin: three years after it', () => {
    expect(flagsOf(plan('2028年12月31日'), 'chongqing', 'plan')).not.toContain('term_over_3y');
  });
});

describe('subsidiaries running the grant', () => {
  it('on the group’s leave, on their own', () => {
    expect(flagsOf('三、运营主体\n集团下属各县（市、区）数据公司经集团授权后，可在本区域内独立开展公共数据授权运营。', 'wenzhou', 'plan')).toContain('sub_authorization');
  });
  it('lawful twin: the operator running it', () => {
    expect(flagsOf('三、运营主体\n运营机构在授权范围内独立开展公共数据授权运营，不得转授权。', 'wenzhou', 'plan')).not.toContain('sub_authorization');
  });
});

describe('the grantor’s data opened to others', () => {
  it('only with the operator’s leave', () => {
    expect(flagsOf('第十四条 授权期内，甲方向其他单位开放或者提供附件所列数据的，应当事先征得乙方书面同意。', 'wenzhou')).toContain('exclusivity');
  });
  it('lawful twin: no leave needed', () => {
    expect(flagsOf('第十四条 授权期内，甲方向其他单位开放或者提供附件所列数据的，无需征得乙方同意。', 'wenzhou')).not.toContain('exclusivity');
  });
});

describe('a filing', () => {
  it('put back to run from an event with no date is late', () => {
    expect(flagsOf('第三十五条 甲方应当在本协议签订后十个工作日内报省数据管理部门备案；因乙方未能及时提供备案材料的，备案期限顺延至材料齐备之日起十个工作日。', 'hebei')).toContain('filing_deadline');
  });
  it('lawful twin: a delay answered for, the time kept', () => {
    expect(flagsOf('第三十五条 甲方应当在本协议签订后十个工作日内报省数据管理部门备案；因乙方未能及时提供备案材料影响备案的，由乙方承担责任。', 'hebei')).not.toContain('filing_deadline');
  });
});

describe('the exit’s copies kept in other words', () => {
  const kept = (s: string) => flagsOf(`第二十五条 协议终止后，乙方应当以不可逆方式销毁授权数据及其副本，网络日志留存不少于6个月。${s}`, 'chongqing');
  it('by a proviso for audits', () => {
    expect(kept('但为应对可能发生的审计，乙方可以保留一份加密备份。')).toContain('no_destruction');
  });
  it('until its own retention runs out', () => {
    expect(kept('乙方本地缓存的数据按照乙方内部数据生命周期策略到期自动清除。')).toContain('no_destruction');
  });
  it('moved to its archive', () => {
    expect(flagsOf('8.3 退出与数据处置。运营期满的，运营机构应当将其持有的授权数据迁移归档至运营机构历史数据库，仅供查询。', 'national', 'plan')).toContain('no_destruction');
  });
  it('lawful twin: destroyed, nothing kept', () => {
    expect(kept('销毁完成后，乙方应当向甲方提交销毁记录。')).not.toContain('no_destruction');
  });
});

describe('a fee on every user', () => {
  it('that takes in public-welfare bodies charges them', () => {
    expect(flagsOf('8.1 使用方应当缴纳年度会员费后，方可调用数据产品和服务，包括面向助残、助老等公益机构提供的数据服务。')).toContain('pricing');
  });
  it('lawful twin: public bodies spared', () => {
    expect(flagsOf('8.1 企业使用方应当缴纳年度会员费后，方可调用数据产品；面向助残、助老等公益机构提供的数据服务免费。')).not.toContain('pricing');
  });
});

describe('an annex’s list the file does not hold', () => {
  it('said to be of one kind is judged on that', () => {
    expect(flagsOf('（八）产品和服务清单\n拟提供的产品和服务清单详见附件2。附件2所列12项产品均为面向金融、物流企业的市场化产品，公益类产品待运营成熟后另行研究确定。', 'hebei', 'plan')).toContain('product_categories');
  });
  it('lawful twin: only pointed to', () => {
    expect(flagsOf('（八）产品和服务清单\n拟提供的产品和服务清单详见附件2，包括企业信用评分、物流时效指数等。', 'hebei', 'plan')).not.toContain('product_categories');
  });
});
