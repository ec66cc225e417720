import { describe, it } from 'vitest';
import { expectQuiet, expectRaised, type RedlineCase } from '../../helpers/redlineCase';

/**
 * Classes read from the thirty-fifth set's failures (session 27, a reading set opened at once), on text written for this
 * test in other sectors and wordings, with the near misses that must stay quiet.
 */

describe('an account opened for another party, which then uses the granted data, holds the data use right', () => {
  // "甲方在运营专区内为该子公司单独开设开发账号，该子公司在专区内使用授权数据开展相应工作": the account and the use in two
  // clauses of one sentence; only an account and a call in one clause were read.
  it('fires whoever opens the account, the party using the data in the next clause', () => {
    expectRaised('sub_authorization', [
      '乙方为其控股子公司开通专区账号，该控股子公司在专区内调用授权数据开发信贷风控产品。',
      '运营机构为合作银行分配账户，合作银行可以在平台内访问授权数据。',
      '甲方在运营专区内为乙方的关联公司单独开设开发账号，该关联公司在专区内使用授权数据开展气象服务产品研发。',
      '乙方为技术服务商开通沙箱账号，技术服务商在沙箱内调用授权数据训练模型。',
    ]);
  });
  it('stays quiet on developers and the operator given accounts, and on products used through one', () => {
    expectQuiet('sub_authorization', [
      '甲方为开发利用机构开设账号，开发利用机构在专区内使用授权数据开发产品。',
      '甲方为乙方开设账号，乙方在专区内使用授权数据。',
      '乙方为其子公司开设账号，子公司使用乙方交付的数据产品。',
      '乙方为合作银行开通账号，合作银行通过该账号调用乙方发布的信用评估产品接口。',
      '乙方为其子公司开设账号，子公司不得使用授权数据。',
    ]);
  });
});

describe('the work the data is used for is the purpose, not what is used', () => {
  // "该子公司在专区内使用授权数据开展相应工作" and the like: "使用授权数据开展……产品研发", "调用授权数据训练模型" read the
  // product or the model as the object, so the data's use by another party went unread.
  it('fires on another party calling the data directly for its own work', () => {
    expectRaised('sub_authorization', [
      '合作伙伴可以直接调用授权数据开展信用模型研发。',
      '合作单位可以直接访问授权数据开展客流分析工作。',
      '生态伙伴可以直接访问授权数据训练客流预测模型。',
      '合作企业可以直接调用授权数据构建信用评价模型。',
    ]);
  });
  it('stays quiet on products called for the work, and on a bar', () => {
    expectQuiet('sub_authorization', [
      '合作伙伴可以直接调用乙方交付的数据产品开展信用模型研发。',
      '合作企业可以直接调用乙方发布的评分服务训练自有模型。',
      '合作伙伴不得直接调用授权数据开展模型研发。',
    ]);
  });
});

describe('the grantor reorganised: its successor takes the grantor’s place, not the grant', () => {
  // "甲方因机构改革发生职能调整的，由承继其职能的单位继续履行本协议": 机构 of 机构改革 was read as another party acting, and
  // the successor of the grantor's functions as one taking over the agreement.
  it('stays quiet on a public body’s reorganisation and the body taking over its functions or duties', () => {
    expectQuiet('sub_authorization', [
      '甲方因机构改革发生职能调整的，由承继其职能的单位继续履行本协议。',
      '因机构调整，甲方职能划转其他部门的，由承接其职能的单位继续履行本协议。',
      '授权方因机构撤并不再承担本协议职责的，由承接其职责的机构继续履行本协议。',
      '甲方职能调整的，由承担相应职能的部门继续履行本协议。',
    ], { ruleset: 'wenzhou' });
  });
  it('fires on the operator’s successor taking over the agreement', () => {
    expectRaised('sub_authorization', [
      '乙方发生合并的，由合并后的公司继续履行本协议。',
      '乙方因机构改革被撤并的，由承继其业务的公司继续履行本协议。',
      '经甲方同意，乙方可以将本协议项下的权利义务转让给其控股子公司。',
    ], { ruleset: 'wenzhou' });
  });
});

