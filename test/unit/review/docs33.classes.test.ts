import { describe, it } from 'vitest';
import { expectQuiet, expectRaised, type RedlineCase } from '../../helpers/redlineCase';

/**
 * Classes read from the thirty-third set's failures (session 26, branch r33), on text written for this test in other
 * sectors and wordings, with the near misses that must stay quiet.
 */

describe('a price named as the field a body oversees, or a body acting on its remit, charges nobody', () => {
  // "市市场监管局、市发展改革局按职责做好价格和市场秩序监管": 按……价格 was read as a price a public user pays.
  it('stays quiet on price oversight and bodies acting on their remit', () => {
    expectQuiet('pricing', [
      '县市场监督管理局依照职责开展价格监督检查，查处价格违法行为。',
      '区发展改革委按照职能分工做好数据产品价格监管。',
      '各行业主管部门按照各自职责做好本行业数据服务价格和市场秩序的监督。',
      '市卫生健康委负责数据归集；区市场监管局按职责加强价格执法。',
    ]);
  });
  it('fires on a public body that uses a product, on its remit or not, and pays for it', () => {
    expectRaised('pricing', [
      '区教育局按职责使用学情分析看板的，按照每年3万元向乙方支付服务费。',
      '街道办事处使用网格治理看板的，按照乙方公布的价格缴纳使用费。',
      '市卫生健康委调用慢病监测接口的，费用为每次0.5元。',
    ]);
  });
});

describe('funding a public body budgets is its own spending, not a fee it is charged', () => {
  // "……数据治理经费纳入市林业局年度预算，2027年安排专项经费80万元": the 费 of 经费 with an amount read as a price.
  it('stays quiet on funding budgeted or allocated', () => {
    expectQuiet('pricing', [
      '平台运维和安全测评经费纳入区交通运输局部门预算，每年安排经费50万元。',
      '数据治理工作经费由市水利局列支，2027年安排专项经费30万元。',
      '县农业农村局在年度工作经费中安排授权运营专项经费20万元，用于数据治理。',
    ]);
  });
  it('fires on a fee with its amount charged to a public body', () => {
    expectRaised('pricing', [
      '县农业农村局调用产量预测接口的，费用为每次0.5元。',
      '区水利局使用防汛看板的，向乙方支付使用费每年8万元。',
      '市交通运输局订阅客流分析报告的，服务费为每年6万元。',
    ]);
  });
});

describe('a model text\'s blank for an amount leaves the sum open, not the charge', () => {
  // "学校使用……的，按照每校每年____元的标准向乙方支付平台使用费": the charge is decided, only its figure is to be filled.
  it('fires on a public user charged at a blank amount', () => {
    expectRaised('pricing', [
      '区卫生健康委使用慢病管理看板的，按照每年______元的标准向乙方支付服务费。',
      '街道办事处使用网格治理服务的，每年向乙方缴纳____万元使用费。',
      '市应急管理局调用灾害预警接口的，按每次____元向乙方结算费用。',
    ]);
  });
  it('stays quiet on a choice left open, and on a blank amount charged to the market', () => {
    expectQuiet('pricing', [
      '公共治理类数据产品向区级行政机关（□免费 □收费）提供，收费的，每次____元。',
      '乙方向政府部门提供公共治理类产品的，按______（免费/收费）方式提供。',
      '公益类产品免费提供；企业用户按照每年____元的标准支付年费，价格不超过政府指导价。',
    ]);
  });
});

/** An agreement listing its products by category (`list`), its article 6 the clause under test. */
const listed = (list: string): RedlineCase => ({
  doc: (text) =>
    [
      '某区河湖管理公共数据授权运营协议',
      '第一条 授权范围。甲方授权乙方在本场景内运营，数据资源范围及目录见附件。',
      '第二条 运营期限。本协议运营期限为三年。',
      '第三条 终止。协议终止的，乙方以不可逆方式销毁原始数据及其副本，日志留存不少于6个月。',
      '第四条 备案。本协议签订后5个工作日内报数据管理部门备案。',
      `第五条 产品和服务。乙方提供的数据产品和服务包括：${list}`,
      `第六条 收费。${text}`,
    ].join('\n'),
});
const PUBLIC_LIST = '1.公共治理类：河道水质预警看板（服务区水利局）、汛情研判报告（服务街道）；2.产业发展类：取水企业用水画像（服务取水企业、银行）。';
const SWAPPED = '1.公共治理类：汛情研判报告（服务街道）；2.产业发展类：河道水质预警看板（服务企业）、取水企业用水画像（服务银行）。';

describe('a product the document lists under a public category is a public use where it is named again', () => {
  // "1.公共服务类：校园食品安全风险预警看板……" and later "学校使用校园食品安全风险预警看板……的，……支付平台使用费".
  it('fires on a public product charged by its name alone', () => {
    expectRaised('pricing', ['调用河道水质预警看板的，按每次0.2元计费。'], listed(PUBLIC_LIST));
    expectRaised('pricing', ['用户订阅汛情研判报告的，每份收取500元。'], listed(PUBLIC_LIST));
    expectRaised('pricing', ['医院使用河道水质预警看板的，按照每年____元的标准向乙方支付使用费。'], listed(PUBLIC_LIST));
  });
  it('stays quiet on the market product charged, the same product listed as a market one, and a public one given free', () => {
    expectQuiet('pricing', ['调用取水企业用水画像的，按每次0.2元计费，价格不超过政府指导价。'], listed(PUBLIC_LIST));
    expectQuiet('pricing', ['调用河道水质预警看板的，按每次0.2元计费，价格不超过政府指导价。'], listed(SWAPPED));
    expectQuiet('pricing', ['汛情研判报告由乙方无偿提供。'], listed(PUBLIC_LIST));
  });
});

