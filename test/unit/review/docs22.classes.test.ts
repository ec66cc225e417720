import { describe, expect, it } from 'vitest';
import { docFromText } from '../../helpers/reviewCorpus';
import { expectQuiet, expectRaised } from '../../helpers/redlineCase';

/**
 * Classes read from the twenty-second set (written blind in session 19, measured blind: 3 of 8 red lines missed, one
 * false, a 公示 page titled by its notice). Every text is written for this test; each class has a near miss.
 */

describe('a notice that publishes a document, printed in full after its 附件 line', () => {
  const page = (docTitle: string[]) =>
    docFromText(
      [
        '某市数据局',
        '首页 > 政务公开 > 公示公告',
        '关于《某市河道管理公共数据授权运营协议》（待签稿）的公示',
        '发布日期：2027-08-02　　来源：数据资源处',
        '经公开遴选，某市水务数据服务有限公司拟确定为我市河道管理领域公共数据运营机构，现将协议待签稿予以公示，接受社会监督。',
        '公示时间为2027年8月3日至8月9日，共5个工作日，公示期间对协议内容有异议的，请以书面形式向市数据局反映。',
        '反映情况须署真实姓名或单位名称并提供联系方式，匿名及超出公示期限的来信不予受理。',
        '联系电话：0000-12345678',
        '附件：某市河道管理公共数据授权运营协议（待签稿）',
        '某市数据局',
        '2027年8月2日',
        '附件',
        ...docTitle,
        '甲方：某市数据局',
        '乙方：某市水务数据服务有限公司',
        '第一条 甲方授权乙方在授权运营平台内对河道管理公共数据进行加工处理，开发数据产品和服务。',
        '第二条 授权期限三年，自本协议生效之日起计算。',
      ].join('\n'),
      'page.txt',
    );
  it('is titled by the document and read from its title on, the notice above it left as wrapper', () => {
    const doc = page(['某市河道管理公共数据授权运营协议', '（待签稿）']);
    expect(doc.title).toBe('某市河道管理公共数据授权运营协议');
    const start = doc.blocks.findIndex((b) => 'text' in b && b.text === '某市河道管理公共数据授权运营协议');
    expect(doc.bodyStart).toBe(start);
  });
  it('keeps the notice as the title when the document is not printed after it', () => {
    const doc = page([]);
    expect(doc.title).toContain('的公示');
  });
});

describe('an amendment clause lists the price among what may change', () => {
  it('"收费标准……双方协商一致并签订书面补充协议" stays quiet; the price agreed between the parties alone fires', () => {
    expectQuiet('pricing', ['第二十条 授权数据范围、服务对象、收费标准等需要调整的，由双方协商一致并签订相应补充协议。'], { ruleset: 'national' });
    expectRaised('pricing', ['第二十条 产业类产品的收费标准由乙方与使用单位协商确定。'], { ruleset: 'national' });
  });
});

describe('records named with their fields, or with who they are about, are raw data', () => {
  it('details handed off the platform fire; counts without identities stay quiet', () => {
    expectRaised('raw_data_export', ['第十一条 乙方可以每月通过专线向合作银行推送商户充值消费明细（含订单号、会员卡号、交易金额）。'], { ruleset: 'guizhou', kind: 'plan' });
    expectRaised('raw_data_export', ['经甲方同意，甲方按月将求助工单数据（含求助人姓名、手机号、家庭地址）以加密光盘提供给乙方，由乙方在其自有机房完成模型训练。'], { ruleset: 'chongqing' });
    expectQuiet('raw_data_export', ['第十一条 乙方可以每月向合作银行推送商户充值消费统计数据（不含会员姓名、卡号等个人信息）。'], { ruleset: 'guizhou', kind: 'plan' });
  });
});

describe('the operation itself handed to another party', () => {
  it('"……产品的运营交由该子公司实施" fires; a platform’s running or its maintenance handed over stays quiet', () => {
    expectRaised('sub_authorization', ['第九条 乙方可以将附件3所列行业服务类产品的运营交由其控股子公司负责，收入由该子公司单独核算。'], { ruleset: 'qinhuangdao' });
    expectQuiet('sub_authorization', ['第九条 经甲方同意，乙方可以将运营平台的运营维护交由具备资质的技术服务商承担，服务商不得接触授权数据。'], { ruleset: 'qinhuangdao' });
    expectQuiet('sub_authorization', ['第九条 乙方不得将授权数据产品的运营交由其他单位实施。'], { ruleset: 'qinhuangdao' });
  });
});
