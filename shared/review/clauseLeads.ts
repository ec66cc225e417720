import { sentences } from './text';
import { kept } from './kept';
import { SANCTION_LEAD_SOURCE } from './redlines/background';

/**
 * Sentences read under a lead-in: a prohibition, a sanction or a list of risks ending in a colon governs the numbered
 * items after it, in its own paragraph and in the paragraphs that follow, until something that is not an item closes it.
 */

/** A prohibitor that governs what follows it, the verb still to come. */
export const NEGATOR_OPEN = '(?:不得|禁止|严禁|不能|无权|不允许|不应|不准)';

/**
 * A lead-in that prohibits what it lists ("乙方不得有下列行为：", "禁止下列行为：", "严禁：", "不得存在以下情形："): each item
 * after it ("（一）将本协议项下的授权转让或者转授权他人；") is forbidden though it holds no negator of its own. Not one
 * that lists exceptions ("除下列情形外，乙方不得转授权：") nor one whose prohibitor governs a verb of its own ("不得拒绝
 * 下列请求：", whose items are to be done).
 */
const FORBIDDING_LEAD = new RegExp(
  `${NEGATOR_OPEN}(?:[^，。；：:]{0,8}?(?:有|存在|出现|从事|实施|进行|发生|作出))?(?:下列|以下|如下)?(?:[\u4e00-\u9fff]{0,4}?(?:行为|情形|情况|事项|活动|做法|内容))?\\s*[：:]\\s*$` +
    `|(?:下列|以下|如下)(?:行为|情形|事项|活动|做法)[^，。；：:]{0,4}?(?:禁止|严禁|不得(?:实施|从事|发生|出现|存在))\\s*[：:]\\s*$`,
);
/**
 * A lead-in naming risks or problems ("本方案重点防范以下风险：", "主要风险包括："): its items are what is guarded against,
 * each let happen by nothing.
 */
const RISK_LEAD = /(?:风险|隐患|问题)(?:点)?(?:包括|主要有|主要包括|如下|有)?[^，。；：:]{0,4}?[：:]\s*$/;
/**
 * A lead-in that allows what it lists ("经甲方合规审核，下列数据可以导出公共数据平台："): each item is let happen, as if
 * the lead-in were written before it ("……（三）产品验证所需的原始数据样本").
 */
const ALLOWING_LEAD = /(?:下列|以下|如下)(?:[\u4e00-\u9fff]{0,6}?)(?:数据|信息|资料|内容|产品|成果|情形)[^，。；：:]{0,6}?(?:可以|可|允许|准予|得以|方可)[^，。；：:]{1,16}?[：:]\s*$/;
/** A sanction's lead-in ending `before` (redlines/background.ts, with the other sanction leads). */
const SANCTION_LEAD = new RegExp(`${SANCTION_LEAD_SOURCE}\\s*$`);
/** The lead-in `before` ends with, as written (its whole sentence up to the colon), or null. */
export function forbiddingLeadBefore(before: string): string | null {
  const m = FORBIDDING_LEAD.exec(before) ?? SANCTION_LEAD.exec(before) ?? RISK_LEAD.exec(before) ?? ALLOWING_LEAD.exec(before);
  if (!m) return null;
  const sentence = before.slice(before.search(/[^。；;！？!?\n]*$/));
  // "除下列情形外，……不得……：": the items are what stays allowed (a sanction's items are punished all the same).
  return /除/.test(sentence) && !SANCTION_LEAD.test(sentence) ? null : sentence;
}
/** Whether `sentence` is an item read under a sanction's lead-in (`ledSentences`): no consent it names lifts it. */
export const underSanctionLead = (sentence: string) => {
  const colon = sentence.search(/[：:]/);
  return colon >= 0 && SANCTION_LEAD.test(sentence.slice(0, colon + 1));
};
/** A list item's numbering, by its style ("（二）" and "（三）" are of one list; "五、" after them starts another matter). */
export function itemStyle(s: string): string | null {
  const m = /^\s*(?:([（(])[一二三四五六七八九十]+[）)]|([（(])\d+[）)]|[一二三四五六七八九十]+([、.．])|\d+([、.．)）])|([①-⑳]))/.exec(s);
  if (!m) return null;
  return m[1] ? '(一)' : m[2] ? '(1)' : m[3] ? '一、' : m[4] ? '1.' : '①';
}

