import { describe, it } from 'vitest';
import { expectQuiet, expectRaised } from '../../../helpers/redlineCase';

/**
 * Authorization-mode readings built on the twelfth clause bank (session 18): scenarios not fixed when the grant is made,
 * spared a grant of their own, or named as a field. Every text is written for this test, worded apart from the bank;
 * each class has near misses that must stay quiet.
 */
describe('authorization_mode s12: the scenarios fixed only after the grant', () => {
  it('scenarios left to a later agreement or decision, whoever makes it, fire', () => {
    expectRaised('authorization_mode', [
      '乙方的具体应用场景，由甲乙双方在履约过程中另行约定。',
      '本协议项下的场景目录于签订后三个月内另行确定。',
      '具体应用场景在运营期间由双方协商确定。',
      '场景范围视市场需求情况届时确定。',
    ]);
  });
  it('near misses: a term of the scenario settled later, a scenario fixed in the annex, one fixed after a review', () => {
    expectQuiet('authorization_mode', [
      '应用场景的收益分配比例在协议履行过程中由双方另行商定。',
      '本场景未尽事宜由双方另行协商。',
      '授权场景在附件一中明确。',
      '应用场景由甲方组织论证后确定。',
      '具体场景在运营过程中由双方商定后，另行签订授权运营协议。',
    ]);
  });
});

describe('authorization_mode s12: no scenario set when the grant is made', () => {
  it('a plan or agreement that puts off setting any scenario fires', () => {
    expectRaised('authorization_mode', ['现阶段暂不确定特定场景，待运营平台上线后再作安排。'], { kind: 'plan' });
    expectRaised('authorization_mode', ['本次授权不预设具体应用场景，运营机构可根据市场反馈开发产品。', '首期暂未设定应用场景。']);
  });
  it('near misses: uncertain needs, no use before a scenario is set, each later scenario granted on its own', () => {
    expectQuiet('authorization_mode', ['应对不确定的应用场景需求，平台应具备弹性扩展能力。'], { kind: 'plan' });
    expectQuiet('authorization_mode', [
      '未确定应用场景的，运营机构不得调用授权数据。',
      '乙方不得在未明确场景前开展运营。',
      '本协议暂不约定具体场景，后续每一场景须另行签订授权运营协议。',
    ]);
  });
});

describe('authorization_mode s12: scenarios spared a grant of their own', () => {
  it('every scenario under the one grant, no agreement or approval each, fires', () => {
    expectRaised('authorization_mode', ['授权期内开展的各类场景均无需另行授权。', '其余应用场景不再单独签订协议。', '每一场景无需分别报批。']);
  });
  it('near misses: products within the scenario granted, a duty each scenario keeps, a review not repeated', () => {
    expectQuiet('authorization_mode', [
      '本场景内的产品迭代无需另行授权。',
      '已授权场景的数据产品升级无需另行签订协议。',
      '各场景均须单独授权，不得合并。',
      '各场景的安全评估无需重复开展。',
    ]);
  });
});

describe('authorization_mode s12: a field named as the scenario', () => {
  it('a scenario named as a field and a use of no object fires', () => {
    expectRaised('authorization_mode', ['本次授权运营的应用场景为“城市交通领域数据创新应用”，乙方据此开发产品。'], { kind: 'plan' });
    expectRaised('authorization_mode', ['授权场景名称：文旅产业融合应用。']);
  });
  it('near misses: a use within a field that names what it serves, a scenario with no field word', () => {
    expectQuiet('authorization_mode', [
      '本协议授权的应用场景为“金融领域信贷风控”。',
      '本协议授权场景为“水务行业管网漏损分析”。',
      '授权应用场景为“智慧停车服务”。',
    ]);
  });
});

describe('authorization_mode s12: the scenario list written by the operator and only filed', () => {
  it('a scenario list the operator drafts and only files or reports fires', () => {
    expectRaised('authorization_mode', ['应用场景清单由乙方按季度拟定，并书面告知甲方。'], { kind: 'agreement' });
    expectRaised('authorization_mode', ['场景目录由运营机构提出，报实施机构备案后施行。'], { kind: 'plan' });
  });
  it('near misses: the list approved, a product list filed, each scenario granted on its own, the grantor’s list', () => {
    expectQuiet('authorization_mode', [
      '场景清单由乙方编制，报甲方审核同意后实施。',
      '产品清单由乙方编制并报甲方备案。',
      '场景清单由乙方提出，报甲方备案，每一场景另行签订授权协议。',
      '场景清单由甲方确定并告知乙方。',
    ]);
  });
});
