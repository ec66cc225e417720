import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../../shared/document/build';
import { markdownItems } from '../../../../main/docs/text';
import { reviewDocument } from '../../../../shared/review/engine';
import { bundledRuleset } from '../../../helpers/reviewCorpus';
import { expectQuiet, expectRaised } from '../../../helpers/redlineCase';

/**
 * Readings of sub-authorization and raw-data export built from the seventeenth set and the ninth bank's odd failures
 * (session 14), on text written for this test, each with near misses that must stay quiet.
 */
const check = (redline: string, fire: string[], quiet: string[], ruleset = 'wenzhou') => {
  expectRaised(redline, fire, { ruleset });
  expectQuiet(redline, quiet, { ruleset });
};
const mdFlags = (text: string) => reviewDocument(buildDocument(markdownItems(text), { format: 'md', fileName: 'a.md' }), bundledRuleset('wenzhou'), 'agreement').flags.map((f) => f.id);
const doc = (body: string) => `某场景公共数据授权运营协议\n第一条 授权范围。甲方授权乙方在本场景内运营。\n第二条 运营期限。本协议运营期限为三年。\n${body}\n第九条 备案。本协议签订后5个工作日内报数据管理部门备案。`;

describe('items under a sanction lead-in are grounds of the sanction, prohibited conduct, in every reader', () => {
  it('a transfer, a release or a copy listed as a ground of termination or liability fires nothing', () => {
    for (const [redline, body] of [
      ['sub_authorization', '第七条 协议解除\n乙方有下列情形之一的，甲方有权解除本协议：\n（一）将授权转让或者变相转让给关联公司的；\n（二）发生重大数据安全事件的。'],
      ['sub_authorization', '第七条 违约责任\n运营机构存在以下行为的，应当承担违约责任并赔偿损失：\n1. 未经甲方同意，将运营权委托其子公司行使的；\n2. 逾期交付产品的。'],
      ['raw_data_export', '第七条 收回授权\n出现下列情形之一，甲方可以收回授权：\n（一）向客户提供原始数据的；\n（二）将授权数据下载至乙方自有服务器的。'],
      ['sub_authorization', '第七条 违约处理\n乙方有下列行为之一的，甲方有权责令整改，情节严重的终止本协议：\n（一）擅自向合作方颁发运营子许可的；\n（二）拒不接受审计的。'],
    ] as const) expect(mdFlags(doc(body)), body).not.toContain(redline);
  });
  it('items under a lead-in that permits or obliges still fire', () => {
    for (const [redline, body] of [
      ['sub_authorization', '第七条 转授权\n有下列情形之一的，乙方可以将授权转让给其控股子公司：\n（一）乙方重组的；\n（二）项目公司设立的。'],
      ['sub_authorization', '第七条 运营安排\n乙方可以采取下列方式开展运营：\n（一）将运营权委托其全资子公司行使；\n（二）自行运营。'],
      ['raw_data_export', '第七条 数据交付\n乙方可以采取下列方式交付数据：\n（一）向客户提供企业登记原始数据；\n（二）提供统计报告。'],
    ] as const) expect(mdFlags(doc(body)), body).toContain(redline);
  });
});

describe('raw data: a table read cell by cell, and a word not cut from the word it belongs to', () => {
  const md = (table: string) => doc(`第五条 数据范围\n\n${table}\n`);
  it('a table whose cells only run together into raw-data words fires nothing', () => {
    for (const t of [
      '| 序号 | 数据资源 | 数据提供单位 | 更新频率 |\n| --- | --- | --- | --- |\n| 1 | 管网数据 | 区水务公司 | 每月 |',
      '| 名称 | 类别 | 数据资源 | 数据共享方式 |\n| --- | --- | --- | --- |\n| 取水口 | 水源 | 取水量 | 平台内调用 |',
      '| 数据类别 | 来源 | 数据开放属性 |\n| --- | --- | --- |\n| 税务 | 税源 | 有条件开放 |',
    ]) expect(mdFlags(md(t)), t).not.toContain('raw_data_export');
  });
  it('words that hold 源数据 only as the tail of another noun are not raw data', () =>
    expectQuiet('raw_data_export', ['乙方可以向用户提供水源数据的统计分析报告。', '乙方可以向客户提供客源数据分析产品。', '乙方可以向企业提供能源数据监测服务。']));
  it('raw data in a table cell or in a clause still fires', () => {
    expect(mdFlags(md('| 产品 | 交付方式 |\n| --- | --- |\n| 企业档案 | 原始数据文件离线交付客户 |'))).toContain('raw_data_export');
    expectRaised('raw_data_export', ['乙方可以向用户提供源数据。', '乙方可以导出源数据。']);
  });
});

