import { describe, it } from 'vitest';
import { expectQuiet, expectRaised } from '../../../helpers/redlineCase';

/**
 * Classes read from raw_data_export-s16 (written blind in session 20, opened in session 21) and the older banks' misses of
 * the same classes: what the records are, however they are called; what a clause points back to or lists after a colon;
 * what a neighbouring sentence or a table's other row says leaves. Every text is written for this test; each class has
 * near misses that must stay quiet.
 */
const RL = 'raw_data_export';

describe('the records named by what they are, whatever they are called', () => {
  it('a register of the records, the data before processing, identifiers listed together, a product holding them', () => {
    expectRaised(RL, [
      '乙方可以将低保对象原始台账导出平台，提供给合作社区使用。',
      '经甲方同意，乙方可以向保险机构提供参保职工原始花名册。',
      '乙方可以将脱敏处理前的门诊就诊数据导出至合作医院的科研服务器。',
      '乙方可以将清洗前后的全部交通卡刷卡数据一并交付用户。',
      '乙方可以向合作银行推送申请人的姓名、身份证号码以及社保缴费基数等情况。',
      '含有不动产权利人原始登记字段的数据产品，经乙方内部审核后可以对外提供。',
    ]);
  });
  it('an identifier checked, masked or left out, a report about the raw data, stays quiet', () => {
    expectQuiet(RL, [
      '乙方向用户提供核验服务，仅就用户提交的姓名与身份证号码是否一致返回核验结论。',
      '乙方对外提供的产品中，姓名、身份证号码应当经不可逆脱敏处理后方可输出。',
      '不包含原始数据的统计类数据产品，经甲方审核后可以对外提供。',
      '乙方可以向甲方提交清洗前后的数据质量对比报告。',
      '原始台账、花名册等数据仅在公共数据平台内使用，不得导出。',
    ]);
  });
});

describe('what the clause points back to, applies for or lists after a colon', () => {
  it('a copy used in the operator’s own place, an export applied for, the fields an interface returns', () => {
    expectRaised(RL, [
      '甲方向乙方提供户籍原始数据样本副本，乙方可以在其自建研发环境中使用上述副本调试算法。',
      '乙方确需使用原始数据的，可以向甲方提出申请，将原始数据导出至乙方数据中心。',
      '乙方通过接口向使用方提供企业信息查询服务，接口返回内容：法定代表人姓名、身份证号码、联系电话、注册地址。',
    ]);
  });
  it('a copy used inside the platform, an application to use it there, a verdict returned stay quiet', () => {
    expectQuiet(RL, [
      '甲方向乙方开放原始数据调用权限，乙方只能在公共数据平台内使用该数据开展建模。',
      '乙方可以向甲方申请调用原始数据，调用在平台内完成，原始数据不得导出平台。',
      '乙方通过接口向使用方提供企业信息核验服务，接口返回内容：核验结论（一致或不一致）。',
    ]);
  });
});

describe('what leaves said to be the records by the sentence next to it, a list item or a table’s other row', () => {
  it('a data set described as the records, an item of a delivery list, a table of terms', () => {
    expectRaised(RL, [
      '乙方在平台内完成数据整理，形成标准化数据集，该数据集保留每条原始记录，仅统一了字段命名；乙方可以将标准化数据集交付合作企业。',
      '乙方向委托方交付的成果包括：（一）客流分析报告；（二）原始刷卡记录明细表；（三）线路优化建议。',
    ]);
    expectRaised(RL, ['| 事项 | 约定 |\n| 数据范围 | 企业纳税原始数据 |\n| 交付方式 | 光盘拷贝，每半年一次 |\n| 使用地点 | 乙方办公场所 |\n']);
  });
  it('a data set described as aggregated, a list of results only, a table kept inside stay quiet', () => {
    expectQuiet(RL, [
      '乙方在平台内完成数据汇总，形成区县统计数据集，该数据集仅含按区县汇总的指标；乙方可以将区县统计数据集交付合作企业。',
      '乙方向委托方交付的成果包括：（一）客流分析报告；（二）线路优化建议；（三）站点热力图。',
    ]);
    expectQuiet(RL, ['| 事项 | 约定 |\n| 数据范围 | 企业纳税原始数据 |\n| 交付方式 | 平台内调用，不提供拷贝 |\n| 使用地点 | 公共数据平台内 |\n']);
  });
});
