import { clauseAt, clauses } from '../text';
import { isNegated } from '../clauses';
import { DEVELOPER, OPERATOR } from './actors';
import { IMPOSING_FORBIDDEN, RIVAL_KIND, dealer } from './dealers';

/**
 * A market party tied to the operator (Hebei art. 37): it must go through the operator's (or its designee's) channel
 * only, buy the operator's other services with what it wants, or is served less for staying out of a further deal with
 * the operator; or a partner, member or vendor of the operator is barred from working with the operator's rivals
 * (exclusive dealing). A duty that guards data or security ties to nobody.
 */

/**
 * A market party tied to the operator: it must go through the operator's (or its designee's) channel only, buy the
 * operator's other services with what it wants, or gets access only for a deal with the operator ("仅向已与乙方签署……协议的
 * 经营主体开放"). A duty to use the platform's channel for security ("应当通过约定的安全通道调用") ties to nobody.
 */
// Under the operator's oversight ("仅可在乙方监督下……提供运维服务") is a manner the party works in, not a channel.
// Not a vendor kept within what the operator allows it ("仅在运营机构设定的权限内开展运维工作").
const ONLY_THROUGH = new RegExp(`(?:只能|仅能|仅可|只可|仅|只|一律)(?:经由|通过|在|向|从|委托)${OPERATOR}(?![^，。；]{0,4}?(?:监督|指导|陪同|组织|安排|监管|见证|管控|管理|统筹|领导|调度)下)(?![^，。；]{0,6}?(?:设定|规定|授予|划定|许可|开通|分配|配置)的?(?:权限|范围|账号))(?:指定|认可)?的?[^，。；]{0,8}?(?:渠道|平台|单位|服务商|机构)?`);
const DESIGNEE = new RegExp(`(?:应当?|须|必须|需|只能|优先)(?:同时|优先)?(?:通过|经由|委托|选择|使用|采用|采购|购买)[^，。；]{0,6}?${OPERATOR}(?:指定|认可)`);
const TIED = new RegExp(`(?:须|应当?|必须|需要?)(?:同时|一并|配套)(?:购买|订购|采购|使用)${OPERATOR}`);
// Entry into the market barred unless it is built on the operator's own tools: "未调用乙方算法组件或未部署在乙方云资源上的数据
// 产品，不予上架".
const BUILT_ON_OPERATOR = new RegExp(`(?:未|不)(?:调用|使用|采用|部署(?:在|于)?|接入|基于)${OPERATOR}[^。；]{0,40}?(?:不予|不得|不能|不可|禁止)(?:上架|注册|接入|准入|挂牌|上线|交易)`);
const FOR_OPERATOR_DEALS = new RegExp(`(?:仅|只)(?:向|对|为|面向)[^，。；]{0,4}?(?:与|和|同|向)${OPERATOR}(?:签订|签署|订立|采购|购买|合作)[^，。；]{0,20}?的`);

/**
 * The party named by the condition that governs the clause ("省内金融机构需使用公共数据的，应仅通过运营机构办理"): the
 * clause binds it, whoever an earlier clause was about; "乙方开展服务的，应仅通过乙方平台提供" binds the operator itself.
 */
// Its subject, not its object: "乙方向金融机构提供服务的" names the operator.
const CONDITION_SUBJECT = new RegExp(`^(?:(?!向|为|对|与|给|同|和|面向)[^，。；]){0,8}?(?:(?<!其他|其它)(${OPERATOR})|${DEVELOPER}|金融机构|银行|保险(?:机构|公司)|企业|客户|买方|采购方|使用单位|用数单位)`);
function conditionParty(s: string, c: { start: number }): 'operator' | 'market' | null {
  const before = clauses(s.slice(0, c.start)).at(-1);
  if (!before || !/的$/.test(before.text) || !/^[，,]/.test(s.slice(before.start + before.text.length))) return null;
  const m = CONDITION_SUBJECT.exec(before.text);
  return m ? (m[1] ? 'operator' : 'market') : null;
}

