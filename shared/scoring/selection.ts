import { z } from 'zod';
import { codesOf } from '../domain/codes';
import { SchemeSchema } from './scheme';
import { SelectionOptionsSchema } from './evaluation';

/** 财库〔2016〕198号 art. 16: the relations a member declares for each applicant before seeing any bid. */
export const RECUSAL_RELATIONS = {
  none: '无利害关系',
  employed: '三年内曾在该单位任职',
  director: '三年内曾担任该单位董事、监事',
  controller: '三年内是该单位控股股东或实际控制人',
  relative: '与该单位法定代表人或负责人有夫妻、直系血亲、三代以内旁系血亲或近姻亲关系',
  other: '其他可能影响公正评审的利害关系',
} as const;
export type RecusalRelation = keyof typeof RECUSAL_RELATIONS;

export const DeclarationSchema = z.object({
  applicantId: z.string().min(1),
  relation: codesOf(RECUSAL_RELATIONS),
  note: z.string().trim().max(1000).default(''),
}).refine((d) => d.relation !== 'other' || d.note.length > 0, { message: '选择“其他利害关系”时须说明具体情况', path: ['note'] });
export type Declaration = z.output<typeof DeclarationSchema>;

export const REVIEW_STAGES = { qualification: '资格审查', conformity: '符合性审查' } as const;
export type ReviewStage = keyof typeof REVIEW_STAGES;

/**
 * Checklist items (DOMAIN §5): 资格审查 from the selection conditions (Wenzhou draft 五, Qinhuangdao draft 三(二)1),
 * 符合性审查 from the required application materials (Wenzhou). Each verdict is pass, or fail with a reason.
 */
export const REVIEW_ITEMS: Record<ReviewStage, { id: string; text: string; source: string }[]> = {
  qualification: [
    { id: 'q1', text: '具有独立法人资格，公信力强、经营状况良好', source: '温州方案五（一）；秦皇岛方案三（二）1' },
    { id: 'q2', text: '近三年无重大违法记录，未被列入经营异常名录或严重失信主体名单', source: '温州方案五（一）；秦皇岛方案三（二）1' },
    { id: 'q3', text: '具备成熟的数据管理和安全技术、系统建设运维经验，近三年未发生重大网络或数据安全事件', source: '温州方案五（二）；秦皇岛方案三（二）1' },
    { id: 'q4', text: '明确数据安全负责人和管理部门，建立内部管理制度', source: '温州方案五（三）' },
    { id: 'q5', text: '具备数据生态运营和服务能力', source: '温州方案五（四）；秦皇岛方案三（二）1' },
  ],
  conformity: [
    { id: 'c1', text: '申请表', source: '温州方案 申请材料' },
    { id: 'c2', text: '授权运营方案', source: '温州方案 申请材料' },
    { id: 'c3', text: '最近一年第三方审计报告和财务会计报告', source: '温州方案 申请材料' },
    { id: 'c4', text: '数据安全承诺书', source: '温州方案 申请材料' },
    { id: 'c5', text: '安全风险自评报告', source: '温州方案 申请材料' },
  ],
};

/**
 * The checks of one applicant not yet recorded, in words ('资格审查 5 项（全部）、符合性审查“申请表”'), or null when every
 * item of both stages has a verdict. A bid is in the scoring only when every item is recorded as passed (DOMAIN §5: the
 * two reviews gate scoring), so an unrecorded item is never read as a pass.
 */
export function reviewGaps(checks: readonly { stage: ReviewStage; item: string }[]): string | null {
  const parts = (Object.keys(REVIEW_STAGES) as ReviewStage[]).flatMap((stage) => {
    const open = REVIEW_ITEMS[stage].filter((i) => !checks.some((c) => c.stage === stage && c.item === i.id));
    if (!open.length) return [];
    return [open.length === REVIEW_ITEMS[stage].length ? `${REVIEW_STAGES[stage]} ${open.length} 项（全部）` : `${REVIEW_STAGES[stage]}${open.map((i) => `“${i.text}”`).join('、')}`];
  });
  return parts.length ? parts.join('、') : null;
}

export const CheckVerdictSchema = z.object({
  applicantId: z.string().min(1),
  stage: z.enum(['qualification', 'conformity']),
  item: z.string().min(1),
  passed: z.boolean(),
  reason: z.string().trim().max(1000).default(''),
}).refine((v) => v.passed || v.reason.length > 0, { message: '不通过时必须写明理由', path: ['reason'] });

export const ApplicantInputSchema = z.object({
  applicantId: z.string().optional(),
  name: z.string().trim().min(1).max(200),
  price: z.number().positive().nullable().default(null),
});

export const ApplicantSchema = z.object({
  applicantId: z.string(),
  name: z.string(),
  price: z.number().nullable(),
  priceExplanation: z.string(),
  priceInvalid: z.boolean(),
  checks: z.array(z.object({ stage: z.enum(['qualification', 'conformity']), item: z.string(), passed: z.boolean(), reason: z.string() })),
  /** First failed check's reason, when the applicant is out of scoring. */
  excludedReason: z.string().nullable(),
  /** Not excluded, but checks still without a verdict (reviewGaps): the result cannot be final until they are recorded. */
  reviewPending: z.string().nullable(),
});
export type Applicant = z.output<typeof ApplicantSchema>;

export const SelectionStateSchema = z.object({
  scheme: SchemeSchema,
  schemeProblems: z.array(z.string()),
  options: SelectionOptionsSchema,
  applicants: z.array(ApplicantSchema),
  members: z.array(z.object({
    memberId: z.string(),
    name: z.string(),
    label: z.string(),
    declared: z.boolean(),
    recused: z.boolean(),
    recusal: z.object({ applicantName: z.string(), relation: z.string(), note: z.string() }).nullable(),
    submittedAt: z.string().nullable(),
    /** A 替补专家: the name of the recused member they replace. */
    substituteFor: z.string().nullable(),
  })),
  committeeWarnings: z.array(z.string()),
  /** True once any sheet is submitted: the scheme and the applicants' list can no longer change. */
  locked: z.boolean(),
});
export type SelectionState = z.output<typeof SelectionStateSchema>;

/**
 * scores[applicantId][criterionId] for one member. Never negative; the upper bound is the criterion's maximum, which the
 * service checks against the case's scheme and refuses with a message — a score is never changed silently.
 */
export const MemberScoresSchema = z.record(z.string(), z.record(z.string(), z.number().finite().min(0, '评分不能为负数').nullable()));

/** notes[applicantId][criterionId]: what a member writes beside a score; an empty note removes it. */
export const MemberNotesSchema = z.record(z.string(), z.record(z.string(), z.string().max(1000, '每项评分说明不超过 1000 字')));
