import { describe, expect, it } from 'vitest';
import { agreementWith, flagIds } from '../../../helpers/reviewCorpus';

/**
 * Classes of the raw-data red line read in session 7 (second clause bank, ninth set), on text written for the test
 * with near misses: the data copied to systems outside the platform, raw records handed to another company, a key
 * handed over noun-first, fields returned in clear, a product allowed to carry raw records, a user's right to download,
 * and the false ones: a risk listed, raw data named only as what a result must not restore.
 */
const raw = (clause: string, ruleset = 'hebei') => flagIds(agreementWith(clause), ruleset, 'agreement').includes('raw_data_export');
const fires = (cases: string[], ruleset?: string) => {
  for (const c of cases) expect(raw(c, ruleset), c).toBe(true);
};
const quiet = (cases: string[], ruleset?: string) => {
  for (const c of cases) expect(raw(c, ruleset), c).toBe(false);
};

describe('the data copied to systems outside the platform', () => {
  it('fires', () =>
    fires([
      '为便于模型调优，乙方可以将授权数据集拷贝至乙方自建的数据中心。',
      '乙方应当每周将授权范围内的原始数据备份到其集团公司的私有云。',
      '数据提供单位每日向部署在运营机构自有机房的前置机推送全量业务数据。',
    ]));
  it('is not a product handed to a user’s system, nor a copy kept inside the platform', () =>
    quiet([
      '乙方可以将经审核的数据产品推送至用户自有业务系统。',
      '乙方应当在平台内将授权数据备份到平台灾备区。',
      '乙方不得将原始数据拷贝至其自有服务器。',
    ]));
});

describe('raw records handed to another company', () => {
  it('fires, encrypted or not, after a mere filing', () =>
    fires([
      '报甲方备案后，乙方可以将投保人的原始理赔明细以压缩包方式批量发送给合作保险公司。',
      '原始缴费记录经加密后按季度交付合作金融机构，由其在自有系统中比对。',
      '乙方可以按单个企业输出其原始纳税记录，经审核后交付用户。',
    ]));
  it('is not what is built on the records, nor a prohibition', () =>
    quiet([
      '乙方可以将基于原始理赔明细加工形成的风险评分产品交付合作保险公司。',
      '原始缴费记录不得交付任何商业银行。',
    ]));
});

describe('keys, clear fields, products carrying raw records, users’ download rights', () => {
  it('fires', () =>
    fires([
      '乙方向用户交付的数据中手机号经编码替换，编码映射表一并提供给用户。',
      '核验接口以明文方式返回被查询人的姓名、身份证号和联系电话。',
      '乙方交付的分析产品中可以附带原始记录，条数不限。',
      '开发利用机构对其调用的授权数据享有下载、留存和转发的权利。',
    ]));
  it('is not a key withheld, masked fields, or a product without records', () =>
    quiet([
      '编码映射表由乙方在平台内保管，不得提供给用户。',
      '核验接口仅返回“一致”或“不一致”的核验结果，不返回任何原始字段。',
      '乙方交付的分析产品不得包含原始记录。',
    ]));
});

describe('raw data named without being let out', () => {
  it('is quiet on a risk listed and on raw data as what a result must not restore', () =>
    quiet([
      '主要风险：原始数据外泄、模型被逆向还原。应对措施：加工全部在平台内完成，出域产品逐项审核。',
      '统计结果经甲方审核确认无法还原原始数据后，方可交付用户。',
      '模型输出经检测不能被还原出原始数据的，方可对外提供。',
    ]));
});
