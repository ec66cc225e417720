import { describe, expect, it } from 'vitest';
import { expectQuiet, expectRaised, raises } from '../../../helpers/redlineCase';

/**
 * Exclusivity classes read from the sixth bank's odd-numbered failures (session 11), each on text written for this
 * test, with near misses that must stay quiet.
 */

describe('exclusivity: the operator joining a re-development of what it delivered', () => {
  it('a re-development that must be done with the operator, or whose new product its side owns, fires', () => {
    expectRaised('exclusivity', [
      '经营主体以运营机构已交付的模型为基础开发行业应用的，须与运营机构共同组建研发专班，联合完成开发。',
      '使用方在乙方交付的数据接口基础上开发新的服务产品，新产品知识产权由乙方全资子公司享有。',
      '数据商对乙方已交付的数据产品进行二次加工的，应当吸收乙方作为联合开发方，并与乙方按比例分享新产品收益。',
    ]);
  });
  it('the operator taking part in another capacity (shareholder, investor) fires', () => {
    expectRaised('exclusivity', [
      '乙方可以参股下游数据商，并以股东身份参与该数据商对乙方已交付模型的再开发。',
      '运营机构可以出资设立合资企业，并以投资方名义参与使用方对其已交付数据产品的深度开发。',
    ]);
  });
  it('near misses: developers free, the operator paid or kept out, investing without re-developing', () => {
    expectQuiet('exclusivity', [
      '经营主体以运营机构已交付的模型为基础开发行业应用的，新产品权益归经营主体所有，运营机构不得参与。',
      '使用方在乙方交付的数据接口基础上开发新的服务产品的，应当按约定向乙方支付接口使用费。',
      '数据商对乙方已交付的数据产品进行二次加工的，可以自主选择技术合作方，乙方不得要求联合开发。',
      '乙方可以参股下游数据商，但不得参与该数据商对乙方已交付模型的再开发。',
    ]);
  });
});

describe('exclusivity: the grantor bound not to give the data to other operators', () => {
  it('the grantor promising not to open, supply or share the data with others, or only with the operator\'s leave, fires', () => {
    expectRaised('exclusivity', [
      '甲方保证，授权期内不向其他运营机构共享本场景目录内的数据资源。',
      '协议有效期内，非经乙方事先书面同意，甲方不向任何第三方供给本协议附件所列数据集。',
      '授权期限内，实施机构不再向其他市场主体开放交通卡口数据。',
    ]);
  });
  it('near misses: the grantor free, the operator bound, or what the grantor keeps back is not the data', () => {
    expectQuiet('exclusivity', [
      '甲方可以向其他运营机构开放本场景目录内的数据资源，无需取得乙方同意。',
      '乙方不向其他运营机构共享本场景目录内的数据资源。',
      '甲方不向任何第三方披露乙方的商业秘密和技术方案。',
    ]);
  });
});

describe('exclusivity: restrictions forbidden, or freedom to deal stated, are no exclusivity', () => {
  it('a prohibition on imposing exclusive terms stays quiet', () => {
    expectQuiet('exclusivity', [
      '乙方不得强制数据商承诺不从其他交易平台采购同类数据产品。',
      '运营机构不得以任何方式要求使用方不与其他服务商签约。',
      '乙方不得限定经营主体只能通过乙方平台交易。',
    ]);
  });
  it('the operator imposing exclusive terms still fires', () => {
    expectRaised('exclusivity', [
      '乙方有权要求数据商书面承诺不从其他交易平台采购同类数据产品。',
    ]);
  });
  it('the grantor free to deal with others ("不受限制") stays quiet', () => {
    expect(raises('exclusivity', '本授权为非独占授权，甲方向其他机构授权使用同类数据的，不受本协议约束。')).toBe(false);
    expect(raises('exclusivity', '甲方另行向其他运营机构授权的，乙方可以不受本条限制地开展运营，甲方依法自主决定授权对象。')).toBe(false);
  });
});

// Classes read from the sixth bank's even-numbered failures, after the odd/even figure was taken.
describe('exclusivity: others named by leaving the operator out', () => {
  it('buyers bound not to deal with anyone but the operator fire', () => {
    expectRaised('exclusivity', [
      '运营机构有权要求经营主体承诺，合作期内不从运营机构之外的平台购买同类数据接口。',
      '使用方承诺，不与除乙方以外的数据服务商签订同类数据服务合同。',
    ]);
  });
  it('near misses: a buyer free to go elsewhere, or the operator forbidden to bind it', () => {
    expectQuiet('exclusivity', [
      '经营主体可以从运营机构之外的平台购买同类数据接口。',
      '乙方不得要求使用方承诺不与除乙方以外的数据服务商签约。',
    ]);
  });
});

describe('exclusivity: others barred from the same product or matter for a period', () => {
  it('other operators barred from applying for or developing the same product, or the grantor refusing them, fires', () => {
    expectRaised('exclusivity', [
      '乙方上线的信用评估产品，自上线之日起两年内，其他运营主体不得开发同类产品。',
      '在保护期内，其他数据服务机构不得申请同一场景的授权，授权方对此类申请不予受理。',
    ]);
  });
  it('near misses: others barred from what is the operator\'s own (its marks, its code), or allowed', () => {
    expectQuiet('exclusivity', [
      '其他运营主体不得擅自使用乙方的商标和企业名称。',
      '其他运营主体可以申请开发同类产品，甲方依法平等受理。',
    ]);
  });
});

