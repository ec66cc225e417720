import { describe, it } from 'vitest';
import { expectQuiet, expectRaised, type RedlineCase } from '../../../helpers/redlineCase';

/**
 * Classes read from the red-line bank raw_data_export-s13 (written blind in session 18, sealed two rounds, 7 of 25
 * breaches missed): what kept a real release of raw data from being read. Every text is written for this test; each
 * class has near misses that must stay quiet.
 */
const PLAN: RedlineCase = { kind: 'plan', doc: (body) => `某场景公共数据授权运营实施方案\n${body}` };

describe('raw data named with its domain between 原始 and the noun', () => {
  it('a long domain name between fires, whichever the act', () => {
    expectRaised('raw_data_export', [
      '乙方可以将原始不动产交易登记数据拷贝至合作银行的业务系统。',
      '经甲方同意，原始城市供水管网压力数据可以导出平台，提供给合作设计院使用。',
    ]);
    expectRaised('raw_data_export', ['经行业主管部门审核后，原始新能源车辆充电订单记录亦可出域。'], { ruleset: 'guizhou' });
  });
  it('the same kept inside, a product built on it, or a list that only starts with 原始 stays quiet', () => {
    expectQuiet('raw_data_export', [
      '原始不动产交易登记数据只能在平台内加工，不得导出。',
      '乙方可以向合作银行提供基于原始不动产交易登记数据加工形成的风险评分。',
      '乙方应当向审计机构提供原始凭证、账簿等会计资料。',
    ]);
  });
});

describe('stored again elsewhere is a copy', () => {
  it('转存, 另存 of raw data to another party’s or the operator’s own server fire', () => {
    expectRaised('raw_data_export', [
      '乙方可以将原始水文监测数据转存至合作设计院的项目服务器。',
      '运营机构可把原始处方流转记录另存至其自建的备份服务器。',
    ]);
  });
  it('the same forbidden, or a product stored so, stays quiet', () => {
    expectQuiet('raw_data_export', [
      '原始水文监测数据不得转存至平台以外的任何服务器。',
      '乙方可以将统计分析结果转存至其自有服务器。',
    ]);
  });
});

describe('analysis is processing, where it is done', () => {
  it('raw data analysed offline, locally, or in the operator’s own environment fires', () => {
    expectRaised('raw_data_export', [
      '乙方可以在其自有机房对原始船舶定位数据进行建模。',
      '运营机构可以对原始用电明细数据进行离线挖掘，挖掘结果用于产品开发。',
    ]);
  });
  it('the same in the platform, or forbidden off it, stays quiet', () => {
    expectQuiet('raw_data_export', [
      '乙方应当在平台内对原始船舶定位数据进行分析，不得进行离线分析。',
      '乙方可在运营平台内对原始用电明细数据开展分析，分析结果经审核后导出。',
    ]);
  });
});

describe('identifiers kept in clear while something else is masked leave the records raw', () => {
  it('only a name masked, the ID numbers and addresses kept, and the table handed over fires', () => {
    expectRaised('raw_data_export', ['学生名册在对外提供前，仅对学生姓名做脱敏处理，其余身份证号、家庭住址等字段保留，整表提供给合作培训机构。'], { ruleset: 'wenzhou', ...PLAN });
    expectRaised('raw_data_export', ['仅对车主手机号作掩码处理，车牌号、身份证号码以明文保留，整表交付合作保险公司。']);
  });
  it('identifiers not kept, or kept only inside the platform, stays quiet', () => {
    expectQuiet('raw_data_export', [
      '身份证号、家庭住址等原始字段不保留，仅向合作培训机构提供统计结果。',
      '身份证号等原始字段保留在平台内，对外仅提供核验结果。',
    ]);
  });
});

describe('what is let out, said in a later clause to carry the records', () => {
  it('a result exported, its raw fields met with a care duty, fires', () => {
    expectRaised('raw_data_export', [
      '乙方可以将数据融合加工结果导出平台，加工结果含有原始交易流水的，乙方应当加强保管。',
      '运营机构可以将清洗后的中间成果提供给合作单位，中间成果包含原始明细记录的，由合作单位负责保密。',
    ]);
  });
  it('the same stopped or stripped, or a result kept inside, stays quiet', () => {
    expectQuiet('raw_data_export', [
      '乙方可以将数据融合加工结果导出平台，加工结果含有原始交易流水的，不得导出。',
      '乙方可以将数据融合加工结果导出平台，加工结果含有原始交易流水的，应当删除相关字段后方可导出。',
      '乙方可以将数据融合加工结果在平台内提供给使用方调用，加工结果含有原始交易流水的，应当加强保管。',
    ]);
  });
});

describe('a product list row that ships the records out', () => {
  it('raw records marked as leaving, or shipped as a file, fire', () => {
    expectRaised('raw_data_export', ['（七）产品和服务清单\n| 产品名称 | 载体 | 是否出域 |\n| 水费缴纳原始记录 | 数据接口 | 是 |\n| 用水指数 | 可视化服务 | 否 |'], PLAN);
    expectRaised('raw_data_export', ['（七）产品和服务清单\n| 产品名称 | 形态 |\n| 网约车订单原始明细 | Excel文件 |'], PLAN);
  });
  it('raw records kept in, a product shipped as a file, or a file used inside stays quiet', () => {
    expectQuiet('raw_data_export', ['（七）产品和服务清单\n| 产品名称 | 形态 | 是否出域 |\n| 水费缴纳原始记录 | 平台内查询 | 否 |\n| 用水指数 | 数据文件 | 是 |'], PLAN);
    expectQuiet('raw_data_export', ['（七）产品和服务清单\n| 产品名称 | 形态 |\n| 网约车订单原始明细 | 平台内数据文件 |'], PLAN);
  });
});
