import { describe, it } from 'vitest';
import { expectQuiet, expectRaised } from '../../../helpers/redlineCase';

/**
 * Classes read from the opened bank sub_authorization-s13 (session 20): who ends up holding or running the grant, however
 * the clause is built. Every text is written for this test; each class has near misses that must stay quiet.
 */

const plan = { kind: 'plan' as const };

describe('a move the agreement permits once approved', () => {
  it('a may to move the grant with the grantor’s approval as its step fires', () => {
    expectRaised('sub_authorization', [
      '经授权方书面批准，运营机构可以将部分场景的运营权转让给其控股子公司。',
      '经甲方批准，乙方可以将部分授权事项转授权给区县数据公司。',
      '乙方取得的授权运营资格，经市数据局审批，可以转让给符合条件的其他企业。',
      '乙方依法取得的授权运营权，经甲方批准，可以作价出资设立项目公司。',
      '乙方可以将本协议项下的部分授权运营权利，经甲方审批后转让给其关联企业。',
    ]);
  });
  it('the law’s procedure (a prohibition lifted by approval, an application that must go up) stays quiet', () => {
    expectQuiet('sub_authorization', [
      '乙方依本协议取得的授权，非经甲方批准，不得转移、转让。',
      '乙方确需转让授权的，应当向甲方提出书面申请，经甲方审核并报市人民政府批准后方可办理。',
      '经甲方批准后，乙方方可将平台运维工作委托给技术服务单位。',
      // 部分授权 is a part of the grant, not 分授权.
      '乙方应当对部分授权数据开展质量核验，并将核验结果报甲方。',
    ]);
  });
});

describe('the party signed with is the counterparty: 其 after it is that party', () => {
  it('the operator granting a right to run the data to those it signs with fires', () => {
    expectRaised(
      'sub_authorization',
      ['运营机构与各区县数据公司分别签订合作协议，授予其在辖区内开发利用授权数据的权利。', '运营机构同各县（市）数据公司分别签署分运营协议，授予其在本县范围内经营授权数据的权利。'],
      plan,
    );
  });
  it('the grantor granting the operator, a fee paid, a product licensed stay quiet', () => {
    expectQuiet(
      'sub_authorization',
      [
        '甲方与乙方签订授权运营协议，授予其在本市范围内运营交通数据的权利。',
        '运营机构与各区县数据公司分别签订技术服务合同，由运营机构向其支付服务费用。',
        '运营机构与数据开发利用单位签订产品服务协议，授予其使用数据产品的权利。',
      ],
      plan,
    );
  });
});

describe('a party chosen, then running the operation in the next clause', () => {
  it('the chosen party running scenarios on its own fires', () => {
    expectRaised(
      'sub_authorization',
      ['运营机构可以另行招募两家合作企业，各自独立负责文旅、商贸场景的数据运营。', '运营机构可以在各区县分别选定一家区域合作伙伴，自主承担本区县数据资源的运营。'],
      plan,
    );
  });
  it('upkeep by a chosen contractor, or the chooser acting toward it, stays quiet', () => {
    expectQuiet('sub_authorization', ['运营机构可以遴选两家技术服务商，负责平台运营维护和安全监测。', '运营机构可以遴选若干合作企业，向其提供经审核的数据产品。'], plan);
  });
});

describe('the operation put on another party by 由', () => {
  it('a company of the group named as such carrying out the operation fires', () => {
    expectRaised('sub_authorization', ['运营机构取得授权后，由其控股子公司某某科技有限公司具体负责交通数据的产品开发和市场运营。'], plan);
  });
  it('the operator named by its company name, or another only assisting, stays quiet', () => {
    expectQuiet(
      'sub_authorization',
      ['本场景由某某数据科技有限公司承担运营工作，市数据局负责监督考核。', '运营机构取得授权后，由其控股子公司协助运营机构承担交通数据的运营。'],
      plan,
    );
  });
});

describe('the grant named first as a topic, then shared or exercised', () => {
  it('the grant named by how it was obtained, then shared with or exercised by the group, fires', () => {
    expectRaised('sub_authorization', ['乙方在本协议项下获得的授权，可以与其关联公司共享。', '乙方依本协议获得的数据使用权，可由其控股子公司共同行使。']);
  });
  it('the grant kept from others, or a product shared, stays quiet', () => {
    expectQuiet('sub_authorization', [
      '乙方在本协议项下获得的授权，不得与任何第三方共享。',
      '乙方依本协议开发的数据产品，可以与其关联公司共享。',
      '乙方依本协议获得的数据使用权，仅限乙方自身行使。',
    ]);
  });
});

describe('a right named by its acts is put in as capital', () => {
  it('a processing and use right put into a company fires', () => {
    expectRaised('sub_authorization', ['乙方可以将授权数据资源的加工使用权以入股方式投入其与社会资本合资设立的公司。']);
  });
  it('the operator’s own money put in stays quiet', () => {
    expectQuiet('sub_authorization', ['乙方可以将自有资金以入股方式投入其与社会资本合资设立的公司。']);
  });
});

describe('another party entrusted to run the operation of the data or a scenario', () => {
  it('the operation of a sector’s or a scenario’s data entrusted fires', () => {
    expectRaised('sub_authorization', ['乙方可以委托合作企业承担医保领域数据的运营工作。', '乙方可以委托其全资子公司负责本场景数据资源的运营工作。']);
    expectRaised('sub_authorization', ['运营机构可以委托县级运营商负责教育场景数据的运营，县级运营商以自己的名义对外签约。'], plan);
  });
  it('an evaluation, upkeep, or a product’s promotion entrusted stays quiet', () => {
    expectQuiet('sub_authorization', [
      '乙方可以委托第三方机构开展年度运营评估。',
      '乙方可以委托技术服务商负责运营平台的日常维护。',
      '乙方可以委托技术服务商承担数据的运营维护工作。',
      '乙方可以委托开发利用机构开展数据产品的运营推广。',
    ]);
  });
});

describe('a form’s row naming the operator with those it authorizes', () => {
  const form = (who: string, value: string) => `（三）运营主体\n| 项目 | 内容 |\n| ${who} | ${value} |\n| 授权期限 | 三年 |`;
  it('the operator and the parties it designates as the grantee fires', () => {
    expectRaised('sub_authorization', [form('被授权方', '中选运营机构及其书面指定的区县数据服务中心')], plan);
  });
  it('the operator named alone, or a consortium that is the operator, stays quiet', () => {
    expectQuiet('sub_authorization', [form('运营主体', '某某数据集团有限公司（中选运营机构）'), form('运营主体', '由某某数据公司与某某科技公司组成的联合体')], plan);
  });
});
