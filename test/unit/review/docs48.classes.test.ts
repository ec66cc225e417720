import { describe, expect, it } from 'vitest';
import { docFromText } from '../../helpers/reviewCorpus';
import { passageReview } from '../../helpers/passageReview';

/**
 * Classes read in session 33 from the forty-eighth set and the s33 banks, opened after being measured sealed: a list
 * of breaches under "……构成违约："; a span the text says is no term; a check's questions asked before the check; data
 * handed over in a form that makes it results; a bracketed aside inside its clause; observations step by step; paid use
 * by public bodies said as 结算 or 有偿使用; a class of data carved out of a ban; another's intent the rule forbids; a
 * harm named; the operator's co-development, its reserve and its channel; a closed group chosen from; a company the
 * operator set up, named by a defined term; a WeChat headline naming the document. Text written for the test.
 */
const { flagsOf } = passageReview();

describe('a list of breaches under "……构成违约："', () => {
  it('reads its items as grounds of the sanction', () => {
    const text = ['第二十六条 乙方有下列行为之一的，构成违约：', '（一）将原始数据以文件、截屏等方式提供给第三方的；', '（二）向公益用途收取费用的；', '（三）转让本协议项下授权的。'].join('\n');
    // (no_destruction is judged on the whole document: a short text holds no exit clause)
    expect(flagsOf(text).filter((id) => id !== 'no_destruction')).toEqual([]);
  });
});

describe('a span the text says is no term', () => {
  it('reads no term from a period said not to extend the grant', () => {
    expect(flagsOf('3.2 碳汇项目计入期一般为20年，该计入期系项目的技术参数，不构成对本协议授权期限的延长。')).not.toContain('term_over_3y');
  });
  it('still reads the grant\'s own term in the same words', () => {
    expect(flagsOf('3.2 本协议授权期限为5年，不构成对其他协议期限的延长。')).toContain('term_over_3y');
  });
});

describe('a check\'s questions asked before the check', () => {
  it('reads "对……是否可能还原原始数据……进行审核" as asked, not allowed', () => {
    expect(flagsOf('8.2 产品上线前，由甲方组织对产品是否含有个人信息、是否可能还原原始数据进行审核；')).not.toContain('raw_data_export');
  });
});

describe('data handed over in a form that makes it results', () => {
  it('reads records given only as aggregated data as results', () => {
    expect(flagsOf('五、（二）居民用户逐户用电明细不纳入授权范围，仅以台区级聚合数据形式提供。', 'hebei', 'plan')).not.toContain('raw_data_export');
  });
  it('still fires when the records are given as they are', () => {
    expect(flagsOf('五、（二）运营机构可将居民用户逐户用电明细以文件形式提供给合作企业。', 'hebei', 'plan')).toContain('raw_data_export');
  });
});

describe('a bracketed aside and observations step by step', () => {
  it('reads the act after an aside holding a comma, on per-minute observation records', () => {
    const text = '八、（四）经省气象局同意，运营机构可将区域自动站逐分钟观测记录（含站号、经纬度和全部要素值，不作格点化处理）按月打包，通过专线推送至保险机构自有数据中心。';
    expect(flagsOf(text, 'guizhou', 'plan')).toContain('raw_data_export');
  });
  it('stays quiet on an hourly statistic', () => {
    expect(flagsOf('八、（四）运营机构可向保险机构提供逐小时降水统计结果。', 'guizhou', 'plan')).not.toContain('raw_data_export');
  });
});

describe('paid use by public bodies', () => {
  it('fires on a fee settled by departments for their products, or paid use at cost', () => {
    expect(flagsOf('七、（三）市直部门使用企业运行监测、企业经营异常预警等产品的，按实际调用量与运营机构结算数据服务费。', 'qinhuangdao', 'plan')).toContain('pricing');
    expect(flagsOf('三、（四）行业主管部门调用运营机构产品开展执法的，按成本价有偿使用，费用纳入部门预算。', 'qinhuangdao', 'plan')).toContain('pricing');
  });
  it('stays quiet on a principle', () => {
    expect(flagsOf('二、基本原则\n公益优先，有偿使用。', 'qinhuangdao', 'plan')).not.toContain('pricing');
  });
});

