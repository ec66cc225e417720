import { z } from 'zod';
import { CaseRef, method } from './contract';
import { FileRefSchema, OutputRefSchema } from './files';
import { VerdictSchema } from '../review/verdicts';
import { ReviewKindSchema } from '../review/ruleset';
import { DeclarationSchema } from '../scoring/selection';

/** What an expert submits and signs (DOMAIN §5, §8): a 回避声明, a verdict set, a score sheet. */
export const SIGNED_RECORD_KINDS = { recusal: '回避声明', verdicts: '审查意见', scores: '评分表' } as const;
export const SignedRecordKindSchema = z.enum(['recusal', 'verdicts', 'scores']);
export type SignedRecordKind = z.output<typeof SignedRecordKindSchema>;

/** Format tag inside every signed text; a newer major version is refused by older apps. */
export const SIGNED_RECORD_FORMAT = 'review-desk-record/1';

/** An expert signed in with their own key: every record they make carries this session, bound to them. */
export const ExpertSessionSchema = z.object({
  sessionId: z.string(),
  memberId: z.string(),
  name: z.string(),
  fingerprint: z.string(),
  operator: z.string(),
  signedInAt: z.string(),
  /** Signed out automatically when idle past this moment (ISO); every use moves it on. */
  idleUntil: z.string(),
});
export type ExpertSession = z.output<typeof ExpertSessionSchema>;

export const SignedRecordSchema = z.object({
  recordId: z.string(),
  memberId: z.string(),
  memberName: z.string(),
  kind: SignedRecordKindSchema,
  kindLabel: z.string(),
  signedAt: z.string(),
  operator: z.string(),
  fingerprint: z.string(),
  /** SM3 of the signed text, hex. */
  digest: z.string(),
  supersedes: z.string().nullable(),
  supersededBy: z.string().nullable(),
  /** Checked now: text, digest, signature and the registered key of the named member. */
  valid: z.boolean(),
  problem: z.string().nullable(),
  /** The signed content (declarations, verdicts or scores), parsed from the signed text. */
  body: z.unknown(),
});
export type SignedRecordDto = z.output<typeof SignedRecordSchema>;

/** Passed with every request that records something under a member's name. */
export const SessionField = { session: z.string().min(1).optional() };

/**
 * 代录: the secretary transcribes a paper form for a member without a registered key. Never a signed record of the
 * member: the operator, the reason and the paper's reference are kept with it and shown wherever it appears.
 */
export const TranscriptionSchema = z.object({
  reason: z.string().trim().min(1).max(500),
  /** Where the signed paper is: its number or place in the file (e.g. “纸质评分表第 3 号，存档盒 A”). */
  paperRef: z.string().trim().min(1).max(200),
});
export type Transcription = z.output<typeof TranscriptionSchema>;
export const TranscriptionField = { transcription: TranscriptionSchema.optional() };

export const TranscribedRecordSchema = z.object({
  transcriptionId: z.string(),
  memberId: z.string(),
  memberName: z.string(),
  kind: SignedRecordKindSchema,
  kindLabel: z.string(),
  operator: z.string(),
  reason: z.string(),
  paperRef: z.string(),
  at: z.string(),
  body: z.unknown(),
});
export type TranscribedRecordDto = z.output<typeof TranscribedRecordSchema>;

/** A criterion as the expert sees it in a kit: its range and 评分指引. Price is computed by the secretary, never in a kit. */
export const KitCriterionSchema = z.object({
  id: z.string(), name: z.string(), group: z.enum(['tech', 'business']), kind: z.enum(['subjective', 'objective']),
  min: z.number(), max: z.number(), guidance: z.string(),
});
export type KitCriterion = z.output<typeof KitCriterionSchema>;

export const KitDocumentViewSchema = z.object({
  role: z.enum(['review', 'bid']),
  name: z.string(),
  sha256: z.string(),
  /** For a bid document, the applicant it belongs to. */
  applicantId: z.string().nullable(),
  /** The extracted document (title, blocks) as the reader shows it. */
  document: z.unknown(),
});

