import { durations, parseNumeral, withTermNumbers } from '../text';
import { WAIVED_SPAN, WAIVED_STEP } from '../extensions';

/**
 * A renewal read as a value: how long each renewal runs, how many there may be, and whether the operator holds it
 * without a new grant. The term the operator may hold is the initial term plus every renewal nobody has to decide
 * again (Hebei art. 17(2), 18: a term ends and a new agreement is signed). Who decides is what counts, whatever the
 * words:
 * - nobody: "自动续展", "默认顺延", "逐年续期";
 * - silence: "……未书面提出异议的，视为同意续期";
 * - the grantor bound now for later: "甲方同意继续授权", "甲方应当予以续约", "甲方不得拒绝" (on a condition of fact such as no default or
 *   a passed evaluation, which is no new decision);
 * - the operator alone: "乙方有权要求续期", "乙方可单方决定延长", "乙方可以续期两次".
 * A renewal that needs a new application, approval or agreement is a new term and is not added.
 * How long: a span beside the renewal ("续期以两年为一期", "续约期限不少于三年"), the original term again ("续展期限与
 * 原期限相同", "按原条件续期"), a year at a time ("逐年续期"); how often: "一次" by default, "最多续期两次", unlimited
 * ("次数不限", "逐年", "依此类推").
 */
export interface Renewal {
  /** Months each renewal adds; 'same' is the initial term again. */
  each: number | 'same';
  /** How many renewals the operator may have without a new grant (Infinity: no limit). */
  count: number;
  /** Where the renewal is said in the sentence (text before it may state the initial term). */
  at: number;
  text: string;
}

// Whatever verb renews the grant: "自动续授两年", "授权期限自动向后延展一年".
// Or rolled into the next year of the agreement: "每一履约年度考核合格的，自动进入下一履约年度"; or its next phase
// ("首期届满后……可直接转入二期运营，期限两年，二期无需重新履行授权程序").
const RENEW = /续展|续期|续延|续约|续签|续授|顺延|延续|延展|延长|展期|继续授权|继续履行|继续有效|继续运营|(?:进入|转入)下一(?:个)?(?:履约|运营|授权|合作)?(?:年度|周期)|(?:直接|自动)?(?:进入|转入)(?:第二|二|下一)期/;
/** Words a renewal is said with, to pass over sentences without one. */
export const MAY_RENEW = RENEW;
/**
 * The operator's request the grantor must grant ("乙方申请续期的，甲方应当予以同意", "授权方应在十日内予以批准"): the
 * consent is given now, whatever the request is called. A decision left open ("甲方应当决定是否同意", "应当予以批准或者
 * 不予批准") or an approval asked of the grantor ("须经甲方批准") is a decision.
 */
