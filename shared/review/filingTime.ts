import type { Evidence } from './report';
import { isBackground } from './redlines';
import { evidence, type ReadDocument } from './sections';
import { parseNumeral, sentences, CN_NUMERAL } from './text';

/**
 * The filing's time (the ruleset's `deadline` check: Chongqing art. 17, Hebei arts. 13, 16): every time the text sets for
 * filing the plan or the agreement, read in working days, in calendar days or months, extended, or counted from an event
 * later than the signing or the approval; each bound by the local limit.
 */
const WORKING_DAYS = new RegExp(`(${CN_NUMERAL})\\s*个?\\s*工作日`, 'g');
/**
 * A filing time in calendar days, weeks or months ("一个月内", "十五日内", "二十天内"): late when it may hold more working
 * days than the limit (seven calendar days hold five).
 */
const CALENDAR_SPAN = new RegExp(`(${CN_NUMERAL})\\s*个?\\s*(日|天|周|星期|月)(?:内|以内|之内)`, 'g');
const CALENDAR_DAYS: Record<string, number> = { 日: 1, 天: 1, 周: 7, 星期: 7, 月: 30 };
/** Counted from a later event ("签订当季度结束后十个工作日内", "验收合格之日起五个工作日内"): the days run after a wait. */
// Or a check passed first ("通过甲方组织的安全测评后，甲方在五个工作日内……备案").
// Or from the operator's selection ("运营机构遴选确定后10个工作日内", "运营机构确定、授权运营协议签订后10个工作日内"), after
// the plan's approval.
// Or an approval after the signing ("运营协议签订并经市政府批复同意后5个工作日内").
const LATER_START = /(?:季度|年度|月度|半年|年)(?:结束|终了|末)|(?:遴选|选定|招标|中标|比选)[^，。；]{0,4}?(?:确定|完成|结束)?(?:之日|后)|(?:运营机构|运营主体|运营单位)确定(?:之日|后|、)|公示(?:期)?(?:满|结束|届满|期满)|验收(?:合格|通过)?(?:之日|后)|(?:部署|上线|投入运营)[^，。；]{0,8}?(?:之日|后)|通过[^，。；]{0,12}?(?:测评|评测|测试|检测|评估|审查|审核)(?:之日|后)|签订[^，。；]{0,4}?(?:并|且|后)[^，。；]{0,4}?经[^，。；]{0,12}?(?:批复|批准|审批|审定)(?:同意)?(?:之日|后)/;
/**
 * The days counted from an event the text names ("自首批数据资源交付乙方之日起五个工作日", "……之日起算的五个工作日"): the
 * limit runs from the signing or the approval, so any other event starts them late.
 */
const COUNTED_FROM = /(?:自|从|于|在)([^，。；自从于在]{2,30}?)(?:之日|之时|当日|后|以后|之后)?起?(?:算|计|计算)?的?[，,]?\s*$/;
// An act that is filed in its turn (the agreement's end or change, "终止后十个工作日内备案") starts its own filing's days.
const SIGNED_OR_APPROVED = /签订|签署|签约|订立|缔结|盖章|签字|签发|审议|审定|审批|批准|批复|批示|核准|同意|认可|通过|印发|发布|决策|生效|作出|出具|终止|解除|变更|注销|届满|到期|期满|退出|调整|修改|修订|续签|续约|补充/;
/** The time put back to run from an event with no date ("备案期限顺延至材料齐备之日起十个工作日"): it has no end. */
const PUT_BACK = new RegExp(`(?:期限|时限|时间)?(?:顺延|延后|推迟|延长|延)至[^，。；]{1,16}?(?:之日|后)(?:起)?\\s*${CN_NUMERAL}\\s*个?\\s*工作日`);
/**
 * A filing allowed to wait for something with no time of its own ("附件……尚未定稿的，可以待附件定稿后一并报备", "可待
 * 首批产品上线后统一备案"): the limit no longer holds.
 */
