import { describe, expect, it } from 'vitest';
import { passageReview } from '../../helpers/passageReview';

/**
 * Classes read in session 34 from a reading bank of breaches put the way drafters hide them: split over two sentences,
 * given through a definition used later, a table row typed on one line, a cap written after the period it caps, the
 * term tied to a schedule. Each case has a lawful twin. Text written for the test.
 */
const { flagsOf } = passageReview();

describe('the operator chosen without fair competition (Hebei)', () => {
  it('reads the operator named before the way it is chosen', () => {
    expect(flagsOf('（二）运营单位采用单一来源采购方式确定，由数据局与其直接商谈。', 'hebei', 'plan')).toContain('authorization_mode');
    expect(flagsOf('（二）运营单位通过公共资源交易中心公开招标方式确定。', 'hebei', 'plan')).not.toContain('authorization_mode');
  });
  it('reads a choice among a closed group of state firms, however long its name', () => {
    expect(flagsOf('运营主体在区属国有独资或国有控股公司中比选产生，比选由区数据局自行组织。', 'hebei', 'plan')).toContain('authorization_mode');
  });
  it('reads an operator named on the strength of an earlier arrangement', () => {
    expect(flagsOf('依据区政府与某数据集团签署的战略合作备忘录，由该集团的控股公司作为本场景运营主体。', 'hebei', 'plan')).toContain('authorization_mode');
  });
  it('reads scenarios of data catalogued later joined to the grant without a decision', () => {
    expect(flagsOf('第八条 此后新编入资源目录的数据及其应用场景，经乙方提出即纳入本协议授权范围，双方无需另行签订协议。', 'hebei')).toContain('authorization_mode');
    expect(flagsOf('第八条 此后新编入资源目录的数据及其应用场景，应当另行编制实施方案并组织遴选。', 'hebei')).not.toContain('authorization_mode');
  });
});

describe('a table row typed on one line with its head', () => {
  it('reads each cell under its head', () => {
    expect(flagsOf('附表2 产品安排（产品名称｜使用单位｜类别｜计费方式）：防汛调度预警模型｜区水利局｜公共治理｜按年收取服务费12万元。', 'national', 'plan')).toContain('pricing');
    expect(flagsOf('附表2 产品安排（产品名称｜使用单位｜类别｜计费方式）：防汛调度预警模型｜区水利局｜公共治理｜免费。', 'national', 'plan')).not.toContain('pricing');
  });
});

describe('a field closed to the market', () => {
  it('reads "暂不引入其他经营主体" as shutting others out', () => {
    expect(flagsOf('（四）养老服务领域。考虑到数据敏感，该领域暂不引入其他开发利用主体。', 'national', 'plan')).toContain('exclusivity');
  });
  it('does not read a market player kept out for want of a check as exclusivity', () => {
    expect(flagsOf('（四）养老服务领域。该领域不引入未经安全评估的开发利用主体。', 'national', 'plan')).not.toContain('exclusivity');
  });
});

describe('a charge in the sentence after the free one', () => {
  it('reads a sentence that only says when it starts as about the public products before it', () => {
    expect(flagsOf('公益事业类数据产品在试运行期间免费提供。自2027年1月1日起，按成本的八成计收服务费。', 'national', 'plan')).toContain('pricing');
  });
  it('leaves a later charge to market users alone', () => {
    expect(flagsOf('公益事业类数据产品在试运行期间免费提供。自2027年1月1日起，对市场主体按政府指导价计收服务费。', 'national', 'plan')).not.toContain('pricing');
  });
});

describe('a price set by the highest bid', () => {
  it('reads an auction to the highest bidder as a price outside the guided one', () => {
    expect(flagsOf('第十九条 稀缺数据产品的使用权可通过竞价出让，以最高出价成交。', 'chongqing')).toContain('pricing');
  });
});

describe('raw records by what they are', () => {
  it('reads real data records handed out as samples', () => {
    expect(flagsOf('第十一条 乙方可抽取二百条真实数据记录作为演示样本提供给意向客户。', 'hebei')).toContain('raw_data_export');
    expect(flagsOf('第十一条 乙方应当真实记录数据调用情况，并按月提供给甲方。', 'hebei')).not.toContain('raw_data_export');
  });
  it('reads output kept at the source grain, nothing aggregated', () => {
    expect(flagsOf('第十二条 查询接口输出的数据应与业务系统保持一致的记录粒度，不做汇总或泛化处理。', 'hebei')).toContain('raw_data_export');
  });
  it("reads one holder's entries step by step", () => {
    expect(flagsOf('（二）“出行轨迹”产品：输出每位乘客的逐次进出站时间和站点，供商户下载分析。', 'national', 'plan')).toContain('raw_data_export');
  });
});

describe('the grant moved to another to run', () => {
  it('reads a scenario handed whole to another unit to run', () => {
    expect(flagsOf('第十四条 乙方可将某一场景整体转包给具备资质的企业运营，并报甲方备案。', 'chongqing')).toContain('sub_authorization');
  });
  it("reads powers named before their handing over to a company the operator holds", () => {
    expect(flagsOf('第十四条 乙方可将场景运营及数据加工权限，一并委托其控股的项目公司行使。', 'chongqing')).toContain('sub_authorization');
  });
  it('reads an operating account opened for a partner', () => {
    expect(flagsOf('第十六条 甲方应为乙方推荐的生态合作单位开通独立运营账户，合作单位可自行开展产品经营。', 'chongqing')).toContain('sub_authorization');
  });
  it('reads a definition after its caption that widens the operator', () => {
    expect(flagsOf('第一条 定义\n定义 1.2 “运营方”是指乙方及乙方向甲方书面报送名单的各家合作单位。\n第九条 运营方享有数据产品经营权。', 'chongqing')).toContain('sub_authorization');
  });
});

describe('the term run on', () => {
  it('counts a capped transition written after its name', () => {
    expect(flagsOf('第二十条 授权期限为三年。期满时接任机构尚未确定的，乙方应当继续履行本协议，过渡期最长不超过十八个月。', 'national')).toContain('term_over_3y');
    expect(flagsOf('第二十条 授权期限为三年。期满时乙方应当在三个月内完成移交，不得开展新的运营业务。', 'national')).not.toContain('term_over_3y');
  });
  it('reads a term tied to the schedule before it', () => {
    const text = '表3 实施安排：第一阶段（2026年3月至12月）平台建设；第二阶段（2027年）场景上线；第三阶段（2028年至2029年）规模运营；第四阶段（2030年）评估退出。授权期限与上述实施安排一致。';
    expect(flagsOf(text, 'national', 'plan')).toContain('term_over_3y');
  });
});
