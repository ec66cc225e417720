import { z } from 'zod';
import { codesOf } from './codes';

/** 评审事项 (DOMAIN §1). Codes are stored in case files: never rename one. */
export const CASE_TYPES = {
  plan_review: '实施方案评审',
  agreement_review: '授权运营协议审查',
  operator_selection: '运营机构遴选评审',
  annual_evaluation: '年度运营评估',
} as const;
export type CaseType = keyof typeof CASE_TYPES;
export const CaseTypeSchema = codesOf(CASE_TYPES);

/** Jurisdictions whose rulesets the app knows; 秦皇岛市 falls under 河北省 rules (DOMAIN §2). */
export const JURISDICTIONS = {
  national: '国家通用',
  hebei: '河北省',
  qinhuangdao: '秦皇岛市',
  chongqing: '重庆市',
  guizhou: '贵州省',
  wenzhou: '温州市',
} as const;
export type Jurisdiction = keyof typeof JURISDICTIONS;
export const JurisdictionSchema = codesOf(JURISDICTIONS);

/** Accepts the code or its Chinese label, as users type either on the command line. */
export function parseCaseType(input: string): CaseType | undefined {
  return (Object.entries(CASE_TYPES).find(([code, label]) => code === input || label === input)?.[0] as CaseType) ?? undefined;
}
export function parseJurisdiction(input: string): Jurisdiction | undefined {
  return (Object.entries(JURISDICTIONS).find(([code, label]) => code === input || label === input)?.[0] as Jurisdiction) ?? undefined;
}

const trimmed = (max: number) => z.string().trim().min(1).max(max);

export const CaseInfoSchema = z.object({
  title: trimmed(200),
  caseType: CaseTypeSchema,
  jurisdiction: JurisdictionSchema,
  /** 实施机构: the authority whose plan, agreement or selection is under review. */
  implementingAgency: z.string().trim().max(200).default(''),
  description: z.string().max(5000).default(''),
});
export type CaseInfo = z.output<typeof CaseInfoSchema>;

export const CaseSummarySchema = CaseInfoSchema.extend({
  caseId: z.string(),
  path: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  schemaVersion: z.number().int(),
  appVersion: z.string(),
  /** false when the hash chain of the audit log does not verify: the file was altered outside the app. */
  auditIntact: z.boolean(),
});
export type CaseSummary = z.output<typeof CaseSummarySchema>;

export const RecentCaseSchema = z.object({
  path: z.string(),
  fileName: z.string(),
  caseType: CaseTypeSchema.optional(),
  lastOpenedAt: z.string(),
  exists: z.boolean(),
});
export type RecentCase = z.output<typeof RecentCaseSchema>;
