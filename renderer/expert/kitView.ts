import type { ExtractedDocument } from '../../shared/domain/document';
import type { ReviewReport } from '../../shared/review/report';
import type { Verdict } from '../../shared/review/verdicts';

/**
 * What the expert's screen reads of an opened kit (main/services/kits/export.ts KitPayload). `experts.openKit`
 * answers `z.unknown()` today, so this mirrors the fields the screen uses (see /work/notes/expertui-requests.md §1).
 */
export interface KitView {
  kitId: string;
  caseName: string;
  member: { memberId: string; name: string; fingerprint: string | null };
  exportedAt: string;
  exportedBy: string;
  documents: { role: string; name: string; sha256: string; document: ExtractedDocument | null }[];
  review: { runId: string; kind: string; ruleset: { id: string; version: string; name: string }; report: ReviewReport };
  form: { items: { itemId: string; title: string }[]; verdicts: { itemId: string; verdict: Verdict; comment: string }[]; supersedes: string | null };
  selection?: { allowed: boolean; reason: string; applicants: { applicantId: string; name: string }[] };
}

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
