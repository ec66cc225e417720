import { z } from 'zod';
import { CaseRef, RequestId, method } from './contract';
import { FileRefSchema, OutputRefSchema } from './files';
import { PrintDocSchema } from '../memo/model';
import { VerifyResultSchema } from '../memo/signing';

const MemoRef = CaseRef.extend({ memoId: z.string().min(1) });

export const MemoSummarySchema = z.object({
  memoId: z.string(),
  memoType: z.string(),
  label: z.string(),
  version: z.number().int(),
  title: z.string(),
  /** The reviewed document's title the memo is about, as confirmed before generating. */
  subject: z.string(),
  status: z.enum(['draft', 'locked', 'superseded']),
  pdfSha256: z.string(),
  createdAt: z.string(),
  fallbackFonts: z.string(),
  /** What this version lacks for signing (a 专家论证意见 with no expert verdict): signing is refused while it stands. */
  cautions: z.array(z.string()).default([]),
  /** Members who do not sign and why (a recused member: 已回避): never a missing signature. */
  notSigning: z.array(z.object({ memberId: z.string(), name: z.string(), reason: z.string() })).default([]),
  signatures: z.array(
    z.object({
      memberId: z.string(),
      name: z.string(),
      decision: z.enum(['agree', 'dissent', 'refused']),
      reasons: z.string(),
      signedAt: z.string(),
      fingerprint: z.string(),
      code: z.string(),
    }),
  ),
});
export type MemoSummaryDto = z.output<typeof MemoSummarySchema>;

