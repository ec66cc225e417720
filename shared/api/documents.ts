import { z } from 'zod';
import { CaseRef, method } from './contract';
import { FileRefSchema, OutputRefSchema } from './files';
import { DocumentRoleSchema, ExtractedDocumentSchema } from '../domain/document';
import { DocumentDiffSchema } from '../document/compare';
import { JobIdSchema } from './jobs';

export const DocumentVersionSchema = z.object({
  versionId: z.string(),
  documentId: z.string(),
  version: z.number().int().positive(),
  fileName: z.string(),
  format: z.enum(['docx', 'pdf', 'txt', 'md']),
  size: z.number().int(),
  sha256: z.string(),
  pageCount: z.number().int().nullable(),
  needsOcr: z.boolean(),
  note: z.string(),
  importedAt: z.string(),
  importedBy: z.string(),
  /** Counts from the extraction, for the list. */
  headings: z.number().int(),
  paragraphs: z.number().int(),
  tables: z.number().int(),
  warnings: z.array(z.string()),
});
export type DocumentVersion = z.output<typeof DocumentVersionSchema>;

export const DocumentSummarySchema = z.object({
  documentId: z.string(),
  role: DocumentRoleSchema,
  /** The bidder's name for 申报材料, '' otherwise. */
  bidder: z.string(),
  title: z.string(),
  createdAt: z.string(),
  /** Oldest first; the last is the current version. */
  versions: z.array(DocumentVersionSchema),
});
export type DocumentSummary = z.output<typeof DocumentSummarySchema>;

/** Where an imported file goes: a new document, a new version of a named one, or "auto" (the one document of the same role and bidder, if there is exactly one; else a new one). */
export const ImportTargetSchema = z.union([z.literal('auto'), z.literal('new'), z.object({ documentId: z.string().min(1) })]);

export const SearchHitSchema = z.object({
  documentId: z.string(),
  versionId: z.string(),
  version: z.number().int(),
  role: DocumentRoleSchema,
  bidder: z.string(),
  title: z.string(),
  blockId: z.string(),
  label: z.string(),
  page: z.number().int().nullable(),
  /** Text around the match, with the match at [matchStart, matchStart + matchLength). */
  snippet: z.string(),
  matchStart: z.number().int(),
  matchLength: z.number().int(),
});
export type SearchHit = z.output<typeof SearchHitSchema>;

const bidderField = z.string().trim().max(200).optional();

