/**
 * Reading Chinese clause text: numerals (三/叁/36), durations ("五年", "36个月", "2025年1月1日至2029年12月31日") and
 * clause boundaries. What a clause grants or forbids is read in clauses.ts.
 */
import { ESTIMATE_AFTER, ESTIMATE_BEFORE, GRANT_TERM, GRANT_TIED, NOT_THE_TERM, OF_ANOTHER_CONTRACT, OPERATING, OTHER_MATTER, OTHER_PERIOD, PAYBACK, PAYBACK_AFTER, TERM_TIED_TO_PAYBACK, TIES, saidBefore } from './periods';
import { kept } from './kept';

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 三: 3, 叁: 3, 四: 4, 肆: 4, 五: 5, 伍: 5,
  六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
export const CN_NUMERAL = '(?:[0-9０-９]+|[零〇一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟]+)';

/** "三" → 3, "十二" → 12, "叁拾陆" → 36, "36" → 36, "３６" → 36; null when it is not a number. */
export function parseNumeral(s: string): number | null {
  const ascii = s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (/^\d+$/.test(ascii)) return Number(ascii);
  let total = 0;
  let cur = 0;
  let seen = false;
  for (const ch of s) {
    if (ch in DIGITS) {
      cur = DIGITS[ch];
      seen = true;
    } else if (ch in UNITS) {
      total += (cur || 1) * UNITS[ch];
      cur = 0;
      seen = true;
    } else return null;
  }
  return seen ? total + cur : null;
}

const CJK = '\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef';
const SPACE_NEAR_CJK = new RegExp(`(?<=[${CJK}])[ \\t\\u00a0]+|[ \\t\\u00a0]+(?=[${CJK}])`, 'g');

/** Drops the spaces PDF text layers put between Chinese and digits ("留存 3 个月" → "留存3个月"). */
export function normalizeSpacing(text: string): string {
  return text.replace(SPACE_NEAR_CJK, '');
}