// Or set as the rule for some case ("涉及跨部门共享数据的，待各数源单位会签完毕后再行备案"), whoever files ("……附件需在签订后另行
// 确定的，甲方待全部附件确定后，将协议及附件一并报送备案"): deferred all the same.
const WAITS_FOR = /(?:(?:可以|可|允许|准予|得)(?:暂缓|延后|推迟)?[^，。；]{0,4}?(?:待|等到?|俟|于)([^，。；]{1,30}?)(?:后|之后|时)[^，。；]{0,6}?(?:一并|统一|再行|再|另行)?|(?:^|[，,])\s*(?:(?:甲方|乙方|双方|实施机构|授权方|运营机构)\s*)?(?:应当?|须)?(?:待|等到?|俟)([^，。；]{1,30}?)(?:后|之后)(?:[，,][^，。；]{0,12}?)?[^，。；]{0,6}?(?:一并|统一|再行|再|另行|方可|才))(?:报备|备案|报送备案|报请备案)(?![^，。；]{0,12}?工作日)/;
/** Filed in a periodic report or batch ("纳入年度授权运营情况报告报省数据和政务服务局备案"): it waits for the report. */
// Or gathered by period before it goes on ("……报市数据和政务服务局备案；市数据和政务服务局按季度汇总后报省数据和政务服务局备案").
const PERIODIC = /(?:纳入|列入|汇入|随同?)[^，。；]{0,6}?(?:年度|季度|半年度?|月度|定期)[^，。；]{0,16}?(?:报告|报表|汇总|总结)[^。；]{0,20}?备案|(?:按|每)(?:年度|季度|半年度?|月度|年|季|月)(?:集中)?汇总(?:后)?[^。；]{0,20}?备案/;
const PLAN_WITH_AGREEMENT = /(?:本|该)?(?:实施)?方案(?:连同|与|和|及|、)(?:授权运营|运营)?协议[^，。；]{0,6}?(?:一并|一起|同时|统一)/;
const SAME_DAY = /(?:签订|签署|审议通过|批准|印发)(?:的)?(?:当日|当天|次日)[^。；]{0,24}?(?:提交|报送|报请?)[^。；]{0,16}?备案/;
const REVIEWERS_TIME = /^(?:内|以内|之内)?[，,]?[^，。；]{0,4}?(?:完成|作出|出具|反馈|办结|予以)[^，。；]{0,6}?(?:审查|审核|回执|意见|确认|备案登记)/;
const RECEIVED = /收到[^，。；]{0,12}?(?:后|之日起)[，,]?[^，。；]{0,4}$/;
/**
 * The days bind only a step before the filing: material handed to the grantor, which files it later with no time of its
 * own ("乙方应当在本协议签订后5个工作日内将协议文本……报送甲方，由甲方汇总后报市数据主管部门备案").
 */
// Or sent to another body to review first ("……将方案报送市政府办公室审核，经审核后逐级报省数据和政务服务局备案").
const HANDED_ON = /^[^。；]{0,40}?(?:(?:报送|提交|报|交|送|移交)(?:给)?(?:甲方|实施机构|授权方)[^，。；]{0,8}?[，,]\s*(?:再|并)?(?:由|经)?(?:甲方|实施机构|授权方|其)|(?:报送|提交|报)[^，。；]{0,16}?(?:审核|审查|审定|审批)[，,]\s*(?:经|待)[^，。；]{0,8}?)[^，。；]{0,12}?(?:后|再)[^，。；]{0,4}?(?:逐级)?(?:报|提交|报送)([^。；]{0,20}?备案[^。；]*)/;
/** The filing time extended ("备案期限可以顺延十个工作日"): the extension is added to the time it extends. */
const EXTENDED_BY = new RegExp(`(?:顺延|延长|延期|延后|推迟|宽限)[^，。；]{0,6}?(${CN_NUMERAL})\\s*个?\\s*工作日`, 'g');
const EXTENSION = new RegExp(EXTENDED_BY.source);
/** A filing deferred to the rules: "按规定备案", "依照有关规定报……备案", "依法备案". */
const FILED_AS_RULED = /(?:按|依|按照|依照|根据)(?:有关|相关|国家|本市|市级|上级)?(?:的)?(?:规定|要求|程序|规则|制度)[^，。；]{0,16}?备案|依法(?:依规)?备案|依规备案/;

