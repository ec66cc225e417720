import { CN_NUMERAL, durations, monthsBetween, sentences } from '../text';
import { letsHappen, parseSentence } from '../clauseParse';

/**
 * Phases outside a grant's term in which the operator already works under it: a build or trial phase left out of the
 * term, set beside it, or before a start counted from a later event. termValue.ts adds them to the term.
 */
type Day = [number, number, number];

/**
 * A phase left out of the term in which the operator already works ("建设期不计入授权运营期限，建设期为贰年，建设期内乙方
 * 即可开展数据加工和产品试运营"): the operator holds the phase and the term. A phase counted in the term ("含建设期"),
 * or one in which the operator only builds or may not operate, adds nothing.
 */
export const PHASE_NAME = /(建设期|筹备期|准备期|过渡期|培育期|试运营期|试运行期|孵化期|调试期|验收期)/;
// Or a phase named by the work done in it ("模块建设及联调测试期间（预计12个月）"), read as that name with its 期.
const WORK_PHASE = /((?:[\u4e00-\u9fff]{0,6}?(?:建设|筹备|部署|联调|调试|测试|试运营|试运行))+期)(?=间|内)/;
export const LEFT_OUT = /不计入|不纳入|不包括在|不包含在|不占用|不含|另行计算|单独计算|不计算在/;
// What it works with may come first: "建设期内乙方即可依托授权数据开展测试运营".
// Its length may stand in brackets first ("建设期间（预计不超过十八个月），乙方即享有……"), and holding the grant's rights in
// it is working in it ("即享有本协议项下的公共数据加工使用权益"), as is reaching the granted data ("即可接入授权数据开展产品研发").
const WORKS_IN = /(?:内|期间|间|中|阶段)(?:[（(][^）)]{0,16}[）)])?[，,]?[^。；]{0,8}?(?:(?:即可|可以|可|即|已|先行|同步)[^，。；]{0,10}?(?:开展|进行|提供|从事)?[^，。；]{0,4}?(?:运营|试运营|试运行|加工|经营|开发利用|收费|对外提供|销售|数据治理|产品(?:预研|研发|开发|试用|测试)|试点推广)|(?:即|已|同步)享有[^，。；]{0,20}?(?:权益|权利|权限)|(?:即可|可以|可|即|已|先行|同步)[^，。；]{0,6}?(?:接入|调用|使用|获取|访问)[^，。；]{0,6}?(?:授权|公共)数据)/;
export const isNegatedWork = (s: string) => /不得|不能|不可|禁止|严禁|不允许|无权|不开展|不从事/.test(s);
/** "另设一年建设期", "另设二十四个月试运行期": a phase set beside the term is outside it, unless said counted in it. */
const SET_BESIDE = /另设|另行设置|另外设置|另加|另有/;
const COUNTED_IN = /(?<!不)(?:计入|纳入|包含在|包括在|含在)[^，。；]{0,4}?(?:期限|运营期|授权期|有效期)/;
/**
 * The operator works in the phase, read on the clause parse: it may act on the data or its products ("乙方在建设期内即可调用
 * 授权数据开展产品研发", "试运营期间乙方可以对外提供数据产品并收费") or holds the grant's rights ("试运行期内乙方享有本协议项下全部运营权利"). Building only
 * ("筹备期内乙方仅负责平台部署") or a use it must not make is no work under the grant.
 */
const LATER_TIME = /满|届满|结束|之后|以后|后[，,]|起/;
const TOPIC_DATA = /[\u4e00-\u9fff]数据(?!产品|服务|目录|清单)/;
function worksIn(block: string, name: string): string | null {
  // Its dates may stand between the name and "内": "建设期（2024年7月1日至2024年12月31日）内".
  const within = new RegExp(`${name}(?:[（(][^）)]{0,40}[）)])?(?:内|期间|间|中|阶段)`);
  // Or referred back to after a clause on it: "建设期自协议签订之日起算，期间乙方即可……".
  const referred = new RegExp(`${name}[^。；]{0,24}?[，,]\\s*$`);
  for (const s of sentences(block)) {
    if (!within.test(s) && !new RegExp(`${name}[^。；]{0,24}?[，,]\\s*(?:在)?(?:此|该|其)?期?间`).test(s)) continue;
    for (const p of parseSentence(s)) {
      // The phase may be the clause before, as an adverbial ("建设期内，运营机构同步获得数据调用权限").
      // The adverbial scopes over the clauses after it, up to another time ("建设期内，乙方可调取……数据，向……提供试用产品"; not
      // "……，建设期满后乙方可……").
      const lead = s.slice(0, p.start);
      const scoped = new RegExp(`${within.source}[，,]`).exec(lead);
      const inPhase = within.test(p.text) || (!!scoped && !LATER_TIME.test(lead.slice(scoped.index + scoped[0].length))) || (/^(?:在)?(?:此|该|其)?期?间/.test(p.text) && referred.test(lead));
      if (!letsHappen(p) || p.modality === 'must-not' || (p.holder && p.holder.party !== 'operator') || !inPhase) continue;
      // Any act on the data or on what is made of it: using, processing, providing products ("对外提供数据产品并收费").
      // The data may be named by its topic, which the object slot leaves unread ("调取客运、货运数据").
      const uses = !!p.act && (p.object?.kind === 'data' || p.object?.kind === 'derived' || p.object?.kind === 'raw' || (!p.object && TOPIC_DATA.test(p.text.slice(p.act.at))));
      const holds = p.act?.kind === 'succeed' && p.object?.kind === 'grant';
      if (uses || holds) return p.text;
    }
  }
  return null;
}
/**
 * A phase dated before the term starts ("授权运营期限为三年，自2025年1月1日起算；平台建设期（2024年7月1日至2024年12月31日）
 * 内……"): it lies outside the term by its dates, as if said left out. Returns the phase's dated words.
 */
