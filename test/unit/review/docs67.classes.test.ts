import { describe, expect, it } from 'vitest';
import { passageReview } from '../../helpers/passageReview';

/**
 * Classes read in session 42 from the sixty-seventh blind set and the s42d/s42e banks, after they were measured sealed
 * on the second round's engine (208dca6a): a product's operation entrusted to a subsidiary; a filing made to the
 * grantor; a tied operating entity acting in its own name; a product's running handed to partners; a quoted clause
 * judged and struck; a fee arrangement struck; another agreement's period; a purpose naming the problem it avoids
 * before a merged grant; one operator taking the whole city's grant; a backup kept until overwritten; data archived
 * read-only; a category declined (不再设置); a package defined at its records' grain. Each case has a lawful twin where
 * one can be written. Text written for the test.
 */
const { flagsOf, cited } = passageReview();

describe('transfer', () => {
  it('a product’s operation entrusted to a subsidiary', () => {
    expect(flagsOf('9.3 乙方可以将码头客流预警服务的日常运营，委托其全资子公司具体实施，委托事项报甲方备案。', 'chongqing')).toContain('sub_authorization');
  });
  it('twin: the product’s hardware upkeep entrusted', () => {
    expect(flagsOf('9.3 乙方可以将码头客流预警设备的日常维护，委托其全资子公司具体实施。', 'chongqing')).not.toContain('sub_authorization');
  });
  it('a tied operating entity acting in its own name', () => {
    expect(flagsOf('12.3 关联运营主体可以在本协议约定的授权范围内，以其自身名义开展公共数据授权运营活动。', 'hebei')).toContain('sub_authorization');
  });
  it('a product’s running carried by partners', () => {
    expect(flagsOf('第八条 乙方可以采取分包、联合运营等方式，由生态合作伙伴承担部分应用场景的数据加工和产品运营。', 'wenzhou')).toContain('sub_authorization');
  });
});

describe('filing', () => {
  it('a filing made to the grantor is not the agreement’s', () => {
    expect(cited('5.4 乙方委托其子公司实施的，应在委托之日起15日内报甲方备案。\n13.1 甲方应当在本协议签订后5个工作日内报市大数据应用发展管理局备案。', 'filing_deadline', 'chongqing')).toBe(false);
  });
  it('twin: the agreement filed late', () => {
    expect(cited('13.1 甲方应当在本协议签订后15日内报市大数据应用发展管理局备案。', 'filing_deadline', 'chongqing')).toBe(true);
  });
});

describe('others’ words', () => {
  it('a quoted clause judged exclusive and struck', () => {
    expect(flagsOf('审查意见：关于“乙方享有本场景数据产品独家经营权，甲方不再向其他机构授权同类场景”的约定，属于排他性安排，建议删除。', 'qinhuangdao')).not.toContain('exclusivity');
  });
  it('a part of the plan quoted against the rules', () => {
    expect(flagsOf('专家组意见：方案第四部分“运营机构可按需导出原始明细数据用于线下建模”的表述与“原始数据不出域”要求相悖，建议删除。', 'chongqing', 'plan')).not.toContain('raw_data_export');
  });
  it('a fee arrangement struck', () => {
    expect(flagsOf('该服务用于公共治理，应当无偿提供，建议删除收费安排。', 'hebei')).not.toContain('pricing');
  });
  it('another agreement’s period, named by its title', () => {
    expect(flagsOf('第七条 2021年签订的《公共数据开发合作框架协议》（约定合作期限十年）已经双方协商一致解除。本协议运营期限为2025年1月1日至2027年12月31日。', 'chongqing')).not.toContain('term_over_3y');
  });
  it('twin: the grant itself for ten years', () => {
    expect(flagsOf('第七条 本协议运营期限为十年。', 'chongqing')).toContain('term_over_3y');
  });
});

describe('authorization mode', () => {
  it('scenarios merged into one grant, after the problem the merger avoids', () => {
    expect(flagsOf('（一）授权运营模式。为避免“一场景一授权”造成重复建设、运营主体过多等问题，本方案将文旅消费和商贸流通两个应用场景合并授权同一运营机构。', 'qinhuangdao', 'plan')).toContain('authorization_mode');
  });
  it('twin: a merger the plan rules out', () => {
    expect(flagsOf('（一）授权运营模式。本方案按照一场景一授权实施，不得将不同应用场景合并授权。', 'qinhuangdao', 'plan')).not.toContain('authorization_mode');
  });
  it('one operator taking on the whole city’s grant', () => {
    expect(flagsOf('（五）授权运营模式。由一家运营机构统一承接全市公共数据授权运营，围绕各领域按需开发场景产品。', 'hebei', 'plan')).toContain('authorization_mode');
  });
});

