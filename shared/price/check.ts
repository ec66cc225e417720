import { z } from 'zod';
import { applyPercent, formatPercent, formatYuan, parsePercent, parseYuan } from './decimal';

/**
 * The price check of 发改价格〔2025〕65号: 最高准许收入 = 经营成本 + 准许利润 + 税金; products for 公共治理 or 公益事业
 * are free, others carry a 上限收费标准 under the 政府指导价. Where the notice leaves a number to local rules (the
 * 准许利润率 and what it applies to), the user enters it with whose rule it is; the app never supplies one itself.
 */

export const PRICE_NOTICE = '《关于建立公共数据资源授权运营价格形成机制的通知》（发改价格〔2025〕65号）';

export const PRODUCT_USES = { public_governance: '公共治理', public_welfare: '公益事业', industry: '产业发展、行业发展' } as const;
export type ProductUse = keyof typeof PRODUCT_USES;

export const PROFIT_BASES = { operating_cost: '经营成本', other: '其他计算基数（按本地规则填写）' } as const;

const text = (max: number) => z.string().trim().max(max).default('');
const amount = z.string().trim().max(30).default('');

export const PriceProductSchema = z.object({
  name: z.string().trim().min(1, '请填写产品或服务名称').max(100),
  use: z.enum(['public_governance', 'public_welfare', 'industry']),
  /** 上限收费标准 in 元 per unit; '' or '0' when free. */
  capPrice: amount,
  unit: text(20),
  /** Expected number of units in the period, for the revenue it would bring. */
  volume: z.string().trim().max(15).default(''),
});
export type PriceProduct = z.output<typeof PriceProductSchema>;

export const PriceInputSchema = z.object({
  period: text(50),
  operatingCost: amount,
  costBasis: text(300),
  profitMode: z.enum(['rate', 'amount']).default('rate'),
  /** rate mode: 上一年度10年期国债平均收益率 (%) as the user reads it from the published figure. */
  baseYield: amount,
  baseYieldSource: text(200),
  /** rate mode: the spread in percentage points the plan fixes (e.g. 6 for Qinhuangdao). */
  spreadPoints: amount,
  profitBase: z.enum(['operating_cost', 'other']).default('operating_cost'),
  profitBaseLabel: text(50),
  profitBaseAmount: amount,
  /** amount mode: 准许利润 as fixed by the local rule. */
  profitAmount: amount,
  /** Whose rule fixes the 准许利润 (document and article): required, the notice leaves it to local rules. */
  profitRuleSource: text(300),
  taxes: amount,
  taxBasis: text(300),
  products: z.array(PriceProductSchema).max(200).default([]),
});
export type PriceInput = z.output<typeof PriceInputSchema>;

export interface PriceFlag {
  severity: 'red' | 'warning';
  text: string;
  basis: string;
}

export interface PriceProductResult {
  name: string;
  useLabel: string;
  capPrice: string;
  unit: string;
  volume: string;
  /** 上限收费标准 × 数量, "" when either is missing. */
  revenue: string;
}

export interface PriceResult {
  /** What is still to be entered before 最高准许收入 can be given. */
  missing: string[];
  /** Entered figures that cannot be read, with what to do. */
  errors: string[];
  operatingCost: string | null;
  profitRate: string | null;
  profitRateText: string;
  profitBase: string | null;
  profit: string | null;
  taxes: string | null;
  maxRevenue: string | null;
  projectedRevenue: string | null;
  products: PriceProductResult[];
  flags: PriceFlag[];
  /** The computation in words, with its basis, for the memos. */
  lines: string[];
}

const yuan = (v: bigint | null) => (v === null ? null : formatYuan(v));

/**
 * `localBasis`: the local article that makes 公共治理/公益事业 uses free, for the case's jurisdiction (e.g. Chongqing
 * art. 29); the national notice is always cited.
 */
