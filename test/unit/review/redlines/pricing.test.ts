import { describe, expect, it } from 'vitest';
import { agreementWith, docFromText, reviewAsApp } from '../../../helpers/reviewCorpus';
import { expectQuiet, expectRaised, raises, type RedlineCase } from '../../../helpers/redlineCase';

/**
 * Prices read as who pays whom on what basis (second clause bank, session 7). Every text is written for this test,
 * unlike the bank's wordings; each class has near misses that must stay quiet.
 */

describe('pricing: public users charged in other words', () => {
  it('a share or a discount of a price is a price', () => {
    expectRaised('pricing', [
      '区卫生健康委员会调用慢病随访数据服务开展健康管理的，按标准价格的百分之三十付费。',
      '市级教育部门使用学位预警模型的，给予八折优惠。',
      '街道办事处因履行职责需要订阅网格事件分析服务的，享受优惠价。',
    ]);
  });
  it('public users deemed commercial or billed at the operator’s price fire', () => {
    expectRaised('pricing', [
      '区级行政机关调用本场景接口的，视同一般商业用户，按统一价格计费。',
      '面向政务决策的城市体检报告，价格参照乙方对外报价执行。',
      '县级民政部门调用救助对象核验接口的，每次人民币零点三元。',
      '市场监督管理局调用企业画像服务的，按照每年十万元的标准支付使用费。',
    ]);
  });
  it('free public use, or a price name said of industry users, stays quiet', () => {
    expectQuiet('pricing', [
      '区级行政机关因履职调用本场景接口的，免费。',
      '企业用户按照产业类标准价格的百分之八十付费。',
      '商业银行调用企业信用评分接口的，享受八折优惠。',
    ]);
  });
  it('costs paid back to the operator, a fee from every caller, an annual settlement fire', () => {
    expectRaised('pricing', [
      '公益类数据服务免费提供，但接口调用产生的带宽费用由使用部门按月向运营机构支付。',
      '平台接入费是指乙方向所有使用单位收取的年度费用，不论使用单位性质。',
      '乙方向市应急管理局提供的汛情研判产品，按合同价格每季度结算一次。',
    ]);
    expectQuiet('pricing', ['公益类数据服务免费提供，接口调用产生的带宽成本由运营机构自行承担。', '企业用户调用数据接口的，按季度结算一次。']);
  });
});

describe('pricing: the guided price not followed', () => {
  it('a raise on the guided ceiling, revenue above the allowed kept, the operator’s board deciding fire', () => {
    expectRaised('pricing', [
      '行业发展类产品以价格主管部门核定价格为基础，乙方可视市场情况上调不超过百分之十五。',
      '乙方实际收入高于准许收入的部分，归乙方所有，不予返还。',
      '产业类数据产品的价格，由运营机构经营管理层结合成本研究确定。',
      '产品价格由乙方根据运营成本自主测算后公布执行。',
    ]);
  });
  it('a guided ceiling kept, surplus deducted, and prices set under the guided price stay quiet', () => {
    expectQuiet('pricing', [
      '行业发展类产品以政府指导价为上限，乙方不得上浮。',
      '乙方实际收入超过准许收入的部分，在下一定价周期中全额扣减。',
      '产业类数据产品的价格，由运营机构按照政府指导价确定。',
      '开发利用主体对其再开发形成的产品实行市场定价，自行确定价格。',
    ], { ruleset: 'guizhou' });
  });
});

/**
 * Third clause bank read as classes (session 8): who uses is decided from the whole clause and the section it sits in,
 * and a prohibition reaches a verb that follows its manner. Texts written for this test.
 */
const PLAN: RedlineCase = { ruleset: 'chongqing', kind: 'plan', doc: (lines) => ['某区公共数据授权运营实施方案', lines].join('\n') };

describe('pricing: the user of a clause, wherever it is named', () => {
  it('a charge under a heading that names a public user fires; under a market user or a principle it does not', () => {
    expect(raises('pricing', ['六、产品和服务清单', '（二）面向乡镇卫生院的慢病随访看板', '按每家每年人民币3万元收取。'].join('\n'), PLAN)).toBe(true);
    expect(raises('pricing', ['六、产品和服务清单', '（一）面向保险公司的理赔核验服务', '按每次人民币0.8元收取。'].join('\n'), PLAN)).toBe(false);
    expect(raises('pricing', ['六、价格机制', '（一）公益优先与有偿使用相结合', '行业用户按每次人民币0.8元付费。'].join('\n'), PLAN)).toBe(false);
  });
  it('a public body named after the charge, as the one provided to, fires', () => {
    expectRaised('pricing', ['运营机构可以按照市场价格向县级应急管理部门提供汛情研判报告。', '乙方按对外报价向市教育局提供学位预警服务。']);
    expectQuiet('pricing', ['运营机构可以按照政府指导价向保险机构提供理赔核验报告。', '乙方可以免费向县级应急管理部门提供汛情研判报告。']);
  });
  it('a regulator named in a market user’s price is no public user', () => {
    expect(raises('pricing', '保险机构调用理赔核验接口的，按照发展改革部门核定的标准每次支付人民币0.6元。')).toBe(false);
  });
});

