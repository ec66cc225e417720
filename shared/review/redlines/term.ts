import type { Evidence } from '../report';
import { evidence, type ReadDocument } from '../sections';
import { termValue } from './termValue';
import { plannedSigning } from './plannedSigning';
import { termByParts } from './termParts';
import { definedRounds } from './termFollows';
import { CAPPED, CN_NUMERAL, durations, eventEnded, lastDayOfMonth, monthsBetween, parseNumeral, sentences, withTermNumbers, withWrittenDates } from '../text';
import { FIRST_TERM, GRANT_WORDS } from '../periods';
import { fieldDated, STARTS, MONTH_STARTS, FROM_SIGNING, FROM_EFFECT, EFFECT_ON_SIGNING, ENDS, COARSE_START, COARSE_END, coarseDay, datedInPlace, ENDS_ON, END_ONLY, END_AT, RUNS_TO, END_MONTH } from './termDates';

/**
 * The term of an authorisation read across sentences, where no single sentence states it:
 * - a start and an end written apart: "期限为三年，自2026年1月1日起算" … "继续运营至2030年12月31日", or "于2026年7月1日
 *   签署，自双方签署之日起生效，有效期至2031年6月30日" (the start is the signing);
 * - phases added up: "前两年为场景培育期，后三年为规模运营期，两期合计即为本次授权运营的期限";
 * - an end alone ("授权运营期限至2030年12月31日止") in a document that says when it was signed: measured from the signing;
 * - named phases of one grant, written apart, that together are the term: "试运营期……六个月；正式运营期……三年" …
 *   "试运营期与正式运营期合称授权运营期限", or a later phase that follows without a new decision ("第一期届满，甲方即向
 *   乙方授予第二期授权，期限两年……无需另行组织遴选或签订新协议"). A later phase that needs a new selection or
 *   agreement is a new term and is not added.
 */

// "本次授权自2025年1月1日起实施": the grant's start said without the word for a term.
// "为期" only in a sentence about the grant: "实行为期十年的常年禁捕" spans a fishing ban.
const TERM_WORDS = new RegExp(`期限|有效期|授权期|运营期|为期(?=[^。；]*?(?:${GRANT_WORDS.source}))|(?:${GRANT_WORDS.source})[^。；]*?为期|运营周期|协议期|${FIRST_TERM}|期间|运营至|授权至|有效至|(?:授权|运营)[^，。；]{0,6}?自\\s*\\d{4}\\s*年`);
/** A heading that names the term ("第九条 授权运营期限"): the sentences under it are about the term. */
const TERM_CAPTION = /^[^，。；]{0,10}?(?:期限|有效期|授权期)[^，。；]{0,4}$/;
/** Phases of one term added up, with no total written beside the word that adds them. */
const SUMMED = /合计|共计|总计|累计|之和|相加/;
/**
 * Money or a count summed ("连续三年累计不低于1500万元", "合计投入不少于20人"): the years it is summed over are no
 * phases of the term.
 */
const AMOUNT_SUMMED = /(?:合计|共计|总计|累计|之和|相加)[^，。；\d]{0,8}?\d[\d,.，]*\s*(?:万|亿|元|%|％|个(?!月)|家|项|件|人|次|套|条|台|笔|吨|户)/g;
const sumsAmountsOnly = (s: string) => (s.match(new RegExp(SUMMED.source, 'g')) ?? []).length === (s.match(AMOUNT_SUMMED) ?? []).length;
/** A phase of the grant by its name; "第一期届满", "试运营期满" refer to its end, not the phase itself. */
// Phases by stage too ("第一阶段", "筹备期"), and a renewal that follows by itself ("首期三年、续期两年……直接延续运营").
// A stage named by what it does ("试点运营阶段（2026年1月至2026年12月）", "深化提升阶段") is a phase too.
const PHASE = /(第[一二三四五六七八九十\d]{1,2}(?:期|阶段)|(?:试点|试运营|全面|深化|推广|建设|培育|提升|巩固|起步|拓展)[\u4e00-\u9fff]{0,2}阶段|首期|一期|二期|三期|续期|延续期|延展期|筹备期|试运营期|试运行期|正式运营期|培育期|建设期|推广期|过渡期|(?<!阶段|[一二三四五六七八九十\d]期)运营期(?!限))(?!满|届满|结束|终止)/g;
/** The phases said to be one term together. */
// Or counted together as the term: "试运营期与正式运营期合并计算授权运营期限".
const PHASES_JOINED = /合称|统称|总称|合计|共同构成|一并构成|由[^，。；]{1,12}?(?:和|与|及)[^，。；]{1,12}?组成|构成[^，。；]{0,6}?(?:期限|有效期|授权期)|(?:合并|一并|统一|连续|累计)[^，。；]{0,10}?(?:期限|有效期|授权期)/;
/** "授权运营期限覆盖上述三个阶段": the term said to cover the phases written before it, without naming them. */
const COVERS_PHASES = /(?:期限|有效期|授权期|运营期)[^，。；]{0,6}?(?:覆盖|涵盖|包括|包含|贯穿)[^，。；]{0,4}?(?:上述|以上|前述)?[^，。；]{0,3}?(?:(?:各|全部|所有|[二两三四五]个)?(?:阶段|时期|期间)|(?:各|[二两三四五])期(?![限间]))/;
/**
 * The operator said to hold the grant through the phases written before ("运营机构在上述三个阶段内持续享有授权运营权"):
 * the phases together are the term, as when the term is said to cover them.
 */
