import { describe, it } from 'vitest';
import { expectQuiet, expectRaised } from '../../../helpers/redlineCase';

/**
 * Classes of the raw-data red line read in session 7 (second clause bank, ninth set), on text written for the test
 * with near misses: the data copied to systems outside the platform, raw records handed to another company, a key
 * handed over noun-first, fields returned in clear, a product allowed to carry raw records, a user's right to download,
 * and the false ones: a risk listed, raw data named only as what a result must not restore.
 */

describe('the data copied to systems outside the platform', () => {
  it('fires', () =>
    expectRaised('raw_data_export', [
      '为便于模型调优，乙方可以将授权数据集拷贝至乙方自建的数据中心。',
      '乙方应当每周将授权范围内的原始数据备份到其集团公司的私有云。',
      '数据提供单位每日向部署在运营机构自有机房的前置机推送全量业务数据。',
    ]));
  it('is not a product handed to a user’s system, nor a copy kept inside the platform', () =>
    expectQuiet('raw_data_export', [
      '乙方可以将经审核的数据产品推送至用户自有业务系统。',
      '乙方应当在平台内将授权数据备份到平台灾备区。',
      '乙方不得将原始数据拷贝至其自有服务器。',
    ]));
});

describe('raw records handed to another company', () => {
  it('fires, encrypted or not, after a mere filing', () =>
    expectRaised('raw_data_export', [
      '报甲方备案后，乙方可以将投保人的原始理赔明细以压缩包方式批量发送给合作保险公司。',
      '原始缴费记录经加密后按季度交付合作金融机构，由其在自有系统中比对。',
      '乙方可以按单个企业输出其原始纳税记录，经审核后交付用户。',
    ]));
  it('is not what is built on the records, nor a prohibition', () =>
    expectQuiet('raw_data_export', [
      '乙方可以将基于原始理赔明细加工形成的风险评分产品交付合作保险公司。',
      '原始缴费记录不得交付任何商业银行。',
    ]));
});

describe('keys, clear fields, products carrying raw records, users’ download rights', () => {
  it('fires', () =>
    expectRaised('raw_data_export', [
      '乙方向用户交付的数据中手机号经编码替换，编码映射表一并提供给用户。',
      '核验接口以明文方式返回被查询人的姓名、身份证号和联系电话。',
      '乙方交付的分析产品中可以附带原始记录，条数不限。',
      '开发利用机构对其调用的授权数据享有下载、留存和转发的权利。',
    ]));
  it('is not a key withheld, masked fields, or a product without records', () =>
    expectQuiet('raw_data_export', [
      '编码映射表由乙方在平台内保管，不得提供给用户。',
      '核验接口仅返回“一致”或“不一致”的核验结果，不返回任何原始字段。',
      '乙方交付的分析产品不得包含原始记录。',
    ]));
});

describe('raw data named without being let out', () => {
  it('is quiet on a risk listed and on raw data as what a result must not restore', () =>
    expectQuiet('raw_data_export', [
      '主要风险：原始数据外泄、模型被逆向还原。应对措施：加工全部在平台内完成，出域产品逐项审核。',
      '统计结果经甲方审核确认无法还原原始数据后，方可交付用户。',
      '模型输出经检测不能被还原出原始数据的，方可对外提供。',
    ]));
});

/**
 * Classes read on the third bank and the tenth set (session 8): raw data carried by a definition into the clause that
 * lets a term leave (a definition, a term folded into another by 视为, a sample made of records), data processed only
 * in form (renamed, reformatted), raw records returned by an interface, training samples handed over with a model, a
 * package whose content is raw data, data pulled into another party's environment, raw data handed over as files,
 * the granted data downloadable by default, a reversible process meant to restore; and a verb whose own object is a
 * result, which releases nothing.
 */
