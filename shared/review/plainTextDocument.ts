import type { Block, ExtractedDocument, NumberingStyle } from '../domain/document';

/**
 * A small reader of TXT/Markdown into the document model, enough for the review engine, its corpus and `check FILE`.
 * Intake (issue 3: main/docs/extract.ts, shared/document/numbering.ts) is the full reader; once it is merged the
 * service and CLI call it instead and this stays only as the corpus reader of the tests.
 */

const CN = '[一二三四五六七八九十百零〇]+';
const PATTERNS: [NumberingStyle, RegExp][] = [
  ['chapter', new RegExp(`^(第${CN}章)\\s*`)],
  ['section', new RegExp(`^(第${CN}节)\\s*`)],
  ['article', new RegExp(`^(第${CN}条)\\s*`)],
  ['cn', new RegExp(`^(${CN}[、．.])\\s*`)],
  ['cn_paren', new RegExp(`^([（(]${CN}[)）])\\s*`)],
  ['arabic', /^(\d{1,2}[.．、](?!\d))\s*/],
  ['arabic_paren', /^([（(]\d{1,2}[)）])\s*/],
  ['circled', /^([①-⑳])\s*/],
];
const ORDER: NumberingStyle[] = ['none', 'chapter', 'section', 'article', 'cn', 'cn_paren', 'arabic', 'arabic_paren', 'circled'];

type Draft = { kind: 'heading'; style: NumberingStyle; numbering: string | null; text: string; mdLevel?: number } | { kind: 'paragraph'; text: string } | { kind: 'table'; rows: string[][] };

function splitNumbered(line: string): Draft[] {
  for (const [style, re] of PATTERNS) {
    const m = line.match(re);
    if (!m) continue;
    const numbering = m[1];
    const rest = line.slice(m[0].length).trim();
    if (!rest) return [{ kind: 'heading', style, numbering, text: '' }];
    // "（三）运营期限" is a heading; "（三）运营期限。本协议……" is a heading and its first paragraph;
    // "1. 运营机构应当在平台内开展加工，不得导出原始数据。" is a numbered paragraph.
    const body = rest.replace(/[。；;]$/, '');
    if (rest.length <= 40 && !/[。；;]/.test(body)) return [{ kind: 'heading', style, numbering, text: rest.replace(/[：:]$/, '') }];
    const first = rest.match(/^([^。：:；;\s]{1,24})[。：:；;\s]\s*(.+)$/s);
    if (first) return [{ kind: 'heading', style, numbering, text: first[1] }, { kind: 'paragraph', text: first[2].trim() }];
    if (style === 'article' || style === 'chapter') return [{ kind: 'heading', style, numbering, text: rest.slice(0, 24) }, { kind: 'paragraph', text: rest }];
    return [{ kind: 'paragraph', text: line }];
  }
  return [{ kind: 'paragraph', text: line }];
}

export function parsePlainText(text: string, fileName: string, format: 'txt' | 'md' = 'txt'): ExtractedDocument {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  const drafts: Draft[] = [];
  let title = '';
  let table: string[][] | null = null;
  for (const raw of lines) {
    const line = raw.trim().replace(/\*\*/g, '');
    if (/^\|.*\|$/.test(line)) {
      if (/^\|[\s:|-]+\|$/.test(line)) continue;
      const cells = line.slice(1, -1).split('|').map((c) => c.trim());
      if (!table) drafts.push({ kind: 'table', rows: (table = []) });
      table.push(cells);
      continue;
    }
    table = null;
    if (!line || /^-{3,}$/.test(line)) continue;
    const md = line.match(/^(#{1,6})\s+(.*)$/);
    const content = md ? md[2].trim() : line.replace(/^[-*]\s+/, '');
    if (!title && drafts.length === 0) {
      // The first short unnumbered line is the document's title.
      if (content.length <= 60 && !PATTERNS.some(([, re]) => re.test(content))) {
        title = content;
        continue;
      }
    }
    const parts = splitNumbered(content);
    if (md && parts[0].kind === 'paragraph') drafts.push({ kind: 'heading', style: 'none', numbering: null, text: content, mdLevel: md[1].length });
    else drafts.push(...parts);
  }
  const present = ORDER.filter((s) => drafts.some((d) => d.kind === 'heading' && d.style === s));
  const blocks: Block[] = [];
  const path: { level: number; numbering: string; label: string }[] = [];
  let para = 0;
  drafts.forEach((d, i) => {
    const id = `b${i}`;
    if (d.kind === 'heading') {
      const level = Math.min(9, Math.max(1, d.style === 'none' ? d.mdLevel ?? 1 : present.indexOf(d.style) + (present.includes('none') ? 0 : 1)));
      while (path.length && path[path.length - 1].level >= level) path.pop();
      path.push({ level, numbering: d.numbering ?? '', label: d.numbering ?? d.text.slice(0, 12) });
      para = 0;
      const headingPath = path.map((p) => p.numbering || p.label);
      blocks.push({ kind: 'heading', id, level, numbering: d.numbering, numberingStyle: d.style, text: d.text, location: { headingPath, paragraphInSection: 0, blockIndex: i, label: headingPath.join('') || '标题' } });
    } else {
      para++;
      const headingPath = path.map((p) => p.numbering || p.label);
      const label = `${headingPath.join('') || '正文'} 第${para}段`;
      const location = { headingPath, paragraphInSection: para, blockIndex: i, label };
      blocks.push(d.kind === 'table' ? { kind: 'table', id, rows: d.rows, location } : { kind: 'paragraph', id, text: d.text, location });
    }
  });
  return { format, title: title || fileName, needsOcr: false, blocks, warnings: [] };
}
