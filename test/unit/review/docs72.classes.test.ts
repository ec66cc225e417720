import { describe, expect, it } from 'vitest';
import { toSimplifiedConverter } from '../../../main/docs/chinese';
import { reviewDocument } from '../../../shared/review/engine';
import { passageReview } from '../../helpers/passageReview';
import { bundledRuleset, docFromText } from '../../helpers/reviewCorpus';

/**
 * Classes read in session 44 from the seventy-second blind set and the s44b/s44c banks, after they were measured sealed on
 * the first round's engine and on the starting engine. Each case has a lawful twin where one can be written. Text written
 * for the test.
 */
const { flagsOf, cited, exitCited: exit } = passageReview();
const toSimplified = await toSimplifiedConverter();

describe('texts that are not the plan', () => {
  it('a Q&A titled in traditional characters is read by its simplified title', () => {
    const doc = docFromText(['《某縣海島旅遊公共數據授權運營實施方案》政策問答', '發佈時間：2025-12-02', '近日，某縣印發《某縣海島旅遊公共數據授權運營實施方案》。現就有關問題解答如下。', '一、問', '為什麼要開展公共數據授權運營？'].join('\n'));
    expect(reviewDocument(doc, bundledRuleset('wenzhou'), 'plan', { toSimplified }).unlike).toMatch(/看起来不像/);
  });
  it('a draft’s wording quoted and said removed sets no term', () => {
    expect(flagsOf('三、答问\n征求意见稿中曾有「运营期5年，期满考核合格的自动延续」的写法，多位专家提出与授权运营期限原则上不超过3年的要求不符，正式印发时已经删除。', 'wenzhou', 'plan')).not.toContain('term_over_3y');
  });
  it('twin: the same wording kept', () => {
    expect(flagsOf('三、授权期限\n运营期5年，期满考核合格的自动延续。', 'wenzhou', 'plan')).toContain('term_over_3y');
  });
});

describe('raw data', () => {
  it('operations listed as what is logged export nothing', () => {
    expect(flagsOf('8.1 乙方应当按最小必要原则配置账号权限，对数据调用、加工、输出等操作全程记录。')).not.toContain('raw_data_export');
  });
});

describe('transfer of the grant', () => {
  it('a third party engaged to audit runs nothing of the grant', () => {
    expect(flagsOf('七、成本核算\n运营机构对授权运营业务单独设账、独立核算，每年委托第三方审计后向县数据局报送成本收入情况。', 'wenzhou', 'plan')).not.toContain('sub_authorization');
  });
  it('twin: the business entrusted to a third party to run', () => {
    expect(flagsOf('七、运营\n运营机构可将授权运营业务委托第三方运营。', 'wenzhou', 'plan')).toContain('sub_authorization');
  });
  it('a product’s development and its dealing with the market handed to a partner', () => {
    expect(flagsOf('（三）运营机构可将出口检疫预约分析产品的开发和对外经营，交由其合作单位某数据服务有限公司负责。', 'national', 'plan')).toContain('sub_authorization');
  });
  it('a regional partner chosen by the operator, running in its own name', () => {
    expect(flagsOf('（十一）3. 运营机构可以在各县（市、区）选择区域运营合作商，由区域运营合作商以其自身名义在本辖区内开展授权数据的加工开发和运营服务。', 'hebei', 'plan')).toContain('sub_authorization');
  });
  it('the operator defined to include its subsidiaries and designated partners', () => {
    expect(flagsOf('第一条 定义\n（五）乙方：指本协议签约的运营机构，以及乙方的控股子公司和乙方书面指定的项目合作单位。')).toContain('sub_authorization');
  });
  it('twin: the operator defined as itself', () => {
    expect(flagsOf('第一条 定义\n（五）乙方：指本协议签约的运营机构。')).not.toContain('sub_authorization');
  });
  it('the parts of the operation subcontracted, named as its links', () => {
    expect(flagsOf('七、（二）运营单位可以将数据产品开发、市场推广和客户服务等运营环节分包给具备相应能力的合作单位。', 'wenzhou', 'plan')).toContain('sub_authorization');
  });
});

describe('exclusivity', () => {
  it('re-development of a delivered product put on the operator first', () => {
    expect(flagsOf('（二）已交付产品需要迭代升级或二次开发的，同等条件下由运营机构优先承接。', 'wenzhou', 'plan')).toContain('exclusivity');
  });
  it('twin: put on market players', () => {
    expect(flagsOf('（二）已交付产品需要二次开发的，同等条件下由经营主体承接。', 'wenzhou', 'plan')).not.toContain('exclusivity');
  });
  it('the operator’s partners served first', () => {
    expect(flagsOf('第二十二条 乙方数据产品接口优先向乙方战略合作伙伴开放，其他经营主体在其后办理。', 'hebei')).toContain('exclusivity');
  });
  it('a free right in what users re-develop taken by the operator', () => {
    expect(flagsOf('第二十八条 数据使用方基于乙方数据产品再开发形成的成果，乙方享有免费、永久的使用权。', 'qinhuangdao')).toContain('exclusivity');
  });
  it('lawful: a selection spared at an automatic renewal is the term’s matter', () => {
    expect(flagsOf('七、（一）期满前评估合格的，授权运营期限自动延长2年，实施机构不再另行组织遴选。', 'qinhuangdao', 'plan')).not.toContain('exclusivity');
  });
  it('lawful: the re-developers chosen with no one preferred', () => {
    expect(flagsOf('第二十四条 乙方面向市场选择再开发经营主体的，应当公开发布选择条件，不得给予任何主体优先权。', 'hebei')).not.toContain('exclusivity');
  });
  it('lawful: a vendor kept within the permissions the operator sets', () => {
    expect(flagsOf('（九）3. 服务提供方仅在运营机构设定的权限内开展运维工作，不得接触明文数据。', 'national', 'plan')).not.toContain('exclusivity');
  });
  it('lawful: the grant said to limit no later grant', () => {
    expect(flagsOf('（十一）市数据局可以在其他领域另行选择运营机构，本次授权不对其他领域的授权或者后续授权形成任何限制。', 'wenzhou', 'plan')).not.toContain('exclusivity');
  });
});

