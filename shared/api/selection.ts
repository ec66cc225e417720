import { z } from 'zod';
import { CaseRef, RequestId, method } from './contract';
import { SessionField, TranscriptionField } from './kits';
import { FileRefSchema, OutputRefSchema } from './files';
import { SchemeSchema } from '../scoring/scheme';
import { SelectionOptionsSchema } from '../scoring/evaluation';
import { ApplicantInputSchema, ApplicantSchema, CheckVerdictSchema, DeclarationSchema, MemberNotesSchema, MemberScoresSchema, SelectionStateSchema } from '../scoring/selection';
import type { Results } from '../scoring/engine';
import type { SelectionReportContent } from '../scoring/report';

const TranscribedEntrySchema = z.object({ operator: z.string(), reason: z.string(), paperRef: z.string(), at: z.string() });

const MemberRef = CaseRef.extend({ memberId: z.string().min(1) });

export const MemberViewSchema = z.object({
  memberId: z.string(),
  name: z.string(),
  /** Declared for every applicant: only then are bids shown and scoring open. */
  declared: z.boolean(),
  recused: z.boolean(),
  submittedAt: z.string().nullable(),
  /** Before declaring: names only. After: the applicants still in scoring, with price and bid documents. */
  applicants: z.array(z.object({
    applicantId: z.string(),
    name: z.string(),
    price: z.number().nullable().optional(),
    documents: z.array(z.object({ documentId: z.string(), title: z.string() })).optional(),
    /**
     * Its 资格审查/符合性审查 items without a recorded conclusion (null: all recorded). Scoring stays open — paper sheets
     * are typed in any order — but the member is told the score counts only if the bid passes.
     */
    reviewPending: z.string().nullable().optional(),
  })),
  declarations: z.array(z.object({ applicantId: z.string(), relation: z.string(), note: z.string() })),
  scores: MemberScoresSchema,
  notes: MemberNotesSchema,
  /** Other members' submitted sheets: only once this member's own sheet is submitted, else null. */
  others: z.array(z.object({ memberId: z.string(), name: z.string(), scores: MemberScoresSchema })).nullable(),
  /** No signing key registered: what the secretary enters for this member is a 代录 (reason and paper asked for). */
  keyless: z.boolean().optional(),
  /** The newest 代录 of this member's 回避声明 and score sheet: who entered it, why, and where the paper is. */
  transcribed: z.object({ recusal: TranscribedEntrySchema.nullable(), scores: TranscribedEntrySchema.nullable() }).optional(),
});
export type MemberView = z.output<typeof MemberViewSchema>;

export const CorrectionSchema = z.object({
  correctionId: z.string(), memberId: z.string(), memberName: z.string(), applicantId: z.string(), applicantName: z.string(),
  criterionId: z.string(), criterionName: z.string(), kind: z.string(), oldValue: z.number().nullable(), newValue: z.number(),
  reason: z.string(), actor: z.string(), at: z.string(),
});
export type Correction = z.output<typeof CorrectionSchema>;

