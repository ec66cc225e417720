/**
 * Whether an imported file is plausibly a revision of a document already in the case, judged on titles: a different
 * plan (another city's) must not silently become "第 2 版" of the one already there.
 */

/** At or above: the same document revised. Below LOW: a different document. In between: ask the user. */
export const REVISION_SIMILARITY = 0.8;
export const DIFFERENT_SIMILARITY = 0.5;

/** Compare what a title says, not its wrapping: no spaces, punctuation, book-title marks or version words. */
export function normalizeTitle(title: string): string {
  return title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[（(【[]?(征求意见稿|送审稿|修改稿|修订稿|定稿|草案|第?[0-9一二三四五六七八九十]+稿|v?\d+(\.\d+)*版?)[）)】\]]?/g, '')
    .replace(/[\s\p{P}\p{S}]/gu, '');
}

const bigrams = (s: string): Map<string, number> => {
  const m = new Map<string, number>();
  const cs = [...s];
  if (cs.length === 1) m.set(cs[0], 1);
  for (let i = 0; i + 1 < cs.length; i++) {
    const g = cs[i] + cs[i + 1];
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
};

/** Sørensen–Dice coefficient on character bigrams of the normalized titles, 0..1 (1 = same wording). */
export function titleSimilarity(a: string, b: string): number {
  const x = normalizeTitle(a);
  const y = normalizeTitle(b);
  if (!x || !y) return 0;
  if (x === y) return 1;
  const bx = bigrams(x);
  const by = bigrams(y);
  let common = 0;
  for (const [g, n] of bx) common += Math.min(n, by.get(g) ?? 0);
  const total = [...bx.values()].reduce((s, n) => s + n, 0) + [...by.values()].reduce((s, n) => s + n, 0);
  return total ? (2 * common) / total : 0;
}

export type RevisionVerdict = 'revision' | 'unsure' | 'different';

/** The place a title starts with (秦皇岛市, 某县, 河北省), or '' when none is recognisable. */
export function placeOf(title: string): string {
  return /^(.{1,7}?(?:自治区|自治州|省|市|盟|县|区|旗))/u.exec(normalizeTitle(title))?.[1] ?? '';
}

/**
 * Revision, different document, or ask. Titles of plans follow one template, so two cities' plans can read 90% alike:
 * when both name a place and the places differ, it is never taken as a revision without asking.
 */
export function revisionVerdict(a: string, b: string): { verdict: RevisionVerdict; similarity: number } {
  const similarity = titleSimilarity(a, b);
  const pa = placeOf(a);
  const pb = placeOf(b);
  const otherPlace = pa !== '' && pb !== '' && pa !== pb;
  if (similarity >= REVISION_SIMILARITY) return { verdict: otherPlace ? 'unsure' : 'revision', similarity };
  if (similarity >= DIFFERENT_SIMILARITY) return { verdict: 'unsure', similarity };
  return { verdict: 'different', similarity };
}