export function checkPrice(input: PriceInput, localBasis: string[] = []): PriceResult {
  const missing: string[] = [];
  const errors: string[] = [];
  const read = (label: string, s: string, opts: { required?: boolean } = { required: true }): bigint | null => {
    if (!s) {
      if (opts.required) missing.push(label);
      return null;
    }
    const v = parseYuan(s);
    if (v === null) errors.push(`${label}“${s}”不是有效金额：请填写以元为单位的数字，最多两位小数，如 1234567.89。`);
    else if (v < 0n) errors.push(`${label}不能为负数。`);
    return v !== null && v >= 0n ? v : null;
  };
  const cost = read('经营成本', input.operatingCost);
  const taxes = read('税金', input.taxes);

  let profit: bigint | null = null;
  let rate: bigint | null = null;
  let base: bigint | null = null;
  let rateText = '';
  if (!input.profitRuleSource) missing.push('准许利润的规则出处（哪一文件、哪一条规定的准许利润率或准许利润）');
  if (input.profitMode === 'rate') {
    const y = input.baseYield ? parsePercent(input.baseYield) : null;
    const s = input.spreadPoints ? parsePercent(input.spreadPoints) : null;
    if (!input.baseYield) missing.push('上一年度10年期国债平均收益率');
    else if (y === null) errors.push(`国债平均收益率“${input.baseYield}”不是有效百分数，请填写如 1.68（表示 1.68%）。`);
    if (!input.spreadPoints) missing.push('准许利润率在国债收益率之上加的百分点（按本地规则）');
    else if (s === null) errors.push(`加点“${input.spreadPoints}”不是有效数字，请填写如 6（表示 6 个百分点）。`);
    if (input.baseYield && !input.baseYieldSource) missing.push('国债平均收益率的数据来源');
    if (input.profitBase === 'operating_cost') base = cost;
    else {
      if (!input.profitBaseLabel) missing.push('准许利润的计算基数名称（按本地规则）');
      base = read('准许利润的计算基数', input.profitBaseAmount);
    }
    if (y !== null && s !== null) {
      rate = y + s;
      rateText = `${formatPercent(y)}% + ${formatPercent(s)} 个百分点 = ${formatPercent(rate)}%`;
    }
    if (rate !== null && base !== null && input.profitRuleSource) profit = applyPercent(base, rate);
  } else {
    const p = read('准许利润', input.profitAmount);
    if (p !== null && input.profitRuleSource) profit = p;
  }
  const maxRevenue = cost !== null && profit !== null && taxes !== null && !errors.length ? cost + profit + taxes : null;

  const flags: PriceFlag[] = [];
  let projected: bigint | null = 0n;
  const products = input.products.map((p): PriceProductResult => {
    const cap = p.capPrice ? parseYuan(p.capPrice) : 0n;
    const vol = p.volume && /^\d{1,12}$/.test(p.volume) ? BigInt(p.volume) : null;
    if (cap === null || cap < 0n) errors.push(`“${p.name}”的上限收费标准“${p.capPrice}”不是有效金额，请填写以元为单位的数字，最多两位小数。`);
    if (p.volume && vol === null) errors.push(`“${p.name}”的预计数量“${p.volume}”应为非负整数。`);
    const free = p.use !== 'industry';
    if (free && cap !== null && cap > 0n) {
      flags.push({
        severity: 'red',
        text: `“${p.name}”用于${PRODUCT_USES[p.use]}，应无偿提供，但设定了上限收费标准 ${formatYuan(cap)} 元${p.unit ? `/${p.unit}` : ''}。`,
        basis: [PRICE_NOTICE, ...localBasis].join('；'),
      });
    }
    let revenue: bigint | null = null;
    if (cap !== null && cap >= 0n && vol !== null) revenue = cap * vol;
    if (!free && cap !== null && cap > 0n && vol === null) projected = null;
    if (projected !== null && revenue !== null && !free) projected += revenue;
    return { name: p.name, useLabel: PRODUCT_USES[p.use], capPrice: cap === null ? p.capPrice : formatYuan(cap ?? 0n), unit: p.unit, volume: p.volume, revenue: revenue === null ? '' : formatYuan(revenue) };
  });
  const charged = input.products.filter((p) => p.use === 'industry' && p.capPrice && parseYuan(p.capPrice) !== 0n);
  if (!charged.length) projected = null;
  if (maxRevenue !== null && projected !== null && projected > maxRevenue) {
    flags.push({
      severity: 'red',
      text: `按各产品上限收费标准和预计数量测算的收入 ${formatYuan(projected)} 元，超过最高准许收入 ${formatYuan(maxRevenue)} 元（超出 ${formatYuan(projected - maxRevenue)} 元）；超出部分应在下一核算周期扣减，上限收费标准应相应下调。`,
      basis: PRICE_NOTICE,
    });
  }
  if (maxRevenue !== null && charged.length && projected === null) {
    flags.push({ severity: 'warning', text: '有收费产品未填写预计数量，无法测算其收入是否超过最高准许收入。请补填预计数量。', basis: PRICE_NOTICE });
  }

  const lines: string[] = [];
  if (maxRevenue !== null) {
    const period = input.period ? `${input.period}` : '核算期';
    lines.push(`依据${PRICE_NOTICE}，最高准许收入 = 经营成本 + 准许利润 + 税金。`);
    lines.push(`${period}经营成本 ${formatYuan(cost!)} 元${input.costBasis ? `（${input.costBasis}）` : ''}。`);
    if (input.profitMode === 'rate') {
      const baseName = input.profitBase === 'operating_cost' ? '经营成本' : input.profitBaseLabel;
      lines.push(
        `准许利润率依据${input.profitRuleSource}，取上一年度10年期国债平均收益率加点：${rateText}（国债收益率来源：${input.baseYieldSource}）；准许利润 = ${baseName} ${formatYuan(base!)} 元 × ${formatPercent(rate!)}% = ${formatYuan(profit!)} 元（四舍五入到分）。`,
      );
    } else lines.push(`准许利润 ${formatYuan(profit!)} 元（依据${input.profitRuleSource}）。`);
    lines.push(`税金 ${formatYuan(taxes!)} 元${input.taxBasis ? `（${input.taxBasis}）` : ''}。`);
    lines.push(`最高准许收入 = ${formatYuan(cost!)} + ${formatYuan(profit!)} + ${formatYuan(taxes!)} = ${formatYuan(maxRevenue)} 元。`);
    if (projected !== null) lines.push(`按上限收费标准和预计数量测算的收费收入 ${formatYuan(projected)} 元，${projected > maxRevenue ? '超过' : '未超过'}最高准许收入。`);
  }
  return {
    missing, errors, operatingCost: yuan(cost), profitRate: rate === null ? null : formatPercent(rate), profitRateText: rateText, profitBase: yuan(base),
    profit: yuan(profit), taxes: yuan(taxes), maxRevenue: yuan(maxRevenue), projectedRevenue: yuan(projected), products, flags, lines,
  };
}