describe('raw data: what leaves, read on what the clause names and where it goes', () => {
  it('fires on a release the clause lets happen', () =>
    check(
      'raw_data_export',
      [
        '第十五条 乙方可以向用户销售基础数据包。\n第二十条 本协议所称“基础数据包”，是指按主题汇集的公共数据原始记录集合。',
        '乙方可以在其自有机房部署授权数据副本，用于模型训练。',
        '经甲方同意，运营机构可在合作方数据中心存放公共数据副本。',
        '乙方向金融机构提供的核验结果可以按单一自然人粒度输出。',
        '统计产品可以以每户为粒度对外提供。',
        '用户可以将企业自有数据与公共数据融合，融合数据可以导出。',
      ],
      [
        '融合结果经安全审核确认不含原始数据后方可导出。',
        '运营机构可以将公共数据导入专区与行业数据关联，关联分析报告经审核后可以对外提供。',
        '导出的分析报告应当不包含明细数据，并经甲方审核。',
        '乙方承诺不在平台以外的任何服务器中存储原始数据。',
        '运营机构不在自有机房或者合作方数据中心保存授权数据副本。',
        '用户确需原始数据的，应当通过数源单位依法申请共享获取，乙方不得提供。',
        '需要明细数据的单位，可以经由数据提供单位按公共数据开放渠道申请开放。',
        '统计结果不得按单个企业粒度输出。',
        '第十五条 乙方可以向用户销售统计报告。',
      ],
    ));
});

describe('sub-authorization: another party running the operation, and a denial that the grant moves', () => {
  it('fires when another party runs a domain or the operation itself, and not on support work or a denial', () =>
    check(
      'sub_authorization',
      [
        '乙方可与生态合作伙伴签订合作协议，由合作伙伴独立承担医疗领域公共数据运营，并取得运营收益。',
        '交通场景由乙方的控股子公司自行负责授权运营，乙方收取管理费。',
        '乙方可以与合作方联合经营，由合作方单独开展文旅数据运营业务。',
      ],
      [
        '乙方可以由合作伙伴负责平台运营维护，运维费用由乙方承担。',
        '由合作方协助乙方开展文旅数据运营。',
        '乙方将部分非核心工作外包的，应当经甲方同意；外包不涉及授权运营权的转移，乙方仍为责任主体。',
        '乙方委托技术服务商开展数据清洗，该委托不构成运营权的转让。',
        '合作方不得独立承担授权运营。',
      ],
    ));
});

describe('the ninth bank\'s even failures read as classes: records counted, another body\'s platform, data not public', () => {
  it('raw data: fires on an export counted in records or a copy to another body\'s platform, not on the operator\'s own data', () =>
    check(
      'raw_data_export',
      ['乙方可以为客户提供数据下载服务，每次下载不超过五千条。', '运营机构可以将原始数据推送至合作地区数据平台进行比对。'],
      ['乙方可以将其自有的非公共数据导出平台。', '乙方可以导出依照第五条形成的统计报告。', '运营机构可以将统计结果推送至合作地区数据平台。'],
    ));
  it('sub-authorization: the agreement\'s rights written with 之, and a party defined as running the grant in its own name', () =>
    check(
      'sub_authorization',
      [
        '本协议项下之全部权利，乙方可以让渡给其关联公司。',
        '第一条 本协议所称“区域服务商”，是指经乙方授权、以自己的名义开展本协议项下各县公共数据运营活动的企业。\n第十二条 乙方可以自行遴选区域服务商。',
      ],
      ['本协议项下之权利，乙方不得转让予他人。', '第一条 本协议所称“技术服务商”，是指为乙方提供平台运维服务的企业。\n第十二条 乙方可以自行遴选技术服务商。'],
    ));
});
