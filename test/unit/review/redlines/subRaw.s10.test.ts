import { describe, it } from 'vitest';
import { expectQuiet, expectRaised } from '../../../helpers/redlineCase';

/**
 * Readings of raw-data export and sub-authorization built from the tenth bank's failures (session 15), on text written
 * for this test, each with near misses that must stay quiet.
 */
const check = (redline: string, fire: string[], quiet: string[], ruleset = 'hebei') => {
  expectRaised(redline, fire, { ruleset });
  expectQuiet(redline, quiet, { ruleset });
};

describe('raw data: a right to download the granted data, opened to anyone, is export', () => {
  it('a download or export right over the data itself fires; over products, shut or inside the platform it does not', () =>
    check(
      'raw_data_export',
      [
        '甲方为乙方开通授权数据的批量下载权限，乙方自行负责下载后的数据安全。',
        '平台向经认证的开发利用机构授予公共数据资源的导出权限。',
        '实施机构应当为运营机构开放全量数据的离线下载功能。',
      ],
      [
        '甲方为乙方开通数据产品的下载权限，便于乙方向用户交付。',
        '平台关闭全部数据的批量下载权限，仅保留平台内调用。',
        '乙方不得为任何用户开放授权数据的导出权限。',
      ],
    ));
});

describe('raw data: an offline copy of the records is the records outside the platform', () => {
  it('raw data obtained or handed over as an offline copy or package fires; denied or of results it does not', () =>
    check(
      'raw_data_export',
      [
        '使用单位经审核后，可以向平台申领原始明细数据的离线副本。',
        '运营机构可以按季度为合作企业制作原始记录离线数据包。',
        '开发利用主体可申请原始数据离线拷贝，用完后自行销毁。',
      ],
      [
        '平台不提供原始数据离线副本，使用方仅能在平台内调用。',
        '运营机构可以向用户提供统计报告的离线副本。',
        '原始数据一律不得以离线副本形式交付任何单位。',
      ],
    ));
});

describe("raw data: records mirrored or copied to another party's computing facility leave the platform", () => {
  it('raw records (流水 too) mirrored to a partner cluster fire; kept in the platform they do not', () =>
    check(
      'raw_data_export',
      [
        '乙方可以把实时原始流水同步到合作伙伴的计算集群进行分析。',
        '为提升效率，运营机构可将原始交易流水镜像至第三方的大数据集群。',
        '乙方可将授权数据镜像至合作企业的计算节点开展训练。',
      ],
      [
        '原始流水仅在平台计算集群内处理，不得镜像至任何外部集群。',
        '乙方在平台内部署计算集群，原始流水在集群内完成清洗。',
        '乙方可将模型结果同步到合作伙伴的计算集群。',
      ],
    ));
});

describe('raw data: a thing said to be barred from holding restorable data holds none', () => {
  it('restorability named under a prohibition to contain is denied; a product that may be restored still fires', () =>
    check(
      'raw_data_export',
      ['乙方向用户交付的数据产品可以包含可还原的个人明细数据。', '乙方提供给客户的数据集采用可逆加密，客户凭密钥使用。', '乙方可以向使用方提供能够还原出原始值的脱敏数据。'],
      [
        '乙方交付给客户的产品应当为核验结果，不得包含可识别或者可还原的个人数据。',
        '向使用方提供的模型服务禁止含有可逆推的原始记录。',
        '对外交付的统计指数不应包含能够还原个体的数据。',
      ],
    ));
});

describe('raw data: a clause limiting what leaves to named results releases only those', () => {
  it('"对外仅提供……" naming results keeps raw data named before it inside; one naming the records still fires', () =>
    check(
      'raw_data_export',
      ['明细数据由乙方汇总整理后，对外仅提供原始明细清单。', '乙方对外只提供原始数据查询和下载。', '原始数据经过格式整理，可以提供给合作方。'],
      [
        '明细数据保存在专区，对外仅提供经核验的结论和指数。',
        '原始记录全部留存在平台，乙方只向用户交付统计分析报告和评分。',
        '清洗后的原始数据保留于平台，对外只输出经审核的指标。',
      ],
    ));
});

describe('sub-authorization: who acts is named before 向/给/对, not the party that receives', () => {
  it('the operator licensing the data to a party fires; licensing products, or a prohibition after 但, does not', () =>
    check(
      'sub_authorization',
      [
        '乙方可以向数据开发利用单位核发数据使用许可，并自行确定许可范围。',
        '运营机构有权给下游服务商发放公共数据经营许可。',
        '乙方可对合作企业颁发授权数据调用许可。',
      ],
      [
        '乙方可以向开发利用机构提供数据产品，但不得向其颁发任何形式的数据使用许可。',
        '乙方可以向用户发放数据产品使用许可。',
        '乙方可以向合作单位提供技术服务，但不得发放运营许可或者授予数据调用权限。',
      ],
      'guizhou',
    ));
});

describe('sub-authorization: a partner taking the operator grant, or the grant shared out among others', () => {
  it('a partner (合伙人) acquiring the operating qualification, or the grant allotted among group members, fires', () =>
    check(
      'sub_authorization',
      [
        '区域合伙人缴纳保证金后，取得乙方在本市的授权运营资格。',
        '乙方可将本协议项下的运营权在其下属企业之间调剂使用。',
        '经乙方同意，合伙人可以取得本协议项下授权运营权。',
      ],
      [
        '合伙人可以从乙方采购数据产品并对外销售。',
        '甲方可以在各运营机构之间调剂数据资源。',
        '乙方可以在内部各部门之间调剂算力和存储资源。',
      ],
      'guizhou',
    ));
});

describe('raw data: fields listed as 明细 in a clause of their own are what the next clause hands over', () => {
  it('"……等明细，以离线文件交付" fires; results named, or the details kept in the platform, do not', () =>
    check(
      'raw_data_export',
      [
        '企业名称、纳税额、参保人数等明细，按月以数据文件形式推送合作银行。',
        '按户汇总户主姓名、住址、用电量等明细，以离线方式交付保险机构。',
        '车辆号牌、通行时间、卡口位置等明细，通过专线发送至合作企业。',
      ],
      [
        '企业名称、纳税额、参保人数等明细，仅在平台内用于模型训练。',
        '企业名称、纳税额等明细经汇总后，以统计报告形式交付合作银行。',
        '车辆号牌、通行时间等明细不得发送至任何外部单位。',
      ],
    ));
});

describe('raw data: what an interface returns goes to whoever calls it', () => {
  it('an interface returning the raw fields fires; one returning a verdict or forbidden to return them does not', () =>
    check(
      'raw_data_export',
      ['乙方通过接口向使用方提供核验服务，接口返回查询对象的原始记录。', '调用接口后，系统直接返回被查询企业的原始明细数据。'],
      ['乙方通过接口向使用方提供核验服务，接口仅返回“一致”或“不一致”。', '接口不得返回任何原始字段，只返回核验结论。'],
    ));
});

describe("raw data: a user's server or an operator's data warehouse is outside the platform", () => {
  it('the data kept on a server a user provides, or pushed into a warehouse of the operator, fires; inside the platform it does not', () =>
    check(
      'raw_data_export',
      ['乙方可以将授权数据存放于需求方提供的服务器，由乙方负责维护。', '部门数据按日推送至运营机构自建数据仓库。', '乙方可将公共数据资源备份到使用方的数据仓库。'],
      ['授权数据存放于平台内的数据仓库，不得推送至任何外部系统。', '乙方可以将数据产品推送至需求方提供的服务器。', '平台数据仓库由甲方统一建设，乙方在平台内调用。'],
    ));
});
