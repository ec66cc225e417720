import { describe, expect, it } from 'vitest';
import { reviewDocument } from '../../../shared/review/engine';
import { bundledRuleset, docFromText } from '../../helpers/reviewCorpus';

/**
 * A product used for a public body's own work (supervision, law enforcement) is a 公共治理 product whatever the list
 * calls it; a list of such products and of products sold to companies has both categories. Planning is not such a word:
 * a company plans too ("物流路径规划报告，服务物流企业").
 */
const plan = (products: string[]) =>
  [
    '某市社会保障领域公共数据授权运营实施方案',
    '一、总体要求',
    '依法合规推进社保数据开发利用。',
    '二、产品和服务清单',
    ...products,
    '三、安全保障',
    '原始数据不出域。',
  ].join('\n');
const fired = (products: string[], rs = 'guizhou') => reviewDocument(docFromText(plan(products)), bundledRuleset(rs), 'plan').flags.map((f) => f.id);

describe('product categories read from what a product is used for', () => {
  it('products for supervision or enforcement beside products for companies: both categories', () => {
    for (const use of ['用于参保单位欠费风险监管', '用于劳动保障监察执法'])
      expect(fired([`1.社保基金运行分析，${use}；`, '2.企业用工稳定指数，面向商业银行和保险机构提供。']), use).not.toContain('product_categories');
  });
  it('products for companies alone still lack the public category', () => {
    expect(fired(['1.企业用工稳定指数，面向商业银行提供；', '2.区域薪酬水平报告，面向人力资源服务企业提供。'])).toContain('product_categories');
  });
});
