import { clauseAt } from '../text';
import { WAIVED_STEP } from '../extensions';
import { isNegated, negatedInSentence } from '../clauses';
import { OPERATOR } from './actors';
import { GUIDANCE_APPLIES, PRICE_OBJ, PRICE_PAPER, SELF } from './priceWords';

/**
 * Who approves a price, and a change that skips approval (the national price notice: the guided price is the price
 * authority's to set): a change applied on a mere notice or taking effect by itself, the operator's own body approving
 * its price, an outside approval (the grantor's or the price authority's; a consent that only lets the operator price on
 * its own approves nothing), an approval waived. Read by priceSetting.ts.
 */
/**
 * A price change named by itself ("调价幅度在百分之十以内的", "价格变动……"), applied after a mere notice or filing ("书面告知
 * 甲方后即可执行", "在官网公示后即可执行"): the operator changes the price with nobody approving. Not where a guided price
 * bounds the change ("在政府指导价上限以内调价的"), nor where the notice is forbidden as enough.
 */
const CHANGE_ON_NOTICE = /(?:调价|(?:价格|收费标准|费率|服务费|收费)的?(?:调整|变更|变动|上调))[^。；]{0,24}?(?:告知|通知|报备|备案|报告|公示|公告)[^，。；]{0,8}?即可/;
export function changedOnNotice(s: string): boolean {
  const m = CHANGE_ON_NOTICE.exec(s);
  if (!m || GUIDANCE_APPLIES.test(s)) return false;
  const at = m.index + m[0].length - 2;
  const c = clauseAt(s, at);
  return !negatedInSentence(s, c, at - c.start);
}

/**
 * The operator's price change taking effect by itself ("乙方有权……对服务费进行动态调整，调整后即时生效"): no notice, no
 * approval stands between the change and the price charged — the operator sets the price. Read after the guided price
 * is known not to bind the sentence, and only where no outside body approves.
 */
const OWN_CHANGE = new RegExp(`${OPERATOR}[^。；]{0,40}?(?:调整|变更|调价|上调)[^。；]{0,12}?${PRICE_OBJ}|${OPERATOR}[^。；]{0,40}?${PRICE_OBJ}[^。；]{0,12}?(?:调整|变更|调价|上调)`);
const SELF_EFFECT = /(?:调整|变更|调价|上调)(?:后|之后|的)?[^，。；]{0,6}?(?:即时|立即|即行|当即|直接|即)(?:生效|执行|实施|适用)/;
/** A change made under the price authority's rules or procedure ("按照价格主管部门的规定办理") is not the operator's alone. */
export const UNDER_AUTHORITY_RULES = /(?:价格主管|发展改革|发改|物价|主管部门|政府|甲方)[^，。；]{0,8}?(?:规定|程序|要求|办法)|(?:定价|调价|价格)程序/;
export function changedOnItsOwn(s: string): boolean {
  const m = OWN_CHANGE.exec(s);
  if (!m) return false;
  const e = SELF_EFFECT.exec(s.slice(m.index));
  if (!e) return false;
  const at = m.index + e.index;
  const c = clauseAt(s, at);
  const own = clauseAt(s, m.index);
  return !isNegated(c.text, at - c.start) && !negatedInSentence(s, own, m.index - own.start);
}

/**
 * The operator's own body approving its price ("经乙方董事会审议通过后执行", "经乙方股东会决议通过"): a control only when
 * the grantor or a price authority also approves it.
 */
export const OWN_BODY_APPROVES = new RegExp(`(?:经|报|由)(?:${OPERATOR}|其)(?:的)?[^，。；甲]{0,10}?(?:批准|审批|同意|决定|审议|确认|决议|审定)`);

/** The price named before the own body's approval, in the same part of the sentence. */
export const PRICE_BEFORE_BODY = new RegExp(`${PRICE_PAPER}[^。；]{0,40}$`);

export const OUTSIDE_APPROVES = /(?:甲方|授权方|实施机构|价格主管|发展改革|发改|主管部门|政府)[^，。；]{0,8}?(?:批准|审批|核定|审核|审定|同意|确认)/;

const OUTSIDE_APPROVES_G = new RegExp(OUTSIDE_APPROVES.source, 'g');
/**
 * A consent that lets the operator price on its own ("经甲方同意后可自行确定价格", "经甲方同意，乙方可随时调整价格")
 * approves no price: the price is still the operator's, and the guided price the price authority's to set.
 */
const CONSENT_TO_SELF = new RegExp(`^(?:后|之后|以后)?[，,]?[^。；]{0,20}?(?:可以|可|有权|得以|能够)[^。；]{0,20}?(?:${SELF.source})`);
/** Or said as a consent given ("甲方同意，乙方……形成的数据产品和服务，由乙方按照市场化原则自主定价"): no modal needed. */
const CONSENT_GIVEN_TO_SELF = new RegExp(`^(?:后|之后|以后)?[，,]?[^。；]{0,60}?(?:${SELF.source})`);
function consentsToSelf(s: string, at: number): boolean {
  if (CONSENT_TO_SELF.test(s.slice(at))) return true;
  const m = CONSENT_GIVEN_TO_SELF.exec(s.slice(at));
  if (!m) return false;
  const end = at + m[0].length - 1;
  const c = clauseAt(s, end);
  return !isNegated(c.text, end - c.start);
}

export function approvedOutside(s: string): boolean {
  for (const m of s.matchAll(OUTSIDE_APPROVES_G)) {
    const c = clauseAt(s, m.index);
    // "无需报甲方批准" asks for none; nor does "甲方不予审核" (the negation stands before the verb).
    const verb = m.index + m[0].length - 2;
    if (isNegated(c.text, m.index - c.start) || isNegated(c.text, verb - c.start)) continue;
    if (consentsToSelf(s, m.index + m[0].length)) continue;
    return true;
  }
  return false;
}

/** A price whose approval is waived: the price named, then the waiver of its submission ("价格无需报……核定"). */
export const APPROVAL_WAIVED = new RegExp(`${PRICE_OBJ}[^。；]{0,20}?${WAIVED_STEP}(?:报请|报送|提交|报|经|送)?[^，。；]{0,12}?(?:核定|审批|批准|审核|报批|审定)`);

/**
 * A price change that skips the price authority ("提出调价方案，经实施机构同意后即可执行，无需另行报价格主管部门"): whoever
 * else agrees, the guided price is the price authority's to set (national price notice), so a change spared its review
 * is the operator's own price. The authority may be named without its verb.
 */
const PRICE_CHANGE = /调价|(?:价格|收费标准|费率|服务费)[^，。；]{0,4}?(?:调整|变更|上调)|(?:调整|变更|上调)[^，。；]{0,4}?(?:价格|收费标准|费率|服务费)/;
const AUTHORITY_SPARED = new RegExp(`${WAIVED_STEP}(?:报请|报送|提交|报|经|送)?[^，。；]{0,4}?(?:价格主管|发展(?:和)?改革|发改|物价)`);
export function authoritySpared(text: string): boolean {
  const m = AUTHORITY_SPARED.exec(text);
  if (!m || !PRICE_CHANGE.test(text.slice(0, m.index))) return false;
  const c = clauseAt(text, m.index);
  return !negatedInSentence(text, c, m.index - c.start);
}
