import { describe, it } from 'vitest';
import { expectQuiet, expectRaised } from '../../../helpers/redlineCase';

/**
 * Classes read from raw_data_export-s18 (written blind in session 22, opened in session 23) and from the twenty-eighth
 * set's false red line (agreement-h28b-kuajingdianshang-banan art. 17): a consent the clause is obliged to obtain, then a
 * restriction; records named by their grain or as originals; details stacked by two grains; a push to whoever
 * subscribes; a storage the operator names; records named in a clause of their own, a clause naming nothing between
 * them and the release. Every text is written for this test; each class has near misses that must stay quiet.
 */
const RL = 'raw_data_export';

describe('a consent the clause is obliged to obtain, then a restriction', () => {
  it('the prohibition after the obliged consent stands on its own', () => {
    expectQuiet(RL, [
      '确需提供个人信息核验服务的，应当取得个人单独同意，且只能输出核验结果，不得输出个人信息明细。',
      '因核验业务需要的，运营机构须征得权利人书面同意，并仅可返回比对结论，不得返回原始数据。',
      '乙方向医疗机构提供就诊核验服务，应当事先取得患者授权同意，只提供是否匹配的结果，严禁提供个人信息明细。',
      '乙方提供车辆保险定价服务，须征得车主同意，输出的数据限于风险等级，不得向保险公司提供原始行驶记录。',
    ]);
  });
  it('a consent that leads a release of the records still lets it out', () => {
    expectRaised(RL, [
      '确需向保险机构提供理赔明细的，应当取得甲方书面同意，同意后乙方可以直接交付理赔原始记录。',
      '乙方应当取得甲方书面同意后，方可向合作银行提供原始数据。',
    ]);
  });
});

describe('records named by their grain or as originals', () => {
  it('case-level data, a record kind’s details, a record’s original, training samples fire when handed out', () => {
    expectRaised(RL, [
      '经卫生健康部门同意后，乙方可以将传染病报告个案数据导出至合作科研机构。',
      '乙方开发的检索接口按请求返回船舶检验记录明细，供航运企业使用。',
      '用户可以通过平台下载信访件原文及申请材料扫描件，用于其内部核查。',
      '模型交付时，训练使用的样本一并交付使用单位。',
    ]);
  });
  it('a case study, a record template, a statistic of cases, synthetic samples stay quiet', () => {
    expectQuiet(RL, [
      '乙方可以向用户提供典型个案分析报告。',
      '乙方应当按照甲方提供的记录明细格式整理数据。',
      '乙方可以向保险公司提供按区县汇总的个案数量统计结果。',
      '模型交付时，采用合成生成的模拟样本一并交付使用单位。',
    ]);
  });
});

describe('details by two grains, listing their fields; pushed to whoever subscribes', () => {
  it('fires', () => {
    expectRaised(RL, [
      '乙方可以通过数据接口按日推送逐户逐月用水量、水表读数明细。',
      '乙方可以向燃气公司提供数据服务，按周推送逐车逐日加气量、加气站点明细。',
    ]);
  });
  it('figures computed per holder, or pushed inside the platform, stay quiet', () => {
    expectQuiet(RL, [
      '乙方可以按月推送逐户逐月的用水统计结果。',
      '乙方可以向节能服务公司提供按小区汇总的供热量统计数据。',
    ]);
  });
});

describe('a storage the operator names, outside the platform', () => {
  it('the data store copied there fires', () => {
    expectRaised(RL, [
      '甲方的义务：（一）协调数源单位提供数据；（二）将医保结算数据库完整副本交付至乙方指定的存储环境；（三）提供技术支撑。',
      '数据提供单位应当将不动产登记数据库完整副本拷贝至运营机构指定的存储系统。',
    ]);
  });
  it('a storage inside the platform, or a product delivered there, stays quiet', () => {
    expectQuiet(RL, [
      '甲方将授权数据加载至乙方在平台内的存储空间。',
      '乙方应当将数据产品交付至客户指定的存储环境。',
    ]);
  });
});

describe('records named in a clause of their own, a clause naming nothing between them and the release', () => {
  it('fires', () => {
    expectRaised(RL, [
      '运营机构为开展系统联调所需的医保结算原始样本数据，不受前款限制，可以直接提供给参与联调的保险公司。',
      '乙方在联调阶段使用的原始交易流水，确有必要的，可以提供给合作银行。',
      '对于联调所需的原始交易流水，在测试期间，乙方可以交付合作银行。',
    ]);
  });
  it('a release of something else, or one kept inside the platform, stays quiet', () => {
    expectQuiet(RL, [
      '乙方在联调阶段使用的原始交易流水，应当在平台内处理，可以向合作银行提供核验结果。',
      '联调所需的原始交易流水，不受前款限制，但只能在平台内供合作银行调用。',
    ]);
  });
});