/** A plan whose risk table is `rows` (typed rows, under "方面 | 预期成效 | 主要风险 | 防控措施"). */
const riskTable = (head = '方面 | 预期成效 | 主要风险 | 防控措施'): RedlineCase => ({
  kind: 'plan',
  doc: (rows) => ['某市文旅公共数据授权运营实施方案', '一、预期成效和风险防控', head, rows].join('\n'),
});

describe('a word in a table\'s risk column names a risk, as a sentence describing one does', () => {
  // "产业发展 | 带动……年收入约800万元 | 数据垄断、不正当竞争 | 产品清单公开": the phrase check read the row without its head.
  it('stays quiet on the act named in the risk column', () => {
    expectQuiet('exclusivity', ['产业发展 | 文旅数据服务年收入约500万元 | 数据垄断、不正当竞争 | 产品清单公开，接受市场监管'], riskTable());
    expectQuiet('exclusivity', ['景区服务 | 客流预测准确率达到90% | 运营机构形成独家控制 | 定期评估，引入竞争'], riskTable('场景 | 预期效果 | 风险点 | 应对措施'));
    expectQuiet('exclusivity', ['行业应用 | 服务企业100家 | 垄断经营 | 非排他授权'], riskTable('领域 | 目标 | 存在问题 | 解决办法'));
    expectQuiet('sub_authorization', ['产业发展 | 年收入约500万元 | 转授权、超范围使用 | 协议明确禁止转授权'], riskTable());
  });
  it('fires on the same act in a column of what is agreed', () => {
    expectRaised('exclusivity', ['产业发展 | 年收入约500万元 | 数据泄露 | 由运营机构垄断经营本场景产品'], riskTable());
    expectRaised('exclusivity', ['景区服务 | 客流预测 | 数据泄露 | 运营机构享有独家经营权'], riskTable('场景 | 预期效果 | 风险点 | 运营安排'));
    expectRaised('exclusivity', ['行业应用 | 服务企业100家 | 垄断经营 | 乙方享有独家运营权'], riskTable('领域 | 目标 | 风险等级 | 经营方式'));
  });
});

describe('buyers of a whole class kept to the operator as their supplier are shut out of the market (Chongqing art. 22)', () => {
  // "区内各部门、街道和区属国有企业……需要使用相关数据产品和服务的，统一由运营机构提供，原则上不再另行采购或者建设同类系统".
  it('fires when a class of buyers must take the operator\'s product and may not procure or build the like', () => {
    expectRaised('exclusivity', [
      '全市各级医疗机构开展医保智能审核需要使用相关数据服务的，统一由运营机构提供，不再另行采购同类系统。',
      '区内各学校需要的学情分析产品，均由乙方统一提供，各学校不得另行采购其他同类产品。',
      '有关部门和区属企业需要使用交通数据产品的，一律向运营机构统一采购，原则上不再自行建设同类平台。',
    ]);
  });
  it('stays quiet on the operator supplying as one among others, the grantor\'s own vendor, or a bar on raw data', () => {
    expectQuiet('exclusivity', [
      '区内各部门需要使用数据产品的，由运营机构按目录提供。',
      '平台运维统一由运营机构承担，甲方不再另行采购运维服务。',
      '各部门需要使用数据产品的，可以向运营机构申请，也可以另行采购同类服务。',
      '各部门需要使用相关数据产品的，统一由运营机构提供，不得另行采购原始数据。',
    ]);
  });
});

const exitIs = (exit: string): RedlineCase => ({ exit });

describe('copies or data derived from the granted data kept on after exit are not destroyed (Hebei art. 36)', () => {
  // "乙方删除专区内的授权数据。乙方已经加工形成的中间数据、特征数据和模型训练样本，可以在乙方自有服务器上继续保存……".
  it('fires when the operator may keep copies, samples or intermediate data after exit', () => {
    expectRaised('no_destruction', ['无。'], exitIs('协议终止的，乙方删除运营平台内的授权数据；乙方形成的特征数据和训练样本可以继续保存两年，用于模型维护。'));
    expectRaised('no_destruction', ['无。'], exitIs('协议终止后，乙方销毁原始数据，日志留存不少于6个月；协议终止后乙方可以保留脱敏后的样本数据用于算法优化。'));
    expectRaised('no_destruction', ['无。'], exitIs('本协议解除时，乙方应当清除授权数据，日志留存不少于6个月，其缓存数据和中间数据仍可存放在乙方备份系统中。'));
  });
  it('stays quiet on copies destroyed, logs kept, products kept and papers kept', () => {
    expectQuiet('no_destruction', ['无。'], exitIs('协议终止的，乙方以不可逆方式销毁原始数据、中间数据及其副本，不得继续保存，日志留存不少于6个月。'));
    expectQuiet('no_destruction', ['无。'], exitIs('协议终止的，乙方销毁授权数据及其副本；操作日志仍须保存不少于6个月。'));
    expectQuiet('no_destruction', ['基于授权数据开发的数据产品归乙方所有，协议终止后乙方可以继续使用。'], exitIs('协议终止的，乙方销毁全部授权数据及其副本，日志留存不少于6个月。'));
    expectQuiet('no_destruction', ['甲方可以继续保存乙方提交的运营报告。'], exitIs('协议终止的，乙方销毁原始数据及其副本，日志留存不少于6个月。'));
  });
});