/**
 * The market let into the field only as the operator's partner: it must develop with the operator ("其他市场主体拟开发……
 * 数据产品的，应当与运营公司合作开发"), sign a strategic cooperation with it, or be recommended by it before it may enter
 * ("须经授权运营机构推荐并与其签订战略合作协议后方可注册"). A contract for the use itself ("与运营机构签订数据使用协议后
 * 方可调用") is what any use needs; the operator partnering others, or encouragement, ties nobody. Session 23.
 */
const MUST_PARTNER = new RegExp(`(?:应当?|须|必须|需|需要)(?:先|事先)?[^，。；]{0,12}?(?:与|同|和)(?:${OPERATOR}|其)(?:合作|联合|共同)(?:开发|开展|经营|运营|研发)|(?:与|同|和)(?:${OPERATOR}|其)签订[^，。；]{0,8}?(?:战略|独家|排他|长期)合作(?:协议|合同)[^，。；]{0,4}?后?(?:方可|才能|方能|才可)|(?:须|应当?|必须)经${OPERATOR}(?:推荐|引荐|举荐)[^。；]{0,30}?(?:方可|才能|方能|才可)`);
function mustPartner(s: string): boolean {
  const m = MUST_PARTNER.exec(s);
  if (!m || /鼓励|支持|引导|可以|可/.test(s.slice(Math.max(0, m.index - 4), m.index))) return false;
  const c = clauseAt(s, m.index);
  if (isNegated(c.text, m.index - c.start) || IMPOSING_FORBIDDEN.test(s.slice(0, m.index))) return false;
  const who = conditionParty(s, c) ?? dealer(s, m.index);
  return who !== 'operator' && who !== 'grantor' && (who === 'market' || /其他|其它|市场主体|经营主体|开发利用|企业|机构/.test(s.slice(0, m.index)));
}

/**
 * Buyers of a whole class kept to the operator as their supplier (反垄断法 art. 39's 限定购买指定经营者的商品): their need
 * is met by the operator alone and procuring or building the like elsewhere is barred ("区内各部门、街道和区属国有企业……
 * 需要使用相关数据产品和服务的，统一由运营机构提供，原则上不再另行采购或者建设同类系统"). The grantor's own vendor for its
 * own work, or the operator merely supplying ("由运营机构按目录提供"), keeps no one out.
 */
const BUYER_CLASS = /(?:各|全市|全区|全县|全省|区内|市内|县内|辖区内?|本市|本区|本县|有关|相关)[^，。；]{0,12}?(?:部门|单位|企业|机构|街道|乡镇|主体|医院|学校|银行)/;
const SOLE_SUPPLIER = new RegExp(`(?:统一|均|一律|全部|只能|仅)(?:应当?|须)?(?:统一)?(?:由${OPERATOR}(?:统一|集中|独家)?(?:提供|供给|供应|承接|建设|开发|承担)|(?:向|从)${OPERATOR}(?:统一)?(?:采购|购买|订购))`);
const NO_OTHER_SOURCE = /(?:原则上)?(?:不再|不得|不能|不)(?:另行|自行|单独|重复|分散)(?:采购|购买|订购|建设|建立|开发|搭建|委托)[^，。；]{0,12}?(?:同类|类似|相同|同样|其他|其它)/;
function buyersDesignated(s: string): boolean {
  const m = SOLE_SUPPLIER.exec(s);
  if (!m || !BUYER_CLASS.test(s.slice(0, m.index))) return false;
  const c = clauseAt(s, m.index);
  if (isNegated(c.text, m.index - c.start)) return false;
  const bar = NO_OTHER_SOURCE.exec(s);
  return !!bar && !/[。]/.test(s.slice(Math.min(m.index, bar.index), Math.max(m.index, bar.index)));
}

