import { describe, expect, it } from 'vitest';
import { reviewDocument } from '../../../shared/review/engine';
import { bundledRuleset, docFromText } from '../../helpers/reviewCorpus';
import { expectQuiet, expectRaised } from '../../helpers/redlineCase';

/**
 * Classes read from the thirty-first set's failures (session 26, after it was opened), on text written for this test in
 * other sectors and wordings, with the near misses that must stay quiet.
 */

describe('the filing Hebei times is the plan\'s or the agreement\'s, not a list the operator reports (Hebei arts. 13, 16)', () => {
  const plan = (...lines: string[]) =>
    ['某市林草防火公共数据授权运营实施方案', '一、授权运营名称', '本次授权运营名称为某市林草防火公共数据授权运营。', '二、运营安排', ...lines].join('\n');
  const filing = (text: string) => reviewDocument(docFromText(text), bundledRuleset('hebei'), 'plan').flags.find((f) => f.id === 'filing_deadline');

  it('does not take another filing for the plan\'s: the plan that never files itself is judged silent', () => {
    for (const other of [
      '运营机构可以结合防火需求策划应用场景，场景清单每年更新一次，报市数据和政务服务局备案后实施。',
      '合作伙伴名单报市林业局备案。',
      '产业类产品收费标准报市发展改革委备案。',
    ]) {
      const f = filing(plan(other));
      expect(f?.message, other).toMatch(/未约定备案/);
      expect(f?.evidence, other).toEqual([]);
    }
  });
  it('reads the plan\'s own filing however it is said, and its time', () => {
    expect(filing(plan('本方案经市政府常务会议审议通过后10个工作日内报省数据和政务服务局备案。'))).toBeUndefined();
    expect(filing(plan('授权运营协议签订后，由实施机构在10个工作日内逐级报省数据管理部门备案。'))).toBeUndefined();
    expect(filing(plan('由市数据和政务服务局在10个工作日内报市政府、省数据和政务服务局备案。'))).toBeUndefined();
    expect(filing(plan('本方案审议通过后，报省数据和政务服务局备案。'))?.message).toMatch(/提到备案，但未写明/);
    // A month holds more than ten working days: read as the time, and late (session 36).
    expect(filing(plan('本方案审议通过后一个月内，逐级报省数据管理部门备案。'))?.message).toMatch(/备案时限为一个月内，超过/);
  });
});

describe('a toll road\'s parts named in a data list charge nobody', () => {
  // "授权数据由省交通运输厅……提供，包括高速公路收费站及门架通行汇总数据": 收费站 is a place the data comes from.
  it('stays quiet on 收费站, 收费车道, 收费员 in the data a public body provides', () => {
    expectQuiet('pricing', [
      '授权数据由市交通运输局、市公安局交通管理支队提供，包括收费站出入口流量汇总数据和路网运行监测数据。',
      '省高速公路集团提供收费车道通行汇总和收费广场拥堵指数数据，按日更新。',
      '市城管局提供的停车场数据包括泊位占用、收费员排班汇总等。',
    ], { ruleset: 'guizhou' });
  });
  it('still fires on a public body charged for the data of a toll road', () => {
    expectRaised('pricing', [
      '市交通运输局使用收费站流量分析产品的，按每次0.5元向乙方支付服务费。',
      '乙方向省公路局提供收费公路运行监测报告，收取数据加工费，标准由乙方自行确定。',
    ], { ruleset: 'guizhou' });
  });
});

describe('a list of what the grant leaves out, its lead-in first, lets none of its items out', () => {
  // "下列数据不纳入本次授权：涉密地质资料和未公开的勘查原始数据；矿山安全监控系统实时数据；……".
  it('stays quiet on raw records listed after an exclusion\'s lead-in', () => {
    expectQuiet('raw_data_export', [
      '下列数据不纳入本次授权：企业向银行报送的交易原始记录；医保结算逐笔明细；其他法律法规规定不得开放的数据。',
      '以下数据不在本次授权范围内：可以下载的原始数据、已对外共享的原始数据。',
      '如下信息一律不纳入授权：经加工后对外提供的原始数据副本。',
    ]);
  });
  it('still fires when the lead-in lets the records out or is no exclusion', () => {
    expectRaised('raw_data_export', [
      '下列数据可以向合作机构提供：企业逐笔交易原始记录；用电明细。',
      '下列数据不纳入脱敏范围：乙方可以将企业登记原始数据直接提供给合作银行。',
    ]);
  });
});

