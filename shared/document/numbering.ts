import type { NumberingStyle } from '../domain/document';

/**
 * Chinese heading numbering as written in plans and agreements: 第一章 / 第一节 / 第一条 / 一、 / （一） / 1. / （1） / ①.
 * Pure: used by every extractor (TXT, Markdown, DOCX, PDF) and by the rules that point at "三、（二）".
 */

const CN_DIGITS = '零〇一二三四五六七八九十百千两';
const CN = `[${CN_DIGITS}]+`;
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
// What follows a number that counts or measures ("3 家", "7 月", "1.5 亿元"), so that it is no heading's numbering;
// "1 个人信息保护", "2 年度计划", "3 人员保障" are names.
const MEASURE = '(?:亿|万|千|百|元|倍|米|吨|公里|公顷|亩|平方|立方|个(?!人|体)|家(?!庭)|项|次|件|条|名|位|批|年(?!度)|月|日|号|时|小时|分钟|秒|天|周|岁|人(?!员|才|工|口|民)|户|台|辆|座|所|级|[A-Za-z%％])';
const AMOUNT = '(?:亿|万|千|百|元|倍|米|吨|公里|公顷|亩|平方|立方|个百分点|小时|[A-Za-z%％])';
// "1 总则", "2 必要性和可行性": the top of a decimal outline, a number and a space before a short name, and nothing
// else on the line (a sentence broken after a number, "42 家企业调研，", is not a heading). The name may list its matters
// ("8 成本收入核算、定价与收益分配").
const DECIMAL_TOP = new RegExp(`^(\\d{1,2})[\\s\\u3000]+(?!${MEASURE})([\\u4e00-\\u9fff][^，,。；;：:！!？?\\s]{1,19})$`);

interface Pattern {
  style: Exclude<NumberingStyle, 'none'>;
  re: RegExp;
}

// Order matters: the more specific first. Each captures (1) the numbering as written, (2) the rest of the line.
const PATTERNS: Pattern[] = [
  // "第一部分 授权范围", "第二篇 实施计划": the divisions above chapters.
  { style: 'part', re: new RegExp(`^(第(?:${CN}|\\d+)(?:部分|篇))[\\s\\u3000]*(.*)$`, 's') },
  { style: 'chapter', re: new RegExp(`^(第(?:${CN}|\\d+)章)[\\s\\u3000]*(.*)$`, 's') },
  { style: 'section', re: new RegExp(`^(第(?:${CN}|\\d+)[节節])[\\s\\u3000]*(.*)$`, 's') },
  { style: 'article', re: new RegExp(`^(第(?:${CN}|\\d+)[条條])[\\s\\u3000]*(.*)$`, 's') },
  { style: 'cn', re: new RegExp(`^(${CN}[、．.])[\\s\\u3000]*(.*)$`, 's') },
  { style: 'cn_paren', re: new RegExp(`^([（(]${CN}[）)])[\\s\\u3000]*(.*)$`, 's') },
  // "1.1 编制目的", "2.2.1 平台基础：……" (outline numbering of technical plans and Word multi-level lists); two parts
  // followed by a unit are an amount at a line's start ("1.5 亿元").
  { style: 'decimal', re: /^(\d{1,2}(?:[.．]\d{1,2}){2,3})(?![\d.．%％])[\s\u3000]*(.*)$/s },
  { style: 'decimal', re: new RegExp(`^(\\d{1,2}[.．]\\d{1,2})(?![\\d.．%％])(?![\\s\\u3000]*${AMOUNT})[\\s\\u3000]*(.*)$`, 's') },
  // "1." "1、" "1．" but not "1.5亿元" or "2024.3": a digit must not follow the dot.
  { style: 'arabic', re: /^(\d{1,3}[.．、](?!\d))[\s\u3000]*(.*)$/s },
  { style: 'arabic_paren', re: /^([（(]\d{1,3}[）)])[\s\u3000]*(.*)$/s },
  { style: 'circled', re: new RegExp(`^([${CIRCLED}])[\\s\\u3000]*(.*)$`, 's') },
];

export interface ParsedNumbering {
  /** As written, e.g. "（二）". */
  numbering: string;
  style: Exclude<NumberingStyle, 'none'>;
  /** The rest of the line after the numbering and any spaces. */
  rest: string;
}

