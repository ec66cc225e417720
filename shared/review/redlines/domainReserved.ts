import { clauses } from '../text';
import { isNegated } from '../clauses';
import { OPERATOR } from './actors';

/**
 * A whole city's or domain's operation reserved to the operator ("本市交通领域的……授权运营业务均由乙方承担", "确定其为
 * 全市各行业公共数据的唯一运营机构"): the grant itself names its scope, and a universal reservation over a domain shuts
 * out anyone else there. A 统一 operator alone is a whole grant (a mode), not this.
 */

// The area's data of a kind is as wide: "本市交通运输公共数据".
const WIDE = /(?:全市|本市|全省|本省|全区|本区|全县|本县|辖区|区域内|全域)[^，。；]{0,16}?(?:领域|行业|场景|部门|数据)|(?:各|所有|全部|一切)(?:行业|领域|场景)/;
/** A word that leaves no one else ("一律由", "仅由乙方一家"): a field it reserves is reserved whole, its area unnamed. */
const ALONE = /一律|只能|仅|独家|一家|独自/;
// The operator alone, said before ("统一由乙方承担") or after its name ("由乙方一家承担", "由运营机构独家承接").
// How it does it may stand between: "一律由运营机构统一对外提供".
const RESERVED_TO = new RegExp(`(?:(?:均|全部|统一|一律|独家|只能|仅)由${OPERATOR}|由${OPERATOR}(?=一家|独家|独自))(?:统一|独家|一家|独自|对外|集中|向社会|直接|面向(?:市场|社会|用户)){0,3}(?:承担|负责|承接|运营|经营|开展|实施|提供|开发)`);
// A domain's products reserved are its business reserved: "本市不动产登记领域公共数据产品统一由运营机构开发并对外提供";
// so is its operation itself ("全省医疗健康领域公共数据授权运营由乙方一家承担").
// Or the data itself: "本市交通运输公共数据仅由乙方一家运营".
// Or the uses built on its data: "门牌核验、地址匹配等下游应用一律由授权运营机构直接面向市场提供".
const BUSINESS = /(?:运营|经营|开发利用|开发)(?:业务|工作|服务|事项)$|(?:授权运营|运营|产品开发|(?:数据)?产品(?:和服务)?|(?:公共|政务)数据(?:资源)?|(?:下游|数据|场景|市场化?)应用)$/;

/**
 * One operator made the only operator of a whole domain ("确定其为全市各行业公共数据的唯一运营机构"): the designation
 * reserves the domain as a grant "均由乙方承担" does. A 统一 operator is a whole grant (整体授权, Guizhou's main mode and
 * lawful nationally; Hebei reads it as a mode, not as exclusivity): it shuts no one out by that word alone.
 */
const SOLE_OPERATOR = new RegExp(`(?:唯一|独家)的?(?:授权)?${OPERATOR}`, 'g');

export function domainReserved(s: string): boolean {
  SOLE_OPERATOR.lastIndex = 0;
  for (let m; (m = SOLE_OPERATOR.exec(s)); ) {
    const c = clauses(s).find((x) => m!.index >= x.start && m!.index < x.start + x.text.length);
    if (c && WIDE.test(c.text.slice(0, m.index - c.start)) && !isNegated(c.text, m.index - c.start)) return true;
  }
  for (const c of clauses(s)) {
    const r = RESERVED_TO.exec(c.text);
    if (!r) continue;
    // The topic may stand in the clause before ("本省……运营业务，仅由运营机构一家负责").
    const topic = s.slice(Math.max(0, c.start + r.index - 40), c.start + r.index).replace(/[^，。；]*[。；]/g, '');
    const wide = WIDE.test(topic) || (ALONE.test(r[0]) && /领域|行业/.test(topic));
    if (wide && BUSINESS.test(topic.replace(/[的，,\s]+$/, '')) && !isNegated(c.text, r.index)) return true;
  }
  return false;
}
