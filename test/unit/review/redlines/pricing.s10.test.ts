import { describe, it } from 'vitest';
import { expectQuiet, expectRaised } from '../../../helpers/redlineCase';

/**
 * Pricing readings of session 15: the reader alone decides pricing (the phrase triggers are retired), so what the
 * triggers alone caught is read here as readings; and the eighteenth set's false red lines, each on text written for
 * this test, with near misses that must stay quiet.
 */
const quiet = (texts: string[]) => expectQuiet('pricing', texts, { ruleset: 'national' });
const fires = (texts: string[]) => expectRaised('pricing', texts, { ruleset: 'national' });

describe('pricing: a price the market regulates (市场调节价) is the operator setting it', () => {
  it('fires: the operator products put under market-regulated prices', () => {
    fires([
      '乙方提供的数据产品实行市场调节价。',
      '产业发展类数据服务执行市场调节价，由运营机构根据供求状况适时调整。',
      '本项目经营性产品的价格按市场调节价确定，甲方不作干预。',
      '数据产品价格由运营机构依市场行情自行订定，并得随时调整。',
    ]);
  });
  it('near misses: market prices forbidden, or left to what a developer re-developed', () => {
    quiet([
      '乙方提供的数据产品不得实行市场调节价，应当执行政府指导价。',
      '开发利用机构对数据产品再开发形成的产品，实行市场调节价。',
      '产业发展类产品执行政府指导价，不实行市场调节价。',
    ]);
  });
});

describe('pricing: a guided price binds what its clause names; products set apart and priced by the operator are not', () => {
  it('fires: the rest of the products priced by the operator itself', () => {
    fires([
      '附件所列产品执行政府指导价；除附件所列产品外，其他数据产品由乙方自主定价。',
      '基础数据服务实行政府指导价，其余增值服务的价格由运营机构自行确定。',
      '除清单内三项服务执行政府指导价以外，乙方提供的其他产品和服务自行定价。',
    ]);
  });
  it('near misses: the rest under the guided price too, or priced under an outside approval', () => {
    quiet([
      '附件所列产品执行政府指导价；除附件所列产品外，其他数据产品同样执行政府指导价。',
      '基础数据服务实行政府指导价，其余产品的价格由运营机构拟定后报价格主管部门核定。',
      '数据产品执行政府指导价，乙方在指导价范围内自主确定具体价格。',
    ]);
  });
});

describe('pricing: a public body named by its function (应急、消防等部门, 公共管理部门) is a public user', () => {
  it('fires: the department served and charged', () => {
    fires([
      '乙方向应急、消防等部门提供的风险评估报告，每份收取费用人民币三千元。',
      '公共管理部门调用接口超过每月五千次的，超出部分按每次0.2元计费。',
      '为交通、城管部门定制的分析报表，按每份2000元结算。',
    ]);
  });
  it('near misses: the operator own departments, or the department served free', () => {
    quiet([
      '乙方应当设立专门部门负责产品定价和收费工作，收费标准执行政府指导价。',
      '乙方技术部门负责接口运维，向企业用户收取的接口费用执行政府指导价。',
      '乙方向应急、消防等部门免费提供风险评估报告；向保险公司提供的，执行政府指导价。',
    ]);
  });
});

describe('pricing: a public user sharing the costs is charged', () => {
  it('fires: the cost shared out to the public user', () => {
    fires([
      '公共治理类产品实行成本回收，由使用部门按开发成本分摊支付。',
      '政务服务类产品的运维费用由各使用单位按调用量分担。',
    ]);
  });
  it('near misses: no share taken from the public user, or the budget bearing it', () => {
    quiet([
      '公共治理类产品的开发成本由运营机构自行承担，不向使用部门分摊。',
      '公共治理类产品的建设成本由财政预算资金分摊列支。',
      '产业发展类产品的用户按调用量分摊运维成本，具体标准执行政府指导价。',
    ]);
  });
});

describe('pricing: a price changed or posted without the price authority', () => {
  it('fires: a change that needs no approval, and a price the operator lists itself', () => {
    fires([
      '乙方可以根据市场情况调整产品价格，调整后的价格自公布之日起执行，无需报价格主管部门核定。',
      '服务费标准调整的，乙方在官网公示后执行，无需经甲方审核。',
      '产业发展类产品的价格由运营机构公开挂牌。',
    ]);
  });
  it('near misses: the change approved, the listing at the approved price', () => {
    quiet([
      '乙方调整产品价格的，应当报价格主管部门核定，未经核定不得执行。',
      '产品价格由运营机构按核定的标准挂牌公示。',
      '价格调整后无需重新签订协议，但调整后的价格须报价格主管部门核定后执行。',
    ]);
  });
});

