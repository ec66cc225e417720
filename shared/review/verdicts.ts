import { z } from 'zod';

/** An expert's verdict on one checklist item, and the committee's. Codes are stored in case files: never rename one. */
export const VERDICTS = { conforms: '符合', mostly: '基本符合', fails: '不符合', na: '不适用' } as const;
export type Verdict = keyof typeof VERDICTS;
export const VerdictSchema = z.enum(['conforms', 'mostly', 'fails', 'na']);

/** The committee's conclusion on the plan or agreement. */
export const CONCLUSIONS = { pass: '通过', pass_with_changes: '修改后通过', fail: '不通过' } as const;
export type Conclusion = keyof typeof CONCLUSIONS;
export const ConclusionSchema = z.enum(['pass', 'pass_with_changes', 'fail']);