// The grantor may lead a clause of time before ("甲方收到乙方续期申请后，应当予以同意").
const BOUND_TO_CONSENT = String.raw`(?:甲方|授权方|实施机构|授权主体)(?:[^，。；]{0,16}?(?:后|时)[，,]\s*)?(?:即|应当|应|须|必须)(?:(?:在|于)[^，。；]{0,12}?(?:内|前))?(?:及时|一律|书面|依法)?(?:予以|给予|予)?(?:同意|批准|准许|准予|核准|许可)(?![^，。；]{0,4}?(?:与否|或|拒绝|不予))`;
/** No one decides the renewal, or only the operator, or the grantor's consent is given now. */
const HELD = new RegExp(
  [
    '自动|默认|当然(?:续|顺延|延)',
    // the term put back by a delay, as long as the delay lasts ("……非乙方原因影响运营的，授权运营期限相应顺延"): nobody decides
    // (the measure may stand between: "授权运营期限按实际影响时间相应顺延")
    '(?:期限|有效期|授权期|运营期)(?:按[^，。；]{0,10}?)?相应(?:顺延|延长|延续)',
    // silence: "未在……书面通知不再续期的，视为同意续期", "双方均无异议的，本协议授权延续至下一期"
    '(?:未|无|没有)[^，。；]{0,20}?(?:通知|提出|表示|异议|反对|拒绝|答复|回复)[^。；]{0,24}?的[，,][^。；]{0,16}?(?:视为|即|则|自动|续|顺延|延)',
    // the grantor's silence taken as its consent: "如甲方未……作出不再续约的书面决定，视为甲方同意续约"
    '视为(?:双方|甲方|授权方|实施机构)?(?:同意|认可|接受)?(?:续|延|继续)',
    // the grantor bound now: "甲方同意继续授权", "甲方应当予以续约", "甲方将为乙方办理续期"
    '(?:甲方|授权方|实施机构|授权主体)(?:即|应当|应|须|必须|同意|承诺|将|予以)+[^，。；]{0,6}?(?:继续授权|续约|续期|续签|续展|延期|延长|顺延)',
    BOUND_TO_CONSENT,
    // the grantor barred now from refusing it ("甲方不得拒绝", "授权方无权反对"), save for a cause it must show ("甲方无正当
    // 理由不得拒绝"): its decision is given away in advance
    '(?:甲方|授权方|实施机构|授权主体)(?:均|亦)?(?:(?:无|没有|非因|非有)[^，。；]{0,6}?(?:理由|事由|原因))?(?:不得|无权|不能|不可)(?:以任何理由)?(?:拒绝|反对|否决|阻止|拒签)',
    // the operator alone: "乙方有权要求续期", "乙方可单方决定延长"
    '(?:乙方|运营机构|运营方|运营单位)(?:有权|享有)[^，。；]{0,8}?(?:续约|续期|续签|续展|延期|延长|顺延|优先续)',
    '(?:单方|自行|自主)(?:决定|选择)?(?:是否)?(?:续约|续期|续签|延长|顺延)',
    // the operator's own may on the renewal itself ("乙方可以连续续期两次"; not "乙方可以申请续期", an application)
    '(?:乙方|运营机构|运营方|运营单位)(?:可以|可)(?:连续|再)?(?:续约|续期|续签|续展|延期|延长|顺延)',
    `${WAIVED_STEP}(?:签订|签署|订立|申请|审批|批准|授权|报批|遴选|履行[^，。；]{0,6}?程序)`,
    // the decision waived with its verb before it: "无需重新开展可行性论证和运营机构选择", "不再另行组织招标"
    `${WAIVED_STEP}(?:开展|组织|履行|进行|办理)[^，。；]{0,10}?(?:遴选|选择|论证|审批|招标|比选|授权|签订)`,
    // a renewal handled as a formality: processed directly ("由市数据局直接办理", "直接为运营机构办理续期手续"), or exempt
    // from the decision the grant itself needed ("不再报市政府审议", "无需报请市政府决策")
    '直接[^，。；]{0,8}?(?:办理|确认)|直接(?:续期|续签|续约|续展|延续|延长|顺延)',
    `${WAIVED_STEP}(?:报|提交|提请|报请|呈报|经)[^，。；]{0,12}?(?:审议|审批|审定|批准|决策|决定|同意)`,
    // a renewal stated as what follows a condition of fact, with no one left to decide it: "首期届满考核合格的，续期2年",
    // "经评估合格的，延续一期", "连续两个年度评估结果为优秀的，可以延长授权运营期限2年" (the may is the renewal's, no one
    // named to decide it; not "……的，可申请续期", "……的，经甲方同意可以续期": an application or a consent is a decision)
    // A delay's extension ("因甲方原因延误的，顺延三个月") is no renewal: only a passed evaluation or a clean record is read.
    '(?:合格|达标|通过|良好|优秀|符合要求|无违约(?:行为|情形)?)的[，,]\\s*(?:即|则|将|予以|可以|可)?(?:续期|续展|续约|续签|延续|顺延|延长)(?!申请)',
  ].join('|'),
);
const BOUND_GLOBAL = new RegExp(BOUND_TO_CONSENT, 'g');
/**
 * This agreement's own term extended on someone's consent or approval, applied for or not ("年度评估结果均为合格以上的，经
 * 市数据局同意可续期一次，续期期限不超过2年", "可申请延期，经甲方批准后延长两年"): no new agreement and no new selection
 * (Hebei art. 18 asks for both), so the grant runs on. A renewal signed anew ("续签", "续约", "重新签订") is a new term;
 * one extended to a total ("经甲方同意可延长至三年") is read as that total, with the term's other values.
 */