describe('pricing: the operator’s own pricing power, and prohibitions read to their verb', () => {
  it('a pricing power of its own or a price without limit fires; one within the guided price does not', () => {
    expectRaised('pricing', ['乙方对本场景行业类产品拥有自主定价权。', '乙方享有产品定价的最终决定权。', '本场景数据产品的收费标准不设上限。']);
    expectQuiet('pricing', ['乙方在政府指导价范围内享有定价权。', '企业调用接口的次数不设上限。']);
  });
  it('a prohibition whose verb follows its manner stays a prohibition; one that closed its own verb does not reach on', () => {
    expect(raises('pricing', '运营机构不得以平台维护费、数据清洗费等名义，向履行公共服务职责的事业单位收取任何费用。')).toBe(false);
    expect(raises('pricing', '乙方不得以任何形式泄露数据，区卫生健康局调用慢病数据的，按每次0.5元收费。')).toBe(true);
  });
});

/** Fourth bank read as classes (session 9): who pays whom for what use under which price rule. Texts written for this test. */
describe('pricing: a price the operator drafts, a free product tied to a paid one', () => {
  it('an operator-drafted price that takes effect on silence or a mere filing fires; one a regulator fixes does not', () => {
    expectRaised('pricing', [
      '乙方编制的收费标准送甲方备案后即生效执行。',
      '运营机构提出的产品定价建议，授权方逾期未答复的，视为认可。',
      '乙方拟订的价格方案报甲方后，甲方十个工作日内未提出异议的，视为同意。',
    ]);
    expectQuiet('pricing', ['产业类产品价格方案由乙方拟定，报市发展改革委核定后执行。', '乙方拟定的价格方案须经甲方书面同意并报价格主管部门核定后方可执行。']);
  });
  it('a free public product tied to a paid service, or public users bearing the operator’s costs, fire', () => {
    expectRaised('pricing', [
      '区教育局申请使用免费的学情分析报告的，应当一并订购乙方有偿提供的数据治理服务。',
      '公共治理类产品不收取使用费，但调用部门应承担乙方派驻运维人员的人工费用。',
      '街道办事处使用公益类看板的，须同时采购乙方的大屏展示服务。',
    ]);
    expectQuiet('pricing', ['公益类数据产品免费提供，使用单位可以自愿选择购买乙方的定制化部署服务。', '公共治理类产品的运维费用由乙方承担。']);
  });
});

describe('pricing: what is not a charge, and who the user is', () => {
  it('a charge word naming data, a model text’s blanks and options, and the grantor’s budget stay quiet', () => {
    expectQuiet('pricing', [
      '授权数据包括市医疗保障局的参保单位缴费人数统计数据和市税务局的缴费记录。',
      '公共治理类数据产品向区级行政机关（□免费 □收费）提供，收费的，每次____元。',
      '乙方向政府部门提供公共治理类产品的，按______（免费/收费）方式提供。',
      '城市运行管理平台的建设费用，由市财政按照政府采购程序向乙方支付。',
    ]);
  });
  it('a filled price for a public body, a defined public user, and public bodies named by kind fire', () => {
    expectRaised('pricing', [
      '政府部门使用公共治理类产品的，收取费用5万元/年。',
      '本协议所称“履职单位”，系指本区各行政机关。履职单位调用风险预警接口的，每次支付0.2元。',
      '乙方为区税务机关提供的纳税信用核验服务，按年收取服务费八万元。',
      '区卫生健康委从部门预算中向乙方支付公共卫生监测服务费，每年十万元。',
    ]);
    expect(raises('pricing', '本协议所称“商业用户”，是指在本市登记的企业。商业用户调用风险预警接口的，每次支付0.2元。')).toBe(false);
  });
});

describe('pricing: a model text filled in, ticked boxes, and a short traditional text', () => {
  it('a blank filled between its underscores and a ticked charge are decided; a ticked free option is not a charge', () => {
    expect(raises('pricing', '县级行政机关调用核验接口的，由调用单位按乙方运营成本上浮__10__%向乙方支付服务费。')).toBe(true);
    expect(raises('pricing', '公共治理类数据产品向区级行政机关（□免费 ■收费）提供，每次__0.5__元。')).toBe(true);
    expect(raises('pricing', '公共治理类数据产品向区级行政机关（■免费 □收费）提供。')).toBe(false);
  });
  it('one traditional article pasted alone is converted before it is read', async () => {
    const text = agreementWith('乙方向檢察機關提供之案件線索數據服務，按次收取服務費，每次人民幣貳元。');
    const r = await reviewAsApp(docFromText(text, 't.txt'), 'hebei', 'agreement');
    expect(r.flags.map((f) => f.id)).toContain('pricing');
  });
});