const DAY = String.raw`(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日`;
// Whatever the phase is called ("数据治理期", "平台建设期"), its dates say where it lies; the term itself is not a phase.
const DATED_PHASE = new RegExp(`([\\u4e00-\\u9fff]{2,4}期)[（(]?[^，。；\\d]{0,4}?${DAY}\\s*(?:起)?\\s*(?:至|到|—|-|～|~)\\s*${DAY}[）)]?`);
function datedBefore(block: string): { name: string; text: string } | null {
  const phase = DATED_PHASE.exec(block);
  if (!phase || /期限|有效期|授权期|运营期|协议期/.test(phase[1])) return null;
  const name = phase[1];
  // The term's own start: in a sentence naming the term and not the phase.
  const start = block.split(/[。；]/).filter((c) => /期限|有效期|授权期|运营期/.test(c) && !c.includes(name)).map((c) => new RegExp(`自\\s*${DAY}\\s*(?:起|开始)`).exec(c)).find(Boolean);
  if (!start) return null;
  const ends = Number(phase[5]) * 10000 + Number(phase[6]) * 100 + Number(phase[7]);
  return ends < Number(start[1]) * 10000 + Number(start[2]) * 100 + Number(start[3]) ? { name, text: phase[0] } : null;
}
/**
 * The term counted from an event after the signing ("自平台通过验收之日起算") while a phase runs from the signing
 * ("建设期……自协议生效之日起计算"): the agreement holds the operator from the signing, so the phase and the term
 * are one hold. A phase counted in the term adds nothing.
 */
// A product listed on the exchange is launched too ("自乙方首个数据产品挂牌之日起算").
// Or passes a review ("三年期限自该场景产品通过合规审核之日起算"): any step after the signing.
export const LATER_EVENT = '(?:验收|终验|上线|上架|挂牌|建成|交付|投入运行|投入运营|投运|投产|正式运营|通过[^，。；]{0,6}?(?:审核|审查|评审|评估))';
export const FROM_LATER = new RegExp(`(?:期限|有效期|授权期|运营期)[^。；]{0,24}?(?:自|从)[^，。；]{0,32}?${LATER_EVENT}[^，。；]{0,8}?(?:之日|日|后)?(?:次日)?起`);
const fromSigning = (block: string, name: string) =>
  new RegExp(`${name}[^。；]{0,16}?自[^，。；]{0,10}?(?:签订|签署|生效)|(?:签订|签署|生效)(?:之日)?(?:起)?至[^，。；]{0,12}?为[^，。；]{0,4}?${name}`).test(block);
/**
 * A phase that ends with that event by its nature ("专区建设期（预计十八个月）内" before "自……专区通过竣工验收之日起算"): building
 * or preparing ends when the work is accepted or goes live, so the phase lies before the term, as if run from the signing.
 */
const ENDS_AT_LAUNCH = /^(?:建设期|筹备期|准备期|调试期)$/;
/** The term counted from the phase's end ("运营期自建设期届满次日起算"): the phase lies before the term, outside it. */
const termAfter = (block: string, name: string) =>
  new RegExp(`(?:期限|有效期|授权期|运营期)[^。；]{0,8}?(?:自|从|于)${name}(?:届满|期满|结束|完成|终了)(?:之日|日|后)?(?:的)?(?:次日)?(?:起|开始)?`).test(block);
