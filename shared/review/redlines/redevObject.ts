import type { Unit } from './units';
import type { Definition } from '../definitions';
import { OPERATOR } from './actors';

/**
 * What counts as re-developing a delivered product (Chongqing art. 22, Hebei art. 37): the re-development words
 * (再开发, 二次加工, 融合开发, 增值/深度/衍生开发, 功能扩展…), a development verb whose object is a delivered product
 * (or one the operator made), and terms a text defines to include it ("所称“运营业务”，包括……交付后的迭代升级").
 * Who does it is read elsewhere (redevAgent.ts); this file only finds the act and what it acts on.
 */

export const REDEV = /再开发|二次开发|二次加工|再加工|深加工|升级改造|改造升级|二次利用|融合开发|增值开发|深度开发|衍生(?:产品)?开发|定制化开发|功能扩展|迭代升级|融合应用开发|联合研发|融合建模|定制开发/g;
/** Words that are re-development only of something delivered. */
export const PLAIN_REDEV = /^(?:再开发|二次开发)$/;
// Sold is delivered ("已售出的数据服务", "已销售给用户的产品").
// A delivery's speed or time ("加急交付", "交付时限") is a service's term, not a product delivered.
// Nor a delivery out of the platform ("融合结果需要交付平台外使用的"), which names no delivered product.
export const DELIVERED = /(?<!加急|按时|及时|延迟|逾期|准时|快速|限期)交付(?!时限|周期|期限|进度|时间|平台外|出域|至平台外|到平台外)|已提供的(?:数据)?产品|已(?:售出|出售|销售)/;

/**
 * Re-development said by what is done to the delivered product: "对已交付……的数据产品进行深度加工", "已交付产品的行业化
 * 改造", "在已交付产品基础上开发增强版本", "采购上述产品，并在融合自有数据后形成新的产品". The object decides: a
 * development or processing verb counts only with a delivered product (or the operator's own) as its object or base
 * just before it (`deliveredBefore`).
 */
export const REWORK = new RegExp(String.raw`(?:再|二次|深度|深|行业化|场景化|定制化|产品化|迭代|融合|增强)?(?:开发|加工|改造|集成|封装|训练|建模|升级|优化|改进|扩展)(?!文档|工具|环境|平台|人员|过程|记录|方案|计划|成本|费用|合同|协议|利用)|形成新的?(?:数据)?(?:产品|解决方案|服务)`
  // Serving end users on top of it: "在其交付的基础产品之上，直接面向终端用户提供增值应用服务".
  + String.raw`|(?:提供|开展|推出)[^，。；]{0,6}?(?:增值|衍生|延伸|定制化?|增强版?)[^，。；]{0,4}?(?:服务|应用|产品)|面向(?:终端|最终|个人|C端)(?:用户|客户)`,
  'g',
);
/** A delivered product named as the object: "已交付开发利用机构的数据产品", "交付给数据商的……模型"; not one "尚未交付". */
// Or as the object of the delivering itself: "乙方向用户交付数据模型后".
// The product's name may be long or a list ("交付的辣椒价格指数和产地溯源数据产品"): up to its head noun in the clause.
// A list of what was delivered is the object whole: "向各部门交付的看板、模型和系统".
const DELIVERED_HEAD = '(?:产品|服务|模型|成果|接口|组件|数据集|看板|系统|应用|工具)';
const DELIVERED_OBJECT = new RegExp(`(?<!未)(?:已交付|交付(?!前|之前|以前)(?:给|予)?(?:[^，。；]{0,10}?的)?|已提供的|已(?:售出|出售|销售)(?:给|予)?(?:[^，。；]{0,10}?的)?)[^，。；]{0,16}?${DELIVERED_HEAD}(?:[、和及与][^，。；、]{0,8}?${DELIVERED_HEAD})*`, 'g');
/**
 * A product the operator made ("乙方开发的公共数据产品"), or one the text named before ("上述产品"): reworked by a company
 * of the operator's group, it is the operator re-developing through others; the operator working on its own products is
 * its development, not re-development.
 */
