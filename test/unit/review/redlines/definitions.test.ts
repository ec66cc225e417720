import { describe, it } from 'vitest';
import { expectQuiet, expectRaised } from '../../../helpers/redlineCase';

/**
 * A definition says what a word means and lets nothing happen, however the drafter writes it: unquoted after 所称/所指,
 * an item of a 定义 list ("（一）转授权：指……", whose term the import cuts off as a heading), or with the term in quotes.
 * One pattern serves the phrase readers and the clause parse. Texts written for this test.
 */
describe('a definition of a red-line act', () => {
  it('defining 转授权 grants nothing', () => {
    expectQuiet('sub_authorization', ['本协议所称转授权，是指乙方将其依本协议取得的运营权全部或者部分授予第三方行使的行为。']);
    expectQuiet('sub_authorization', ['第一条 定义。（一）转授权：指乙方将授权运营权利再行授予其他主体的行为。（二）原始数据：指未经加工、可直接识别到个人或者单位的数据。']);
    expectQuiet('sub_authorization', ['（一）转授权：指乙方将授权运营权利再行授予其他主体的行为。']);
  });
  it('a definition that sets a term still states it; a grant outright still fires', () => {
    expectRaised('term_over_3y', ['本协议所称运营期限，是指自2026年1月1日起至2031年12月31日止的期间。']);
    expectRaised('sub_authorization', ['乙方可以将本协议项下的授权转授权给其控股子公司，无需经甲方同意。']);
  });
});

describe('an operator defined as the unit that signed with the grantor', () => {
  it('"与市数据局签订授权运营协议的法人单位" is the operator, not another unit joined to it', () => {
    expectQuiet('sub_authorization', ['本方案所指运营机构，是指经市政府批准、与市数据局签订授权运营协议的法人单位，原则上不超过三家。'], { kind: 'plan' });
  });
  it('an operator defined with its partner companies still fires', () => {
    expectRaised('sub_authorization', ['本协议所称运营机构，是指乙方及与乙方合作的生态合作企业。']);
  });
});
