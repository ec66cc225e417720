import { describe, expect, it } from 'vitest';
import { reviewDocument } from '../../../shared/review/engine';
import { bundledRuleset, docFromText } from '../../helpers/reviewCorpus';
import { passageReview } from '../../helpers/passageReview';

/**
 * Classes read in session 38 from the fifty-eighth blind set and the s38d/s38e banks, after they were measured sealed
 * on the second round's engine: titles above a page's chrome, behind its buttons, after a report's lead, of a drafting
 * explanation; copies kept for a while, logs kept a quarter, data moved to offline storage; others' like products
 * made only on the operator's leave; a subscription by the year; a grant of a whole area; products served to
 * departments named by their field; a check named by the matter it looks for; a quoted name holding an act; a
 * continuation on consent capped as a period. Each case has a lawful twin where one can be written. Text written for the
 * test.
 */
const { review, flagsOf } = passageReview();

describe('a title among a page’s chrome', () => {
  it('behind a row of the page’s buttons', () => {
    const r = review('【字体：大 中 小】 【打印】 【关闭】\n某市港口物流公共数据授权运营实施方案编制服务项目公开招标公告\n项目概况\n潜在投标人应在指定网站获取招标文件，并于截止时间前提交投标文件。', 'national', 'plan', '某市公共资源交易网\n当前位置：首页 > 交易信息 > 采购公告\n发布日期 2025-11-26\n信息来源 某市公共资源交易中心');
    expect(r.documentTitle).toBe('某市港口物流公共数据授权运营实施方案编制服务项目公开招标公告');
  });
  it('the document printed after an article’s lead, marked as WeChat marks headings', () => {
    const r = review('原创 某市数据 某市数据 2026年01月06日 17:42 浙江\n点击蓝字 关注我们\n近日，经市政府常务会议审议通过，《某市档案资源公共数据授权运营实施方案》正式印发，现将全文发布如下。\n▌某市档案资源公共数据授权运营实施方案\n一、授权运营名称\n某市档案资源公共数据授权运营。', 'wenzhou', 'plan', '全文发布｜某市档案资源公共数据授权运营实施方案');
    expect(r.documentTitle).toBe('某市档案资源公共数据授权运营实施方案');
  });
  it('an article’s headline over pictures inside its report', () => {
    const r = review('原创 某市数据局 2026年01月15日 18:36 湖北\n点击蓝字 关注我们\n图片\n1月14日下午，某市志愿服务数据授权运营项目签约仪式在市民之家举行，首批三款数据产品同步上线。\n图片\n▲签约现场\n“沉睡”的数据将被唤醒\n近年来，全市文明实践阵地建设实现全覆盖，志愿服务数据持续积累。', 'national', 'agreement', '某市志愿服务数据授权运营项目签约 首批3款数据产品上线');
    expect(r.documentTitle).toBe('某市志愿服务数据授权运营项目签约 首批3款数据产品上线');
  });
  it('a drafting explanation printed alone is titled by its own line', () => {
    const r = reviewDocument(docFromText('关于《某省监狱管理领域公共数据授权运营实施方案（征求意见稿）》的起草说明\n某省监狱管理局\n2025年12月15日\n为贯彻落实有关规定，现将起草情况说明如下。\n一、起草背景\n我省监狱管理数据分散在多个系统中。'), bundledRuleset('guizhou'), 'plan');
    expect(r.documentTitle).toBe('关于《某省监狱管理领域公共数据授权运营实施方案（征求意见稿）》的起草说明');
  });
});

describe('the exit’s copies and logs', () => {
  it('a copy let kept for a year before it is deleted', () => {
    expect(flagsOf('（七）退出机制\n运营机构退出的，应删除其存储的授权数据；为便于后续审计，运营机构可保留数据处理副本一年，期满后删除。', 'hebei', 'plan')).toContain('no_destruction');
  });
  it('logs kept a quarter', () => {
    expect(flagsOf('4. 退出机制。运营机构退出时，以不可逆方式销毁授权数据，并留存销毁记录及网络日志一个季度备查。', 'qinhuangdao', 'plan')).toContain('no_destruction');
  });
  it('data moved to offline storage', () => {
    expect(flagsOf('15.3 本协议终止后十个工作日内，乙方应停止访问授权数据，并将授权数据从生产环境迁移至离线存储介质。', 'wenzhou')).toContain('no_destruction');
  });
  it('lawful twin: destroyed, logs kept half a year', () => {
    expect(flagsOf('4. 退出机制。运营机构退出时，以不可逆方式销毁授权数据及其副本，并留存销毁记录及网络日志六个月备查。', 'qinhuangdao', 'plan')).not.toContain('no_destruction');
  });
});