describe('未 before an act says it has not happened', () => {
  // "涉密地质资料和未公开的勘查原始数据" names data nobody has released; 未经 alone sets a condition.
  it('stays quiet on data not released, as a fact or a description', () => {
    expectQuiet('raw_data_export', [
      '尚未公开的水文观测原始数据由市水利局保存。',
      '乙方未对外提供任何原始数据，相关情况已报甲方。',
      '对于未导出的原始记录，乙方按月核对数量。',
      '从未共享的原始数据不纳入首批目录。',
    ]);
  });
  it('still fires on a release whose data 未 only describes, or whose ban 未经 lifts', () => {
    expectRaised('raw_data_export', [
      '未脱敏的原始数据经审核后可以导出。',
      '未经甲方书面同意，乙方不得向第三方提供原始数据。',
      '乙方可以向合作银行提供未加密的企业原始数据。',
    ]);
  });
});

describe('stages counted and then named by their ordinal alone are summed (a term over three years in parts)', () => {
  // "分两个阶段实施：第一阶段18个月，第二阶段30个月": the ordinal is the stage's whole name. (It was stripped as a prefix,
  // leaving "阶段", no name; and "第1阶段" was never read, the pattern for a name allowing no digit.)
  const plan = (s: string) => ['某市会展经济公共数据授权运营实施方案', '一、授权期限', s, '二、其他', '本方案自印发之日起施行。'].join('\n');
  it('fires when the ordinal stages sum past three years', () => {
    expectRaised('term_over_3y', [
      '本次授权运营期限分两个阶段实施：第一阶段18个月，第二阶段30个月。',
      '本次授权分为两个阶段。第1阶段为12个月；第2阶段为30个月。',
      '授权期限分为三期：首期12个月，二期12个月，三期18个月。',
    ], { ruleset: 'chongqing', kind: 'plan', doc: plan });
  });
  it('stays quiet when they do not, and reads a named stage after its ordinal by its name', () => {
    expectQuiet('term_over_3y', [
      '授权期限分两个阶段：第一阶段6个月，第二阶段24个月。',
      '授权期限分为三期：首期12个月，二期12个月，三期12个月。',
      '授权期限分两个阶段：第1阶段6个月，第2阶段30个月。',
    ], { ruleset: 'chongqing', kind: 'plan', doc: plan });
    expectRaised('term_over_3y', ['授权期限分两个阶段：第一个建设期18个月，第二个运营期30个月。'], { ruleset: 'chongqing', kind: 'plan', doc: plan });
  });
});

describe('自有 and 其 before the data say whose it is, not where it goes or who receives it', () => {
  // "鼓励企业在依法合规前提下提供企业自有数据与公共数据融合开发": the enterprise brings its own data; nothing leaves.
  it('stays quiet on one\'s own data brought to be fused or compared', () => {
    expectQuiet('raw_data_export', [
      '鼓励企业在依法合规前提下提供企业自有数据与公共数据融合开发。',
      '合作银行可以提供其自有的信贷数据与公共数据进行比对。',
      '乙方可以提供自有的数据和公共数据开展联合建模，建模在平台内完成。',
    ]);
  });
  it('still fires when the records go to one\'s own place or another party', () => {
    expectRaised('raw_data_export', [
      '乙方可以将原始数据导出至自有服务器。',
      '乙方可以将企业登记原始数据拷贝至各自系统。',
      '乙方可以向合作银行提供其持有的原始数据。',
    ]);
  });
});