// Or carries the operation through them: "运营机构在上述各阶段持续承担授权运营工作", "均负责授权运营".
const HELD_THROUGH = /(?:上述|以上|前述)[^，。；]{0,3}?(?:各|全部|所有|[二两三四五]个)?(?:阶段|时期|期间)(?:内|中|期间)?[^，。；]{0,6}?(?:(?:享有|行使|保有|拥有)[^，。；]{0,4}?(?:授权|运营权|经营权)|(?:承担|负责|开展|从事)[^，。；]{0,2}?授权运营)/;
/**
 * The phases written before, referred to by their number or as those above, counted together as the term ("两个阶段合并
 * 计算为同一授权运营期限", "上述各阶段统一计入授权期限"): the phases together are the term, as when it covers them.
 */
const PHASES_COUNTED_AS_TERM = /(?:(?:上述|以上|前述)[^，。；]{0,3}?(?:各|全部|所有|[二两三四五]个)?|各|全部|所有|[二两三四五]个)(?:阶段|时期)[^，。；]{0,4}?(?:合并|合计|一并|统一|共同|连续|累计)[^，。；]{0,10}?(?:期限|有效期|授权期)/;
/**
 * The phases written before said to be one grant ("以上两阶段均在同一授权协议项下实施", "上述各阶段均属本次授权"), or the term
 * said to cover phases by their names ("授权运营期限 | 覆盖建设期和运营期"): the phases together are the term.
 */
const UNDER_ONE_GRANT = /(?:上述|以上|前述)[^，。；]{0,3}?(?:各|全部|所有|[二两三四五]个)?(?:阶段|时期|期)[^，。；]{0,4}?(?:均|都|全部|一并|同样)(?:在|属于?|纳入|适用|依据|依照|按照|于)?[^，。；]{0,4}?(?:同一|本次?|一个|一份|该)[^，。；]{0,4}?(?:授权|协议)/;
// "上述期间均属授权运营期限": the periods written before, each said to be the term's.
const PERIODS_ARE_TERM = /(?:上述|以上|前述)(?:各|全部|所有|[二两三四五]个)?(?:期间|阶段|时期)(?:均|都|全部|一并)(?:属于?|计入|纳入|计算在|包含在|为)[^，。；]{0,6}?(?:期限|有效期|授权期)/;
const COVERS_NAMED = /(?:期限|有效期|授权期)[^，。；]{0,6}?(?:覆盖|涵盖|包括|包含|贯穿)[^，。；]{0,2}?[\u4e00-\u9fff]{1,6}?期(?:和|与|、|及|以及)[\u4e00-\u9fff]{1,6}?期/;
// The term said to be the schedule written before: "授权运营期限与上述实施进度一致".
const FOLLOWS_SCHEDULE = /(?:期限|有效期|授权期|运营期)[^，。；]{0,4}?(?:与|同|和|按照?|依照)(?:上述|以上|前述)?[^，。；]{0,6}?(?:实施|进度|阶段|工作|时间|推进)(?:安排|计划|步骤|进度|表)[^，。；]{0,2}?(?:一致|相同|同步|相一致|执行|确定)/;
const coversPhases = (s: string) => FOLLOWS_SCHEDULE.test(s) || COVERS_PHASES.test(s) || HELD_THROUGH.test(s) || PHASES_COUNTED_AS_TERM.test(s) || UNDER_ONE_GRANT.test(s) || COVERS_NAMED.test(s) || PERIODS_ARE_TERM.test(s);
/** A later phase that follows by itself ("即向乙方授予第二期授权", "无需另行组织遴选或签订新协议"). */
// Or on a check of fact passed, with nothing left to decide: "试运营期满经甲方验收合格的，进入正式运营期".
// Or the next phase entered when the first ends or passes its acceptance ("建设期满、平台通过验收后进入运营期").
/** The grant itself set out in phases ("本项目授权运营分两个阶段实施：建设期……；运营期……"): each phase is part of its term. */
// The phases may be named before their count ("授权运营分建设期和运营期两个阶段实施").
const GRANT_IN_PHASES = /授权(?:运营)?(?:期限|期)?(?:分为?|划分为)(?:[^，。；]{1,16}?(?:和|与|及|、)[^，。；]{1,8}?)?[两二三四五\d]个?(?:阶段|时期|期)/;
/** Unless each phase is granted or counted on its own ("两个阶段分别签订授权运营协议，各自计算期限"). */
const GRANTED_APART = /分别(?:签订|签署|订立|授权|遴选)|各自(?:计算|起算|签订)|单独(?:签订|授权|计算)/;
/**
 * A phase counted from the end of a trial run of the operation ("正式运营期：自试运营期满次日起三年"): the trial is operation
 * under the grant, so the two follow on as one term. A build phase before it is the grant's only where the grant is said
 * to be set out in phases (GRANT_IN_PHASES); alone it may be no work under the grant at all.
 */
