import { describe, it } from 'vitest';
import { expectQuiet, expectRaised } from '../../../helpers/redlineCase';

/**
 * Classes read from the bank authorization_mode-s16 (session 21): scenarios the grant leaves open although a list is
 * written. Every text is written for this test; each class has near misses that must stay quiet.
 */
const plan = { kind: 'plan' as const, doc: (t: string) => `某场景公共数据授权运营实施方案\n${t}` };

describe('a catch-all entry of the scenario list filled later by the operator or by need', () => {
  it('a catch-all row or item left to the operator or to demand fires', () => {
    expectRaised('authorization_mode', ['七、应用场景 场景一：景区客流预警； 场景二：文旅消费分析； 场景三：其他文旅融合类场景，具体方向由运营机构结合市场反馈陆续明确。'], plan);
    expectRaised('authorization_mode', ['附表 应用场景\n| 序号 | 场景 | 主要内容 | 牵头单位 |\n| --- | --- | --- | --- |\n| 1 | 泊位查询 | 实时泊位发布 | 运营机构 |\n| 2 | 其他 | 视停车管理需求适时增加 | 运营机构 |'], plan);
  });
  it('a named entry the operator details, or a catch-all approved each time, stays quiet', () => {
    expectQuiet('authorization_mode', ['七、应用场景 场景一：景区客流预警，具体功能由运营机构在实施过程中细化； 场景二：文旅消费分析。'], plan);
    expectQuiet('authorization_mode', ['七、应用场景 场景一：景区客流预警； 场景二：其他文旅融合类场景，由运营机构提出后经实施机构审核同意并另行授权。'], plan);
  });
});

describe('no scenario preset, a product review no approval of a scenario', () => {
  it('no scenario set, products listed after a compliance review, fires', () => {
    expectRaised('authorization_mode', ['四、产品和服务 本方案暂不设定具体应用场景，支持运营机构面向文旅市场自主探索，开发的数据产品通过安全审核后即可对外提供。'], plan);
  });
  it('no scenario set until each is approved on its own stays quiet', () => {
    expectQuiet('authorization_mode', ['四、产品和服务 本方案暂不设定具体应用场景，后续每一场景均应经市政府审批后单独授权。'], plan);
  });
});

describe('a scenario list said to bound nothing', () => {
  it('a list called a guide or a sketch fires', () => {
    expectRaised('authorization_mode', ['第七条 附件二《应用场景清单》为指导性清单，乙方可据此开展运营。']);
    expectRaised('authorization_mode', ['第七条 附件二所列应用场景目录系示意性目录，乙方可参照开展运营。']);
  });
  it('a list that bounds the grant stays quiet', () => {
    expectQuiet('authorization_mode', ['第七条 乙方仅可在附件二《应用场景清单》所列场景内开展运营，超出清单的应用须另行申请授权。']);
  });
});

describe('a scenario past the list opened without a new agreement', () => {
  it('going past the listed scenarios with consent and no new agreement fires', () => {
    expectRaised('authorization_mode', ['第八条 经甲方书面同意，乙方可以超过附件一所列应用场景开展数据服务，无需另行签订协议。']);
  });
  it('going past the list only with a new agreement, or forbidden, stays quiet', () => {
    expectQuiet('authorization_mode', [
      '第八条 乙方超出附件一所列应用场景开展数据服务的，应当另行申请授权并签订授权运营协议。',
      '第八条 乙方不得超出附件一所列应用场景开展数据服务。',
    ]);
  });
});
