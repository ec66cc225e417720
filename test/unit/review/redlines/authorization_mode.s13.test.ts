import { describe, it } from 'vitest';
import { expectQuiet, expectRaised } from '../../../helpers/redlineCase';

/**
 * Authorization-mode classes of the thirteenth bank (session 20): a unit other than one scenario, or scenarios left
 * open, said in other words than the banks before. Every text is written for this test; each class has near misses
 * that must stay quiet.
 */
const plan = { kind: 'plan' as const };

describe('authorization_mode: a field granted as a unit, the mode said as an adjective or its object between', () => {
  it('an adjective of the whole, or a field unit governing its clause’s grant, fires', () => {
    expectRaised('authorization_mode', ['实施机构对全市医疗保障数据实行打包式授权，由运营机构统筹开发。'], plan);
    expectRaised('authorization_mode', ['近期以行业为单位向运营机构实施综合性授权，远期再研究细分场景。'], plan);
  });
  it('a field that only organises the work, or a whole grant refused, stays quiet', () => {
    expectQuiet('authorization_mode', ['实施机构以领域为单位统筹需求，按场景逐一授权。'], plan);
    expectQuiet('authorization_mode', ['本方案不采取整体性授权，坚持一场景一授权。'], plan);
  });
});

describe('authorization_mode: the scenarios after the first not listed', () => {
  it('later or other scenarios left unlisted fires', () => {
    expectRaised('authorization_mode', ['首期开展客流分析场景，本方案不一一列明其他应用场景，由运营机构结合市场需求推进。'], plan);
    expectRaised('authorization_mode', ['鉴于需求多变，本方案不再逐项列举后续场景，运营机构可自主推进产品开发。'], plan);
  });
  it('a list kept in an annex, or later ones granted on their own, stays quiet', () => {
    expectQuiet('authorization_mode', ['本方案正文不再逐一列举后续场景，详见附件二场景清单。'], plan);
    expectQuiet('authorization_mode', ['本方案不再逐一列举后续场景，后续场景按程序另行授权。'], plan);
  });
});

describe('authorization_mode: a new scenario carried by this grant, or spared its procedure whatever the verb', () => {
  it('a new scenario under this very grant, or its selection spared, fires', () => {
    expectRaised('authorization_mode', ['乙方在本场景基础上拓展的其他物流场景，一并适用本次授权。']);
    expectRaised('authorization_mode', ['乙方新增应用场景的，无需另行办理授权手续，报甲方知悉即可。']);
    expectRaised('authorization_mode', ['乙方开发的关联场景产品，免于履行遴选程序，直接上线运营。']);
  });
  it('a new scenario outside this grant, or needing one of its own, stays quiet', () => {
    expectQuiet('authorization_mode', ['乙方拓展的其他场景不适用本授权，应当另行组织遴选。']);
    expectQuiet('authorization_mode', ['新增应用场景的，应当另行编制实施方案并签订授权运营协议。']);
  });
});

describe('authorization_mode: a scenario defined as all the activity, named with what it makes', () => {
  it('a definition of a scenario as all product and service work of a field fires', () => {
    expectRaised('authorization_mode', ['本方案所称“应用场景”，是指运营机构在授权行业内从事的一切数据产品研制和运营活动。'], plan);
    expectRaised('authorization_mode', ['本方案所称“场景”，是指运营机构在医疗领域开展的全部产品开发与服务活动。'], plan);
  });
  it('a scenario defined as one use stays quiet', () => {
    expectQuiet('authorization_mode', ['本方案所称“场景”，是指经实施机构论证批准的单一数据应用，如社保待遇资格认证。'], plan);
  });
});

describe('authorization_mode: a catch-all item whose leave stands before 其他', () => {
  it('other scenarios the grantor accepts, its leave first, fire', () => {
    expectRaised('authorization_mode', ['第七条 授权场景：（一）港口集疏运调度；（二）冷链物流追溯；（三）经甲方同意的其他场景。']);
  });
  it('a list closed, or each other scenario granted on its own, stays quiet', () => {
    expectQuiet('authorization_mode', ['第七条 授权场景：（一）港口集疏运调度；（二）冷链物流追溯。不包括其他场景。']);
    expectQuiet('authorization_mode', ['第七条 授权场景：（一）港口集疏运调度；（二）冷链物流追溯。其他场景应当另行签订协议。']);
  });
});

describe('authorization_mode: a right over all the data conferred, its holder named before', () => {
  it('the operation right over all the data fires', () => {
    expectRaised('authorization_mode', ['实施机构确定市属企业为运营机构，并赋予其全量公共数据的开发利用权。'], plan);
  });
  it('the right over a scenario’s data stays quiet', () => {
    expectQuiet('authorization_mode', ['实施机构确定市属企业为运营机构，并授予其本场景所需数据的运营权。'], plan);
  });
});

describe('authorization_mode: the use granted named as any kind of product', () => {
  it('a grant’s use that is every product fires', () => {
    expectRaised('authorization_mode', ['第四条 授权用途：用于服务全市产业发展的一切数据产品和应用开发。']);
  });
  it('every product of the scenario stays quiet', () => {
    expectQuiet('authorization_mode', ['第四条 授权用途：用于本场景下的各类数据产品开发。']);
  });
});
