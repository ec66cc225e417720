import { clauseAt, clauses } from '../text';
import { isNegated, negatedInSentence, type ClauseReading } from '../clauses';
import { DEVELOPER, OPERATOR, isOperatorGroup, subjectBefore } from './actors';
import { namedAsRisk } from './background';
import { IMPOSING_FORBIDDEN } from './dealers';
import { SHUT_OUT } from './shutOutWords';

/**
 * Who a worded bar (shutOutWords.ts) binds, so it counts only when it shuts others out: the operator refraining itself
 * ("乙方不再与其他单位开展同类合作") shuts nobody out, the operator making buyers promise it does; a bar on unlawful
 * offerings keeps data safe; a forbidden demand, or an arrangement named as a risk, imposes nothing; a denied sanction
 * is a freedom. The first entry that counts decides: an obligation when it bars, a permission otherwise.
 */

const IS_MARKET = new RegExp(`^${DEVELOPER}$`);

/**
 * The counterpart of the operator's act ("与下游经营主体约定", "要求下游数据商按照……") is its object, not who acts: masked,
 * so the subject read is the one the act belongs to.
 */
const COUNTERPART = new RegExp(`(?<=与|向|对|同|和|给|要求|督促|允许|责令|强制)(?:下游|上游|各|相关|有关|其他)?${DEVELOPER}`, 'g');
const maskCounterparts = (t: string) => t.replace(COUNTERPART, (m) => '＿'.repeat(m.length));

/** A party stipulating, not what the agreement stipulates ("本协议约定的运营义务"). */
const STIPULATES = '(?<!本?(?:协议|合同))约定(?!的)';
/** The operator binding a market party: "要求采购其数据产品的企业在合同中承诺". */
// Or whoever it contracts with, named by their kind: "与三家租赁平台签订协议，约定各平台仅接入乙方的服务，不再接入……".
const IMPOSED_ON_MARKET = new RegExp(`(?:要求|强制|迫使|促使|责令|${STIPULATES})[^。；]{0,30}?(?:${DEVELOPER}|企业|客户|买方|采购方)[^。；]{0,16}?(?:承诺|保证|确认)?[，,]?[^。；]{0,4}$|${STIPULATES}(?:其|各|该|相关|对方)?[^，。；]{0,8}?(?:平台|商户|合作方|签约方|对方)[^。；]{0,40}$`);
/** The demand made, not one forbidden ("不得要求使用方仅通过乙方渠道采购"): a forbidden demand binds no one. */
function imposedOnMarket(before: string): boolean {
  const m = IMPOSED_ON_MARKET.exec(before);
  if (!m) return false;
  const c = clauseAt(before, m.index);
  return !isNegated(c.text, m.index - c.start);
}
const UNLAWFUL = /非法|违法|违规|未经|未授权|未获授权|不合规|无资质|未备案|未通过/;
/** A market party the clause itself names as its subject ("享受优惠的企业应承诺不再接入……"): the bar is its promise. */
const MARKET_BOUND = /(?:企业|(?<!运营|项目)公司|银行|客户|买方|采购方|平台|商户|用户|需求方|使用方)(?:均|也|亦)?(?:应当?|须|必须|需|承诺|同意|保证)/;

/**
 * Who acts in a clause that opens on its modal with no subject of its own ("乙方应当公平对待所有开发利用主体，……，不得
 * 要求使用方……，不得与其他单位达成排他性合作安排"): the sentence's subject, named before its first modal, not the last
 * party an earlier clause acted on.
 */
// Or on an adverb before it ("……，亦不得与第三方签订……"): the sentence's subject goes on.
const OPENS_ON_MODAL = /^\s*(?:亦|也|还|更)?(?:不得|不应|不能|不可|不再|禁止|严禁|应当|应|须|必须|可以|可|有权|并|且|同时)/;
const FIRST_MODAL = /不得|不应|不能|禁止|严禁|应当|应|须|必须|可以|有权/;
/**
 * A clause going on with 并/且 goes on with the previous clause's subject, a party the actor list may not name ("协会会员
 * 单位通过运营机构获取预审结果，并承诺……不采购其他渠道的同类数据服务"): that party, not the operator a clause before it named.
 */
const GOES_ON = /^\s*(?:并|且|并且|同时)/;
const PARTY_HEAD = new RegExp(`^\\s*((?:(?!${OPERATOR})[\u4e00-\u9fff]){1,10}?(?:单位|企业|公司|会员|成员|银行|客户|协会|商户))(?!的)`);
function clauseSubject(s: string, at: number): string | null {
  const c = clauseAt(s, at);
  const own = subjectBefore(c.text, at - c.start);
  if (!own && c.start > 0 && GOES_ON.test(c.text)) {
    const prev = clauseAt(s, c.start - 2);
    const head = subjectBefore(prev.text, prev.text.length) ? null : PARTY_HEAD.exec(prev.text);
    if (head) return head[1];
  }
  if (own || c.start === 0 || !OPENS_ON_MODAL.test(c.text)) return own ?? subjectBefore(s, at);
  const first = FIRST_MODAL.exec(s);
  return first && first.index < c.start ? subjectBefore(s, first.index) : subjectBefore(s, at);
}

export function readShutOutWords(s: string): ClauseReading | null {
  for (const { re, negatable, byOthers, byOperator, byMarket, atLast, sanction } of SHUT_OUT) {
    const m = re.exec(s);
    if (!m) continue;
    if (IMPOSING_FORBIDDEN.test(s.slice(0, m.index))) continue;
    // The arrangement complained of or checked ("对独家交易、搭售等行为的专项检查") is overseen, not made.
    if (namedAsRisk(s.slice(m.index + m[0].length, m.index + m[0].length + 20))) continue;
    // The sanction (two characters: 暂停, 限制…) denied is a freedom: "向其他机构授权的，不受本协议限制".
    if (sanction) {
      const end = m.index + m[0].length - 2;
      const sc = clauses(s).find((x) => end >= x.start && end < x.start + x.text.length);
      if (sc && isNegated(sc.text, end - sc.start)) continue;
    }
    // The operator refraining itself ("乙方不再与其他单位开展同类合作") shuts nobody out; the operator making buyers
    // promise it ("乙方有权要求采购其产品的企业承诺，不得向……") does.
    // Others' offerings barred for being unlawful ("不得使用其他机构提供的未经安全评估的算法服务", "不使用其他渠道获取的非法
    // 数据") keep data and services safe, not the operator's market.
    if (byOthers && UNLAWFUL.test(s.slice(m.index, m.index + m[0].length + 12))) continue;
    if (byOthers && isOperatorGroup(clauseSubject(s, m.index)) && !imposedOnMarket(s.slice(0, m.index)) && !MARKET_BOUND.test(clauseAt(s, m.index).text)) continue;
    // An act that is the operator's own: its subject must be the operator or its group.
    if (byOperator && !isOperatorGroup(subjectBefore(maskCounterparts(s), m.index))) continue;
    // A duty laid on a market party (its subject a developer or a user), not on the operator refraining itself.
    if (byMarket && !IS_MARKET.test(subjectBefore(s, m.index) ?? '')) continue;
    // Read where the decisive words are (the consent at the end: "……无需取得乙方同意" lifts the veto).
    const at = atLast ? m.index + m[0].length - 1 : m.index;
    const c = clauseAt(s, at);
    if (atLast && isNegated(c.text, at - c.start)) continue;
    if (negatable && negatedInSentence(s, c, m.index - c.start)) continue;
    return { reading: /不得|不能|无权|不就|不与|不向|不予|拒绝/.test(m[0]) ? 'obligation' : 'permission' };
  }
  return null;
}
