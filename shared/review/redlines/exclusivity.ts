import { DEFINES, type ClauseReading } from '../clauses';
import type { Definition } from '../definitions';
import { sentences } from '../text';
import { parseNumbering } from '../../document/numbering';
import type { Unit } from './units';
import { OWN_PRODUCT, REDEV, REFERRED_PRODUCT } from './redevObject';
import { readRedevelopment } from './redevelopment';
import { OPERATOR, SETS_UP } from './actors';
import { readShutOut } from './shutOut';
import { withOperatorPlatforms } from './operatorPlatforms';

export { hasRedevTerm } from './redevObject';

/**
 * Exclusivity, monopoly and the operator re-developing what it delivered (Chongqing art. 22, Hebei art. 37), read as
 * who may do what:
 * - the operator or a company of its group develops further a product it delivered (再开发, 二次加工, 融合开发, 增值/
 *   深度/衍生开发, 功能扩展…), including through a defined term ("所称“运营业务”，包括……交付后的迭代升级") or an
 *   exemption from the prohibition ("……再开发活动，不受本协议第九条第二款限制"), or users must entrust it to the operator;
 * - others are shut out: "其他任何机构不得另行提供", "均应通过乙方平台统一对外提供", the grantor promising not to deal
 *   with third parties, users punished for dealing elsewhere, tied or designated services, competitors refused.
 * Who re-develops decides: a developer or a 经营主体 re-developing a delivered product is what the rules want.
 *
 * The re-development is read in redevelopment.ts, others shut out in shutOut.ts; a deeming that widens a prohibition
 * is neither.
 */

/** Words the reader starts from (REDEV and SHUT_OUT's anchors). */
export const EXCLUSIVITY_QUICK = new RegExp(
  `${REDEV.source}|交付|已提供|${REFERRED_PRODUCT.source}|${OWN_PRODUCT.source}|开发(?:的)?(?:主体|单位|方|机构)|转售|最低|划分|分割|取得|征得|其他|其余|唯一|指定|认可|竞争|同业|平台|限制|禁止|阻止|差别化|区别对待|仅在|仅通过|只在|只通过|专区|商城|交易场所|交易所|统一|均应|均须|一律|只能|仅能|不就|不与|不向|不再|不会|不得另行|不得再|不另行|搭售|捆绑|接洽|洽谈|磋商|商谈|谈判|对接|签订|签署|订立|授权|引入|由|单独|单项|分拆|整包|优先|首选|倾斜|作为|身份|不受|不在此限|除外|接入|采购|购买|委托|统一承接|另行|放弃|直接确定|径行确定|重新遴选|不承接|授予|分别|单独|第三方|他人|任何|一家|申请|第二家|另一家|异议|反对|同类|相同|相近|类似|同源|拒绝|确需|确有|如需|特殊情况|不予`,
);

/**
 * A deeming that widens a prohibition ("乙方不得参与……再开发。乙方的……关联方承接相关再开发业务的，视为乙方间接参与"):
 * it names more of what is forbidden, it allows nothing.
 */
const DEEMED_FORBIDDEN = /的[，,]\s*(?:均|一律|亦|也)?视为[^，。；]{0,10}?(?:参与|违反|违约|从事|构成)/;
const FORBIDS = /不得|禁止|严禁|不能|无权/;
/** The term defined is a party ("经营主体：指……", "“开发利用机构”是指……"); a product defined may carry what the operator does. */
// Or the body alone, its term cut off as a heading ("（三）经营主体" / "指乙方面向市场选择的、……进行再开发的法人组织。"):
// what it defines is the party it ends on.
const PARTY_DEFINED = /^[^，。；：:]{0,16}?(?:主体|机构|单位|企业|商|方|人)[”"」』]?\s*[，,：:]?\s*(?:是指|系指|指)|^\s*(?:是指|系指|指)[^。；]{2,80}?(?:主体|机构|单位|企业|组织|法人|公司)[。；]?\s*$/;

/**
 * A party the document defines as a company the operator set up, alone or with others ("“合作开发方”，是指乙方与第三方
 * 共同出资设立的项目公司").
 */
// Or one it controls or holds ("“关联开发机构”：指授权运营机构直接或者间接控制的企业", "指乙方的全资子公司").
const SET_UP_BY_OPERATOR = new RegExp(`^${OPERATOR}(?:${SETS_UP}|(?:直接或者?间接|直接|间接)?(?:控制|控股|持股)的|的?(?:全资|控股)?(?:子公司|关联(?:公司|企业|方)|下属(?:公司|企业)))`);
function withOperatorCompanies(text: string, terms?: Map<string, string>): string {
  for (const [term, meaning] of terms ?? []) if (term.length >= 3 && text.includes(term) && SET_UP_BY_OPERATOR.test(meaning)) text = text.split(term).join('子公司'.padEnd(term.length, '＿'));
  return text;
}

export function readExclusivity(u0: Unit, doc?: { operatorPlatforms?: string[]; terms?: Map<string, string>; redev?: readonly Definition[] }): ClauseReading | null {
  // The operator's platform named by its own name is the operator's channel (operatorPlatforms.ts); a company it set up,
  // named by the term the document defines for it, is its group.
  const named = withOperatorCompanies(doc?.operatorPlatforms?.length ? withOperatorPlatforms(u0.text, doc.operatorPlatforms) : u0.text, doc?.terms);
  const u = named === u0.text ? u0 : { ...u0, text: named };
  const s = u.text;
  if (DEEMED_FORBIDDEN.test(s) && (u.before.some((p) => FORBIDS.test(p)) || /视为[^，。；]{0,10}?(?:违反|违约)/.test(s))) return null;
  // A definition on its own says who a kind of party is ("1.3 经营主体：指……对乙方已交付的产品和服务进行再开发的市场
  // 主体"): it binds no one. One followed by the clause that uses it is read with that clause.
  // Read without a decimal clause number ("1.3 "), which DEFINES does not pass over.
  const n = parseNumbering(s);
  const bare = n?.style === 'decimal' ? n.rest : s;
  if (PARTY_DEFINED.test(bare) && DEFINES.test(bare) && sentences(s).length === 1) return null;
  // Nor does one of a kind of grant ("本协议所称排他性授权，是指授权方承诺不再向……授予……").
  return readRedevelopment(u, doc?.redev) ?? (DEFINES.test(s) ? null : readShutOut(rightHeld(u), u.before));
}

/**
 * An item of the operator's rights, under a heading or a lead that names them ("（三）运营机构的权利" / "3．对本场景后续新增
 * 的……享有优先授权的权利"): the operator holds what the item gives, though the item names no one.
 */
// Or the part on that party alone, in a list of each party's rights and duties ("### （四）授权运营机构" / "2. ……享有优先承接开发的权利").
const OWN_RIGHTS = new RegExp(`^\\s*(?:[（(][一二三四五六七八九十\\d]+[）)]|[一二三四五六七八九十\\d]+[、.．])?\\s*(${OPERATOR})(?:(?:的|享有的?|享有(?:以下|下列|如下)|主要)?(?:权利|权益)|\\s*$)`);
const NAMES_OPERATOR = new RegExp(OPERATOR);
function rightHeld(u: Unit): string {
  if (NAMES_OPERATOR.test(u.text) || !/享有|拥有|有权/.test(u.text)) return u.text;
  const lead = [u.before.at(-1) ?? '', ...u.headings.slice(0, 3)].map((h) => OWN_RIGHTS.exec(h)).find(Boolean);
  return lead ? `${lead[1]}${u.text}` : u.text;
}
