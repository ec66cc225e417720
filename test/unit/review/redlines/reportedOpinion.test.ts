import { describe, it } from 'vitest';
import { expectQuiet, expectRaised } from '../../../helpers/redlineCase';

/**
 * An opinion reported from a consultation sets no rule: what outsiders proposed or held (企业建议, 专家认为, 与会代表提出)
 * is told, not granted. The precision study of session 21 found reported speech among the false red lines of the
 * 13th–25th sets; these texts are written for this test. The text's own parties proposing (乙方提出申请) and an
 * authority's requirement stay rules, and an opinion the text adopts is the text's own.
 */
describe('an opinion reported from a consultation', () => {
  it('a proposal noted and not adopted stays quiet for every red line it names', () => {
    expectQuiet('term_over_3y', ['调研座谈时，部分企业建议将授权期限放宽至五年，工作专班经研究认为与现行规定不符，未采纳上述建议。'], { kind: 'plan' });
    expectQuiet('exclusivity', ['调研座谈时，部分企业建议由一家公司独家承接运营，工作专班认为与公平竞争要求不符，未采纳。'], { kind: 'plan' });
    expectQuiet('sub_authorization', ['有专家认为，可以允许运营机构将部分授权转让给合作企业，考虑到安全风险，本方案未采纳。'], { kind: 'plan' });
    expectQuiet('authorization_mode', ['有专家建议整体授权，本方案未予采纳。'], { kind: 'plan', ruleset: 'hebei' });
  });
  it('a wish or proposal told on its own stays quiet', () => {
    expectQuiet('pricing', ['征求意见中，多家市场主体希望运营机构能够自主定价，以充分反映市场供求。'], { kind: 'plan' });
    expectQuiet('raw_data_export', ['与会代表提出，应允许运营机构将原始数据导出至自有服务器进行加工。'], { kind: 'plan' });
  });
  it('an opinion the text adopts, the parties\' own applications and an authority\'s requirement still fire', () => {
    expectRaised('authorization_mode', ['有专家建议整体授权，本方案采纳该建议，将全部数据整体授权给市大数据集团运营。'], { kind: 'plan', ruleset: 'hebei' });
    expectRaised('sub_authorization', ['第八条 乙方提出转授权申请的，经甲方书面同意，可以将部分授权转授权给其控股子公司。']);
    expectRaised('raw_data_export', ['第九条 乙方认为有必要的，可以将授权数据原样提供给合作伙伴。']);
    expectRaised('exclusivity', ['市数据局要求运营机构将全部授权数据独家运营，其他主体不得参与。'], { kind: 'plan' });
  });
});
