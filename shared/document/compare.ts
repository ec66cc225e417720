import { diffArrays } from 'diff';
import { z } from 'zod';
import { blockText, type Block, type ExtractedDocument } from '../domain/document';

/**
 * Compares two versions of a document (修改前 / 修改后) the way a committee reads a revised plan: which sections were
 * changed, added or removed, and inside a changed paragraph which words, at Chinese word granularity
 * (Intl.Segmenter). Pure: runs in main (for the CLI and the service) and in the renderer alike.
 */

export const WordPartSchema = z.object({ text: z.string(), op: z.union([z.literal(0), z.literal(1), z.literal(-1)]) });
export type WordPart = z.output<typeof WordPartSchema>;

export const DiffRowSchema = z.object({
  status: z.enum(['same', 'changed', 'added', 'removed']),
  before: z.string().nullable(),
  after: z.string().nullable(),
  /** For a changed row: the inline word diff (-1 removed, 1 added, 0 kept). */
  parts: z.array(WordPartSchema).optional(),
  beforeLabel: z.string().nullable(),
  afterLabel: z.string().nullable(),
});
export type DiffRow = z.output<typeof DiffRowSchema>;

export const SectionDiffSchema = z.object({
  status: z.enum(['same', 'changed', 'added', 'removed']),
  /** The heading as written (numbering + text), in the newer version where it exists. */
  title: z.string(),
  /** The heading in the older version, when it was renumbered (e.g. "（三）" became "（二）"). */
  beforeTitle: z.string().nullable(),
  level: z.number().int().nonnegative(),
  /** The enclosing headings (numbering + text), outermost first, so "（二）运营期限" says under which "二、". */
  parents: z.array(z.string()),
  rows: z.array(DiffRowSchema),
});
export type SectionDiff = z.output<typeof SectionDiffSchema>;

export const DocumentDiffSchema = z.object({
  summary: z.object({ changed: z.number(), added: z.number(), removed: z.number(), same: z.number() }),
  sections: z.array(SectionDiffSchema),
});
export type DocumentDiff = z.output<typeof DocumentDiffSchema>;

let segmenter: Intl.Segmenter | null = null;

/** Splits Chinese (and mixed) text into words: "授权运营期限为五年" → 授权/运营/期限/为/五年. */
export function segmentWords(text: string): string[] {
  segmenter ??= new Intl.Segmenter('zh-CN', { granularity: 'word' });
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/** Word-level diff of two texts, adjacent parts of the same kind merged. */
export function diffWords(before: string, after: string): WordPart[] {
  const out: WordPart[] = [];
  for (const c of diffArrays(segmentWords(before), segmentWords(after))) {
    const op = c.added ? 1 : c.removed ? -1 : 0;
    const text = c.value.join('');
    const last = out[out.length - 1];
    if (last && last.op === op) last.text += text;
    else if (text) out.push({ text, op });
  }
  return out;
}

interface Section {
  key: string;
  title: string;
  level: number;
  parents: string[];
  blocks: { text: string; label: string }[];
}

function sections(doc: ExtractedDocument): Section[] {
  const out: Section[] = [{ key: '', title: '（文首）', level: 0, parents: [], blocks: [] }];
  const path: string[] = [];
  const titles: string[] = [];
  for (const b of doc.blocks as Block[]) {
    if (b.kind === 'heading') {
      // A section is known by the titles of its headings, not their numbers: a plan that drops （二） renumbers
      // （三） as （二）, and that is not a change of （三）'s content. Untitled headings (第五条) fall back to the number.
      path.length = b.level - 1;
      path[b.level - 1] = b.text || b.numbering || '';
      titles.length = b.level - 1;
      const title = `${b.numbering ?? ''}${b.text}`;
      out.push({ key: path.join('/'), title, level: b.level, parents: titles.filter((t) => t), blocks: [] });
      titles[b.level - 1] = title;
    } else {
      out[out.length - 1].blocks.push({ text: blockText(b), label: b.location.label });
    }
  }
  return out.filter((s, i) => i > 0 || s.blocks.length > 0);
}

function diffBlocks(a: Section['blocks'], b: Section['blocks']): DiffRow[] {
  const rows: DiffRow[] = [];
  let removed: Section['blocks'] = [];
  let added: Section['blocks'] = [];
  const flush = () => {
    // Pair removed and added paragraphs in order: each pair is one changed paragraph with a word diff.
    const n = Math.min(removed.length, added.length);
    for (let i = 0; i < n; i++) {
      rows.push({ status: 'changed', before: removed[i].text, after: added[i].text, parts: diffWords(removed[i].text, added[i].text), beforeLabel: removed[i].label, afterLabel: added[i].label });
    }
    for (const r of removed.slice(n)) rows.push({ status: 'removed', before: r.text, after: null, beforeLabel: r.label, afterLabel: null });
    for (const r of added.slice(n)) rows.push({ status: 'added', before: null, after: r.text, beforeLabel: null, afterLabel: r.label });
    removed = [];
    added = [];
  };
  const changes = diffArrays(a, b, { comparator: (x, y) => x.text === y.text });
  let ia = 0;
  let ib = 0;
  for (const c of changes) {
    const n = c.count ?? c.value.length;
    if (c.removed) {
      removed.push(...a.slice(ia, ia + n));
      ia += n;
    } else if (c.added) {
      added.push(...b.slice(ib, ib + n));
      ib += n;
    } else {
      flush();
      for (let i = 0; i < n; i++) rows.push({ status: 'same', before: a[ia + i].text, after: b[ib + i].text, beforeLabel: a[ia + i].label, afterLabel: b[ib + i].label });
      ia += n;
      ib += n;
    }
  }
  flush();
  return rows;
}

export function compareDocuments(before: ExtractedDocument, after: ExtractedDocument): DocumentDiff {
  const A = sections(before);
  const B = sections(after);
  const out: SectionDiff[] = [];
  let ia = 0;
  let ib = 0;
  for (const c of diffArrays(A, B, { comparator: (x, y) => x.key === y.key })) {
    const n = c.count ?? c.value.length;
    for (let i = 0; i < n; i++) {
      if (c.removed) {
        const s = A[ia++];
        out.push({ status: 'removed', title: s.title, beforeTitle: s.title, level: s.level, parents: s.parents, rows: s.blocks.map((x) => ({ status: 'removed', before: x.text, after: null, beforeLabel: x.label, afterLabel: null })) });
      } else if (c.added) {
        const s = B[ib++];
        out.push({ status: 'added', title: s.title, beforeTitle: null, level: s.level, parents: s.parents, rows: s.blocks.map((x) => ({ status: 'added', before: null, after: x.text, beforeLabel: null, afterLabel: x.label })) });
      } else {
        const sa = A[ia++];
        const sb = B[ib++];
        const rows = diffBlocks(sa.blocks, sb.blocks);
        const changed = rows.some((r) => r.status !== 'same');
        out.push({ status: changed ? 'changed' : 'same', title: sb.title, beforeTitle: sa.title !== sb.title ? sa.title : null, level: sb.level, parents: sb.parents, rows });
      }
    }
  }
  const count = (s: SectionDiff['status']) => out.filter((x) => x.status === s).length;
  return { summary: { changed: count('changed'), added: count('added'), removed: count('removed'), same: count('same') }, sections: out };
}