/** The numbering a line starts with, or null. "产品和服务清单必须报批" → null. */
export function parseNumbering(line: string): ParsedNumbering | null {
  // A WeChat article's heading mark before the number ("▌九、各方干什么", "■ 二、运营模式") is decoration.
  const s = line.replace(/^[\s\u3000]+/, '').replace(/^[▌▍▎▋■□●◆◇▶►▷★☆◎]+[\s\u3000]*(?=[（(一二三四五六七八九十\d第])/, '');
  const top = DECIMAL_TOP.exec(s);
  if (top) return { numbering: top[1], style: 'decimal', rest: top[2] };
  for (const p of PATTERNS) {
    const m = p.re.exec(s);
    if (!m) continue;
    // "一、" needs something after it; a bare "一、" alone on a line is still a heading (its title may be on the next line).
    if (p.style === 'cn' && m[1].length > 5) continue;
    return { numbering: m[1], style: p.style, rest: m[2] };
  }
  return null;
}

/**
 * The key a heading's level is decided by: its style, and for a decimal outline its depth ("1" above "1.1" above
 * "1.1.1"), as each depth is a style of its own.
 */
export function levelKey(style: string, numbering: string | null): string {
  return style === 'decimal' && numbering ? `decimal${numbering.split(/[.．]/).length}` : style;
}

/** The value of a Chinese or Arabic numeral inside a numbering ("（十二）" → 12, "③" → 3), or null. */
export function numberingValue(numbering: string): number | null {
  const circled = CIRCLED.indexOf(numbering);
  if (circled >= 0 && numbering.length === 1) return circled + 1;
  // A decimal outline counts at its last part: "3.2" is the second under "3".
  const digits = /\d+(?=[^\d]*$)/.exec(numbering);
  if (digits) return Number(digits[0]);
  const cn = new RegExp(CN).exec(numbering);
  return cn ? chineseToNumber(cn[0]) : null;
}

export function chineseToNumber(s: string): number | null {
  const d: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
  const u: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
  let total = 0;
  let cur = 0;
  for (const ch of s) {
    if (ch in d) cur = d[ch];
    else if (ch in u) {
      total += (cur || 1) * u[ch];
      cur = 0;
    } else return null;
  }
  return total + cur;
}

const SENTENCE_END = /[。；;！!？?]/;
// A modal or a taking effect (not 应急, 应用, 适用范围: heading names).
// Traditional characters too (a Big5 file is structured as written: 應當, 須, 嚴禁, 施行).
const RULE_WORD = /[应應]当|(?<![相对對响響适適供反效理])[应應](?![用急对對收])|(?<!必)[须須](?!知)|必[须須]|可以|不得|禁止|[严嚴]禁|自[^。]{1,12}?起|施行|生效/;
/**
 * A decimal clause's first sentence that is a statement, not a section's name: a party or the text itself as its subject
 * ("3.2 期限届满后本协议自动终止。……"), or a lead-in to what follows ("2.1 授权数据包括：（1）……").
 */
const DECIMAL_STATEMENT = /(?:本协议|本方案|本合同|甲方|乙方|丙方)(?!的|[\u4e00-\u9fff]{0,4}(?:权利|义务|责任|职责|承诺|声明|保证)$)|(?:包括|包含|如下|分为|涵盖)$/;
const MAX_TITLE = 40;

export interface HeadingSplit {
  numbering: string | null;
  style: NumberingStyle;
  /** The heading's own text (its title), without the numbering. May be empty ("第一条" followed by its body). */
  title: string;
  /** Body text that followed the title on the same line ("（一）总体要求。本方案……" → "本方案……"), or ''. */
  body: string;
}

/**
 * Decides whether a numbered line is a heading and splits it into title and body. Government documents often run a
 * heading into its paragraph: "（一）总体要求。坚持……". A short title before the first 。 is the heading; a long
 * numbered sentence ("1. 运营单位应当……。") is a numbered item whose body is a paragraph under it.
 * Returns null for a line without numbering: it is never a heading on its own ("产品和服务清单必须报批").
 */
export function splitNumberedLine(line: string): HeadingSplit | null {
  const n = parseNumbering(line);
  if (!n) return null;
  const rest = n.rest.trim();
  if (!rest) return { numbering: n.numbering, style: n.style, title: '', body: '' };
  // A short line with no sentence end inside (a trailing 。 or ： allowed): the whole rest is the title.
  // A comma, or a long line ending in 。, reads as a sentence, not a title.
  const trimmed = rest.replace(/[。：:]$/, '');
  // So is a short one that says who must or may do what, or when it takes effect ("第三十条 本协议自签订之日起生效。",
  // "第二条 授权运营应当依场景授权。"): an article's text, kept with its 。, not a heading's name.
  // So is one that says what a party holds ("第十一条 乙方享有独家经营权。"): a statement about the parties, not a name.
  const sentence = /[，,]/.test(trimmed) || (rest.endsWith('。') && (trimmed.length > 15 || RULE_WORD.test(trimmed) || DECIMAL_STATEMENT.test(trimmed)));
  // A decimal outline names its sections without a full stop: "5.1 授权性质：排他授权。", "3.4.1 授权运营期限为三年。" are
  // its clauses.
  if (n.style === 'decimal' && /^[^。]+。$/.test(rest)) return { numbering: n.numbering, style: n.style, title: '', body: rest };
  if (trimmed.length <= MAX_TITLE && !SENTENCE_END.test(trimmed) && !sentence) return { numbering: n.numbering, style: n.style, title: trimmed, body: '' };
  // "第二条【授权期限】本协议……", "第二条 授权期限 本协议……" (a bold title set off by a space in Word; Chinese puts
  // no space between words, so a space there is a separator): a short phrase set apart before a sentence is the title.
  const b = /^[【[]([^】\]]{1,20})[】\]]\s*(.+)$/s.exec(rest) ?? /^([^\s。；;，,：:、（）()]{2,12})\s+(?=[\u4e00-\u9fff])(.+[，,。；;].*)$/s.exec(rest);
  if (b) return { numbering: n.numbering, style: n.style, title: b[1].trim(), body: b[2].trim() };
  // "（一）总体要求。坚持……": a short first sentence is the title.
  const m = /^([^。；;！!？?：:]{1,30})[。：:]\s*(.+)$/s.exec(rest);
  // In a decimal outline a first sentence that binds ("6.2 乙方不得……再开发。……") or says a whole thing ("4.1 本场景全部
  // 数据加工、模型训练、产品生成和调用均在专区内进行。……") is the clause's, not a name: its section names are short.
  // A quoted term before the colon ("（十三）“转授权”：乙方将……的行为") is an item of a 用语含义 list: the term and what it
  // means are one sentence, read together as a definition.
  const defined = m && /^[“"「『][^”"」』]{1,20}[”"」』]$/.test(m[1].trim()) && /^[：:]/.test(rest.slice(m[1].length));
  // A colon inside brackets is the bracket's ("（一）交通违法线索筛查服务（服务对象：公安交管部门）；"): no title ends there.
  const unclosed = m && (m[1].match(/[（(]/g) ?? []).length > (m[1].match(/[）)]/g) ?? []).length;
  if (m && !defined && !unclosed && !/[，,]/.test(m[1]) && !(n.style === 'decimal' && (RULE_WORD.test(m[1]) || m[1].length > 15 || DECIMAL_STATEMENT.test(m[1].trim())))) return { numbering: n.numbering, style: n.style, title: m[1].trim(), body: m[2].trim() };
  return { numbering: n.numbering, style: n.style, title: '', body: rest };
}

const DIVISION_RANK: Record<string, number> = { part: 0, chapter: 1, section: 2 };

/**
 * Assigns heading levels by order of appearance: a style (or a DOCX/Markdown heading level) seen for the first time
 * under the current heading goes one level deeper; one already on the stack closes everything below it.
 * So 一、→（一）→1.→二、 gives levels 1, 2, 3, 1, whatever styles a document uses.
 */
export class HeadingLevels {
  private stack: { key: string; numbering: string; local?: boolean }[] = [];

  /**
   * `key` is the numbering style, or e.g. "h2" for a styled heading without numbering. Returns the 1-based level.
   * A `local` heading is an item of a list inside the text (recitals, one paragraph's enumeration): it sits under the
   * current heading, and the next heading that is not local closes it instead of going under it.
   */
  push(key: string, label: string, local = false): number {
    if (!local) while (this.stack.at(-1)?.local) this.stack.pop();
    const rank = DIVISION_RANK[key];
    // 第N部分 / 第N章 / 第N节 are above whatever numbering sits inside them: one closes every heading that is not a
    // larger division, so "一、…" written before the first "第一部分" does not make the parts its children. Styled
    // headings (h1…, from DOCX or Markdown) keep the level their style gives.
    const at =
      rank === undefined ? this.stack.findIndex((e) => e.key === key) : this.stack.findIndex((e) => !/^h\d/.test(e.key) && !(DIVISION_RANK[e.key] < rank));
    if (at >= 0) this.stack.length = at;
    if (this.stack.length >= 9) this.stack.length = 8;
    this.stack.push({ key, numbering: label, ...(local ? { local } : {}) });
    return this.stack.length;
  }

  /** Whether a heading of this key is open (so one more of it is a sibling, not a new level). */
  has(key: string): boolean {
    return this.stack.some((e) => e.key === key);
  }

  /** The labels of the enclosing headings, outermost first. */
  path(): string[] {
    return this.stack.map((e) => e.numbering);
  }
}
