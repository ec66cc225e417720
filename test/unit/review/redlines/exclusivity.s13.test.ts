import { describe, it } from 'vitest';
import { expectQuiet, expectRaised } from '../../../helpers/redlineCase';

/**
 * Exclusivity classes of the thirteenth bank (session 20): others shut out by what is done to them (products taken
 * down, approvals refused, dealings held to the operator's sign-off), a field's data reserved, and who acts in a
 * clause that names no subject. Every text is written for this test; each class has near misses that must stay quiet.
 */

describe('exclusivity: the subject of a clause that opens on its modal is the sentence’s', () => {
  it('the operator refraining, a party it treats fairly or a demand forbidden between, stays quiet', () => {
    expectQuiet('exclusivity', ['乙方应当平等对待各类数据商，不得附加不合理交易条件，不得与其他服务商签订排斥竞争的合作协议。']);
    expectQuiet('exclusivity', ['乙方应当公平服务所有经营主体，不得要求需求方仅通过乙方平台采购产品，不得向其他机构采购数据时附加歧视条件。']);
  });
  it('the operator binding buyers still fires', () => {
    expectRaised('exclusivity', ['乙方有权要求采购其产品的企业承诺，不得向其他数据服务商采购同类产品。']);
  });
});

describe('exclusivity: a table column that asks is answered by its cells', () => {
  it('a 是否 column answered no stays quiet', () => {
    expectQuiet('exclusivity', ['| 场景 | 是否独家 |\n| --- | --- |\n| 企业信用评价 | 否，可向其他主体授权 |'], { kind: 'plan' });
  });
  it('a cell granting exclusively fires', () => {
    expectRaised('exclusivity', ['| 场景 | 授权方式 |\n| --- | --- |\n| 企业信用评价 | 独家授权乙方运营 |'], { kind: 'plan' });
  });
});

describe('exclusivity: others’ like products taken off the market or moved onto the operator', () => {
  it('rivals’ like services closed or merged into the operator fires', () => {
    expectRaised('exclusivity', ['其他平台已上线的同类服务应于半年内关停或并入乙方平台。'], { kind: 'plan' });
  });
  it('rivals left alone, or unlawful products taken down, stays quiet', () => {
    expectQuiet('exclusivity', ['其他平台已上线的同类服务不受影响，无需下线。'], { kind: 'plan' });
    expectQuiet('exclusivity', ['其他存在安全隐患的同类产品应当下架整改。'], { kind: 'plan' });
  });
});

describe('exclusivity: a field’s data or products reserved to the operator', () => {
  it('the area’s data, or a field’s products with 一律, reserved fires', () => {
    expectRaised('exclusivity', ['甲方承诺，全市医疗保障公共数据仅由乙方一家开发利用。']);
    expectRaised('exclusivity', ['交通出行领域的公共数据产品一律由运营机构集中对外提供。'], { kind: 'plan' });
  });
  it('a scenario’s products provided by the operator stays quiet', () => {
    expectQuiet('exclusivity', ['本场景数据产品统一由乙方对外提供。']);
  });
});

describe('exclusivity: a like dealing of a public body held to the operator’s sign-off', () => {
  it('the operator’s consent to a like cooperation fires', () => {
    expectRaised('exclusivity', ['区各部门开展的同类数据开发合作，应当事先征得乙方书面同意。']);
  });
  it('a filing with the grantor, or no consent needed, stays quiet', () => {
    expectQuiet('exclusivity', ['区各部门开展同类数据开发合作的，应当报甲方备案。']);
    expectQuiet('exclusivity', ['区各部门开展的同类数据合作无需经乙方确认。']);
  });
});

describe('exclusivity: approvals refused to others for a like matter', () => {
  it('the grantor refusing to approve others’ like projects fires', () => {
    expectRaised('exclusivity', ['甲方承诺协议期内不审批其他主体开展相同场景的数据运营。']);
  });
  it('others refused an unlawful use stays quiet', () => {
    expectQuiet('exclusivity', ['甲方不批准其他主体超出授权范围使用数据。']);
  });
});

describe('exclusivity: the operator named the grantor’s first choice', () => {
  it('the operator made the first-choice partner fires', () => {
    expectRaised('exclusivity', ['甲方将乙方确定为本市文旅数据开发的首选合作方。']);
  });
  it('a priority earned by evaluation stays quiet', () => {
    expectQuiet('exclusivity', ['年度评价为优秀的，甲方可将乙方列为优先合作方。']);
  });
});

describe('exclusivity: the operator’s product made the only one of its kind', () => {
  it('the only like product in the area fires', () => {
    expectRaised('exclusivity', ['乙方开发的普惠信贷评分服务，在协议期内为全省唯一使用公共数据的同类服务。']);
  });
  it('a like product said not to be the only one stays quiet', () => {
    expectQuiet('exclusivity', ['乙方的数据产品并非本市唯一接入公共数据的同类产品，用户可自由选择。']);
  });
});