/** Splits text into clauses at Chinese and Latin clause punctuation. Offsets are kept so evidence can quote them. */
export function clauses(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  // A bracketed aside stays in its clause, commas and all ("逐分钟观测记录（含站号、经纬度和全部要素值，不作格点化处理）按月
  // 打包"): what it qualifies and the act after it are one clause.
  const re = /(?:[^，,。；;：:！？!?\n（(]|[（(][^（()）。；;\n]{0,80}[）)]|[（(])+/g;
  for (let m; (m = re.exec(text)); ) out.push({ text: m[0], start: m.index });
  return out;
}

/** The clause of `text` that holds offset `at`; the whole text when none does (`at` on punctuation). */
export function clauseAt(text: string, at: number): { text: string; start: number } {
  return clauses(text).find((x) => at >= x.start && at < x.start + x.text.length) ?? { text, start: 0 };
}

/**
 * An item's numbers opening a clause: "（一）", "三、", "2.", a decimal outline's "1.4" (its space optional), or a path of
 * them as a quoted passage keeps it ("一、（三）").
 */
export const ITEM_NUMBER = '(?:\\d+(?:[.．]\\d+)+\\s*|[（(]?[一二三四五六七八九十\\d]+[）)、.．]\\s*){1,3}';

/**
 * What may stand before a definition's term: an excerpt's ellipsis ("……3. 本方案所称……"), an article's number and caption
 * ("第二条 定义 本协议所称……"), a 定义 heading left in the text ("定义 1.4 “运营方”是指……"), the item's numbers. One opening
 * for the phrase readers' test (clauses.ts DEFINES) and the glossary (definitions.ts).
 */
export const DEFINITION_OPENING = `^\\s*(?:…+\\s*)?(?:第[一二三四五六七八九十百\\d]+条\\s*(?:[\\u4e00-\\u9fff]{2,8}\\s+)?)?(?:(?:定义|释义|名词解释|术语)[。：:\\s]*)?(?:${ITEM_NUMBER})?`;

/** Every rule reads the same blocks: their sentences are split once (bounded, so a long session does not grow it). */
const sentenceCache = new Map<string, string[]>();
export function sentences(text: string): string[] {
  return kept(sentenceCache, text, () => text.split(/(?<=[。；;！？!?\n])/).map((s) => s.trim()).filter(Boolean));
}

// ---- durations ----

export interface Duration {
  months: number;
  /** The words it was read from. */
  text: string;
  /** "cap" for "不超过三年"/"最长三年": a limit, not the term itself. */
  kind: 'term' | 'cap' | 'range';
}

const DATE = `(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日`;
// The end may be described with its date in brackets: "自2026年3月1日起，至本市“十五五”规划期末（2030年12月31日）止".
// Its start may be said with 开始 ("从2026年3月1日开始，到2031年2月28日结束").
const DATE_RANGE = new RegExp(`${DATE}\\s*(?:起|开始)?\\s*[，,]?\\s*(?:至|到|—|-|～|~)\\s*(?:[^，。；（(\\d]{1,24}?[（(]\\s*)?${DATE}`, 'g');
// A quarter is three months: "八个季度建设、八个季度运营".
const SPAN = new RegExp(`(${CN_NUMERAL})\\s*(?:个)?\\s*(年|季度|月|个月)(?:半)?(?:(?<=年)(?:零|又)?(${CN_NUMERAL})\\s*个\\s*月)?`, 'g');

export function monthsBetween(y1: number, m1: number, d1: number, y2: number, m2: number, d2: number) {
  // "2025年1月1日至2027年12月31日" is 36 months: the end day is inclusive.
  const end = new Date(Date.UTC(y2, m2 - 1, d2 + 1));
  const start = new Date(Date.UTC(y1, m1 - 1, d1));
  let months = (end.getUTCFullYear() - start.getUTCFullYear()) * 12 + (end.getUTCMonth() - start.getUTCMonth());
  const days = end.getUTCDate() - start.getUTCDate();
  if (days > 0) months += days / 31;
  if (days < 0) months -= (start.getUTCDate() - end.getUTCDate()) / 31;
  return Math.round(months * 100) / 100;
}

/** The signing date a plan expects, written beside it: "签订之日（预计2027年3月）", "（计划于2026年6月1日）". */
const ESTIMATE = `[（(]\\s*(?:预计|计划|拟定?|暂定|约|估计)?\\s*(?:于|在)?\\s*(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月(?:\\s*(\\d{1,2})\\s*日)?(?:前后|左右|初)?\\s*[）)]`;
/** "自签订之日起至2029年12月31日止", "自本协议生效之日起计算，至……止": a term that starts on the day the agreement is signed (or takes effect). */
const FROM_SIGNING = new RegExp(
  `自(?:本协议|本合同|[^，。；（(]{0,12}?(?:协议|合同))?(?:双方)?(?:签订|签署|签字|订立|生效)(?:并?盖章)?(?:之日|日)(?:${ESTIMATE})?\\s*(?:起)?(?:计算|起算|算起)?\\s*[，,]?\\s*(?:至|到)\\s*${DATE}`,
  'g',
);
/** Where a document says when it was signed: "于2025年11月20日……签订", "签订日期：2025年11月20日", "签订日期为2025年9月1日". */
// The day it takes effect, recorded apart, is the same start: "（本协议于2025年7月1日生效）", "生效日期：2026年1月1日".
const SIGNED_ON = new RegExp(`于\\s*${DATE}[^。；\\n]{0,16}?(?:签订|签署|订立|起?生效)|(?:签订|签署|签约|生效)(?:日期|时间)(?:为|是)?[：:\\s]*${DATE}`);

/** The last day of a month (1-based): 28 to 31. */
export const lastDayOfMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
/**
 * Signed in a month with no day ("本协议于2026年3月签订", "签订时间：2027年10月"): its last day, so the term read is the
 * shortest the text allows.
 */
const SIGNED_IN_MONTH = /于\s*(\d{4})\s*年\s*(\d{1,2})\s*月(?!\s*\d)[^。；\n]{0,16}?(?:签订|签署|订立|起?生效)|(?:签订|签署|签约|生效)(?:日期|时间)(?:为|是)?[：:\s]*(\d{4})\s*年\s*(\d{1,2})\s*月(?!\s*\d)/;
/** The date a document says it was signed (or took effect), as [year, month, day]. */
// Signature blocks often write it in Chinese numerals ("签订日期：二〇二七年一月二十日"): read as figures first.
export function signingDate(written: string): [number, number, number] | null {
  const text = withTermNumbers(written);
  const m = SIGNED_ON.exec(text);
  const month = m ? null : SIGNED_IN_MONTH.exec(text);
  if (month) {
    const [y, mo] = [Number(month[1] ?? month[3]), Number(month[2] ?? month[4])];
    return [y, mo, lastDayOfMonth(y, mo)];
  }
  if (!m) return null;
  const v = (m[1] ? m.slice(1, 4) : m.slice(4, 7)).map(Number);
  return [v[0], v[1], v[2]];
}

/**
 * A period of another plan named before a span or a range ("“十四五”至“十五五”时期（2021—2030年）", "规划期为2021—2035年"):
 * it dates a policy, not the grant.
 */
// "总体规划周期为2025—2029年": a plan's cycle is the plan's period too.
const PLANNING_PERIOD = /(?:规划|时期|纲要|战略|行动计划|十[一二三四五六七八九]五[”"」]?)(?:期|期间|周期)?\s*(?:为|是|[（(])?\s*$/;
/** The term tied to that period in the same clause ("本次授权期限覆盖“十五五”规划期（2026—2030年）") is the term. */
// The grant's cycle (授权运营周期) is its term too: session 23, term_over_3y.
const TIED_TO_TERM = new RegExp(`(?:期限|有效期|授权期|运营期|(?:授权|运营)周期)[^，。；]{0,6}?${TIES}`);
export function namesPlanningPeriod(before: string): boolean {
  const clause = before.slice(Math.max(0, before.search(/[^，。；]*$/)));
  return PLANNING_PERIOD.test(clause.slice(-16)) && !TIED_TO_TERM.test(clause);
}

/**
 * Durations written in a sentence about a term. Spans that describe something else are left out: "期满前3个月内"
 * (a renewal window), "届满后6个月", "日志留存不少于6个月", "3年内未发生" (a track record). A term running from the
 * signing to a date is measured from the signing date the document gives (`signedOn`), when it gives one.
 */
/** "2025.7.1", "2025/07/01", "2025-07-01" written as "2025年7月1日", so a range of them is read like any other. */
const NUMERIC_DATE = /(?<!\d)(\d{4})\s*[./／-]\s*(\d{1,2})\s*[./／-]\s*(\d{1,2})(?![\d.])/g;
/** "2025.07", "2025/07" (a year and a month, as a table cell gives a term "2025.07—2030.06") written as "2025年7月". */
const NUMERIC_MONTH = /(?<![\d.／/])(\d{4})\s*[./／]\s*(\d{1,2})(?![\d.／/年])/g;
export const withWrittenDates = (s: string) =>
  s
    .replace(NUMERIC_DATE, (_, y: string, m: string, d: string) => `${y}年${Number(m)}月${Number(d)}日`)
    .replace(NUMERIC_MONTH, (all: string, y: string, m: string) => (Number(m) >= 1 && Number(m) <= 12 ? `${y}年${Number(m)}月` : all));


export function durations(written: string, signedOn?: [number, number, number] | null): Duration[] {
  const sentence = withTermNumbers(/\d{4}\s*[./／-]/.test(written) ? withWrittenDates(written) : written);
  const out: Duration[] = [];
  const taken: [number, number][] = [];
  for (const d of termForms(sentence)) {
    if (d.kind === 'range' && namesPlanningPeriod(sentence.slice(0, d.start))) continue;
    // Days of another matter's period ("知识产权许可期限为一千四百六十天") are no term, as its years are not.
    // So is one with no end ("旅行社经营许可无固定期限").
    if (d.kind === 'term' && OTHER_MATTER.test(sentence.slice(0, d.start)) && !GRANT_TIED.test(saidBefore(sentence, d.start))) continue;
    out.push(d);
    taken.push([d.start, d.end]);
  }
  for (const m of sentence.matchAll(DATE_RANGE)) {
    if (namesPlanningPeriod(sentence.slice(0, m.index))) continue;
    const [, y1, mo1, d1, y2, mo2, d2] = m.map(Number);
    out.push({ months: monthsBetween(y1, mo1, d1, y2, mo2, d2), text: m[0], kind: 'range' });
    taken.push([m.index!, m.index! + m[0].length]);
  }
  for (const m of sentence.matchAll(FROM_SIGNING)) {
    // Measured from the signing date the text expects, else the one the document says it was signed on.
    const [, ey, em, ed, y2, mo2, d2] = m.map((x) => (x === undefined ? NaN : Number(x)));
    const start: [number, number, number] | null = ey ? [ey, em, ed || 1] : (signedOn ?? null);
    // With no signing date its end is still a date, not a span: "至2026年11月30日止" holds no term of 11 months.
    if (!start) {
      taken.push([m.index!, m.index! + m[0].length]);
      continue;
    }
    const note = ey ? '' : `（签订日期${start[0]}年${start[1]}月${start[2]}日）`;
    out.push({ months: monthsBetween(...start, y2, mo2, d2), text: `${m[0]}${note}`, kind: 'range' });
    taken.push([m.index!, m.index! + m[0].length]);
  }
  for (const m of sentence.matchAll(SPAN)) {
    const at = m.index!;
    if (taken.some(([a, b]) => at >= a && at < b)) continue;
    const n = parseNumeral(m[1]);
    if (n === null) continue;
    // "2025年" is a year, not a span of 2025 years; "上一年度", "次一年" name a year, not a span of one.
    if (m[2] === '年' && n > 100) continue;
    // "次一年" is the next year, but "每次三年" is each renewal's span.
    if (m[2] === '年' && (/^度/.test(sentence.slice(at + m[0].length)) || /(?:[上下本当同]|(?<!每)次)\s*$/.test(sentence.slice(0, at)))) continue;
    const unitMonths = m[2] === '年' ? 12 : m[2] === '季度' ? 3 : 1;
    // "叁年陆个月": the months written after the years belong to the same span.
    const extra = m[3] ? parseNumeral(m[3]) ?? 0 : 0;
    const months = n * unitMonths + (m[0].endsWith('半') ? unitMonths / 2 : 0) + extra;
    const before = sentence.slice(Math.max(0, at - 8), at);
    const after = sentence.slice(at + m[0].length, at + m[0].length + 3);
    // "在本协议签订后的五个自然年度内，独立开展……经营": a window from the grant in which the operator runs it is the term.
    const window = /(?:签订|签署|生效|授权)(?:之日)?(?:后|起)的?\s*$/.test(before) && OPERATING.test(sentence.slice(at + m[0].length, at + m[0].length + 30));
    if (!window && /^(内|以内|之内)/.test(after) && /(前|后|之日起|起)\s*$/.test(before)) continue;
    // "固定资产按五年计提折旧": the period of another matter (an asset's depreciation, a warranty, a loan) is no term.
    // A service's period named after the span ("继续提供为期五年的免费维保服务", "五年的运维支持") is that service's.
    if (OTHER_PERIOD.test(before) || /^[^，。；]{0,4}?(?:折旧|摊销|质保|保修|维保|运维|维护|售后|技术支持)/.test(sentence.slice(at + m[0].length, at + m[0].length + 8))) continue;
    // Its length may come after what fixes it ("质保期按《设备采购合同》的约定，为到货验收之日起五年"): the period named in
    // the sentence before the span, the grant's term named nowhere before it, is still that matter's.
    const said = saidBefore(sentence, at);
    if (OTHER_PERIOD.test(said) && !GRANT_TERM.test(said)) continue;
    if ((PAYBACK.test(before) || PAYBACK_AFTER.test(sentence.slice(at + m[0].length, at + m[0].length + 10))) && !TERM_TIED_TO_PAYBACK.test(written)) continue;
    // A span the text says is no term of the grant ("碳汇项目计入期一般为20年，该计入期系……技术参数，不构成对本协议授权期限
    // 的延长", "……滚动建设，与本次授权期限无关"), unless its own clause names the grant's term.
    const own = clauseAt(sentence, at);
    if (NOT_THE_TERM.test(sentence.slice(at)) && !GRANT_TERM.test(own.text.slice(0, at - own.start))) continue;
    // "数字政府五年规划", "三年行动计划": the span names a programme, not a term.
    if (/^(?:(?:发展|建设|滚动)?规划|(?:行动|工作|建设|滚动)?计划|行动(?:方案)?|纲要)/.test(sentence.slice(at + m[0].length))) continue;
    // "10年期国债", "五年期贷款市场报价利率": the span names a kind of bond or loan, a rate benchmark, not a term.
    if (/^期(?:国债|国库券|债券|政府债|地方债|贷款|存款|LPR|贷款市场报价利率|定期|理财)/.test(sentence.slice(at + m[0].length))) continue;
    if (namesPlanningPeriod(sentence.slice(0, at))) continue;
    // "收益测算以五年为测算期", "预测期为十年": the horizon of an estimate is no term.
    if (ESTIMATE_BEFORE.test(before) || ESTIMATE_AFTER.test(sentence.slice(at + m[0].length, at + m[0].length + 12))) continue;
    if ((OTHER_MATTER.test(sentence.slice(0, at)) && !GRANT_TIED.test(said)) || OF_ANOTHER_CONTRACT.test(sentence.slice(at + m[0].length, at + m[0].length + 24))) continue;
    // A decimal ("约为4.5年") is an estimate of something else, never a term written by a drafter; "每三年" is a cycle.
    // "每满一个运营年度" is a point that recurs, as "每三年" is.
    // Unless the clause names the grant's term and states it so ("授权运营期限为3.5年"): the term, not an estimate.
    const dec = /(?<![\d.．])(\d{1,2})[.．]\s*$/.exec(sentence.slice(Math.max(0, at - 4), at));
    if (dec && GRANT_TERM.test(said) && !/[约估测计]/.test(said.slice(-8))) {
      const pre = sentence.slice(Math.max(0, at - dec[0].length - 8), at - dec[0].length);
      const months = Number(`${dec[1]}.${m[1]}`) * unitMonths;
      if (!/(不少于|不低于|至少|以上|前|后)\s*$/.test(pre)) out.push({ months, text: `${dec[1]}.${m[0]}`, kind: /(不超过|不得超过|不超出|最长|最多|原则上)\s*$/.test(pre) ? 'cap' : 'term' });
      continue;
    }
    // (A span in words after a list of years, "共设2026、2027、2028、2029四个运营年度", is one.)
    if (/[.．]\s*$/.test(sentence.slice(0, at)) || (/\d\s*$/.test(sentence.slice(0, at)) && /^[0-9０-９]/.test(m[1])) || /每\s*(?:满|届满|经过|隔)?\s*$/.test(before)) continue;
    // "日志保存期限不少于五年", "档案保管期限为十年": how long records are kept is no term of the grant.
    // "……继续保留在专区乙方账户内，……保留期限不超过五年" likewise.
    if (/保存|保管|留存|保留|存档|归档|存储|保密/.test(before)) continue;
    // "有效期不少于八年": a floor on the term itself is a term at least that long; elsewhere it is a track record or a retention.
    // With no ceiling in the sentence the term may run past its floor: "原则上不少于三年" lets it pass three years.
    if (/期[限间]?\s*(?:原则上)?\s*(?:为|应当?|须)?\s*(?:原则上)?\s*(?:不少于|不低于|至少)\s*$/.test(before)) {
      out.push({ months: /不超过|不得超过|最长|最多|以内|之内/.test(sentence) ? months : months + 1, text: m[0], kind: 'term' });
      continue;
    }
    // "前两年为场景培育期，后三年为规模运营期": phases of the term, not a window before or after its end.
    const phase = /^(?:为|是|作为)/.test(after) && /(?:^|[，,；：:])\s*(?:前|后)\s*$/.test(before);
    if ((!phase && /(前|后)\s*$/.test(before)) || /(不少于|不低于|至少|以上)\s*$/.test(before)) continue;
    if (/日志|留存|保存|公示|公告|工作日|近|最近|过去/.test(before)) continue;
    // What has already run that long ("2018年建成的……追溯系统已运行6年", "累计运营五年") is a past fact, no term.
    if (/(?:已|已经|业已|累计|连续)(?:连续|累计|稳定|持续|正常|安全)?(?:运行|运营|使用|实施|开展|服务|经营|投用|积累|沉淀)(?:了|达|近|超过|逾)?\s*$/.test(before)) continue;
    if (/^(内未|以来|以上)/.test(after)) continue;
    const cap = /(不超过|不得超过|不超出|最长|最多|原则上)\s*$/.test(before);
    out.push({ months, text: m[0], kind: cap ? 'cap' : 'term' });
  }
  return out;
}

// ---- how drafters write a term's numbers ----

const CN_DIGIT = '[〇零一二三四五六七八九]';
const CN_SMALL = '[一二三四五六七八九十]{1,3}';
const CN_DATE = new RegExp(`(${CN_DIGIT}{4})\\s*年(?:\\s*(${CN_SMALL})\\s*月(?:\\s*(${CN_SMALL})\\s*日)?)?`, 'g');
const digitsOf = (s: string) => [...s].map((c) => (c === '〇' || c === '零' ? 0 : DIGITS[c])).join('');

// The kind names a year (运营, 农业生产, 供暖), not days counted before it ("20个工作日内提交年度报告").
const COUNTED_YEARS = new RegExp(`(第\\s*)?(${CN_NUMERAL}\\s*)个\\s*(?:完整的?)?\\s*((?:(?![日周天内前后])[\\u4e00-\\u9fff]){0,6}?)年度`, 'g');
const DOUBLED = new RegExp(`(${CN_NUMERAL})\\s*[（(]\\s*(${CN_NUMERAL})\\s*[）)](?=\\s*(?:个|年|月|日|天|周年))`, 'g');
/** The years an ordinal may name as plain years ("第五个运营年度末" is the fifth year's end); "第三个协议年度" is read as itself (termFollows). */
const ORDINAL_YEAR_KIND = /^(?:会计|运营|自然|财政|日历|公历|授权|经营)?$/;
/**
 * A model text's options ("共计（□壹年□贰年□叁年）", "■免费 □收费"): an option left unticked is not what the text says,
 * and where none is ticked, none is (blanked, as a blank to fill is).
 */
/** The cells of a table row typed in text ("| 用语 | 含义 |"): a bar at either edge opens no cell. */
export const typedCells = (line: string) => line.split(/\s*[|｜]\s*/).filter((c, i, all) => c || (i > 0 && i < all.length - 1));
export const withoutUnticked = (t: string) => (/[□☐]/.test(t) ? t.replace(/[□☐]\s*[\u4e00-\u9fff\d]{1,6}/g, (m) => '＿'.repeat(m.length)) : t);
/**
 * The numbers of a term written as figures, so every form reads alike: "二〇二六年一月一日" → "2026年1月1日" (read
 * digit by digit, "二〇二六" is no 6), "1,825日" → "1825日", "五个完整会计年度" / "四个运营年度" → "五个年".
 */
export function withTermNumbers(s: string): string {
  let t = withoutUnticked(s);
  if (/[〇零]/.test(t)) {
    t = t.replace(CN_DATE, (_, y: string, mo?: string, d?: string) =>
      `${digitsOf(y)}年${mo ? `${parseNumeral(mo)}月` : ''}${d ? `${parseNumeral(d)}日` : ''}`,
    );
  }
  if (/\d[,，]\d{3}/.test(t)) t = t.replace(/(\d)[,，](?=\d{3}(?!\d))/g, '$1');
  // A year of any name counts a year: "共四个农业生产年度", "三个完整供暖年度" (counted, so "个人年度" is none).
  if (/年度/.test(t)) t = t.replace(COUNTED_YEARS, (all: string, nth: string | undefined, n: string, kind: string) => (nth && !ORDINAL_YEAR_KIND.test(kind) ? all : `${nth ?? ''}${n}年`));
  // "满四周年": an anniversary counts years.
  if (/周年/.test(t)) t = t.replace(/周年/g, '年');
  // A number written twice, figures and words ("10（十）年", "五（5）年"): read once, when both say the same number.
  if (/[）)]/.test(t)) t = t.replace(DOUBLED, (all: string, a: string, b: string) => (parseNumeral(a) === parseNumeral(b) ? a : all));
  return t;
}

const YEAR_RANGE = /(?<!\d)(\d{4})\s*(?:年度|年)?\s*(?:起)?\s*(?:至|到|—|－|-|～|~)\s*(\d{4})\s*年(?!\s*\d{1,2}\s*月)/g;
const MONTH_RANGE = /(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(?:起|开始))?\s*[，,]?\s*(?:至|到|—|－|-|～|~)\s*(\d{4})\s*年\s*(\d{1,2})\s*月(?!\s*\d{1,2}\s*日)/g;
const DAYS = new RegExp(`(${CN_NUMERAL})\\s*(?:个)?\\s*(?:日|天|自然日)(?!内|以内|之内)`, 'g');
/**
 * A term with no end: "长期有效", "期限不受限制", "不设期限", "永久授权". A term ending on an event is read by `eventEnded`.
 */
// "授权运营期限为长期": a term said to be long-term (not "长期稳定", "长期目标").
const OPEN_ENDED = /长期有效|(?:期限|有效期|授权期|运营期)(?:为|是)?长期(?![稳目发规合化性机])|(?:期限|有效期|授权期|运营期)[^，。；]{0,4}?(?:不受(?:任何)?限制|不限|无限)|不设(?:固定|具体)?(?:期限|有效期)|无(?:固定|具体)?(?:期限|有效期)(?!限制)|永久(?:有效|授权|使用|运营|享有)|无限期/g;

/**
 * A term that ends on an event nobody schedules, so it may never end: a party leaving when it asks ("有效期至乙方主动申请
 * 退出或者被甲方……终止之日止"), a rule repealed ("本授权自2026年9月1日起生效，至……管理办法废止之日止"), a successor chosen
 * ("至甲方另行确定新的授权运营机构之日止"), both parties agreeing to end it. Not such an event: a date, the agreement's own
 * end ("有效期至本协议终止之日止" says nothing), duties performed ("至双方权利义务履行完毕之日止"), or a longest span said
 * beside it ("……最长不超过三年").
 */
const EVENT_ENDED = /(?:(?:有效期|期限|授权期|运营期)(?:至|到)|(?:授权|协议|有效期|期限)[^。；]{0,24}?(?:起|生效)[^。；]{0,6}?(?:至|到|直至))(?![^，。；]{0,4}?\d{4})(?:(?!\d|年|月|日)[^，。；]){2,30}?(?:退出|注销|废止|失效|被撤销|被取消|另行确定|重新确定|选定|确定|产生|协商(?:一致)?(?:终止|解除)|(?<=被[^，。；]{0,12})(?:终止|解除))[^，。；]{0,12}?(?:之日|之时|时)(?:止|为止)?/g;
/** The agreement's own end ("至本协议失效之日止"), or an end of duties, a loss or a dispute. */
const NOT_AN_EVENT = /(?:至|到|直至)(?:本|该)?(?:协议|合同)(?:依法|提前)?(?:终止|失效|解除)|义务|责任|保密|承诺|赔偿|争议/;
/** What caps a span, said beside it: a longest span, or the span stopped (force majeure, a suspension). */
export const CAPPED = '最长|不超过|不得超过|最多|不可抗力|中止|暂停';
const LONGEST_SAID = new RegExp(`${CAPPED}|以[^，。；]{0,6}?为限`);

/** The words of each end set by an event in a sentence (see EVENT_ENDED), with where they stand. */
export function eventEnded(sentence: string): RegExpMatchArray[] {
  // Every such end is said with 至 or 到: a sentence with neither is passed without the patterns' scans.
  if (!/[至到]/.test(sentence) || LONGEST_SAID.test(sentence)) return [];
  return [...sentence.matchAll(EVENT_ENDED)].filter((m) => !NOT_AN_EVENT.test(m[0]));
}

/**
 * The grant itself called long-term ("本协议项下授权为长期授权", "采取长期授权方式", "长期授权乙方运营……"): a grant with
 * no end. Long-term cooperation or a duty kept long ("长期保存") is no term; a long-term grant refused or avoided
 * ("不得实行长期授权", "为避免长期授权") is none either.
 */
const LONG_TERM_GRANT = /(?:为|系|属|属于|是|采取|实行|采用|作为)长期(?:授权|独家授权)(?!带来|造成|导致|风险)|长期授权(?:给|予)?(?:乙方|运营机构|运营单位|运营方|运营主体)/g;
const REFUSED = /不得|不宜|不应|不能|不再|不予|禁止|严禁|避免|杜绝|防止|反对|不|无/;

/**
 * Terms written other than as "N年" or a full date range: whole years ("2026年至2030年为正式运营期", both years
 * counted), months ("2026年4月至2029年3月"), days ("1,825日"), and no end at all. Offsets are in `sentence`.
 */
export function termForms(sentence: string): (Duration & { start: number; end: number })[] {
  const out: (Duration & { start: number; end: number })[] = [];
  const at = (m: RegExpMatchArray, months: number, kind: Duration['kind'] = 'range') =>
    out.push({ months, text: m[0], kind, start: m.index!, end: m.index! + m[0].length });
  for (const m of sentence.matchAll(YEAR_RANGE)) {
    const [y1, y2] = [Number(m[1]), Number(m[2])];
    if (y2 >= y1 && y2 - y1 < 100) at(m, (y2 - y1 + 1) * 12);
  }
  for (const m of sentence.matchAll(MONTH_RANGE)) {
    const [y1, m1, y2, m2] = m.slice(1, 5).map(Number);
    const months = (y2 - y1) * 12 + (m2 - m1) + 1;
    if (months > 0) at(m, months);
  }
  for (const m of sentence.matchAll(DAYS)) {
    const n = parseNumeral(m[1]);
    const before = sentence.slice(Math.max(0, m.index! - 8), m.index!);
    if (n === null || n < 300 || /(前|后|不少于|不低于|至少|每|工作)\s*$/.test(before)) continue;
    // A month of 30 days, so 1,095 days reads as three years and a day more as over (365 days a year left 1,100 under).
    at(m, Math.round((n * 100) / 30) / 100, 'term');
  }
  for (const m of sentence.matchAll(OPEN_ENDED)) at(m, Infinity, 'term');
  for (const m of eventEnded(sentence)) at(m, Infinity, 'term');
  for (const m of sentence.matchAll(LONG_TERM_GRANT)) {
    const clause = sentence.slice(0, m.index).split(/[，,。；;]/).pop()!;
    if (!REFUSED.test(clause)) at(m, Infinity, 'term');
  }
  return out;
}