/** What `experts.openKit` shows the expert: only what that expert may see (the memo PDF is fetched separately). */
export const KitViewSchema = z.object({
  format: z.string(),
  kitId: z.string(),
  caseId: z.string(),
  caseName: z.string(),
  member: z.object({ memberId: z.string(), name: z.string(), fingerprint: z.string().nullable() }),
  exportedAt: z.string(),
  exportedBy: z.string(),
  documents: z.array(KitDocumentViewSchema),
  /** The review run and its automatic findings; null when the case has no review run (a selection-only kit). */
  review: z.object({ runId: z.string(), kind: z.string(), ruleset: z.unknown(), report: z.unknown() }).nullable(),
  form: z.object({
    items: z.array(z.object({ itemId: z.string(), title: z.string() })),
    verdicts: z.array(z.object({ itemId: z.string(), verdict: VerdictSchema, comment: z.string() })),
    supersedes: z.string().nullable(),
  }).nullable(),
  /** The 回避声明 form: every applicant, the relations to choose from, and what the member declared so far. Null: no applicants. */
  recusal: z.object({
    applicants: z.array(z.object({ applicantId: z.string(), name: z.string() })),
    relations: z.record(z.string(), z.string()),
    declarations: z.array(z.object({ applicantId: z.string(), relation: z.string(), note: z.string() })),
    /** True when the member's signed 回避声明 is already on file in the case (then this kit may carry the bids). */
    signedOnFile: z.boolean(),
    supersedes: z.string().nullable(),
  }).nullable(),
  /** Bids and a blank score sheet: only when the member's signed 回避声明 on file allows it (allowed); else why not. */
  scoring: z.object({
    allowed: z.boolean(),
    reason: z.string(),
    schemeName: z.string(),
    /**
     * reviewPending: the 资格/符合性审查 checks still without a verdict when the kit was made (selection reviewGaps); a
     * score for a bid that then fails is not counted. Optional: kits made before it carry none.
     */
    applicants: z.array(z.object({ applicantId: z.string(), name: z.string(), reviewPending: z.string().nullable().optional() })),
    criteria: z.array(KitCriterionSchema),
    supersedes: z.string().nullable(),
  }),
  /** A memo version to sign through the kit; its PDF through `experts.kitMemoPdf`. */
  memo: z.object({
    memoId: z.string(), memoType: z.string(), label: z.string(), version: z.number().int(), title: z.string(),
    pdfSha256: z.string(), contentSha256: z.string(), pages: z.number().int().nullable(),
  }).nullable(),
});
export type KitView = z.output<typeof KitViewSchema>;

/** What the expert has filled so far in an opened kit, and what a return written now would carry. */
export const KitDraftSchema = z.object({
  kitId: z.string(),
  verdicts: z.array(z.object({ itemId: z.string(), verdict: VerdictSchema, comment: z.string() })),
  declarations: z.array(z.object({ applicantId: z.string(), relation: z.string(), note: z.string() })),
  scores: z.record(z.string(), z.record(z.string(), z.number())),
  notes: z.record(z.string(), z.record(z.string(), z.string())),
  memo: z.object({ decision: z.enum(['agree', 'dissent']), reasons: z.string() }).nullable(),
  /** What `experts.writeReturn` would sign now; `scores` 'incomplete' blocks writing (the gaps are listed). */
  ready: z.object({
    verdicts: z.number().int(),
    recusal: z.boolean(),
    scores: z.enum(['none', 'incomplete', 'complete']),
    gaps: z.array(z.string()),
    memo: z.boolean(),
  }),
});
export type KitDraft = z.output<typeof KitDraftSchema>;

export const ReturnContentsSchema = z.object({ verdicts: z.number().int(), recusal: z.boolean(), scores: z.boolean(), memo: z.boolean() });

