import { describe, expect, it } from 'vitest';
import { passageReview } from '../../helpers/passageReview';

/**
 * Classes read in session 41 from the sixty-fourth blind set and the s41b/s41c banks, after they were measured sealed on
 * the first round's engine (06edf552): a prohibition on what products may hold; a catalogue published (对外发布 is no
 * 外发); a charge that describes the market's products; phases from a planned signing to a date, and a renewal after the
 * last phase; a joint re-development with a partner named with its modifier; product and dataset headings; a business
 * licence's term; a leak suspected as a condition; a past practice told; technical work under the operator's management;
 * a need that opens its own sentence after an article's heading line; an operation heading a list of work; rights
 * allocated to county companies; a scene operator chosen by the operator; a filing after a security test; destruction
 * left to a notice or to lapse; the guided price suspended. Each case has a lawful twin where one can be written. Text
 * written for the test.
 */
const { flagsOf, cited, statusOf } = passageReview();

describe('raw data', () => {
  it('what products must not hold is a prohibition', () => {
    expect(flagsOf('（三）产品和服务形式\n以数据接口、分析报告形式提供，出域产品不得包含原始数据，不得通过可逆模型或算法还原出原始数据。', 'guizhou', 'plan')).not.toContain('raw_data_export');
  });
  it('twin: products let hold it', () => {
    expect(flagsOf('（三）产品和服务形式\n出域产品可以包含原始数据。', 'guizhou', 'plan')).toContain('raw_data_export');
  });
  it('a catalogue published after registration is no data sent out', () => {
    expect(flagsOf('（二）数据范围\n数据资源目录以本方案附件为准，由区大数据发展局编制，并在公共数据资源登记后对外发布。', 'chongqing', 'plan')).not.toContain('raw_data_export');
  });
  it('a leak suspected, as the condition of a response, lets nothing out', () => {
    expect(flagsOf('（八）应急处置措施\n授权运营系统监测到异常批量查询或者疑似明细数据外传的，自动冻结相关账号并告警。', 'chongqing', 'plan')).not.toContain('raw_data_export');
  });
});

describe('pricing', () => {
  it('a charge describing the market’s products named after it', () => {
    expect(flagsOf('（二）价格机制\n用于公共治理、公益事业的公共数据产品和服务有条件无偿使用；确需收费的经营性产品和服务实行政府指导价。', 'qinhuangdao', 'plan')).not.toContain('pricing');
  });
  it('twin: the public uses charged', () => {
    expect(flagsOf('（二）价格机制\n用于公共治理、公益事业的公共数据产品和服务按次收费。', 'qinhuangdao', 'plan')).toContain('pricing');
  });
  it('the guided price suspended when the market moves', () => {
    expect(flagsOf('第二十一条 产业类数据产品和服务执行政府指导价。市场价格波动较大时，乙方可以暂停执行政府指导价，按照市场价格收费。', 'chongqing')).toContain('pricing');
  });
});

describe('term', () => {
  const phased = (renewal: string) =>
    `（七）授权运营期限\n授权运营分建设试运行期和正式运营期两个阶段实施。建设试运行期自授权运营协议签订之日起至2026年11月30日止，主要完成系统部署；正式运营期为3年，自2026年12月1日起至2029年11月30日止。${renewal}\n（八）实施进度\n2026年4月底前完成运营机构招标；2026年5月签订授权运营协议。`;
  it('a phase from the planned signing to a date, then three years: over three years', () => {
    expect(flagsOf(phased('正式运营期届满，授权运营协议自动终止；需要继续开展授权运营的，运营机构应当在期限届满前3个月内申请重新签订授权运营协议。'), 'hebei', 'plan')).toContain('term_over_3y');
  });
  it('twin: the second phase chosen anew', () => {
    expect(flagsOf(phased('正式运营期的运营机构由实施机构重新组织遴选。'), 'hebei', 'plan')).not.toContain('term_over_3y');
  });
});

describe('exclusivity', () => {
  it('the operator re-developing delivered products with a partner named with its modifier', () => {
    expect(flagsOf('（四）产品开发\n鼓励运营机构与数据使用方、眼科医疗机构共建联合实验室，对已交付的数据产品开展联合再开发和迭代升级。', 'wenzhou', 'plan')).toContain('exclusivity');
  });
  it('twin: users re-develop what they were delivered, the operator out of it', () => {
    expect(flagsOf('（四）产品开发\n数据使用方可以对已交付的数据产品开展再开发，运营机构不参与。', 'wenzhou', 'plan')).not.toContain('exclusivity');
  });
  it('technical work under the operator’s management ties no one to it', () => {
    expect(flagsOf('第十四条 乙方可以依法采购云计算资源等专业服务。服务提供单位仅在乙方管理下提供技术支持，不取得任何运营权利。', 'qinhuangdao')).not.toContain('exclusivity');
  });
});

