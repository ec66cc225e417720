import type JSZip from 'jszip';

/**
 * Word's automatic numbering. "第一条", "（一）", "1.1" that Word or WPS generate from numbering.xml are not in the text
 * of the paragraphs (mammoth drops them), yet they are what the reader sees and what gives an agreement its structure.
 * Here each paragraph's label is computed the way Word counts: per list (abstract numbering), a level's counter going
 * up and the deeper levels starting again, in each level's format (chineseCounting 一二三, decimal, 甲乙丙 …) and
 * pattern (lvlText "第%1条"). Numbering can come from the paragraph (w:numPr) or from its style (Heading 1 linked to
 * a multi-level list).
 */

interface Level {
  start: number;
  /** w:lvlRestart: the level after which this one starts again (0 = never); by default after any higher level. */
  restart?: number;
  fmt: string;
  text: string;
  suff: string;
  isLgl: boolean;
}
interface Num {
  abstractId: string;
  starts: Map<number, number>;
}

const attr = (xml: string, tag: string) => new RegExp(`<w:${tag}\\b[^>]*?w:val="([^"]*)"`).exec(xml)?.[1];

const CN = '零一二三四五六七八九';
function chineseCounting(n: number): string {
  if (n < 10) return CN[n];
  if (n < 20) return '十' + (n % 10 ? CN[n % 10] : '');
  if (n < 100) return CN[Math.floor(n / 10)] + '十' + (n % 10 ? CN[n % 10] : '');
  if (n < 1000) {
    const rest = n % 100;
    return CN[Math.floor(n / 100)] + '百' + (rest === 0 ? '' : rest < 10 ? '零' + CN[rest] : rest < 20 ? '一' + chineseCounting(rest) : chineseCounting(rest));
  }
  return String(n);
}
const LEGAL: Record<string, string> = { 一: '壹', 二: '贰', 三: '叁', 四: '肆', 五: '伍', 六: '陆', 七: '柒', 八: '捌', 九: '玖', 十: '拾', 百: '佰', 零: '零' };
const roman = (n: number) => {
  const t: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let s = '';
  for (const [v, r] of t)
    while (n >= v) {
      s += r;
      n -= v;
    }
  return s;
};
const letter = (n: number) => String.fromCharCode(65 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);

export function formatNumber(n: number, fmt: string): string {
  switch (fmt) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
      return chineseCounting(n);
    case 'chineseLegalSimplified':
      return [...chineseCounting(n)].map((c) => LEGAL[c] ?? c).join('');
    case 'ideographDigital':
    case 'japaneseDigitalTenThousand':
      return [...String(n)].map((d) => (d === '0' ? '〇' : CN[Number(d)])).join('');
    case 'ideographTraditional':
      return '甲乙丙丁戊己庚辛壬癸'[(n - 1) % 10];
    case 'ideographZodiac':
      return '子丑寅卯辰巳午未申酉戌亥'[(n - 1) % 12];
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
    case 'ideographEnclosedCircle':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return [...String(n)].map((d) => String.fromCharCode(0xff10 + Number(d))).join('');
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'upperLetter':
      return letter(n);
    case 'lowerLetter':
      return letter(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'bullet':
    case 'none':
      return '';
    default:
      return String(n);
  }
}

function readNumbering(xml: string) {
  const abstracts = new Map<string, Map<number, Level>>();
  const linked = new Map<string, string>();
  const styleOwner = new Map<string, string>();
  for (const m of xml.matchAll(/<w:abstractNum\b[^>]*w:abstractNumId="([^"]+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g)) {
    const levels = new Map<number, Level>();
    for (const l of m[2].matchAll(/<w:lvl\b[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvl>/g)) {
      const x = l[2];
      const restart = attr(x, 'lvlRestart');
      levels.set(Number(l[1]), { ...(restart !== undefined ? { restart: Number(restart) } : {}), start: Number(attr(x, 'start') ?? 1), fmt: attr(x, 'numFmt') ?? 'decimal', text: attr(x, 'lvlText') ?? '', suff: attr(x, 'suff') ?? 'tab', isLgl: /<w:isLgl\b(?![^>]*w:val="(?:0|false)")/.test(x) });
    }
    abstracts.set(m[1], levels);
    const link = attr(m[2], 'numStyleLink');
    const owns = attr(m[2], 'styleLink');
    if (link) linked.set(m[1], link);
    if (owns) styleOwner.set(owns, m[1]);
  }
  // Word's list styles (多级列表 saved as a style): a list that only names the style (w:numStyleLink) has no levels of
  // its own; they are in the definition that carries w:styleLink to the same style. Without this its numbers vanish.
  for (const [id, style] of linked) {
    const owner = styleOwner.get(style);
    if (owner && !abstracts.get(id)?.size) abstracts.set(id, abstracts.get(owner) ?? new Map());
  }
  const nums = new Map<string, Num>();
  for (const m of xml.matchAll(/<w:num\b[^>]*w:numId="([^"]+)"[^>]*>([\s\S]*?)<\/w:num>/g)) {
    const starts = new Map<number, number>();
    for (const o of m[2].matchAll(/<w:lvlOverride\b[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvlOverride>/g)) {
      const s = attr(o[2], 'startOverride');
      if (s !== undefined) starts.set(Number(o[1]), Number(s));
    }
    const abstractId = attr(m[2], 'abstractNumId');
    if (abstractId !== undefined) nums.set(m[1], { abstractId, starts });
  }
  return { abstracts, nums };
}