/** Reads the sentences of a text under an open lead-in: each item keeps it, anything else closes it. */
function walkLead(text: string, lead: Lead, each?: (s: string, open: string) => void) {
  let inList = false;
  // A lead-in may run over a semicolon ("乙方有下列行为之一的，甲方有权暂停授权并要求乙方支付违约金；造成损失的，依法赔偿："):
  // the clause before it, when it ended so, is read with it.
  let before = '';
  let last = '';
  for (const s of sentences(text)) {
    const style = itemStyle(s);
    // The body of an item whose number stands as a line of its own goes on under the lead-in, and so do unnumbered items
    // run on with semicolons ("主要风险包括：……；……；……。"): the list ends at the full stop.
    const goesOn = (lead.cont || (inList && !lead.style)) && !style;
    inList = /[；;]\s*$/.test(s);
    lead.cont = false;
    if (lead.text && !goesOn && !(style && (!lead.style || lead.style === style))) lead.text = '';
    if (lead.text && !lead.style) lead.style = style;
    each?.(s, lead.text);
    // The lead-in may end the sentence (a paragraph of its own) or open it ("……行为：（一）……；").
    const colon = s.search(/[：:](?=[^：:]*$)/);
    const l = colon >= 0 ? (forbiddingLeadBefore(s.slice(0, colon + 1)) ?? (before && !style ? forbiddingLeadBefore(before + s.slice(0, colon + 1)) : null)) : null;
    if (l) Object.assign(lead, { text: l, style: itemStyle(s.slice(colon + 1)) });
    before = /[；;]\s*$/.test(s) && !style ? s.replace(/[；;]\s*$/, '，') : '';
    last = s;
  }
  // Items set out a paragraph each without numbers (a Word list whose numbers intake left off): after the lead-in ending
  // a paragraph, or an item ending with a semicolon, the next paragraph is the next item.
  if (lead.text && !lead.style && (inList || /[：:]\s*$/.test(last))) lead.cont = true;
  return lead;
}

export interface Lead {
  text: string;
  style: string | null;
  /** The text before was an item's number alone ("（一）"): this text is that item's body. */
  cont?: boolean;
}
export const NO_LEAD: Lead = { text: '', style: null };

/**
 * The sentences of `text`, each item of a list a prohibiting lead-in governs read with the lead-in before it, so every
 * reader sees it forbidden: "乙方不得有下列行为：（一）……；（二）直接或者间接参与……再开发；" gives "……；" and "乙方不得有下列
 * 行为：（二）直接或者间接参与……再开发；". `lead` is the lead-in left open by the paragraphs before (`openLead`), for a
 * list set out one item a paragraph.
 */
export function ledSentences(text: string, lead: Lead = NO_LEAD): string[] {
  // Most texts hold no lead-in and are under none: their sentences as they are (every rule reads them, so kept).
  if (!lead.text && !/[：:]/.test(text)) return sentences(text);
  // Every check reads a section under the lead its paragraphs left open: kept per text and lead.
  const key = lead.text ? `${lead.style ?? ''}\u0001${lead.cont ? 1 : 0}\u0001${lead.text}\u0001${text}` : text;
  return kept(ledCache, key, () => {
    const out: string[] = [];
    walkLead(text, { ...lead }, (s, open) => out.push(open ? open + s : s));
    return out;
  });
}
const ledCache = new Map<string, string[]>();

/** The lead-in a paragraph leaves open for the paragraphs after it: its last sentence is the lead-in or an item under it. */
export const openLead = (text: string, lead: Lead = NO_LEAD): Lead => walkLead(text, { ...lead });