describe('exit', () => {
  it('a backup kept until the cycle runs out and it is overwritten', () => {
    expect(cited('第三十二条 本协议终止后，乙方应当删除运营系统中的授权数据；乙方形成的异地灾备数据，可以保留至备份周期届满后由系统自动覆盖。', 'no_destruction', 'chongqing')).toBe(true);
  });
  it('data archived read-only and kept', () => {
    expect(cited('（五）退出机制：运营机构退出的，其运营环境中保存的授权数据及加工中间数据作归档处理，设置为只读状态由运营机构保存。', 'no_destruction', 'chongqing', 'plan')).toBe(true);
  });
  it('twin: data destroyed, the destruction record kept', () => {
    expect(cited('（五）退出机制：运营机构退出的，应以不可逆方式销毁授权数据及其副本，销毁记录作归档处理，操作日志保存不少于六个月。', 'no_destruction', 'chongqing', 'plan')).toBe(false);
  });
});

describe('product categories', () => {
  const list = (lead: string) => `一、总体要求\n授权运营期限三年。\n（四）产品和服务清单。${lead}集中开发以下产业发展类产品：1. 文旅客流预测；2. 特色农产品产销对接指数；3. 物流园区运力匹配服务。`;
  it('the public category declined', () => {
    expect(flagsOf(list('本方案不再设置公共治理、公益事业类产品，'), 'guizhou', 'plan')).toContain('product_categories');
  });
  it('twin: public products kept beside', () => {
    expect(flagsOf(list('公共治理、公益事业类产品另设两项免费服务，'), 'guizhou', 'plan')).not.toContain('product_categories');
  });
});

describe('raw data', () => {
  it('a package defined at its records’ grain, downloaded and taken out', () => {
    expect(flagsOf('1.9 “标准数据包”：指授权运营机构按主题抽取形成的公共数据记录集合，保留数据源的字段结构和记录粒度。\n7.4 开发利用机构经审核通过后，可以将标准数据包导出至其自有环境开展再开发。', 'guizhou')).toContain('raw_data_export');
  });
});

describe('a PDF whose items are set two characters in, headings at the margin', () => {
  // LibreOffice at 16 pt, lines 26 pt apart: "九、……" at 79.5 pt, every line of "（二）……" at 103.6 pt to the edge at 521 pt.
  const line = (text: string, y: number, right = 521, x = 103.6, size = 16) => ({ text, cells: [text], x, right, y, size });
  const page = (third: string) => [
    line('九、数据安全和个人信息保护', 500, 235, 79.5),
    line('（二）出域审核。数据产品和服务出域前，按照“谁授权、谁审核”原则，由', 472),
    line('市林业局组织安全性审核；出域产品不得泄露个人信息、商业秘密，不得能够', 446),
    line(third, 420, 307),
    line('（三）个人信息保护。涉及林农的个人信息在进入空间前完成去标识化处理，', 391),
    line('产品仅使用汇总统计结果。', 365, 247),
  ];
  it('joins an item’s lines into one paragraph', async () => {
    const { pageParagraphs } = await import('../../../main/docs/pdf');
    const texts = pageParagraphs(page('通过可逆模型或算法还原出原始数据。'), 5, 842).map((i) => (i.kind === 'text' ? i.text : ''));
    expect(texts).toContain('（二）出域审核。数据产品和服务出域前，按照“谁授权、谁审核”原则，由市林业局组织安全性审核；出域产品不得泄露个人信息、商业秘密，不得能够通过可逆模型或算法还原出原始数据。');
    expect(texts).toContain('（三）个人信息保护。涉及林农的个人信息在进入空间前完成去标识化处理，产品仅使用汇总统计结果。');
  });
  it('twin: a label under a full line starts its own paragraph', async () => {
    const { pageParagraphs } = await import('../../../main/docs/pdf');
    const texts = pageParagraphs(page('附件二：数据安全承诺书'), 5, 842).map((i) => (i.kind === 'text' ? i.text : ''));
    expect(texts).toContain('附件二：数据安全承诺书');
  });
});