// Applied for with no one named to grant it ("经年度评估均为合格以上的，运营单位可以申请延长授权期限，延长期限不超过2年，延长期间
// 的权利义务按原协议执行"), the extension is as much this agreement's own; so, the more, one the operator makes by notice
// ("乙方可以书面通知甲方延长授权运营期限，延长期限最长不超过二十四个月"). One signed as a supplementary agreement
// ("经实施机构同意后签订补充协议，延续期限不超过2年") amends this agreement: no new one, so the same.
const EXTENDED_ON_CONSENT = /(?:(?:可以|可)?申请(?:续期|延期|延长|展期|延续)[^。；]{0,16}?)?(?:经|征得|取得|报经)[^，。；]{0,16}?(?:同意|批准|核准|认可)(?:后|的)?[，,]?(?:[^，。；]{0,8}?(?:可以|可|可予|予以|准予)?(?:续期|延期|延长|顺延|展期|延续)(?!至|到)|(?:签订|签署|订立)补充协议)|(?:可以|可|有权)(?:(?:向[^，。；]{1,16}?)?申请(?:续期|延期|延长|展期)|(?:以)?(?:书面)?(?:形式)?(?:通知|告知)[^，。；]{0,8}?(?:续期|延期|延长|顺延|展期))(?:授权|运营|协议)*(?:期限|有效期)?(?![^，。；]{0,4}?(?:至|到))/g;
const SIGNED_ANEW = /(?<!无|不|免|无需|无须|不需|不需要|不必|不用|不再|免于)(?:重新|另行|再次)(?:签订|签署|订立|遴选|选择)|新一轮|新的?(?:授权运营)?协议|续签|续约/;
/** A renewal that is a new decision: reapplied for, approved, signed again (not "无需重新签订"). */
const DECIDED = /(?<!无|不|免|无需|无须|不需|不需要|不必|不用|不再|免于)(?:重新|另行|再次)(?:签订|签署|订立|申请|审批|批准|授权|报批|遴选)|(?:须|需|需要|应当|应|经|报)[^，。；]{0,8}?(?:批准|审批|审核同意|同意后|报批|论证)|(?:经|由)(?:甲方|授权方|双方)[^，。；]{0,6}?(?:同意|批准|审定|决定)|(?:可|可以)(?:向甲方)?申请(?:续期|续约|延期|延长|延续|展期)|双方(?:可|可以)?协商(?:续|一致)/;
// Or one more cycle, the term's own ("自动延续一个周期", "延续一期", "延续一个授权期限").
const SAME = /(?:与|同)(?:原|首期|初始|本)(?:协议)?(?:运营|授权)?(?:期限|有效期|授权期|运营期)(?:相同|一致|同)|(?:按|依|以)原(?:条件|期限|协议期限)|同等期限|相同(?:的)?期限|(?:续展|续期|续延|续约|顺延|延续|延展|延长)(?:一|1)个?(?:(?:授权|运营|协议)(?:周期|期限?)|周期|期(?![限间满]))|(?:顺延|延续|续展|续期)至?下一(?:个)?(?:授权|运营|协议)?周期/;
const YEARLY = /逐年|每年(?:自动)?(?:续|顺延)|按年(?:自动)?(?:续|顺延)|(?:进入|转入)下一(?:个)?(?:履约|运营|授权|合作)?年度|年度滚动/;
const UNLIMITED = /次数不限|不限次数|不限次|此后亦同|依此类推|以此类推|循环|周而复始|多次|反复/;
/** A span left blank in a model text ("续期____年"), not a date's blanks ("至____年____月____日"). */
const BLANK_SPAN = /(?<![至到止]\s*)[_＿]{2,}\s*个?\s*(年|个月|月)(?![_＿\s\d]*[_＿\d]\s*[月日])/;
const COUNT = /(?:最多|至多|不超过|可|限)?(?:续展|续期|续约|续签|顺延|延续|延长)?(\d+|[一二两三四五六七八九十]+)次/;

/**
 * A renewal of another matter: a product's subscription, a user's contract, a certificate, an account ("数据产品服务期为
 * 一年，期满自动续期"). Only the grant's own renewal adds to its term.
 */
const OTHER_SUBJECT = /产品|订阅|服务合同|使用许可|许可证|账号|证书|保险|租赁|维保|质保|域名|云资源|(?<!本|授权运营|运营)合同/;
const GRANT_SUBJECT = /本协议|协议|授权|运营期|有效期|期限/;

/** The renewal's subject (what is said before the renewal word) is another matter than the grant. */
export function renewsAnotherMatter(s: string): boolean {
  const at = s.search(RENEW);
  const subject = at < 0 ? '' : s.slice(0, at);
  return OTHER_SUBJECT.test(subject) && !GRANT_SUBJECT.test(subject.replace(/(?:服务|使用|订阅)?期限|服务期/g, ''));
}

