import type { Finding } from './engine';
import type { CriterionKind } from './scheme';

/** The art. 64 grounds a recorded correction can give (87号令第六十四条). */
export const CORRECTABLE = ['arithmetic', 'out_of_range', 'objective_mismatch', 'deviation'] as const;
export type CorrectableKind = (typeof CORRECTABLE)[number];

/**
 * The grounds that fit a correction of one member's score on one criterion for one applicant. 汇总计算错误 always (a
 * slip in adding up or copying a score is what it covers); the other three only where the results show that case: a
 * score outside the criterion's range, members disagreeing on an objective criterion, or this member's total for the
 * applicant flagged 畸高/畸低. Otherwise a plain slip could go on record as 评分畸高畸低.
 */
export function correctionKinds(findings: readonly Finding[], sel: { memberId?: string; applicantId?: string; criterionId?: string; criterionKind?: CriterionKind }): CorrectableKind[] {
  const shown = (kind: CorrectableKind) => findings.some((f) => f.kind === kind && f.applicantId === sel.applicantId
    && (f.memberId === undefined || f.memberId === sel.memberId) && (f.criterionId === undefined || f.criterionId === sel.criterionId));
  return CORRECTABLE.filter((k) => k === 'arithmetic' || (k === 'objective_mismatch' ? sel.criterionKind === 'objective' && shown(k) : shown(k)));
}
