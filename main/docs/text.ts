import type { RawItem } from '../../shared/document/build';
import { parseNumbering } from '../../shared/document/numbering';

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

/** Joins wrapped lines of one paragraph: no space between Chinese characters, one space between Latin words. */
export function joinLines(a: string, b: string): string {
  if (!a) return b;
  if (!b) return a;
  return CJK.test(a.slice(-1)) || CJK.test(b[0]) ? a + b : `${a} ${b}`;
}

/** Plain text: one line, one paragraph (Chinese TXT files are written a paragraph per line). */
export function txtItems(text: string): RawItem[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim())
    .filter((l) => l)
    .map((l) => ({ kind: 'text', text: l }));
}

const stripInline = (s: string) =>
  s
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/`([^`]+)`/g, '$1');

const tableCells = (line: string) =>
  line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((c) => stripInline(c.trim()));

/** Markdown: # headings by level, pipe tables as tables, paragraphs separated by blank lines, list markers dropped. */
export function markdownItems(text: string): RawItem[] {
  const items: RawItem[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  let para = '';
  const flush = () => {
    if (para.trim()) items.push({ kind: 'text', text: para.trim() });
    para = '';
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const t = line.trim();
    if (!t) {
      flush();
      continue;
    }
    if (t.startsWith('```')) {
      flush();
      const code: string[] = [];
      for (i++; i < lines.length && !lines[i].trim().startsWith('```'); i++) code.push(lines[i]);
      if (code.join('').trim()) items.push({ kind: 'text', text: code.join('\n') });
      continue;
    }
    const h = /^(#{1,6})\s+(.*?)\s*#*$/.exec(t);
    if (h) {
      flush();
      const text = stripInline(h[2]);
      // "# 某市……协议" opening the file, unnumbered, is the document's title, not its first chapter.
      if (h[1] === '#' && !items.length && !parseNumbering(text)) items.push({ kind: 'text', text, isTitle: true });
      else items.push({ kind: 'text', text, styledLevel: h[1].length });
      continue;
    }
    if (t.startsWith('|') && i + 1 < lines.length && /^\|?\s*:?-{2,}/.test(lines[i + 1].trim())) {
      flush();
      const rows = [tableCells(t)];
      for (i += 2; i < lines.length && lines[i].trim().startsWith('|'); i++) rows.push(tableCells(lines[i]));
      i--;
      items.push({ kind: 'table', rows });
      continue;
    }
    const list = /^([-*+]|>)\s+(.*)$/.exec(t);
    if (list) {
      flush();
      items.push({ kind: 'text', text: stripInline(list[2]) });
      continue;
    }
    // A numbered line starts its own paragraph, so "1." items are not glued to the text above.
    if (/^(\d{1,3}[.、]|[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|第[一二三四五六七八九十百\d]+[章节条])/.test(t)) flush();
    para = joinLines(para, stripInline(t));
  }
  flush();
  return items;
}
