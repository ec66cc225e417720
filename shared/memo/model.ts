import { z } from 'zod';

/**
 * The one model of a document the app prints (DESIGN §5, DOMAIN §7): review memos, the signature page, and the
 * meeting-packet pages all become a `PrintDoc`, which `main/docs/renderPdf.ts` and `main/docs/renderDocx.ts` lay out
 * per GB/T 9704 so the PDF and the DOCX say the same thing. Pure data, no layout values: the renderers own the
 * geometry and the fonts.
 *
 * Headings carry their Chinese numbering in `numbering` ("一、", "（一）", "1.", "（1）"); the level picks the font:
 * 1 黑体, 2 楷体, 3 and 4 仿宋 (DOMAIN §7).
 */

export const RunSchema = z.object({
  text: z.string(),
  bold: z.boolean().optional(),
  /** Never broken across lines (nor at its hyphens): a command a reader types, such as `review-desk verify 文件.pdf`. */
  keep: z.boolean().optional(),
});
export type Run = z.output<typeof RunSchema>;

export const PrintBlockSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('heading'),
    level: z.number().int().min(1).max(4),
    numbering: z.string().default(''),
    text: z.string(),
  }),
  z.object({
    kind: z.literal('paragraph'),
    /** Plain text, or runs when part of it is bold. */
    text: z.string().default(''),
    runs: z.array(RunSchema).optional(),
    /** 'indent' (the default) indents the first line by two characters; 'left', 'center', 'right' do not. */
    align: z.enum(['indent', 'left', 'center', 'right']).default('indent'),
    /** All its lines on one page (a note a reader must see whole, such as how to verify the signatures). */
    keepTogether: z.boolean().optional(),
    /**
     * A signing line (记录人…主持人…) that never starts a page alone: it travels with the last two lines of text before
     * it, as GB/T 9704 keeps a 落款 with the body.
     */
    keepWithPrevious: z.boolean().optional(),
  }),
  z.object({
    kind: z.literal('table'),
    /** Header rows, repeated at the top of every page the table runs onto. */
    header: z.array(z.array(z.string())).default([]),
    rows: z.array(z.array(z.string())),
    /** Relative column widths; equal when omitted. */
    widths: z.array(z.number().positive()).optional(),
    caption: z.string().optional(),
  }),
  z.object({ kind: z.literal('pageBreak') }),
  /** Lines for handwritten signatures: one row per person, e.g. a committee signing table. */
  z.object({
    kind: z.literal('signLines'),
    /** `unit`: 工作单位 and 职称, so a signature can be told apart from a namesake's. */
    people: z.array(z.object({ name: z.string(), unit: z.string().default(''), role: z.string().default(''), note: z.string().default('') })),
  }),
]);
export type PrintBlock = z.input<typeof PrintBlockSchema>;
export type PrintBlockOut = z.output<typeof PrintBlockSchema>;

/** The red 版头 of a 纪要: mark in 一号 小标宋, red (GB/T 9704 recommends red for the mark and the separator line). */
export const MASTHEAD = { size: 26, red: '#e60012', rule: 1 };

export const PrintDocSchema = z.object({
  /** 2号小标宋, centred. Line breaks ("\n") are kept. */
  title: z.string().min(1),
  /** 份号: six digits, top left, when set. */
  copyNo: z.string().regex(/^\d{6}$/).optional(),
  /** 密级 (e.g. "秘密★1年") and 紧急程度, top left under the 份号, when set. */
  secrecy: z.string().optional(),
  urgency: z.string().optional(),
  /**
   * A mark at the top of every page (e.g. "非最终结果"): a draft whose result is not final must say so on each page,
   * not only on the first, so that no single printed page can pass as final.
   */
  pageMark: z.string().optional(),
  /** The number of the first page: pages printed in place of later pages of another document (the filled 签字表 in a signed memo) continue its numbering. */
  firstPageNumber: z.number().int().min(1).default(1),
  /**
   * 版头 of a 纪要 (GB/T 9704 §10.3, §7.2): the 纪要标志 / 发文机关标志 (e.g. "市数据局党组会纪要") in red 小标宋, centred,
   * 35 mm below the top of the text block; the lines under it (期号; issuer and date), centred; then a red separator
   * line as wide as the text block. When set it stands in place of the title block (the title stays the metadata).
   */
  masthead: z.object({ mark: z.string().min(1), lines: z.array(z.string()).default([]) }).optional(),
  /** 主送机关, one line under the title, flush left, ending with "：". */
  addressee: z.string().optional(),
  blocks: z.array(PrintBlockSchema),
  /** 附件说明: one line below the body, two characters in, "附件：1．…". */
  attachments: z.array(z.string()).default([]),
  /** The signing block: the issuing body (or 评审委员会) and the date, right-aligned. */
  signing: z
    .object({
      by: z.string().default(''),
      /** Printed as written, e.g. "2026年11月22日". */
      date: z.string().default(''),
    })
    .optional(),
  /** Pages after the signing block (e.g. the committee's signing table), starting on a new page. */
  appendix: z.array(PrintBlockSchema).default([]),
  /** Small print at the end (e.g. "本文件使用替代字体排版"); the renderers add the fallback-font note themselves. */
  notes: z.array(z.string()).default([]),
  /** Document metadata (PDF Info / DOCX core properties). */
  meta: z
    .object({
      subject: z.string().optional(),
      author: z.string().optional(),
      keywords: z.string().optional(),
      /** The title of the document the memo is about (the reviewed plan or agreement), as the user confirmed it. */
      about: z.string().optional(),
      /**
       * What drafting found the paper lacks for signing (e.g. a 专家论证意见 with no expert verdict): shown with the
       * draft and named when signing is refused. Never printed.
       */
      cautions: z.array(z.string()).optional(),
    })
    .default({}),
});
export type PrintDoc = z.input<typeof PrintDocSchema>;
export type PrintDocOut = z.output<typeof PrintDocSchema>;

