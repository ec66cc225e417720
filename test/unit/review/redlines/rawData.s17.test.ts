import { describe, it } from 'vitest';
import { expectQuiet, expectRaised } from '../../../helpers/redlineCase';

/**
 * Classes read from raw_data_export-s17 (written blind in session 21, opened in session 22): records by their grain or
 * their fields, data described as left raw (originals kept, unaggregated, counted in records, only reformatted), a key
 * for plaintext on request, a copy set up in an outside facility, data named by where it is kept in the platform, and a
 * prohibition after a consented permission. Every text is written for this test; each class has near misses that must
 * stay quiet.
 */
const RL = 'raw_data_export';

describe('records handed out one holder or one entry at a time, or field by field', () => {
  it('record-wise details and field details handed to users fire', () => {
    expectRaised(RL, [
      '乙方可以向合作银行推送企业逐笔纳税流水，用于贷前审查。',
      '接口向保险公司返回投保车辆近三年的逐单维修明细，包括维修项目、金额和维修厂名称。',
      '乙方可面向物业公司提供“电梯维保台账数据包”，数据包包括逐台的维保单号、电梯位置、维保日期，物业公司可下载至本地保存。',
      '经乙方审核后，开发利用单位可以导出所需的字段明细用于模型训练。',
    ]);
  });
  it('a check done one by one, a result per holder, a catalogue’s field list stay quiet', () => {
    expectQuiet(RL, [
      '乙方应当对交付前的数据产品逐条核对明细，确保不含个人信息。',
      '乙方可以向合作银行提供逐户的信用评分结果。',
      '数据资源目录应当列明字段明细、更新频率和共享属性，由甲方统一发布。',
      '乙方可以向用户提供按月汇总的纳税统计数据，不得提供逐笔纳税流水。',
    ]);
  });
});

describe('data described as left raw: originals kept, unaggregated, counted in records, only reformatted', () => {
  it('fires when such data is delivered', () => {
    expectRaised(RL, [
      '乙方可向勘察设计单位交付地下管廊三维模型文件，模型文件保留原有材质、建成年份、权属单位等属性字段。',
      '乙方提供的不动产查询接口，查询结果不作汇总处理，按申请人逐项返回。',
      '乙方对外提供的企业用电数据接口，单次最多可输出五百条数据。',
      '乙方向金融机构交付的“小微企业纳税数据集”，仅作字段映射和统一编码后形成，保证与平台数据一致。',
    ]);
  });
  it('names or format kept, results counted, aggregated output, masking after reformatting stay quiet', () => {
    expectQuiet(RL, [
      '乙方交付的统计报表保留原有字段名称和排列顺序，便于用户对照使用。',
      '乙方提供的核验接口单次最多返回二十条核验结果。',
      '乙方对外提供的接口仅返回按街道汇总的统计数据，汇总单元不少于二十户。',
      '乙方向用户交付的数据集，经格式转换后再进行去标识化和聚合处理形成。',
    ]);
  });
});

describe('a key to the plaintext given on request', () => {
  it('encrypted fields that whoever holds the product may have decrypted fire', () => {
    expectRaised(RL, ['产品中的手机号码字段经加密后随产品交付，使用单位因业务确需的，可申请解密还原。']);
  });
  it('encryption in transit, a restoration of service, a denial stay quiet', () => {
    expectQuiet(RL, [
      '乙方向用户交付数据产品应当采用国密算法加密传输，密钥由乙方妥善保管。',
      '因系统故障暂停服务的，乙方整改完成后可申请恢复服务。',
      '产品中的个人信息字段经不可逆加密处理后方可交付，任何一方不得申请解密还原。',
    ]);
  });
});

describe('a copy set up in a facility outside the platform, or the platform’s data taken to one', () => {
  it('a backup copy set up on a rented cloud, data kept in the platform exported to the operator’s storage fire', () => {
    expectRaised(RL, [
      '乙方可在其租用的公有云上建立授权数据的备份副本，并与平台定期同步。',
      '合作期满时，乙方应将其在平台内留存的全部医保结算数据导出至乙方自有服务器，留存备查。',
    ]);
  });
  it('a backup rule, the grantor’s own copy, a copy forbidden, results exported stay quiet', () => {
    expectQuiet(RL, [
      '乙方应当建立数据备份与恢复机制，定期开展应急演练。',
      '甲方在政务云灾备中心建立授权数据的异地灾备副本。',
      '乙方不得在其自有或租用的云服务器上建立授权数据副本。',
      '乙方可以将平台内加工形成的统计数据导出，用于向用户交付。',
      '合作期满时，乙方应将其在平台内存储的全部数据移交甲方，并删除其留存的副本。',
    ]);
  });
});

describe('a prohibition written after a consented permission stands on its own', () => {
  it('the import consented stays quiet: what is imported may not leave', () => {
    expectQuiet(RL, ['经甲方书面同意，乙方可将其自有的客户数据导入平台，与授权数据进行联合建模，融合数据一律不得导出平台。']);
  });
  it('an export consented still fires', () => {
    expectRaised(RL, ['经甲方书面同意，乙方可将原始数据导出平台，导出数据不得用于其他用途。']);
  });
});
