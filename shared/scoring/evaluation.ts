import { z } from 'zod';
import { SchemeSchema } from './scheme';
import { ProcedureSchema } from '../domain/committee';

/** 算术平均（默认）or 去掉一个最高分和一个最低分后平均（per criterion, only with at least 5 scores): a per-case option. */
export const AGGREGATIONS = { mean: '算术平均法（各评审成员总分的算术平均）', trimmed: '去掉一个最高分和一个最低分后算术平均（逐项，评分不少于 5 个时适用）' } as const;
export type Aggregation = keyof typeof AGGREGATIONS;

export const SelectionOptionsSchema = z.object({
  aggregation: z.enum(['mean', 'trimmed']).default('mean'),
  /** A price this many percent below the mean of the other valid prices is abnormally low (87号令 art. 60). */
  abnormalLowPercent: z.number().min(1).max(90).default(20),
  /** A member's total this many percent away from the mean of the others' totals is flagged 畸高/畸低 (art. 64). */
  deviationPercent: z.number().min(1).max(100).default(20),
  /** How many top-ranked applicants are recommended as candidates. */
  recommendCount: z.number().int().min(1).max(20).default(1),
  /** The procedure (公开招标 …): it sets the lawful committee size. Options saved before it was asked mean 公开招标. */
  procedure: ProcedureSchema.default('open_tender'),
  /**
   * The unit the prices are entered in, one per case (the bids of one procedure are quoted in one unit): every price is
   * kept as typed and shown and printed with this unit, never converted. Cases saved before it was asked: 万元, the
   * unit the price field has always said.
   */
  priceUnit: z.enum(['万元', '元']).default('万元'),
});
export type SelectionOptions = z.output<typeof SelectionOptionsSchema>;
export type PriceUnit = SelectionOptions['priceUnit'];
export const PRICE_UNITS: readonly PriceUnit[] = ['万元', '元'];

/** Digits grouped by thousands (GB/T 15835 千分撇), at most two decimals, as money is written in a memo. */
const GROUPED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2, useGrouping: true });
/** A price with its unit, as screens and print show it (128万元, 1,150,000.5元); '—' when there is none. */
export const priceText = (v: number | null | undefined, unit: PriceUnit) => (v == null ? '—' : `${GROUPED.format(v)}${unit}`);

export const EvalMemberSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  /** A member who declared a conflict (198号 art. 16) is out of the scoring; the reason goes to the report. */
  recused: z.boolean().default(false),
});

export const EvalApplicantSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  /** 报价 (service fee), where the scheme has a price part. */
  price: z.number().positive().nullable().default(null),
  /** Failed 资格审查 / 符合性审查: the reason; the applicant is not scored. */
  excludedReason: z.string().nullable().default(null),
  /** The applicant's written explanation of an abnormally low price (art. 60). */
  priceExplanation: z.string().default(''),
  /** The committee found the abnormally low price unexplained: the bid is invalid. */
  priceInvalid: z.boolean().default(false),
});

/** scores[memberId][applicantId][criterionId] = points. */
const ScoresSchema = z.record(z.string(), z.record(z.string(), z.record(z.string(), z.number().nullable())));

/**
 * One whole evaluation, as data: what `score --from FILE.json` reads and what a case yields. Documented in docs/scoring.md.
 */
export const EvaluationSchema = z.object({
  scheme: SchemeSchema,
  options: SelectionOptionsSchema.default(SelectionOptionsSchema.parse({})),
  members: z.array(EvalMemberSchema),
  applicants: z.array(EvalApplicantSchema).min(1),
  scores: ScoresSchema.default({}),
  /** Totals members wrote on their sheets, checked against the sum of their items (art. 64 汇总计算错误). */
  statedTotals: z.record(z.string(), z.record(z.string(), z.number())).default({}),
});
export type Evaluation = z.output<typeof EvaluationSchema>;
export type EvaluationInput = z.input<typeof EvaluationSchema>;