const WORD_NUMBERING = /^第[^第\s]{1,8}(?:部分|篇|章|节|条|款|项)$/;
/**
 * A heading's numbering and its text as printed. "一、" "（一）" "1." "（1）" end in their own mark and run on into the
 * text; a numbering that is a word ("第一章", "第二节", "第三条", "第一部分") is set apart from it by a full-width space,
 * as official documents print "第一章\u3000总则" and "第三条\u3000甲方……". Extraction keeps the two apart (numbering, text) and
 * drops the space between them, so it is put back here, where they are joined for paper.
 */
export function numberedText(numbering: string, text: string): string {
  return numbering && text && WORD_NUMBERING.test(numbering.trim()) && !/^[\s\u3000]/.test(text) ? `${numbering.trim()}\u3000${text}` : `${numbering}${text}`;
}

/** Every character the document prints, for the font check. */
export function docText(d: PrintDocOut): string {
  const parts: string[] = [d.title, d.copyNo ?? '', d.secrecy ?? '', d.urgency ?? '', d.addressee ?? ''];
  if (d.masthead) parts.push(d.masthead.mark, ...d.masthead.lines);
  for (const b of d.blocks) {
    if (b.kind === 'heading') parts.push(numberedText(b.numbering, b.text));
    else if (b.kind === 'paragraph') parts.push(b.text, ...(b.runs ?? []).map((r) => r.text));
    else if (b.kind === 'table') parts.push(b.caption ?? '', ...b.header.flat(), ...b.rows.flat());
    else if (b.kind === 'signLines') parts.push(...b.people.flatMap((p) => [p.name, p.unit, p.role, p.note]));
  }
  for (const b of d.appendix) {
    if (b.kind === 'paragraph') parts.push(b.text);
    else if (b.kind === 'signLines') parts.push(...b.people.flatMap((p) => [p.name, p.unit, p.role, p.note]));
  }
  parts.push(...d.attachments, d.signing?.by ?? '', d.signing?.date ?? '', ...d.notes);
  return parts.join('\n');
}

/**
 * The committees sit in China: dates and times on paper are the wall clock of Asia/Shanghai, whatever zone the laptop
 * (or a test machine) is set to. Stored instants stay ISO/UTC.
 */
export const OFFICE_TIME_ZONE = 'Asia/Shanghai';

function officeParts(d: Date | string): Record<'year' | 'month' | 'day' | 'hour' | 'minute', number> {
  const x = typeof d === 'string' ? new Date(d) : d;
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: OFFICE_TIME_ZONE, year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', hourCycle: 'h23' }).formatToParts(x);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value ?? 0);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute') };
}

/** "2026年11月22日": the calendar day in Asia/Shanghai, as GB/T 9704 writes dates. */
export function chineseDate(d: Date | string): string {
  const p = officeParts(d);
  return `${p.year}年${p.month}月${p.day}日`;
}

/** "2026年12月1日 15:30": an instant as a person in Asia/Shanghai writes it (signature times). */
export function chineseDateTime(d: Date | string): string {
  const p = officeParts(d);
  return `${chineseDate(d)} ${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
}

/** 一、二、… for heading numbering up to 99. */
export function cnNumber(n: number): string {
  const digits = '零一二三四五六七八九';
  if (n < 10) return digits[n];
  if (n < 20) return '十' + (n % 10 ? digits[n % 10] : '');
  return digits[Math.floor(n / 10)] + '十' + (n % 10 ? digits[n % 10] : '');
}
