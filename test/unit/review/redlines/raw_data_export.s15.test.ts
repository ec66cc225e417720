import { describe, it } from 'vitest';
import { expectQuiet, expectRaised } from '../../../helpers/redlineCase';

/**
 * Classes read from the red-line bank raw_data_export-s15 (written blind in session 19, 8 of 25 breaches missed, one near
 * miss fired): what kept a real release of raw data from being read, and what made an oversight measure read as one.
 * Every text is written for this test; each class has near misses that must stay quiet.
 */

describe('raw data named by what holds it', () => {
  it('原始信息, 原始资料, 原始档案, a 原始……库 let out fire', () => {
    expectRaised('raw_data_export', [
      '乙方可以向合作律师事务所推送企业股权出质登记原始信息，供其开展尽职调查。',
      '运营机构可以将全市新生儿出生医学证明原始档案拷贝至合作保险公司业务系统。',
      '乙方可以将公交一卡通原始刷卡库整体导出，交付轨道交通公司开展客流研究。',
    ]);
    expectRaised('raw_data_export', ['运营机构可根据高校申请，将历年高考原始资料导出后提供给高校使用。'], { ruleset: 'wenzhou', kind: 'plan' });
  });
  it('the same named as what a product cannot restore, or kept inside the platform, stays quiet', () => {
    expectQuiet('raw_data_export', [
      '乙方交付的风险评分不含法人或自然人原始信息，并经甲方审核确认不能通过算法还原。',
      '经差分隐私处理并经审核确认无法还原企业或者个人原始信息的汇总指标，可以导出平台。',
      '企业股权出质登记原始信息只能在公共数据平台内加工，不得导出。',
    ]);
  });
});

describe('a person’s details are that person’s records', () => {
  it('details of an insured, a taxpayer or a student handed to another party fire', () => {
    expectRaised('raw_data_export', [
      '核查接口按身份证号逐条返回被查询纳税人的申报明细，银行可将返回内容保存于其信贷系统。',
      '乙方可以向培训机构提供考生的各科成绩明细，供其开展招生宣传。',
    ]);
  });
  it('a customer’s bill, or a verdict instead of details, stays quiet', () => {
    expectQuiet('raw_data_export', [
      '乙方应当每月向用户提供其调用次数和费用明细，供用户核对结算。',
      '核查接口仅返回“一致”或“不一致”，不返回纳税人任何申报明细。',
    ]);
  });
});

describe('what a call of the records returns is the records', () => {
  it('call or query results of raw records kept in the operator’s own servers fire', () => {
    expectRaised('raw_data_export', [
      '为减少重复调用，企业社保缴费原始记录的查询结果可保存于乙方自有服务器，保存期不超过三十日。',
      '车辆年检原始数据的调用结果可以缓存在运营机构外网服务器中，以提高响应速度。',
    ]);
  });
  it('a result computed on the records, or one kept inside the platform, stays quiet', () => {
    expectQuiet('raw_data_export', [
      '基于企业社保缴费原始记录的分析结果可保存于乙方自有服务器，用于产品迭代。',
      '车辆年检原始数据的调用结果仅在公共数据平台内缓存，缓存期满自动清除。',
      '乙方应当在平台内为客户提供查询服务，服务器由甲方统一部署管理。',
    ]);
  });
});

describe('the party that approved a place does not receive what goes there', () => {
  it('exported to an outside node approved by the grantor fires', () => {
    expectRaised('raw_data_export', [
      '乙方可将原始交通流量数据导出至经甲方批准的跨省数据空间外部节点，用于区域协同分析。',
      '乙方可以将原始水文监测数据同步至经甲方确认的合作单位外部计算节点。',
    ]);
  });
  it('handed back to the grantor, or kept in a platform it named, stays quiet', () => {
    expectQuiet('raw_data_export', [
      '乙方应当将原始交通流量数据的使用记录报送至甲方指定的监管平台。',
      '原始水文监测数据只能在经甲方认定的公共数据平台内使用，不得导出。',
    ]);
  });
});

describe('a term an article or a definition gives is read with its meaning', () => {
  it('an article’s own “desensitisation” that keeps identifiers, or samples defined as not desensitised, fire', () => {
    expectRaised('raw_data_export', [
      '乙方对拟交付数据进行匿名处理后，经内部审核即可导出平台。本条所称匿名处理，是指对手机号码中间四位做掩码，姓名、住址等字段保留原值。',
    ]);
    expectRaised('raw_data_export', ['乙方可以向合作企业提供测试数据，供其在本地环境验证产品效果。'], {
      doc: (t) =>
        `某场景公共数据授权运营协议\n第二条 定义\n（一）“测试数据”，指从授权数据中抽取的、未经去标识化处理的供水用户记录。\n第十条 ${t}`,
    });
  });
  it('a definition that aggregates, or test data built as synthetic records, stays quiet', () => {
    expectQuiet('raw_data_export', [
      '乙方对拟交付数据进行匿名处理后，经甲方审核方可导出平台。本条所称匿名处理，是指按街道汇总统计，最小统计单元不少于二十户。',
    ]);
    expectQuiet('raw_data_export', ['乙方可以向合作企业提供测试数据，供其验证产品效果。'], {
      doc: (t) => `某场景公共数据授权运营协议\n第二条 定义\n（一）“测试数据”，指按授权数据的字段结构随机生成的模拟数据。\n第十条 ${t}`,
    });
  });
});

describe('a session filmed for oversight is no capture of the records', () => {
  it('viewing raw data under full recording, with copying blocked, stays quiet', () => {
    expectQuiet('raw_data_export', [
      '乙方人员在授权运营空间内查阅医保结算原始数据的，应当经甲方批准并全程录屏，终端禁止拷贝、截屏。',
      '运营机构调阅原始档案影像须同步录屏留痕，录像由甲方保存。',
    ]);
  });
  it('records photographed or filmed by the operator still fire', () => {
    expectRaised('raw_data_export', [
      '乙方工作人员可以对平台展示的医保结算原始数据录屏，用于制作培训课件。',
      '乙方人员经甲方批准，可以截图保存企业纳税原始记录，带回单位研究。',
    ]);
  });
});

describe('a list of the details lists the records (raw_data_export-s10 #20, -s11 #24)', () => {
  it('a detail list of raw data or of individuals handed out fires', () => {
    expectRaised('raw_data_export', [
      '乙方每月向合作银行提供贷款企业对应的原始数据明细清单，以压缩包形式发送。',
      '平台输出的分析报告附带对应的个体明细表，客户可下载留存。',
    ]);
  });
  it('a list of data names, or a detail list sent to the grantor, stays quiet', () => {
    expectQuiet('raw_data_export', [
      '乙方应当向使用方提供原始数据目录清单，载明数据项名称和更新频率。',
      '乙方每季度向甲方报送原始数据调用明细清单，供甲方监督检查。',
    ]);
  });
});
