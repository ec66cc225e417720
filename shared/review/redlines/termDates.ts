import { lastDayOfMonth } from '../text';

/**
 * How a grant's term is dated: its start ("自2026年1月1日起", from the signing, to a month or a season), its end ("至2030年
 * 12月31日", "于……期满", to a month), each also named by an event and dated beside it. term.ts reads a term across
 * sentences with these.
 */
const DATE = '(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日';
/** "自2026年1月1日起算", "自2026年1月1日起". */
export const STARTS = new RegExp(`自\\s*${DATE}\\s*(?:起|开始)`);
/**
 * "自2026年3月签订之日起", "自2026年1月起": a start given to its month, measured from the month's last day (the shortest
 * term the words allow).
 */
export const MONTH_STARTS = /自\s*(\d{4})\s*年\s*(\d{1,2})\s*月(?!\s*\d{1,2}\s*日)(?:[^，。；\d]{0,8}?(?:之日|日))?\s*(?:起|开始)/;
/** The term starts when the agreement is signed or takes effect, and the document says when it was signed. */
// "自双方签字盖章之日起": the seal is part of the signing.
export const FROM_SIGNING = /自[^，。；]{0,8}?(?:签订|签署|签字|签章|订立)(?:并?盖章)?(?:之日|日)(?:起)?/;
/**
 * "自本协议生效之日起" is the signing too where the agreement takes effect when signed ("本协议自双方签字盖章之日起生效");
 * one that takes effect on a later step ("经备案后生效") starts later, and is not read from the signing.
 */
export const FROM_EFFECT = /自[^，。；]{0,8}?生效(?:之日|日)(?:起)?/;
export const EFFECT_ON_SIGNING = /自[^，。；]{0,10}?(?:签订|签署|签字|签章|盖章|订立)(?:之日|日|时)起?[^，。；]{0,2}?生效/;
/**
 * "运营至2030年12月31日", "有效期至2031年6月30日" (not the end of a written range "自…起至…止"); the end may be named
 * and dated in apposition ("至“十五五”规划期末即2030年12月31日终止").
 */
export const ENDS = new RegExp(`(?<!日\\s*(?:起)?\\s*)(?:至|到)\\s*(?:[^，。；\\d]{1,16}?(?:即|亦即|也即|也就是)\\s*)?${DATE}`, 'g');
/**
 * A start and an end written to a quarter, a month or a year ("本次授权运营于2025年第四季度启动，暂定运营至2029年12月底"):
 * the start on its period's last day and the end on its first (its last when said "底"/"末"), the shortest term the
 * words allow.
 */
const SEASON = String.raw`(\d{4})\s*年\s*(?:第\s*([一二三四1-4])\s*季度|(\d{1,2})\s*月(?!\s*\d{1,2}\s*日)(?:份|初|中旬|下旬|底|末)?|(?:年)?(?:底|末|年底|年末)|(?:上|下)半年)`;
export const COARSE_START = new RegExp(`(?:授权|运营|协议)[^，。；]{0,8}?(?:自|于|从)\\s*${SEASON}\\s*(?:起|开始|启动|实施|生效|正式)`);
export const COARSE_END = new RegExp(`(?:运营|授权|期限|有效期)[^，。；\\d]{0,4}?(?:至|到)\\s*${SEASON}`);
/** The [year, month, day] a coarse date is read as: its first day, or its last when `last` (or said "底"/"末"). */
export function coarseDay(m: RegExpExecArray, last: boolean): [number, number, number] {
  const y = Number(m[1]);
  const said = m[0].slice(m[0].indexOf('年'));
  const q = m[2] ? ('一二三四'.indexOf(m[2]) + 1 || Number(m[2])) : 0;
  const [from, to] = q ? [q * 3 - 2, q * 3] : m[3] ? [Number(m[3]), Number(m[3])] : /上半年/.test(said) ? [1, 6] : /下半年/.test(said) ? [7, 12] : [12, 12];
  const endOf = last || /底|末/.test(said);
  return endOf ? [y, to, lastDayOfMonth(y, to)] : [y, from, 1];
}
/**
 * A start or an end named by its event and dated beside it ("自双方签字盖章之日（2025年3月18日）起", "至“十五五”规划期末
 * （2030年12月31日）", "自本协议签订之日即2026年1月1日起"): the date is the point, whatever the event's words.
 */
// The start may be led by 经 or 于 ("本协议经双方签署之日（……）起生效").
const NAMED_AND_DATED = new RegExp(`(自|从|经|于|至|到)[^，。；（()\\d]{1,30}?(?:[（(]\\s*(?:即|亦即)?\\s*(${DATE})\\s*[）)]|(?:即|亦即|也即)\\s*(${DATE}))(?=\\s*(起|开始|止|为止|终止|届满|[，。；]|$))`, 'g');
export const datedInPlace = (s: string) =>
  s.includes('年') ? s.replace(NAMED_AND_DATED, (...m: (string | undefined)[]) => `${/^[至到]$/.test(m[1]!) ? m[1] : /^(?:起|开始)/.test(m[10] ?? '') ? '自' : m[1]}${m[2] ?? m[6]}`) : s;
/** "2029年12月31日授权期满": the end said as the date the grant runs out. */
export const ENDS_ON = new RegExp(`${DATE}\\s*(?:授权|运营|协议|本协议)?(?:期满|届满|到期)`, 'g');
/** "期限至2030年12月31日止": the term's end, written without its start. */
export const END_ONLY = new RegExp(`(?:期限|有效期|授权期|运营期)[^，。；\\d]{0,4}?(?:至|到)\\s*${DATE}`);
/** Or said as the day it ends on: "授权运营于2029年12月31日期满"; or as the day the operation runs to ("授权运营至2029年12月31日结束"). */
export const END_AT = new RegExp(`(?:授权运营|授权|运营|协议)(?:期限|有效期)?[^，。；\\d]{0,4}?(?:于|在)\\s*${DATE}\\s*(?:期满|届满|到期|终止)`);
export const RUNS_TO = new RegExp(`(?:本次)?授权运营(?:工作)?(?:至|到)\\s*${DATE}\\s*(?:结束|终止|期满|届满|止)`);
export const END_MONTH = new RegExp(`(?:期限|有效期|授权期|运营期)[^，。；\\d]{0,4}?(?:至|到)\\s*(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月(?!\\s*\\d)`);
/**
 * A date in a field named for the term's start or end, as a table row or a form line gives it ("授权起始日 | 2025年12月1日",
 * "协议到期日期：2029年11月30日"): said as the term's start or end, so rows read apart join into one range. A field
 * without the grant's words ("开始时间") is the term's only under a heading that names the term.
 */
const FIELD_DATE = new RegExp(`^([^|｜：:，。；\\d]{0,10}?)(起始|开始|起算|生效|终止|截止|到期|届满|期满|结束)(?:日期?|时间)\\s*[|｜：:]\\s*(${DATE})\\s*$`, 'gm');
const GRANT_FIELD = /授权|运营|协议|期限|有效期/;
export const fieldDated = (s: string, underTermHeading: boolean) =>
  s.includes('年')
    ? s.replace(FIELD_DATE, (all, label: string, point: string, date: string) =>
        !underTermHeading && !GRANT_FIELD.test(label) ? all : `${label}${point}：期限${/起始|开始|起算|生效/.test(point) ? `自${date}起` : `至${date}止`}`)
    : s;
