import { describe, expect, it } from 'vitest';
import { expectQuiet, expectRaised, raises, type RedlineCase } from '../../../helpers/redlineCase';

/**
 * Classes of the raw-data red line read in session 11 (sixth clause bank, odd passages first), on text written for the
 * test with near misses: the granted data handed over for use in a place outside the platform (whoever hands it), a
 * reversible product a user restores with a key the operator gives, the data sold under another name ("将……作为数据包，
 * ……出售"), data masked by a substitution whose rule is kept, a product list whose delivery form is record-level data,
 * and the false ones: a model let out only when it cannot be reversed, the data's owner keeping its own backups.
 */
const PLAN: RedlineCase = { kind: 'plan', doc: (body) => `某场景公共数据授权运营实施方案\n${body}` };

describe('the granted data handed over for use outside the platform', () => {
  it('fires, whoever hands it over', () =>
    expectRaised('raw_data_export', [
      '甲方每月向乙方提供授权数据的完整副本，供乙方在其本地服务器上开展分析。',
      '数据提供单位按年向运营机构交付公共数据全量副本，用于运营机构在自有机房进行模型训练。',
    ], { ruleset: 'chongqing' }));
  it('is not access inside the platform, nor a catalogue', () =>
    expectQuiet('raw_data_export', [
      '甲方向乙方开放授权数据的调用权限，供乙方在平台内开展建模分析。',
      '甲方向乙方提供授权数据目录，供乙方在本地编制开发计划。',
    ], { ruleset: 'chongqing' }));
});

describe('a reversible product a user restores with a key from the operator', () => {
  it('fires', () =>
    expectRaised('raw_data_export', [
      '数据产品以可逆编码方式输出，获准的用户凭运营机构分配的密钥即可还原出对应记录。',
      '乙方交付的核验结果采用可逆编码，使用方依据乙方提供的解码规则可以还原出个人身份信息。',
    ]));
  it('is not an irreversible product, nor an account to query results', () =>
    expectQuiet('raw_data_export', [
      '数据产品以不可逆哈希方式对外输出，客户凭乙方发放的账号仅能查询统计结果。',
      '客户凭乙方发放的密钥登录平台，在平台内查询核验结论。',
    ]));
});

describe('the data itself sold under another name', () => {
  it('fires', () =>
    expectRaised('raw_data_export', [
      '乙方可以将授权范围内的公共数据作为标准化数据包，按年向企业客户打包销售。',
      '运营机构可以把平台内的授权数据整理为行业数据集，直接向金融机构出售。',
    ]));
  it('is not a product built on the data, nor a prohibition', () =>
    expectQuiet('raw_data_export', [
      '乙方可以将基于授权数据加工形成的分析报告作为增值服务，向企业客户销售。',
      '乙方不得将授权数据作为数据包，向企业客户销售。',
    ]));
});

describe('data masked by a substitution whose rule is kept', () => {
  it('fires', () =>
    expectRaised('raw_data_export', [
      '运营机构可以将经姓名、证件号替换处理后的数据集出域交易，替换规则由运营机构留存。',
      '乙方可以将字段映射后的脱敏数据对外销售，映射规则由乙方自行保存。',
    ]));
  it('is not a substitution whose rule is destroyed, nor a report', () =>
    expectQuiet('raw_data_export', [
      '运营机构可以将经姓名、证件号替换处理后的统计数据出域交易，替换规则在处理完成后即行销毁。',
      '乙方可以向客户交付统计报告，平台加密密钥由甲方保管。',
    ]));
});