const FROM_TRIAL_END = /自\s*((?:试运营|试运行|试点运营)(?:期|阶段))(?:满|届满|结束)(?:之日|次日|后|之次日)/;
const PHASE_FOLLOWS = /(?:即|自动|直接|当然)[^，。；]{0,10}?(?:授予|进入|转入|生效|开始|延续)|(?:期满|届满|结束|通过[^，。；]{0,6}?验收)(?:后|之后|即)?[^，。；]{0,4}?(?:进入|转入)|(?:合格|达标|通过|良好|优秀|符合要求)的[，,]\s*(?:即|则|直接)?(?:进入|转入)|(?:无需|无须|不再|不必|免于)(?:另行|重新|再次)?[^，。；]{0,6}?(?:遴选|签订|签署|审批|申请|授权)/;
/**
 * Spans of one grant told by their place in it ("前三年为市场培育期……；后两年为稳定运营期", "第1—3年为……，第4—5年为……"):
 * each is a phase; when they follow by themselves they are one term, the last year named its end.
 */
// Right after the term's name too: "授权运营期限前三年为培育期".
const FIRST_SPAN = new RegExp(`(?:^|[^\\u4e00-\\u9fff\\d]|运营|授权|期限|有效期)(?:前|首|头)\\s*(${CN_NUMERAL})\\s*个?\\s*(年|月)(?:为|是|作为|系|属于?|进入)`);
const LATER_SPAN = new RegExp(`(?:^|[^\\u4e00-\\u9fff\\d])(?:后|其后|此后|之后|随后|剩余|最后|再)\\s*(${CN_NUMERAL})\\s*个?\\s*(年|月)(?:为|是|作为|系|属于?|进入|转入)`, 'g');
const YEARS_RANGE = new RegExp(`第\\s*(${CN_NUMERAL})\\s*(?:至|到|—|－|-|～|~)\\s*第?\\s*(${CN_NUMERAL})\\s*(?:个)?(?:年|运营年度|协议年度)(?:为|是|作为|系|属于?|进入|转入)`, 'g');
/** A later phase entered by itself, said with its span: "直接进入为期两年的拓展期", "转入二年的稳定运营期". */
const ENTERED_SPAN = new RegExp(`(?:进入|转入|延续|续入)(?:为期)?\\s*(${CN_NUMERAL})\\s*个?\\s*(年|月)(?:的)?[\\u4e00-\\u9fff]{1,6}?期`, 'g');
function successiveSpans(block: string): { months: number; text: string } | null {
  const first = FIRST_SPAN.exec(block);
  const later = first ? [...block.slice(first.index).matchAll(LATER_SPAN), ...block.slice(first.index).matchAll(ENTERED_SPAN)] : [];
  const inMonths = (n: string, unit: string) => (parseNumeral(n) ?? 0) * (unit === '年' ? 12 : 1);
  if (first && later.length) return { months: [first, ...later].reduce((t, m) => t + inMonths(m[1], m[2]), 0), text: [first, ...later].map((m) => m[0].replace(/^(?:[^\u4e00-\u9fff\d]|运营|授权|期限|有效期)/, '')).join('……') };
  const ranges = [...block.matchAll(YEARS_RANGE)];
  return ranges.length > 1 ? { months: Math.max(...ranges.map((m) => parseNumeral(m[2]) ?? 0)) * 12, text: ranges.map((m) => m[0]).join('……') } : null;
}
// "不另行签订协议" spares the decision as 无需 does.
const PHASE_DECIDED = /(?<!无需|无须|不再|不必|免于|不)(?:另行|重新|再次)(?:组织)?(?:遴选|签订|签署|审批|申请|授权)/;
/**
 * A later phase decided anew in the block; not the grant applied for again once the whole term or its last phase ends
 * ("正式运营期届满，授权运营协议自动终止；需要继续开展授权运营的，……申请重新签订"): that is a renewal, after every phase.
 */
function phaseDecided(block: string, lastPhase?: string): boolean {
  const after = new RegExp(`(?:期限|有效期|授权期|协议期${lastPhase ? `|${lastPhase}` : ''})(?:届满|期满|到期|结束|终止)`);
  return sentences(block).some((x) => PHASE_DECIDED.test(x) && !after.test(x));
}
/**
 * A span the sentence gives before dividing it into phases of which a later one is chosen or signed anew ("本方案实施周期为
 * 2026年至2030年，……分两期实施：第一期授权期限为……；第二期……须由实施机构重新……组织遴选，并另行签订授权运营协议"): it runs
 * over several grants, the plan's horizon, not one grant's term. Each phase's own term is read as any term. A span named
 * as the term ("授权期限五年，分两期") is the term whatever follows.
 */