describe('authorization mode', () => {
  it('three scenarios made one project under the quoted principle', () => {
    expect(flagsOf('（五）授权运营模式\n本方案按照“一场景一授权”原则实施，将交通出行、文化旅游、医疗健康三个场景作为一个授权运营项目，通过公开招标统一选定一家运营机构承担。', 'hebei', 'plan')).toContain('authorization_mode');
  });
  it('the scenarios named back, one operator chosen for all', () => {
    expect(flagsOf('（五）授权运营模式\n运营机构：上述场景统一遴选一家运营机构承担。', 'qinhuangdao', 'plan')).toContain('authorization_mode');
  });
  it('the scenario defined, unquoted, as every data activity', () => {
    expect(flagsOf('第二条 定义\n（三）应用场景：指围绕城市治理、经济发展和民生服务开展的各类公共数据开发利用活动。\n第四条 甲方授权乙方在本协议约定的应用场景内开展公共数据授权运营。', 'qinhuangdao')).toContain('authorization_mode');
  });
  it('twin: the scenario defined, unquoted, as one business', () => {
    expect(flagsOf('第二条 定义\n（三）应用场景：指港口集装箱通关时效分析业务。\n第四条 甲方授权乙方在本协议约定的应用场景内开展公共数据授权运营。', 'qinhuangdao')).not.toContain('authorization_mode');
  });
});

describe('pricing', () => {
  it('the price list compiled by the operator on market principles', () => {
    expect(flagsOf('第二十三条 产业发展类产品的收费标准以附件4《数据产品价目表》为准。价目表由乙方按照市场化原则编制，每年调整一次。', 'hebei')).toContain('pricing');
  });
  it('twin: compiled on the guided price and approved', () => {
    expect(flagsOf('第二十三条 价目表由乙方按照政府指导价编制，报甲方审核后执行。', 'hebei')).not.toContain('pricing');
  });
});

describe('product categories', () => {
  const list = (last: string) => `第十条 产品和服务清单\n10.1 乙方提供的数据产品和服务包括：港口集疏运分析服务、外贸企业经营画像。\n10.2 ${last}`;
  it('the public category left for the grantor to propose later', () => {
    expect(cited(list('公共治理、公益事业类产品由甲方根据工作需要另行提出，双方另行约定。'), 'product_categories', 'qinhuangdao')).toBe(true);
  });
  it('the paid category left to grow with the operation', () => {
    expect(cited('第十一条 乙方提供的数据产品和服务为：（一）城市交通拥堵监测分析，服务交通管理部门；（二）老年人出行便利服务，面向社会公众免费提供。产业发展类产品视运营情况逐步拓展。', 'product_categories', 'hebei')).toBe(true);
  });
});

describe('term', () => {
  it('stages dated after a start said in a clause of its own', () => {
    expect(flagsOf('八、实施进度\n授权运营自协议签订之日起实施，分三个阶段推进：（一）启动建设阶段（2025年12月至2026年6月）；（二）全面运营阶段（2026年7月至2028年12月）；（三）深化提升阶段（2029年1月至2029年12月）。', 'wenzhou', 'plan')).toContain('term_over_3y');
  });
  it('twin: the stages within three years', () => {
    expect(flagsOf('八、实施进度\n授权运营自协议签订之日起实施，分三个阶段推进：（一）启动建设阶段（2025年12月至2026年6月）；（二）全面运营阶段（2026年7月至2028年6月）；（三）深化提升阶段（2028年7月至2028年11月）。', 'wenzhou', 'plan')).not.toContain('term_over_3y');
  });
});

describe('exit', () => {
  it('the data not deleted but sealed for the next operator', () => {
    expect(exit('（六）运营机构应在协议终止后30日内停止数据调用，专区内的授权数据及其备份不作删除，由区大数据发展局统一封存3年。', 'chongqing', 'plan')).toBe(true);
  });
  it('a sealed backup kept after the destruction', () => {
    expect(exit('第三十六条 乙方应当在本协议终止后十五个工作日内以不可逆方式销毁原始数据及其副本。乙方可以加密封存一份数据备份，封存期三年。')).toBe(true);
  });
  it('twin: every copy destroyed', () => {
    expect(exit('第三十六条 乙方应当在本协议终止后十五个工作日内以不可逆方式销毁原始数据及其全部副本，网络日志留存不少于6个月。')).toBe(false);
  });
  it('backups left to be overwritten', () => {
    expect(exit('九、退出机制\n运营单位退出时，应当以不可逆方式销毁运营平台内的授权数据。运营单位离线备份介质中的数据，随备份周期自然覆盖。', 'wenzhou', 'plan')).toBe(true);
  });
  it('training samples used on after the exit', () => {
    expect(exit('（七）6. 运营机构退出时，应当销毁平台内的授权数据。运营机构基于授权数据训练形成的训练样本集归运营机构所有，退出后可以继续用于其他业务。', 'hebei', 'plan')).toBe(true);
  });
  it('processing libraries declared the operator’s assets and left to it', () => {
    expect(exit('（八）授权运营机构退出时，应当销毁原始数据；在初级加工中形成的清洗库、标准库等数据资源属于授权运营机构投入形成的资产，由其依法处置。', 'guizhou', 'plan')).toBe(true);
  });
});
