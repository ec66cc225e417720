import { z } from 'zod';
import { codesOf } from './codes';

/**
 * The one model of a document the app has read in (DESIGN §5). Intake produces it from DOCX, PDF, TXT and Markdown;
 * compliance review reads it; findings point into it by block id and location. Stored in the case as JSON, so
 * reopening a case needs no re-extraction — change it only by adding optional fields.
 */

/** 实施方案 / 授权运营协议 / 申报材料 / 合法性审查意见 / 其他附件. Codes are stored in case files: never rename one. */
import { DOCUMENT_ROLES } from './documentRoles';
export { DOCUMENT_ROLES, type DocumentRole } from './documentRoles';
export const DocumentRoleSchema = codesOf(DOCUMENT_ROLES);

/** The Chinese numbering styles of headings, from the outermost in: 第一章, 第一节, 第一条, 一、, （一）, 1., （1）, ①. */
export const NUMBERING_STYLES = ['part', 'chapter', 'section', 'article', 'cn', 'cn_paren', 'arabic', 'arabic_paren', 'circled', 'decimal', 'none'] as const;
export type NumberingStyle = (typeof NUMBERING_STYLES)[number];

export const LocationSchema = z.object({
  /** 1-based page, for PDFs (and DOCX when the page is known). */
  page: z.number().int().positive().optional(),
  /** The numbering of each enclosing heading, outermost first, e.g. ["三、", "（二）"]. */
  headingPath: z.array(z.string()),
  /** 1-based index of the paragraph among the blocks under its nearest heading. */
  paragraphInSection: z.number().int().nonnegative(),
  /** 0-based index of the block in the document. */
  blockIndex: z.number().int().nonnegative(),
  /** What a reviewer reads, e.g. "三、（二） 第2段" or "第3页 第二段". */
  label: z.string(),
});
export type Location = z.output<typeof LocationSchema>;

/** A block whose text was recognised from a page image (OCR), not read from the file: findings on it say so. */
// toc: a line of the document's table of contents ("四、运营机构选择条件 ……… 4"), kept to show, never read as its content.
const blockBase = { id: z.string(), location: LocationSchema, ocr: z.literal(true).optional(), toc: z.literal(true).optional() };

export const BlockSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('heading'),
    ...blockBase,
    /** 1 = outermost heading level present in this document. */
    level: z.number().int().min(1).max(9),
    /** The numbering as written, e.g. "（二）", or null when the heading has none. */
    numbering: z.string().nullable(),
    numberingStyle: z.enum(NUMBERING_STYLES),
    /** The heading text without its numbering. */
    text: z.string(),
  }),
  z.object({ kind: z.literal('paragraph'), ...blockBase, text: z.string() }),
  z.object({ kind: z.literal('table'), ...blockBase, rows: z.array(z.array(z.string())) }),
]);
export type Block = z.output<typeof BlockSchema>;
export type HeadingBlock = Extract<Block, { kind: 'heading' }>;

export const ExtractedDocumentSchema = z.object({
  format: z.enum(['docx', 'pdf', 'txt', 'md']),
  /** The document's title as printed (first title-like line), or the file name. */
  title: z.string(),
  pageCount: z.number().int().nonnegative().optional(),
  /** A PDF with no text layer: stored and shown, but its text needs OCR before it can be reviewed. */
  needsOcr: z.boolean(),
  blocks: z.array(BlockSchema),
  /** PDF pages without a text layer (scanned): what OCR reads. Absent when every page has text. */
  scannedPages: z.array(z.number().int().positive()).optional(),
  /** The pages whose text was recognised by OCR, and with what. Absent when nothing was recognised. */
  ocr: z.object({ engine: z.string(), pages: z.array(z.number().int().positive()), lowConfidenceLines: z.number().int().nonnegative() }).optional(),
  /** Things the reader should know about the extraction, in Chinese. */
  warnings: z.array(z.string()),
  /**
   * Index of the block where the document itself begins (its title). What comes before is the wrapper it arrived in
   * (a website's header, a 征求意见 notice, a metadata table, a 发文字号): shown as 文首附带内容, never read as evidence.
   */
  bodyStart: z.number().int().nonnegative().optional(),
  /** Id of the block that holds the title, when the title was found in the text. */
  titleBlockId: z.string().optional(),
  /** Set when a user corrected the title or the start in the reader; the detected values stay in `detected`. */
  correction: z
    .object({ by: z.string(), at: z.string(), detected: z.object({ title: z.string(), bodyStart: z.number().int().nonnegative() }) })
    .optional(),
});
export type ExtractedDocument = z.output<typeof ExtractedDocumentSchema>;

export { bodyBlocks, blockText } from './blockText';