/** The secretary's overview: per member, the latest kit, what it carried, what came back, and what is outstanding. */
export const KitStatusSchema = z.object({
  members: z.array(z.object({
    memberId: z.string(),
    name: z.string(),
    hasKey: z.boolean(),
    kit: z.object({
      kitId: z.string(), exportedAt: z.string(), protection: z.enum(['key', 'code']),
      contents: z.object({ review: z.boolean(), recusal: z.boolean(), scoring: z.boolean(), memo: z.string().nullable() }),
      returnedAt: z.string().nullable(),
    }).nullable(),
    /** none: not declared; signed: the member's own signed 回避声明; transcribed: 代录 from paper. */
    recusal: z.enum(['none', 'signed', 'transcribed']),
    recused: z.boolean(),
    scoresSubmitted: z.boolean(),
    /** Still holding the results sealed: on the committee, not recused, score sheet not returned or submitted. */
    outstanding: z.boolean(),
  })),
  sealed: z.boolean(),
  /** Names of the members the results wait for. */
  pendingMembers: z.array(z.string()),
});
export type KitStatus = z.output<typeof KitStatusSchema>;

const KIT_RETURN_ERRORS = ['CASE_NOT_OPEN', 'CASE_READ_ONLY', 'NOT_FOUND', 'FILE_UPLOAD_MISSING', 'KIT_FORMAT_NEWER', 'KIT_RETURN_INVALID', 'KIT_RETURN_WRONG_CASE', 'KIT_RETURN_UNKNOWN_KIT', 'KIT_RETURN_SUPERSEDED', 'KIT_RETURN_DUPLICATE', 'KIT_RETURN_BAD_SIGNATURE', 'KIT_RETURN_DOCUMENT_CHANGED', 'KIT_RETURN_STALE', 'KIT_RETURN_NEEDS_KEY', 'KIT_RETURN_NOT_ALLOWED', 'KIT_RETURN_SHEET_LOCKED', 'KIT_RETURN_MEMO'] as const;