describe('others’ like products', () => {
  it('made only on the operator’s leave', () => {
    expect(flagsOf('第二十条 其他机构拟基于本协议授权数据开发与乙方已上线产品功能相同或者相近的数据产品的，应当事先征得乙方书面同意。', 'qinhuangdao')).toContain('exclusivity');
  });
  it('lawful twin: made freely', () => {
    expect(flagsOf('第二十条 其他机构基于授权数据开发与乙方已上线产品功能相近的数据产品的，无需征得乙方同意。', 'qinhuangdao')).not.toContain('exclusivity');
  });
});

describe('a subscription by the year', () => {
  it('charged to a public body is a public use charged', () => {
    expect(flagsOf('附件3 公共数据产品和服务清单\n5. 传染病早期预警数据服务：服务对象为市、区两级疾病预防控制机构，服务形式为数据看板，计费方式为包年订阅。', 'chongqing', 'plan')).toContain('pricing');
  });
  it('lawful twin: free to it', () => {
    expect(flagsOf('附件3 公共数据产品和服务清单\n5. 传染病早期预警数据服务：服务对象为市、区两级疾病预防控制机构，服务形式为数据看板，免费提供。', 'chongqing', 'plan')).not.toContain('pricing');
  });
});

describe('a grant of a whole area', () => {
  it('is a whole grant', () => {
    expect(flagsOf('（五）授权运营模式：本次授权运营采取全域授权方式。', 'qinhuangdao', 'plan')).toContain('authorization_mode');
  });
  it('lawful twin: refused', () => {
    expect(flagsOf('（五）授权运营模式：本次授权运营依场景授权，不采取全域授权方式。', 'qinhuangdao', 'plan')).not.toContain('authorization_mode');
  });
});

describe('products served to departments named by their field', () => {
  const list = (third: string) => `六、产品和服务清单\n（一）交通违法线索智能筛查服务（服务对象：公安交管部门）；\n（二）道路安全隐患点识别报告（服务对象：交通运输部门）；\n${third}`;
  it('all of them: the list lacks the industry category', () => {
    expect(flagsOf(list('（三）校车运行安全监测服务（服务对象：教育行政部门）。'), 'hebei', 'plan')).toContain('product_categories');
  });
  it('lawful twin: one for insurers too', () => {
    expect(flagsOf(list('（三）营运车辆风险评分（服务对象：保险公司），执行政府指导价。'), 'hebei', 'plan')).not.toContain('product_categories');
  });
});

describe('a check named by the matter it looks for', () => {
  it('lets none of it happen', () => {
    expect(flagsOf('（十二）监督管理\n实施机构每半年对运营机构开展一次转授权专项核查，重点核查是否存在将授权运营权交由关联方行使等情形。', 'national', 'plan')).not.toContain('sub_authorization');
  });
  it('lawful twin’s opposite: a sub-licence allowed', () => {
    expect(flagsOf('（十二）运营安排\n运营机构可以将授权运营权转授权给其关联方行使。', 'national', 'plan')).toContain('sub_authorization');
  });
});

describe('a quoted name holding an act', () => {
  it('names a thing: a product that may leave, defined without the records', () => {
    expect(flagsOf('2.3 本协议所称“可出域产品”不包括原始数据，以及能够通过可逆模型或者算法还原出原始数据的产品。')).not.toContain('raw_data_export');
  });
  it('a manner quoted is still the act', () => {
    expect(flagsOf('（五）授权运营模式。运营机构可通过“分包授权”方式引入生态合作企业，生态合作企业在授权范围内直接开展公共数据开发利用。', 'qinhuangdao', 'plan')).toContain('sub_authorization');
  });
});

describe('the operation carried on after the term', () => {
  it('on consent, capped as a period past three years', () => {
    expect(flagsOf('第十一条 授权运营期限为叁年。期限届满后，经甲方书面同意，乙方可以继续开展授权运营，继续运营期间累计不超过贰年。', 'hebei')).toContain('term_over_3y');
  });
  it('lawful twin: within three years in all', () => {
    expect(flagsOf('第十一条 授权运营期限为贰年。期限届满后，经甲方书面同意，乙方可以继续开展授权运营，继续运营期间累计不超过壹年。', 'hebei')).not.toContain('term_over_3y');
  });
});
