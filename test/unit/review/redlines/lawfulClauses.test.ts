import { describe, it } from 'vitest';
import { expectQuiet, expectRaised } from '../../../helpers/redlineCase';

/**
 * Lawful clauses common in agreements that a red line once read wrongly (session 25, found by writing ordinary clauses
 * and reading them; text written for this test, in other sectors): liability for an outcome is a sanction's ground; a
 * party's name that starts the name of a product (企业能耗指数) receives nothing; a right of use held over a product is the
 * product's licence, not the grant. And details of a transaction one by one (社保缴纳明细) are the records; the data a
 * scenario uses, listed by department (本场景授权数据包括……三个部门的数据), keeps the scenario as the unit; an act word inside
 * a noun (出租车, 转移支付) is no act; a practice refused for its risk (……的做法存在较大安全风险，本方案不予采纳) sets no rule.
 */

describe('liability for an outcome or an act makes it a ground, not a permission', () => {
  it('stays quiet', () => {
    expectQuiet('raw_data_export', [
      '因乙方管理不善导致原始记录外泄的，乙方应当承担全部赔偿责任。',
      '运营机构将个人信息明细提供给他人的，应当依法承担法律责任。',
    ]);
    expectQuiet('sub_authorization', ['乙方擅自将运营权转让给第三方的，由乙方承担违约责任并赔偿甲方损失。']);
  });
  it('still fires on a permission that carries a liability', () => {
    expectRaised('raw_data_export', ['乙方可以将原始数据提供给合作银行，并对合作银行的数据使用承担连带责任。']);
  });
});

describe('a party named at the start of a product’s or the data’s name receives nothing', () => {
  it('stays quiet', () => {
    expectQuiet('raw_data_export', [
      '乙方可以在运营专区内调用医院门诊明细数据，加工形成医院服务效率指数。',
      '乙方可以在平台内使用学校学籍原始数据，形成学校办学质量评分。',
      '运营机构可以在隐私计算环境中对企业社保缴纳明细进行分析，生成企业用工画像。',
    ]);
  });
  it('still fires when the records go to the party', () => {
    expectRaised('raw_data_export', [
      '乙方可以在运营专区内调用医院门诊明细数据，并将门诊明细数据提供给合作医院。',
      '运营机构可以将企业社保缴纳明细提供给企业。',
    ]);
  });
});

describe('a right of use held over a product is the product’s licence', () => {
  it('stays quiet', () => {
    expectQuiet('sub_authorization', [
      '使用方对其订购的数据产品享有完整的使用权。',
      '客户对乙方交付的分析报告享有永久的使用权限。',
      '金融机构对其采购的核验服务享有调用权。',
    ]);
  });
  it('still fires when another party holds the right over the data', () => {
    expectRaised('sub_authorization', [
      '合作企业对授权范围内的公共数据享有与乙方同等的使用权。',
      '经甲方同意，乙方可以将数据使用权转让给合作企业。',
    ]);
  });
});

describe('the data a scenario uses, listed by department, keeps the scenario as the unit (authorization_mode)', () => {
  it('stays quiet', () => {
    expectQuiet('authorization_mode', [
      '本场景授权数据包括住建、自然资源、税务三个部门的数据，具体以附件为准。',
      '该场景所需数据包括卫生健康、医保两个部门的数据。',
    ]);
  });
  it('still fires when the grant itself is the departments’ data', () => {
    expectRaised('authorization_mode', [
      '本协议授权数据包括住建、自然资源、税务三个部门的全部数据。',
      '甲方将全市四十二个部门的数据统一授权乙方运营。',
    ]);
  });
});

describe('an act word inside a noun is no act (sub_authorization)', () => {
  it('stays quiet', () => {
    expectQuiet('sub_authorization', [
      '本场景授权数据包括网约车订单、出租车营运轨迹等数据，均在平台内加工使用。',
      '授权运营收益不纳入上级转移支付测算。',
    ]);
  });
  it('still fires on the act itself', () => {
    expectRaised('sub_authorization', ['乙方可以将授权运营权出租给合作企业。', '经甲方同意，乙方可以将运营权转移给其子公司。']);
  });
});

describe('a practice refused for its risk sets no rule (raw_data_export)', () => {
  it('stays quiet', () => {
    expectQuiet('raw_data_export', [
      '有企业建议直接向其提供原始数据，经论证，向企业直接提供原始数据的做法存在较大泄露风险，本方案不予采纳。',
    ], { kind: 'plan' });
  });
  it('still fires when the text adopts it', () => {
    expectRaised('raw_data_export', ['经论证，运营机构可以向企业直接提供原始数据，本方案予以采纳。'], { kind: 'plan' });
  });
});
