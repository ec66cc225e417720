import { describe, it } from 'vitest';
import { expectQuiet, expectRaised } from '../../../helpers/redlineCase';

/**
 * Authorization-mode readings built on the fifteenth clause bank (session 19): scenarios listed only as examples, a field
 * as the basis of the grant or its data put in wholesale, a scenario cell deferred or left to the operator, no bound set
 * by whatever scenario is named, a scenario that is a category of related uses. Every text is written for this test,
 * worded apart from the bank; each class has near misses that must stay quiet.
 */
const framed = (kind: 'agreement' | 'plan') => (t: string) => `${kind === 'plan' ? '某场景公共数据授权运营实施方案' : '某场景公共数据授权运营协议'}\n${t}`;
const plan = { kind: 'plan' as const, doc: framed('plan') };

describe('authorization_mode s15: the listed scenarios called examples', () => {
  it('a list said to be examples or for reference fires', () => {
    expectRaised('authorization_mode', [
      '附件二所列“停车泊位诱导”“公交到站预测”两个场景为本协议的示范性应用场景。',
      '下列场景均为参考性应用场景：医保智能审核、慢病随访管理。',
      '上述应用场景仅供参考，不构成对乙方的限制。',
      '前述三个场景系本方案的示范性场景。',
    ]);
  });
  it('near misses: a scenario to be made a model, a model list beside a grant of its own, an example of a product', () => {
    expectQuiet('authorization_mode', [
      '乙方应当将本场景建设为全省示范性应用场景。',
      '以下为本市首批示范性应用场景：智慧停车、公交到站预测。',
      '上述场景均为示范场景，将在全省推广。',
      '附件所列场景为本协议的示范性应用场景，乙方开展其他场景的，应当另行签订授权运营协议。',
      '附件三所列数据接口调用方式仅供参考。',
    ]);
  });
});

describe('authorization_mode s15: a field as the grant’s basis, or its data put in wholesale', () => {
  it('a grant by field, or a field’s or catalogue’s data put into the grant whole, fires', () => {
    expectRaised('authorization_mode', [
      '本次授权依行业进行授权，交通运输行业数据由一家运营机构运营。',
      '市卫健委持有的诊疗、公卫、妇幼等卫生健康数据打包纳入“卫健数据授权包”。',
      '资源目录所列气象数据全量纳入授权范围。',
    ], plan);
  });
  it('near misses: data a scenario needs put into the grant, data put into the platform, a field named in passing', () => {
    expectQuiet('authorization_mode', [
      '本场景所需的公交刷卡数据整体纳入授权范围。',
      '目录所列数据全部纳入授权运营平台统一管理。',
      '附件一所列数据全部纳入授权。',
      '运营机构按领域配备数据安全管理人员。',
      '乙方按照行业授权范围使用数据。',
    ], plan);
  });
});

describe('authorization_mode s15: a scenario cell deferred or left to the operator', () => {
  it('a scenario item fixed only later, or an entry the operator fills itself, fires', () => {
    expectRaised('authorization_mode', [
      '| 事项 | 内容 |\n| 授权期限 | 三年 |\n| 授权场景 | 待试运营结束后根据用户需求确定 |',
      '| 序号 | 场景名称 | 说明 |\n| 1 | 景区客流预警 | 公共治理 |\n| 2 | 其他创新服务 | 由运营机构自主增设 |',
    ], plan);
  });
  it('near misses: a scenario named in the cell, an operator setting its own product price, a scenario fixed after review', () => {
    expectQuiet('authorization_mode', [
      '| 事项 | 内容 |\n| 授权期限 | 三年 |\n| 授权场景 | 景区客流预警 |',
      '| 序号 | 场景名称 | 说明 |\n| 1 | 景区客流预警 | 价格由运营机构自行确定产品定价方案后报批 |',
      '| 场景名称 | 定价 |\n| 景区客流预警 | 由运营机构自行确定 |',
      '| 事项 | 内容 |\n| 授权场景 | 由实施机构组织论证后确定 |',
    ], plan);
  });
});

describe('authorization_mode s15: no bound set by whatever scenario is named', () => {
  it('use not bounded by the agreed or listed scenarios, however they are described, fires', () => {
    expectRaised('authorization_mode', [
      '乙方开发数据产品时，不受附件二列明的三个应用场景限制。',
      '运营机构提供数据服务不以本方案论证确定的场景为限。',
    ]);
  });
  it('near misses: not bound by another scenario’s operator, a duty that holds in the scenario', () => {
    expectQuiet('authorization_mode', [
      '乙方在本场景内的运营不受其他场景运营机构的干预。',
      '乙方应当在约定的应用场景范围内使用数据，不受甲方以外单位的干涉。',
      '甲方不受理超出约定应用场景限制的数据调用申请。',
    ]);
  });
});

describe('authorization_mode s15: the scenario granted named as whatever relates to a matter', () => {
  it('a granted scenario that is a category of related uses fires', () => {
    expectRaised('authorization_mode', [
      '本协议授权场景为：养老服务相关业务。',
      '授权应用场景：“交通出行有关应用”。',
    ]);
  });
  it('near misses: a use named after the matter, a related duty', () => {
    expectQuiet('authorization_mode', [
      '本协议授权场景为：养老服务相关的补贴资格核验。',
      '授权场景为“老年人助餐补贴核验”，相关业务规范见附件。',
    ]);
  });
});
