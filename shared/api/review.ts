import { z } from 'zod';
import { CaseRef, method } from './contract';
import { SessionField, TranscriptionField } from './kits';
import { FileRefSchema } from './files';
import { ExtractedDocumentSchema } from '../domain/document';
import { BasisSchema, ResolvedRulesetSchema, ReviewKindSchema } from '../review/ruleset';
import { ReviewReportSchema } from '../review/report';
import { ConclusionSchema, VerdictSchema } from '../review/verdicts';
import { ReviewMemoContentSchema } from '../review/memo';

export const RulesetInfoSchema = z.object({
  id: z.string(),
  name: z.string(),
  version: z.string(),
  jurisdiction: z.string(),
  extends: z.string().optional(),
  description: z.string(),
  /** bundled with the app (templates/rulesets) or imported by a user into the data folder. */
  origin: z.enum(['bundled', 'imported']),
  planItems: z.number().int(),
  agreementItems: z.number().int(),
  flags: z.number().int(),
});
export type RulesetInfo = z.output<typeof RulesetInfoSchema>;

export const ReviewRunSchema = z.object({
  runId: z.string(),
  kind: ReviewKindSchema,
  createdAt: z.string(),
  createdBy: z.string(),
  documentName: z.string(),
  documentSha256: z.string().nullable(),
  ruleset: z.object({ id: z.string(), version: z.string(), name: z.string(), lineage: z.array(z.string()) }),
});

export const OpinionSchema = z.object({
  opinionId: z.string().optional(),
  itemId: z.string().min(1),
  itemTitle: z.string(),
  basis: z.array(BasisSchema),
  text: z.string().trim().min(1, '修改意见不能为空').max(2000),
});
export type Opinion = z.output<typeof OpinionSchema>;

export const FindingRulingSchema = z.object({
  flagId: z.string(),
  target: z.enum(['flag', 'item']).default('flag'),
  ruling: z.enum(['dismissed', 'upheld']),
  reason: z.string(),
  location: z.string().default(''),
  decidedBy: z.string(),
  decidedAt: z.string(),
});

export const VerdictEntrySchema = z.enum(['unrecorded', 'member', 'transcribed', 'kit']);
export type VerdictEntry = z.output<typeof VerdictEntrySchema>;

/**
 * Set on a verdict, committee verdict or conclusion recorded while another text was under review (an earlier version
 * of the document, or another file): which one. It is kept, not dropped, and marked until it is confirmed on this text.
 */
export const GivenOnEarlierSchema = z.object({ documentName: z.string(), sha256: z.string(), reviewedAt: z.string(), version: z.number().int().nullable().default(null) }).nullable().default(null);
/** How an earlier text is named on screen and paper: 第 1 版《方案.txt》, or 《方案.txt》 when it is no version of a case document. */
export const earlierLabel = (e: { documentName: string; version: number | null }) => `${e.version ? `第 ${e.version} 版` : ''}《${e.documentName}》`;

export const ReviewStateSchema = z.object({
  /** The kinds of review (实施方案 / 授权运营协议) the case has a run of: each is kept, and the page switches between them. */
  kinds: z.array(ReviewKindSchema).default([]),
  /** The latest run of the kind asked for (without one, of the kind reviewed last). */
  run: ReviewRunSchema.nullable(),
  report: ReviewReportSchema.nullable(),
  /** The reviewed document, so evidence can jump to its paragraph. */
  document: ExtractedDocumentSchema.nullable(),
  /**
   * `entry`: how the verdict came in — the member in their own session, 代录 by the secretary from a paper form (then
   * `transcribed` says who, why and where the paper is), the member's signed kit return, or unrecorded (before 018).
   */
  verdicts: z.array(z.object({
    itemId: z.string(), memberId: z.string(), verdict: VerdictSchema, comment: z.string(),
    entry: VerdictEntrySchema.default('unrecorded'), enteredBy: z.string().default(''),
    transcribed: z.object({ operator: z.string(), reason: z.string(), paperRef: z.string(), at: z.string() }).optional(),
    earlier: GivenOnEarlierSchema,
  })),
  /** `source`: set by the chair by hand, or adopted where all voting members agreed (review.adoptAgreed). */
  committee: z.array(z.object({ itemId: z.string(), verdict: VerdictSchema, comment: z.string(), source: z.enum(['chair', 'adopted']).default('chair'), earlier: GivenOnEarlierSchema })),
  /** Members who vote on the checklist: the committee in its order, without members who declared a conflict (回避). */
  voters: z.array(z.string()).default([]),
  /** The conclusion of this kind of review (实施方案 / 授权运营协议): one per kind, never the other kind's. */
  conclusion: z.object({ value: ConclusionSchema, decidedBy: z.string(), decidedAt: z.string(), earlier: GivenOnEarlierSchema }).nullable(),
  opinions: z.array(OpinionSchema.extend({ opinionId: z.string() })),
  /**
   * Experts overruling (dismissed) or confirming (upheld) an automatic finding of this run, each with its reason: a red
   * line (target flag) or a checklist item found missing or partial (target item; `location` says where the content is).
   */
  flagRulings: z.array(FindingRulingSchema).default([]),
  /**
   * Rulings made on the previous run of the same kind that this run does not carry (another file, or a finding no
   * longer made): listed so the experts look at them again, never dropped unseen. Null when there are none.
   */
  earlierRulings: z.object({
    documentName: z.string(), reviewedAt: z.string(), sameDocument: z.boolean(),
    rulings: z.array(z.object({ flagId: z.string(), title: z.string(), ruling: z.enum(['dismissed', 'upheld']), reason: z.string(), location: z.string(), decidedBy: z.string(), decidedAt: z.string() })),
  }).nullable().default(null),
});
export type ReviewState = z.output<typeof ReviewStateSchema>;


