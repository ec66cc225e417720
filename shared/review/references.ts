import type { Block } from '../domain/document';
import type { ReadDocument } from './sections';
import { parseNumeral } from './text';

// What a reference in the text points to ("附件3", "第六条"): read by the red lines' clause parse and by the products list.

export const N = '[一二三四五六七八九十\\d]+';
export const ANNEX_HEAD = new RegExp(`^\\s*附件\\s*(${N})(?![\\d．.])`);
const ARTICLE_HEAD = new RegExp(`^\\s*第\\s*(${N})\\s*条`);
const headText = (r: ReadDocument, b: Block) => (b.kind === 'heading' ? `${b.numbering ?? ''}${b.text}` : r.text(b));

/**
 * What "附件3" or "第六条" points to in this document: the annex from its own heading ("附件3 数据使用例外情形") to the
 * next annex, or the article to the next one. A line of the 附件 list ("附件：1. 数据资源目录") is not the annex.
 * Also used by the red-line readers' clause parse (clauseParse.ts `ParseContext.resolve`).
 */
export function referenced(r: ReadDocument): (ref: string) => string | null {
  // One resolver per document, so the parses made with it are shared by every reader of the review (clauseParse.ts memo).
  const known = resolvers.get(r);
  if (known) return known;
  const memo = new Map<string, string | null>();
  const resolve = (ref: string) => {
    if (memo.has(ref)) return memo.get(ref)!;
    const annex = ref.startsWith('附件');
    const n = parseNumeral(ref.replace(/^附件|^第|条$/g, ''));
    const head = annex ? ANNEX_HEAD : ARTICLE_HEAD;
    const blocks = r.blocks;
    let out: string | null = null;
    const start = blocks.findIndex((b) => {
      const m = head.exec(headText(r, b));
      return !!m && parseNumeral(m[1]) === n;
    });
    if (start >= 0) {
      const parts: string[] = [r.text(blocks[start])];
      for (const b of blocks.slice(start + 1, start + 40)) {
        const m = head.exec(headText(r, b));
        if (m && parseNumeral(m[1]) !== n) break;
        parts.push(r.text(b));
      }
      out = parts.join('\n');
    }
    memo.set(ref, out);
    return out;
  };
  resolvers.set(r, resolve);
  return resolve;
}
const resolvers = new WeakMap<ReadDocument, (ref: string) => string | null>();