// The phases may run on past the sentence, to the paragraph's end (the second one after a "；").
export function spansSeveralGrants(s: string, span: string, paragraph: string): boolean {
  const at = s.indexOf(span);
  if (at < 0 || /期限|有效期|授权期|运营期|协议期/.test(s.slice(Math.max(0, s.lastIndexOf('，', at), s.lastIndexOf('。', at)), at))) return false;
  const rest = paragraph.slice(Math.max(0, paragraph.indexOf(s.slice(at, at + 12))));
  const first = rest.search(PHASE);
  return first > 0 && PHASE_DECIDED.test(rest.slice(first)) && new Set([...rest.matchAll(PHASE)].map((m) => m[1])).size > 1;
}
// A total capped is a total written too ("建设期与运营期合计不超过三年"): the cap is read as a term span elsewhere.
const TOTAL_WRITTEN = new RegExp(String.raw`(?:合计|共计|总计|累计)\s*(?:为|不超过|不得超过|不超出|最长|最多)?\s*${CN_NUMERAL}\s*(?:个)?\s*(?:年|月)`);

/**
 * The term extended until an event with no date and no cap ("运营期限相应延长至投资回收完毕之日止", "……自动延长至折旧期满之日，
 * 延长期内……"): it has no end. A
 * pause for force majeure, a cap ("最长不超过六个月") or the grantor's approval of each extension keep it bounded.
 */
const OPEN_EXTENSION = /(?:期限|有效期|运营期|授权期)[^。；]{0,8}?(?:延长|顺延|延续|展期)至(?![^，。；]{0,4}?\d{4})[^，。；]{2,24}?之日(?:止|为止)?(?![起后前内])/;
/**
 * The grant held over after expiry until an event ("期满未签订新协议的，本协议继续履行，直至新协议签订之日止"): no end
 * either, unless capped. A duty that survives the agreement ("保密义务继续有效，直至……") is not the grant.
 */
// What is held may stand between ("乙方继续享有本协议项下授权，直至……").
// The conduct may be said by the rule it follows: "继续按照本协议履行运营职责", "继续依照本协议开展运营".
const HOLDOVER = /(?:继续履行|继续有效|继续执行|继续运营|继续行使|继续享有|继续(?:按照|依照|依据|根据)本协议[^，。；]{0,4}?(?:履行|开展|运营|执行|行使|享有)|自动延续|顺延)[^。；]{0,12}?[，,]?\s*(?:直至|直到|至)(?![^，。；]{0,4}?\d{4})[^，。；]{2,24}?(?:之日|之时|时)(?:止|为止)?/;
// Or the event named first ("在甲方依法选定新的运营机构并完成交接之前，本协议继续有效").
const HOLDOVER_UNTIL = /(?:在|于)[^，。；]{2,30}?(?:之前|以前)[，,]\s*[^，。；]{0,8}?(?:继续有效|继续履行|继续执行|继续运营|继续享有)/;
const EXPIRY = /届满|期满|到期|终止/;
const SURVIVING_DUTY = /义务|责任|条款|保密|承诺|赔偿|争议/;
// A holdover or an extension is capped as a span is, or by the grantor's approval of it.
const BOUNDED = new RegExp(`${CAPPED}|(?:经|须|需)[^，。；]{0,6}?(?:甲方|实施机构|授权方)[^，。；]{0,4}?(?:批准|同意|审批)`);

/**
 * The grant's rights kept after expiry until an event, wherever the sentence puts the two ("期满时……双方权利义务延续至该
 * 项目全部结项之日，在此期间乙方继续享有……数据的调用权限", "……并继续享有……数据的调用和产品经营权益，直至新的运营机构
 * 完成交接之日止"): the operator holds the data or the grant with no end. A duty kept ("继续履行保密义务") holds no right.
 */
const KEEPS_RIGHTS = /(?:继续|仍|仍然|仍可)(?:享有|保有|行使|拥有|使用|调用|运营|经营)[^，。；]{0,24}?(?:数据|权限|权益|权利|授权|运营权|经营权)|(?:权利义务|授权|本协议)[^，。；]{0,4}?(?:延续|延长|顺延|继续有效)至/;
const UNDATED_END = /(?:直至|直到|至)(?![^，。；]{0,4}?\d{4})[^，。；]{2,30}?(?:之日|之时)(?:止|为止)?/;
const STOPS_BEFORE = /(?:不得|不再|禁止|停止|严禁|不能|无权)[^，。；]{0,4}$/;
function rightsHeldOver(s: string): string | null {
  const expiry = EXPIRY.exec(s);
  const kept = expiry ? KEEPS_RIGHTS.exec(s.slice(expiry.index)) : null;
  const end = kept ? UNDATED_END.exec(s.slice(expiry!.index)) : null;
  if (!kept || !end || BOUNDED.test(s) || STOPS_BEFORE.test(s.slice(0, expiry!.index + kept.index))) return null;
  return kept[0].endsWith('至') ? `${kept[0]}${end[0].replace(/^(?:直至|直到|至)/, '')}` : `${kept[0]}……${end[0]}`;
}