describe('a product list whose delivery form is record-level data', () => {
  it('fires', () => {
    expect(raises('raw_data_export', '（六）产品和服务清单\n| 产品名称 | 交付方式 |\n| 企业用电数据 | 原始数据文件 |\n| 用电指数 | 分析报告 |', PLAN)).toBe(true);
    expect(raises('raw_data_export', '（六）产品目录\n| 产品 | 提供形式 | 收费 |\n| 车辆通行数据 | 明细记录导出、API | 按次 |', PLAN)).toBe(true);
  });
  it('is not a list of products built on the data, nor delivery inside the platform', () => {
    expect(raises('raw_data_export', '（六）产品和服务清单\n| 产品名称 | 交付方式 |\n| 企业用电指数 | 分析报告、数据接口 |', PLAN)).toBe(false);
    expect(raises('raw_data_export', '（六）产品和服务清单\n| 产品名称 | 交付方式 |\n| 企业明细核验 | 平台内调用，仅返回核验结论 |', PLAN)).toBe(false);
  });
});

describe('what is let out only when it cannot be reversed, and the owner’s own backups', () => {
  it('is quiet', () =>
    expectQuiet('raw_data_export', [
      '乙方训练形成的模型经评估确认无法逆推个人原始数据的，方可导出平台。',
      '授权数据的异地备份由数据提供单位在政务云灾备中心统一保存，乙方不得另行备份。',
    ]));
  it('fires when the operator keeps the copy outside', () => expectRaised('raw_data_export', ['原始数据的异地备份由乙方在其自建灾备中心统一保存。']));
});

// The even passages' classes (read after the odd/even figure was taken).
describe('the raw data named as the topic first, carried out later', () => {
  it('fires', () => expectRaised('raw_data_export', ['对于原始数据，乙方经内部审批后，可以通过移动硬盘方式带出平台使用。']));
  it('is not a topic the act forbids', () => expectQuiet('raw_data_export', ['对于原始数据，乙方在任何情况下均不得通过移动硬盘方式带出平台。']));
});

describe('training samples handed over with a model', () => {
  it('fires', () => expectRaised('raw_data_export', ['乙方可以将模型文件连同训练样本一并交付客户。']));
  it('is not a model without them, nor synthetic samples', () =>
    expectQuiet('raw_data_export', ['乙方可以将不含训练样本的模型文件交付客户。', '乙方可以将模型文件连同合成训练样本一并交付客户。']));
});

describe('an export counted in records', () => {
  it('fires', () => expectRaised('raw_data_export', ['运营机构人员可将检索结果以CSV格式下载，每次下载不超过5000条记录。'], { ruleset: 'national' }));
  it('is not a count of queries, nor an export forbidden', () =>
    expectQuiet('raw_data_export', ['运营机构人员可以在平台内查询统计结果，每日查询不超过5000次。', '平台不提供下载功能，运营机构人员不得导出任何记录。'], { ruleset: 'national' }));
});

describe('a copy of the data given to a partner unit', () => {
  it('fires', () => expectRaised('raw_data_export', ['乙方可以向其合作测试单位提供授权数据的抽样副本，用于离线测试。'], { ruleset: 'qinhuangdao' }));
  it('is not a result, nor access inside the platform', () =>
    expectQuiet('raw_data_export', ['乙方可以向其合作测试单位提供测试报告。', '乙方可以在平台内向其合作测试单位开放授权数据的调用权限。'], { ruleset: 'qinhuangdao' }));
});

describe('data let out in its original form on consent', () => {
  it('fires', () => expectRaised('raw_data_export', ['经数据提供单位同意，相关数据可以以原始格式导出平台，由使用方自行使用。'], { ruleset: 'guizhou' }));
  it('is not a result in a file format', () => expectQuiet('raw_data_export', ['经数据提供单位同意，统计结果可以以表格格式导出平台。'], { ruleset: 'guizhou' }));
});

describe('an impossibility confirmed is no consent', () => {
  it('is quiet', () => expectQuiet('raw_data_export', ['乙方交付的评分结果经第三方检测机构确认无法通过逆向算法还原。'], { ruleset: 'national' }));
  it('fires when the confirmation lets the data out', () => expectRaised('raw_data_export', ['经甲方确认，乙方可以将原始数据导出平台。'], { ruleset: 'national' }));
});
