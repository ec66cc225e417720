import { describe, it } from 'vitest';
import { expectQuiet, expectRaised } from '../../../helpers/redlineCase';

/**
 * Exclusivity classes of the twelfth bank (session 18): a party or its users shut out by other words than 独家 or 排他.
 * Every text is written for this test; each class has near misses that must stay quiet.
 */

describe('exclusivity: a buyer bound not to buy through the operator’s rivals', () => {
  it('a promise not to buy through, or by way of, another platform fires', () => {
    expectRaised('exclusivity', [
      '需求方通过乙方平台订购信用数据产品的，应当书面承诺在服务期内不经由其他数据交易机构购买同类产品。',
      '经营主体借助乙方渠道接入本场景数据的，承诺不通过其他运营平台获取同类数据服务。',
    ]);
  });
  it('the operator reached through, a security channel, or a free choice stays quiet', () => {
    expectQuiet('exclusivity', [
      '需求方通过乙方平台订购数据产品的，应当按照平台规则签订服务合同并支付服务费。',
      '开发利用主体不得通过未经认证的第三方接口调用本场景数据。',
      '需求方可以自主选择通过乙方平台或其他合法数据交易场所采购数据产品。',
    ]);
  });
});

describe('exclusivity: only-through read on the party its condition names', () => {
  it('users named by the condition, bound to the operator alone, fire', () => {
    expectRaised('exclusivity', ['运营机构负责交通数据产品的统一供给，市内保险公司开展车险定价需调用交通公共数据的，应当仅通过运营机构提供的接口办理。']);
    expectRaised('exclusivity', ['授权运营机构承担税务数据产品研发，辖区商业银行需要使用税务数据开展授信的，只能经由授权运营机构办理。'], { ruleset: 'guizhou', kind: 'plan' });
  });
  it('the operator binding itself, or users offered a channel, stays quiet', () => {
    expectQuiet('exclusivity', [
      '运营机构面向金融机构提供服务的，应当仅通过运营机构自建的安全平台进行。',
      '保险公司需调用交通公共数据的，可以通过运营机构提供的接口办理，也可以依法申请数据共享。',
    ]);
  });
});

describe('exclusivity: a grant or a selection withheld from others with no one named', () => {
  it('no further operator chosen, or the operation right not granted to others, fires', () => {
    expectRaised('exclusivity', ['本场景实施期内，不另行选定其他运营主体参与交通数据运营。'], { ruleset: 'wenzhou', kind: 'plan' });
    expectRaised('exclusivity', ['本协议项下文旅数据经营权不再向其他企业授予。', '授权期内，本场景运营资格不向其他主体开放授权。']);
  });
  it('the operator barred from passing its right on, a choice after exit, or an exclusive right refused stays quiet', () => {
    expectQuiet('exclusivity', [
      '运营机构退出的，由实施机构依程序另行遴选其他运营机构。',
      '本场景不授予任何单位排他性运营权，可以根据需要分别选择运营机构。',
      '甲方不向任何企业授予独家经营权。',
    ]);
    expectQuiet('exclusivity', ['运营资格不得向其他主体转授权。'], { ruleset: 'chongqing' });
  });
});

describe('exclusivity: a new grant barred until the operator declines', () => {
  it('no new selection before the operator gives up fires', () => {
    expectRaised('exclusivity', [
      '在运营机构明确放弃承接新增场景之前，甲方不另行确定其他运营单位。',
      '乙方拒绝续签前，授权方不得启动新一轮运营机构遴选。',
    ]);
  });
  it('a choice once it has declined, or a bar unrelated to its choice, stays quiet', () => {
    expectQuiet('exclusivity', [
      '乙方放弃续签的，甲方可以依法启动新一轮运营机构遴选。',
      '在乙方完成数据移交之前，甲方不得启动新一轮运营机构遴选。',
      '在乙方放弃续签前，甲方不得单方解除本协议。',
    ]);
  });
});

describe('exclusivity: one body’s output the only one accepted', () => {
  it('the operator alone issues it and others’ output is refused fires', () => {
    expectRaised('exclusivity', [
      '全市公共数据产品质量评估报告统一由乙方出具，第三方机构出具的评估报告不予采信。',
      '涉农贷款风险画像由运营机构统一发布，其他机构发布的画像不作为金融机构放贷依据。',
    ]);
  });
  it('others’ output reviewed or weighed, or the grantor’s own decision kept, stays quiet', () => {
    expectQuiet('exclusivity', [
      '质量评估报告由乙方统一出具，第三方机构出具的报告经甲方复核后可以作为参考。',
      '安全评估报告由乙方统一提交，第三方出具的报告不得替代甲方的验收意见。',
    ]);
  });
});

describe('exclusivity: others barred from competing with the operator', () => {
  it('others’ products kept from competing with the operator’s fires', () => {
    expectRaised('exclusivity', [
      '甲方后续引入的其他服务商，其开发的数据产品不得与乙方同类产品形成竞争。',
      '第三方基于本场景数据提供的服务不应与运营机构构成直接竞争。',
    ]);
  });
  it('unfair competition forbidden, fair competition asked for, or staff bound stays quiet', () => {
    expectQuiet('exclusivity', [
      '其他服务商不得与乙方开展不正当竞争，不得诋毁乙方商誉。',
      '甲方引入的其他合作方应当与运营机构公平竞争。',
      '乙方工作人员不得从事与乙方构成竞争的经营活动。',
    ]);
  });
});
