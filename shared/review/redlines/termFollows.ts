import type { ReadDocument } from '../sections';
import { CN_NUMERAL, durations, parseNumeral, withTermNumbers } from '../text';
import { renewedWithoutDecision } from './renewal';

/**
 * What follows the term and lengthens the operator's hold without a new grant (read by termValue.ts with the initial term):
 * a period after it in which the operator keeps its rights, cycles held one after another, a term counted anew for part
 * of the grant, an extension carried by this agreement, the grant continued for a capped while.
 */
/**
 * A period after the term in which the operator still holds its rights ("授权期限届满后给予乙方不少于二年的过渡运营期，
 * 过渡运营期内乙方继续行使……全部运营权利"): whatever it is called, the grant lasts through it. A period in which the
 * operator only hands over ("仅配合……移交", "不得开展新的运营业务") adds nothing. Its length is the span named with it,
 * a floor ("不少于二年") counted as that span.
 */
export const AFTER_TERM = new RegExp(String.raw`(?:届满|期满|到期)(?:后|之后|时)[^。；]{0,40}?(?<span>(?:不少于|不低于|至少|不超过|不得超过|最长|最多|至多)?\s*${CN_NUMERAL}\s*个?\s*(?:年|个月|月|日|天|自然日)(?:半)?)?(?:的)?(?<name>(?:(?![的年月个设])[\u4e00-\u9fff]){0,4}?(?:过渡|缓冲|延续|延展|宽限|保护|衔接)[\u4e00-\u9fff]{0,4}?期|(?:(?![的年月个设为内])[\u4e00-\u9fff]){1,4}?(?<![一二三四五六七八九十首下上本])期(?![限间满内]))`);
// The period may be named by anything ("维护期", "服务保障期", "收尾期"): what decides is that the operator keeps acting on
// the data through it (KEEPS below), not its name.
// The data still taken, its scope named between: "继续以原授权范围调用……数据".
// The agreement itself performed on ("乙方应当继续履行本协议直至新运营机构完成交接"), not a duty under it.
const KEEPS = /(?:继续|仍|仍然|照常|依然)(?:可以|可)?[^，。；]{0,4}?(?:行使|享有|开展|运营|经营|提供|从事)|继续履行本协议(?!项下的?[^，。；]{0,8}?义务)|(?:继续|仍|仍然|照常|依然)(?:可以|可)?[^，。；]{0,10}?(?:调用|使用|利用|加工|处理)[^，。；]{0,16}?数据(?!产品)/;
const HANDS_OVER = /不得|禁止|不再|仅(?:负责|配合|限于|用于|可)|移交/;
/**
 * Or the operator is given the period ("届满后乙方继续享有两年的过渡运营期", "给予乙方一年的衔接运营期"), or the agreement
 * still governs it ("过渡运营期内本协议条款继续有效", "延续期内的权利义务适用本协议"); a duty that survives ("本协议约定的
 * 保密义务继续有效") is not the agreement.
 */