describe('definitions carried into the clauses that use them', () => {
  it('fires when a term defined to hold raw records, directly or by 视为, may leave', () =>
    expectRaised('raw_data_export', [
      '第二条 本协议所称“标准数据集”，是指对原始数据仅作字段重命名和格式转换后形成的逐条记录。\n第十条 乙方可以向客户交付标准数据集。',
      '第二条 用语含义：（一）“基础数据包”是指对身份证号作掩码处理后保留每一参保人缴费记录的数据集；（二）“数据成果”是指分析报告和评分。基础数据包视为数据成果。\n第十条 数据成果经审核后可以交付使用方。',
      '第二条 本协议所称“数据产品”，包括评分、报告以及抽样数据包。抽样数据包由原始记录按比例随机抽取形成。\n第十条 数据产品经审核后可以导出平台。',
    ]));
  it('is quiet when the defined term holds only aggregates, or raw data stays inside the platform', () =>
    expectQuiet('raw_data_export', [
      '第二条 本协议所称“标准数据集”，是指按区县汇总统计形成的指标数据，不含逐条记录。\n第十条 乙方可以向客户交付标准数据集。',
      '第二条 本协议所称“基础数据包”，是指对原始数据作字段重命名后形成的逐条记录。\n第十条 基础数据包只能在平台内供乙方开发使用，不得导出。',
    ]));
});

describe('raw data by what it is, however it leaves', () => {
  it('fires', () =>
    expectRaised('raw_data_export', [
      '第十二条 经乙方处理（仅限格式转换、字段统一编码）的数据，视为数据成果，可以导出平台对外销售。',
      '第十三条 核验接口按请求返回参保人的原始缴费明细记录。',
      '第十四条 乙方向客户交付评分模型时，可以一并交付该模型的训练样本集。',
      '第十五条 年度数据包每年以光盘形式交付客户，其内容为原始交易流水数据。',
      '第十六条 合作单位为开展测试，可以抽取授权原始数据至其自有的测试环境。',
      '第十七条 乙方可以按数据文件方式向客户交付原始登记数据。',
      '第十八条 平台对授权数据默认开放下载，甲方另行标注的敏感字段除外。',
      '第十九条 标识字段采用可逆编码处理，以便必要时恢复原值。',
    ]));
  it('is quiet on results, aggregates, synthetic samples and irreversible processing', () =>
    expectQuiet('raw_data_export', [
      '第十二条 经乙方处理（包括汇总统计、指标计算）的数据，视为数据成果，可以导出平台对外销售。',
      '第十三条 核验接口按请求返回“一致/不一致”的核验结论。',
      '第十四条 乙方向客户交付评分模型时，可以一并提供以模拟方法生成的合成样本集。',
      '第十六条 合作单位为开展测试，可以在平台内的测试环境中使用授权原始数据。',
      '第十九条 标识字段采用不可逆哈希处理，无法恢复原值。',
      '明细数据不纳入本次授权，只提供按月、按区县汇总的统计数据。',
      '原始数据只在专区内加工，交付物为统计结果和接口调用结果。',
    ]));
});

/** Session 9: decided on the clause parse (clauseParse.ts): raw data or a restorable product, where it goes. */
describe('the clause parse: raw data leaving by a medium, a copy, a user’s download or a right', () => {
  it('fires', () =>
    expectRaised('raw_data_export', [
      '数据提供单位每季度以移动硬盘方式向乙方交付参保人员明细数据。',
      '乙方可在平台以外搭建数据库镜像，镜像与平台数据每小时同步。',
      '注册用户可以自助下载其申请范围内的原始缴费记录至本地。',
      '甲方同意乙方对授权数据享有导出和对外提供的权利。',
    ]));
  it('is quiet on results, returns to the grantor, use inside the platform and an export procedure', () =>
    expectQuiet('raw_data_export', [
      '乙方可以向客户提供基于原始数据加工形成的评分结果。',
      '乙方应当以光盘方式将原始数据交还甲方。',
      '开发者可在平台内调用授权数据开展建模。',
      '平台对每一次结果数据导出进行审批和留痕。',
    ]));
});

describe('the clause parse: what is delivered is raw data by its description, or can be reversed', () => {
  it('fires', () =>
    expectRaised('raw_data_export', [
      '乙方向保险公司交付的理赔数据产品以单人单次就诊记录为粒度，含姓名和诊断。',
      '乙方交付的数据集为经过字段重命名和排序的登记表，每条记录保留全部原字段值。',
      '乙方向银行提供的数据集采用可逆加密处理，银行凭乙方提供的密钥可解密使用。',
      '原始数据原则上不离开平台。因业务确需导出的，乙方导出后告知甲方即可。',
    ]));
  it('is quiet when the description aggregates or denies restoring', () =>
    expectQuiet('raw_data_export', [
      '乙方交付的数据产品以区县为单位汇总，不含逐条记录。',
      '对外交付的产品不得包含可还原原始数据的内容。',
      '原始数据不出域。确需使用的，应当在平台内进行。',
    ]));
});
