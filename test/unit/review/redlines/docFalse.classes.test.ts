import { describe, expect, it } from 'vitest';
import { expectQuiet, expectRaised, raises, type RedlineCase } from '../../../helpers/redlineCase';
import { parseSentence } from '../../../../shared/review/clauseParse';

/**
 * Classes of the false red lines of the fourteenth set's documents (session 12), on text written for this test with
 * near misses that must still fire: a hindrance denied (不影响 X 向其他主体授权), a noun ending in 有权 read as a may, a
 * denial (不因……而转移) lifted by a consent, a product named in quotes after the verb, the supervision of a charge, and a
 * product list whose public category is said by who it serves.
 */

describe('a hindrance denied frees the act it would hinder', () => {
  it('stays quiet when the grant does not prevent the grantor granting others', () => {
    expectQuiet('exclusivity', [
      '本协议的签订不妨碍甲方依法向其他运营机构授权同类场景。',
      '本授权不影响授权方向其他主体开放同一数据资源。',
    ], { ruleset: 'chongqing' });
  });
  it('still fires when the grantor is barred from dealing with others', () => {
    expectRaised('exclusivity', ['甲方不得向其他主体授权运营本场景数据。', '授权期内，甲方承诺不与其他运营机构就本场景进行洽谈。'], { ruleset: 'chongqing' });
  });
});

describe('有权 ending a noun is no may', () => {
  it('reads 持有权/所有权 as the noun, not a modal', () => {
    expect(parseSentence('数据资源的所有权不随运营权一并转移。')[0]?.modality).not.toBe('may');
  });
  it('still reads 有权 as a may', () => {
    expect(parseSentence('乙方有权将运营权转让给其控股子公司。')[0]?.modality).toBe('may');
    expect(raises('sub_authorization', '乙方有权将本协议项下的运营权转让给第三方。')).toBe(true);
  });
});

describe('a denial is not a prohibition a consent lifts', () => {
  it('stays quiet on an act said not to happen by a cause', () => {
    expectQuiet('sub_authorization', [
      '数据资源的持有权不因本次授权而转移。',
      '乙方聘请外包单位开展系统运维的，须经甲方书面同意，外包单位不因此取得运营权。',
    ]);
  });
  it('still fires on a transfer the consent lets happen', () => {
    expectRaised('sub_authorization', ['经甲方同意，乙方可以将运营权转让给其子公司。', '运营权因乙方合并而转移给承继其业务的主体。']);
  });
});

describe('the verb’s own object, named in quotes, is what leaves', () => {
  it('stays quiet when only results named in quotes leave', () => {
    expectQuiet('raw_data_export', ['原始数据留在专区，对外仅返回“有/无”比对结论。', '原始数据不出平台，对外只提供“红/黄/绿”预警结果。']);
  });
  it('still fires when raw data leaves', () => {
    expectRaised('raw_data_export', ['原始数据经甲方同意后可以提供给合作银行使用。', '乙方可以向“白名单”客户提供原始明细数据。']);
  });
});

describe('a charge overseen is no charge', () => {
  it('stays quiet on the supervision of charging', () => {
    expectQuiet('pricing', [
      '市数据局会同市财政局对运营机构的收费和收益分配情况进行联合检查，每年一次。',
      '区审计局负责监督检查运营机构收费行为。',
    ], { ruleset: 'guizhou' });
  });
  it('still fires on a public body charged', () => {
    expectRaised('pricing', [
      '区卫生健康局调用本产品的，按每次0.5元向乙方支付费用，由区审计局进行监督。',
      '市教育局使用看板的，由乙方按年收取服务费，市数据局对此进行监督检查。',
    ], { ruleset: 'guizhou' });
  });
});

describe('a product list’s public category said by who it serves', () => {
  const LIST: RedlineCase = {
    ruleset: 'chongqing',
    doc: (items) =>
      ['某场景公共数据授权运营协议', '第一条 授权范围。甲方授权乙方在本场景内运营。', '第二条 产品和服务清单', `乙方拟提供的产品和服务包括：${items}`, '第三条 运营期限。本协议运营期限为三年。'].join('\n'),
  };
  it('stays quiet when a product serves a public body', () => {
    expect(raises('product_categories', '（一）社保基金风险监测看板，服务区社保中心、各街道；（二）企业用工指数，服务园区企业。', LIST)).toBe(false);
    expect(raises('product_categories', '（一）学位预警分析，供区教育委员会决策使用；（二）商户客流报告，服务商户。', LIST)).toBe(false);
  });
  it('still fires when every product serves the market', () => {
    expect(raises('product_categories', '（一）企业用工指数，服务园区企业；（二）收入核验，服务持牌金融机构。', LIST)).toBe(true);
  });
});

describe('a whole domain’s products reserved to the operator', () => {
  const PLAN: RedlineCase = { ruleset: 'qinhuangdao', kind: 'plan', doc: (c) => ['某领域公共数据授权运营实施方案', `一、授权模式。${c}`].join('\n') };
  it('fires when a city’s products of a domain are all the operator’s to develop', () => {
    expect(raises('exclusivity', '授权期内，本市医疗保障领域公共数据产品统一由运营机构开发并对外提供，其他单位不再另行建设。', PLAN)).toBe(true);
  });
  it('stays quiet on a duty the operator carries for the products, or on products not reserved', () => {
    expect(raises('exclusivity', '本市医疗保障领域公共数据产品统一由运营机构进行安全审核后上架。', PLAN)).toBe(false);
    expect(raises('exclusivity', '本场景数据产品由运营机构开发并对外提供。', PLAN)).toBe(false);
  });
});
