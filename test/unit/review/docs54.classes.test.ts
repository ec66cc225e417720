import { describe, expect, it } from 'vitest';
import { txtItems } from '../../../main/docs/text';
import { docFromText } from '../../helpers/reviewCorpus';
import { passageReview } from '../../helpers/passageReview';

/**
 * Classes read in session 37 from the fifty-fourth blind set and the s37/s37a banks, after they were measured sealed:
 * a text wrapped by count of characters, a decimal clause that opens on a statement, a WeChat follow prompt, a
 * proposal recalled from the drafting, data summed by sector, stages chained by dates or by a later event, an end said
 * as the day it falls on, a product's users named before it, a consent owed for another act, a use given without the
 * grant, negations by manner and by means, a quoted draft's party, other provinces' practice, a scenario's catalogue,
 * a rights list, a priority to the next grant, a filing that may wait, an exit act defined as any of several, products
 * not sold and products given free elsewhere, a reversible key handed out, a need met on consent, a scenario put first.
 * Each case has a lawful twin where one can be written. Text written for the test.
 */
const { flagsOf } = passageReview();

describe('a text wrapped by count of characters', () => {
  // Thirty characters a line whatever they are: a clause's number in digits takes a character's room.
  const lines = [
    '        某县粮食储备公共数据授权运营协议',
    '甲方：某县发展和改革局',
    '第一条 授权内容',
    '1.1 甲方依照依场景授权原则，授权乙方在储备粮轮换监测场景',
    '内对约定的粮食储备公共数据开展加工处理，开发数据产品并提供',
    '给数据使用方，接受甲方监督。',
    '1.2 本协议项下的授权仅限于上述场景，其他场景另行授权，乙方',
    '不因本协议取得其他场景的授权，也不得擅自扩大授权数据范围。',
    '第二条 授权期限',
    '2.1 授权期限自2026年1月1日起至2028年12月31日止，期满后',
    '本协议自动终止，乙方需要继续运营的，应当在期满前三个月内向',
    '甲方提出申请，由甲方按照规定程序重新组织遴选并签订新协议。',
    '2.2 授权期间乙方应当按季度向甲方报告运营情况、产品清单和',
    '收费标准，并接受甲方组织的年度评价和第三方安全检测工作。',
  ];
  it('joins a numbered clause’s lines, and not a title centred by spaces', () => {
    const items = txtItems(lines.join('\n')).map((x) => (x.kind === 'text' ? x.text : ''));
    expect(items[0]).toBe('某县粮食储备公共数据授权运营协议');
    expect(items).toContain('1.1 甲方依照依场景授权原则，授权乙方在储备粮轮换监测场景内对约定的粮食储备公共数据开展加工处理，开发数据产品并提供给数据使用方，接受甲方监督。');
  });
});

describe('a decimal clause that opens on a statement', () => {
  it('is a clause, not a heading: a party or the text as its subject, or a lead-in', () => {
    const doc = docFromText('某协议\n第三条 期限\n3.2 期满后本协议自行终止。乙方应当在三十日内完成交接。\n4.1 授权数据包括：（1）储备库点统计数据；（2）轮换计划数据。');
    const headings = doc.blocks.filter((b) => b.kind === 'heading').map((b) => (b as { text: string }).text);
    expect(headings).not.toContain('期满后本协议自行终止');
    expect(headings).not.toContain('授权数据包括');
  });
  it('lawful twin: a section named in a decimal outline stays a heading', () => {
    const doc = docFromText('某方案\n1.1 编制目的。为规范某县粮食储备公共数据授权运营，制定本方案。');
    expect(doc.blocks.some((b) => b.kind === 'heading' && (b as { text: string }).text === '编制目的')).toBe(true);
  });
});

describe('a WeChat article’s follow prompt', () => {
  it('is never the title', () => {
    const text = '某市住房租赁公共数据授权运营方案通过评审\n原创 某市数据 2026年3月2日 09:10\n点击蓝色字关注我们\n3月1日，市数据局召开专家评审会。';
    expect(docFromText(text).title).toBe('某市住房租赁公共数据授权运营方案通过评审');
  });
});