const GIVEN = /(?:乙方|运营机构|运营方|运营单位)(?:继续|仍)?(?:享有|保有|获得)|给予(?:乙方|运营机构|运营方|运营单位)/;
const STILL_APPLIES = /(?:本协议(?:条款|约定)?|协议条款|双方(?:的)?权利义务|权利义务)(?:继续有效|不变|继续适用|仍然有效|仍有效)|(?:继续|仍|仍然)?适用本协议|(?:参照|按照|依照|比照)本协议(?:约定)?(?:执行|履行)/;
const COUNTED_IN_TERM = /(?<!不)(?:计入|纳入|包含在|包括在|含在)[^，。；]{0,6}?(?:期限|运营期|授权期|有效期)/;
export function afterTerm(block: string): { months: number; text: string } | null {
  const m = AFTER_TERM.exec(block);
  if (!m?.groups) return null;
  const { name } = m.groups;
  const rest = block.slice(m.index + m[0].length);
  const kept = KEEPS.exec(rest) ?? STILL_APPLIES.exec(rest.split(/[。；]/)[0]);
  // Or keeps acting before the period is named ("届满后……乙方可继续调用授权数据……，维护期为两年").
  const before = !kept && !HANDS_OVER.test(m[0]) ? KEEPS.exec(m[0]) : null;
  const keeps = kept ?? GIVEN.exec(m[0]) ?? before;
  // A period counted in the term ("维护期计入三年授权期限") adds nothing.
  if (COUNTED_IN_TERM.test(rest.split(/[。；]/)[0])) return null;
  if (!keeps || HANDS_OVER.test(rest.slice(0, kept ? kept.index + kept[0].length + 12 : 40))) return null;
  // The span before the name ("不少于二年的过渡运营期") or after it ("过渡期为一年").
  // A cap ("不超过十八个月的过渡期") is what the operator may hold, so counted whole.
  // Its span may follow the name at once ("维护期为两年，维护期内……"), before the name comes again.
  const said = m.groups.span ?? /^[^，。；]{0,10}/.exec(rest)?.[0] ?? new RegExp(`${name}[^，。；]{0,6}`).exec(rest)?.[0]?.replace(name, '') ?? '';
  const d = durations(`期限为${said.replace(/^(?:(?:不少于|不低于|至少|不超过|不得超过|最长|最多|至多)\s*)+/, '')}`).find((x) => x.kind !== 'cap' && Number.isFinite(x.months) && x.months > 0);
  return d ? { months: d.months, text: `${m[0]}，${keeps[0]}` } : null;
}
/**
 * A grant in cycles held one after another without a new decision ("以三年为一个周期，原则上连续授权两个周期，第二个周期
 * 不再另行组织机构选择"): the cycles together. Cycles each granted anew (另行遴选, 重新授权) are new terms.
 */
// A round by any name and either order: "以三年为一个周期", "以两年为一届", "每届三年", "每期为两年".
const CYCLE = new RegExp(String.raw`以\s*(${CN_NUMERAL})\s*个?\s*(年|月)\s*为\s*(?:一个|一|每个)?\s*(?:授权|运营)?(?:周期|期|轮|届)|每(?:个)?(?:授权|运营)?(?:周期|期|轮|届)(?:为|期限为?)?\s*(${CN_NUMERAL})\s*个?\s*(年|月)`);
const CYCLES = /连续(?:授权|运营|授予)?\s*([0-9一二两三四五六七八九十]+)\s*个?\s*(?:授权|运营)?(?:周期|期|轮)/;
/** The count as a cap on cycles that follow by themselves: "累计不超过三个运营周期", "最多三个周期". */
const CYCLES_CAPPED = /(?:累计|合计|最多|最长|至多)?(?:不超过|不得超过|不超出|最多|至多)\s*([0-9一二两三四五六七八九十]+)\s*个?\s*(?:授权|运营)?(?:周期|期|轮)/;
/** The next cycle entered without a decision: "自动进入下一运营周期", "自动转入下一个周期". */
// Or the next round by its number: "直接转入第二届", "当然进入下一届运营期".
const NEXT_BY_ITSELF = /(?:自动|直接|当然|即)(?:进入|转入|开始|延续至|续入)[^，。；]{0,4}?(?:下一?|第[二三四五六七八九十\d])(?:个)?(?:授权|运营)?(?:周期|期|轮|届)/;
/** The last round named as the end ("第二期届满后本协议终止"): the rounds stop there. */
const LAST_ROUND = /第\s*([0-9一二两三四五六七八九十]+)\s*个?\s*(?:授权|运营)?(?:周期|期|轮|届)(?:届满|期满|结束|到期)(?:后|时)?[，,]?[^。；]{0,6}?(?:终止|结束|不再(?:续|延))/;
/** The rounds' total capped ("两期合计不超过三年"). */
const ROUNDS_CAPPED = new RegExp(String.raw`(?:合计|累计|总计|共计|总共|总)(?:期限)?(?:不超过|不得超过|最长|最多|至多)\s*(${CN_NUMERAL})\s*个?\s*(年|个月|月)`);
export function cycles(block: string): { months: number; text: string } | null {
  const c = CYCLE.exec(block);
  if (!c) return null;
  const n = CYCLES.exec(block);
  const next = n ? null : NEXT_BY_ITSELF.exec(block);
  if (!n && !next) return null;
  const each = (parseNumeral(c[1] ?? c[3]) ?? 0) * ((c[2] ?? c[4]) === '年' ? 12 : 1);
  // Cycles that follow by themselves run up to their cap, or without end when none is written.
  const capped = next ? CYCLES_CAPPED.exec(block) : null;
  const last = next ? LAST_ROUND.exec(block) : null;
  const count = n ? parseNumeral(n[1]) ?? 1 : capped ? parseNumeral(capped[1]) ?? Infinity : last ? parseNumeral(last[1]) ?? Infinity : Infinity;
  const decided = block.replace(/(?:无需|无须|不需要?|不必|不再|免于|不另行|不重新)[^，。；]{0,12}/g, '');
  if (count < 2 || /(?:另行|重新|再次)(?:组织)?(?:遴选|选择|授权|签订|审批)/.test(decided)) return null;
  const cap = ROUNDS_CAPPED.exec(block);
  const capMonths = cap ? (parseNumeral(cap[1]) ?? Infinity) * (cap[2] === '年' ? 12 : 1) : Infinity;
  return { months: Math.min(each * count, capMonths), text: `${c[0]}，${(n ?? capped ?? next)![0]}` };
}

