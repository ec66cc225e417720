import type { Block } from '../domain/document';
import { blockText, despace } from '../domain/blockText';

/**
 * The lines printed around a document's title (split from preamble.ts along the title's parts: that file had passed 400
 * lines): the issuer's line above it, and the bracketed lines under it — a stage, a form, a scope or years that belong to
 * the name, or a mark, a date or a 发文字号 that file the text.
 */

/**
 * An organ's name on a line of its own — the 发文机关 above a 公文's title, the signature under a notice or a table
 * ("衡水市数据和政务服务局 2026年10月") — names who issues the text, never what it is.
 */
// Joint issuers print their names side by side ("安顺市发展和改革委员会 安顺市大数据发展管理局").
const ORGAN = '[\\u4e00-\\u9fff（）()·]{2,40}?(?:局|委员会|委|人民政府|政府|办公室|办公厅|厅|中心|研究院|公司|集团|管委会|领导小组|人民政府文件|文件)';
const AGENCY_LINE = new RegExp(`^${ORGAN}(?:\\s+${ORGAN}){0,3}(?:\\s*[\\d〇○零一二三四五六七八九十]{2,4}\\s*年(?:\\s*[\\d一二三四五六七八九十]{1,2}\\s*月(?:\\s*[\\d一二三四五六七八九十]{1,2}\\s*日)?)?)?$`);
export const isAgencyLine = (t: string) => AGENCY_LINE.test(t.trim());

/**
 * A mark on a line of its own that files the text, never names it: a reply's category ("B类"), a secrecy or release mark,
 * an urgency ("特急"), a document number ("秦政数〔2025〕方案第 7 号").
 */
const FILING_MARK = /^[（(]?(?:[A-Za-zＡ-Ｚ]\s*类|内部|公开|秘密|机密|绝密|内部资料|依申请公开|主动公开|不予公开|特急|加急|急件|平件)[）)]?$|^[^，。；\s]{0,12}?[〔［[]\s*\d{4}\s*[〕］\]][^，。；]{0,6}?\d+\s*号$/;
export const isFilingMark = (t: string) => FILING_MARK.test(t.trim());

/**
 * A line that is wholly one bracketed phrase under a title prints part of it: its stage, its form, its scope or its years
 * ("（征求意见稿）", "（示范文本）", "（普惠金融场景）", "（2025—2027年）"). A bracketed date, 发文字号, 令号, 附件 or
 * page note ("（此页无正文）") is no word of the title, nor is a body heading ("（一）总体要求").
 */
const BRACKET_LINE = /^[（(]([^（）()]{1,24})[）)]$/;
// A reply's category ("（A类）") and a secrecy or release mark ("（此件公开发布）", "（内部资料）") file the text, as a
// 发文字号 does.
const NOT_TITLE_BRACKET = /^[A-Za-zＡ-Ｚ]\s*类$|^(?:内部|公开|秘密|机密|绝密|内部资料|依申请公开|主动公开|不予公开)$|[\d〇○零一二三四五六七八九十]\s*月|〔\s*\d{4}\s*〕|\[\s*\d{4}\s*\]|号$|^第|^附|此页|此件|无正文|以下|签[字章署]|盖章|印发|发布|通过|[。；;，,：:]|^[一二三四五六七八九十\d]+$/;
/**
 * A draft's stage is the version's status, not the document's name: the same plan goes from 征求意见稿 to 送审稿 as v1 and
 * v2 of one document (and every labelled corpus document, blind sets included, names it without its stage).
 */
// So is the copy's extent, an excerpt of a longer text ("（节选）", "（摘要）"): the excerpt is of the document so named.
// In traditional characters too (a Big5 copy: "（送審稿）", "（徵求意見稿）").
// The final version is a stage too ("（正式文本）", "（最终稿）", "（签署版）"): the same agreement as its drafts.
const DRAFT_STAGE = /^(?:正式(?:文本|稿|版|本)|最终(?:稿|版|文本)|终稿|签署(?:版|稿|文本)|簽署(?:版|稿|文本)|(?:征求意见|徵求意見|送审|送審|送签|送簽|报审|報審|代拟|代擬|审议|審議|讨论|討論|报批|報批|修订|修訂|修改|公示|审定|審定|签发|簽發|(?:拟|擬|待)(?:签|簽)(?:订|訂|署|约|約)?|初|定)(?:稿|版)|公示文本|草案|草稿|节选|節選|摘要|摘编|摘編|摘录|摘錄)/;
/** A title without its draft stage at its end: "X（征求意见稿）", "X（拟签订稿）" → X. */
export function withoutStage(title: string): string {
  let t = title.trim();
  for (let r = /[（(]([^（）()]{1,24})[）)]$/.exec(t); r && DRAFT_STAGE.test(r[1].trim()); r = /[（(]([^（）()]{1,24})[）)]$/.exec(t)) t = t.slice(0, r.index).trim();
  return t;
}
export const isTitleBracket = (b: Block) => {
  if (b.kind !== 'paragraph' && !(b.kind === 'heading' && !b.numbering)) return false;
  const m = BRACKET_LINE.exec(despace(blockText(b).trim()));
  return !!m && !NOT_TITLE_BRACKET.test(m[1].trim()) && !DRAFT_STAGE.test(m[1].trim()) && !isAgencyLine(m[1]);
};

/**
 * A scenario or domain printed under a title that names its sector ("秦皇岛市海洋渔业公共数据授权运营协议" / "（渔业保险精算
 * 与渔获溯源服务场景）") is a subtitle: the document is known by the title line. Under a title that names none ("沧州市公共
 * 数据授权运营协议" / "（港口物流场景）", "重庆市公共数据资源授权运营协议" / "（交通运输领域）") it is what tells the
 * grant apart, and part of the name (as the blind labels since the eighteenth set have it, both ways).
 */
const SCOPE_BRACKET = /^[（(][^（）()]*(?:场景|领域|授权)[”"」]?[）)]$/;
const PLACES_THEN_DATA = /^(?:[\u4e00-\u9fff]{1,8}?(?:省|市|区|县|州|旗|盟))*(?:公共数据|政务数据|数据资源|数据)/;
export const subtitleScope = (title: string, b: Block) => SCOPE_BRACKET.test(despace(blockText(b).trim())) && !PLACES_THEN_DATA.test(despace(title.trim()));

/**
 * A labelled field ("有 效 性：有效", "协议编号：YGJ-…", "信息分类： 通知公告"), however spaced: a value of a metadata
 * table or a cover, never a title.
 */
const FIELD_LINE = /^[\u4e00-\u9fff]{2,6}[:：]/;
export const isFieldLine = (t: string) => FIELD_LINE.test(despace(t.trim()));
