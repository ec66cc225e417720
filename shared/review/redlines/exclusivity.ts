import { clauses } from '../text';
import { isNegated, readClause, type ClauseReading } from '../clauses';
import type { Unit } from './units';
import { OPERATOR, isOperatorGroup, subjectBefore } from './actors';

/**
 * Exclusivity, monopoly and the operator re-developing what it delivered (Chongqing art. 22, Hebei art. 37), read as
 * who may do what:
 * - the operator or a company of its group develops further a product it delivered (再开发, 二次加工, 融合开发, 增值/
 *   深度/衍生开发, 功能扩展…), including through a defined term ("所称“运营业务”，包括……交付后的迭代升级") or an
 *   exemption from the prohibition ("……再开发活动，不受本协议第九条第二款限制"), or users must entrust it to the operator;
 * - others are shut out: "其他任何机构不得另行提供", "均应通过乙方平台统一对外提供", the grantor promising not to deal
 *   with third parties, users punished for dealing elsewhere, tied or designated services, competitors refused.
 * Who re-develops decides: a developer or a 经营主体 re-developing a delivered product is what the rules want.
 */
const REDEV = /再开发|二次开发|二次加工|再加工|深加工|升级改造|改造升级|二次利用|融合开发|增值开发|深度开发|衍生(?:产品)?开发|定制化开发|功能扩展|迭代升级|融合应用开发|联合研发|融合建模/g;
/** Words that are re-development only of something delivered. */
const PLAIN_REDEV = /^(?:再开发|二次开发)$/;
const DELIVERED = /交付|已提供的(?:数据)?产品/;
/** "运营机构不参与其已交付产品在使用方的再开发": a bare 不 before the verb that governs the whole phrase. */
const NOT_TAKING_PART = /(?:不|不得|禁止|严禁|不会|不再|无权)(?:直接或者?间接|直接或间接|自行或者?委托)?(?:参与|从事|开展|进行|实施|承接)/;
/** Re-development reserved to the operator: "应当委托乙方或乙方认可的合作方实施". */
const RESERVED = new RegExp(`(?:委托|交由|应由|须由|只能由|仅由)${OPERATOR}`);

const SHUT_OUT: { re: RegExp; negatable: boolean }[] = [
  // Who develops a delivered product further, named in a list or table ("后续开发主体：乙方及开发利用机构").
  { re: new RegExp(`(?:后续|再|二次|衍生|深度)开发(?:的)?(?:主体|单位|方|机构)(?:为|是|[：:])\\s*[^，。；]{0,6}?${OPERATOR}`), negatable: true },
  // Others barred: "其他任何机构不得另行提供"; the operator's channel is the only one.
  { re: /其他(?:任何)?[\u4e00-\u9fff]{0,6}?(?:机构|主体|单位|企业|平台|运营商)[^，。；]{0,4}?(?:均)?(?:不得|不能|无权)(?:另行|自行)?(?:提供|经营|运营|开展|销售)/, negatable: false },
  { re: new RegExp(`(?:均|一律|只能|仅能|统一)(?:应当?|须|必须)?(?:通过|经由|在)(?:${OPERATOR}|本平台)`), negatable: true },
  { re: new RegExp(`(?:仅|只)(?:在|通过)(?:本平台|${OPERATOR}(?:的)?平台)`), negatable: true },
  // The only one: "乙方是本场景公共数据产品的唯一提供方"; the grantor barred from granting others ("甲方不得另行授权他人").
  { re: /唯一(?:的)?[\u4e00-\u9fff]{0,4}?(?:提供方|供应方|供应商|服务方|服务商|渠道|入口|运营方|经营方|经营者|合作方|主体)/, negatable: true },
  { re: /(?:甲方|授权方|实施机构)[^。；]{0,8}?(?:不得|不再|不会|不另行)[^。；]{0,4}?(?:另行|再)?(?:授权|许可|委托)(?:给)?(?:他人|其他|第三方|任何)/, negatable: false },
  // The grantor's promise: "甲方承诺，协议期内不就……与第三方签订任何形式的……协议".
  { re: /(?:甲方|授权方|实施机构)[^。；]{0,12}?(?:不|不再|不会)(?:就|与|向)[^。；]{0,30}?(?:第三方|其他)[^。；]{0,24}?(?:签订|订立|授权|合作)/, negatable: false },
  // Punished for dealing elsewhere: "凡向其他同类平台采购……的数据商，运营机构可暂停……".
  { re: /(?:向|在|与|从)(?:其他|别的|第三方)[^。；]{0,14}?(?:平台|交易场所|机构|渠道|数据商|服务商)[^。；]{0,24}?的[^。；]{0,30}?(?:暂停|终止|下调|下架|不予|拒绝|停止|限制|降低)/, negatable: true },
  // Tied or designated: "应当优先选择乙方指定的技术服务商", "须同时采购乙方指定的……套餐".
  { re: new RegExp(`(?:应当?|须|必须|需|优先)(?:同时|优先)?(?:选择|采购|购买|使用|采用|委托)[^，。；]{0,4}?${OPERATOR}(?:指定|认可)`), negatable: true },
  { re: new RegExp(`${OPERATOR}(?:不接受|拒绝|有权拒绝|可拒绝|不予受理)[^，。；]{0,10}?(?:单独|未采用|未使用|未选择)`), negatable: true },
  // Competitors refused or treated apart: "对与乙方存在竞争关系的数据商可不予开通接口", "差别化接入".
  { re: /(?:竞争关系|竞争对手|竞争者|同业)[^。；]{0,16}?(?:不予|拒绝|可不|不开通|限制|暂停)/, negatable: true },
  { re: /差别化(?:接入|待遇|开放)|区别对待/, negatable: true },
];

