import { describe, expect, it } from 'vitest';
import { docFromText } from '../../helpers/reviewCorpus';
import { expectQuiet, expectRaised } from '../../helpers/redlineCase';

/**
 * Classes read from the twenty-fifth set (written blind in session 20 while its round ran, measured after it: 2 of 8 red
 * lines missed, 3 false in 12 documents). Every text is written for this test; each class has a near miss read the other
 * way.
 */

describe('a place defined by what is done in it is no data', () => {
  const DEFS = '第一条 定义。本协议中：（一）“授权数据”指甲方依据本协议提供给乙方加工使用、列入附件1的公共数据；（二）“作业空间”指乙方按照省级标准建设、与省公共数据平台对接的数据清洗加工安全环境。';
  it('data supplied into the defined zone stays quiet; raw records sent out of it fire', () => {
    expectQuiet('raw_data_export', [`${DEFS}\n第五条 甲方通过省公共数据平台向作业空间提供授权数据，每月更新一次。`], { ruleset: 'guizhou' });
    expectRaised('raw_data_export', [`${DEFS}\n第五条 乙方可以将授权数据中的原始记录拷贝出作业空间，交付合作银行。`], { ruleset: 'guizhou' });
  });
});

describe('a consent that lets an act happen is that act’s, not the prohibition’s after it', () => {
  it('the outsourcing’s consent does not lift "不得获取数据明细"; a consent written over the prohibition does', () => {
    expectQuiet('raw_data_export', ['（三）经市交通运输局同意，运营机构可以将数据标注等技术工作委托专业机构承担，受托机构只能在运营专区内作业，不得获取数据明细。'], { ruleset: 'guizhou', kind: 'plan' });
    expectRaised('raw_data_export', ['（三）未经市交通运输局同意，运营机构不得向受托机构提供数据明细。'], { ruleset: 'guizhou', kind: 'plan' });
  });
  it('a result sent with the person’s consent, the raw track never', () => {
    expectQuiet('raw_data_export', ['（二）信用评分产品仅在取得车主本人书面同意后，向其指定的银行输出评分结果，不输出原始轨迹。'], { ruleset: 'guizhou', kind: 'plan' });
  });
});

describe('a long list of fields fronted by 将 is what the clause hands over', () => {
  it('an enterprise’s field details in an offline package fire; its score alone stays quiet', () => {
    expectRaised('raw_data_export', ['第十一条 乙方可以将该企业的环保处罚记录及金额、排污许可状态、季度用水量、纳税信用等级等字段明细，经甲方审核后，以离线数据包形式交付给合作银行。'], { ruleset: 'wenzhou' });
    expectQuiet('raw_data_export', ['第十一条 乙方可以将该企业的综合信用评分，经甲方审核后，以接口方式提供给合作银行。'], { ruleset: 'wenzhou' });
  });
  it('details with the people in them, fronted at length, synchronised to another party’s system fire', () => {
    expectRaised('raw_data_export', ['（三）运营机构按日将辖区用人单位新增岗位明细和求职登记明细数据（含求职者姓名、手机号码、求职意向）同步至合作机构业务系统。'], { ruleset: 'wenzhou', kind: 'plan' });
  });
});

describe('a headline reporting on a document gives way to the document it prints', () => {
  it('"X协议签订情况公示" over a summary table, then X’s own title: the title is X', () => {
    const doc = docFromText(['某县人民政府', '首页 > 政务公开 > 公共数据授权运营', '某县殡葬服务公共数据授权运营协议签订情况公示', '发布时间：2027-03-02 09:00　来源：县数据局',
      '现将某县殡葬服务公共数据授权运营协议签订情况及协议文本予以公示，公示期为2027年3月2日至3月16日。', '联系电话：0000-1234567', '一、协议基本情况', '授权方\t某县数据局', '二、协议文本',
      '某县殡葬服务公共数据授权运营协议', '（公示文本）', '第一条 为规范殡葬服务公共数据授权运营，甲乙双方订立本协议。', '第二条 授权期限为三年。'].join('\n'), 'g.txt');
    expect(doc.title).toBe('某县殡葬服务公共数据授权运营协议');
  });
});