/**
 * A period of its own that runs on past the grant's end ("各项数据产品……自该产品上线之日起享有3年运营期，运营期跨越授权期满
 * 之日的，按照该产品运营期执行"): the operator runs it after the grant is over.
 */
// Or said to run on whatever the grant's end ("……自上架之日起享有三年运营期，运营期内乙方可以继续调用……授权数据，不受本协议期限届满
// 的影响").
const RUNS_PAST_END = /不受(?:本协议|本合同|授权|协议)[^，。；]{0,6}?期限?(?:届满|到期|终止)[^，。；]{0,4}?(?:的)?(?:影响|限制)|(?:跨越|超出|超过|晚于|跨过)(?:授权(?:运营)?期|授权期限|协议期限|协议期)(?:满|届满|限)?(?:之日|日)?的[，,]?\s*(?:按照?|依照?|以)(?:该|各|相应|其)?(?:产品|服务|项目|合同)?(?:的)?(?:运营期|期限|服务期|合同期)(?:执行|为准|计算|确定)/;
/** The holdover a sentence writes (its words), when it holds the grant over with no end. */
// Or the term started again by a supplement ("……签订补充协议的，本协议运营期限自补充协议签订之日起重新计算"): it never runs out.
const RESTARTS = /(?:运营期限|授权期限|协议期限|期限|运营期)[^，。；]{0,6}?自[^，。；]{0,16}?(?:补充协议|变更协议|新协议)[^，。；]{0,8}?(?:之日|日)起(?:重新|再次)(?:计算|起算)/;
/**
 * Or each batch's period counted from its own launch, as long as the grant's or longer ("数据产品和服务……分批次发布，各批次
 * 产品和服务的运营期限分别自其上线之日起计算三年"): a batch launched after the start runs past the grant's end.
 */
const PER_LAUNCH = new RegExp(`(?:各|每)(?:一)?(?:批次?|期|项|个|款)[^，。；]{0,12}?(?:运营期限|运营期|服务期限|服务期|期限)[^，。；]{0,4}?(?:分别|各自|均)?(?:自|从)(?:其|该|各自)?(?:产品|服务)?(?:上线|发布|交付|上架|投入运营)(?:之日)?(?:起|开始)(?:计算|起算)?\\s*(?:为)?\\s*(${CN_NUMERAL})\\s*(?:个)?\\s*(年|个月)`);
function perLaunch(s: string): string | null {
  const m = PER_LAUNCH.exec(s);
  const n = m && parseNumeral(m[1]);
  return m && n !== null && n * (m[2] === '年' ? 12 : 1) >= 36 ? m[0] : null;
}
function heldOver(s: string): string | null {
  const unending = RESTARTS.exec(s)?.[0] ?? RUNS_PAST_END.exec(s)?.[0] ?? perLaunch(s);
  if (unending && !BOUNDED.test(s)) return unending;
  const held = HOLDOVER.exec(s) ?? HOLDOVER_UNTIL.exec(s);
  // What is held over, up to 直至, is read too: "继续履行本协议项下的保密义务，直至……" is a duty, not the grant.
  return held && EXPIRY.test(s) && !BOUNDED.test(s) && !SURVIVING_DUTY.test(s.slice(0, held.index) + held[0].split(/直至|直到/)[0]) ? held[0] : rightsHeldOver(s);
}