/** Which review (实施方案 / 授权运营协议): its latest run. Without it, the kind reviewed last. */
const KindField = { kind: ReviewKindSchema.optional() };

export const reviewMethods = {
  'review.rulesets': method(() => ({
    summary: '可用的审查规则集（每个地区的最新版本）',
    request: z.object({}),
    response: z.object({ rulesets: z.array(RulesetInfoSchema) }),
    errors: [],
  })),
  'review.ruleset': method(() => ({
    summary: '查看一个规则集的全部审查项和红线',
    request: z.object({ id: z.string().min(1) }),
    response: z.object({ info: RulesetInfoSchema, ruleset: ResolvedRulesetSchema, source: z.string() }),
    errors: ['RULESET_NOT_FOUND', 'RULESET_INVALID'],
  })),
  'review.importRuleset': method(() => ({
    summary: '导入新版本的规则集（校验后保存）',
    request: z.object({ file: FileRefSchema }),
    response: RulesetInfoSchema,
    errors: ['RULESET_INVALID', 'RULESET_NOT_NEWER', 'FILE_UPLOAD_MISSING', 'FILE_TOO_LARGE'],
  })),
  'review.check': method(() => ({
    summary: '不建案卷，直接按规则集审查一个文件（命令行 check FILE）',
    request: z.object({ file: FileRefSchema, kind: ReviewKindSchema, rulesetId: z.string().min(1) }),
    response: ReviewReportSchema,
    errors: ['RULESET_NOT_FOUND', 'RULESET_INVALID', 'FILE_UPLOAD_MISSING', 'DOC_EMPTY', 'DOC_TOO_LARGE', 'DOC_UNSUPPORTED_TYPE', 'DOC_LEGACY_FORMAT', 'DOC_DOCX_CORRUPT', 'DOC_DOCX_BOMB', 'DOC_PDF_ENCRYPTED', 'DOC_PDF_CORRUPT', 'DOC_TYPE_MISMATCH', 'DOC_EXTRACT_FAILED'],
  })),
  'review.run': method(() => ({
    summary: '按规则集自动审查实施方案或授权运营协议',
    request: CaseRef.extend({
      kind: ReviewKindSchema.optional(),
      rulesetId: z.string().optional(),
      /** A document to import into the case and review; without it, the case's latest plan/agreement is reviewed. */
      file: FileRefSchema.optional(),
      /** An imported version to review (of the kind's role), instead of the latest one. */
      versionId: z.string().optional(),
    }),
    response: ReviewStateSchema,
    errors: ['CASE_NOT_OPEN', 'CASE_READ_ONLY', 'RULESET_NOT_FOUND', 'RULESET_INVALID', 'REVIEW_NO_DOCUMENT', 'NOT_FOUND', 'FILE_UPLOAD_MISSING', 'DOC_EMPTY', 'DOC_TOO_LARGE', 'DOC_UNSUPPORTED_TYPE', 'DOC_LEGACY_FORMAT', 'DOC_DOCX_CORRUPT', 'DOC_DOCX_BOMB', 'DOC_PDF_ENCRYPTED', 'DOC_PDF_CORRUPT', 'DOC_TYPE_MISMATCH', 'DOC_EXTRACT_FAILED'],
  })),
  'review.get': method(() => ({
    summary: '本案卷的审查结果、专家意见和结论（实施方案或授权运营协议，各自最近一次审查）',
    request: CaseRef.extend(KindField),
    response: ReviewStateSchema,
    errors: ['CASE_NOT_OPEN'],
  })),
  'review.saveVerdict': method(() => ({
    summary: '记录一位专家对一个审查项的意见',
    request: CaseRef.extend({ itemId: z.string().min(1), memberId: z.string().min(1), verdict: VerdictSchema.nullable(), comment: z.string().max(2000).default(''), ...SessionField, ...TranscriptionField, ...KindField }),
    response: ReviewStateSchema,
    errors: ['CASE_NOT_OPEN', 'CASE_READ_ONLY', 'REVIEW_NOT_RUN', 'REVIEW_UNKNOWN_ITEM', 'NOT_FOUND', 'EXPERT_SIGN_IN_REQUIRED', 'EXPERT_SESSION_EXPIRED', 'EXPERT_SESSION_MISMATCH', 'USER_NAME_REQUIRED'],
  })),
  'review.saveCommitteeVerdict': method(() => ({
    summary: '组长确定专家组对一个审查项的意见',
    request: CaseRef.extend({ itemId: z.string().min(1), verdict: VerdictSchema.nullable(), comment: z.string().max(2000).default(''), ...KindField }),
    response: ReviewStateSchema,
    errors: ['CASE_NOT_OPEN', 'CASE_READ_ONLY', 'REVIEW_NOT_RUN', 'REVIEW_UNKNOWN_ITEM'],
  })),
  'review.adoptAgreed': method(() => ({
    summary: '组长一键采纳：专家意见一致的审查项，专家组意见取该一致意见；不一致的不动并列出各人意见；组长手工确定的意见除非明确要求不覆盖',
    request: CaseRef.extend({ overwriteChair: z.boolean().default(false), ...KindField }),
    response: z.object({
      state: ReviewStateSchema,
      adopted: z.array(z.object({ itemId: z.string(), itemTitle: z.string(), verdict: VerdictSchema, previous: VerdictSchema.nullable() })),
      keptChair: z.array(z.object({ itemId: z.string(), itemTitle: z.string(), verdict: VerdictSchema, chair: VerdictSchema })),
      differing: z.array(z.object({ itemId: z.string(), itemTitle: z.string(), verdicts: z.array(z.object({ memberId: z.string(), name: z.string(), verdict: VerdictSchema, comment: z.string() })) })),
      incomplete: z.array(z.object({ itemId: z.string(), itemTitle: z.string(), missing: z.array(z.string()) })),
    }),
    errors: ['CASE_NOT_OPEN', 'CASE_READ_ONLY', 'REVIEW_NOT_RUN', 'REVIEW_NO_VOTERS'],
  })),
  'review.ruleFlag': method(() => ({
    summary: '专家改判一条自动审查结论（红线或审查项：不成立 / 确认成立），须写明理由，审查项改判为已具备时写明内容位置；留痕',
    request: CaseRef.extend({
      /** The red line's or the checklist item's id. */
      flagId: z.string().min(1),
      ruling: z.enum(['dismissed', 'upheld']).nullable(),
      reason: z.string().max(2000).default(''),
      /** Where the content is, for an item the engine found missing or partial ("第三章第八条"). */
      location: z.string().max(200).default(''),
      ...KindField,
    }),
    response: ReviewStateSchema,
    errors: ['CASE_NOT_OPEN', 'CASE_READ_ONLY', 'REVIEW_NOT_RUN', 'REVIEW_UNKNOWN_ITEM', 'BAD_REQUEST', 'USER_NAME_REQUIRED'],
  })),
  'review.setConclusion': method(() => ({
    summary: '专家组结论：通过、修改后通过或不通过',
    request: CaseRef.extend({ conclusion: ConclusionSchema.nullable(), ...KindField }),
    response: ReviewStateSchema,
    errors: ['CASE_NOT_OPEN', 'CASE_READ_ONLY', 'REVIEW_NOT_RUN'],
  })),
  'review.draftOpinions': method(() => ({
    summary: '根据审查结果起草修改意见（不保存）',
    request: CaseRef.extend(KindField),
    response: z.object({ opinions: z.array(OpinionSchema) }),
    errors: ['CASE_NOT_OPEN', 'REVIEW_NOT_RUN'],
  })),
  'review.saveOpinions': method(() => ({
    summary: '保存修改意见（整份替换，顺序即编号）',
    request: CaseRef.extend({ opinions: z.array(OpinionSchema).max(200), ...KindField }),
    response: ReviewStateSchema,
    errors: ['CASE_NOT_OPEN', 'CASE_READ_ONLY', 'REVIEW_NOT_RUN', 'REVIEW_UNKNOWN_ITEM'],
  })),
  'review.memoContent': method(() => ({
    summary: '意见书所需的审查内容（供意见书模块打印）',
    request: CaseRef.extend(KindField),
    response: ReviewMemoContentSchema,
    errors: ['CASE_NOT_OPEN', 'REVIEW_NOT_RUN'],
  })),
};