describe('pricing: who sets a price is read on the words as written (an authority is no user)', () => {
  it('near misses: the user pays at the price the price authority fixed', () => {
    quiet([
      '以上产品由使用方按照省、市价格主管部门确定的收费标准有偿使用。',
      '经营性产品由需求方按照市发展改革委核定的价格付费使用。',
      '上述服务由用户按照价格主管部门制定的标准有偿调用。',
    ]);
  });
  it('still fires: the price set by the operator and the user', () => {
    fires(['以上产品的价格由运营机构与使用方协商确定。', '数据服务的收费标准由乙方与需求方议定。']);
  });
});

describe('pricing: a clause that names whom it serves is about them, not the public user of the clause before', () => {
  it('near misses: public users free, then an industry served and charged', () => {
    quiet([
      '面向党政机关和社会公众的查询服务免费提供，面向文化创意、影视出版等产业的开发利用按照国家价格政策有偿提供。',
      '对政府部门的数据核验服务无偿提供，对旅游、会展行业的定制分析按政府指导价收费。',
      '为基层治理提供的看板免费使用，向物流、零售等领域提供的预测服务执行政府指导价有偿提供。',
    ]);
  });
  it('still fires: the clause names a public recipient, or none', () => {
    fires([
      '面向社会公众的查询服务免费提供，面向街道、社区的治理看板按每套每年3万元收费。',
      '公共治理类产品试运行期内免费使用；试运行期满后，按年度向乙方支付服务费。',
    ]);
  });
});

describe('pricing: the phrase triggers retired; what they guarded the reader keeps quiet', () => {
  it('near misses: a charge overseen, public use free beside a charged market, the authority setting the ceiling', () => {
    quiet([
      '市数据局会同市档案馆建立日常监管机制，对运营机构的数据调用、产品出域、收费和信息公开情况进行检查。',
      '公益优先、有偿有度：服务政府决策和公共治理的产品无偿提供，面向市场主体的经营性产品按照“准许成本+合理收益”收取运营服务费，防止借数据“搭车收费”。',
      '有偿产品实行政府指导价，由市发展改革委会同市数据和政务服务局按照“准许成本+合理收益”原则核定收费上限。',
    ]);
  });
});

describe('pricing: what the phrase triggers alone caught, read as readings', () => {
  it('fires: a body served is no duty subject; 应急 is no modal; a public kind; a ban whose exception charges', () => {
    fires([
      '乙方向各级行政机关提供数据产品，按市场行情收取服务费。',
      '运营机构为区级职能部门提供数据服务的，按年包干收取。',
      '因防汛应急处置需要调用数据产品的，事后按市场价向乙方支付费用。',
      '公共服务类产品按照市场价格收取费用。',
      '政府部门调用数据产品的，原则上不收费，但调用量超过每月1000次的除外。',
      '对公益性应用原则上不计费，但每月调用超过五万次的部分除外。',
    ]);
  });
  it('near misses: the body provides the data, the exception turns to business, public service as an aim', () => {
    quiet([
      '区应急管理局应当按目录提供数据，运营机构向企业收取的服务费执行政府指导价。',
      '政府部门调用公益类产品的，运营机构不得收费，但用于经营活动的除外。',
      '运营机构应提升公共服务水平，向企业收取服务费执行政府指导价。',
    ]);
  });
});

describe('pricing (bank, even): the operator pricing, its own price list, or the guided price made a reference', () => {
  it('fires: the operator as who prices, its published list as the price, pricing outside the guided price', () => {
    fires([
      '价格：乙方定价，每年调整一次。',
      '数据产品由运营机构定价，按季度结算。',
      '服务费以乙方官网公开发布的价目表为准。',
      '收费标准以运营机构对外发布的价目为准，运营机构可随时调整。',
      '政府指导价仅作为参考，乙方可以在指导价以外合理确定价格。',
      '核定价格仅供参考，实际收费由双方另行商定。',
    ]);
  });
  it('near misses: the operator pricing within the guided price, a list approved, the guided price binding', () => {
    quiet([
      '乙方定价应当执行政府指导价，不得超过核定上限。',
      '服务费以价格主管部门核定后公开发布的价目表为准。',
      '服务费以乙方公开发布并经甲方审核同意的价目表为准。',
      '乙方应当在指导价范围内合理确定价格，不得在指导价以外另行收费。',
    ]);
  });
});

// Written after the merge (session 15): a ceiling kept is said as "上限内" and "最高限价幅度内" as often as "以内".
describe('pricing s10: a price agreed within the guided ceiling, however the ceiling is named', () => {
  it('near misses: a price set within the guided price or the approved maximum', () => {
    expectQuiet('pricing', [
      '对于产业发展类产品，乙方可在政府指导价上限内与用户协商确定具体价格。',
      '乙方可在核定的最高限价幅度内自主确定价格。',
      '具体收费由双方在指导价区间内商定。',
    ]);
  });
  it('the approved maximum raised fires', () => {
    expectRaised('pricing', ['乙方可在核定的最高限价基础上自主上浮。']);
  });
});
