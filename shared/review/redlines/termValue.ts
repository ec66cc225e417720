import type { Evidence } from '../report';
import { evidence, type ReadDocument } from '../sections';
import { CN_NUMERAL, durations, monthsBetween, parseNumeral, sentences, withTermNumbers, withWrittenDates } from '../text';
import { FIRST_TERM } from '../periods';
import { automaticExtensions } from '../extensions';
import { MAY_RENEW, renewalOf } from './renewal';
import { sentencesByBlock } from './units';
import { AFTER_TERM, afterTerm, continuedCapped, cycles, extendedBy, extendedTo, restarted } from './termFollows';
import { plannedSigning } from './plannedSigning';
import { othersWords } from './background';
import { FROM_LATER, isNegatedWork, LATER_EVENT, LEFT_OUT, PHASE_NAME, phaseOutside } from './termOutside';

/**
 * The term the operator may hold without a new grant, computed as a value from what the document says, where the
 * sentence-by-sentence reading (checks.ts) does not reach:
 * - the initial term plus the renewals nobody decides again (renewal.ts), the initial term read before the renewal in
 *   the same sentence or last in the document; a renewal of three years or more exceeds three years whatever precedes it;
 * - an end counted in whole years after the start ("至生效之日后第三个完整自然年度的最后一日止"), from the signing date
 *   the document records or plans;
 * - a term stated as a term the document defines ("本协议的授权期限为运营期"), read with that definition;
 * - a term from the signing to a date, in a plan that says when the signing is planned ("协议签订工作计划于2027年1月底前
 *   完成"): measured from the latest day planned, so the term is the shortest the plan allows.
 */
type Day = [number, number, number];
const TERM_WORDS = new RegExp(`期限|有效期|授权期|运营期|为期|运营周期|协议期|授权周期|${FIRST_TERM}`);

/** "至生效之日后第三个完整自然年度的最后一日止" (or "第三年末"): the end, N whole years after the year the term starts. */
// The end may follow the start after a comma ("自……签订之日起，至第三个完整会计年度终了之日止").
const WHOLE_YEARS = /(?:生效|签订|签署|起算|上线|验收)(?:之日|日)?(?:后|起)(?:[，,]\s*(?:至|到))?的?第\s*([一二两三四五六七八九十\d]+)\s*个?\s*(?:完整的?)?\s*(?:自然|会计|日历|公历|运营)?\s*年(?:度)?(?:的)?(?:最后一日|最后一天|末|届满|结束|终了)/;
function wholeYears(s: string, start: Day | null): number | null {
  const m = WHOLE_YEARS.exec(s);
  if (!m) return null;
  const n = parseNumeral(m[1]);
  if (!n) return null;
  // Without a start the part of the first year still lies before the N whole years: more than N years.
  return start ? monthsBetween(...start, start[0] + n, 12, 31) : n * 12 + 1;
}

/** "授权期限为运营期", "有效期按照本协议所称服务周期确定": the term is a term the document defines. */
function definedTermOf(r: ReadDocument, s: string): string | null {
  for (const d of r.glossary.used(s)) {
    if (d.how !== 'means' && d.how !== 'includes') continue;
    const said = new RegExp(`(?:期限|有效期|授权期)[^，。；]{0,4}?(?:为|是|即|按照?|以|同|与)[^，。；]{0,8}?[“"「]?${d.term}`);
    if (said.test(s)) return d.meaning;
  }
  return null;
}

/**
 * The term run from the signing to the end of a period the document defines as starting later ("“运营周期”：指自本协议
 * 签订满六个月之日……起连续计算的三十六个月" / "授权运营期限自本协议签订之日起算，至运营周期届满之日止"): the wait and the
 * period together.
 */
