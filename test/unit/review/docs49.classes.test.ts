import { describe, expect, it } from 'vitest';
import { docFromText } from '../../helpers/reviewCorpus';
import { passageReview } from '../../helpers/passageReview';

/**
 * Classes read in session 33 from a reading set of published-style texts: a sanction's lead-in that runs over a
 * semicolon; a term defined under a decimal number ("1.4 转授权：指……"); a definition that goes on to a rule; a paper
 * deferred until others issue theirs; a programme's span ("五年规划"); a prohibition with its predicate last ("……属于
 * 本协议严格禁止的情形"); data a party consented to (企业自愿授权数据) and a right of use for upkeep, neither a grant; a
 * decimal outline's top heading that lists its matters. Text written for the test.
 */
const { review, flagsOf } = passageReview();

describe('a sanction lead-in that runs over a semicolon', () => {
  const lead = '第二十条 乙方有下列行为之一的，甲方有权暂停授权并要求乙方支付违约金；造成损失的，依法赔偿：';
  it('reads the items after it as grounds of the sanction, not as what is allowed', () => {
    const text = [lead, '（一）超出授权范围使用数据的；', '（二）向专区以外导出原始明细数据的；', '（三）将本协议项下权利义务转让给第三方的。'].join('\n');
    expect(flagsOf(text)).not.toContain('raw_data_export');
    expect(flagsOf(text)).not.toContain('sub_authorization');
  });
  it('still reads an item under a lead-in that sanctions nothing', () => {
    const text = ['第二十条 乙方可以开展下列工作；具体安排由双方另行商定：', '（一）乙方可以向合作银行交付原始明细数据。'].join('\n');
    expect(flagsOf(text)).toContain('raw_data_export');
  });
});

describe('a term defined under a decimal number', () => {
  it('reads "1.4 转授权：指……" as a definition', () => {
    expect(flagsOf('1.4 转授权：指乙方将本协议项下授权以许可、出租、合作运营等方式交由第三方行使。\n5.2 乙方不得转授权。')).not.toContain('sub_authorization');
  });
  it('carries a meaning defined under "3.2" to the clause that uses it', () => {
    const text = '3.2 “授权数据”是指甲方依法持有的全部公共数据资源。\n第六条 甲方将第3.2条所述授权数据一次性授权乙方开展开发利用。';
    expect(flagsOf(text, 'hebei')).toContain('authorization_mode');
  });
});

describe('a definition that goes on to a rule', () => {
  it('fires on the rule its later clause states', () => {
    expect(flagsOf('4.3 样本包是指从授权数据中随机抽取的原始记录，以压缩文件形式交付合作机构。')).toContain('raw_data_export');
  });
  it('stays quiet on a definiens that goes on listing, or that defines an act', () => {
    expect(flagsOf('4.3 “数据出境”是指将原始记录以压缩文件形式交付境外机构的行为。')).not.toContain('raw_data_export');
    expect(flagsOf('4.4 “转许可”是指乙方将授权许可他人行使，或者以合作经营等方式交由第三方行使。')).not.toContain('sub_authorization');
  });
});

describe('a paper deferred until others issue theirs', () => {
  it('leaves the item missing', () => {
    const text = [
      '一、总体要求', '本方案围绕生态监测数据的授权运营编制。',
      '七、产品和服务价格',
      '（一）公共治理、公益事业类产品无偿提供。',
      '（二）产业发展类产品实行政府指导价。',
      '（三）运营机构经营成本和收入的核算办法、各参与方收益分配办法，待国家和本市统一出台后另行制定，并作为运营协议的补充内容。',
    ].join('\n');
    expect(review(text, 'chongqing', 'plan').items.find((i) => i.id === 'plan.accounting')?.status).toBe('missing');
  });
});

