import { z } from 'zod';
import { BasisSchema, ReviewKindSchema } from './ruleset';
import { ItemStatusSchema, EvidenceSchema } from './report';
import { ConclusionSchema, VerdictSchema } from './verdicts';

/**
 * What the memo module (issue 6) prints and signs for a compliance review: `services.review.memoContent(caseId)`.
 * Labels are included beside codes so the memo needs no lookup tables of its own.
 */
/** An expert's ruling on an automatic finding (review.ruleFlag): the memo marks it, never presents a dismissed one as a finding. */
export const MemoRulingSchema = z
  .object({ ruling: z.enum(['dismissed', 'upheld']), reason: z.string(), location: z.string(), decidedBy: z.string(), decidedAt: z.string() })
  .nullable()
  .default(null);

export const ReviewMemoContentSchema = z.object({
  kind: ReviewKindSchema,
  /** 实施方案 / 授权运营协议. */
  kindLabel: z.string(),
  ruleset: z.object({ id: z.string(), version: z.string(), name: z.string(), lineage: z.array(z.string()) }),
  document: z.object({ title: z.string(), fileName: z.string(), sha256: z.string().optional() }),
  reviewedAt: z.string(),
  items: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      basis: z.array(BasisSchema),
      autoStatus: ItemStatusSchema,
      autoStatusLabel: z.string(),
      evidence: z.array(EvidenceSchema),
      /** One per committee member who recorded a verdict; `transcribed` when the secretary entered it from paper (代录). */
      verdicts: z.array(z.object({
        memberId: z.string(), name: z.string(), verdict: VerdictSchema, verdictLabel: z.string(), comment: z.string(),
        transcribed: z.object({ operator: z.string(), reason: z.string(), paperRef: z.string() }).optional(),
        /** Given while another text was under review (an earlier version): that text, as 第 1 版《file》. Printed as such. */
        earlier: z.string().optional(),
      })),
      committee: z.object({ verdict: VerdictSchema, verdictLabel: z.string(), comment: z.string(), earlier: z.string().optional() }).nullable(),
      ruling: MemoRulingSchema,
    }),
  ),
  flags: z.array(z.object({ id: z.string(), title: z.string(), severity: z.enum(['red', 'warning']), message: z.string(), basis: z.array(BasisSchema), evidence: z.array(EvidenceSchema), ruling: MemoRulingSchema })),
  conclusion: z.object({ value: ConclusionSchema, label: z.string(), decidedBy: z.string(), decidedAt: z.string(), earlier: z.string().optional() }).nullable(),
  /** 修改意见, in order, each tied to the item or red line it comes from and its basis. */
  opinions: z.array(z.object({ id: z.string(), itemId: z.string(), itemTitle: z.string(), basis: z.array(BasisSchema), text: z.string() })),
  /** Members whose verdict differs from the committee's, with their reasons (DOMAIN §5: a dissenter signs with reasons). */
  dissent: z.array(z.object({ memberId: z.string(), name: z.string(), itemId: z.string(), itemTitle: z.string(), verdictLabel: z.string(), committeeLabel: z.string(), comment: z.string() })),
  /** Warnings of the automatic review, e.g. "该文件看起来不像实施方案". */
  warnings: z.array(z.string()),
});
export type ReviewMemoContent = z.output<typeof ReviewMemoContentSchema>;
