import { describe, expect, it } from 'vitest';
import { expectQuiet, expectRaised, raises } from '../../helpers/redlineCase';

/**
 * Red lines said the way drafters say them without the rule's own words (issue 10, third held-out set). Every text here
 * is written for the test; each class has true negatives (non-exclusive wording, prohibitions) that must stay quiet.
 */

describe('exclusivity said without 排他/独家', () => {
  it('the grantor undertaking not to authorise anyone else, or the only operator, fires', () => {
    expectRaised('exclusivity', [
      '在协议期内，甲方承诺不再就该应用场景向其他运营机构授权。',
      '授权期内甲方不另行选择其他运营主体开展同类业务。',
      '授权期间，市数据局不再另行引入其他运营主体。',
      '运营机构享有该领域数据开发的唯一运营权。',
      '乙方是本项目唯一的运营主体。',
      '乙方在授权期内独占该场景的数据运营。',
    ]);
  });
  it('non-exclusive wording and prohibitions stay quiet', () => {
    expectQuiet('exclusivity', [
      '本授权为非排他授权，甲方可根据需要向其他运营机构授权。',
      '甲方可另行引入其他运营主体开展同类场景运营。',
      '乙方不得向其他主体转授权，不得从事垄断行为。',
      '乙方不是本场景的唯一运营机构。',
      '每条数据记录应具有唯一标识。',
      '甲方不再另行建设数据加工环境，乙方使用授权运营平台。',
      '协议终止后，乙方不再与其他单位开展同类合作。',
    ]);
  });
});

describe('sub-authorization said as 再许可, 转许可 or handing the data rights to another company', () => {
  it('fires when allowed, with only a filing', () => {
    expectRaised('sub_authorization', [
      '乙方可以将数据产品开发再许可给其合作伙伴。',
      '乙方可转许可第三方在约定范围内使用授权数据。',
      '乙方可将数据加工工作连同数据调用权限交由其控股子公司实施，事后报甲方备案。',
      '乙方可以将本项目的数据使用权限委托给关联公司行使，报甲方备案即可。',
    ], { ruleset: 'chongqing' });
  });
  it('prohibitions, handing back to the grantor, and 部分授权 stay quiet', () => {
    expectQuiet('sub_authorization', [
      '乙方不得再许可或转许可任何第三方使用授权数据。',
      '乙方不得将数据使用权限交由其子公司或其他主体行使。',
      '甲方在平台内向乙方开放数据调用权限。',
      '甲方对部分授权数据设置脱敏规则。',
    ], { ruleset: 'chongqing' });
  });
  it('holds in a ruleset that overrides the red line for its own basis (秦皇岛)', () => {
    expect(raises('sub_authorization', '运营机构可以再许可其合作方使用相关数据开发产品。', { ruleset: 'qinhuangdao' })).toBe(true);
    expect(raises('sub_authorization', '运营机构不得再许可他人使用授权数据。', { ruleset: 'qinhuangdao' })).toBe(false);
  });
});

describe('public-governance users charged at market level', () => {
  it('fires when 党政机关, 事业单位 or public-welfare users pay a market or negotiated price', () => {
    expectRaised('pricing', [
      '乙方为政府部门提供分析服务的，收费标准参照市场水平由双方商定。',
      '面向事业单位的数据服务，价格参照同类产品市场价格确定。',
      '乙方向各级行政机关提供数据产品，按市场行情收取服务费。',
      '基层治理场景使用的产品，由乙方按照成本价收取服务费用。',
    ]);
  });
  it('free public use, guidance price for enterprises, and 企事业单位 under 政府指导价 stay quiet', () => {
    expectQuiet('pricing', [
      '党政机关、事业单位用于公共治理的，有条件无偿使用；面向企业的产品执行政府指导价。',
      '政府部门使用数据产品不收取任何费用。',
      '面向企事业单位提供的产业类产品执行政府指导价。',
      '向党政机关免费提供，向企业收费的执行政府指导价。',
    ]);
  });
});

describe('raw data copied out in bulk', () => {
  it('fires when the authorised data is synchronised, exported or mirrored to the operator\'s own systems', () => {
    expectRaised('raw_data_export', [
      '乙方可将授权数据每日同步至乙方本地数据库。',
      '运营机构可将公共数据批量导出到其自有服务器进行建模。',
      '为便于加工，明细数据可镜像至乙方自建机房。',
      '乙方可以将数据资源拷贝至本地服务器使用。',
    ]);
  });
  it('processing inside the platform, products leaving it, and prohibitions stay quiet', () => {
    expectQuiet('raw_data_export', [
      '甲方每日将授权数据同步至授权运营平台，乙方在平台内完成加工。',
      '乙方在平台内对授权数据进行清洗和建模，形成的数据产品经审核后可导出至乙方系统。',
      '乙方不得将授权数据同步、拷贝至自建数据中心。',
      '数据资源目录每月同步至乙方系统，供其了解数据更新情况。',
    ]);
  });
});