export function tiedToOperator(s: string): boolean {
  if (mustPartner(s) || buyersDesignated(s) || BUILT_ON_OPERATOR.test(s)) return true;
  for (const re of [ONLY_THROUGH, DESIGNEE, TIED, FOR_OPERATOR_DEALS]) {
    const m = re.exec(s);
    if (!m) continue;
    const c = clauseAt(s, m.index);
    const who = conditionParty(s, c) ?? dealer(s, m.index);
    if (re !== FOR_OPERATOR_DEALS && who === 'operator') continue;
    if (!isNegated(c.text, m.index - c.start)) return true;
  }
  return false;
}

/**
 * A party the operator works with — a partner, a member, a vendor — barred from working with the operator's rivals
 * ("入选伙伴须签署承诺书，承诺协议期内不与其他公共数据运营机构开展节水数据合作", "技术服务单位在协议期内不得为其他
 * 运营机构提供……开发服务"): exclusive dealing, whoever imposes it. Who is bound is the clause's own head, or the head of
 * the clause the sentence goes on from; the operator or the grantor refraining is read elsewhere (grantorBound), and a
 * bar that guards data or secrets ("不得向其他运营机构提供原始数据") or unlawful dealing keeps no one out.
 */
const PARTY_NOUN = '(?:单位|企业|公司|伙伴|会员|商户|机构|主体|服务商|供应商|成员|客户|银行|合作方|签约方)';
const HEAD = new RegExp(`^\\s*(?:[^，。；：:]{1,8}[：:]\\s*)?([\\u4e00-\\u9fff]{1,10}?${PARTY_NOUN})(?=(?:均|也|亦)?(?:在|于|须|应|必须|需|承诺|不得|不能|不|同意|保证))`);
const NOT_MARKET_HEAD = new RegExp(`${OPERATOR}|甲方|授权方|实施机构|其他|其它|第三方|部门|政府|机关`);
const RIVAL_DEAL = new RegExp(`(?:不得|不能|不应|不再|不会|不|禁止|严禁)(?:再|另行)?(?:与|同|和|跟|为)${RIVAL_KIND}[^，。；]{0,24}?(?:合作|提供|开展|签约|签订|签署|对接|服务)`);
const GUARDED = /原始数据|秘密|保密|个人信息|账号|密钥|口令|源代码|违法|违规|非法|未经/;
export function partnerBoundFromRivals(s: string): boolean {
  const cs = clauses(s);
  for (const [i, c] of cs.entries()) {
    const m = RIVAL_DEAL.exec(c.text);
    if (!m || GUARDED.test(c.text) || IMPOSING_FORBIDDEN.test(s.slice(0, c.start + m.index))) continue;
    let head: RegExpExecArray | null = null;
    for (let j = i; j >= 0 && !head; j--) head = HEAD.exec(cs[j].text);
    if (head && !NOT_MARKET_HEAD.test(head[1])) return true;
  }
  return false;
}

/**
 * Access rationed by a further deal with the operator ("对未与乙方签订年度框架合作协议的经营主体，乙方可限制其调用……的
 * 频次和范围"): those outside its cooperation are served less — the other side of "仅向已与乙方签署……协议的经营主体开放".
 * A contract for the use itself ("未签订数据使用协议的，不予开通") is what any use needs, not a tie.
 */
const OUTSIDE_DEAL = new RegExp(`(?:未|没有|尚未|不)(?:与|同|和|向)${OPERATOR}(?:签订|签署|订立|达成|建立|购买|采购|订购)[^，。；]{0,12}?(?:合作|框架|战略|年度|长期|会员|独家|打包|套餐)[^，。；]{0,6}?(?:协议|合同|关系|安排|服务)?的`);
const RATIONED = /限制|降低|减少|下调|压缩|延后|排后|暂停|取消/;
export function rationedByDeal(s: string): boolean {
  const m = OUTSIDE_DEAL.exec(s);
  if (!m) return false;
  const rest = s.slice(m.index + m[0].length);
  const r = RATIONED.exec(rest);
  if (!r || /[。]/.test(rest.slice(0, r.index))) return false;
  const at = m.index + m[0].length + r.index;
  const c = clauseAt(s, at);
  return !isNegated(c.text, at - c.start) && !IMPOSING_FORBIDDEN.test(s.slice(0, at));
}
