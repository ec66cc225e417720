import { describe, it } from 'vitest';
import { expectQuiet, expectRaised } from '../../../helpers/redlineCase';

/**
 * Classes read from the red-line banks raw_data_export-s12 and sub_authorization-s12 (written blind in session 18, 32 of
 * 150 breaches missed): what kept a real breach from being read. Every text is written for this test; each class has
 * near misses that must stay quiet.
 */

describe('raw data named by what the records are', () => {
  it('images, tracks, samples, record-level fields and what a product stands on fire', () => {
    expectRaised('raw_data_export', [
      '乙方可以调阅道路卡口原始图像，并将其转存至乙方自有存储设备用于车型识别训练。',
      '乙方可以向保险公司提供渔船北斗原始轨迹文件，供其开展定损核查。',
      '产品验收通过后，乙方可以一并导出生成该产品所依据的不动产登记原始数据，供客户比对。',
      '第十二条 乙方开放的核验接口按证件号码逐条返回参保人的缴费明细字段，调用方可以自行留存。',
    ]);
  });
  it('what a product is built on, what cannot restore the records, or records kept inside stay quiet', () => {
    expectQuiet('raw_data_export', [
      '乙方可以向客户交付基于原始数据加工形成的信用评分。',
      '模型参数经审核确认不能据以还原原始数据的，可以导出部署至客户系统。',
      '汇总数据集经审核确认无法还原个人和企业原始信息后，可以对外提供。',
    ]);
  });
});

describe('a verb right after the modal takes the whole list after it', () => {
  it('downloading a list of records fires; forbidding it does not', () => {
    expectRaised('raw_data_export', ['乙方可以按季度从公共数据平台下载企业开办登记、注销登记等原始记录，在本单位内网开展分析。']);
    expectQuiet('raw_data_export', ['乙方不得从公共数据平台下载企业开办登记、注销登记等原始记录。']);
  });
});

describe('records leaving however they leave', () => {
  it('captured off the screen, used off the platform, or handed over as files, they fire', () => {
    expectRaised('raw_data_export', [
      '乙方技术人员可以在平台内拍照、抄录医保结算原始记录，用于编写培训教材。',
      '对于规模较小的路灯、井盖台账数据集，可以以明细表方式提供给运营机构本地使用。',
      '气象站逐小时观测数据按周以CSV文件形式导出，并通过电子邮件发送至运营机构。',
    ]);
  });
  it('a ban on capturing, a product used offline, a report as a file, data filed into the platform stay quiet', () => {
    expectQuiet('raw_data_export', [
      '乙方工作人员不得在平台内截屏、拍照或者抄录原始数据。',
      '乙方交付的统计报告可以由客户线下使用。',
      '运营分析报告以Excel文件形式导出后报送甲方。',
      '各数据提供单位的业务数据按月以文件形式导入公共数据平台。',
    ]);
  });
});

describe('a violation that is the data’s matter is no sanction', () => {
  it('data on violations let out fires; a breach and its sanction stay quiet', () => {
    expectRaised('raw_data_export', ['乙方可以将违规停车抓拍原始图像复制至乙方自有服务器，用于违规停车识别模型训练。']);
    expectQuiet('raw_data_export', ['乙方违规导出原始数据的，甲方有权解除本协议。']);
  });
});

describe('其 stands for the party named before, not for who acts', () => {
  it('a right or records handed to 其 go to the other party', () => {
    expectRaised('raw_data_export', ['为满足保险公司理赔核查需要，运营机构可以向其提供就诊原始记录文件。'], { ruleset: 'national', kind: 'plan' });
    expectRaised('sub_authorization', [
      '运营机构可在本市范围内择优确定若干区县运营服务商，向其转授本区县公共数据的运营权益。',
      '乙方可以与景区经营单位签订合作协议，授权其在景区范围内使用本协议项下的文旅数据开展运营。',
    ]);
  });
  it('the grantor providing to the operator stays quiet', () => {
    expectQuiet('raw_data_export', ['乙方提出申请的，甲方应当向其提供原始数据的平台内查询环境。']);
  });
});

describe('who acts in a clause that chooses or brings in another', () => {
  it('the party chosen or brought in, or sharing the grant, fires', () => {
    expectRaised('sub_authorization', [
      '一级运营机构可以根据需要自行选择二级运营机构并授予其相应领域的数据运营权。',
      '联合体牵头人有权引入新成员承接其中部分授权。',
      '乙方可以与其合作伙伴共享本协议项下的授权。',
      '由联合体成员分别在各自县域内承担农业数据的运营工作。',
    ]);
    expectRaised('sub_authorization', ['| 主体 | 职责 |\n| 运营主体 | 运营机构及其授权的区县运营服务商，负责数据产品开发与推广 |'], { kind: 'plan' });
  });
  it('help with the operation, upkeep or a product licensed stays quiet', () => {
    expectQuiet('sub_authorization', [
      '由合作方协助乙方在各县域内开展运营推广。',
      '乙方授权的技术服务商负责平台运行维护。',
      '乙方可以授权客户使用其开发的数据产品。',
    ]);
  });
});

describe('a regulator that needs a product is its user', () => {
  it('charging it fires; a regulator filing a price stays quiet', () => {
    expectRaised('pricing', ['市场监管部门开展信用风险分类监管所需的数据产品，乙方按年度收取技术服务费。'], { ruleset: 'national' });
    expectQuiet('pricing', ['乙方的收费标准应当报市场监管部门备案。'], { ruleset: 'national' });
  });
});
