import { z } from 'zod';
import { BasisSchema, ReviewKindSchema } from './ruleset';

/** What the engine found: stored in the case as JSON, sent to the UI and printed by `check --json`. */

export const EvidenceSchema = z.object({
  blockId: z.string(),
  /** Reader-facing location, e.g. "三、（二） 第2段". */
  location: z.string(),
  excerpt: z.string(),
  /** For a clause that decided a red line: how it was read (permission / obligation / prohibition / exception). */
  reading: z.enum(['permission', 'obligation', 'prohibition', 'exception']).optional(),
  /** The consent or condition the clause names ("除甲方书面同意"). */
  condition: z.string().optional(),
  /** The text was recognised by OCR from a scanned page: check it against the original before relying on it. */
  ocr: z.literal(true).optional(),
});
export type Evidence = z.output<typeof EvidenceSchema>;

export const ITEM_STATUSES = { present: '具备', partial: '部分具备', missing: '缺失' } as const;
export const ItemStatusSchema = z.enum(['present', 'partial', 'missing']);
export type ItemStatus = z.output<typeof ItemStatusSchema>;

export const ItemFindingSchema = z.object({
  id: z.string(),
  title: z.string(),
  basis: z.array(BasisSchema),
  guidance: z.string(),
  generic: z.boolean().optional(),
  status: ItemStatusSchema,
  evidence: z.array(EvidenceSchema),
  /** Aspects the item requires that were not found. */
  missingParts: z.array(z.string()),
  /** What the engine looked for, shown when nothing (or not everything) was found. */
  lookedFor: z.string(),
  /** What is missing, in a reviewer's words ("“资金”未见于运营机构选择条件" style); absent in runs made before it existed. */
  explanation: z.string().optional(),
});
export type ItemFinding = z.output<typeof ItemFindingSchema>;

export const FlagFindingSchema = z.object({
  id: z.string(),
  title: z.string(),
  severity: z.enum(['red', 'warning']),
  message: z.string(),
  basis: z.array(BasisSchema),
  guidance: z.string(),
  evidence: z.array(EvidenceSchema),
});
export type FlagFinding = z.output<typeof FlagFindingSchema>;

export const ReviewReportSchema = z.object({
  ruleset: z.object({ id: z.string(), version: z.string(), name: z.string() }),
  kind: ReviewKindSchema,
  documentTitle: z.string(),
  items: z.array(ItemFindingSchema),
  flags: z.array(FlagFindingSchema),
  /** e.g. "该文件看起来不像实施方案". */
  warnings: z.array(z.string()),
  /** The warning that the text is not of the kind reviewed (no body, a text about one, the other kind), when it is
   * not: a memo about this review asks the secretary first. Absent in runs stored before it was kept. */
  unlike: z.string().optional(),
});
export type ReviewReport = z.output<typeof ReviewReportSchema>;
