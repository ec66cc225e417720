/**
 * Words a document changes in its own text: "正文第十二条“相关网络日志保存三个月”修改为“相关网络日志保存不少于十二个月”"
 * (a 补充条款 amending the agreement above it), "原协议第五条第一款“……至2027年3月31日止”，修改为“……至2029年3月31日止”"
 * (a 补充协议 amending its original). The old words bind no longer: wherever they stand (the clause amended, or the quote
 * in the sentence amending it) they are read as blank, so no reader decides on them; the new words are read as written.
 * Quotes still show the text as written (sections.ts `shown`).
 */
const CHANGED = /修改为|修订为|变更为|调整为|更改为|改为|替换为|删除/;
const AMENDS = /[“"「]([^”"」]{4,120})[”"」][，,]?\s*(?:修改为|修订为|变更为|调整为|更改为|改为|替换为|(?:予以)?删除)/g;

/** The old words each amendment in `texts` quotes. */
export function amendedWords(texts: readonly string[]): string[] {
  const out = new Set<string>();
  for (const t of texts) if (CHANGED.test(t)) for (const m of t.matchAll(AMENDS)) out.add(m[1]);
  return [...out];
}

/** `text` with the amended words blanked, of the same length so quotes still line up. */
export function withoutAmended(text: string, words: readonly string[]): string {
  let t = text;
  for (const w of words) if (t.includes(w)) t = t.split(w).join('\u3000'.repeat(w.length));
  return t;
}
