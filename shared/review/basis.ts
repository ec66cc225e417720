/** A rule's basis as cited in sentences: the memo's “（依据：…）” and the drafted 修改意见. */
export interface CitedBasis {
  document: string;
  label: string;
  /** false: another jurisdiction's regulation, cited as 参照 (see ruleset.ts `cited`). */
  binding?: boolean;
}

/**
 * Each basis named once, articles of one document after its full title: 《…办法（试行）》第十三条、第十六条; another
 * jurisdiction's regulation as “参照《…》第二十八条”. A basis the text already names (its title and article) is not
 * repeated.
 */
export function citeBasis(basis: CitedBasis[], already = '', sep = '；'): string {
  const byDoc = new Map<string, string[]>();
  for (const b of basis) {
    const label = b.label.replace(/^参照/, '');
    const where = label.startsWith(b.document) ? label.slice(b.document.length) : label;
    if (already.includes(b.document) && already.includes(where)) continue;
    const key = `${b.binding === false ? '参照' : ''}${b.document}`;
    const list = byDoc.get(key) ?? [];
    if (!list.includes(where)) list.push(where);
    byDoc.set(key, list);
  }
  return [...byDoc].map(([doc, where]) => `${doc}${where.join('、')}`).join(sep);
}

/** “依据《…》第X条” or, for another jurisdiction's rule alone, “参照《…》第X条”: what a 修改意见 says it rests on. */
export function restsOn(basis: CitedBasis[]): string {
  const t = citeBasis(basis, '', '、');
  return t.startsWith('参照') ? t : `依据${t}`;
}
