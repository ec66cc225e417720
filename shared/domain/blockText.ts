import type { Block, ExtractedDocument } from './document';

// Kept apart from document.ts (its zod schemas): extraction uses these, and a TXT import must not load zod.

/** The blocks of the document itself: the wrapper before `bodyStart` left out. */
export function bodyBlocks(doc: ExtractedDocument): Block[] {
  // The table of contents names the sections; it holds none of them.
  return (doc.bodyStart ? doc.blocks.slice(doc.bodyStart) : doc.blocks).filter((b) => !b.toc);
}

/** Plain text of a block, for search and rule matching. */
export function blockText(b: Block): string {
  if (b.kind === 'table') return b.rows.map((r) => r.join('\t')).join('\n');
  if (b.kind === 'heading') return `${b.numbering ?? ''}${b.text}`;
  return b.text;
}

/** A line printed letter-spaced ("实 施 方 案", "工 作 简 报", as PDF and OCR give a centred line) reads as its words. */
export const despace = (t: string) => t.replace(/(?<=[\u3000-\u9fff\uff00-\uffef])[ \u3000\u00a0]+(?=[\u3000-\u9fff\uff00-\uffef])/g, '');