export const kitsMethods = {
  'experts.signIn': method(() => ({
    summary: '专家用本人签名密钥登录（解锁密钥）',
    request: CaseRef.extend({ key: FileRefSchema, passphrase: z.string().min(1) }),
    response: ExpertSessionSchema,
    errors: ['CASE_NOT_OPEN', 'CASE_READ_ONLY', 'KEY_FILE_INVALID', 'KEY_WRONG_PASSPHRASE', 'KEY_NOT_IN_CASE', 'KEY_REPLACED', 'FILE_UPLOAD_MISSING'],
  })),
  'experts.signOut': method(() => ({
    summary: '专家退出登录',
    request: z.object({ session: z.string().min(1) }),
    response: z.object({}),
    errors: [],
  })),
  'experts.session': method(() => ({
    summary: '当前登录的专家（已超时则为空）',
    request: CaseRef.extend({ session: z.string().min(1) }),
    response: z.object({ session: ExpertSessionSchema.nullable() }),
    errors: ['CASE_NOT_OPEN'],
  })),
  'experts.submitVerdicts': method(() => ({
    summary: '专家提交并签署本人对各审查项的意见',
    /** kind: which review's verdicts (实施方案 / 授权运营协议); without it, the kind reviewed last. */
    request: CaseRef.extend({ session: z.string().min(1), kind: ReviewKindSchema.optional() }),
    response: z.object({ record: SignedRecordSchema }),
    errors: ['CASE_NOT_OPEN', 'CASE_READ_ONLY', 'REVIEW_NOT_RUN', 'EXPERT_SIGN_IN_REQUIRED', 'EXPERT_NOTHING_TO_SUBMIT'],
  })),
  'experts.records': method(() => ({
    summary: '本案卷中专家签署的回避声明、审查意见和评分表，逐份校验签名',
    request: CaseRef,
    response: z.object({ records: z.array(SignedRecordSchema) }),
    errors: ['CASE_NOT_OPEN'],
  })),
  'experts.exportKit': method(() => ({
    summary: '为一位专家导出专家包（加密给其登记的 SM2 公钥；无密钥时用一次性专家包口令）',
    request: CaseRef.extend({
      memberId: z.string().min(1),
      /** A memo version for this member to sign through the kit. */
      memoId: z.string().min(1).optional(),
      /** Which review the kit carries (实施方案 / 授权运营协议): its latest run. Without it, the kind reviewed last. */
      kind: ReviewKindSchema.optional(),
    }),
    response: z.object({
      kitId: z.string(), memberId: z.string(), name: z.string(), protection: z.enum(['key', 'code']),
      /** What went into the kit; scoringReason says why the bids and score sheet did not (empty when they did). */
      contents: z.object({ review: z.boolean(), recusal: z.boolean(), scoring: z.boolean(), scoringReason: z.string(), memo: z.string().nullable() }),
      /** Shown once to the secretary, handed over in person; never stored. */
      code: z.string().nullable(),
      file: OutputRefSchema,
      supersededKitId: z.string().nullable(),
    }),
    errors: ['CASE_NOT_OPEN', 'CASE_READ_ONLY', 'REVIEW_NOT_RUN', 'KIT_MEMBER_NOT_FOUND', 'NOT_FOUND', 'MEMO_LOCKED'],
  })),
  'experts.importReturn': method(() => ({
    summary: '导入专家回执：逐项校验签名、案卷、专家包和文件版本，通过后一次性并入',
    request: CaseRef.extend({ file: FileRefSchema }),
    response: z.object({
      kitId: z.string(), memberId: z.string(), name: z.string(),
      /** The first signed record merged (kept for callers of review-desk-return/1). */
      recordId: z.string(),
      records: z.array(z.object({ kind: SignedRecordKindSchema, recordId: z.string() })),
      verdicts: z.number().int(),
      /** The 回避声明 merged: whether it declares a conflict (the member is then 回避). */
      recusal: z.object({ recused: z.boolean() }).nullable(),
      scores: z.boolean(),
      memo: z.object({ memoId: z.string(), version: z.number().int(), decision: z.enum(['agree', 'dissent']) }).nullable(),
    }),
    errors: [...KIT_RETURN_ERRORS],
  })),
  'experts.openKit': method(() => ({
    summary: '在专家本人电脑上打开专家包（无需案卷口令）',
    request: z.object({ file: FileRefSchema, key: FileRefSchema.optional(), passphrase: z.string().optional(), code: z.string().optional() }),
    response: z.object({ kit: KitViewSchema }),
    errors: ['FILE_UPLOAD_MISSING', 'KIT_FORMAT_NEWER', 'KIT_FILE_INVALID', 'KIT_WRONG_KEY', 'KIT_WRONG_CODE', 'KEY_FILE_INVALID', 'KEY_WRONG_PASSPHRASE'],
  })),
  'experts.unlockKit': method(() => ({
    summary: '专家包界面因无操作锁定后，用打开时的口令或本人密钥解锁（已填写的内容保留）',
    request: z.object({ kitId: z.string(), file: FileRefSchema, key: FileRefSchema.optional(), passphrase: z.string().optional(), code: z.string().optional() }),
    response: z.object({ unlocked: z.literal(true) }),
    errors: ['NOT_FOUND', 'FILE_UPLOAD_MISSING', 'KIT_FORMAT_NEWER', 'KIT_FILE_INVALID', 'KIT_WRONG_KEY', 'KIT_WRONG_CODE', 'KEY_FILE_INVALID', 'KEY_WRONG_PASSPHRASE'],
  })),
  'experts.closeKit': method(() => ({
    summary: '关闭专家包：解密的内容和已填写的意见从内存中清除',
    request: z.object({ kitId: z.string() }),
    response: z.object({ closed: z.boolean() }),
    errors: [],
  })),
  'experts.kitVerdict': method(() => ({
    summary: '在已打开的专家包中记录本人对一个审查项的意见',
    request: z.object({ kitId: z.string(), itemId: z.string(), verdict: VerdictSchema.nullable(), comment: z.string().max(2000) }),
    response: z.object({ verdicts: z.array(z.object({ itemId: z.string(), verdict: VerdictSchema, comment: z.string() })) }),
    errors: ['NOT_FOUND', 'REVIEW_UNKNOWN_ITEM'],
  })),
  'experts.writeReturn': method(() => ({
    summary: '用本人签名密钥签署并生成回执文件',
    request: z.object({ kitId: z.string(), key: FileRefSchema, passphrase: z.string().min(1) }),
    response: z.object({ file: OutputRefSchema, contents: ReturnContentsSchema }),
    errors: ['NOT_FOUND', 'EXPERT_NOTHING_TO_SUBMIT', 'SELECTION_SHEET_INCOMPLETE', 'KEY_FILE_INVALID', 'KEY_WRONG_PASSPHRASE', 'KIT_WRONG_KEY'],
  })),
  'experts.kitDraft': method(() => ({
    summary: '已打开的专家包中本人已填写的内容，以及现在签署回执将包含什么',
    request: z.object({ kitId: z.string() }),
    response: KitDraftSchema,
    errors: ['NOT_FOUND'],
  })),
  'experts.kitDeclare': method(() => ({
    summary: '在已打开的专家包中对每个申报单位作回避声明（随回执签署）',
    request: z.object({ kitId: z.string(), declarations: z.array(DeclarationSchema) }),
    response: KitDraftSchema,
    errors: ['NOT_FOUND', 'KIT_NOT_INCLUDED', 'SELECTION_DECLARATION_INCOMPLETE'],
  })),
  'experts.kitScores': method(() => ({
    summary: '在已打开的专家包中填写评分（超出分值范围的拒收并说明）',
    request: z.object({
      kitId: z.string(),
      /** scores[applicantId][criterionId]; null clears a cell. Merged into what was saved before. */
      scores: z.record(z.string(), z.record(z.string(), z.number().nullable())),
      notes: z.record(z.string(), z.record(z.string(), z.string().max(2000))).optional(),
    }),
    response: KitDraftSchema,
    errors: ['NOT_FOUND', 'KIT_NOT_INCLUDED', 'SELECTION_SCORE_INVALID'],
  })),
  'experts.kitMemo': method(() => ({
    summary: '在已打开的专家包中决定签署意见书（同意，或有不同意见并写明理由）；null 为不签',
    request: z.object({ kitId: z.string(), decision: z.enum(['agree', 'dissent']).nullable(), reasons: z.string().max(2000).default('') }),
    response: KitDraftSchema,
    errors: ['NOT_FOUND', 'KIT_NOT_INCLUDED', 'BAD_REQUEST'],
  })),
  'experts.kitMemoPdf': method(() => ({
    summary: '专家包中待签署意见书的 PDF（与秘书端固定的版本逐字节相同）',
    request: z.object({ kitId: z.string() }),
    response: z.object({ file: OutputRefSchema }),
    errors: ['NOT_FOUND', 'KIT_NOT_INCLUDED'],
  })),
  'experts.kitStatus': method(() => ({
    summary: '秘书端：每位成员最新的专家包、已收回的回执、回避声明与评分表状态，以及结果是否仍封存',
    request: CaseRef,
    response: KitStatusSchema,
    errors: ['CASE_NOT_OPEN'],
  })),
  'experts.transcriptions': method(() => ({
    summary: '本案卷中秘书代录的纸质表格（不是专家本人签署的记录）',
    request: CaseRef,
    response: z.object({ transcriptions: z.array(TranscribedRecordSchema) }),
    errors: ['CASE_NOT_OPEN'],
  })),
};
