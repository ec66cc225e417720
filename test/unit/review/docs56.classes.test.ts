import { describe, expect, it } from 'vitest';
import { passageReview } from '../../helpers/passageReview';
import { durations, withTermNumbers } from '../../../shared/review/text';

/**
 * Classes read in session 38 from the fifty-sixth blind set and the s38/s38a banks, after they were measured sealed on
 * the starting engine: stages set out as list items under their names, a term run by an annex schedule, a whole term
 * said beside its parts, days counted before a yearly report, an extension applied for under the same agreement,
 * a signing counterparty, the operation of named products handed to a subsidiary, records defined by their grain, a
 * ceiling surcharged, a market closed to others by name, the exit's destruction done by marking, skipped for backups,
 * left to a request or put off while contracts run, a proposal recalled from a consultation, media overwritten, an
 * article's headline above its account line and its sub-headlines, an annex's list under its own numbered parts.
 * Each case has a lawful twin where one can be written. Text written for the test.
 */
const { review, flagsOf } = passageReview();

describe('stages set out as items named by their headings', () => {
  const stages = (second: string) => `（五）授权运营期限\n本次授权运营分两个阶段实施：\n1. 培育运营期\n自授权运营协议签订之日起十二个月，先行开放港口集疏运场景；\n2. 全域运营期\n${second}`;
  it('a second stage run after the first, on a condition passed, adds to it', () => {
    expect(flagsOf(stages('培育运营期届满并经考核合格后，连续运营三十个月，扩展至全部场景。'), 'wenzhou', 'plan')).toContain('term_over_3y');
  });
  it('lawful twin: the two together within three years', () => {
    expect(flagsOf(stages('培育运营期届满并经考核合格后，连续运营二十四个月，扩展至全部场景。'), 'wenzhou', 'plan')).not.toContain('term_over_3y');
  });
});

describe('a term run by an annex schedule', () => {
  const plan = (end: string) => `五、授权运营期限\n授权运营期限按照附件2《实施进度安排表》执行。\n六、其他\n本方案自印发之日起施行。\n附件2 实施进度安排表\n第一阶段（2026年1月—2026年12月）平台部署；第二阶段（2027年1月—${end}）规模运营。`;
  it('spanning more than three years', () => {
    expect(flagsOf(plan('2029年6月'), 'chongqing', 'plan')).toContain('term_over_3y');
  });
  it('lawful twin: three years in all', () => {
    expect(flagsOf(plan('2028年12月'), 'chongqing', 'plan')).not.toContain('term_over_3y');
  });
});

describe('a whole term said beside its parts', () => {
  it('is their sum, not one more of them', () => {
    expect(flagsOf('（七）授权运营期限\n授权运营期限为3年，分为系统对接期（12个月）和稳定运营期（24个月）两个阶段，两个阶段合计即为授权运营期限。', 'hebei', 'plan')).not.toContain('term_over_3y');
  });
  it('a sum that runs over the term is still read', () => {
    expect(flagsOf('（七）授权运营期限\n系统对接期12个月，稳定运营期36个月，两个阶段合计即为授权运营期限。', 'hebei', 'plan')).toContain('term_over_3y');
  });
});

describe('days counted before a yearly report', () => {
  it('are no years', () => {
    expect(durations(withTermNumbers('应于每年1月10日起20个工作日内提交年度运营报告')).map((d) => d.months)).not.toContain(240);
    expect(flagsOf('（十一）其他事项\n运营机构在运营期限内每满一年，应于满一年之日起15个工作日内提交年度运营报告。', 'chongqing', 'plan')).not.toContain('term_over_3y');
  });
  it('a count of years of a kind is still years', () => {
    expect(durations(withTermNumbers('授权期限为四个完整供暖年度')).map((d) => d.months)).toContain(48);
  });
});

describe('an extension applied for under the same agreement', () => {
  it('adds to the term', () => {
    expect(flagsOf('第四条 授权运营期限为3年。期满前考核均为合格的，运营单位可以申请延长授权期限，延长期限不超过18个月，延长期间按原协议执行。', 'wenzhou')).toContain('term_over_3y');
  });
  it('lawful twin: a renewal signed anew', () => {
    expect(flagsOf('第四条 授权运营期限为3年。期满后运营单位可以申请续签，经重新遴选后另行签订授权运营协议。', 'wenzhou')).not.toContain('term_over_3y');
  });
});

describe('who signs with whom', () => {
  it('the operator signing with a data user in its own name hands nothing on', () => {
    expect(flagsOf('（三）运营机构\n运营机构以自己的名义与数据使用方签订服务合同，并对服务质量负责。', 'wenzhou', 'plan')).not.toContain('sub_authorization');
  });
  it('a partner running products in its own name still does', () => {
    expect(flagsOf('第九条 合作企业可以以自身名义对外提供数据产品，乙方按月与其结算。', 'chongqing')).toContain('sub_authorization');
  });
});

describe('the operation of named products handed to a subsidiary', () => {
  it('is the grant passed on', () => {
    expect(flagsOf('第十六条 乙方可以将企业信用核验接口和经营风险画像的运营服务，委托其全资子公司具体实施，并在委托后五个工作日内告知甲方。', 'chongqing')).toContain('sub_authorization');
  });
  it('lawful twin: forbidden', () => {
    expect(flagsOf('第十六条 乙方不得将企业信用核验接口和经营风险画像的运营服务委托其他单位实施。', 'chongqing')).not.toContain('sub_authorization');
  });
});

