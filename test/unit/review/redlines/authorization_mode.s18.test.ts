import { describe, it } from 'vitest';
import { expectQuiet, expectRaised } from '../../../helpers/redlineCase';

/**
 * Classes read from the bank authorization_mode-s18 (written blind in session 22, opened in session 23) and from the
 * twenty-eighth set's one false red line (h28b, 赞皇古树名木). Every text is written for this test, in other sectors and
 * words than the bank's; each class has near misses that must stay quiet.
 */
const RL = 'authorization_mode';
const plan = { kind: 'plan' as const, doc: (t: string) => `某场景公共数据授权运营实施方案\n${t}` };

describe('every scenario in one right, or the grant bound to none', () => {
  it('全场景 rights and a grant not tied to a scenario fire', () => {
    expectRaised(RL, [
      '甲方同意授予乙方本市城市排水领域公共数据的全量、全域、全场景运营权。',
      '乙方取得的是气象服务公共数据全场景开发利用权。',
      '甲方向乙方授予的是殡葬服务领域公共数据的加工使用权益，该权益不与具体应用场景绑定。',
      '本次授权不与特定场景挂钩，乙方可面向各类需求方提供产品。',
    ]);
  });
  it('a capability over every scenario, a product bound to its scenario, stay quiet', () => {
    expectQuiet(RL, ['平台提供全场景安全监测能力。', '每一数据产品应与具体应用场景绑定，不得跨场景使用。']);
  });
});

describe('the scenario follows what the operator goes on to do', () => {
  it('a scenario fixed by the operator’s actual development or operation fires', () => {
    expectRaised(RL, ['应用场景：以乙方实际开发为准。', '授权场景以运营机构实际上线的产品为准。', '应用场景，按乙方实际运营情况确定。']);
  });
  it('a scenario fixed by the annex, a price fixed by the service, stay quiet', () => {
    expectQuiet(RL, ['应用场景以附件二所列为准。', '授权场景的服务价格以乙方实际提供的服务为准。']);
  });
});

describe('the unit granted drawn by the data or a field, whatever the verb', () => {
  it('a grant bounded by a catalogue, a field made the unit, fires', () => {
    expectRaised(RL, ['授权范围以数据资源目录界定。', '本次授权范围按附件一数据目录确定，目录内数据乙方均可调用。']);
    expectRaised(RL, ['本方案将城市节水领域确定为一个授权单元，单元内各类应用由运营机构统筹实施。', '本方案以整个气象服务行业作为授权单元。'], plan);
  });
  it('a scenario’s data bounded by a catalogue stays quiet', () => {
    expectQuiet(RL, ['本场景所需数据以附件一数据资源目录为准。', '授权场景为“农业保险理赔核验”，所需数据范围以附件目录界定。']);
  });
});

describe('a scenario that covers every use of a topic, the one-scenario principle only cited', () => {
  it('a scenario over all the topic’s uses or business fires, the principle cited before it or not', () => {
    expectRaised(RL, [
      '授权场景为“智慧水务”，包括供水、排水、节水等一切涉水业务。',
      '本场景涵盖海事监管、船舶融资、航运保险等所有涉海应用。',
      '本方案遵循“一场景一授权”原则，授权场景为“林下经济综合服务”，涵盖林下种植、林下养殖、森林康养等全部涉林应用。',
      '按照一场景一授权原则，本协议授予乙方本市交通运输公共数据的全场景运营权。',
    ]);
  });
  it('a duty over every use of the scenario, scenarios granted each on its own, stay quiet', () => {
    expectQuiet(RL, ['本场景涵盖的全部应用均应经甲方审核。', '同时承担两个场景运营的，应当分别签订授权运营协议，遵循一场景一授权原则。']);
  });
});

describe('the uses granted left open', () => {
  it('授权用途 or 数据用途 包括但不限于 fires', () => {
    expectRaised(RL, ['乙方可以将授权数据用于电梯维保核验、故障预警等用途，授权用途包括但不限于前述内容。', '数据用途包括但不限于信用评估、保险定价。']);
  });
  it('duties or measures left open stay quiet', () => {
    expectQuiet(RL, ['乙方的义务包括但不限于数据安全、质量保障。', '数据安全措施包括但不限于加密、脱敏、访问控制。']);
  });
});

describe('the scenarios proposed by the operator once chosen, only confirmed or filed', () => {
  it('scenarios proposed after the operator is chosen and confirmed or filed fire', () => {
    expectRaised(RL, [
      '具体应用场景，将在运营机构确定后由运营机构会同交通、公安部门共同研究提出，报实施机构确认后实施。',
      '授权场景由中标运营机构入场后研究提出，报实施机构备案后实施。',
    ], plan);
  });
  it('scenarios fixed by the grantor, or approved and granted anew, stay quiet', () => {
    expectQuiet(RL, ['应用场景由实施机构组织论证后确定并纳入实施方案。', '新增场景由运营机构提出，经实施机构审核同意并另行签订协议后实施。'], plan);
  });
});

describe('a mode phrase naming who grants, in a document that grants one named scenario (h28b)', () => {
  const doc = (...lines: string[]) => ({ kind: 'plan' as const, doc: () => ['某县公共数据授权运营实施方案', ...lines].join('\n') });
  const fixed = '（二）工作原则。按照“一场景一授权”原则，本次仅就“农村饮水安全监测”场景实施授权，其他场景另行论证、另行授权。';
  it('the departments granting by field where nothing fixes the unit fires', () => {
    expectRaised(RL, [''], doc('（三）授权模式。采取行业主管部门分领域授权、实施机构统一组织的模式。'));
    // Said with no grantor, the field is the unit even beside a fixed scenario.
    expectRaised(RL, [''], doc(fixed, '（三）授权模式。本方案采取分领域授权模式。'));
  });
  it('the same phrase where the document grants one named scenario stays quiet', () => {
    expectQuiet(RL, [''], doc(fixed, '（三）授权模式。采取行业主管部门分领域授权、实施机构统一组织的模式。'));
    expectQuiet(RL, [''], doc('（三）授权模式。由水利部门按照分行业授权方式组织，授权场景仅限于“灌区用水计量服务”。'));
  });
});
