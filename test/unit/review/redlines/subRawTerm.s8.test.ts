import { describe, it } from 'vitest';
import { expectQuiet, expectRaised } from '../../../helpers/redlineCase';

/**
 * Readings of sub-authorization, raw-data export and the term built from the eighth bank's odd failures (session 13),
 * on text written for this test, each with near misses that must stay quiet.
 */
const check = (redline: string, fire: string[], quiet: string[], ruleset = 'wenzhou') => {
  expectRaised(redline, fire, { ruleset });
  expectQuiet(redline, quiet, { ruleset });
};

describe('sub-authorization: the operator granting onward, whatever the grant is called (二级授权, 分级授权, 授权书)', () => {
  it('fires on a tiered grant or a letter of grant the operator issues to another party, and not otherwise', () =>
    check(
      'sub_authorization',
      [
        '乙方可以就各县应用场景向县级运营公司进行二级授权。',
        '运营机构可对下属各区域运营商实行分级授权，由其负责本区域场景运营。',
        '乙方可以为合作企业签发二级授权书，合作企业持授权书直接调用授权数据。',
        '乙方有权向行业运营公司再次授权，由其承担行业场景的开发运营。',
      ],
      [
        '乙方不得向任何单位进行二级授权。',
        '乙方应当向甲方出具法定代表人授权书，指定项目联系人。',
        '数据使用方应当向乙方出具数据使用授权书。',
        '乙方获得授权后，应当建立分级管理制度。',
        '乙方可以授权其员工持工作证登录平台。',
        '乙方应当建立分级授权、全程留痕和第三方审计的数据访问机制。',
        '通过隐私计算、分级授权和全过程审计，确保数据可用不可见。',
      ],
    ));
});

describe("sub-authorization: the operator's name defined to take in another enterprise", () => {
  it('fires when the definition adds a company the operator names, and not when it only restates the operator', () =>
    check(
      'sub_authorization',
      [
        '本协议所称“运营主体”，包括乙方及乙方书面指定的合作企业。运营主体可以调用授权数据开发数据产品。',
        '本协议所称“被授权方”，是指乙方以及经乙方推荐的场景服务公司。',
        '本协议所称“运营机构”，包括乙方和乙方选定的生态企业。',
      ],
      [
        '本协议所称“运营主体”，是指乙方，即某某数据科技有限公司。',
        '本协议所称“运营主体”，是指乙方，不包括乙方选定的合作企业。',
        '本协议所称“运营机构”，包括乙方及其内部业务部门。',
      ],
    ));
});

describe('sub-authorization: another party taking on the operation in its own name', () => {
  it('fires on a company running the grant in its own name, not on the operator, support work or a purchase', () =>
    check(
      'sub_authorization',
      [
        '乙方的全资子公司可以以自己的名义承接本协议约定场景的授权运营业务。',
        '合作企业可以以其自身名义负责医疗场景的授权运营，并自行对外收费。',
        '经报甲方知悉，乙方下属公司可以自身名义承接交通场景的授权运营。',
      ],
      [
        '乙方应当以自身名义承接授权运营，不得由子公司代为承接。',
        '乙方的全资子公司可以以自身名义承接乙方委托的平台运维服务。',
        '合作企业以自身名义采购乙方的数据产品。',
        '子公司不得以自身名义承接授权运营。',
      ],
    ));
});

describe('raw data export: who receives is the party it is sent to, not the source that produced it', () => {
  it('fires on raw records sent to a user, not returned to their source, nor a statistic, nor a prohibition', () =>
    check(
      'raw_data_export',
      [
        '乙方可以通过数据接口向合作银行实时传送数源单位产生的原始缴费记录。',
        '运营机构每日向数据使用方推送各部门采集的原始明细记录。',
        '乙方可以向客户发送数源单位提供的原始登记记录。',
      ],
      [
        '乙方应当向数源单位返还其提供的原始业务记录。',
        '乙方可以向数据使用方推送基于数源单位产生的原始记录形成的统计指数。',
        '乙方不得向数据使用方推送数源单位产生的原始业务记录。',
      ],
      'chongqing',
    ));
});

describe('raw data export: data copied from the platform into an environment the sentence sets up outside it', () => {
  it('fires on raw data synchronised to an outside environment, not inside, not a result, not forbidden', () =>
    check(
      'raw_data_export',
      [
        '乙方可以在平台之外自建分析环境，并从平台复制所需原始数据。',
        '运营机构可以在授权运营系统以外另行搭建计算集群，从授权运营系统定期同步原始明细数据。',
        '乙方可以在公共数据平台以外部署训练环境，并从平台同步原始数据用于训练。',
      ],
      [
        '乙方可以在平台内部署分析环境，并从数据仓同步所需原始数据。',
        '乙方可以在平台之外部署展示系统，并从平台同步数据产品的统计结果。',
        '乙方不得在平台之外部署处理环境，也不得从平台同步原始数据。',
      ],
      'chongqing',
    ));
});

describe('raw data export: what is certified irreversible leaves as a product; the platform left is no object', () => {
  it('stays quiet on outputs certified irreversible by whatever means, fires on raw data let out', () =>
    check(
      'raw_data_export',
      ['乙方可以将原始数据导出公共数据平台。', '经乙方负责人同意，原始明细可以导出公共数据平台。'],
      [
        '分析结果经甲方确认无法借助任何算法或者辅助信息还原出原始数据的，方可导出公共数据平台。',
        '模型参数经安全评估，不能通过逆向工程等手段恢复原始明细的，可以导出公共数据平台。',
        '统计报表经审核后可以导出公共数据平台。',
      ],
      'qinhuangdao',
    ));
});

describe('raw data export: data defined as unprocessed is raw data', () => {
  it('fires when the defined term is handed to users, not when it is used inside or defined as a statistic', () =>
    check(
      'raw_data_export',
      [
        '本协议所称“基础数据包”，是指数源单位提供的未经加工的全量业务数据。乙方可以向客户交付基础数据包。',
        '本协议所称“源库数据”，是指未经任何处理的业务数据。乙方可以按需向使用方提供源库数据。',
      ],
      [
        '本协议所称“基础数据包”，是指对未经加工的业务数据脱敏聚合形成的统计数据。乙方可以向客户交付基础数据包。',
        '本协议所称“基础数据包”，是指数源单位提供的未经加工的全量业务数据。乙方应当在平台内使用基础数据包。',
      ],
      'national',
    ));
});

describe("term: a renewal on the operator's own may is the operator deciding alone", () => {
  it('fires when the operator may renew by itself, and not when it may only apply or the grantor decides', () =>
    check(
      'term_over_3y',
      [
        '第九条 授权运营期限为三年。期满后，运营机构可以续展一次，续展期限为两年。',
        '第九条 授权运营期限为二年，乙方可延长授权期限两次，每次一年。',
        '第九条 本协议有效期三年；乙方可以连续续签，每次续签期限与原期限相同。',
      ],
      [
        '第九条 授权运营期限为三年。期满后，乙方可以申请续期，续期须经甲方重新审批。',
        '第九条 授权运营期限为三年，期满后乙方可以向甲方申请续约，由甲方依程序重新遴选。',
        '第九条 授权运营期限为三年。乙方可以延长数据产品的服务期，但不得超过授权运营期限。',
        '第九条 授权运营期限为两年，乙方可以续期一次，续期一年。',
      ],
      'chongqing',
    ));
});