describe('a proposal recalled from the drafting and not taken up', () => {
  it('raises nothing', () => {
    const s = '“在方案编制阶段，曾有企业建议由一家公司独家运营全部供水数据，我们认为不符合规定，没有采纳。”市数据局负责人说。';
    expect(flagsOf(s, 'hebei', 'plan')).not.toContain('exclusivity');
  });
  it('lawful twin’s opposite: the text’s own grant of sole operation fires', () => {
    expect(flagsOf('运营机构在授权期内独家运营全部供水数据。', 'hebei', 'plan')).toContain('exclusivity');
  });
});

describe('data summed by sector', () => {
  it('is a breakdown of the data, not a grant by field', () => {
    expect(flagsOf('2.1 授权数据包括：（1）参保人员统计数据（按行业、街道汇总），每季度更新。', 'hebei')).not.toContain('authorization_mode');
  });
  it('twin: a grant made by sector breaks the mode', () => {
    expect(flagsOf('本方案按行业实施授权，由运营机构统一承接。', 'hebei', 'plan')).toContain('authorization_mode');
  });
});

describe('stages chained into the term', () => {
  it('a dated first stage and a stage whose span is said first', () => {
    const s = '第四条 本协议项下授权分为培育期和运营期。培育期自2026年3月1日起至2026年10月31日止；运营期为三年，自培育期届满之次日起计算。';
    expect(flagsOf(s, 'chongqing')).toContain('term_over_3y');
  });
  it('a stage of the whole limit counted from what the first stage delivers', () => {
    const s = '（三）期限安排。授权分建设期和运营期：建设期自协议签订之日起9个月，完成专区搭建；运营期自平台通过验收之日起3年。';
    expect(flagsOf(s, 'hebei', 'plan')).toContain('term_over_3y');
  });
  it('lawful twin: a later stage that ends with the term', () => {
    const s = '（三）期限安排。授权期限为3年，自协议签订之日起计算。其中建设期自协议签订之日起6个月；运营期自平台通过验收之日起计算，至授权期限届满止。';
    expect(flagsOf(s, 'hebei', 'plan')).not.toContain('term_over_3y');
  });
  it('an end said as the day it falls on, from the signing the schedule plans', () => {
    const s = '（五）进度安排\n1.2026年第一季度：完成遴选，签订授权运营协议；\n2.2026年至2029年：开展产品开发；授权运营于2029年12月31日期满。';
    expect(flagsOf(s, 'hebei', 'plan')).toContain('term_over_3y');
  });
});

describe('raw records for users named before the act', () => {
  it('a product list item that hands raw records to the users it faces', () => {
    const s = '（二）产业类产品\n2.水质监测数据服务：面向科研院所和环保企业，按申请提供指定断面、指定时段的原始监测记录文件，以压缩包方式交付。';
    expect(flagsOf(s, 'wenzhou', 'plan')).toContain('raw_data_export');
  });
  it('lawful twin: a report computed from them', () => {
    const s = '（二）产业类产品\n2.水质监测数据服务：面向科研院所和环保企业，按申请提供断面水质统计分析报告。';
    expect(flagsOf(s, 'wenzhou', 'plan')).not.toContain('raw_data_export');
  });
});

describe('a consent owed for another act', () => {
  it('does not lift a ban written after it', () => {
    expect(flagsOf('会员个人信息按敏感个人信息管理，处理前须取得本人单独同意，严禁向第三方提供会员明细信息。')).not.toContain('raw_data_export');
  });
  it('twin: a consent that opens the act', () => {
    expect(flagsOf('乙方须取得甲方书面同意，方可向第三方提供原始数据。')).toContain('raw_data_export');
  });
});

describe('a use given without the grant', () => {
  it('a developer given only a use, the grant denied it', () => {
    expect(flagsOf('开发利用机构仅取得对应场景的数据调用权限，不取得授权运营资格。', 'guizhou', 'plan')).not.toContain('sub_authorization');
  });
  it('twin: the right to use the granted data handed to partners', () => {
    expect(flagsOf('乙方可以许可其合作伙伴使用授权数据开展产品经营。')).toContain('sub_authorization');
  });
});

describe('negations by manner and by means', () => {
  it('“不随……而” and “不以……资格”', () => {
    expect(flagsOf('授权不随乙方股东变化而当然转移。', 'chongqing')).not.toContain('sub_authorization');
    expect(flagsOf('乙方承诺不以其授权运营资格对外质押或者作价出资。', 'wenzhou')).not.toContain('sub_authorization');
  });
  it('twin: the qualification put up as capital', () => {
    expect(flagsOf('乙方可以以授权运营资格作价出资，与其他企业设立合资公司。', 'wenzhou')).toContain('sub_authorization');
  });
});