const FROM_SIGNING_ON = /自[^，。；]{0,8}?(?:签订|签署|生效)(?:之日)?起/;
const LATER_PERIOD = new RegExp(`自[^，。；]{0,8}?(?:签订|签署|生效)满\\s*(${CN_NUMERAL})\\s*个?\\s*(年|月)[^，。；]{0,30}?起[^，。；]{0,8}?的\\s*(${CN_NUMERAL})\\s*个?\\s*(年|月)`);
function toDefinedEnd(r: ReadDocument, s: string): { months: number; text: string } | null {
  if (!FROM_SIGNING_ON.test(s)) return null;
  for (const d of r.glossary.used(s)) {
    if (d.how !== 'means' || !new RegExp(`至[“"「]?${d.term}[”"」]?(?:届满|期满|结束|终止)`).test(s)) continue;
    const m = LATER_PERIOD.exec(d.meaning);
    const months = (n: string, unit: string) => (parseNumeral(n) ?? 0) * (unit === '年' ? 12 : 1);
    if (m) return { months: months(m[1], m[2]) + months(m[3], m[4]), text: `至${d.term}届满（${d.term}：${m[0]}）` };
  }
  return null;
}

/**
 * The term equated to another period ("运营期限与……设施的折旧年限一致，折旧年限按照十年确定", "授权期限以特许经营期
 * 为准"): that period's length, read where the document states it (the same block first), is the term. The period of
 * another matter is no term by itself (text.ts OTHER_PERIOD); tied to the term it is the term.
 */
// The grant's cycle is its term too ("运营机构的授权运营周期与……规划（2025—2030年）保持一致").
const TIED = /(?:期限|有效期|授权期|运营期|(?:授权|运营)周期)[^，。；]{0,4}?(?:与|同|按照?|以|依|参照)([^，。；]{2,30}?)(?:保持|相)?(?:一致|相同|同步|为准|确定|计算|相当)/;
/**
 * Years a schedule's phases run over ("一期（2025—2027年）……；二期（2028—2029年）……"): each year written, a range's first
 * year included. Only clauses that name a phase count, not a background date.
 */
const PHASE_CLAUSE_WORD = /阶段|第[一二三四五六七八九十\d]{1,2}期|(?:^|[^第\d一二三四五六七八九十])(?:首|[一二三四五])期(?![限间满])/;
const YEAR_AT = /(?<!\d)((?:19|20)\d{2})(?=\s*(?:年|[—–\-－~～至到]\s*(?:19|20)\d{2}\s*年))/g;
function phaseYears(before: string): { months: number; text: string } | null {
  const years = before.split(/[。；;\n]/).filter((c) => PHASE_CLAUSE_WORD.test(c)).flatMap((c) => [...c.matchAll(YEAR_AT)].map((m) => Number(m[1])));
  if (years.length < 2) return null;
  const [a, b] = [Math.min(...years), Math.max(...years)];
  return { months: (b - a + 1) * 12, text: `${a}年至${b}年` };
}
/** A project's or plan's own cycle the term is tied to ("与项目实施周期保持一致"): dated by its phases written before. */
const PROJECT_CYCLE = /(?:项目|建设|实施|规划|工程|行动)[^，。；]{0,4}?(?:周期|期)$/;
function tiedPeriod(s: string, block: string, whole: string): { months: number; text: string } | null {
  const m = TIED.exec(s);
  if (!m) return null;
  const key = m[1].split('的').pop()!.replace(/^(?:乙方|甲方|本协议|本项目|该|其)/, '');
  if (key.length < 2 || /期限|有效期|授权期|运营期/.test(key)) return null;
  // The other period's length said in apposition right after the tie ("……设计使用年限一致，即七年").
  const apposed = /^[，,]?\s*(?:即|亦即|也即|也就是|均为|计)\s*[^，。；]{0,12}/.exec(s.slice(m.index + m[0].length));
  const own = apposed && durations(withTermNumbers(`期限为${apposed[0].replace(/^[，,]?\s*(?:即|亦即|也即|也就是|均为|计)/, '')}`)).find((x) => x.kind !== 'cap' && Number.isFinite(x.months));
  if (own) return { months: own.months, text: `${m[0]}${apposed![0]}` };
  for (const text of [block, whole]) {
    const at = text.indexOf(key, text.indexOf(m[0]) >= 0 ? text.indexOf(m[0]) + m[0].length : 0);
    // Its length may come after what fixes it, in the same sentence ("质保期按《……建设合同》第八条约定，为验收合格之日起五年").
    const said = at >= 0 ? text.slice(at, at + key.length + 40).split(/[。；;\n]/)[0] : '';
    // Read as a term: the other matter's name replaced by the word for a term, so the span after it is measured.
    const d = durations(withTermNumbers(said.replace(key, '期限'))).find((x) => x.kind !== 'cap' && Number.isFinite(x.months));
    if (d) return { months: d.months, text: `${m[0]}，${said.slice(0, key.length + d.text.length + 6)}` };
  }
  const at = block.indexOf(m[0]);
  const phased = PROJECT_CYCLE.test(key) && at > 0 ? phaseYears(block.slice(0, at)) : null;
  if (phased) return { months: phased.months, text: `${phased.text}……${m[0]}` };
  return null;
}

