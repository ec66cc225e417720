import { describe, it } from 'vitest';
import { expectQuiet, expectRaised, type RedlineCase } from '../../../helpers/redlineCase';

/**
 * Readings of raw-data export and sub-authorization built from the nineteenth set's false red lines and the eleventh
 * bank's failures (session 16), on text written for this test, each with near misses that must stay quiet.
 */
const check = (redline: string, fire: string[], quiet: string[], c: RedlineCase = { ruleset: 'hebei' }) => {
  expectRaised(redline, fire, c);
  expectQuiet(redline, quiet, c);
};
const PLAN: RedlineCase = { ruleset: 'guizhou', kind: 'plan', doc: (body) => `某领域公共数据授权运营实施方案\n一、授权模式\n${body}` };

describe('raw data: a prohibition’s exception permits only what the exception names', () => {
  it('an exception naming raw data, or nothing, lets raw data out; one naming results, products or masked sets does not', () =>
    check(
      'raw_data_export',
      [
        '原始数据不得导出平台。除经甲方书面同意的原始明细数据外，任何数据不得出域。',
        '乙方不得向第三方提供原始数据，但经甲方同意提供的原始记录抽样除外。',
        '原始数据原则上不出域。除经甲方书面同意外，乙方不得导出任何数据。',
        '未经甲方书面许可，乙方不得将原始数据交付客户，经许可的除外。',
      ],
      [
        '原始数据不得导出授权运营域。除经丙方书面同意并经甲方安全审核的统计汇总数据外，任何数据不得以明细形式出域。',
        '乙方不得向第三方提供原始数据，但经甲方审核的脱敏统计结果除外。',
        '原始数据一律不出域。除经安全审核的数据产品以外，乙方不得向任何单位交付数据。',
        '除经双方确认的模型参数和分析报告之外，任何数据均不得带离平台；原始数据严禁导出。',
        '原始数据不得离开平台，但经甲方审核的匿名化数据集除外。',
      ],
    ));
});

describe('sub-authorization: a grant to the operator itself, however it is named, is the grant', () => {
  it('the grantor granting to the operator (a level, a company) is quiet; the operator passing the grant on fires', () =>
    check(
      'sub_authorization',
      [
        '运营主体可以将地震数据运营权授权给各市州运营合作方。',
        '将交通领域公共数据整体授权给省级运营主体，再由其授权给各市（州）运营合作方开展运营。',
        '运营机构可将本方案项下授权转授给其控股子公司行使。',
      ],
      [
        '按照“整体授权为主”的要求，将地震监测领域可开放利用的公共数据整体授权给省级运营主体统一运营，按场景分类开发产品。',
        '将全市交通出行公共数据授权给市级运营单位统一运营。',
        '由省数据局将医疗健康公共数据整体授予省级授权运营机构运营。',
        '将全省气象公共数据集中授权给运营公司开展开发利用。',
      ],
      PLAN,
    ));
});