/**
 * A term counted anew for part of the grant from an event within it ("该场景的授权期限自场景上线之日起另行计算三年",
 * "每一数据产品自正式上线之日起重新起算两年运营期"): a part launched late in the term is held to the first term plus the new
 * count, with nobody deciding it. One approved or signed anew, capped by the term's end, or a pause resumed is not.
 */
const RESTART = new RegExp(String.raw`(?:自|从)[^，。；]{0,16}?(?:上线|投入运营|投运|验收|交付|开通|启用|建成|投入使用|接入)[^，。；]{0,6}?(?:之日|日|后)?起?[^，。；]{0,8}?(?:另行|重新|单独)(?:计算|起算|计)`);
const RESTART_DECIDED = /批准|审批|同意|(?:重新|另行)(?:签订|签署|授权|遴选)|补充协议|不得超过|不超过|最长|为限|届满之日|不可抗力|中止|暂停/;
export function restarted(s: string): { months: number; text: string } | null {
  const m = RESTART.exec(s);
  if (!m || RESTART_DECIDED.test(s)) return null;
  const d = durations(s.slice(m.index + m[0].length)).find((x) => x.kind !== 'cap' && Number.isFinite(x.months) && x.months > 0);
  return d ? { months: d.months, text: `${m[0]}${d.text}` } : null;
}

/**
 * An extension to a total written now and carried by this agreement ("经甲方同意，可延长至五年，延长部分不另行签订协议"):
 * the agreement itself allows that total, whoever consents, since no new agreement (a new term, Hebei art. 18) is signed.
 * One that needs its own agreement ("另行签订协议") is a new term. The total may be the end of one of the agreement's
 * years ("本协议效力自动延长至第五个协议年度末"), held by itself as any renewal nobody decides again (renewal.ts).
 */
const EXTENDED_TO = new RegExp(
  String.raw`(?:延长|顺延|延续|延期|展期|续期)至\s*(?:(${CN_NUMERAL})\s*个?\s*(年|个月|月)|(?:本协议|协议)?(?:(?:生效|签订|签署)(?:之日)?后)?第\s*(${CN_NUMERAL})\s*个?\s*(?:协议|合同)?\s*年(?:度)?(?:的)?(?:末|底|届满|结束|终了|最后一日|最后一天))`,
);
// Or no new grant run, whatever paper records the extension ("以补充协议形式确认……不再重新履行授权程序").
const NO_NEW_AGREEMENT = /(?:不另行|无需|无须|不需要?|不必|不再|免于)(?:另行|重新|再次|单独)?(?:(?:签订|签署|订立)[^，。；]{0,4}?(?:协议|合同)|(?:履行|办理|经过|组织|开展|走)?[^，。；]{0,4}?(?:授权|遴选|审批|报批)(?:程序|手续|流程))/;
export function extendedTo(s: string): { months: number; text: string } | null {
  const m = EXTENDED_TO.exec(s);
  const carried = m && (NO_NEW_AGREEMENT.exec(s)?.[0] ?? (renewedWithoutDecision(s) ? '无需另行决定' : null));
  if (!carried) return null;
  const n = parseNumeral(m[1] ?? m[3]);
  return n === null ? null : { months: n * (m[2] === undefined || m[2] === '年' ? 12 : 1), text: `${m[0]}，${carried}` };
}