export const selectionMethods = {
  'selection.state': method(() => ({
    summary: '遴选评审的设置与进度（评分办法、申报单位、回避声明、提交情况）',
    request: CaseRef,
    response: SelectionStateSchema,
    errors: ['CASE_NOT_OPEN'],
  })),
  'selection.templates': method(() => ({
    summary: '评分办法模板',
    request: z.object({}),
    response: z.object({ templates: z.array(z.object({ templateId: z.string(), scheme: SchemeSchema })) }),
    errors: ['SELECTION_TEMPLATE_INVALID'],
  })),
  'selection.saveScheme': method(() => ({
    summary: '保存评分办法',
    request: CaseRef.extend({ scheme: SchemeSchema }),
    response: z.object({ problems: z.array(z.string()) }),
    errors: ['CASE_NOT_OPEN', 'SELECTION_LOCKED'],
  })),
  'selection.saveOptions': method(() => ({
    summary: '保存汇总方式、异常低价和畸高畸低阈值、推荐候选人数、报价单位',
    request: CaseRef.extend({ options: SelectionOptionsSchema }),
    response: z.object({}),
    errors: ['CASE_NOT_OPEN', 'CONFLICT'],
  })),
  'selection.saveApplicant': method(() => ({
    summary: '添加或修改申报单位',
    request: CaseRef.extend({ applicant: ApplicantInputSchema, ...RequestId }),
    response: ApplicantSchema,
    errors: ['CASE_NOT_OPEN', 'NOT_FOUND', 'SELECTION_LOCKED', 'SELECTION_APPLICANT_EXISTS'],
    idempotent: 'sync',
  })),
  'selection.removeApplicant': method(() => ({
    summary: '删除申报单位',
    request: CaseRef.extend({ applicantId: z.string() }),
    response: z.object({}),
    errors: ['CASE_NOT_OPEN', 'NOT_FOUND', 'SELECTION_LOCKED'],
  })),
  'selection.reviewPrice': method(() => ({
    summary: '记录异常低价的书面说明，或认定投标无效',
    request: CaseRef.extend({ applicantId: z.string(), explanation: z.string().trim().max(5000), invalid: z.boolean() }),
    response: z.object({}),
    errors: ['CASE_NOT_OPEN', 'NOT_FOUND'],
  })),
  'selection.saveCheck': method(() => ({
    summary: '记录资格审查或符合性审查结论',
    request: CaseRef.extend({ verdict: CheckVerdictSchema }),
    response: z.object({}),
    errors: ['CASE_NOT_OPEN', 'NOT_FOUND', 'SELECTION_LOCKED'],
  })),
  'selection.declare': method(() => ({
    summary: '评审成员对每个申报单位作回避声明',
    request: MemberRef.extend({ declarations: z.array(DeclarationSchema), ...SessionField, ...TranscriptionField }),
    response: z.object({ recused: z.boolean() }),
    errors: ['CASE_NOT_OPEN', 'NOT_FOUND', 'SELECTION_DECLARATION_INCOMPLETE', 'SELECTION_SHEET_LOCKED', 'EXPERT_SIGN_IN_REQUIRED', 'EXPERT_SESSION_EXPIRED', 'EXPERT_SESSION_MISMATCH', 'USER_NAME_REQUIRED'],
  })),
  'selection.addSubstitute': method(() => ({
    summary: '为已回避的成员添加替补专家，并重新检查评审委员会组成',
    request: CaseRef.extend({
      /** The recused member being replaced. */
      replacesMemberId: z.string().min(1),
      member: z.object({
        name: z.string().trim().min(1, '请填写替补专家姓名').max(50),
        unit: z.string().trim().max(200).default(''),
        title: z.string().trim().max(100).default(''),
        expertNo: z.string().trim().max(50).default(''),
      }),
      reason: z.string().trim().min(1, '请写明替补理由').max(500),
    }),
    response: z.object({ memberId: z.string(), committeeWarnings: z.array(z.string()) }),
    errors: ['CASE_NOT_OPEN', 'NOT_FOUND', 'CONFLICT', 'BAD_REQUEST'],
  })),
  'selection.memberView': method(() => ({
    summary: '评审成员本人的评分表',
    request: MemberRef,
    response: MemberViewSchema,
    errors: ['CASE_NOT_OPEN', 'NOT_FOUND'],
  })),
  'selection.saveScores': method(() => ({
    summary: '保存评审成员的评分（提交前）',
    request: MemberRef.extend({ scores: MemberScoresSchema, notes: MemberNotesSchema.optional(), ...SessionField }),
    response: z.object({}),
    errors: ['CASE_NOT_OPEN', 'NOT_FOUND', 'SELECTION_NOT_DECLARED', 'SELECTION_RECUSED', 'SELECTION_SHEET_LOCKED', 'SELECTION_SCORE_INVALID', 'EXPERT_SIGN_IN_REQUIRED', 'EXPERT_SESSION_EXPIRED', 'EXPERT_SESSION_MISMATCH'],
  })),
  'selection.submit': method(() => ({
    summary: '提交评分表（提交后锁定）',
    request: MemberRef.extend({ ...SessionField, ...TranscriptionField }),
    response: z.object({ submittedAt: z.string() }),
    errors: ['CASE_NOT_OPEN', 'NOT_FOUND', 'SELECTION_NOT_DECLARED', 'SELECTION_RECUSED', 'SELECTION_SHEET_LOCKED', 'SELECTION_SHEET_INCOMPLETE', 'SELECTION_SCHEME_INVALID', 'EXPERT_SIGN_IN_REQUIRED', 'EXPERT_SESSION_EXPIRED', 'EXPERT_SESSION_MISMATCH', 'USER_NAME_REQUIRED'],
  })),
  'selection.correct': method(() => ({
    summary: '按87号令第六十四条更正已提交的评分',
    request: MemberRef.extend({
      applicantId: z.string(),
      criterionId: z.string(),
      newValue: z.number(),
      kind: z.enum(['arithmetic', 'out_of_range', 'objective_mismatch', 'deviation']),
      reason: z.string().trim().min(1).max(2000),
    }),
    response: CorrectionSchema,
    errors: ['CASE_NOT_OPEN', 'NOT_FOUND', 'SELECTION_NOT_SUBMITTED', 'SELECTION_SCORE_INVALID', 'SELECTION_CORRECTION_GROUND'],
  })),
  'selection.results': method(() => ({
    summary: '汇总、复核检查与排名（只计已提交的评分表）',
    request: CaseRef,
    response: z.object({
      /** True until every member still on the committee has submitted: no scores, no ranking, prices only. */
      sealed: z.boolean(),
      /** False while anything is pending (see pendingReasons): every output then says it is not final, nobody is 推荐. */
      final: z.boolean(),
      pendingReasons: z.array(z.string()),
      results: z.custom<Results>(),
      corrections: z.array(CorrectionSchema),
      criteria: z.array(z.object({ id: z.string(), name: z.string(), max: z.number(), kind: z.string(), group: z.string() })),
      members: z.array(z.object({ memberId: z.string(), name: z.string() })),
      /** Submitted sheets only, by member: what the charts of the spread across members draw. */
      sheets: z.record(z.string(), MemberScoresSchema),
      /** Submitted sheets' notes, by member. */
      notes: z.record(z.string(), MemberNotesSchema),
      pendingMembers: z.array(z.string()),
    }),
    errors: ['CASE_NOT_OPEN'],
  })),
  'selection.exportSheet': method(() => ({
    summary: '导出评审成员的空白评分表（Excel）',
    request: MemberRef,
    response: OutputRefSchema,
    errors: ['CASE_NOT_OPEN', 'NOT_FOUND', 'SELECTION_NOT_DECLARED', 'SELECTION_RECUSED'],
  })),
  'selection.importSheet': method(() => ({
    summary: '导入评审成员填好的评分表（Excel），有问题则全部不导入',
    request: CaseRef.extend({ file: FileRefSchema }),
    response: z.object({ memberId: z.string(), memberName: z.string(), scores: z.number().int() }),
    errors: ['CASE_NOT_OPEN', 'FILE_UPLOAD_MISSING', 'SELECTION_IMPORT_INVALID', 'SELECTION_NOT_DECLARED', 'SELECTION_RECUSED', 'SELECTION_SHEET_LOCKED'],
  })),
  'selection.exportResults': method(() => ({
    summary: '导出评审结果（Excel：汇总表、各成员评分、更正记录）',
    request: CaseRef,
    response: OutputRefSchema,
    errors: ['CASE_NOT_OPEN', 'SELECTION_RESULTS_SEALED'],
  })),
  'selection.resultsPdf': method(() => ({
    summary: '评审结果汇总表 PDF（打印、保存）；结果未最终确定时每页标注“非最终结果”',
    request: CaseRef,
    response: OutputRefSchema,
    errors: ['CASE_NOT_OPEN', 'SELECTION_RESULTS_SEALED', 'MEMO_FONT_MISSING'],
  })),
  'selection.report': method(() => ({
    summary: '评审报告的内容（供意见书模块排版）',
    request: CaseRef,
    response: z.custom<SelectionReportContent>(),
    errors: ['CASE_NOT_OPEN'],
  })),
};
