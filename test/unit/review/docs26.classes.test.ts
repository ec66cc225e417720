import { describe, it } from 'vitest';
import { expectQuiet, expectRaised } from '../../helpers/redlineCase';

/**
 * Classes read from the twenty-sixth set (written blind at the end of session 20 and sealed through it: 0 of 8 red lines
 * missed, 2 false in 12 documents, both 原始数据出域). Every text is written for this test; each class has a breach read
 * the other way.
 */

describe('an act word in the name of a party is no act', () => {
  it('"数据提供单位对原始数据的权利" stays quiet; raw data provided to a party fires', () => {
    expectQuiet('raw_data_export', ['第十六条 乙方加工形成的数据产品的经营收益归乙方所有，但不影响甲方及各数据提供单位对原始数据依法享有的权益。']);
    expectQuiet('raw_data_export', ['（四）数据使用方对原始数据的任何疑问，由运营机构转请数据共享部门答复。'], { kind: 'plan' });
    expectRaised('raw_data_export', ['第十六条 经甲方同意，乙方可以向合作银行提供原始数据，用于贷前核查。']);
  });
});

describe('what a clause forbids letting out is not what the clause before lets out', () => {
  it('products let out, "不得以任何形式输出原始数据或者可还原原始数据的结果" after them: quiet', () => {
    expectQuiet('raw_data_export', ['第九条 经安全评审的数据产品以接口调用、统计报表、模型结果等方式对外提供，不得以任何形式输出原始数据或者可还原原始数据的结果。'], { ruleset: 'wenzhou' });
    expectQuiet('raw_data_export', ['（二）分析结果经审核后可以导出，严禁以截图、拍照或者其他任何方式导出原始数据及可还原原始数据的中间结果。'], { ruleset: 'wenzhou', kind: 'plan' });
  });
  it('a product allowed to carry what restores the records still fires', () => {
    expectRaised('raw_data_export', ['第九条 数据产品可以附带可还原原始数据的编码对照表，随接口结果一并交付客户。'], { ruleset: 'wenzhou' });
  });
});

describe('a status as of a date, or what a party already obtained, reports what is', () => {
  it('"截至……已……获取……明细数据" stays quiet; the same records allowed out now fire', () => {
    expectQuiet('raw_data_export', ['三、工作基础。截至2025年底，全市已归集供热、燃气等数据12亿条，市城投公司已通过数据共享获取管网运行明细数据并开展内部分析。'], { kind: 'plan' });
    expectQuiet('raw_data_export', ['（一）现状。区医保局已经通过省级共享接口调取参保人员明细数据，用于本部门稽核。'], { kind: 'plan' });
    expectRaised('raw_data_export', ['第九条 乙方已通过甲方平台获取的原始数据，可以导出至乙方自有服务器进行分析。']);
    expectRaised('raw_data_export', ['截至2025年底，运营机构已将原始数据导出至自有机房，今后可以继续导出。'], { kind: 'plan' });
  });
});