describe('a clause that fronts the data and ends on its own verb has used it', () => {
  // "通过授权运营将集疏运相关公共数据在安全环境中开发利用，……也可以为物流企业提供车货匹配……服务": the data fronted by 将
  // waited for the next clause's 提供, as if the services handed over were the data.
  const plan: RedlineCase = {
    kind: 'plan',
    doc: (text) => ['某市公共数据授权运营实施方案', '一、必要性和可行性', text, '二、数据安全', '原始数据不出域，运营机构落实数据安全主体责任。'].join('\n'),
  };
  it('stays quiet on the services offered after the data is worked on in place', () => {
    expectQuiet('raw_data_export', [
      '通过授权运营将交通运输相关公共数据在安全环境中开发利用，也可以为物流企业提供车货匹配服务。',
      '运营机构将医保结算公共数据在专区内融合分析，可以为商业保险机构提供理赔风险评分服务。',
      '将气象观测公共数据在隐私计算环境中挖掘分析，可以向农业企业提供灾害预警服务。',
    ], plan);
  });
  it('fires on the records fronted and then handed over', () => {
    expectRaised('raw_data_export', [
      '运营机构可以将原始数据，向合作方提供。',
      '运营机构可以将授权原始数据在本地融合，向合作方提供。',
      '运营机构可以将门诊就诊原始记录作为数据包，向保险公司出售。',
      '用户可以将企业自有数据与公共数据融合，融合数据可以导出。',
    ], plan);
  });
});

describe('fields listed and closed by 明细 are the records', () => {
  // "运营机构可以向……保险机构按月提供参保农户作业地块边界、作业轨迹和机手身份信息明细": a list joined by 和 (not 等) before
  // 明细 was read as naming nothing.
  it('fires on a list of fields closed by 明细 handed to another party', () => {
    expectRaised('raw_data_export', [
      '经甲方同意，乙方可以向合作银行按季度提供企业纳税人识别号、开票金额和购销方信息明细。',
      '运营机构可以向物业公司推送业主房屋坐落、缴费状态和联系方式明细。',
      '乙方可以向网约车平台公司提供驾驶员从业资格、违章记录及车辆轨迹明细。',
    ]);
  });
  it('stays quiet on results, the operator’s accounts, a catalogue, and fields said to be absent', () => {
    expectQuiet('raw_data_export', [
      '乙方可以向合作银行提供区域企业开票金额统计结果和汇总明细。',
      '乙方应当每年向甲方报送运营收入和成本支出明细。',
      '运营机构向保险机构提供的评分产品不含姓名、住址和身份证号码明细。',
      '乙方可以向客户提供产品目录和价格明细。',
    ]);
  });
});

describe('the operator’s own platform named by its name is the operator’s channel', () => {
  // "全市各级部门和旅游企业使用住宿领域公共数据产品的，统一通过“黔程宿”服务平台获取", the platform "由运营机构投资建设":
  // everyone made to go through the operator's platform, named only by its own name.
  const withOwner = (owner: string): RedlineCase => ({
    kind: 'plan',
    doc: (text) => ['某市公共数据授权运营实施方案', '一、建设内容', owner, '二、产品和服务', text, '三、数据安全', '原始数据不出域。'].join('\n'),
  });
  it('fires when the document says the operator built or owns the platform others must go through', () => {
    expectRaised('exclusivity', ['全市渔业企业使用渔业公共数据产品的，统一通过“渔讯通”服务平台获取。'], withOwner('“渔讯通”服务平台由运营机构投资建设，运营期满后无偿移交市农业农村局。'));
    expectRaised('exclusivity', ['其他开发利用机构开发的茶叶溯源产品，均应通过“链上茶”交易平台挂牌交易。'], withOwner('运营机构自建“链上茶”交易平台，用于发布茶叶溯源产品。'));
    expectRaised('exclusivity', ['区内养老机构采购养老服务数据产品的，一律通过“康养通”平台订购。'], withOwner('“康养通”平台的产权归运营机构所有。'));
  });
  it('stays quiet on the grantor’s or a public platform, one the operator only maintains, and no bar', () => {
    expectQuiet('exclusivity', ['群众使用办事服务的，统一通过“浙里办”平台办理。'], withOwner('“浙里办”平台由省大数据局建设。'));
    expectQuiet('exclusivity', ['开发利用机构统一通过“数智黔农”授权运营平台申请使用数据。'], withOwner('“数智黔农”授权运营平台由运营机构投资建设。'));
    expectQuiet('exclusivity', ['养老机构统一通过“慧养老”平台获取服务。'], withOwner('“慧养老”平台由运营机构负责运营维护。'));
    expectQuiet('exclusivity', ['运营机构通过“渔讯通”服务平台向渔民提供气象预警服务。', '开发利用机构可以自愿通过“渔讯通”服务平台发布产品。'], withOwner('“渔讯通”服务平台由运营机构投资建设。'));
  });
});