describe('periods chained from the grant\'s start are held one after another (a term over three years in parts)', () => {
  // "培育期：自授权运营协议签订之日起12个月……培育期不计入运营期；运营期：培育期届满次日起三年" (h33a): however the
  // stages are introduced ("本项目分两个阶段推进"), the operator holds the grant through both.
  const plan = (s: string) => ['某区温泉康养公共数据授权运营实施方案', '一、实施安排', s, '二、其他', '本方案自印发之日起施行。'].join('\n');
  const c = { ruleset: 'chongqing', kind: 'plan' as const, doc: plan };
  it('fires when a stage from the grant\'s start and the one after its end sum past three years', () => {
    expectRaised('term_over_3y', [
      '本项目分两个阶段推进。培育期：自授权运营协议签订之日起12个月，培育期不计入运营期；运营期：培育期届满次日起三年。',
      '试运行期自协议生效之日起3个月，正式运营期自试运行期满之日起三年。',
      '筹备期：自本协议签订之日起6个月；运营期：筹备期满后三年。',
    ], c);
  });
  it('stays quiet within three years, and on periods of other things after the end', () => {
    expectQuiet('term_over_3y', [
      '建设期自协议签订之日起6个月；运营期自建设期届满之日起30个月。',
      '质保期：自合同签订之日起12个月；维保期：质保期满后三年。',
      '运营期：自协议签订之日起三年；移交期：运营期满后三个月，仅配合移交。',
      '建设期自协议签订之日起6个月，建设期满后进入运营期，授权期限合计三年。',
    ], c);
  });
});

describe('data packed into files or loaded into one\'s own systems leaves the platform', () => {
  // "乙方可以将低空起降点……数据、……配送需求数据按周生成离线数据包，导入乙方部署在自有机房的飞行调度系统使用" (h33a).
  it('fires on data named plainly, packed offline or loaded into a system outside', () => {
    expectRaised('raw_data_export', [
      '乙方可以将配送需求数据按周生成离线数据包，导入乙方部署在自有机房的飞行调度系统使用。',
      '运营机构可以将渔船进出港登记数据每月打包成数据文件，供其研发团队离线使用。',
      '乙方可以将企业用电数据导入乙方自建机房的负荷预测系统。',
    ]);
  });
  it('stays quiet on products packed, data loaded into the platform, a ban', () => {
    expectQuiet('raw_data_export', [
      '乙方可以将统计结果生成数据包交付用户。',
      '乙方应当将配送需求数据导入平台内的分析系统。',
      '乙方可以在平台专区内将配送需求数据生成数据包，供模型训练使用。',
      '乙方不得将配送需求数据生成离线数据包。',
      '用户可以将核验结果导入其业务系统。',
    ]);
  });
});

describe('a product named by what it does with prices is no section on pricing or accounting', () => {
  // "2.竹材收购参考价格发布" under the products chapter (h33b) took the accounting item's place and was found empty; the
  // accounting was stated in the chapter's closing paragraph.
  const plan = (product: string) =>
    [
      '某市茶产业公共数据授权运营实施方案',
      '一、数据产品和服务',
      '1.茶园病虫害预警',
      '融合病虫害监测和气象数据，推送至乡镇农技站。',
      `2.${product}`,
      '按周发布分乡镇的鲜叶收购参考价格区间，向茶农免费公开。',
      '3.茶企信贷风控评估',
      '在企业授权后，向银行返回评估等级和参考额度。',
      '公共治理和公益事业类产品无偿提供。授权运营机构单独核算本领域运营成本和收入；授权运营收益由市财政局会同市农业农村局确定分配比例。',
    ].join('\n');
  const accounting = (product: string) => reviewDocument(docFromText(plan(product)), bundledRuleset('guizhou'), 'plan').items.find((i) => i.id === 'plan.accounting')?.status;
  it('finds the accounting where it is stated', () => {
    for (const product of ['鲜叶收购参考价格发布', '茶叶价格行情查询', '农资价格监测预警']) expect(accounting(product), product).toBe('present');
  });
});