/**
 * The phase's length said only as its longest ("建设期不计入前述期限，但最长不超过二年", "筹备期最长六个月"): the operator
 * may hold the phase that long. Read right after the name, or in the clause right after one naming the phase (its
 * definition between: "“试运营期”指自本协议签订之日起至……交付使用之日止的期间，一般不超过十二个月").
 */
const phaseCaps = new Map<string, RegExp>();
const phaseCap = (name: string) =>
  phaseCaps.get(name) ??
  phaseCaps
    .set(name, new RegExp(`${name}[^，。；]{0,40}?(?:[，,]\\s*(?:但|且|并且|同时)?\\s*)?(?:一般|原则上)?(?:(?:最长|最多|至多)(?:为|可达)?|(?:最长|最多|至多)?(?:不超过|不得超过|不超出|不长于))\\s*(${CN_NUMERAL}\\s*个?\\s*(?:年|个月|月))`))
    .get(name)!;
/** The phase run from the signing to a date ("本协议签订之日起至2027年6月30日为建设试运行期"): its length from the signing. */
const phasesToDate = new Map<string, RegExp>();
const phaseToDate = (name: string) =>
  phasesToDate.get(name) ?? phasesToDate.set(name, new RegExp(`(?:签订|签署|生效)(?:之日)?(?:起)?至\\s*${DAY}\\s*(?:止)?[，,]?\\s*为[^，。；]{0,4}?${name}`)).get(name)!;
export function phaseOutside(said: string, start: Day | null): { months: number; text: string; name: string } | null {
  // The phase's cycle is the phase ("建设周期自……签订之日起不超过12个月，建设期内……").
  const block = said.replace(/建设周期/g, '建设期');
  const datedPhase = datedBefore(block);
  const dated = datedPhase?.text;
  const name = datedPhase?.name ?? PHASE_NAME.exec(block)?.[1] ?? WORK_PHASE.exec(block)?.[1];
  if (!name) return null;
  const beside = new RegExp(`(?:${SET_BESIDE.source})[^，。；]{0,8}?${name}`).test(block);
  const later = FROM_LATER.test(block) && !COUNTED_IN.test(block) ? FROM_LATER.exec(block)![0] : null;
  const held = later && fromSigning(block, name) ? later : null;
  const before = termAfter(block, name);
  // A phase that ends at the event is before the term, but held only where the operator works in it.
  const ending = later && ENDS_AT_LAUNCH.test(name);
  if (!(LEFT_OUT.test(block) || beside || dated || held || before || ending) || (!LEFT_OUT.test(block) && !dated && COUNTED_IN.test(block))) return null;
  // Operating said without an object the parse reads as an act ("建设期内乙方即可开展试运营") is read on its words.
  // The phase may be referred back to ("建设期自签订之日起算，期间乙方即可……", "在此期间").
  const works = new RegExp(`${name}(?:[^。；]{0,24}?[，,；]\\s*(?:在)?(?:此|该|其)?(?=期间|间))?${WORKS_IN.source}`).exec(block);
  const work = works && !isNegatedWork(works[0]) ? works[0] : (worksIn(block, name) ?? held);
  if (!work) return null;
  // The phase's length: the span written after its name ("建设期为贰年", "建设期二年") or before it ("另设一年建设期").
  const spans = [...block.matchAll(new RegExp(`${name}[^，。；]{0,8}`, 'g'))].map((m) => m[0].replace(name, '期限'));
  // The phase may be named by its work there ("先行开展为期六个月的试运营").
  for (const m of block.matchAll(new RegExp(`(${CN_NUMERAL}\\s*个?\\s*(?:年|个月|月))(?:的)?(?:${name}|${name.replace(/期$/, '')})`, 'g'))) spans.push(`期限为${m[1]}`);
  // Or after the work it names ("先行试运行6个月").
  for (const m of block.matchAll(new RegExp(`${name.replace(/期$/, '')}\\s*(${CN_NUMERAL}\\s*个?\\s*(?:年|个月|月))`, 'g'))) spans.push(`期限为${m[1]}`);
  if (dated) spans.push(dated.replace(name, '期限'));
  const cap = phaseCap(name).exec(block);
  if (cap) spans.push(`期限为${cap[1]}`);
  const toDate = start ? phaseToDate(name).exec(block) : null;
  if (toDate) return { months: monthsBetween(...start!, Number(toDate[1]), Number(toDate[2]), Number(toDate[3])), text: `${toDate[0]}，${work}`, name };
  for (const said of spans) {
    const d = durations(said).find((x) => x.kind !== 'cap' && Number.isFinite(x.months));
    if (d) return { months: d.months, text: `${name}${d.text}，${work}`, name };
  }
  return null;
}