/** Whether the text files late (or never says when), with the sentences that set the filing as evidence. */
/** A filing made to the grantor: the operator reporting to the agreement's other side. */
const TO_GRANTOR = /(?:报|向|送|报送)(?:甲方|实施机构|授权方)[^，。；]{0,4}?备案/;
/**
 * An agreement that takes effect on an event after the signing ("本协议经双方签署，并在……甲方验收合格之日起生效"): a filing
 * counted from its effect ("本协议生效后5个工作日内……备案") is counted from that event.
 */
// Or on a payment or an approval after the signing ("本协议经双方签字盖章，且乙方……缴纳履约保证金后生效").
// Or on a filing of its own ("本协议自双方签字盖章并报市人民政府备案之日起生效").
const EFFECT_LATER = /备案(?:之日|后)起?[^，。；]{0,4}?生效|(?:验收|部署|上线|投入运行|投入运营|测评|评测)[^。；]{0,12}?(?:之日|后)起?[^，。；]{0,4}?生效|(?:缴纳|缴清|交纳|交付|支付|到账|批准|批复|核准)[^，。；]{0,16}?(?:保证金|押金|费用|价款|担保|后|之日)[^，。；]{0,6}?(?:之日|后)?起?生效/;
const FROM_EFFECT = /生效(?:之日|后|以后|之后)起?[^，。；]{0,4}$/;
export function filingLate(r: ReadDocument, ctx: RegExp, maxWorkingDays: number, whenMentioned: boolean): { fired: boolean; detail?: string; evidence: Evidence[] } {
  // Read only when a filing is counted from the effect, and then up to the first block that sets it.
  let effect: string | null | undefined;
  const effectLater = (): string | null => {
    if (effect !== undefined) return effect;
    for (const b of r.blocks) {
      const m = EFFECT_LATER.exec(r.text(b));
      if (m) return (effect = m[0]);
    }
    return (effect = null);
  };
  const mentions: Evidence[] = [];
  let ok = false;
  const late: string[] = [];
  // The time an extension adds to: the last filing time read, in this sentence or the one before.
  let longest = 0;
  for (const b of r.blocks) {
    let filingBefore = false;
    for (const s of sentences(r.text(b))) {
      // A proviso after the filing's sentence lets it wait ("……10个工作日内……备案；附件……尚未定稿的，可以待附件定稿后一并报备").
      // Or puts its time back ("……；因乙方未能及时提供备案材料的，备案期限顺延至材料齐备之日起十个工作日").
      const waitsAfter = filingBefore && WAITS_FOR.exec(s);
      const putBackAfter = filingBefore && PUT_BACK.exec(s);
      // A filing made to the grantor ("……委托之日起15日内报甲方备案") is the operator reporting its own act to the agreement's
      // other side, not the agreement's filing with the data authority.
      filingBefore = ctx.test(s) && !isBackground(s) && !TO_GRANTOR.test(s);
      if ((waitsAfter || putBackAfter) && !filingBefore) {
        late.push(waitsAfter ? `待${waitsAfter[1] ?? waitsAfter[2]}后备案` : (putBackAfter as RegExpExecArray)[0]);
        mentions.push(evidence(r, b, s));
        continue;
      }
      // A filing another text set, quoted to be corrected ("原协议草案第三十条约定“签订后一个月内报备案”"), is not this one's.
      if (!filingBefore) continue;
      // A plan that only mentions the filing in passing and defers it to the rules ("签订授权运营协议并按规定备案")
      // sets no time of its own to be wrong: the rule's 5 working days apply. A time it does state is still read.
      if (whenMentioned && FILED_AS_RULED.test(s) && !/工作日|日内|天内/.test(s)) continue;
      mentions.push(evidence(r, b, s));
      // Filed the day it is signed, or the day after ("运营协议签订当日，实施机构即……提交备案材料"): in time.
      if (SAME_DAY.test(s)) ok = true;
      for (const m of s.matchAll(WORKING_DAYS)) {
        const n = parseNumeral(m[1]);
        if (n === null) continue;
        // The time the receiving authority takes ("……收到材料后，在15个工作日内完成审查并出具备案回执") is not the filing's.
        if (REVIEWERS_TIME.test(s.slice(m.index + m[0].length, m.index + m[0].length + 20)) || RECEIVED.test(s.slice(Math.max(0, m.index - 30), m.index))) continue;
        const effected = FROM_EFFECT.test(s.slice(Math.max(0, m.index - 12), m.index)) ? effectLater() : null;
        if (effected) {
          late.push(`生效后的${m[0]}（协议“${effected}”，起算晚于签订）`);
          continue;
        }
        const later = LATER_START.exec(s.slice(Math.max(0, m.index - 24), m.index));
        const from = COUNTED_FROM.exec(s.slice(Math.max(0, m.index - 36), m.index));
        if (later || (from && !SIGNED_OR_APPROVED.test(from[1]))) {
          late.push(later ? `${later[0]}……${m[0]}` : `自${from![1]}起算的${m[0]}（起算晚于签订或审议通过）`);
          continue;
        }
        if (EXTENSION.test(s.slice(Math.max(0, m.index - 10), m.index + m[0].length))) continue;
        const handed = HANDED_ON.exec(s.slice(m.index + m[0].length));
        if (handed && !/工作日|日内|天内|当日|即时|及时/.test(handed[1])) {
          late.push(`${m[0]}内仅交至授权方，再由其报备案（未限时）`);
          continue;
        }
        longest = Math.max(longest, n);
        if (n <= maxWorkingDays) ok = true;
        else late.push(m[0]);
      }
      // The plan kept back to be filed with the agreement ("……协议签订后10个工作日内，……将本方案连同授权运营协议一并报……备案"):
      // its own time runs from its approval, and it waits for the signing.
      const withAgreement = PLAN_WITH_AGREEMENT.exec(s);
      if (withAgreement && /签订|签署/.test(s)) late.push(`${withAgreement[0]}（方案待协议签订后才备案）`);
      const periodic = PERIODIC.exec(s);
      if (periodic) late.push(periodic[0]);
      // Not filed now at all ("本方案审议通过后暂不单独备案，待……后……一并……备案").
      const notNow = /暂不(?:单独|另行)?(?:报送|报请)?备案|暂缓备案/.exec(s);
      if (notNow) late.push(notNow[0]);
      const waits = WAITS_FOR.exec(s);
      if (waits) late.push(`待${waits[1] ?? waits[2]}后备案`);
      const putBack = PUT_BACK.exec(s);
      if (putBack) late.push(putBack[0]);
      for (const m of s.matchAll(EXTENDED_BY)) {
        const n = parseNumeral(m[1]);
        if (n !== null && n > 0 && longest + n > maxWorkingDays) late.push(m[0]);
      }
      for (const m of s.matchAll(CALENDAR_SPAN)) {
        const n = parseNumeral(m[1]);
        if (n === null) continue;
        if (n * CALENDAR_DAYS[m[2]] <= Math.floor((maxWorkingDays * 7) / 5)) ok = true;
        else late.push(m[0]);
      }
    }
  }
  // Each filing the text sets is bound by the limit: the plan's own filing late is not made good by the agreement's in
  // time ("审议通过后30个工作日内……备案。授权运营协议签订后10个工作日内……备案").
  if ((ok && !late.length) || (whenMentioned && !mentions.length)) return { fired: false, evidence: [] };
  const detail = late.length
    ? `文中的备案时限为${late.join('、')}，超过本地规定的 ${maxWorkingDays} 个工作日。`
    : mentions.length
      ? `文中提到备案，但未写明 ${maxWorkingDays} 个工作日内的时限。`
      : `文中未约定备案及其时限（应为 ${maxWorkingDays} 个工作日内）。`;
  return { fired: true, detail, evidence: mentions.slice(0, 3) };
}
