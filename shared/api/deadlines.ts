import { z } from 'zod';
import { CaseRef, method } from './contract';
import { FileRefSchema, OutputRefSchema } from './files';
import { StartKindSchema } from '../deadlines/rules';
import { PriceInputSchema } from '../price/check';

const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期应写成 2025-10-09');

export const CoverageSchema = z.object({
  years: z.array(z.object({ year: z.number().int(), source: z.string() })),
  lastYear: z.number().int().nullable(),
});

export const DeadlineRowSchema = z.object({
  ruleId: z.string(),
  title: z.string(),
  basis: z.string(),
  quote: z.string(),
  note: z.string(),
  startKind: StartKindSchema,
  startLabel: z.string(),
  start: z.string().nullable(),
  startOrigin: z.enum(['user', 'case']).nullable(),
  startSource: z.string(),
  dueLabel: z.string(),
  due: z.string().nullable(),
  dueWeekday: z.string(),
  windowOpens: z.string().nullable(),
  explanation: z.string(),
  state: z.string(),
  stateLabel: z.string(),
  daysLeft: z.number().int().nullable(),
  done: z.string().nullable(),
  doneNote: z.string(),
  warnings: z.array(z.string()),
});

const DeadlinesView = z.object({
  today: z.string(),
  rulesVersion: z.string(),
  coverage: CoverageSchema,
  rows: z.array(DeadlineRowSchema),
  /** Start dates the app knows from the case (meeting dates…), offered to the user. */
  known: z.array(z.object({ kind: StartKindSchema, date: z.string(), source: z.string() })),
});

const PriceResultSchema = z.object({
  missing: z.array(z.string()),
  errors: z.array(z.string()),
  operatingCost: z.string().nullable(),
  profitRate: z.string().nullable(),
  profitRateText: z.string(),
  profitBase: z.string().nullable(),
  profit: z.string().nullable(),
  taxes: z.string().nullable(),
  maxRevenue: z.string().nullable(),
  projectedRevenue: z.string().nullable(),
  products: z.array(z.object({ name: z.string(), useLabel: z.string(), capPrice: z.string(), unit: z.string(), volume: z.string(), revenue: z.string() })),
  flags: z.array(z.object({ severity: z.enum(['red', 'warning']), text: z.string(), basis: z.string() })),
  lines: z.array(z.string()),
});

const LocalProfitRuleSchema = z.object({ id: z.string(), jurisdictions: z.array(z.string()), label: z.string(), spreadPoints: z.string(), source: z.string() });

export const deadlinesMethods = {
  'deadlines.coverage': method(() => ({
    summary: '节假日数据覆盖的年份',
    request: z.object({}),
    response: CoverageSchema,
    errors: [],
  })),
  'deadlines.importHolidays': method(() => ({
    summary: '导入一年的国务院节假日安排（校验后保存）',
    request: z.object({ file: FileRefSchema }),
    response: z.object({ year: z.number().int(), source: z.string(), holidays: z.number().int(), workdays: z.number().int(), coverage: CoverageSchema }),
    errors: ['HOLIDAY_FILE_INVALID', 'HOLIDAY_FILE_TOO_LARGE', 'FILE_UPLOAD_MISSING', 'FILE_TOO_LARGE'],
  })),
  'deadlines.list': method(() => ({
    summary: '本案卷的时限：适用规则、起算日、到期日和状态',
    request: CaseRef.extend({ today: IsoDateSchema.optional() }),
    response: DeadlinesView,
    errors: ['CASE_NOT_OPEN', 'DEADLINE_RULES_INVALID'],
  })),
  'deadlines.setStart': method(() => ({
    summary: '填写或清除起算日期',
    request: CaseRef.extend({ kind: StartKindSchema, date: IsoDateSchema.nullable() }),
    response: z.object({}),
    errors: ['CASE_NOT_OPEN', 'CASE_READ_ONLY', 'DEADLINE_DATE_INVALID'],
  })),
  'deadlines.setDone': method(() => ({
    summary: '登记某项时限已完成的日期，或撤销登记',
    request: CaseRef.extend({ ruleId: z.string().min(1), date: IsoDateSchema.nullable(), note: z.string().max(300).default('') }),
    response: z.object({}),
    errors: ['CASE_NOT_OPEN', 'CASE_READ_ONLY', 'DEADLINE_DATE_INVALID', 'DEADLINE_UNKNOWN_RULE'],
  })),
  'deadlines.print': method(() => ({
    summary: '打印本案卷的时限表（PDF）',
    request: CaseRef.extend({ today: IsoDateSchema.optional() }),
    response: OutputRefSchema,
    errors: ['CASE_NOT_OPEN', 'DEADLINE_RULES_INVALID', 'MEMO_FONT_MISSING', 'MEMO_GLYPH_MISSING'],
  })),
  'deadlines.printMeeting': method(() => ({
    summary: '打印一次会议各议题的时限表（PDF）',
    request: CaseRef.extend({ meetingId: z.string().min(1), today: IsoDateSchema.optional() }),
    response: OutputRefSchema,
    errors: ['CASE_NOT_OPEN', 'NOT_FOUND', 'DEADLINE_RULES_INVALID', 'MEMO_FONT_MISSING', 'MEMO_GLYPH_MISSING'],
  })),
  'price.get': method(() => ({
    summary: '收费测算：已填数据、最高准许收入和提示',
    request: CaseRef,
    response: z.object({ applicable: z.boolean(), input: PriceInputSchema, result: PriceResultSchema, localRules: z.array(LocalProfitRuleSchema) }),
    errors: ['CASE_NOT_OPEN'],
  })),
  'price.save': method(() => ({
    summary: '保存收费测算数据',
    request: CaseRef.extend({ input: PriceInputSchema }),
    response: z.object({ input: PriceInputSchema, result: PriceResultSchema }),
    errors: ['CASE_NOT_OPEN', 'CASE_READ_ONLY', 'PRICE_NOT_APPLICABLE', 'PRICE_INPUT_INVALID'],
  })),
};
