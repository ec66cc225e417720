import { describe, it } from 'vitest';
import { expectQuiet, expectRaised } from '../../../helpers/redlineCase';

/**
 * Pricing classes of the eleventh bank (session 16). Every text is written for this test, not taken from the bank; each
 * class has near misses that must stay quiet.
 */

describe('pricing: the allowed profit rate set above the rule', () => {
  it('a margin over the benchmark above six points, or a fixed rate above the rule, fires', () => {
    expectRaised('pricing', [
      '运营机构的准许收益率，取上年度十年期国债平均收益率另加九个百分点。',
      '准许利润率为5年期贷款市场报价利率加8个百分点，每个监管周期核定一次。',
      '经营性数据产品定价时，准许利润率按照18%计取。',
      '本项目准许利润率确定为百分之三十，据此测算服务费标准。',
    ]);
  });
  it('the rule’s margin, a lower one, or a cap stays quiet', () => {
    expectQuiet('pricing', [
      '准许收益率取上年度十年期国债平均收益率另加陆个百分点，由价格主管部门核定。',
      '准许利润率按照十年期国债平均收益率加四个百分点确定。',
      '准许利润率不超过百分之十五，具体由价格主管部门核定。',
      '准许利润率最高为上年度十年期国债平均收益率加八个百分点，具体以价格主管部门核定为准。',
      '准许利润率按8%确定，最高准许收入按经营成本、准许利润和税金之和核定。',
    ]);
  });
});