export const documentsMethods = {
  'documents.list': method(() => ({
    summary: '案卷中的文件及其各版本',
    request: CaseRef,
    response: z.object({ documents: z.array(DocumentSummarySchema) }),
    errors: ['CASE_NOT_OPEN'],
  })),
  'documents.candidates': method(() => ({
    summary: '导入前查询：同一角色（及申报单位）已有的文件，可作为其新版本',
    request: CaseRef.extend({ role: DocumentRoleSchema, bidder: bidderField }),
    response: z.object({ documents: z.array(DocumentSummarySchema), suggested: z.string().nullable() }),
    errors: ['CASE_NOT_OPEN'],
  })),
  'documents.import': method(() => ({
    summary: '导入文件（DOCX/PDF/TXT/Markdown）并提取结构',
    request: CaseRef.extend({
      file: FileRefSchema,
      role: DocumentRoleSchema,
      bidder: bidderField,
      target: ImportTargetSchema.default('auto'),
      note: z.string().max(500).default(''),
      /** Names the job for `jobs.status` / `jobs.cancel` (progress bar and 取消). */
      jobId: JobIdSchema.optional(),
    }),
    response: z.object({ document: DocumentSummarySchema, version: DocumentVersionSchema, isNewDocument: z.boolean() }),
    errors: [
      'CASE_NOT_OPEN', 'CASE_READ_ONLY', 'NOT_FOUND', 'FILE_UPLOAD_MISSING', 'DOC_EMPTY', 'DOC_TOO_LARGE', 'DOC_UNSUPPORTED_TYPE', 'DOC_LEGACY_FORMAT',
      'DOC_DOCX_CORRUPT', 'DOC_DOCX_BOMB', 'DOC_PDF_BOMB', 'DOC_TOO_DEMANDING', 'DOC_PDF_ENCRYPTED', 'DOC_PDF_CORRUPT', 'DOC_TYPE_MISMATCH', 'DOC_BIDDER_REQUIRED', 'DOC_EXTRACT_FAILED',
      'DOC_REVISION_UNSURE', 'JOB_CANCELLED', 'CONFLICT',
    ],
  })),
  'documents.get': method(() => ({
    summary: '读取某一版本的结构（标题层级、段落、表格、页码）',
    request: CaseRef.extend({ versionId: z.string().min(1) }),
    response: z.object({ document: DocumentSummarySchema, version: DocumentVersionSchema, extracted: ExtractedDocumentSchema }),
    errors: ['CASE_NOT_OPEN', 'NOT_FOUND'],
  })),
  'documents.original': method(() => ({
    summary: '读取原件内容（用于在阅读器中显示 PDF 页面）',
    request: CaseRef.extend({ versionId: z.string().min(1) }),
    response: z.object({ fileName: z.string(), sha256: z.string(), size: z.number().int(), base64: z.string() }),
    errors: ['CASE_NOT_OPEN', 'NOT_FOUND', 'CASE_DAMAGED'],
  })),
  'documents.exportOriginal': method(() => ({
    summary: '导出原件（逐字节一致，附 SHA-256）',
    request: CaseRef.extend({ versionId: z.string().min(1) }),
    response: OutputRefSchema,
    errors: ['CASE_NOT_OPEN', 'NOT_FOUND', 'CASE_DAMAGED'],
  })),
  'documents.search': method(() => ({
    summary: '在案卷的文件中检索文字',
    request: CaseRef.extend({ query: z.string().trim().min(1).max(200), allVersions: z.boolean().default(false), limit: z.number().int().min(1).max(500).default(200) }),
    response: z.object({ hits: z.array(SearchHitSchema), truncated: z.boolean() }),
    errors: ['CASE_NOT_OPEN'],
  })),
  'documents.correct': method(() => ({
    summary: '更正文件的标题、正文起点（其上为网页页眉、征求意见说明等，不作为审查依据）和类别；留痕',
    request: CaseRef.extend({
      versionId: z.string().min(1),
      title: z.string().trim().min(1).max(200),
      bodyStart: z.number().int().nonnegative(),
      role: DocumentRoleSchema.optional(),
      reason: z.string().max(500).default(''),
    }),
    response: z.object({ document: DocumentSummarySchema, version: DocumentVersionSchema, extracted: ExtractedDocumentSchema }),
    errors: ['CASE_NOT_OPEN', 'CASE_READ_ONLY', 'NOT_FOUND', 'BAD_REQUEST'],
  })),
  'documents.remove': method(() => ({
    summary: '删除文件（含各版本及不再被引用的原件）；留痕并写明原因；审查意见书签署后不可删除',
    request: CaseRef.extend({ documentId: z.string().min(1), reason: z.string().max(500) }),
    response: z.object({ blobsDeleted: z.number().int().nonnegative() }),
    errors: ['CASE_NOT_OPEN', 'CASE_READ_ONLY', 'NOT_FOUND', 'BAD_REQUEST', 'DOC_REMOVE_SIGNED'],
  })),
  'documents.compare': method(() => ({
    summary: '比较两个版本（修改前 / 修改后）',
    request: CaseRef.extend({ beforeVersionId: z.string().min(1), afterVersionId: z.string().min(1) }),
    response: z.object({ before: DocumentVersionSchema, after: DocumentVersionSchema, diff: DocumentDiffSchema }),
    errors: ['CASE_NOT_OPEN', 'NOT_FOUND'],
  })),
};
