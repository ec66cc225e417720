import { describe, it } from 'vitest';
import { expectQuiet, expectRaised } from '../../../helpers/redlineCase';

/**
 * Classes of the sub-authorization red line read from the fifteenth bank (session 19): another party that runs the
 * grant by using it (in the operator's name, on its own, or sharing the operation), a part handed to a party to run on
 * its own, the operation reached through a list, a work or a group company the document defines, and a table of roles.
 * Every text is written for this test; each class has near misses that must stay quiet.
 */

/** A whole agreement of the lines given, for tables and definitions that need their own lines. */
const lines = (t: string) => `某场景公共数据授权运营协议\n${t}`;

describe('another party acting in the operator’s name or capacity', () => {
  it('fires', () =>
    expectRaised('sub_authorization', [
      '合作企业可以乙方名义调用授权的交通数据，并向物流企业提供运力分析服务。',
      '区域服务商经乙方确认后，可以授权运营机构名义开展文旅数据产品推广与运营。',
      '联合体成员以本协议授权运营机构的名义对外提供核验服务并直接调用授权数据。',
    ]));
  it('is not the operator’s own staff, nor a prohibition', () =>
    expectQuiet('sub_authorization', [
      '乙方的工作人员以乙方名义与客户签订服务合同。',
      '乙方不得允许任何第三方以乙方名义调用授权数据。',
      '乙方以自己名义对外提供核验服务并直接调用授权数据。',
    ]));
});

describe('another party running the operation on its own, or sharing it while it calls the data', () => {
  it('fires', () =>
    expectRaised('sub_authorization', [
      '联合运营体成员可直接使用授权的水务数据，并自主对外开展运营。',
      '乙方的控股子公司可以自己的名义运营本协议授权的文旅数据资源。',
      '乙方可与两家合作伙伴组成运营联盟，合作伙伴调用授权的气象数据并与乙方按比例分享运营收益。',
    ]));
  it('is not the operator, nor support, nor products delivered, nor work handed back', () =>
    expectQuiet('sub_authorization', [
      '乙方应当独立开展授权运营，不得委托他人代为运营。',
      '技术服务商负责平台运营维护，不接触授权数据。',
      '合作伙伴调用乙方已交付的气象数据产品接口，按次向乙方支付费用。',
      '技术合作方在平台内调用授权数据完成模型训练，训练成果交付乙方。',
    ]));
});

describe('a part handed to a party to run it on its own', () => {
  it('fires', () =>
    expectRaised('sub_authorization', [
      '经甲方同意，乙方可将其中的体检报告查询服务交由其合作医院独立运营。',
      '乙方可将公交到站查询服务交给合作企业自主经营。',
    ]));
  it('is not upkeep handed over, nor the operator keeping the operation', () =>
    expectQuiet('sub_authorization', [
      '乙方可将查询服务的日常运维交由合作企业承担，合作企业不参与运营。',
      '乙方可将其中的体检报告查询服务交由其内部团队独立运营。',
    ]));
});

describe('a party authorised to carry out a list of works ending in the operation', () => {
  it('fires', () =>
    expectRaised('sub_authorization', ['运营机构可以授权其控股子公司承担医疗数据的清洗、产品研发和市场运营工作。'], { kind: 'plan' }));
  it('is not a list ending in upkeep', () =>
    expectQuiet('sub_authorization', ['运营机构可以授权其控股子公司承担平台的建设、安全防护和运营维护工作。'], { kind: 'plan' }));
});

describe('operators beside or below the operator, and partners by their kind', () => {
  it('fires', () => {
    expectRaised('sub_authorization', ['总运营商可以向各县分运营商授予本县数据运营资格。'], { kind: 'plan' });
    expectRaised('sub_authorization', ['共同运营方享有与乙方同等的数据调用和产品销售权限，但应当征得甲方同意。']);
  });
  it('is not a part of the operation’s income, a prohibition, nor a user’s equal right', () => {
    expectQuiet('sub_authorization', ['乙方可以将部分运营收入用于平台升级。', '乙方不得向分运营商授予任何运营资格。']);
    expectQuiet('sub_authorization', ['用户享有与乙方同等的知情权利。']);
  });
});

describe('a party or a work the document defines', () => {
  it('fires', () =>
    expectRaised('sub_authorization', [
      '第二条 定义。本协议所称“关联经营单位”，指乙方持股超过半数的企业。\n第九条 关联经营单位可以乙方名义调用授权的医保数据。',
      '第十条 乙方可以将运营支持事务交由第三方完成。\n第三十条 本协议所称“运营支持事务”，包括数据产品的定价、对外签约和收费。',
    ], { doc: lines }));
  it('is not a defined team of the operator, nor a work of upkeep', () =>
    expectQuiet('sub_authorization', [
      '第二条 定义。本协议所称“运营团队”，指乙方内部负责数据产品开发的部门。\n第九条 运营团队可以乙方名义调用授权的医保数据。',
      '第十条 乙方可以将运营支持事务交由第三方完成。\n第三十条 本协议所称“运营支持事务”，包括机房托管、网络安全监测和系统运维。',
    ], { doc: lines }));
});

describe('a table of roles giving another party the operation', () => {
  const table = (row: string) => lines(`附件三 职责分工\n| 主体 | 职责 |\n| --- | --- |\n| 乙方 | 平台建设与安全保障 |\n${row}`);
  it('fires', () => {
    expectRaised('sub_authorization', ['| 区县合作公司 | 负责本区县数据产品的对外运营和收费 |'], { doc: table });
    expectRaised('sub_authorization', ['| 丁方（乙方控股子公司） | 独立开展停车数据运营，自主定价 |'], { doc: table });
  });
  it('is not support, the operator under its own name, nor a duty to answer for it', () => {
    expectQuiet('sub_authorization', ['| 技术服务商 | 负责平台运营维护 |'], { doc: table });
    expectQuiet('sub_authorization', ['| 合作方 | 协助乙方开展对外运营 |'], { doc: table });
    expectQuiet('sub_authorization', ['| 市文旅集团 | 授权运营机构，独立承担运营责任 |'], { doc: table });
  });
});