export const OWN_PRODUCT = new RegExp(`${OPERATOR}(?:自身|自己)?(?:开发|交付|提供|生产)的[^，。；]{0,16}?(?:产品|服务|模型|成果)`, 'g');
export const REFERRED_PRODUCT = /(?:上述|前述|该|此类|这些)(?:公共)?(?:数据)?(?:产品|服务|模型|成果)/g;
/** The product is what the verb acts on: marked as its object before it, or as its base or owner after it. */
const OBJECT_MARK = /(?:对|在|将|把|基于|以|就|采购|购买|使用|结合)[^，。；]{0,3}$/;
// Or as the topic that needs it: "已交付的数据产品需要进一步深度加工的".
// Or as the topic the clause after it points back to with 其 ("已向有关部门交付的数据产品，其后续版本升级由乙方负责").
const BASE_MARK = /^(?:的|基础上|为基础|为基|之上|(?:如|若)?(?:需要|需|拟|要)(?:进一步|再|进行|继续)?$|[，,]\s*其[^，。；]{0,10}$)/;
export function deliveredBefore(text: string, at: number, earlier: string): 'delivered' | 'own' | null {
  const from = Math.max(0, at - 40);
  const win = text.slice(from, at);
  OWN_PRODUCT.lastIndex = 0;
  // A product referred to ("该模型") is what was named before it: a delivered one stays delivered.
  const namedBefore = (re: RegExp, end: number) => ((re.lastIndex = 0), re.test(earlier + text.slice(0, end)));
  const found: ('delivered' | 'own')[] = [];
  for (const [re, kind] of [[DELIVERED_OBJECT, 'delivered'], [OWN_PRODUCT, 'own'], [REFERRED_PRODUCT, 'own']] as const) {
    re.lastIndex = 0;
    for (let m; (m = re.exec(win)); ) {
      const namedDelivered = re === REFERRED_PRODUCT && namedBefore(DELIVERED_OBJECT, from + m.index);
      if (re === REFERRED_PRODUCT && !namedDelivered && !namedBefore(OWN_PRODUCT, from + m.index)) continue;
      const pre = text.slice(Math.max(0, from + m.index - 6), from + m.index);
      if (OBJECT_MARK.test(pre) || BASE_MARK.test(win.slice(m.index + m[0].length))) found.push(re === REFERRED_PRODUCT && namedDelivered ? 'delivered' : kind);
    }
  }
  DELIVERED_OBJECT.lastIndex = 0;
  OWN_PRODUCT.lastIndex = 0;
  // Or the base named right after the act ("联合开发基于已交付产品的增值服务").
  if (!found.length && BASED_ON_DELIVERED.test(text.slice(at))) return 'delivered';
  return found.includes('delivered') ? 'delivered' : found.length ? 'own' : null;
}
const BASED_ON_DELIVERED = /^[\u4e00-\u9fff]{1,4}?(?:基于|依托|利用|以)[^，。；]{0,6}?已交付(?:的)?[^，。；]{0,8}?(?:产品|服务|模型|成果)/;

/**
 * The object phrase masked, so its recipient ("已交付开发利用机构的") is never read as who acts; nor is the operator that
 * delivered it when the phrase is what another uses ("其他市场主体依法利用乙方已交付的产品开展再开发").
 */
const DELIVERER_OF_OBJECT = new RegExp(`(?<=(?:利用|使用|基于|依托|对|将|把|就|针对|围绕|调用|购买|获取|获得|取得|接收|采购|订购))${OPERATOR}(?=＿)`, 'g');
const mask = (m: string) => '＿'.repeat(m.length);
export const maskObjects = (t: string) => t.replace(OWN_PRODUCT, mask).replace(DELIVERED_OBJECT, mask).replace(DELIVERER_OF_OBJECT, mask);

/** Terms a text defines to include re-development of delivered products ("所称“运营业务”，包括……交付后的迭代升级"). */
const DEFINITION = /所称[“"「]([^”"」]{2,12})[”"」][，,]?\s*(?:是指|系指|指|包括)([^。]*)/g;
export const REDEV_ONE = new RegExp(REDEV.source);
const termsOf = new Map<string, string[]>();
export function redevTerms(text: string): string[] {
  let out = termsOf.get(text);
  if (out) return out;
  out = [];
  if (text.includes('所称')) for (const m of text.matchAll(DEFINITION)) if (DELIVERED.test(m[2]) && REDEV_ONE.test(m[2])) out.push(m[1]);
  if (termsOf.size > 5_000) termsOf.clear();
  termsOf.set(text, out);
  return out;
}

export const hasRedevTerm = (u: Unit) => u.blockText.includes('所称') && redevTerms(u.blockText).some((t) => u.text.includes(t));

/**
 * Terms the document's glossary defines as re-developing what was delivered, wherever the definition stands
 * ("1.11 “增值开发”：指在乙方已交付的……产品基础上，融合其他数据形成新的……产品", "“增值服务”，是指在已交付的……基础上……
 * 二次开发服务"): a clause that uses the term says what it means.
 */
// The term names the act, not what comes of it: "衍生产品：指……基于乙方交付的产品再开发形成的产品" is a product others make.
const ACT_HEAD = /(?:活动|行为|工作|过程|开发|加工|改造|升级|服务|利用|应用|业务)[。；]?$/;
// The rework must be of what was delivered ("对已交付……产品的融合加工"), not what makes a product that is then delivered
// ("“数据产品和服务”：指乙方……加工形成、经审核后交付的产品和服务").
const reworksDelivered = (m: string) => [...m.matchAll(REWORK)].some((x) => deliveredBefore(m, x.index!, '') === 'delivered');
export const redevDefined = (defs: readonly Definition[]): Definition[] =>
  defs.filter((d) => d.how !== 'short' && (ACT_HEAD.test(d.term) || ACT_HEAD.test(d.meaning.trim())) && DELIVERED.test(d.meaning) && (REDEV_ONE.test(d.meaning) || reworksDelivered(d.meaning)));
