import { describe, expect, it } from 'vitest';
import { agreementWith, flagIds } from '../../../helpers/reviewCorpus';

/**
 * Classes read from the sixteenth set's wrong red lines (session 13), on text written for this test with near misses:
 * a prohibiting lead-in governs the items listed after it; a partner acting in the operator's name is who acts; "不可
 * 逆向还原" forbids; an act word naming a kind of records or a replicable model is no act; a product list kept in an
 * annex is judged there; a public body that reviews the products is not a user they serve.
 */
const agreement = (...lines: string[]) => (rs = 'national') => flagIds(agreementWith(lines.join('\n')), rs, 'agreement');

describe('a prohibiting lead-in governs each item listed after it', () => {
  it('stays quiet on items in the same paragraph, and on items one a paragraph', () => {
    for (const lines of [
      ['运营机构不得有下列行为：（一）将协议项下的运营权转让或者转授权其他企业；（二）将原始数据提供给第三方；（三）超出范围使用数据。'],
      ['运营机构在运营过程中禁止下列行为：', '（一）将协议项下的运营权转让或者转授权其他企业；', '（二）将原始数据导出至运营机构自有服务器；', '（三）从事垄断行为。'],
      ['乙方不得存在以下情形：', '1．将本协议项下的授权交由合作企业行使；', '2．向客户交付原始数据。'],
    ]) {
      const f = agreement(...lines)();
      expect(f, lines.join('')).not.toContain('sub_authorization');
      expect(f, lines.join('')).not.toContain('raw_data_export');
    }
  });
  it('still fires on a permission after the list ends, and on a list that lists exceptions', () => {
    expect(agreement('乙方不得有下列行为：', '（一）从事垄断行为；', '（二）超出范围使用数据。', '乙方可以将本协议项下的授权转让给其他企业，无需甲方同意。')()).toContain('sub_authorization');
    expect(agreement('乙方可以采取下列方式运营：（一）将本协议项下的运营权转授权其他企业；（二）自行开发产品。')()).toContain('sub_authorization');
  });
});

describe('a partner acting in the operator’s name', () => {
  it('fires when the partner takes over the operation business with only a filing', () => {
    expect(agreement('乙方可以在各区县发展运营合作伙伴，由合作伙伴以乙方名义承接相应区县的授权运营业务，并将名单报甲方备案。')('guizhou')).toContain('sub_authorization');
  });
  it('stays quiet when the operator itself acts, or the law’s approval is needed', () => {
    expect(agreement('由乙方以自己的名义承接各区县的授权运营业务，并将运营情况报甲方备案。')('guizhou')).not.toContain('sub_authorization');
  });
});

describe('what cannot be reversed, and acts named as kinds or models', () => {
  it('stays quiet', () => {
    for (const c of [
      '对外提供的产品和服务应当不可逆向还原原始数据。',
      '区市场监管局已通过市级共享获取本区专利数据，并积累了行政裁决、纠纷调解、质押登记等本地业务数据约20万条。',
      '到2029年形成可复制推广的公共数据授权运营模式。',
    ])
      expect(agreement(c)('hebei'), c).not.toContain('raw_data_export');
  });
  it('fires when the product can be reversed, or the records are exported', () => {
    for (const c of ['乙方对外提供的数据产品可逆向还原原始数据。', '乙方可以将行政裁决、质押登记等原始业务数据导出至乙方自有服务器。'])
      expect(agreement(c)('hebei'), c).toContain('raw_data_export');
  });
});

describe('the product list', () => {
  const withAnnex = (...rows: string[]) =>
    flagIds(
      [
        '某区公共数据授权运营协议',
        '第一条 授权范围。甲方授权乙方在本区运营，数据资源范围及目录见附件一。',
        '第二条 运营期限。本协议运营期限为三年。',
        '第三条 产品和服务清单',
        '乙方开发的数据产品和服务以附件二为准。',
        '第四条 定价',
        '经营类产品按照政府指导价收费。',
        '第五条 其他。本协议签订后5个工作日内报数据管理部门备案。',
        '附件一 数据资源目录',
        '1 交通流量数据',
        '附件二 数据产品和服务清单',
        ...rows,
      ].join('\n'),
      'national',
      'agreement',
    );
  it('is judged in the annex it points to', () => {
    expect(withAnnex('1 路口信号配时建议 公益类 交巡警支队 无偿', '2 事件推送服务 经营类 出行服务企业 收费')).not.toContain('product_categories');
    expect(withAnnex('1 事件推送服务 经营类 出行服务企业 收费', '2 停车诱导服务 经营类 停车运营企业 收费')).toContain('product_categories');
  });
  const plan = (...lines: string[]) =>
    flagIds(['某区知识产权公共数据授权运营实施方案', '一、数据产品和服务', ...lines, '二、其他', '方案自印发之日起实施。'].join('\n'), 'chongqing', 'plan');
  it('a public body reviewing the products is not one they serve', () => {
    expect(plan('（一）专利导航报告：面向重点产业链企业；', '（二）质押融资评估模型：面向银行。', '产品上线前须经区市场监管局业务规范性审核。')).toContain('product_categories');
    expect(plan('（一）专利导航报告：面向重点产业链企业；', '（二）侵权线索研判：面向区市场监管局提供监管线索。')).not.toContain('product_categories');
  });
});