/**
 * An extension by a span carried by this agreement the same way ("经实施机构同意，授权期限可延长不超过二十四个月，延长期间
 * 无需重新签订协议"): the operator may hold the term and the span, its cap counted whole. Returns the span.
 */
const EXTENDED_BY = new RegExp(String.raw`(?:延长|顺延|延续|延期|展期|续期)(?:期限|期)?(?!至)\s*(?:不超过|不得超过|不超出|最长|最多|至多)?\s*(${CN_NUMERAL})\s*个?\s*(年|个月|月)`);
export function extendedBy(s: string): { months: number; text: string; at: number } | null {
  const m = EXTENDED_BY.exec(s);
  const carried = m && NO_NEW_AGREEMENT.exec(s.slice(m.index));
  const n = carried ? parseNumeral(m[1]) : null;
  return n ? { months: n * (m![2] === '年' ? 12 : 1), text: `${m![0]}，${carried![0]}`, at: m!.index } : null;
}

/**
 * The grant continued after the term for a capped while ("期限届满时……授权相应延续至该产品服务期届满，最长不超过二十四
 * 个月", "……本协议有效期顺延至新协议签订之日，顺延期最长不超过12个月"): the operator may hold it for the term and the cap. A
 * contract, product or duty that continues is not the grant.
 */
const CONTINUED_CAPPED = new RegExp(String.raw`(?:届满|期满|到期)(?:时|后|之后)?[^。]{0,60}?(?:授权|本协议|运营权)(?<between>[^，。；]{0,6}?)(?:延续|延长|顺延|继续有效|继续履行)至[^，。；]{2,30}?[，,]\s*(?:但)?(?:(?:顺延|延长|延续|延期)(?:期限|期间|期|时间)?)?(?:最长|最多)?(?:不超过|不得超过|不超出)\s*(${CN_NUMERAL})\s*个?\s*(年|个月|月)`);
/**
 * Or the operator may go on using the granted data or operating after the term, for a capped while ("期限届满时……尚在履行中的
 * 合同，乙方可继续使用授权数据资源提供服务，但最长不超过十八个月", "期满后六个月内，乙方仍可调用授权数据完成存续订单"):
 * the grant's substance runs on. Products already made ("继续使用已交付的数据产品") or a use it must stop are not the grant.
 */
// The operation itself carried on is the grant too ("乙方可以继续开展授权运营").
const KEEPS_GRANT = String.raw`(?:可|可以|有权|仍可|仍有权|得以)?(?:继续|仍)(?:开展(?:授权)?(?=运营)|从事(?:授权)?(?=运营))?(?:使用|调用|加工|处理|利用|开发利用|运营|经营|行使)(?:[^，。；]{0,12}?(?:授权|公共|原始)?数据(?!产品)|[^，。；]{0,12}?(?:运营权|经营权|授权)|(?=[，,]))`;
// The cap may name the period it caps ("继续运营期间累计不超过贰年").
const USE_CAPPED = new RegExp(String.raw`(?:届满|期满|到期)(?:时|后|之后)?[^。]{0,60}?${KEEPS_GRANT}[^。；]{0,20}?[，,]\s*(?:但)?(?:[^，。；]{0,8}?(?:期间|期限|时间))?(?:累计|合计)?(?:最长|最多|至多)?(?:不超过|不得超过|不超出)\s*(${CN_NUMERAL})\s*个?\s*(年|个月|月)`);
const CAPPED_USE = new RegExp(String.raw`(?:届满|期满|到期)(?:之日)?(?:后|起)\s*(${CN_NUMERAL})\s*个?\s*(年|个月|月)\s*(?:内|以内)[，,]?[^。；]{0,20}?${KEEPS_GRANT}`);
const STOPS = /不得|不再|禁止|停止|严禁|不能|无权/;
/**
 * Or held over until the next operator takes over, for a capped while ("期满时甲方尚未确定新的运营机构的，乙方应当……继续履行
 * 运营职责，直至新的运营机构完成接续，继续运营期间最长不超过十二个月", "……原运营机构继续履行运营职责，相应授权在过渡期内继续
 * 有效，过渡期最长不超过12个月"): the grant runs that much past its term, whatever the reason. A duty kept is not the grant.
 */
