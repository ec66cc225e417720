import { z } from 'zod';

/** 技术 / 商务 / 价格: how criteria are grouped in a 综合评分法 scheme (87号令 art. 55). */
export const CRITERION_GROUPS = { tech: '技术', business: '商务', price: '价格' } as const;
export type CriterionGroup = keyof typeof CRITERION_GROUPS;

/** subjective: each member's own judgement; objective: a fact members must agree on (87号令 art. 64); price: computed. */
export const CRITERION_KINDS = { subjective: '主观分', objective: '客观分', price: '价格分（计算）' } as const;
export type CriterionKind = keyof typeof CRITERION_KINDS;

export const CriterionSchema = z.object({
  id: z.string().trim().min(1).max(40).regex(/^[A-Za-z0-9_.-]+$/, '评分项编号只能含字母、数字、点、下划线和连字符'),
  name: z.string().trim().min(1).max(100),
  group: z.enum(['tech', 'business', 'price']),
  kind: z.enum(['subjective', 'objective', 'price']),
  max: z.number().positive().max(100),
  guidance: z.string().max(2000).default(''),
});
export type Criterion = z.output<typeof CriterionSchema>;

export const SchemeSchema = z.object({
  name: z.string().trim().min(1).max(100),
  criteria: z.array(CriterionSchema).min(1).max(200),
});
export type Scheme = z.output<typeof SchemeSchema>;
export type SchemeInput = z.input<typeof SchemeSchema>;

const EPS = 1e-9;

/** What is wrong with a scheme, in words the secretary can act on. Empty when it can be used for scoring. */
export function schemeProblems(s: Scheme): string[] {
  const p: string[] = [];
  const total = s.criteria.reduce((a, c) => a + c.max, 0);
  if (Math.abs(total - 100) > EPS) p.push(`评分项满分合计为 ${round2(total)} 分，应为 100 分。`);
  const ids = new Set<string>();
  for (const c of s.criteria) {
    if (ids.has(c.id)) p.push(`评分项编号“${c.id}”重复。`);
    ids.add(c.id);
    if ((c.kind === 'price') !== (c.group === 'price')) p.push(`评分项“${c.name}”：价格分只能属于“价格”组，“价格”组只能是价格分。`);
  }
  const prices = s.criteria.filter((c) => c.kind === 'price');
  if (prices.length > 1) p.push('价格分只能设一项（低价优先法）。');
  return p;
}

export const priceCriterion = (s: Scheme) => s.criteria.find((c) => c.kind === 'price');

/** Points as a column prints them: always two decimals, so 16.00 stands beside 16.67 (DOMAIN §5 compares at 0.01). */
export const pointsText = (x: number) => round2(x).toFixed(2);

/** Rounded to 0.01, half away from zero, the way score sheets print. */
export function round2(x: number) {
  return Math.sign(x) * Math.round(Math.abs(x) * 100 + 1e-7) / 100;
}
