import { describe, expect, it } from 'vitest';
import { checkPrice, PriceInputSchema, type PriceInput } from '../../../shared/price/check';
import { applyPercent, formatYuan, parsePercent, parseYuan } from '../../../shared/price/decimal';
import { priceSources } from '../../../shared/price/memo';

const qhd = (over: Partial<PriceInput> = {}): PriceInput =>
  PriceInputSchema.parse({
    period: '2026年度',
    operatingCost: '12345678.90',
    costBasis: '经审计的年度成本核算报告',
    profitMode: 'rate',
    baseYield: '1.68',
    baseYieldSource: '2025年10年期国债平均收益率（用户按公布数据填写）',
    spreadPoints: '6',
    profitBase: 'operating_cost',
    profitRuleSource: '《秦皇岛市公共数据授权运营实施方案（征求意见稿）》',
    taxes: '56789.01',
    taxBasis: '按增值税及附加测算',
    products: [
      { name: '企业信用画像', use: 'industry', capPrice: '1200', unit: '次', volume: '10000' },
      { name: '物流轨迹核验', use: 'industry', capPrice: '0.35', unit: '条', volume: '3000000' },
    ],
    ...over,
  });

describe('exact money', () => {
  it('reads 元 into 分 and rounds half up', () => {
    expect(parseYuan('12,345,678.90')).toBe(1234567890n);
    expect(parseYuan('0.1')).toBe(10n);
    expect(parseYuan('1.234')).toBeNull();
    expect(parseYuan('abc')).toBeNull();
    expect(parsePercent('7.68')).toBe(7_680_000n);
    expect(applyPercent(50n, parsePercent('1')!)).toBe(1n); // 0.5 分 → 1 分
    expect(applyPercent(49n, parsePercent('1')!)).toBe(0n);
    expect(formatYuan(parseYuan('0.1')! + parseYuan('0.2')!)).toBe('0.30');
  });
});

describe('最高准许收入 = 经营成本 + 准许利润 + 税金 (发改价格〔2025〕65号), hand-computed', () => {
  it('applies Qinhuangdao’s rule: previous-year 10-year treasury yield + 6 points', () => {
    const r = checkPrice(qhd());
    // 1.68% + 6 = 7.68%; 12,345,678.90 × 7.68% = 948,148.139520 → 948,148.14
    expect(r.profitRate).toBe('7.68');
    expect(r.profit).toBe('948,148.14');
    // 12,345,678.90 + 948,148.14 + 56,789.01
    expect(r.maxRevenue).toBe('13,350,616.05');
    // 1,200 × 10,000 + 0.35 × 3,000,000 = 12,000,000 + 1,050,000
    expect(r.projectedRevenue).toBe('13,050,000.00');
    expect(r.flags).toEqual([]);
    expect(r.lines.join('\n')).toContain('秦皇岛市公共数据授权运营实施方案');
    expect(r.lines.join('\n')).toContain('最高准许收入 = 12,345,678.90 + 948,148.14 + 56,789.01 = 13,350,616.05 元');
  });

  it('flags charges above the ceiling, and any charge on a 公共治理 or 公益事业 product', () => {
    const r = checkPrice(
      qhd({
        products: [
          { name: '企业信用画像', use: 'industry', capPrice: '1200', unit: '次', volume: '10000' },
          { name: '物流轨迹核验', use: 'industry', capPrice: '0.35', unit: '条', volume: '4000000' },
          { name: '城市运行监测', use: 'public_governance', capPrice: '5', unit: '次', volume: '100' },
          { name: '助残出行服务', use: 'public_welfare', capPrice: '', unit: '', volume: '' },
        ],
      }),
    );
    // 12,000,000 + 1,400,000 = 13,400,000 > 13,350,616.05 by 49,383.95; the public-governance product is not revenue
    expect(r.projectedRevenue).toBe('13,400,000.00');
    const texts = r.flags.map((f) => f.text).join('\n');
    expect(texts).toContain('超过最高准许收入 13,350,616.05 元（超出 49,383.95 元）');
    expect(texts).toContain('“城市运行监测”用于公共治理，应无偿提供，但设定了上限收费标准 5.00 元/次');
    expect(texts).not.toContain('助残出行服务');
    expect(r.flags.every((f) => f.basis.includes('发改价格〔2025〕65号'))).toBe(true);
  });

  it('asks for what local rules leave open and never supplies a number itself', () => {
    const r = checkPrice(qhd({ spreadPoints: '', profitRuleSource: '' }));
    expect(r.maxRevenue).toBeNull();
    expect(r.profit).toBeNull();
    expect(r.missing.join()).toMatch(/规则出处/);
    expect(r.missing.join()).toMatch(/百分点/);
    const other = checkPrice(qhd({ profitBase: 'other', profitBaseLabel: '', profitBaseAmount: '' }));
    expect(other.missing.join()).toMatch(/计算基数/);
  });

  it('takes a fixed 准许利润 from a local rule, and refuses figures it cannot read', () => {
    const r = checkPrice(qhd({ profitMode: 'amount', profitAmount: '100000.5', profitRuleSource: '某市实施方案第九条' }));
    expect(r.maxRevenue).toBe('12,502,468.41'); // 12,345,678.90 + 100,000.50 + 56,789.01
    const bad = checkPrice(qhd({ operatingCost: '12万' }));
    expect(bad.errors[0]).toMatch(/经营成本“12万”不是有效金额/);
    expect(bad.maxRevenue).toBeNull();
  });

  it('prints the figures, the product table and the flags in the memo section', () => {
    const s = priceSources(checkPrice(qhd({ products: [{ name: '城市运行监测', use: 'public_governance', capPrice: '5', unit: '次', volume: '' }] })))['price.check'];
    expect(s?.paragraphs?.join('\n')).toMatch(/【红线】“城市运行监测”用于公共治理.*（依据：《关于建立公共数据资源授权运营价格形成机制的通知》/);
    expect(s?.tables?.[0].rows[0]).toEqual(['城市运行监测', '公共治理', '5.00', '次', '', '']);
    expect(priceSources(checkPrice(PriceInputSchema.parse({})))['price.check']).toBeUndefined();
  });
});