const HELD_CAPPED = new RegExp(String.raw`(?:继续履行|继续有效|继续运营|继续享有|继续开展)(?<what>[^。]{0,40}?)(?:过渡期|期间|时间|期限)(?:[^。；]{0,30}?[，,]\s*(?:但)?)?(?:累计|合计)?(?:(?:最长|最多|至多)(?:为|可达)?|(?:最长|最多|至多)?(?:不超过|不得超过|不超出))\s*(${CN_NUMERAL})\s*个?\s*(年|个月|月)`);
const NEXT_OPERATOR = /届满|期满|到期|新的?运营机构|新运营主体|接续|重新(?:选定|确定|遴选)/;
const DUTY_KEPT = /保密|义务|赔偿|责任|配合|移交|交接|销毁/;
const NEW_GRANT = /重新签订|重新申请|新协议|另行签订|重新授权|补充协议/;
export function continuedCapped(s: string): { months: number; text: string } | null {
  const h = HELD_CAPPED.exec(s);
  // Not a new grant's cap ("……需继续运营的，……申请重新签订授权运营协议，重新签订协议的期限最长不超过三年").
  const held = h && NEXT_OPERATOR.test(s) && !NEW_GRANT.test(h[0]) && !DUTY_KEPT.test(s.slice(Math.max(0, h.index - 12), h.index) + h[0].slice(0, 12)) && !STOPS.test(s.slice(Math.max(0, h.index - 6), h.index)) && parseNumeral(h[2]) !== null ? { at: h, n: h[2], unit: h[3] } : null;
  const m = held ? null : CONTINUED_CAPPED.exec(s);
  const kept = held ?? (m && !/合同|产品|服务|义务|责任/.test(m.groups!.between) ? { at: m, n: m[2], unit: m[3] } : null);
  // Held over until an event ("继续运营，直至新运营机构接手之日止，最长不超过六个月") is a holdover, bounded by its cap (term.ts).
  const use = kept || /直至|直到/.test(s) ? null : (USE_CAPPED.exec(s) ?? CAPPED_USE.exec(s));
  const keeps = use ? use.index + use[0].search(/继续|仍/) : -1;
  const found = kept ?? (use && !STOPS.test(s.slice(Math.max(0, keeps - 6), keeps)) ? { at: use, n: use[1], unit: use[2] } : null);
  const n = found && parseNumeral(found.n);
  return found && n !== null ? { months: n * (found.unit === '年' ? 12 : 1), text: found.at[0].slice(-40) } : null;
}

/**
 * A term run to the end of the n-th round of a span the text defines ("（六）运营周期，是指……连续三十六个月的期间" / "有效期自
 * 签订之日起至第二个运营周期届满之日止"): n rounds at least.
 */
// A year of the work is a year, defined or not ("至附件2所列第四个实施年度计划执行完毕之日止").
const ROUND_END = /至[^，。；]{0,12}?第\s*([二三四五六七八九十\d]+)\s*个?\s*([\u4e00-\u9fff]{2,6})(?:届满|期满|结束|到期|执行完毕|完成|完毕)/;
const A_YEAR = /^(?:实施|运营|履约|协议|授权|服务|合作|计划)?年度(?:计划|工作|任务)?$/;
export function definedRounds(s: string, r: ReadDocument): { months: number; text: string } | null {
  const m = ROUND_END.exec(s);
  const n = m ? parseNumeral(m[1]) : null;
  const meaning = m && r.glossary.meaning(m[2]);
  const each = meaning ? durations(withTermNumbers(meaning)).find((d) => d.kind !== 'cap' && Number.isFinite(d.months) && d.months > 0) : m && A_YEAR.test(m[2]) ? { months: 12, text: '一年' } : undefined;
  return n && each ? { months: n * each.months, text: `${m![0]}（${m![2]}：${each.text}）` } : null;
}