/** Terms a text defines to include re-development of delivered products ("所称“运营业务”，包括……交付后的迭代升级"). */
const DEFINITION = /所称[“"「]([^”"」]{2,12})[”"」][，,]?\s*(?:是指|系指|指|包括)([^。]*)/g;
const REDEV_ONE = new RegExp(REDEV.source);
const termsOf = new Map<string, string[]>();
function redevTerms(text: string): string[] {
  let out = termsOf.get(text);
  if (out) return out;
  out = [];
  if (text.includes('所称')) for (const m of text.matchAll(DEFINITION)) if (DELIVERED.test(m[2]) && REDEV_ONE.test(m[2])) out.push(m[1]);
  if (termsOf.size > 5_000) termsOf.clear();
  termsOf.set(text, out);
  return out;
}
/** Words the reader starts from (REDEV and SHUT_OUT's anchors). */
export const EXCLUSIVITY_QUICK = new RegExp(
  `${REDEV.source}|开发(?:的)?(?:主体|单位|方|机构)|其他|其余|唯一|指定|认可|竞争|同业|差别化|区别对待|仅在|仅通过|只在|只通过|统一|均应|均须|一律|只能|仅能|不就|不与|不向|不再|不会|不得另行|不得再|不另行`,
);
export const hasRedevTerm = (u: Unit) => u.blockText.includes('所称') && redevTerms(u.blockText).some((t) => u.text.includes(t));

export function readExclusivity(u: Unit): ClauseReading | null {
  const s = u.text;
  const delivered = DELIVERED.test(u.blockText || s);
  let text = s;
  for (const t of redevTerms(u.blockText || s)) if (!new RegExp(`所称[“"「]${t}`).test(s)) text = text.split(t).join('再开发'.padEnd(t.length, '　'));
  for (const m of text.matchAll(REDEV)) {
    if (!PLAIN_REDEV.test(m[0]) && !delivered) continue;
    const at = m.index!;
    const c = clauses(text).find((x) => at >= x.start && at < x.start + x.text.length)!;
    if (isNegated(c.text, at - c.start) || NOT_TAKING_PART.test(c.text.slice(0, at - c.start))) continue;
    // The subject in this sentence, else the one the block set before ("由乙方负责持续运维。运维范围包括……衍生产品开发").
    let subject = subjectBefore(text, at);
    if (!subject) for (const p of [...u.before].reverse()) if ((subject = subjectBefore(p, p.length))) break;
    const after = text.slice(at, at + 30);
    if (isOperatorGroup(subject) || RESERVED.test(after)) {
      const r = readClause(text, c.text, at - c.start);
      if (r.reading !== 'prohibition') return r;
    }
  }
  for (const { re, negatable } of SHUT_OUT) {
    const m = re.exec(s);
    if (!m) continue;
    const c = clauses(s).find((x) => m.index >= x.start && m.index < x.start + x.text.length) ?? { text: s, start: 0 };
    if (negatable && isNegated(c.text, m.index - c.start)) continue;
    return { reading: /不得|不能|无权|不就|不与|不向|不予|拒绝/.test(m[0]) ? 'obligation' : 'permission' };
  }
  return null;
}