const WAIVES_APPROVAL = new RegExp(`${WAIVED_STEP}(?:审批|报批|批准|报请)`);
const AGREED = /(?:经)?双方(?:可|可以)?协商(?:续|一致)/g;
/** The sentence renews the grant with nobody deciding it again (see HELD and DECIDED), however long the renewal is. */
export function renewedWithoutDecision(s: string): boolean {
  if (!RENEW.test(s) || renewsAnotherMatter(s)) return false;
  const unconsented = s.replace(EXTENDED_ON_CONSENT, '');
  if (unconsented !== s && !SIGNED_ANEW.test(s)) return !DECIDED.test(unconsented.replace(WAIVED_SPAN, '').replace(BOUND_GLOBAL, ''));
  if (!HELD.test(s)) return false;
  // The grantor's consent given now is no approval still to come ("甲方应当予以批准" is not "须经甲方批准").
  // The parties' agreement with the approval waived ("经双方协商一致即可续签……，无需另行报批") is no approval either.
  const read = WAIVES_APPROVAL.test(s) ? s.replace(AGREED, '') : s;
  return !DECIDED.test(read.replace(WAIVED_SPAN, '').replace(BOUND_GLOBAL, ''));
}

const OWN_CAP = /(?:续期|延期|延长|顺延|展期|续展|延续|延展)(?:的)?(?:期限|期间|时间|时长)?(?:累计|合计|总计)?(?:为|应当|应)?(?:不超过|不得超过|最长(?:为|不超过)?|最多)\s*$/;
/** Extended until an event, its longest said in the next clause ("相应延续至投入收回之日，最长不超过二十四个月"): that long. */
const CAPPED_AFTER_EVENT = /^(?:续期|延期|延长|顺延|展期|续展|延续|延展)至(?![^，。；]{0,4}?\d{4})[^，。；]{1,24}?(?:之日|之时|时|为止|止)[，,]\s*(?:但)?(?:(?:延续|延长|顺延|续期|延期)(?:的)?(?:期限|期间|时间)?)?(?:最长|最多|至多)(?:为|可达)?(?:不超过|不得超过)?\s*$/;
export function renewalOf(raw: string): Renewal | null {
  const s = withTermNumbers(raw);
  const at = s.search(RENEW);
  if (at < 0 || !renewedWithoutDecision(s)) return null;
  const tail = s.slice(at);
  let count = UNLIMITED.test(s) || YEARLY.test(s) ? Infinity : 1;
  const c = COUNT.exec(tail);
  if (c && count === 1) count = parseNumeral(c[1]) ?? 1;
  // Renewed on the original term with no count written, the renewed grant carries the same clause: it renews again.
  if (SAME.test(s)) return { each: 'same', count: c || count !== 1 ? count : Infinity, at, text: tail.slice(0, 40) };
  if (YEARLY.test(s)) return { each: 12, count, at, text: tail.slice(0, 40) };
  // The span said after the first renewal word ("续期以两年为一期", "续约期限不少于三年"), not the initial term before it.
  const spans = durations(tail).filter((d) => d.kind !== 'cap' && Number.isFinite(d.months) && d.months > 0);
  // A model text's blank before the unit ("自动延续____年") is at least one of it, whatever is filled in.
  const blank = spans.length ? null : BLANK_SPAN.exec(tail);
  if (blank) return { each: blank[1] === '年' ? 12 : 1, count, at, text: tail.slice(0, 40) };
  // A renewal of at most a span ("续期期限不超过2年") may run that long; a cap on the whole ("续期后总期限不超过3年") is none.
  if (!spans.length) {
    const capped = durations(tail).find((d) => d.kind === 'cap' && Number.isFinite(d.months) && (OWN_CAP.test(tail.slice(0, tail.indexOf(d.text))) || CAPPED_AFTER_EVENT.test(tail.slice(0, tail.indexOf(d.text)))));
    if (capped) return { each: capped.months, count, at, text: tail.slice(0, 40) };
  }
  // Renewed without end and with no span of its own ("期满后自动续期，续期次数不限"): the term it renews, again and again.
  if (!spans.length) return count === Infinity ? { each: 'same', count, at, text: tail.slice(0, 40) } : null;
  return { each: spans[0].months, count, at, text: tail.slice(0, 40) };
}
