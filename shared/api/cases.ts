import { z } from 'zod';
import { CaseRef, method } from './contract';
import { CaseInfoSchema, CaseSummarySchema, RecentCaseSchema } from '../domain/case';

export const casesMethods = {
  'cases.create': method(() => ({
    summary: '新建评审案卷',
    request: z.object({
      info: CaseInfoSchema,
      passphrase: z.string().min(1).max(1024),
      passphraseConfirm: z.string().max(1024),
      /** Where to save; a file name in the default case folder is chosen when absent. */
      path: z.string().min(1).optional(),
    }),
    response: CaseSummarySchema,
    errors: ['PASSPHRASE_TOO_WEAK', 'PASSPHRASE_MISMATCH', 'CASE_FILE_EXISTS', 'CASE_LOCATION_UNWRITABLE'],
  })),
  'cases.open': method(() => ({
    summary: '用口令打开案卷',
    request: z.object({ path: z.string().min(1), passphrase: z.string().max(1024) }),
    response: CaseSummarySchema,
    errors: ['CASE_FILE_MISSING', 'CASE_WRONG_PASSPHRASE', 'CASE_NOT_A_CASE', 'CASE_TOO_NEW', 'CASE_DAMAGED', 'CASE_ALREADY_OPEN', 'CASE_IN_USE', 'CASE_PASSPHRASE_EMPTY'],
  })),
  'cases.get': method(() => ({
    summary: '读取已打开案卷的基本信息',
    request: CaseRef,
    response: CaseSummarySchema,
    errors: ['CASE_NOT_OPEN'],
  })),
  'cases.update': method(() => ({
    summary: '修改案卷基本信息',
    request: CaseRef.extend({ info: CaseInfoSchema.partial() }),
    response: CaseSummarySchema,
    errors: ['CASE_NOT_OPEN', 'CASE_READ_ONLY'],
  })),
  'cases.close': method(() => ({
    summary: '关闭案卷',
    request: CaseRef,
    response: z.object({}),
    errors: [],
  })),
  'cases.recent': method(() => ({
    summary: '最近打开的案卷',
    request: z.object({}),
    response: z.array(RecentCaseSchema),
    errors: [],
  })),
  'cases.forgetRecent': method(() => ({
    summary: '从最近列表中移除（不删除文件）',
    request: z.object({ path: z.string() }),
    response: z.object({}),
    errors: [],
  })),
  'cases.audit': method(() => ({
    summary: '案卷审计日志',
    request: CaseRef.extend({ limit: z.number().int().min(1).max(10000).default(200) }),
    response: z.object({
      intact: z.boolean(),
      entries: z.array(z.object({ seq: z.number(), at: z.string(), actor: z.string(), action: z.string(), detail: z.unknown(), hash: z.string() })),
    }),
    errors: ['CASE_NOT_OPEN'],
  })),
};
