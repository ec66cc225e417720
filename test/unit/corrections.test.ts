import { describe, expect, it } from 'vitest';
import { evaluate } from '../../shared/scoring/engine';
import { correctionKinds } from '../../shared/scoring/corrections';
import type { EvaluationInput } from '../../shared/scoring/evaluation';
import { EvaluationSchema } from '../../shared/scoring/evaluation';

// Four members, one applicant; 王三 scores 甲 far below the others (畸低), and the objective 信用 item differs.
const crit = [
  { id: 'plan', name: '方案', group: 'tech', kind: 'subjective', max: 60, guidance: '' },
  { id: 'credit', name: '信用', group: 'business', kind: 'objective', max: 40, guidance: '' },
] as const;
const input: EvaluationInput = {
  scheme: { name: 't', criteria: crit.map((c) => ({ ...c })) },
  members: [{ id: 'a', name: '张一' }, { id: 'b', name: '李二' }, { id: 'c', name: '王三' }, { id: 'd', name: '赵四' }],
  applicants: [{ id: 'x', name: '甲' }],
  scores: { a: { x: { plan: 50, credit: 40 } }, b: { x: { plan: 52, credit: 40 } }, c: { x: { plan: 20, credit: 30 } }, d: { x: { plan: 51, credit: 40 } } },
};
const findings = evaluate(EvaluationSchema.parse(input)).findings;

describe('correctionKinds: the art. 64 grounds offered fit the score corrected', () => {
  it('offers 评分畸高畸低 only for the member the results flag, and 客观评审因素评分不一致 only on the objective item that differs', () => {
    expect(findings.map((f) => f.kind).sort()).toEqual(['deviation', 'objective_mismatch']);
    expect(correctionKinds(findings, { memberId: 'c', applicantId: 'x', criterionId: 'plan', criterionKind: 'subjective' })).toEqual(['arithmetic', 'deviation']);
    expect(correctionKinds(findings, { memberId: 'c', applicantId: 'x', criterionId: 'credit', criterionKind: 'objective' })).toEqual(['arithmetic', 'objective_mismatch', 'deviation']);
    // a plain slip by 张一, whose total is in line: only 汇总计算错误
    expect(correctionKinds(findings, { memberId: 'a', applicantId: 'x', criterionId: 'plan', criterionKind: 'subjective' })).toEqual(['arithmetic']);
    expect(correctionKinds(findings, {})).toEqual(['arithmetic']);
  });

  it('offers 分项评分超出评分标准规定的分值范围 only for the score that is out of range', () => {
    const out = evaluate(EvaluationSchema.parse({ ...input, scores: { ...input.scores, a: { x: { plan: 65, credit: 40 } } } })).findings;
    expect(correctionKinds(out, { memberId: 'a', applicantId: 'x', criterionId: 'plan', criterionKind: 'subjective' })).toContain('out_of_range');
    expect(correctionKinds(out, { memberId: 'b', applicantId: 'x', criterionId: 'plan', criterionKind: 'subjective' })).not.toContain('out_of_range');
  });
});