export function termAcrossSentences(r: ReadDocument, signedOn: [number, number, number] | null, maxMonths: number): { evidence: Evidence; found: string }[] {
  const out: { evidence: Evidence; found: string }[] = [];
  let start: { date: [number, number, number]; text: string } | null = null;
  // The signing date recorded, else the latest day the plan schedules it for (plannedSigning.ts), read once if asked.
  let planned: [[number, number, number] | null] | undefined;
  const signing = () => signedOn ?? (planned ??= [plannedSigning(r)])[0];
  const effectIsSigning = r.blocks.some((b) => EFFECT_ON_SIGNING.test(r.text(b)));
  let caption = false;
  for (const b of r.blocks) {
    if (b.kind === 'heading') caption = TERM_CAPTION.test(r.text(b));
    for (const raw of sentences(r.text(b))) {
      const s = datedInPlace(withTermNumbers(withWrittenDates(fieldDated(raw, caption))));
      const held = heldOver(s);
      const holdover = held && { evidence: evidence(r, b, raw), found: `${held}（期满后继续，没有上限）` };
      // An end set by an event is said without the term's words too ("本授权自……起生效，至……废止之日止").
      if (!BOUNDED.test(s)) for (const open of eventEnded(s)) out.push({ evidence: evidence(r, b, raw), found: `${open[0]}（终止于没有日期的事件）` });
      // A holdover is said after the term, in a sentence that need not name it ("期满后……乙方继续享有本协议项下授权，直至……").
      if (!TERM_WORDS.test(raw) && !TERM_WORDS.test(s) && !END_AT.test(s) && !RUNS_TO.test(s) && !(caption && b.kind !== 'heading')) {
        if (holdover) out.push(holdover);
        continue;
      }
      const rounds = definedRounds(s, r);
      if (rounds && rounds.months > maxMonths + 0.5) out.push({ evidence: evidence(r, b, raw), found: `${rounds.text}（约 ${Math.round(rounds.months)} 个月）` });
      const st = STARTS.exec(s);
      if (st && !start) start = { date: [Number(st[1]), Number(st[2]), Number(st[3])], text: st[0] };
      const mst: RegExpExecArray | null = start ? null : MONTH_STARTS.exec(s);
      if (mst) start = { date: [Number(mst[1]), Number(mst[2]), lastDayOfMonth(Number(mst[1]), Number(mst[2]))], text: mst[0] };
      if (!start && signedOn && (FROM_SIGNING.test(s) || (effectIsSigning && FROM_EFFECT.test(s)))) start = { date: signedOn, text: `自签署之日起（${signedOn.join('-')}）` };
      const coarse: RegExpExecArray | null = start ? null : COARSE_START.exec(s);
      if (coarse) start = { date: coarseDay(coarse, true), text: coarse[0] };
      const coarseEnd = start && COARSE_END.exec(s);
      if (start && coarseEnd) {
        const months = monthsBetween(...start.date, ...coarseDay(coarseEnd, false));
        if (months > maxMonths + 0.5) out.push({ evidence: evidence(r, b, raw), found: `${start.text}……${coarseEnd[0]}（约 ${Math.round(months)} 个月）` });
      }
      if (start) {
        for (const e of [...s.matchAll(ENDS), ...s.matchAll(ENDS_ON)]) {
          const months = monthsBetween(...start.date, Number(e[1]), Number(e[2]), Number(e[3]));
          if (months > maxMonths + 0.5) out.push({ evidence: evidence(r, b, raw), found: `${start.text}${e[0]}（约 ${Math.round(months)} 个月）` });
        }
      }
      // Without a signing date recorded, the latest day a plan schedules the signing for (plannedSigning.ts).
      const endDay = END_ONLY.exec(s) ?? END_AT.exec(s) ?? RUNS_TO.exec(s);
      const signed = !start && (endDay || END_MONTH.test(s)) ? signing() : null;
      if (signed) {
        // An end said by its month ("有效期：至2029年6月") runs to the month's last day.
        const month = endDay ? null : END_MONTH.exec(s);
        const e = month ? [month[0], month[1], month[2], String(lastDayOfMonth(Number(month[1]), Number(month[2])))] : endDay!;
        const months = monthsBetween(...signed, Number(e[1]), Number(e[2]), Number(e[3]));
        if (months > maxMonths + 0.5) out.push({ evidence: evidence(r, b, raw), found: `自签署之日起（${signed.join('-')}${signedOn ? '' : '，按计划签署的最晚日'}）${e[0]}（约 ${Math.round(months)} 个月）` });
      }
      if (OPEN_EXTENSION.test(s) && !BOUNDED.test(s)) out.push({ evidence: evidence(r, b, raw), found: `${OPEN_EXTENSION.exec(s)![0]}（延长没有上限）` });
      if (holdover) out.push(holdover);
      if (SUMMED.test(s) && !TOTAL_WRITTEN.test(s) && !sumsAmountsOnly(s)) {
        const parts = durations(s).filter((d) => d.kind === 'term' && Number.isFinite(d.months));
        const sum = parts.reduce((n, d) => n + d.months, 0);
        // A whole said beside its parts ("期限为3年，分为适配期（6个月）和运营期（30个月）……合计即为授权运营期限") is
        // their sum, not one more of them.
        const whole = parts.length > 2 ? parts.find((d) => Math.abs(2 * d.months - sum) < 0.5) : undefined;
        const total = whole ? whole.months : sum;
        if (parts.length > 1 && total > maxMonths + 0.5) {
          out.push({ evidence: evidence(r, b, raw), found: whole ? `${whole.text}（分阶段合计）` : `${parts.map((d) => d.text).join('加')}合计（约 ${Math.round(total)} 个月）` });
        }
      }
    }
  }
  out.push(...phasedTerm(r, maxMonths, signing));
  out.push(...yearsCovered(r, maxMonths));
  // The term divided into named periods, or referred to a schedule (termParts.ts).
  out.push(...termByParts(r, maxMonths));
  // The term as a value: renewals nobody decides again, whole years after the start, a defined term, a planned signing.
  out.push(...termValue(r, signedOn, maxMonths));
  return out;
}

