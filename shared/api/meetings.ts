import { z } from 'zod';
import { CaseRef, RequestId, method } from './contract';
import { FileRefSchema, OutputRefSchema } from './files';
import { JobIdSchema } from './jobs';
import {
  ApprovalFormSchema, AttachmentKindSchema, CopySchema, ExplanationSchema, ItemSchema, MeetingInputSchema, MeetingSchema, RecordSchema, RiskLevelSchema,
} from '../domain/meeting';

/** After 已上会 a change needs a reason; it becomes a new version. */
const Reason = { changeReason: z.string().max(500).optional() };
const Locked = ['CASE_NOT_OPEN', 'NOT_FOUND', 'MEETING_LOCKED'] as const;

const Detail = z.object({
  meeting: MeetingSchema,
  items: z.array(ItemSchema),
  record: RecordSchema.nullable(),
  versions: z.array(z.object({ version: z.number().int(), reason: z.string(), actor: z.string(), at: z.string() })),
  copies: z.array(CopySchema),
});

export const meetingsMethods = {
  'meetings.list': method(() => ({
    summary: '会议列表',
    request: CaseRef,
    response: z.object({ meetings: z.array(MeetingSchema) }),
    errors: ['CASE_NOT_OPEN'],
  })),
  'meetings.get': method(() => ({
    summary: '会议、议题、材料、版本和分发登记',
    request: CaseRef.extend({ meetingId: z.string() }),
    response: Detail,
    errors: ['CASE_NOT_OPEN', 'NOT_FOUND'],
  })),
  'meetings.save': method(() => ({
    summary: '新建或修改会议',
    request: CaseRef.extend({ meeting: MeetingInputSchema, ...Reason, ...RequestId }),
    response: MeetingSchema,
    errors: [...Locked],
    idempotent: 'sync',
  })),
  'meetings.addItem': method(() => ({
    summary: '添加议题',
    request: CaseRef.extend({ meetingId: z.string(), title: z.string().trim().min(1, '请填写议题名称').max(200), linkedToCase: z.boolean().default(true), ...Reason, ...RequestId }),
    response: ItemSchema,
    errors: [...Locked],
    idempotent: 'sync',
  })),
  'meetings.saveItem': method(() => ({
    summary: '保存议题审批表和议题说明',
    request: CaseRef.extend({ itemId: z.string(), approval: ApprovalFormSchema, explanation: ExplanationSchema, ...Reason }),
    response: ItemSchema,
    errors: [...Locked],
  })),
  'meetings.removeItem': method(() => ({
    summary: '删除议题',
    request: CaseRef.extend({ itemId: z.string(), ...Reason }),
    response: z.object({}),
    errors: [...Locked],
  })),
  'meetings.setOnAgenda': method(() => ({
    summary: '列入或撤出议程（列入前检查上会条件）',
    request: CaseRef.extend({ itemId: z.string(), onAgenda: z.boolean(), ...Reason }),
    response: ItemSchema,
    errors: [...Locked, 'MEETING_GATE'],
  })),
  'meetings.attach': method(() => ({
    summary: '附上材料（PDF 或 DOCX，附上时检查能否读取）',
    request: CaseRef.extend({ itemId: z.string(), kind: AttachmentKindSchema, file: FileRefSchema, title: z.string().max(200).optional(), riskLevel: RiskLevelSchema.nullable().optional(), ...Reason }),
    response: ItemSchema,
    errors: [...Locked, 'MEETING_ATTACHMENT_ENCRYPTED', 'MEETING_ATTACHMENT_BROKEN', 'MEETING_ATTACHMENT_TYPE', 'MEETING_RISK_LEVEL', 'FILE_UPLOAD_MISSING'],
  })),
  'meetings.attachCaseDocument': method(() => ({
    summary: '附上本案卷中的文件（PDF 或 DOCX）',
    request: CaseRef.extend({ itemId: z.string(), kind: AttachmentKindSchema, versionId: z.string(), title: z.string().max(200).optional(), riskLevel: RiskLevelSchema.nullable().optional(), ...Reason }),
    response: ItemSchema,
    errors: [...Locked, 'MEETING_ATTACHMENT_ENCRYPTED', 'MEETING_ATTACHMENT_BROKEN', 'MEETING_ATTACHMENT_TYPE', 'MEETING_RISK_LEVEL'],
  })),
  'meetings.attachMemo': method(() => ({
    summary: '附上本案卷中已签署的意见书',
    request: CaseRef.extend({ itemId: z.string(), kind: AttachmentKindSchema, memoId: z.string(), title: z.string().max(200).optional(), riskLevel: RiskLevelSchema.nullable().optional(), ...Reason }),
    response: ItemSchema,
    errors: [...Locked, 'MEETING_MEMO_UNSIGNED', 'MEETING_RISK_LEVEL'],
  })),
  'meetings.markNotRequired': method(() => ({
    summary: '标明某项材料无需提供及理由',
    request: CaseRef.extend({ itemId: z.string(), kind: AttachmentKindSchema, reason: z.string().max(500), ...Reason }),
    response: ItemSchema,
    errors: [...Locked, 'MEETING_LEGAL_REQUIRED', 'MEETING_REASON_REQUIRED', 'CONFLICT'],
  })),
  'meetings.removeAttachment': method(() => ({
    summary: '移除材料',
    request: CaseRef.extend({ attachmentId: z.string(), ...Reason }),
    response: ItemSchema,
    errors: [...Locked],
  })),
  'meetings.lock': method(() => ({
    summary: '标记已上会并锁定材料',
    request: CaseRef.extend({ meetingId: z.string() }),
    response: MeetingSchema,
    errors: ['CASE_NOT_OPEN', 'NOT_FOUND', 'CONFLICT', 'MEETING_EMPTY_AGENDA', 'MEETING_GATE'],
  })),
  'meetings.buildPacket': method(() => ({
    summary: '生成会议材料 PDF 及编号份',
    request: CaseRef.extend({
      meetingId: z.string(),
      recipients: z.array(z.string().trim().min(1).max(50)).max(200).default([]),
      /** 补发: copies only to the listed people holding no copy of this version still out. */
      onlyMissing: z.boolean().default(false),
      /** Names the job for `jobs.status` / `jobs.cancel` (progress bar and 取消). */
      jobId: JobIdSchema.optional(),
    }),
    response: z.object({
      packet: OutputRefSchema,
      pageCount: z.number().int(),
      toc: z.array(z.object({ title: z.string(), level: z.number().int(), page: z.number().int() })),
      copies: z.array(CopySchema.extend({ output: OutputRefSchema })),
      register: OutputRefSchema.nullable(),
      /** Things the secretary should know, e.g. fewer than 3 days before the meeting (DOMAIN §6). */
      warnings: z.array(z.string()),
    }),
    errors: ['CASE_NOT_OPEN', 'NOT_FOUND', 'MEETING_EMPTY_AGENDA', 'MEETING_GATE', 'JOB_CANCELLED', 'CONFLICT'],
  })),
  'meetings.register': method(() => ({
    summary: '打印分发回收登记表',
    request: CaseRef.extend({ meetingId: z.string() }),
    response: OutputRefSchema,
    errors: ['CASE_NOT_OPEN', 'NOT_FOUND', 'MEETING_NO_COPIES'],
  })),
  'meetings.setReturned': method(() => ({
    summary: '登记编号份已收回或未收回',
    request: CaseRef.extend({ meetingId: z.string(), copyNo: z.number().int().positive(), returned: z.boolean() }),
    response: z.object({ copies: z.array(CopySchema) }),
    errors: ['CASE_NOT_OPEN', 'NOT_FOUND'],
  })),
  'meetings.saveRecord': method(() => ({
    summary: '保存会议记录',
    request: CaseRef.extend({ meetingId: z.string(), record: RecordSchema }),
    response: RecordSchema,
    errors: ['CASE_NOT_OPEN', 'NOT_FOUND'],
  })),
  'meetings.renderAfter': method(() => ({
    summary: '生成会议记录或纪要（PDF 或 DOCX）',
    request: CaseRef.extend({ meetingId: z.string(), which: z.enum(['record', 'minutes']), format: z.enum(['pdf', 'docx']), issuer: z.string().max(100).optional(), issueNo: z.number().int().positive().max(9999).optional() }),
    response: OutputRefSchema,
    errors: ['CASE_NOT_OPEN', 'NOT_FOUND', 'MEETING_EMPTY_AGENDA', 'MEETING_RECORD_INCOMPLETE'],
  })),
};