describe('a programme named by its span', () => {
  it('reads no term from "五年规划" or "三年行动计划"', () => {
    expect(flagsOf('三、（五）7. 城市治理数据底座按照全市数字政府五年规划滚动建设，与本次授权期限无关。', 'qinhuangdao', 'plan')).not.toContain('term_over_3y');
    expect(flagsOf('3.1 授权期限为三年，与本市数据要素三年行动计划相衔接。')).not.toContain('term_over_3y');
  });
  it('still reads a term of five years', () => {
    expect(flagsOf('3.1 授权期限为五年，自协议生效之日起计算。')).toContain('term_over_3y');
  });
});

describe('a prohibition with its predicate last', () => {
  it('reads "……属于本协议严格禁止的情形" as forbidding the act', () => {
    expect(flagsOf('第十六条 原始数据出域属于本协议严格禁止的情形。', 'guizhou')).not.toContain('raw_data_export');
    expect(flagsOf('第十六条 向境外机构提供原始数据在禁止之列。')).not.toContain('raw_data_export');
  });
  it('still fires when the act is said to be allowed', () => {
    expect(flagsOf('第十六条 原始数据出域属于本协议允许的情形。', 'guizhou')).toContain('raw_data_export');
  });
});

describe('what is no grant onward', () => {
  it('reads data a company consented to as data, not as the operator granting', () => {
    expect(flagsOf('6.3 经甲方同意，乙方可以将企业自愿授权数据、合作银行数据接入运营系统，与授权数据融合计算。', 'chongqing')).not.toContain('sub_authorization');
  });
  it('reads a right of use for upkeep as no right in the grant', () => {
    expect(flagsOf('7.1 运营系统及专区软硬件由甲方组织建设，属于国有资产，丙方仅享有运维使用权。', 'chongqing')).not.toContain('sub_authorization');
  });
  it('still fires when the operator grants the data to a bank', () => {
    expect(flagsOf('6.3 乙方可以授权合作银行调用授权数据开展风控建模。', 'chongqing')).toContain('sub_authorization');
  });
});

describe('a decimal outline\'s top heading that lists its matters', () => {
  it('is a heading, and the item under it is found', () => {
    const text = [
      '7 资产权属', '7.1 专区软硬件属于甲方。',
      '8 成本收入核算、定价与收益分配',
      '8.1 乙方应当对本项目单独建账、独立核算，每年向甲方报送成本收入明细表。',
      '8.2 乙方每年按经营性收入的6%向甲方支付收益分成，由甲方缴入国库。',
    ].join('\n');
    const doc = docFromText(`某场景公共数据授权运营协议\n${text}`);
    expect(doc.blocks.some((b) => b.kind === 'heading' && b.text === '成本收入核算、定价与收益分配')).toBe(true);
    expect(review(text, 'chongqing').items.find((i) => i.id === 'agr.accounting')?.status).toBe('present');
  });
});

describe('who re-develops, when a registration names a capacity', () => {
  it('reads the operator\'s subsidiary as who re-develops, not the developers it registered among', () => {
    const text = '7.3 乙方控股子公司某某智游科技有限公司已在公共数据服务平台完成开发利用机构注册，可与其他开发利用机构一样提出申请，获取乙方交付的客流预测产品后进行融合再开发。';
    expect(flagsOf(text, 'guizhou')).toContain('exclusivity');
  });
  it('stays quiet when a developer registered so re-develops', () => {
    expect(flagsOf('7.3 某某科技有限公司已完成开发利用机构注册，可获取乙方交付的客流预测产品后进行融合再开发。', 'guizhou')).not.toContain('exclusivity');
  });
});

describe('the operator signed with directly, the party between', () => {
  it('fires when the agreement is signed directly with a named company', () => {
    expect(flagsOf('2. 实施机构在本方案审议通过后，直接与市城市科技公司按场景分别签订授权运营协议。', 'qinhuangdao', 'plan')).toContain('authorization_mode');
  });
  it('stays quiet when the agreement is signed with the company a tender chose', () => {
    expect(flagsOf('2. 实施机构通过市公共资源交易中心公开招标确定运营机构后，与中标单位按场景分别签订授权运营协议。', 'qinhuangdao', 'plan')).not.toContain('authorization_mode');
  });
});
