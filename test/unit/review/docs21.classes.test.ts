import { describe, expect, it } from 'vitest';
import { reviewDocument } from '../../../shared/review/engine';
import { bundledRuleset, docFromText } from '../../helpers/reviewCorpus';
import { expectQuiet, expectRaised } from '../../helpers/redlineCase';

/**
 * Classes read from the twenty-first set (written blind in session 18, measured after its recall round: 4 false red
 * lines in 12 documents, a news report taken for a plan). Every text is written for this test; each class has a near
 * miss that must still be read the other way.
 */

describe('a release verb that describes a thing is no release', () => {
  it('"交付的产品不得……等方式还原" stays quiet; a list of records handed over still fires', () => {
    expectQuiet('raw_data_export', ['第九条 对外交付的模型不得通过反向推理等方式还原原始数据。'], { ruleset: 'chongqing' });
    expectRaised('raw_data_export', ['第九条 乙方可以向合作保险机构交付就诊、结算等原始明细数据。'], { ruleset: 'chongqing' });
  });
});

describe('a column’s label is not a charge', () => {
  const table = (cell: string) =>
    docFromText(['某市公共数据授权运营协议', '附件2 产品和服务清单', `| 类别 | 产品 | 服务对象 | 收费上限 |`, `| 公共治理类 | 道路养护态势分析报告 | 党政机关 | ${cell} |`].join('\n'), 'p.txt');
  const pricing = (cell: string) => reviewDocument(table(cell), bundledRuleset('hebei'), 'agreement').flags.some((f) => f.id === 'pricing');
  it('a public product under "收费上限" marked 无偿 stays quiet; one priced per year fires', () => {
    expect(pricing('无偿')).toBe(false);
    expect(pricing('3万元/年')).toBe(true);
  });
});

describe('a clause that opens on its own condition is a permission of its own', () => {
  it('consent to outsource after a ban on regranting stays quiet; consent to move the grant fires', () => {
    expectQuiet('sub_authorization', ['运营机构不得转授权，经市数据局同意可将系统运维等技术服务委托专业公司承担，但受托方不得接触授权数据。'], { ruleset: 'guizhou', kind: 'plan' });
    expectRaised('sub_authorization', ['运营机构不得转授权，经市数据局同意可将教育场景的运营权转让给其控股子公司。'], { ruleset: 'guizhou', kind: 'plan' });
  });
});

describe('a news report copied from its page', () => {
  const page = (body: string[]) =>
    docFromText(
      [
        '某市新闻网　首页 > 本地新闻',
        '我市首个供水领域数据授权运营场景通过论证',
        '2027-05-06 10:00　　来源：某市日报',
        ...body,
        '【责任编辑：李明】　【打印本页】',
        '版权所有：某市新闻网　ICP备00000000号',
      ].join('\n'),
      'page.txt',
    );
  const BODY = [
    '本报讯 5月5日，市数据局组织召开《某市供水公共数据授权运营实施方案》专家论证会，专家组一致同意方案通过论证。',
    '据介绍，该场景授权期限三年，原始数据不出域，公共治理类产品无偿提供，产业类产品执行政府指导价。',
    '记者了解到，方案修改完善后将提交市政府常务会议审议，审议通过后报省数据局备案。',
  ];
  it('is titled by its headline, read from its first paragraph, and warned as not a plan', () => {
    const doc = page(BODY);
    expect(doc.title).toBe('我市首个供水领域数据授权运营场景通过论证');
    const r = reviewDocument(doc, bundledRuleset('hebei'), 'plan');
    expect(r.warnings.some((w) => w.includes('看起来不像') && w.includes('新闻报道'))).toBe(true);
    expect(r.flags).toEqual([]);
  });
  it('a plan that names a journalist once is still a plan', () => {
    const r = reviewDocument(
      docFromText(['某市供水公共数据授权运营实施方案', '一、总体要求', '运营机构应当配合新闻宣传，接受记者采访须经实施机构同意。', '二、授权期限', '授权运营期限为三年。'].join('\n'), 'p.txt'),
      bundledRuleset('hebei'),
      'plan',
    );
    // (The short text is warned as thin; never as a news report.)
    expect(r.warnings.some((w) => w.includes('新闻报道'))).toBe(false);
  });
});

describe('a sentence of the body that names e-mail is the body’s', () => {
  it('is read, while a contact line above the title stays wrapper', () => {
    const doc = docFromText(
      ['联系电话：0311-00000000', '某市住房公积金公共数据授权运营实施方案', '一、数据提供方式', '贷款审批数据按日以Excel文件形式导出，经加密后通过电子邮件发送至运营机构指定邮箱。'].join('\n'),
      'p.txt',
    );
    expect(doc.title).toBe('某市住房公积金公共数据授权运营实施方案');
    expect(reviewDocument(doc, bundledRuleset('hebei'), 'plan').flags.map((f) => f.id)).toContain('raw_data_export');
  });
});
