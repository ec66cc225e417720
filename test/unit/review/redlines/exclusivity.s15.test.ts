import { describe, it } from 'vitest';
import { expectQuiet, expectRaised } from '../../../helpers/redlineCase';

/**
 * Exclusivity classes of the fifteenth bank (session 19): others shut out by a first refusal, a veto, a named public
 * body, a rivalry, a venue or a buyer's promise. Every text is written for this test; each class has near misses that
 * must stay quiet.
 */

describe('exclusivity: others dealt with only when the operator declines or cannot supply', () => {
  it('a first refusal said by the operator’s inability, or with how it declines, fires', () => {
    expectRaised('exclusivity', [
      '各区卫生健康部门采购慢病管理数据服务的，应当首先向乙方采购，只有在乙方无法提供该项服务的情况下，方可向其他服务商采购。',
      '在运营机构以书面方式正式放弃优先承接权之前，甲方不得选定其他运营机构承接本场景。',
    ]);
  });
  it('a free choice, or a successor chosen after the agreement ends, stays quiet', () => {
    expectQuiet('exclusivity', [
      '各区卫生健康部门可以根据需要自主选择乙方或其他服务商采购慢病管理数据服务。',
      '本协议终止后，甲方依法重新组织运营机构遴选，乙方可以参加。',
    ]);
  });
});

describe('exclusivity: the operator’s objection stops the grantor dealing with others', () => {
  it('an objection that bars the grant fires', () => {
    expectRaised('exclusivity', [
      '甲方拟向其他单位开放同类交通数据的，应当提前通知乙方；乙方书面表示反对的，甲方不得向该单位开放。',
    ]);
  });
  it('an objection heard but not binding, or the grantor’s own refusal for security, stays quiet', () => {
    expectQuiet('exclusivity', [
      '甲方拟向其他单位开放同类交通数据的，可以听取乙方意见；乙方提出异议的，由甲方依法决定是否开放。',
      '其他单位申请使用同类交通数据存在重大安全风险的，甲方不得向该单位开放。',
    ]);
  });
});

describe('exclusivity: a public body named by its organ withholds its data from others', () => {
  it('a 局 promising no access to others fires', () => {
    expectRaised('exclusivity', [
      '为保证运营机构前期投入回收，运营期内市交通运输局不再向其他机构开放公交刷卡数据接口。',
    ], { ruleset: 'wenzhou', kind: 'plan' });
  });
  it('a 局 opening its data to all, or keeping it from unauthorised parties, stays quiet', () => {
    expectQuiet('exclusivity', [
      '市交通运输局按照公共数据开放目录向社会公众开放公交线路数据。',
      '市交通运输局不得向未经批准的机构提供公交刷卡原始数据。',
    ], { ruleset: 'wenzhou', kind: 'plan' });
  });
});

describe('exclusivity: applicants refused for their rivalry with the operator', () => {
  it('a rival named by a defined term or by the business it would take fires', () => {
    expectRaised('exclusivity', [
      '开发利用机构申请调用接口的，由乙方审核；申请机构属于乙方竞争企业的，乙方可以拒绝开通。',
      '乙方认为申请产品可能分流其客户的，可以暂停受理该申请。',
    ]);
  });
  it('a refusal for rivalry forbidden, or one for a defect, stays quiet', () => {
    expectQuiet('exclusivity', [
      '乙方不得因申请机构与其存在竞争关系而拒绝开通接口。',
      '申请材料不齐全的，乙方可以暂停受理并告知补正。',
    ]);
  });
});

describe('exclusivity: rivals’ like products kept off a venue at the operator’s instance', () => {
  it('the operator asking a venue to hold back rivals’ products fires', () => {
    expectRaised('exclusivity', [
      '运营机构可以提请数据交易所对其他机构提交的同类医疗数据产品暂不上架。',
    ], { ruleset: 'national', kind: 'plan' });
  });
  it('the request forbidden, or a product held back for its own defect, stays quiet', () => {
    expectQuiet('exclusivity', [
      '运营机构不得提请数据交易所对其他机构提交的同类医疗数据产品暂不上架。',
      '数据交易所对未通过合规评估的数据产品不予上架。',
    ], { ruleset: 'national', kind: 'plan' });
  });
});

describe('exclusivity: a buyer or a counterpart bound not to take others’ services', () => {
  it('a buyer’s promise for a discount, or a platform bound by the operator’s contract, fires', () => {
    expectRaised('exclusivity', [
      '对年度采购额超过五十万元的保险公司，乙方可以给予九折优惠，享受优惠的保险公司应承诺不再使用其他机构提供的车辆风险评估服务。',
      '运营机构将与两家本地出行平台签订合作协议，约定各平台仅调用运营机构的驾驶行为评分服务，不再接入其他服务商的同类服务。',
    ]);
  });
  it('the operator refraining itself, or a buyer kept from unlawful data, stays quiet', () => {
    expectQuiet('exclusivity', [
      '乙方承诺不再使用其他机构提供的车辆风险评估服务，全部评估由乙方自行完成。',
      '保险公司应承诺不使用其他来源的未经授权的个人数据。',
      '开发利用机构不得使用其他机构提供的未经安全评估的算法服务。',
      '经营主体应承诺不使用其他渠道获取的非法数据。',
    ]);
  });
});

describe('exclusivity: an exclusive position promised under a manner-qualified negation is refused', () => {
  it('no exclusive position promised in any form stays quiet', () => {
    expectQuiet('exclusivity', [
      '甲方不以任何方式向乙方承诺专属经营地位。',
    ]);
  });
  it('an exclusive position promised in a form fires', () => {
    expectRaised('exclusivity', ['甲方以补充协议形式向乙方承诺独家经营地位。']);
  });
});