/**
 * The term run until the investment is paid back ("有效期至乙方收回全部投资之日止"), with the payback period estimated
 * where the document states it ("投资回收期不少于八年"): the term lasts that long, at least.
 */
// The measure may be named between ("至乙方依附件六《投资回收测算表》收回全部建设投资之日止").
const ENDS_AT_PAYBACK = /(?:期限|有效期|授权期|运营期)[^，。；]{0,8}?(?:至|到|直至)[^，。；]{0,24}?(?:收回|回收|回本)[^，。；]{0,12}?(?:之日|时)/;
const PAYBACK_SAID = /(?:回收期|回收周期|回本周期|回本期)[^，。；]{0,10}/;
function paybackTerm(s: string, block: string, whole: string): { months: number; text: string } | null {
  const m = ENDS_AT_PAYBACK.exec(s);
  // A cap bounds it whatever the payback ("……收回投资时止，最长不超过三年").
  if (!m || /最长|不超过|不得超过|最多/.test(s)) return null;
  for (const text of [block, whole]) {
    const said = PAYBACK_SAID.exec(text);
    const d = said && durations(`期限为${said[0].replace(/^[^为约不至\d一二三四五六七八九十]*(?:为|约)?(?:不少于|不低于|至少|约)?/, '')}`).find((x) => x.kind !== 'cap' && Number.isFinite(x.months));
    if (d) return { months: d.months, text: `${m[0]}，${said![0]}` };
  }
  return null;
}

/**
 * The term counted from an event the agreement allows to come up to a time after the signing ("自……交付验收之日起计算；
 * 交付验收应在本协议签订后二十四个月内完成"), the operator already working before it ("在此期间乙方可开展产品预研和市场
 * 推广", "上线前乙方即可向试点客户提供数据产品"): it holds the grant from the signing, for that time and the term.
 */
// The event named by its step ("产品合规审核应于……签订后二十四个月内完成", "建设内容的计划完成时间为协议生效后十二个月内"), or
// the building it waits for ("运营机构在协议签订后8个月内完成数据加工环境部署……建设").
const EVENT_DUE = new RegExp(String.raw`(?:验收|上线|交付|建成|开通|接入|审核|完成)[^。；]{0,12}?(?:应当?|须|需|必须)?(?:在|于)?(?:本协议|协议)?(?:签订|签署|生效)(?:之日)?(?:后|起)\s*(${CN_NUMERAL}\s*个?\s*(?:年|个月|月))\s*(?:内|以内|之内)|(?:应当?|须|需|必须)(?:在|于)(?:本协议|协议)?(?:签订|签署|生效)(?:之日)?(?:后|起)\s*(${CN_NUMERAL}\s*个?\s*(?:年|个月|月))\s*(?:内|以内|之内)(?:完成)?[^，。；]{0,6}?(?:验收|上线|交付|建成|开通|接入)|(?:不迟于|不晚于|最迟(?:于|在)?)(?:本协议|协议)?(?:签订|签署|生效)(?:之日)?(?:后|起)\s*(${CN_NUMERAL}\s*个?\s*(?:年|个月|月))[^，。；]{0,14}?(?:验收|上线|上架|挂牌|交付|建成|开通|接入|投产)|(?:验收|上线|上架|交付|建成|开通|接入|投产)[^。；]{0,8}?(?:时间|日期)?(?:不得|不应|最迟)?(?:晚于|迟于|超过)(?:本协议|协议)?(?:签订|签署|生效)(?:之日)?(?:后|起)\s*(${CN_NUMERAL}\s*个?\s*(?:年|个月|月))|(?:在|于)(?:本协议|协议)?(?:签订|签署|生效)(?:之日)?(?:后|起)\s*(${CN_NUMERAL}\s*个?\s*(?:年|个月|月))\s*(?:内|以内|之内)完成[^。；]{0,40}?(?:部署|搭建|建设|建成)`);
const WORKS_BEFORE = /(?:在此期间|此期间|该期间|上述期间|建设期间|建设期内|(?:上线|验收|交付|接入)(?:前|之前))[^。；]{0,8}?(?:乙方|运营机构|运营方)?[^。；]{0,4}?(?:即可|可以|可|同步|同时)[^。；]{0,8}?(?:开展|进行|从事|提供|销售|试销|运营)/;
/**
 * Or it holds the data from the signing, said anywhere in the agreement ("乙方自生效之日起取得附件一所列……数据资源……的调用
 * 权限"): the grant's rights run before the term is counted.
 */
