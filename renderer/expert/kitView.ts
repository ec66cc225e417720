import type { ExtractedDocument } from '../../shared/domain/document';
import type { ReviewReport } from '../../shared/review/report';
import type { KitView as KitViewDto } from '../../shared/api/kits';

/**
 * The opened kit as the screen reads it: the contract's KitView (shared/api/kits.ts), with the parts it declares as
 * unknown (the report, the ruleset, the extracted documents) given the shapes the engine writes into the kit.
 */
export type KitView = Omit<KitViewDto, 'review' | 'documents'> & {
  documents: (Omit<KitViewDto['documents'][number], 'document'> & { document: ExtractedDocument | null })[];
  review: { runId: string; kind: string; ruleset: { id: string; version: string; name: string }; report: ReviewReport } | null;
};

export const asKitView = (kit: KitViewDto) => kit as KitView;

/** The cleartext head of a kit file (format, for whom, how it is locked), read before unlocking to pick the right way in. */
export interface KitHead {
  memberName: string;
  method: 'sm2' | 'code';
  recipientName: string | null;
  fingerprint: string | null;
  exportedAt: string | null;
}

/** Reads the head of a kit file the user picked; null when it is not one (the service says why when opening). */
export function readKitHead(text: string): KitHead | null {
  try {
    const f = JSON.parse(text) as { format?: unknown; member?: { name?: unknown }; recipient?: { method?: unknown; name?: unknown; fingerprint?: unknown }; exportedAt?: unknown };
    if (typeof f.format !== 'string' || !f.format.startsWith('review-desk-kit/')) return null;
    const method = f.recipient?.method;
    if (method !== 'sm2' && method !== 'code') return null;
    return {
      memberName: typeof f.member?.name === 'string' ? f.member.name : '',
      method,
      recipientName: typeof f.recipient?.name === 'string' ? f.recipient.name : null,
      fingerprint: typeof f.recipient?.fingerprint === 'string' ? f.recipient.fingerprint : null,
      exportedAt: typeof f.exportedAt === 'string' ? f.exportedAt : null,
    };
  } catch {
    return null;
  }
}

/** Groups a SHA-256 in fours so a person can compare it by eye with the secretary's copy. */
export const groupedHash = (hex: string) => hex.toUpperCase().match(/.{1,4}/g)?.join(' ') ?? hex;