describe('a quoted draft’s party', () => {
  it('is not who re-develops in the next sentence', () => {
    const s = '原稿“运营机构享有渔业数据独家开发权”的表述已删除。修改稿明确，已交付产品的再开发面向全体经营主体开放。';
    expect(flagsOf(s, 'qinhuangdao', 'plan')).not.toContain('exclusivity');
  });
});

describe('other provinces’ practice', () => {
  it('named as theirs grants nothing here', () => {
    expect(flagsOf('一、必要性\n浙江、贵州等省份采取以整体授权为主的模式，我省则采取依场景授权。', 'hebei', 'plan')).not.toContain('authorization_mode');
  });
  it('twin: the city’s own whole-domain grant', () => {
    expect(flagsOf('本市采取整体授权模式，将全市公共数据统一授权运营机构运营。', 'hebei', 'plan')).toContain('authorization_mode');
  });
});

describe('a scenario’s data and the whole field', () => {
  it('a named scenario’s grant bounded by a catalogue is the scenario’s', () => {
    expect(flagsOf('甲方就“燃气管网泄漏预警”应用场景授权乙方运营，授权范围以附件1所列数据目录为限。', 'hebei')).not.toContain('authorization_mode');
  });
  it('twin: the grant bounded by the catalogue alone', () => {
    expect(flagsOf('授权范围以市级公共数据资源目录为限。', 'hebei')).toContain('authorization_mode');
  });
  it('a scenario that takes in all the data of every field', () => {
    expect(flagsOf('本方案所称应用场景为“智慧某市”综合场景，涵盖政务、民生和产业等领域全部公共数据的开发利用。', 'hebei', 'plan')).toContain('authorization_mode');
  });
  it('lawful twin: a duty over all the scenario’s work', () => {
    expect(flagsOf('本场景涵盖的全部公共数据的开发利用均须在平台内进行。', 'hebei', 'plan')).not.toContain('authorization_mode');
  });
});

describe('a list of the operator’s rights', () => {
  it('an item that takes part in re-development is the operator’s', () => {
    const s = '第九条 乙方享有以下权利：\n（一）依约使用授权数据；\n（二）参与经营主体对已交付产品的再开发，并分享收益；';
    expect(flagsOf(s, 'chongqing')).toContain('exclusivity');
  });
  it('lawful twin: the grantor’s rights', () => {
    const s = '第八条 甲方享有以下权利：\n（一）监督乙方运营；\n（二）参与经营主体对已交付产品再开发的安全评估；';
    expect(flagsOf(s, 'chongqing')).not.toContain('exclusivity');
  });
});

describe('a priority to the next grant', () => {
  it('fires', () => {
    expect(flagsOf('甲方今后就新增数据资源开展授权运营的，同等条件下乙方享有优先获得授权的权利。', 'hebei')).toContain('exclusivity');
  });
  it('lawful twin: a renewal earned by evaluation', () => {
    expect(flagsOf('年度评价结果均为优秀的，期满后同等条件下乙方享有优先续约的权利。', 'hebei')).not.toContain('exclusivity');
  });
});

describe('a filing that may wait', () => {
  it('for an annex to be settled is late', () => {
    const s = '第三十条 甲方应当自本协议签订之日起10个工作日内报省数据和政务服务局备案；附件三尚未确定的，可以待附件确定后一并报备。';
    expect(flagsOf(s, 'hebei')).toContain('filing_deadline');
  });
  it('lawful twin: the annex filed within days of its own', () => {
    const s = '第三十条 甲方应当自本协议签订之日起10个工作日内报省数据和政务服务局备案；附件三确定后，应当在5个工作日内补充备案。';
    expect(flagsOf(s, 'hebei')).not.toContain('filing_deadline');
  });
});

describe('the exit', () => {
  it('an exit act defined as any one of several measures, one of them keeping the data', () => {
    const s = '1.8 “数据清理”：指对授权数据及其副本采取冻结、转存或者销毁中的任一项措施。\n第二十条 协议终止后，乙方应当在十日内完成数据清理，销毁记录及日志留存一年。';
    expect(flagsOf(s, 'chongqing')).toContain('no_destruction');
  });
  it('the data kept in use after the end, on the grantor’s consent', () => {
    const s = '第二十条 协议终止后，乙方应当以不可逆方式销毁授权数据及其副本，日志留存六个月以上；但经甲方同意，乙方可以在未完结订单履行期内继续保存和使用相关授权数据。';
    expect(flagsOf(s, 'wenzhou')).toContain('no_destruction');
  });
  it('lawful twin: destruction whichever way it is done', () => {
    const s = '第二十条 协议终止后，乙方应当在十日内以物理销毁或者不可逆擦除中的任一方式销毁授权数据及其副本，销毁记录及日志留存一年。';
    expect(flagsOf(s, 'chongqing')).not.toContain('no_destruction');
  });
});