// Or the grantor opens it to the operator soon after the signing ("甲方应当在本协议生效后十个工作日内为乙方开通……数据的调用权限").
// Or may work on the data from the signing ("协议签订后乙方即可调用该场景所需数据开展研发").
const HOLDS_FROM_SIGNING = /(?:自|从)(?:本协议)?(?:签订|签署|生效)(?:之日)?起[，,]?\s*(?:乙方|运营机构|运营方)?(?:即)?(?:取得|获得|享有|开通)[^。；]{0,40}?(?:权限|权益|使用权|运营权|经营权)|(?:签订|签署|生效)(?:之日)?(?:后|起)[，,]?\s*(?:乙方|运营机构|运营方)(?:即可|即|可以|可|有权)[^，。；]{0,6}?(?:调用|使用|获取|加工|开发利用)[^，。；]{0,16}?数据(?!产品)|(?:签订|签署|生效)(?:之日)?(?:后|起)(?:[^，。；]{0,10}?(?:内|前))?[，,]?\s*(?:甲方|实施机构)?(?:即|即时|及时)?(?:向|为)(?:乙方|运营机构|运营方)(?:开通|开放|提供|授予)[^。；]{0,40}?(?:权限|使用权|接口)/;
/**
 * The operator runs the grant from the signing ("本协议自签订之日起生效，乙方即可开展运营", "本协议签订后乙方即享有授权运营权",
 * "乙方自本协议签订之日起即可使用授权数据"), said in words HOLDS_FROM_SIGNING does not read.
 */
const RUNS_FROM_SIGNING = /(?:签订|签署|生效)(?:之日)?(?:后|起)(?:生效)?[，,]?\s*(?:乙方|运营机构|运营方|运营单位)?(?:即可|即|可以|可|有权)(?:开展|从事|进行)?(?:运营|经营|试运营)|(?:签订|签署|生效)(?:之日)?(?:后|起)[，,]?\s*(?:乙方|运营机构|运营方|运营单位)?(?:即|可|即可)?(?:享有|取得|获得)[^。；]{0,12}?(?:运营权|经营权|使用权|权限)|(?:乙方|运营机构|运营方|运营单位)(?:自|从)(?:本协议)?(?:签订|签署|生效)(?:之日)?(?:起|后)(?:即可|即|可以|可|有权)[^，。；]{0,6}?(?:调用|使用|获取|加工|开发利用|运营)/;
/**
 * The term counted from a later event with no date for it, the operator holding the grant from the signing: the hold is
 * the term and the time until the event, more than the term whatever that time is (read as a month more).
 */