// The whole term named in a clause after the phase's ("……进入运营期，授权期限合计三年"); not the phase's own ("第二期授权，期限两年").
const WHOLE_TERM_AFTER = /[，,][^，,]*?(?:(?:授权|运营|协议)(?:运营)?(?:期限|有效期)|(?:期限|有效期)(?:合计|共计|累计|总计))/;
const FROM_SIGNING_TO_DATE = new RegExp(`${FROM_SIGNING.source}[^，。；]{0,6}?(?:至|到)\\s*\\d{4}\\s*年`);
/**
 * Named phases of one grant added up (see above): each phase's length is the term read after its name. A phase run from
 * the signing to a date ("建设试运行期自协议签订之日起至2026年11月30日止") is measured from `signing`: the signing date
 * recorded, or the latest day the plan schedules it for.
 */
function phasedTerm(r: ReadDocument, maxMonths: number, signing: () => [number, number, number] | null): { evidence: Evidence; found: string }[] {
  const phases = new Map<string, number>();
  const out: { evidence: Evidence; found: string }[] = [];
  // A phase named by the heading its paragraph sits under ("（一）试运营期" / "自本协议签订之日起六个月").
  let headPhase: string | null = null;
  // Phases named since the last heading: a list of phases may run over several paragraphs before the sentence that
  // joins them.
  let inSection: string[] = [];
  for (const b of r.blocks) {
    const block = r.text(b);
    // An item's number standing alone ("1." over "试点运营阶段（……）") opens no new section: the phases go on adding up.
    if (b.kind === 'heading' && b.text.trim()) {
      headPhase = [...block.matchAll(PHASE)].pop()?.[1] ?? null;
      inSection = [];
    }
    if (!/期|年|月/.test(block) && !HELD_THROUGH.test(block)) continue;
    const inBlock: string[] = [];
    for (const raw of sentences(block)) {
      const s = withTermNumbers(withWrittenDates(raw));
      const names = [...s.matchAll(PHASE)];
      if (!names.length && !headPhase && !coversPhases(s)) continue;
      // The same span written twice ("筹备期6个月、试运营期6个月") is found at its own place, one after the other.
      const cursor = new Map<string, number>();
      for (const d of names.length || headPhase ? durations(s, FROM_SIGNING_TO_DATE.test(s) ? signing() : null) : []) {
        // A phase runs a span or between two dates ("第一阶段运营期自2025年5月1日起至2028年4月30日止"), or up to a cap
        // ("建设期不超过十二个月"): joined to the others as the term, it may run that long.
        if ((d.kind !== 'term' && d.kind !== 'range' && d.kind !== 'cap') || !Number.isFinite(d.months)) continue;
        // A span from the signing carries the signing date it was measured from as a note, not in the text.
        const said = d.text.replace(/（签订日期[^）]*）$/, '');
        const at = s.indexOf(said, cursor.get(said) ?? 0);
        cursor.set(said, at + said.length);
        // A cap on the phases together ("建设期与运营期合计不超过三年") is no phase's own span.
        if (d.kind === 'cap' && /(?:合计|累计|总计|共计|总共|一共|共|总|整体|全部)(?:不超过|不得超过|不超出|最长|最多|至多|以内)?\s*$/.test(s.slice(0, at))) continue;
        const last = names.filter((n) => n.index! < at).pop();
        // The term named after the phase owns the span ("建设期满后进入运营期，授权期限合计三年"): it is the whole.
        if (last && WHOLE_TERM_AFTER.test(s.slice(last.index! + last[0].length, at))) continue;
        const owner = last?.[1] ?? headPhase;
        if (owner && !phases.has(owner)) {
          phases.set(owner, d.months);
          inBlock.push(owner);
          inSection.push(owner);
        }
      }
      const named = PHASES_JOINED.test(s) ? [...new Set(names.map((n) => n[1]))].filter((n) => phases.has(n)) : [];
      const joined = named.length < 2 && coversPhases(s) ? [...(inBlock.length > 1 ? inBlock : inSection)] : named;
      if (joined.length > 1) {
        const total = joined.reduce((t, n) => t + phases.get(n)!, 0);
        if (total > maxMonths + 0.5) out.push({ evidence: evidence(r, b, raw), found: `${joined.join('与')}合计（约 ${Math.round(total)} 个月）` });
      }
    }
    const follows = (PHASE_FOLLOWS.test(block) || (GRANT_IN_PHASES.test(block) && !GRANTED_APART.test(block))) && !phaseDecided(block, inBlock.at(-1));
    const placed = follows && TERM_WORDS.test(block) ? successiveSpans(withTermNumbers(block)) : null;
    if (placed && placed.months > maxMonths + 0.5) out.push({ evidence: evidence(r, b, block.length <= 120 ? block : sentences(block)[0]), found: `${placed.text}相继（约 ${Math.round(placed.months)} 个月）` });
    // Phases of one article that follow each other by themselves.
    else if (inBlock.length > 1 && follows) {
      const total = inBlock.reduce((t, n) => t + phases.get(n)!, 0);
      if (total > maxMonths + 0.5) out.push({ evidence: evidence(r, b, block.length <= 120 ? block : sentences(block)[0]), found: `${inBlock.join('与')}相继（约 ${Math.round(total)} 个月）` });
    } else if (inBlock.length === 1 && !phaseDecided(block, inBlock.at(-1))) {
      // The trial set out in an item before ("1. 试运营期：……；2. 正式运营期：自试运营期满次日起三年").
      const prior = FROM_TRIAL_END.exec(block)?.[1];
      const total = prior && prior !== inBlock[0] && phases.has(prior) ? phases.get(prior)! + phases.get(inBlock[0])! : 0;
      if (total > maxMonths + 0.5) out.push({ evidence: evidence(r, b, block.length <= 120 ? block : sentences(block)[0]), found: `${prior}与${inBlock[0]}相继（约 ${Math.round(total)} 个月）` });
    }
  }
  return out;
}

