import { z } from 'zod';
import { CaseRef, method } from './contract';
import { FileRefSchema, OutputRefSchema } from './files';
import { VerdictSchema } from '../review/verdicts';

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

export const kitsMethods = {
  'experts.signIn': method({
    summary: '专家用本人签名密钥登录（解锁密钥）',
    request: CaseRef.extend({ key: FileRefSchema, passphrase: z.string().min(1) }),
    response: ExpertSessionSchema,
    errors: ['CASE_NOT_OPEN', 'CASE_READ_ONLY', 'KEY_FILE_INVALID', 'KEY_WRONG_PASSPHRASE', 'KEY_NOT_IN_CASE', 'KEY_REPLACED', 'FILE_UPLOAD_MISSING'],
  }),
  'experts.signOut': method({
    summary: '专家退出登录',
    request: z.object({ session: z.string().min(1) }),
    response: z.object({}),
    errors: [],
  }),
  'experts.session': method({
    summary: '当前登录的专家（已超时则为空）',
    request: CaseRef.extend({ session: z.string().min(1) }),
    response: z.object({ session: ExpertSessionSchema.nullable() }),
    errors: ['CASE_NOT_OPEN'],
  }),
  'experts.submitVerdicts': method({
    summary: '专家提交并签署本人对各审查项的意见',
    request: CaseRef.extend({ session: z.string().min(1) }),
    response: z.object({ record: SignedRecordSchema }),
    errors: ['CASE_NOT_OPEN', 'CASE_READ_ONLY', 'REVIEW_NOT_RUN', 'EXPERT_SIGN_IN_REQUIRED', 'EXPERT_NOTHING_TO_SUBMIT'],
  }),
  'experts.records': method({
    summary: '本案卷中专家签署的回避声明、审查意见和评分表，逐份校验签名',
    request: CaseRef,
    response: z.object({ records: z.array(SignedRecordSchema) }),
    errors: ['CASE_NOT_OPEN'],
  }),
  'experts.exportKit': method({
    summary: '为一位专家导出专家包（加密给其登记的 SM2 公钥；无密钥时用一次性专家包口令）',
    request: CaseRef.extend({ memberId: z.string().min(1) }),
    response: z.object({
      kitId: z.string(), memberId: z.string(), name: z.string(), protection: z.enum(['key', 'code']),
      /** Shown once to the secretary, handed over in person; never stored. */
      code: z.string().nullable(),
      file: OutputRefSchema,
      supersededKitId: z.string().nullable(),
    }),
    errors: ['CASE_NOT_OPEN', 'CASE_READ_ONLY', 'REVIEW_NOT_RUN', 'KIT_MEMBER_NOT_FOUND'],
  }),
  'experts.importReturn': method({
    summary: '导入专家回执：逐项校验签名、案卷、专家包和文件版本，通过后一次性并入',
    request: CaseRef.extend({ file: FileRefSchema }),
    response: z.object({ kitId: z.string(), memberId: z.string(), name: z.string(), recordId: z.string(), verdicts: z.number().int() }),
    errors: ['CASE_NOT_OPEN', 'CASE_READ_ONLY', 'FILE_UPLOAD_MISSING', 'KIT_FORMAT_NEWER', 'KIT_RETURN_INVALID', 'KIT_RETURN_WRONG_CASE', 'KIT_RETURN_UNKNOWN_KIT', 'KIT_RETURN_SUPERSEDED', 'KIT_RETURN_DUPLICATE', 'KIT_RETURN_BAD_SIGNATURE', 'KIT_RETURN_DOCUMENT_CHANGED', 'KIT_RETURN_STALE', 'KIT_RETURN_NEEDS_KEY'],
  }),
  'experts.openKit': method({
    summary: '在专家本人电脑上打开专家包（无需案卷口令）',
    request: z.object({ file: FileRefSchema, key: FileRefSchema.optional(), passphrase: z.string().optional(), code: z.string().optional() }),
    response: z.object({ kit: z.unknown() }),
    errors: ['FILE_UPLOAD_MISSING', 'KIT_FORMAT_NEWER', 'KIT_FILE_INVALID', 'KIT_WRONG_KEY', 'KIT_WRONG_CODE', 'KEY_FILE_INVALID', 'KEY_WRONG_PASSPHRASE'],
  }),
  'experts.kitVerdict': method({
    summary: '在已打开的专家包中记录本人对一个审查项的意见',
    request: z.object({ kitId: z.string(), itemId: z.string(), verdict: VerdictSchema.nullable(), comment: z.string().max(2000) }),
    response: z.object({ verdicts: z.array(z.object({ itemId: z.string(), verdict: VerdictSchema, comment: z.string() })) }),
    errors: ['NOT_FOUND', 'REVIEW_UNKNOWN_ITEM'],
  }),
  'experts.writeReturn': method({
    summary: '用本人签名密钥签署并生成回执文件',
    request: z.object({ kitId: z.string(), key: FileRefSchema, passphrase: z.string().min(1) }),
    response: z.object({ file: OutputRefSchema }),
    errors: ['NOT_FOUND', 'EXPERT_NOTHING_TO_SUBMIT', 'KEY_FILE_INVALID', 'KEY_WRONG_PASSPHRASE', 'KIT_WRONG_KEY'],
  }),
};