// Or from the end of a phase before it ("自试运营结束之日起计算", "自建设期届满之日起算").
const FROM_PHASE_END = /(?:期限|有效期|授权期|运营期)[^。；]{0,24}?(?:自|从)(?:试运营|试运行|建设期|建设|筹备期|筹备|培育期)(?:结束|届满|期满|完成)(?:之日|日|后)?(?:次日)?起/;
function heldBeforeEvent(block: string, whole: string, from: RegExpExecArray): { months: number; text: string } | null {
  // Or it works in the time before the event ("建设期内运营机构可以同步开展产品测试和试点推广").
  const works = HOLDS_FROM_SIGNING.exec(whole) ?? RUNS_FROM_SIGNING.exec(whole) ?? WORKS_BEFORE.exec(whole);
  if (!works || isNegatedWork(works[0] + whole.slice(works.index + works[0].length).split(/[。；]/)[0])) return null;
  const term = durations(block.split(/[。；]/).find((c) => c.includes(from[0])) ?? '').filter((d) => d.kind !== 'cap' && Number.isFinite(d.months)).sort((a, z) => z.months - a.months)[0];
  return term ? { months: term.months + 1, text: `${works[0]}；${from[0]}（事件之前乙方已持有授权）` } : null;
}
export function lateStart(block: string, whole: string): { months: number; text: string } | null {
  const from = FROM_LATER.exec(block);
  // The event's deadline may be its own numbered paragraph of the article ("8.2 ……不迟于本协议生效后十八个月……挂牌").
  const due = EVENT_DUE.exec(block) ?? (from ? EVENT_DUE.exec(whole) : null);
  const inBlock = from && due ? WORKS_BEFORE.exec(block) : null;
  // The work before it may be said in another part ("2.建设内容。……建设期间可接入授权数据开展联调测试").
  const elsewhere = from && due && !inBlock ? WORKS_BEFORE.exec(whole) : null;
  const said = inBlock ? block : whole;
  const works = inBlock ?? elsewhere ?? (from && due ? HOLDS_FROM_SIGNING.exec(whole) : null);
  if (!due) {
    const after = from ?? FROM_PHASE_END.exec(block);
    return after ? heldBeforeEvent(block, whole, after) : null;
  }
  if (!from || !due || !works || isNegatedWork(works[0] + said.slice(works.index + works[0].length).split(/[。；]/)[0])) return null;
  const term = durations(block.split(/[。；]/).find((c) => c.includes(from[0])) ?? '').filter((d) => d.kind !== 'cap' && Number.isFinite(d.months)).sort((a, z) => z.months - a.months)[0];
  const before = durations(`期限为${due[1] ?? due[2] ?? due[3] ?? due[4] ?? due[5]}`).find((x) => Number.isFinite(x.months));
  if (!term || !before) return null;
  return { months: term.months + before.months, text: `${from[0]}；${due[0]}，${works[0]}` };
}

/**
 * The term run from the signing to a span after a later event ("本协议自签订之日起生效，至乙方完成……建设内容并连续运营满
 * 三十六个月之日终止"), or to the Nth year of a count the document starts at such an event ("“授权期”，指自本协议生效之日起
 * 至第三个“运营年度”届满之日止" with "“运营年度”，指自……产品……正式上线之日起每满十二个月的期间"): the operator holds the
 * grant from the signing, for the time the event may take (EVENT_DUE) and the span.
 */
const SPAN = String.raw`(${CN_NUMERAL})\s*个?\s*(年|个月|月)`;
const END_PAST_EVENT = new RegExp(String.raw`(?:生效|签订|签署)[^。；]{0,16}?(?:至|到|直至)[^。；]{0,40}?(?:完成|建成|验收|上线|交付|投运|投入运营|通过[^，。；]{0,6}?审核)[^。；]{0,24}?(?:满|后)\s*${SPAN}\s*(?:之日|时)`);
const YEAR_FROM_EVENT = new RegExp(`[“"「]([\\u4e00-\\u9fff]{2,6}年度)[”"」][，,]?\\s*(?:是指|系指|指)[^。；]{0,40}?自[^，。；]{0,32}?${LATER_EVENT}[^，。；]{0,8}?(?:之日|日|后)?起`);
const NTH_YEAR_END = String.raw`(?:生效|签订|签署)[^。；]{0,16}?(?:至|到)\s*第\s*(${CN_NUMERAL})\s*个\s*[“"「]?UNIT[”"」]?\s*(?:届满|结束|末|终了|最后一日)`;
/** Every block asks the same of the whole text: the year it counts from a later event is read once per text. */
let yearRead: { whole: string; unit: RegExpExecArray | null } | null = null;
const yearFromEvent = (whole: string) => (yearRead?.whole === whole ? yearRead : (yearRead = { whole, unit: YEAR_FROM_EVENT.exec(whole) })).unit;
export function termPastEvent(block: string, whole: string): { months: number; text: string } | null {
  if (!/至|到/.test(block)) return null;
  const due = () => EVENT_DUE.exec(block) ?? EVENT_DUE.exec(whole);
  const dueMonths = (d: RegExpExecArray) => durations(`期限为${d[1] ?? d[2] ?? d[3] ?? d[4] ?? d[5]}`).find((x) => Number.isFinite(x.months))?.months ?? null;
  const past = END_PAST_EVENT.exec(block);
  const unit = past ? null : yearFromEvent(whole);
  const nth = unit ? new RegExp(NTH_YEAR_END.replace('UNIT', unit[1])).exec(block) : null;
  const m = past ?? nth;
  const d = m && due();
  const before = d && dueMonths(d);
  if (!m || !before) return null;
  const n = parseNumeral(m[1]);
  if (n === null) return null;
  const span = nth ? n * 12 : n * (m[2] === '年' ? 12 : 1);
  return { months: span + before, text: `${m[0]}；${d![0]}` };
}