/**
 * The term said to cover the years a table or list above names ("授权运营期限覆盖上表所列全部年度" under a schedule
 * "2025年 | 启动运营 … 2030年 | 运营期满"): it runs from the first of those years to the last.
 */
const COVERS_YEARS = /(?:期限|有效期|授权期|运营期)[^，。；]{0,6}?(?:覆盖|涵盖|包括|包含|贯穿)[^，。；]{0,6}?(?:上表|上述|以上|前述|前表|表中|表内)[^，。；]{0,8}?(?:年度|年份)/;
/** A year or a month of a schedule ("2025年", "2025年10月") as its first and last month, so a span is read to the month. */
const POINT = /(?<!\d)((?:19|20)\d{2})\s*年(?:\s*(\d{1,2})\s*月)?/g;
type Point = [number, number];
/**
 * Only a phase's own years ("第二阶段（2026—2027年）", "二期为2028—2030年"), not a background date, are the phases':
 * each clause that names a phase, numbered with 第 or without ("首期", "一期").
 */
const PHASE_CLAUSE = /(?:^|[^第\d一二三四五六七八九十])(?:首|[一二三四五])期(?![限间满])/;
const NUMBERED_PHASE = /阶段|第[一二三四五六七八九十\d]{1,2}期/;
const yearsIn = (c: string): Point[] =>
  [...c.matchAll(POINT)].map((m) => (m[2] && Number(m[2]) <= 12 ? [Number(m[1]) * 12 + Number(m[2]), Number(m[1]) * 12 + Number(m[2])] : [Number(m[1]) * 12 + 1, Number(m[1]) * 12 + 12]));
const phaseYearsOf = (s: string) =>
  s.split(/[；;]/).flatMap((c) => (NUMBERED_PHASE.test(c) ? yearsIn(c) : c.split(/[，,]/).filter((x) => PHASE_CLAUSE.test(x)).flatMap(yearsIn)));
const ym = (n: number) => `${Math.floor((n - 1) / 12)}年${((n - 1) % 12) + 1}月`;
/** A sentence that gives the term its own length ("以上两阶段均在本协议约定的三年期限内") is that length, whatever it covers. */
const ownLength = (s: string) => durations(s).some((d) => d.kind === 'term' && Number.isFinite(d.months));
function yearsCovered(r: ReadDocument, maxMonths: number): { evidence: Evidence; found: string }[] {
  const out: { evidence: Evidence; found: string }[] = [];
  let years: Point[] = [];
  let phaseYears: Point[] = [];
  for (const b of r.blocks) {
    if (b.kind === 'heading') [years, phaseYears] = [[], []];
    const text = b.kind === 'table' ? b.rows.map((row) => row.join(' ')).join('\n') : r.text(b);
    for (const s of b.kind === 'table' ? [] : sentences(text)) {
      // Phases dated by years ("第二阶段（2026—2027年）") that the term is said to cover run over those years too.
      const phased = !COVERS_YEARS.test(s) && coversPhases(s) && !ownLength(s);
      // The phases may be listed in the covering sentence itself ("一期为2026—2027年……，授权运营期限覆盖两期").
      const covering = phased ? s.search(COVERS_PHASES) : -1;
      const own = phased ? phaseYearsOf(covering >= 0 ? s.slice(0, covering) : s) : [];
      // Phases referred to but never named ("2026年开展试点，2027年全面推广……；运营机构在上述各阶段……"): the years the
      // sentence lists before are its schedule.
      const before = phased ? yearsIn(s.slice(0, Math.max(0, s.search(/(?:上述|以上|前述)/)))) : [];
      const listed = phased && phaseYears.length + own.length < 2 ? (before.length ? before : years) : [];
      const those = phased ? [...phaseYears, ...own, ...listed] : years;
      if (!(COVERS_YEARS.test(s) || phased) || those.length < 2) {
        years.push(...yearsIn(s));
        // Only a phase's own years ("第二阶段（2026—2027年）"), not a background date, are the phases'.
        phaseYears.push(...phaseYearsOf(s));
        continue;
      }
      const [first, last] = [Math.min(...those.map((p) => p[0])), Math.max(...those.map((p) => p[1]))];
      const months = last - first + 1;
      if (months > maxMonths + 0.5) out.push({ evidence: evidence(r, b, s), found: `${ym(first)}至${ym(last)}（约 ${months} 个月）` });
    }
    if (b.kind === 'table') years.push(...yearsIn(text));
  }
  return out;
}
