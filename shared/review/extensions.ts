import { CN_NUMERAL, parseNumeral } from './text';

/**
 * Automatic extensions of a term, and the words that waive a step (split from text.ts along the term's reading: that
 * file had passed 400 lines). "自动顺延一年", "无需重新签订协议，期限延长两年": a span added to the term with no new decision.
 */

const EXTENSION = new RegExp(`(?:顺延|延长|延续|续期|续展|续延|续签|续约|展期|延期|继续履行|继续运营|继续有效|继续执行)(?:运营|经营|履行)?(?:期限|期间|期)?(?:为|一次|一期)?[，,]?\\s*(?:每次|期限为)?\\s*(?:不超过|最长|最多)?\\s*(${CN_NUMERAL})\\s*(?:个)?\\s*(年|个月|月)(?:半)?(?:(?<=年)(?:零|又)?(${CN_NUMERAL})\\s*个\\s*月)?`, 'g');
/** The words that waive a step: one list for the step waived and for the span blanked before a decision is looked for. */
// Traditional drafting waives with 毋须 ("毋须报请核定").
const WAIVER = '(?:无需|无须|毋须|毋需|不需要?|不必|不用|不再|免于)';
/** A step waived, its adverb said or not: "无需重新签订", "不再另行审批", "无需再提交……审议". */
export const WAIVED_STEP = `${WAIVER}(?:重新|另行|再次|另外|再)?`;
/** A waiver and what it waives, blanked before looking for a decision still needed ("无需另行审批" asks for none). */
export const WAIVED_SPAN = new RegExp(`${WAIVER}[^，。；]{0,10}`, 'g');
/** The extension runs on without a new decision: "自动顺延", "无需重新签订协议", "不再另行审批". */
// A continuation nobody has to decide: "双方均未书面通知对方终止的，视为双方同意……继续履行" (silence renews it).
// An extension nobody but the operator decides is no control either: "默认由乙方……顺延", "乙方有权单方决定将运营期限延长".
const AUTOMATIC = new RegExp(
  String.raw`自动|默认|单方(?:决定|选择)?|(?:自行|自主)(?:决定|选择)(?:是否)?(?:延长|续期|顺延)|未[^，。；]{0,16}?(?:通知|提出|表示|异议|制止|反对|拒绝|答复|回复)[^。；]{0,20}?的[，,][^。；]{0,8}?视为|` +
    `${WAIVED_STEP}(?:签订|签署|订立|申请|审批|批准|授权|报批|履行)|(?:备案|报备|告知|通知)[^，。；]{0,4}?即(?:可|生效|延长|续期)`,
);
/** Renewals without a limit on their number: the term has no end ("续期次数不限"). */
const UNLIMITED_RENEWALS = /(?:续期|延期|顺延|续展|延长|延续|续约|续签)次数不(?:限|受限制)|不限(?:续期|延期|续约|续签)?次数|可(?:无限次|多次|反复)(?:续期|延期|顺延|续展|延续|续约|续签)/;
/** The extension needs what a new term needs: a new agreement, a new application or approval (Hebei art. 18). */
const NEEDS_DECISION = /(?<!无|不|免|无需|无须|不需|不需要|不必|不用|不再|免于)(?:重新|另行|再次)(?:签订|签署|订立|申请|审批|批准|授权|报批|履行)|(?:须|需|需要|应当|应|经)[^，。；]{0,8}(?:批准|审批|同意|报批)/;

/** Renewals without a limit on their number. */
const UNLIMITED = /次数不限|不限次数|不限次|可多次|可以多次|多次(?:顺延|续展|续期|延续)|此后亦同|依此类推|以此类推|循环(?:顺延|续展|续期)|逐年(?:顺延|续展|续期)/;

/**
 * An automatic extension written beside the initial term ("首期三年，期满经评估合格的，自动顺延两年，无需重新签订协议"):
 * the term actually granted is their sum. A renewal that needs a new agreement or a new approval is a new term, and is
 * not counted. Returns the months each automatic extension adds, with the words it was read from.
 */
export function automaticExtensions(sentence: string): { months: number; text: string; start: number; end: number }[] {
  const out: { months: number; text: string; start: number; end: number }[] = [];
  if (!AUTOMATIC.test(sentence) || NEEDS_DECISION.test(sentence.replace(WAIVED_SPAN, ''))) return out;
  for (const m of sentence.matchAll(EXTENSION)) {
    const n = parseNumeral(m[1]);
    if (n === null || (m[2] === '年' && n > 100)) continue;
    const unit = m[2] === '年' ? 12 : 1;
    // "续展次数不限", "此后亦同": the renewal runs on without end.
    // "续期壹年陆个月": the months after the years belong to the same extension.
    const extra = m[3] ? parseNumeral(m[3]) ?? 0 : 0;
    const months = UNLIMITED.test(sentence) ? Infinity : n * unit + (m[0].endsWith('半') ? unit / 2 : 0) + extra;
    out.push({ months, text: m[0], start: m.index!, end: m.index! + m[0].length });
  }
  // "自动延续，延续次数不限": renewed without end, however long each renewal is.
  if (UNLIMITED_RENEWALS.test(sentence)) out.push({ months: Infinity, text: '且续期次数不限', start: 0, end: 0 });
  return out;
}