/**
 * A term of N years of the text's own count whose first runs from the start to a date ("首个运营年度自本协议生效之日起至2026年
 * 12月31日止，此后每一公历年度为一个运营年度" / "运营期限为三个运营年度"): the first year is as long as that, the rest are
 * whole years.
 */
const FIRST_YEAR = /首个[“"「]?([\u4e00-\u9fff]{2,4}年度)[”"」]?[^。；]{0,8}?自[^，。；]{0,12}?(?:生效|签订|签署)(?:之日)?起至\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
const EFFECT_DATE = /自\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日起生效|于\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日生效/;
function firstYearCounted(s: string, whole: string, start: Day | null): { months: number; text: string } | null {
  const first = FIRST_YEAR.exec(whole);
  if (!first) return null;
  const n = new RegExp(`(?:期限|有效期|授权期|运营期)[^，。；]{0,4}?(?:为)?\\s*(${CN_NUMERAL})\\s*个\\s*[“"「]?${first[1]}`).exec(s);
  const count = n && parseNumeral(n[1]);
  const e = EFFECT_DATE.exec(whole);
  const from: Day | null = e ? [Number(e[1] ?? e[4]), Number(e[2] ?? e[5]), Number(e[3] ?? e[6])] : start;
  if (!count || !from) return null;
  return { months: monthsBetween(...from, Number(first[2]), Number(first[3]), Number(first[4])) + (count - 1) * 12, text: `${first[0]}；${n![0]}` };
}