export const memosMethods = {
  'memos.templates': method(() => ({
    summary: '可用的意见书模板',
    request: CaseRef,
    response: z.object({ templates: z.array(z.object({ type: z.string(), label: z.string(), applicable: z.boolean() })) }),
    errors: ['CASE_NOT_OPEN', 'MEMO_TEMPLATE_INVALID'],
  })),
  'memos.list': method(() => ({
    summary: '本案卷的意见书及签署情况',
    request: CaseRef,
    response: z.object({ memos: z.array(MemoSummarySchema) }),
    errors: ['CASE_NOT_OPEN'],
  })),
  'memos.generate': method(() => ({
    summary: '生成（定稿）意见书 PDF 版本',
    request: CaseRef.extend({
      type: z.string().min(1),
      inputs: z.record(z.string(), z.string().max(20000)).default({}),
      copyNo: z.string().regex(/^\d{6}$/, '份号应为 6 位数字').optional(),
      secrecy: z.string().max(20).optional(),
      /** The reviewed document's title as the user confirmed it; the documents module's title when omitted. */
      subject: z.string().trim().max(200, '文件标题不能超过 200 字').optional(),
      ...RequestId,
    }),
    response: MemoSummarySchema,
    errors: ['CASE_NOT_OPEN', 'NOT_FOUND', 'MEMO_CONTENT_MISSING', 'MEMO_GLYPH_MISSING', 'MEMO_FONT_MISSING', 'MEMO_TEMPLATE_INVALID'],
    idempotent: 'async',
  })),
  'memos.subject': method(() => ({
    summary: '意见书的主题（被审查文件的标题），生成前显示并可修改',
    request: CaseRef.extend({ type: z.string().min(1) }),
    response: z.object({
      subject: z.string(), source: z.enum(['document', 'case']),
      /** The review the memo prints doubted its document is of the memo's kind (a 工作简报 reviewed as the plan). */
      caution: z.string().optional(),
    }),
    errors: ['CASE_NOT_OPEN', 'NOT_FOUND', 'MEMO_TEMPLATE_INVALID'],
  })),
  'memos.preview': method(() => ({
    summary: '意见书版本的内容（签署前预览）',
    request: MemoRef,
    response: z.object({ doc: PrintDocSchema, fallbackNote: z.string() }),
    errors: ['CASE_NOT_OPEN', 'NOT_FOUND'],
  })),
  'memos.export': method(() => ({
    summary: '导出意见书（PDF、带签名的 PDF、DOCX、签署页、签名文件）',
    request: MemoRef.extend({ format: z.enum(['pdf', 'signedPdf', 'docx', 'signaturePage', 'sig']) }),
    response: OutputRefSchema,
    errors: ['CASE_NOT_OPEN', 'NOT_FOUND'],
  })),
  'memos.sign': method(() => ({
    summary: '成员用本人密钥签署意见书',
    request: MemoRef.extend({
      key: FileRefSchema,
      passphrase: z.string().min(1),
      decision: z.enum(['agree', 'dissent']).default('agree'),
      reasons: z.string().max(5000).default(''),
    }),
    response: MemoSummarySchema,
    errors: ['CASE_NOT_OPEN', 'NOT_FOUND', 'KEY_WRONG_PASSPHRASE', 'KEY_FILE_INVALID', 'KEY_NOT_IN_CASE', 'KEY_REPLACED', 'MEMO_LOCKED', 'MEMO_ALREADY_SIGNED', 'CONFLICT', 'MEMO_NOT_SIGNABLE'],
  })),
  'memos.refuse': method(() => ({
    summary: '记录成员拒绝签字且未说明理由',
    request: MemoRef.extend({ memberId: z.string().min(1) }),
    response: MemoSummarySchema,
    errors: ['CASE_NOT_OPEN', 'NOT_FOUND', 'MEMO_ALREADY_SIGNED', 'MEMO_LOCKED', 'CONFLICT', 'MEMO_NOT_SIGNABLE'],
  })),
  'memos.verify': method(() => ({
    summary: '校验意见书版本的全部签名',
    request: MemoRef,
    response: VerifyResultSchema,
    errors: ['CASE_NOT_OPEN', 'NOT_FOUND'],
  })),
  'memos.verifyFile': method(() => ({
    summary: '校验一份已签署的 PDF（可另附签名文件）',
    request: z.object({ file: FileRefSchema, sig: FileRefSchema.optional(), caseId: z.string().optional() }),
    response: VerifyResultSchema,
    errors: ['SIG_FILE_INVALID', 'MEMO_FILE_NOT_PDF', 'MEMO_PDF_UNSIGNED', 'FILE_UPLOAD_MISSING', 'CASE_NOT_OPEN'],
  })),
  'memos.registerKey': method(() => ({
    summary: '登记成员的公钥证书（由成员本人导出）',
    request: CaseRef.extend({ memberId: z.string().min(1), certificate: FileRefSchema, replace: z.boolean().default(false) }),
    response: z.object({ fingerprint: z.string(), replaced: z.string().nullable().default(null) }),
    errors: ['CASE_NOT_OPEN', 'CASE_READ_ONLY', 'NOT_FOUND', 'SIG_FILE_INVALID', 'CONFLICT', 'KEY_MEMBER_HAS_KEY', 'KEY_REPLACED'],
  })),
  'memos.keys': method(() => ({
    summary: '本案卷登记的成员公钥',
    request: CaseRef,
    response: z.object({ keys: z.array(z.object({ memberId: z.string(), name: z.string(), unit: z.string(), algorithm: z.string(), fingerprint: z.string(), replacedAt: z.string().nullable().default(null) })) }),
    errors: ['CASE_NOT_OPEN'],
  })),
  'memos.createMemberKey': method(() => ({
    summary: '为评审委员会成员创建签名密钥，并在同一步把公钥登记到本案卷（私钥以本人口令加密保存，不进入案卷）',
    request: CaseRef.extend({ memberId: z.string().min(1), algorithm: z.enum(['sm2', 'ed25519']).default('sm2'), passphrase: z.string().min(8, '密钥口令至少 8 位'), replace: z.boolean().default(false) }),
    response: z.object({ key: OutputRefSchema, certificate: OutputRefSchema, fingerprint: z.string(), replaced: z.string().nullable() }),
    errors: ['CASE_NOT_OPEN', 'CASE_READ_ONLY', 'NOT_FOUND', 'KEY_MEMBER_HAS_KEY'],
  })),
  'keys.create': method(() => ({
    summary: '在本机创建签名密钥（私钥以本人口令加密）',
    request: z.object({ name: z.string().trim().min(1).max(50), unit: z.string().trim().max(200).default(''), algorithm: z.enum(['sm2', 'ed25519']).default('sm2'), passphrase: z.string().min(8, '密钥口令至少 8 位') }),
    response: z.object({ key: OutputRefSchema, certificate: OutputRefSchema, fingerprint: z.string() }),
    errors: ['BAD_REQUEST'],
  })),
};
