import { describe, it } from 'vitest';
import { expectQuiet, expectRaised } from '../../../helpers/redlineCase';

/**
 * Exclusivity readings built on the ninth clause bank (session 14). Every text is written for this test, worded apart
 * from the bank; each class has near misses that must stay quiet.
 */
describe('exclusivity s9: a whole field carried by one operator', () => {
  it('a domain\'s operation left to the operator alone fires', () => {
    expectRaised('exclusivity', [
      '全市交通运输领域公共数据授权运营工作由乙方一家承担。',
      '本省医疗保障行业的公共数据运营业务，仅由运营机构一家负责。',
      '本区各领域公共数据产品开发由乙方独家承接。',
    ]);
  });
  it('near misses: the operator carrying its own scene, or one of several', () => {
    expectQuiet('exclusivity', [
      '本场景的数据产品开发由乙方承担。',
      '全市交通运输领域公共数据授权运营由多家运营机构分别承担，乙方负责其中的停车场景。',
      '乙方一家无法承担的运营工作，甲方可以另行委托其他机构配合完成。',
    ]);
  });
});

describe('exclusivity s9: others\' applications refused or redirected to the operator', () => {
  it('the grantor refusing or sending back others\' applications, or pointing them to the operator, fires', () => {
    expectRaised('exclusivity', [
      '协议有效期内，甲方对本领域内其他运营主体提出的授权申请不予受理。',
      '其他企业就同一数据资源申请授权运营的，甲方应当将申请退回，并告知其与乙方合作开展。',
      '授权期内，甲方收到其他单位同类场景申请的，统一转交乙方办理。',
      '甲方不再接受其他开发利用主体的同类申请，已经提交的予以驳回。',
    ]);
  });
  it('near misses: applications reviewed on their merits, the operator forwarding what is not its own', () => {
    expectQuiet('exclusivity', [
      '甲方受理其他机构的授权申请时，应当按照公开、公平的原则审查。',
      '对不符合条件的申请，甲方予以退回并说明理由。',
      '乙方收到不属于本协议范围的申请的，应当转交甲方处理。',
      '其他运营机构提出同类申请的，甲方依法受理，不得以乙方已获授权为由拒绝。',
    ]);
  });
});

describe('exclusivity s9: no second operator', () => {
  it('the grantor barred from bringing in a second operator, or only with the operator\'s consent, fires', () => {
    expectRaised('exclusivity', [
      '协议期内，甲方不得就本场景引入第二家运营机构。',
      '在乙方运营期间，甲方不再为同一场景确定另一家运营单位。',
      '甲方拟就相同数据增设第二家运营主体的，应当事先取得乙方书面同意。',
    ]);
  });
  it('near misses: the grantor free to add one, the operator kept from subcontracting', () => {
    expectQuiet('exclusivity', [
      '甲方可以根据评估结果引入第二家运营机构。',
      '乙方不得将运营业务转委托给第二家单位。',
      '引入第二家运营机构无需取得乙方同意。',
    ]);
  });
});

describe('exclusivity s9: an exclusive right written with a variant character', () => {
  it('排它 fires as 排他 does', () => {
    expectRaised('exclusivity', [
      '甲方授予乙方的数据经营权具有排它性。',
      '乙方在授权范围内享有排它使用权。',
    ]);
  });
  it('near misses: a right said not to be exclusive', () => {
    expectQuiet('exclusivity', [
      '本协议项下的授权为非排它性授权。',
      '乙方取得的运营权不具有排它性。',
      '本授权不具排它效力，甲方可向其他主体授权。',
    ]);
  });
});

describe('exclusivity s9: others barred from the same matter, or market protection', () => {
  it('others barred from developing on the same data, or protection given to the operator, fires', () => {
    expectRaised('exclusivity', [
      '授权期内，本区其他企业不得针对医保结算数据研发同类分析产品。',
      '其他运营主体不得就本批交通数据开展同类产品开发。',
      '为回收乙方前期投入，甲方在五年内对乙方实行市场保护。',
    ]);
  });
  it('near misses: others barred from the operator\'s own code, protection fought, a rule for everyone', () => {
    expectQuiet('exclusivity', [
      '其他单位不得就乙方享有著作权的软件进行复制。',
      '各方应当破除市场保护，促进数据要素有序流通。',
      '甲方不得以任何形式给予运营机构市场保护。',
    ]);
  });
});

describe('exclusivity s9: one operator for every domain of a place', () => {
  it('a city-wide or province-wide sole operator designated fires', () => {
    expectRaised('exclusivity', [
      '经研究，确定市大数据公司为全市各行业公共数据的唯一运营机构。',
      '本省所有领域的公共数据由省数据集团作为独家授权运营机构对外提供。',
    ]);
  });
  it('near misses: a scene\'s own operator, a whole grant to one unified operator, or no sole operator at all', () => {
    expectQuiet('exclusivity', [
      '乙方为本场景的统一运营机构，负责数据产品的开发与上架。',
      // 整体授权 is a mode (Guizhou's main one), not exclusivity by itself.
      '本省所有领域的公共数据由省数据集团作为统一授权运营机构对外提供。',
      '确定市数据集团为全市各领域公共数据的统一运营机构。',
      '全市各领域不设统一运营机构，按场景分别选择。',
      '全市各领域公共数据通过统一运营平台对外提供服务。',
    ]);
  });
});

describe('exclusivity s9: the operator tying buyers and what users build', () => {
  it('buyers made to shun its competitors, or users\' products on its model run with it, fire', () => {
    expectRaised('exclusivity', [
      '乙方可以要求下游客户在订单中保证，不从乙方的竞争对手处采购同类接口。',
      '乙方向需求方交付评分模型后，需求方基于该模型开发的应用，应当与乙方共同运营。',
      '乙方交付的数据产品的后续迭代、功能扩展，均由乙方负责实施。',
    ]);
  });
  it('near misses: the operator promising not to bind anyone, a user\'s own product', () => {
    expectQuiet('exclusivity', [
      '乙方承诺不与任何数据需求方签订独家供应协议。',
      '乙方不得要求客户承诺不向其竞争对手采购。',
      '乙方向需求方交付评分模型后，需求方基于该模型开发的应用归需求方所有，由其自主运营。',
      '乙方交付的数据产品出现缺陷的，由乙方负责修复。',
    ]);
  });
});

describe('exclusivity s9: exclusive dealing named as a ground of termination', () => {
  it('a termination list in one sentence stays quiet', () => {
    expectQuiet('exclusivity', [
      '乙方有下列情形之一的，甲方有权终止本协议：（一）……；（二）与需求方签订独家协议、排除竞争的；',
      '运营机构存在以下行为的，授权方可以收回授权：滥用市场支配地位实施垄断的。',
    ]);
  });
  it('an exclusive term itself still fires', () => {
    expectRaised('exclusivity', ['乙方与需求方签订独家协议，需求方不得向其他平台采购同类数据。']);
  });
});