export function termValue(r: ReadDocument, signedOn: Day | null, maxMonths: number): { evidence: Evidence; found: string }[] {
  const out: { evidence: Evidence; found: string }[] = [];
  const over = (m: number) => m > maxMonths + 0.5;
  const start = signedOn ?? plannedSigning(r);
  let initial: number | null = null;
  let initialCap: number | null = null;
  let joined: string | null = null;
  const whole_text = () => (joined ??= r.blocks.map((x) => withTermNumbers(r.text(x))).join('\n'));
  let joinedRaw: string | null = null;
  const whole_raw = () => (joinedRaw ??= r.blocks.map((x) => r.text(x)).join('\n'));
  const wrapped = sentencesByBlock(r);
  let prev: (typeof r.blocks)[number] | undefined;
  for (const b of r.blocks) {
    // The block with its numbers as digits, made once: the sentence loop's tied periods and the block's own readings
    // (after the term, cycles, phases) all read it.
    let numbered: string | undefined;
    const blockText = () => (numbered ??= withTermNumbers(r.text(b)));
    for (const raw of wrapped.get(b) ?? []) {
      // Most sentences name no term, no renewal and no year: nothing to compute.
      // A holdover need not name the term ("……继续开展授权运营，过渡期最长十二个月").
      if (!TERM_WORDS.test(raw) && !MAY_RENEW.test(raw) && !/第[^，。；]{0,12}年/.test(raw) && !/继续/.test(raw)) continue;
      // Nor does one in another's words (a reviewer's quote of a draft's renewal, a proposal reported).
      if (othersWords(raw)) continue;
      const s = withTermNumbers(withWrittenDates(raw));
      const isTerm = TERM_WORDS.test(s);
      const meaning = isTerm ? definedTermOf(r, s) : null;
      const read = meaning ? `${s}（${meaning}）` : s;
      // An end counted in whole years after the start is a term's end whether or not the sentence names the term (a
      // definition split from its term's heading: "（三）运营期" / "指自……至生效之日后第三个完整自然年度的最后一日止").
      const whole = wholeYears(raw + (meaning ?? ''), start) ?? wholeYears(read, start);
      if (whole !== null && over(whole)) out.push({ evidence: evidence(r, b, raw), found: `${WHOLE_YEARS.exec(raw + (meaning ?? ''))?.[0] ?? ''}（约 ${Math.round(whole)} 个月）` });
      // Read as written: the numbers' rewriting makes "三个运营年度" three years.
      const counted = isTerm && /首个/.test(whole_raw()) ? firstYearCounted(raw, whole_raw(), start) : null;
      if (counted && over(counted.months)) out.push({ evidence: evidence(r, b, raw), found: `${counted.text}（约 ${Math.round(counted.months)} 个月）` });
      const toEnd = isTerm ? toDefinedEnd(r, s) : null;
      if (toEnd && over(toEnd.months)) out.push({ evidence: evidence(r, b, raw), found: `${toEnd.text}（约 ${Math.round(toEnd.months)} 个月）` });
      // A definition referred to, or a range from a planned signing: measured as any term is.
      if (meaning || (!signedOn && start && isTerm)) {
        for (const d of durations(read, start)) {
          if (d.kind === 'cap' || !over(d.months) || (!meaning && !/签订|签署|生效/.test(d.text))) continue;
          out.push({ evidence: evidence(r, b, raw), found: `${d.text}（约 ${Math.round(d.months)} 个月）` });
        }
      }
      // Renewals nobody decides again; those checks.ts already adds to an initial term (automaticExtensions) are left to it.
      const renewal = renewalOf(raw);
      const before = isTerm ? durations(renewal ? s.slice(0, renewal.at) : s).filter((d) => d.kind !== 'cap' && Number.isFinite(d.months)) : [];
      const first = before.sort((a, z) => z.months - a.months)[0]?.months ?? null;
      // A term said only by its longest ("期限为____年（最长不超过三年）", "不超过三年") may run to it: a renewal adds to that.
      const capped = isTerm && first === null ? Math.max(-1, ...durations(renewal ? s.slice(0, renewal.at) : s).filter((d) => d.kind === 'cap' && Number.isFinite(d.months)).map((d) => d.months)) : -1;
      if (capped > 0 && !AFTER_TERM.test(s) && !(PHASE_NAME.test(s) && LEFT_OUT.test(s))) initialCap = capped;
      if (renewal && !(automaticExtensions(raw).length && (first ?? initial) !== null)) {
        const base = first ?? initial ?? initialCap;
        // The original term renewed without end has no end, whatever the original term is.
        const each = renewal.each === 'same' ? (base ?? (renewal.count === Infinity ? Infinity : null)) : renewal.each;
        if (each !== null) {
          const total = (base ?? 0) + each * renewal.count;
          // Unknown initial term: a renewal of the whole limit or more already exceeds it.
          if (over(total) || (base === null && each * renewal.count >= maxMonths)) {
            out.push({ evidence: evidence(r, b, raw), found: `${renewal.text}（${Number.isFinite(total) ? `共约 ${Math.round(total)} 个月` : '续期次数不限，期限没有上限'}）` });
          }
        }
      }
      // A phase's length said beside the term ("建设期为贰年") is not the term.
      // Nor is the length of a period after the term ("届满后设一年的缓冲运营期").
      // An extension by a span adds to the term written before it, in the sentence or earlier (not to its own span).
      const by = extendedBy(s);
      const extended = by && (durations(s.slice(0, by.at)).filter((d) => d.kind !== 'cap' && Number.isFinite(d.months)).sort((a, z) => z.months - a.months)[0]?.months ?? initial);
      if (by && extended && over(extended + by.months)) out.push({ evidence: evidence(r, b, raw), found: `${by.text}（期限外可延长约 ${Math.round(by.months)} 个月，共约 ${Math.round(extended + by.months)} 个月）` });
      if (first !== null && !(PHASE_NAME.test(s) && LEFT_OUT.test(s)) && !AFTER_TERM.test(s)) initial = first;
      const cont = initial !== null ? continuedCapped(s) : null;
      if (cont && initial !== null && over(initial + cont.months)) out.push({ evidence: evidence(r, b, raw), found: `${cont.text}（期满后另有至多约 ${Math.round(cont.months)} 个月，共约 ${Math.round(initial + cont.months)} 个月）` });
      const to = extendedTo(s);
      if (to && over(to.months)) out.push({ evidence: evidence(r, b, raw), found: `${to.text}（约 ${Math.round(to.months)} 个月）` });
      const tied = isTerm ? (tiedPeriod(s, blockText(), whole_text()) ?? paybackTerm(s, blockText(), whole_text())) : null;
      if (tied && over(tied.months)) out.push({ evidence: evidence(r, b, raw), found: `${tied.text}（约 ${Math.round(tied.months)} 个月）` });
      const again = initial !== null || first !== null ? restarted(s) : null;
      const base = first ?? initial ?? 0;
      if (again && over(base + again.months)) out.push({ evidence: evidence(r, b, raw), found: `${again.text}（另行计算，共可达约 ${Math.round(base + again.months)} 个月）` });
    }
    const after = initial !== null ? afterTerm(blockText()) : null;
    if (after && initial !== null && over(initial + after.months)) {
      out.push({ evidence: evidence(r, b, sentences(r.text(b)).find((x) => /届满|期满|到期/.test(x)) ?? r.text(b)), found: `${after.text}（期满后另有约 ${Math.round(after.months)} 个月，共约 ${Math.round(initial + after.months)} 个月）` });
    }
    // An article's first sentence may be split off as its heading ("第六条 授权运营以三年为一个运营周期。" / "首个运营周期
    // 届满后，……自动进入下一运营周期"): the cycle is read with it.
    const cyc = cycles(prev?.kind === 'heading' ? `${withTermNumbers(r.text(prev))}。${blockText()}` : blockText());
    if (cyc && over(cyc.months)) out.push({ evidence: evidence(r, b, sentences(r.text(b))[0]), found: `${cyc.text}（${Number.isFinite(cyc.months) ? `共约 ${Math.round(cyc.months)} 个月` : '周期相继不设上限'}）` });
    const past = termPastEvent(blockText(), whole_text());
    if (past && over(past.months)) out.push({ evidence: evidence(r, b, sentences(r.text(b))[0]), found: `${past.text}（自签署起共约 ${Math.round(past.months)} 个月）` });
    const late = lateStart(blockText(), whole_text());
    if (late && over(late.months)) out.push({ evidence: evidence(r, b, sentences(r.text(b))[0]), found: `${late.text}（自签署起共约 ${Math.round(late.months)} 个月）` });
    // Read with the article's first sentence when it was split off as a heading ("第五条 本项目设建设期一年、运营期三年。").
    const withHead = prev?.kind === 'heading' && PHASE_NAME.test(r.text(prev)) ? `${withTermNumbers(r.text(prev))}。${blockText()}` : blockText();
    // Or with the paragraph before, where a definition's items stand one a paragraph ("1.6 “运营期”指自……交付使用之日起三十六个
    // 月。" / "1.7 “试运营期”指自本协议签订之日起至……交付使用之日止……").
    const phase = phaseOutside(withHead, start) ?? (prev && prev.kind === 'paragraph' && PHASE_NAME.test(withHead) ? phaseOutside(`${withTermNumbers(r.text(prev))}。${withHead}`, start) : null);
    // The term itself: what the block says outside the sentences about the phase, or the term read before.
    // A phase named by its work ("联调测试期") is struck by that name; so is a clause naming the work alone ("先行试运行6个月"):
    // its span is the phase's.
    const rest = phase ? withHead.replace(new RegExp(`[^，。；]*(?:${PHASE_NAME.source}|${phase.name}|${phase.name.replace(/期$/, '')})[^，。；]*`, 'g'), '') : '';
    const term = phase ? (durations(rest).filter((d) => d.kind !== 'cap' && Number.isFinite(d.months)).sort((a, z) => z.months - a.months)[0]?.months ?? initial) : null;
    if (phase && term !== null && over(term + phase.months)) {
      out.push({ evidence: evidence(r, b, sentences(r.text(b))[0]), found: `${phase.text}（期限外另有约 ${Math.round(phase.months)} 个月，共约 ${Math.round(term + phase.months)} 个月）` });
    }
    prev = b;
  }
  return out;
}