/** Each paragraph style's own numbering (w:numPr in its w:pPr), following w:basedOn. */
function styleNumbering(xml: string): Map<string, { numId: string; ilvl: number }> {
  const raw = new Map<string, { numId?: string; ilvl?: number; basedOn?: string }>();
  for (const m of xml.matchAll(/<w:style\b[^>]*w:styleId="([^"]+)"[^>]*>([\s\S]*?)<\/w:style>/g)) {
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(m[2])?.[1];
    raw.set(m[1], { numId: numPr ? attr(numPr, 'numId') : undefined, ilvl: numPr && attr(numPr, 'ilvl') !== undefined ? Number(attr(numPr, 'ilvl')) : undefined, basedOn: attr(m[2], 'basedOn') });
  }
  const out = new Map<string, { numId: string; ilvl: number }>();
  for (const id of raw.keys()) {
    let s = raw.get(id);
    for (let i = 0; s && i < 10; i++) {
      if (s.numId !== undefined) {
        out.set(id, { numId: s.numId, ilvl: s.ilvl ?? 0 });
        break;
      }
      s = s.basedOn ? raw.get(s.basedOn) : undefined;
    }
  }
  return out;
}

/** A paragraph's label and, when the label looks like a shallower level's ("%2." under "%1."), its list depth. */
export interface NumberingLabel {
  text: string;
  /** The list level (ilvl) when the text alone cannot tell it from a shallower one; 0 otherwise. */
  depth: number;
}

/** A level's printed shape: its text with each number a placeholder, and its number format. */
const shape = (l: Level) => `${l.text.replace(/%\d/g, '%')}|${l.fmt}`;

/**
 * The label Word shows before each paragraph of word/document.xml, in document order ('' for none or a bullet), or
 * null when the document has no numbering definitions.
 */
export async function numberingLabels(zip: JSZip): Promise<NumberingLabel[] | null> {
  const numberingXml = await zip.file('word/numbering.xml')?.async('string');
  const documentXml = await zip.file('word/document.xml')?.async('string');
  if (!numberingXml || !documentXml) return null;
  const { abstracts, nums } = readNumbering(numberingXml);
  const styles = styleNumbering((await zip.file('word/styles.xml')?.async('string')) ?? '');
  const counters = new Map<string, number[]>();
  const restarted = new Set<string>();
  const labels: NumberingLabel[] = [];
  for (const p of documentXml.matchAll(/<w:p\b(?!Pr|Style|r\b)[^>]*?(?:\/>|>([\s\S]*?)<\/w:p>)/g)) {
    const pPr = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(p[1] ?? '')?.[1] ?? '';
    const own = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(pPr)?.[1];
    const style = attr(pPr, 'pStyle');
    const fromStyle = style ? styles.get(style) : undefined;
    const numId = (own && attr(own, 'numId')) ?? fromStyle?.numId;
    const ilvl = own && attr(own, 'ilvl') !== undefined ? Number(attr(own, 'ilvl')) : (fromStyle?.ilvl ?? 0);
    const num = numId && numId !== '0' ? nums.get(numId) : undefined;
    const levels = num ? abstracts.get(num.abstractId) : undefined;
    const level = levels?.get(ilvl);
    if (!num || !levels || !level) {
      labels.push({ text: '', depth: 0 });
      continue;
    }
    const key = num.abstractId;
    const c = counters.get(key) ?? [];
    // A list instance that overrides its start begins again the first time it is used.
    if (num.starts.size && !restarted.has(numId!)) {
      restarted.add(numId!);
      for (const [l, s] of num.starts) c[l] = s - 1;
    }
    c[ilvl] = (c[ilvl] ?? (num.starts.get(ilvl) ?? level.start) - 1) + 1;
    for (let d = ilvl + 1; d < 10; d++) {
      const r = levels.get(d)?.restart;
      // lvlRestart n: restart only after level n (1-based) appears; 0: never.
      if (r === undefined || (r !== 0 && ilvl <= r - 1)) c[d] = undefined as unknown as number;
    }
    counters.set(key, c);
    const text = level.text.replace(/%(\d)/g, (_m, k: string) => {
      const l = Number(k) - 1;
      const lv = levels.get(l);
      const n = c[l] ?? lv?.start ?? 1;
      return formatNumber(n, level.isLgl ? 'decimal' : (lv?.fmt ?? 'decimal'));
    });
    // Word shows a deeper level by its indent; a label printed like a shallower level's ("1." under "5.") says its depth.
    const alike = [...levels].some(([d, l]) => d < ilvl && shape(l) === shape(level));
    labels.push({ text: level.fmt === 'bullet' || !text.trim() ? '' : text + (level.suff === 'nothing' ? '' : ' '), depth: alike ? ilvl : 0 });
  }
  return labels;
}