describe('others’ words', () => {
  it('a business licence’s term asked of candidates is no grant', () => {
    expect(flagsOf('（三）运营机构选择条件\n2.营业执照载明的营业期限不短于十年或者为长期。', 'wenzhou', 'plan')).not.toContain('term_over_3y');
  });
  it('a past practice told, since put right', () => {
    const f = flagsOf('一、背景\n2023年，省内个别地市曾以“独家合作”方式向企业提供公共数据，已按要求完成整改。本方案坚持公平竞争。', 'hebei', 'plan');
    expect(f).not.toContain('exclusivity');
    expect(f).not.toContain('raw_data_export');
  });
});

describe('transfer', () => {
  it('a need that opens its own sentence after the article’s heading line', () => {
    expect(flagsOf('第十四条 乙方不得将本协议项下的授权运营资格转让给第三方。确因业务调整需要转让的，经甲方同意后方可办理转让手续。', 'chongqing')).toContain('sub_authorization');
  });
  it('twin: the need met by ending the agreement', () => {
    expect(flagsOf('第十四条 乙方不得将本协议项下的授权运营资格转让给第三方。确因业务调整需要的，乙方可以申请终止本协议。', 'chongqing')).not.toContain('sub_authorization');
  });
  it('the operation heading a list of its work, entrusted to a subsidiary', () => {
    expect(flagsOf('第十二条 乙方可以委托其控股子公司承担本协议约定的数据产品开发、销售和客户服务等运营业务。', 'hebei')).toContain('sub_authorization');
  });
  it('twin: technical work entrusted', () => {
    expect(flagsOf('第十二条 乙方可以委托第三方承担数据产品开发、测试等技术支撑工作。', 'hebei')).not.toContain('sub_authorization');
  });
  it('operation rights allocated to county companies', () => {
    expect(flagsOf('（十一）各方权利义务\n运营机构享有以下权利：\n1.根据业务需要，向各县区平台公司分配授权数据的运营权限，由其在本辖区内独立开展运营。', 'qinhuangdao', 'plan')).toContain('sub_authorization');
  });
  it('twin: access rights allocated to its own staff', () => {
    expect(flagsOf('（十一）安全\n运营机构应当按照最小必要原则向内部工作人员分配授权数据的访问权限。', 'qinhuangdao', 'plan')).not.toContain('sub_authorization');
  });
  it('a scene operator the operator chooses', () => {
    expect(flagsOf('（七）运营组织\n运营机构可以自主选择具备相应资质的机构作为场景运营商，由场景运营商负责该场景的数据调用和对外服务。', 'hebei', 'plan')).toContain('sub_authorization');
  });
});

describe('filing', () => {
  it('five working days counted from a security test passed after the signing', () => {
    expect(cited('第四十一条 乙方完成运营环境部署并通过甲方组织的安全测评后，甲方在五个工作日内将本协议报市大数据应用发展管理局备案。', 'filing_deadline', 'chongqing')).toBe(true);
  });
  it('twin: five working days from the signing', () => {
    expect(cited('第四十一条 甲方应当自本协议签订之日起五个工作日内将本协议报市大数据应用发展管理局备案。', 'filing_deadline', 'chongqing')).toBe(false);
  });
});

describe('exit', () => {
  it('destruction left to a later notice, the data kept meanwhile', () => {
    expect(cited('12.3 协议终止后，乙方停止调用授权数据。对乙方已下载的数据是否销毁，由甲方另行通知，乙方在收到通知前应当妥善保管。', 'no_destruction')).toBe(true);
  });
  it('backups left to lapse', () => {
    expect(cited('第三十五条 本协议终止后，乙方应当以不可逆方式销毁原始数据，网络日志留存六个月以上；备份介质中的副本按照乙方备份策略自然过期，不单独处理。', 'no_destruction', 'hebei')).toBe(true);
  });
  it('twin: backups destroyed too', () => {
    expect(cited('第三十五条 本协议终止后，乙方应当以不可逆方式销毁原始数据及其备份副本，网络日志留存六个月以上。', 'no_destruction', 'hebei')).toBe(false);
  });
});

describe('items', () => {
  it('a dataset and a product named by their matter are no supervision section', () => {
    expect(statusOf('一、授权运营名称\n某市游泳场所公共数据授权运营。\n二、数据范围\n1.游泳场所卫生监督检测数据（市卫生健康委）\n浑浊度、余氯等检测指标，按周更新。\n三、产品和服务\n1.游泳场所安全监管分析服务\n面向市体育局提供安全风险分析。', 'plan.supervision', 'wenzhou')).toBe('missing');
  });
});