describe('a class of data carved out of a ban', () => {
  it('reads the carved-out class as handed over', () => {
    expect(flagsOf('第十一条 除经甲方认定的非敏感数据集外，乙方不得将授权范围内的数据资源交由第三方运营。')).toContain('sub_authorization');
  });
  it('stays quiet when only results are carved out, or a party is named for upkeep', () => {
    expect(flagsOf('第十一条 除经审核的统计结果外，乙方不得将数据资源交由第三方运营。')).not.toContain('sub_authorization');
    expect(flagsOf('第十一条 乙方可以将原始轨迹记录按月交由风电运营企业在其自有系统中留存。')).not.toContain('sub_authorization');
  });
});

describe('another\'s intent the rule forbids, and a harm named', () => {
  it('stays quiet on a user\'s intended transfer the operator must forbid', () => {
    expect(flagsOf('第二十四条 数据使用单位拟将通过乙方获取的数据服务转让给第三方的，乙方应在服务合同中予以禁止。')).not.toContain('sub_authorization');
  });
  it('stays quiet on a risk named by its harm and a clause named by what it bars', () => {
    const text = '九、风险清单：（1）授权期限过长导致市场固化；（2）运营机构参与已交付产品再开发形成垄断。本方案以再开发禁止条款予以防控。';
    expect(flagsOf(text, 'national', 'plan')).not.toContain('exclusivity');
    expect(flagsOf('三、专家认为存在原始数据泄露及通过关联汇聚还原身份的风险，建议仅以聚合指标形式提供产品。', 'chongqing', 'plan')).not.toContain('raw_data_export');
  });
});

describe('the operator keeping re-development', () => {
  it('fires on co-development with a partner, a reserve for its group, its channel, and a company it set up', () => {
    expect(flagsOf('第十条 经甲方同意，乙方可与下游经营主体联合开发基于已交付产品的增值服务。')).toContain('exclusivity');
    expect(flagsOf('第十七条 乙方交付的数据产品，除乙方及其控股子公司外，其他经营主体不得进行二次加工。')).toContain('exclusivity');
    expect(flagsOf('第二十一条 开发利用机构利用乙方交付产品形成的成果，须通过乙方运营渠道销售。')).toContain('exclusivity');
    const jv = '第一条 本协议所称“联营开发方”，是指乙方与第三方共同出资设立的项目公司。\n第十九条 联营开发方可对乙方已交付的数据产品进行深度加工。';
    expect(flagsOf(jv, 'chongqing')).toContain('exclusivity');
  });
  it('stays quiet when developers may re-develop and sell on their own', () => {
    expect(flagsOf('第十七条 乙方交付的数据产品，除依法取得资格的开发利用机构外，其他主体不得进行二次加工。')).not.toContain('exclusivity');
    expect(flagsOf('第二十一条 开发利用机构可以自行销售其成果，无须通过乙方运营渠道销售。')).not.toContain('exclusivity');
  });
});

describe('the operator chosen from a closed group, or carried on', () => {
  it('fires on a recommendation among state companies and later scenarios carried on without selection', () => {
    expect(flagsOf('（三）由市数据局在市属国有企业中推荐产生运营机构人选，报市政府常务会议审定后实施。', 'hebei', 'plan')).toContain('authorization_mode');
    expect(flagsOf('（七）第二期、第三期场景由首期运营机构续接运营，无需重新组织遴选。', 'hebei', 'plan')).toContain('authorization_mode');
  });
  it('stays quiet on a tender open to every company', () => {
    expect(flagsOf('（三）运营机构由市公共资源交易中心公开招标，从国有企业和民营企业中择优确定。', 'hebei', 'plan')).not.toContain('authorization_mode');
  });
});

describe('a WeChat headline naming the document', () => {
  it('titles the text by the document it names, not the page\'s chrome', () => {
    const text = ['重磅｜《某市停车充电公共数据授权运营实施方案》全文发布', '', '原创 某某编辑部 某某发布', '2025年07月09日 18:06 湖北', '', '点击蓝字  关注我们', '', 'SUBSCRIBE to US', '', '▌一、授权运营名称', '', '本次授权运营定名为“某市停车充电公共数据授权运营”。'].join('\n');
    expect(docFromText(text).title).toBe('某市停车充电公共数据授权运营实施方案');
  });
});

describe('joint issuers above the title', () => {
  it('are the issuers, not the start of the title', () => {
    const text = ['安顺市发展和改革委员会　安顺市大数据发展管理局', '某市低空经济领域公共数据授权运营实施方案', '（2025年5月）', '为充分发挥公共数据作用，制定本方案。', '一、背景与基础', '本市低空经济发展迅速。'].join('\n');
    expect(docFromText(text, 'p.txt').title).toBe('某市低空经济领域公共数据授权运营实施方案');
  });
});
