import { describe, expect, it } from 'vitest';
import { reviewDocument } from '../../../shared/review/engine';
import { txtItems } from '../../../main/docs/text';
import { bundledRuleset, docFromText } from '../../helpers/reviewCorpus';
import { passageReview } from '../../helpers/passageReview';

/**
 * Classes read in session 39 from the sixtieth blind set and the s39b/s39c banks, after they were measured sealed on
 * round 1's engine (e1aab591): a running head that shortens the title printed below it over two lines; an article's
 * credits; a draft's wording quoted as struck; the data archived, turned into a cold backup, kept for a contract, or
 * cleared under the operator's own rules; an extension by the operator's notice; an item of the operator's rights; others
 * barred from like products for a while; a developer the operator set up, referred back to; products under labels that
 * name their category; a list of what the operator is to provide; records kept with every field. Each case has a lawful
 * twin where one can be written. Text written for the test.
 */
const { flagsOf } = passageReview();

describe('the title on a copied page', () => {
  it('a running head that shortens the title printed below it over two lines is dropped atop the first page too', () => {
    const head = '滨江片区口岸物流公共数据授权运营实施方案';
    const body = '为落实公共数据资源开发利用的有关要求，推进片区口岸\n物流数据有序开发利用，结合片区实际，制定本方案。运营\n机构应当在授权范围内开展数据加工处理和产品开发工作\n';
    const text = [head, '', '某省自由贸易试验区滨江片区口岸物流', '公共数据授权运营实施方案', '某市数据管理局', body, head, '', body, head, '', body].join('\n');
    expect(txtItems(text).filter((x) => x.kind === 'text' && x.text === head)).toHaveLength(0);
  });
  it('an article’s credits are no title', () => {
    const r = reviewDocument(docFromText('某市婚姻登记公共数据授权运营场景上线\n原创 某市数据 2026年11月30日 19:42\n文字丨王某某 图片丨李某某 编辑丨陈某\n11月28日，某市婚姻登记公共数据授权运营场景上线。'), bundledRuleset('national'), 'plan');
    expect(r.documentTitle).toBe('某市婚姻登记公共数据授权运营场景上线');
  });
});

describe('a draft’s wording quoted as struck', () => {
  it('is no rule, the new wording is read', () => {
    expect(flagsOf('三、修改情况\n送审稿第9条曾写有“乙方可以向客户导出明细数据”，该句已删除，定稿第9条改为“明细数据一律不得导出平台”。', 'wenzhou')).not.toContain('raw_data_export');
  });
  it('lawful twin turned: an amendment that lets the export in', () => {
    expect(flagsOf('第九条 原协议第9条“明细数据一律不得导出平台”修改为“乙方可以向客户导出明细数据”。', 'wenzhou')).toContain('raw_data_export');
  });
});

describe('the data at exit, kept in other words', () => {
  it('put into the operator’s archive', () => {
    expect(flagsOf('第三十条 本协议终止的，乙方应当停止对外服务，并将授权数据转入乙方归档库保存。', 'wenzhou')).toContain('no_destruction');
  });
  it('turned into a cold backup for a year', () => {
    expect(flagsOf('（六）退出机制。运营协议终止后，运营机构所持授权数据及其副本转为冷备份存储，满一年后予以销毁。', 'chongqing', 'plan')).toContain('no_destruction');
  });
  it('a copy kept until a contract ends', () => {
    expect(flagsOf('第三十条 本协议终止后，乙方可以保留履行存量服务合同所必需的授权数据副本，保留期限至合同履行完毕之日止。')).toContain('no_destruction');
  });
  it('cleared under the operator’s own rules', () => {
    expect(flagsOf('（八）退出。运营机构退出的，由实施机构关闭其访问权限；平台内数据的清除由运营机构按照其内部数据管理制度自行组织。', 'guizhou', 'plan')).toContain('no_destruction');
  });
  it('lawful twin: destroyed, and the destruction recorded', () => {
    expect(flagsOf('第三十条 本协议终止后，乙方应当以不可逆方式销毁授权数据及其副本，并将销毁记录和网络日志留存六个月以上。')).not.toContain('no_destruction');
  });
});

describe('the term extended by the operator', () => {
  it('by its notice', () => {
    expect(flagsOf('第四条 授权运营期限为三年。\n第二十条 期限届满时，乙方可以书面通知甲方延长授权运营期限，延长期限不超过一年，延长期内本协议继续有效。', 'hebei')).toContain('term_over_3y');
  });
  it('lawful twin: a new agreement after a new selection', () => {
    expect(flagsOf('第四条 授权运营期限为三年。\n第二十条 期限届满后，甲方重新组织遴选，乙方可以参加并另行签订协议。', 'hebei')).not.toContain('term_over_3y');
  });
});

describe('the operator kept ahead of others', () => {
  it('an item of its rights gives it priority over new grants', () => {
    expect(flagsOf('（四）运营机构的权利\n1．依规取得合理收益；\n2．对后续新增的数据资源和应用场景，同等条件下享有优先授权的权利。', 'qinhuangdao', 'plan')).toContain('exclusivity');
  });
  it('lawful twin: a renewal earned by evaluation', () => {
    expect(flagsOf('（四）运营机构的权利\n1．依规取得合理收益；\n2．年度评估均为优秀的，期满重新遴选时同等条件下优先续约。', 'qinhuangdao', 'plan')).not.toContain('exclusivity');
  });
  it('others barred from like products for a while', () => {
    expect(flagsOf('首发产品上线后十八个月内，其他经营主体不得在运营平台上架功能相同或者相近的数据产品。', 'chongqing', 'plan')).toContain('exclusivity');
  });
  it('a developer the operator set up, referred back to', () => {
    expect(flagsOf('第十七条 乙方可以参股设立开发利用机构，由该开发利用机构对乙方交付的数据产品进行再开发。', 'guizhou')).toContain('exclusivity');
  });
  it('lawful twin: a developer chosen openly', () => {
    expect(flagsOf('第十七条 甲方公开征集开发利用机构，由该开发利用机构对乙方交付的数据产品进行再开发。', 'guizhou')).not.toContain('exclusivity');
  });
});

describe('the products list', () => {
  it('labels that name the category decide it, whatever the products’ names hold', () => {
    expect(flagsOf('第八条 乙方拟提供的公共数据产品和服务清单如下：\n（一）公共治理类：企业欠薪线索研判、企业安全隐患排查；\n（二）公益事业类：困难群众救助核查。', 'hebei')).toContain('product_categories');
  });
  it('lawful twin: both kinds labelled', () => {
    expect(flagsOf('第八条 乙方拟提供的公共数据产品和服务清单如下：\n（一）公共治理类：企业欠薪线索研判；\n（二）产业发展类：小微企业经营指数。', 'hebei')).not.toContain('product_categories');
  });
  it('what the operator is to provide, listed after a colon', () => {
    expect(flagsOf('4.1 乙方在授权期内应当提供下列数据产品和服务：（1）小微企业授信评分服务；（2）物流企业运力评估报告。', 'wenzhou')).toContain('product_categories');
  });
});

describe('records kept with every field', () => {
  it('downloadable, they leave the platform', () => {
    expect(flagsOf('6.4 乙方可以向数据使用方提供保留全部字段的抽样记录，抽样记录可以下载至数据使用方本地环境使用。', 'wenzhou')).toContain('raw_data_export');
  });
  it('lawful twin: aggregates only', () => {
    expect(flagsOf('6.4 乙方可以向数据使用方提供按区县汇总的统计指标，统计指标可以下载至数据使用方本地环境使用。', 'wenzhou')).not.toContain('raw_data_export');
  });
});
