import { z } from 'zod';
import { CaseTypeSchema, JurisdictionSchema, type CaseType, type Jurisdiction } from '../domain/case';

/**
 * 时限 rules as data (templates/deadlines/*.yaml, versioned): what each rule counts from, how, and on what basis.
 * The citations in the bundled file are checked against the regulation texts by test/unit/deadlines/citations.test.ts.
 */

/** What a deadline counts from. Codes are stored in case files: never rename one. */
export const START_KINDS = {
  plan_approval: '实施方案审议通过日期',
  agreement_signing: '授权运营协议签订日期',
  decision_meeting: '集体决策会议日期',
  publicity_start: '遴选结果公示开始日期',
  term_end: '授权运营期限届满日期',
  certificate_issue: '登记凭证发证日期',
  disclosure_year: '披露所属年度（该年内任一日期）',
} as const;
export type StartKind = keyof typeof START_KINDS;
export const StartKindSchema = z.enum(Object.keys(START_KINDS) as [StartKind, ...StartKind[]]);

/**
 * How the date is computed from the start:
 * - workdays_after n: "…后 n 个工作日内" → the n-th working day after the start.
 * - workdays_before n: "至少 n 个工作日前" → the n-th working day before the start (the latest day to act).
 * - days_before n: "至少 n 日前" (calendar days) → start − n days.
 * - workday_span n: "不少于 n 个工作日" from the start (counted when a working day) → the earliest day it may end.
 * - window_before_end months|days: "届满前 3 个月内" → the window opens end − period and closes on the end.
 * - validity_window years, days: a certificate valid `years` from issue; renewal in the `days` before it lapses.
 * - next_year_by month, day: "每年 3 月底前" → that day of the year after the start.
 */
export const ComputeSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('workdays_after'), n: z.number().int().min(1).max(365) }),
  z.object({ op: z.literal('workdays_before'), n: z.number().int().min(1).max(365) }),
  z.object({ op: z.literal('days_before'), n: z.number().int().min(1).max(365) }),
  z.object({ op: z.literal('workday_span'), n: z.number().int().min(1).max(365) }),
  z.object({ op: z.literal('window_before_end'), months: z.number().int().min(0).max(24).default(0), days: z.number().int().min(0).max(365).default(0) }),
  z.object({ op: z.literal('validity_window'), years: z.number().int().min(1).max(10), days: z.number().int().min(1).max(365) }),
  z.object({ op: z.literal('next_year_by'), month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(31) }),
]);
export type Compute = z.output<typeof ComputeSchema>;

export const DeadlineBasisSchema = z.object({
  /** The document's name as a reader knows it. */
  document: z.string().min(1),
  article: z.string().min(1),
  /** The words of the rule, quoted exactly as the regulation text has them. */
  quote: z.string().min(1),
  /** The bundled regulation text the quote is checked against (file name under shared/regulations), when there is one. */
  file: z.string().optional(),
});

export const DeadlineRuleSchema = z.object({
  id: z.string().regex(/^[a-z0-9.\-_]+$/),
  title: z.string().min(1),
  caseTypes: z.array(CaseTypeSchema).min(1),
  jurisdictions: z.array(JurisdictionSchema).min(1),
  start: StartKindSchema,
  compute: ComputeSchema,
  /** What a due date means in words, e.g. "最迟备案日". */
  dueLabel: z.string().min(1),
  basis: DeadlineBasisSchema,
  /** Shown under the rule: how the app reads it. */
  note: z.string().default(''),
  /** Days before the due date at which it becomes 即将到期. */
  dueSoonDays: z.number().int().min(0).max(90).default(5),
  /**
   * For the compliance check of a document's own time limits: the words around a number of days that make it this
   * rule's limit (regex source), e.g. "备案". Rules without it are not checked in documents.
   */
  documentContext: z.string().optional(),
});
export type DeadlineRule = z.output<typeof DeadlineRuleSchema>;

export const DeadlineRulesFileSchema = z.object({
  id: z.literal('deadlines'),
  version: z.string().regex(/^\d+(\.\d+)*$/),
  rules: z.array(DeadlineRuleSchema).min(1),
});
export type DeadlineRulesFile = z.output<typeof DeadlineRulesFileSchema>;

export function rulesFor(rules: readonly DeadlineRule[], caseType: CaseType, jurisdiction: Jurisdiction): DeadlineRule[] {
  return rules.filter((r) => r.caseTypes.includes(caseType) && r.jurisdictions.includes(jurisdiction));
}

/** "河北省公共数据授权运营管理办法（试行）第十三条" */
export const basisLabel = (r: DeadlineRule) => `《${r.basis.document}》${r.basis.article}`;