describe('the products list', () => {
  it('products all given free to public bodies and not sold lack the industry category', () => {
    const s = '（八）产品和服务清单\n项目 | 内容\n产品和服务 | 积水点预警图（服务市城管局）；泵站运行评估报告（服务市水务局）\n提供方式 | 上述产品无偿提供，不面向企业销售';
    expect(flagsOf(s, 'hebei', 'plan')).toContain('product_categories');
  });
  it('Guizhou’s 政务指导价 is no public use', () => {
    const s = '（五）产品和服务清单\n1.茶园气象指数接口（面向保险机构，政务指导价）；\n2.茶叶价格监测报告（面向茶企，政务指导价）。';
    expect(flagsOf(s, 'guizhou', 'plan')).toContain('product_categories');
  });
  it('lawful twin: free services to public bodies set out under another heading', () => {
    const s = '（五）产品和服务清单\n1.茶园气象指数接口（面向保险机构，政务指导价）；\n2.茶叶价格监测报告（面向茶企，政务指导价）。\n（九）社会效益\n运营机构向县农业农村局免费提供茶园病虫害监测图层和产量研判报告两项服务。';
    expect(flagsOf(s, 'guizhou', 'plan')).not.toContain('product_categories');
  });
  it('an annex of review requirements is not the list kept elsewhere', () => {
    const s = '4.1 本协议项下的产品和服务分为以下两大类：\n（1）产业发展类：园区能耗画像；\n（2）行业发展类：建材企业信用核验。\n4.2 上述产品的安全审核要求见附件三。';
    expect(flagsOf(s, 'hebei')).toContain('product_categories');
  });
});

describe('a reversible key handed out', () => {
  it('users decrypting with the operator’s key restore the data', () => {
    const s = '第二十一条 产品对外提供前，乙方应当对身份证号等字段作可逆加密处理，数据使用方凭乙方分配的密钥解密后使用。';
    expect(flagsOf(s, 'qinhuangdao')).toContain('raw_data_export');
  });
  it('lawful twin: irreversible masking', () => {
    const s = '第二十一条 产品对外提供前，乙方应当对身份证号等字段作不可逆脱敏处理，数据使用方仅能查看脱敏后的结果。';
    expect(flagsOf(s, 'qinhuangdao')).not.toContain('raw_data_export');
  });
});

describe('a need met on consent', () => {
  it('a ban whose need may be met on the grantor’s consent lets the grant move', () => {
    const s = '第十五条 乙方不得将本协议项下的授权运营权利转让或者交由第三方行使；确需交由第三方行使的，应当事先征得甲方书面同意。';
    expect(flagsOf(s, 'qinhuangdao')).toContain('sub_authorization');
  });
  it('lawful twin: the government’s approval and a new agreement', () => {
    const s = '第十五条 乙方不得将本协议项下的授权运营权利转让；确需转让的，应当报市人民政府批准并重新签订授权运营协议。';
    expect(flagsOf(s, 'chongqing')).not.toContain('sub_authorization');
  });
});

describe('another party named as the operator’s partner, or a scenario put first', () => {
  it('a 合作运营方 given accounts and running in its own name', () => {
    expect(flagsOf('9.2 乙方可以为合作运营方开通数据调用权限，合作运营方以自己的名义开展产品经营。', 'chongqing')).toContain('sub_authorization');
  });
  it('a county scenario subcontracted to local firms to run, a principle quoted between', () => {
    expect(flagsOf('乡镇级场景可以由运营机构按照“属地就近”原则分包给当地合作企业运营。', 'qinhuangdao', 'plan')).toContain('sub_authorization');
  });
  it('lawful twin: its upkeep contracted out', () => {
    expect(flagsOf('乡镇级场景的系统运行维护可以由运营机构委托当地技术服务商承担，运营仍由运营机构负责。', 'qinhuangdao', 'plan')).not.toContain('sub_authorization');
  });
});