describe('records defined by their grain', () => {
  it('and delivered as files leave the platform', () => {
    expect(flagsOf('2.3 本协议所称“明细包”，是指以逐户形式记录的用水、用气缴费明细数据，按照需方字段打包形成的数据文件。\n6.1 乙方可以通过离线介质向需方交付明细包。', 'chongqing')).toContain('raw_data_export');
  });
  it('lawful twin: a product built on them', () => {
    expect(flagsOf('2.3 本协议所称“用能指数”，是指基于逐户用水、用气缴费明细数据加工形成的区域统计指标。\n6.1 乙方可以通过接口向需方提供用能指数。', 'chongqing')).not.toContain('raw_data_export');
  });
});

describe('a ceiling surcharged', () => {
  it('on top of the guided ceiling named before', () => {
    expect(flagsOf('6.3 乙方收取的服务费执行附件所列政府指导价上限。需方要求加急服务的，乙方可以在上限基础上另行加收不超过百分之三十的费用。', 'national')).toContain('pricing');
  });
  it('lawful twin: discounted below it', () => {
    expect(flagsOf('6.3 乙方收取的服务费执行附件所列政府指导价上限。对中小微企业，乙方可以在上限基础上下浮百分之二十收取。', 'national')).not.toContain('pricing');
  });
});

describe('a market closed to others by name', () => {
  it('others barred from offering like products to the market', () => {
    expect(flagsOf('六、各方权利义务\n授权期内，其他单位不得面向市场提供同类公共数据产品。', 'wenzhou', 'plan')).toContain('exclusivity');
  });
  it('lawful twin: barred only from using the data without a grant', () => {
    expect(flagsOf('六、各方权利义务\n未经授权，其他单位不得使用授权范围内的公共数据开展经营。', 'wenzhou', 'plan')).not.toContain('exclusivity');
  });
});

describe('the exit’s destruction', () => {
  const exit = (s: string) => flagsOf(`第二十条 协议终止后，乙方应当以不可逆方式销毁授权数据及其副本，网络日志留存不少于6个月。${s}`, 'hebei');
  it('done by marking records or closing access', () => {
    expect(flagsOf('12.4 本协议终止后，乙方应当删除授权数据。删除可以采取标记删除或者关闭访问权限等方式。', 'national')).toContain('no_destruction');
  });
  it('not done for backups', () => {
    expect(exit('备份系统中的历史数据按照备份周期自动覆盖，不单独执行销毁操作。')).toContain('no_destruction');
  });
  it('done only on request, the data kept otherwise', () => {
    expect(flagsOf('第三十五条 协议终止后，甲方可以要求乙方销毁或者返还授权数据；甲方未提出要求的，乙方应当妥善保管相关数据。', 'hebei')).toContain('no_destruction');
  });
  it('put off while contracts run', () => {
    expect(flagsOf('第二十九条 运营机构退出的，其已获取的公共数据经主管部门同意可以继续用于已签约项目，直至相关合同履行完毕。', 'guizhou')).toContain('no_destruction');
  });
  it('lawful twin: destroyed, media overwritten, logs kept', () => {
    expect(exit('加密存储的数据副本以销毁密钥并对存储介质多次覆写的方式处置，确保不可恢复。')).not.toContain('no_destruction');
    expect(exit('加密存储的数据副本以销毁密钥并对存储介质多次覆写的方式处置，确保不可恢复。')).not.toContain('raw_data_export');
  });
});

describe('a proposal recalled from a consultation', () => {
  it('is what a firm asked, not the plan’s rule', () => {
    expect(flagsOf('附件4 意见采纳情况\n某企业提出“授予运营机构对衍生产品的优先开发权”，经研究未予采纳。', 'national', 'plan')).not.toContain('exclusivity');
  });
});

describe('an article’s headline', () => {
  it('above its account line, date and player is the title', () => {
    const r = review('原创 某市数据局 某市数据局\n2025年12月04日 17:46 河北\n听全文\n12月3日，市数据局组织召开《某市水务公共数据授权运营实施方案》论证会，五位专家参加会议。\n数据“沉睡”多部门\n据介绍，全市供水、排水等数据分散在多个部门，企业获取难。\n专家组一致同意方案通过论证。', 'hebei', 'plan', '我市水务公共数据授权运营实施方案通过专家论证');
    expect(r.documentTitle).toBe('我市水务公共数据授权运营实施方案通过专家论证');
    expect(r.warnings.some((w) => w.includes('看起来不像'))).toBe(true);
  });
  it('its sub-headlines after the report began are not', () => {
    const r = review('原创 某省民宗委 某省民宗委 2025年11月18日\n点击蓝字 关注我们\n会议指出，我省民族语文数据资源丰富，开发利用潜力较大，需要统筹推进。\n二\n与会各方意见\n有企业代表建议，给予运营机构五年独家运营权。', 'national', 'plan', '省民宗委召开民族语文公共数据开发利用座谈会');
    expect(r.documentTitle).toBe('省民宗委召开民族语文公共数据开发利用座谈会');
  });
});

describe('an annex’s list under its own numbered parts', () => {
  const annex = (second: string) => `一、总体要求\n为推进公共数据授权运营，制定本方案。\n附件3 产品和服务清单（第一批）\n一、产业发展类：企业用能画像、物流时效指数\n${second}`;
  it('lacking the public category', () => {
    expect(flagsOf(annex('二、行业发展类：资质核验服务\n（公共治理、公益事业类产品待后续需求征集后另行确定）'), 'chongqing', 'plan')).toContain('product_categories');
  });
  it('lawful twin: both categories', () => {
    expect(flagsOf(annex('二、公共治理类：违规线索预警（免费提供）'), 'chongqing', 'plan')).not.toContain('product_categories');
  });
});