describe('an evaluation of something else is no section on supervision and evaluation', () => {
  // "（四）风险评估" under the feasibility study, "3.林权抵押贷款风控评估" as a product (h33b): neither is the evaluation a
  // plan sets for its operator.
  const plan = (heading: string, body: string) =>
    ['某市茶产业公共数据授权运营实施方案', '一、可行性分析', `（一）${heading}`, body, '二、数据产品和服务', '1.茶企信贷风控评估', '向银行返回评估等级。'].join('\n');
  const supervision = (heading: string, body: string) => reviewDocument(docFromText(plan(heading, body)), bundledRuleset('guizhou'), 'plan').items.find((i) => i.id === 'plan.supervision')?.status;
  it('is missing when only risks, credit or assets are assessed', () => {
    expect(supervision('风险评估', '主要风险是个人信息泄露，方案第六部分明确了防控措施，专家论证意见为可行。')).toBe('missing');
    expect(supervision('资产价值评估', '茶园资产价值由第三方机构评估。')).toBe('missing');
  });
  it('is found under a heading for the operation\'s evaluation', () => {
    expect(supervision('运营评估', '市农业农村局每年对运营机构开展运营成效评估，并对运营活动实施日常监督检查。')).toBe('present');
  });
});

describe('a developer\'s own downstream products are market-priced by rule; the operator\'s are not', () => {
  // Read from the lawful bank s26: "数据开发利用企业对其基于数据产品自行开发形成的下游应用，可依法自主定价；运营机构提供的
  // 公共数据产品和服务仍按政府指导价执行".
  const plan = (s: string) => ['某市公共数据授权运营实施方案', '一、价格', s, '二、其他', '本方案自印发之日起施行。'].join('\n');
  const c = { ruleset: 'wenzhou', kind: 'plan' as const, doc: plan };
  it('stays quiet on what a developer makes of its own', () => {
    expectQuiet('pricing', [
      '数据开发利用企业对其基于数据产品自行开发形成的下游应用，可依法自主定价。',
      '开发利用机构可以自行确定其自有产品的市场价格。',
      '市场化定价仅适用于数据使用方自行开发的下游产品，运营机构提供的公共数据产品不适用市场化定价。',
    ], c);
  });
  it('still fires on the operator pricing what it provides, to developers too', () => {
    expectRaised('pricing', [
      '乙方向使用方提供的下游产品由乙方自主定价。',
      '乙方为开发利用机构提供的数据产品由乙方自主定价。',
      '运营机构开发的数据产品由运营机构自主定价。',
    ], c);
  });
});

describe('a topic\'s label and a function switched off let nothing out', () => {
  // "关于导出：平台仅允许导出经审核的统计报表，……逐条记录导出功能在平台端关闭" (lawful bank s26).
  it('stays quiet on the label and on the function named first and then shut', () => {
    expectQuiet('raw_data_export', [
      '关于导出：平台仅允许导出经审核的统计报表，导出文件自动加盖水印，逐条记录导出功能在平台端关闭。',
      '明细记录下载权限在专区一律关闭。',
      '关于共享：逐笔交易记录共享接口不予开通，仅提供汇总结果。',
    ]);
  });
  it('still fires on a permission after the label, or a function opened', () => {
    expectRaised('raw_data_export', [
      '关于导出：乙方可以导出逐条记录。',
      '乙方可以开通逐条记录导出功能。',
      '逐条记录导出功能默认开放。',
    ]);
  });
});

describe('an operator that may propose a new scenario to the grantor opens none (Hebei art. 15)', () => {
  // "乙方认为有必要拓展新场景的，可以向甲方提出建议，是否立项由甲方按程序另行编制方案……决定" (lawful bank s26).
  it('stays quiet on a proposal or an application the grantor decides', () => {
    expectQuiet('authorization_mode', [
      '乙方认为有必要拓展新场景的，可以向甲方提出建议。',
      '运营机构发现新的应用需求的，可以向实施机构提交书面申请，由实施机构另行组织论证。',
      '乙方可以就新增场景向甲方提出建议，是否授权由甲方决定。',
    ], { ruleset: 'qinhuangdao' });
  });
  it('still fires when the operator opens it itself or by a filing', () => {
    expectRaised('authorization_mode', [
      '乙方可以自行拓展新场景。',
      '乙方可以拓展新场景，报甲方备案即可。',
    ], { ruleset: 'qinhuangdao' });
  });
});
