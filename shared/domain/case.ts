import { z } from 'zod';
import { codesOf } from './codes';
import { CASE_TYPES, JURISDICTIONS } from './caseLabels';

export { CASE_TYPES, JURISDICTIONS };

export type CaseType = keyof typeof CASE_TYPES;
export const CaseTypeSchema = codesOf(CASE_TYPES);

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
