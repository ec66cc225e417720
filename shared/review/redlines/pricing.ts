import { clauseAt, clauses } from '../text';
import { isNegated, negatedInSentence, type ClauseReading } from '../clauses';
import type { Unit } from './units';
import type { DocumentTerms } from './index';
import { DEVELOPER, MARKET_USER, MERE_NOTICE, OPERATOR, PUBLIC_USER, REGULATOR, SILENCE_CONSENT, isOperatorGroup, subjectBefore } from './actors';

/**
 * Prices (Chongqing art. 29, Hebei art. 28, the national price notice): public-governance and public-welfare uses are
 * free; industry uses pay the government-guided price. Read as who pays whom on what basis:
 * - a public user charged: the user is a public body (人民政府及其部门, 街道办事处, 县级疾控中心, 市教育局 in a product
 *   table) or the use is public (公共治理类产品), and a later clause of the sentence charges it (收取, 计费, 结算费用,
 *   支付服务费, 3万元/年, "视为经营性使用") — "先行免费……事后结算", "试运行期满后……支付服务费" included — unless the
 *   sentence has moved on to market users (产业发展, 企业, 商业使用部分) or the charge is negated;
 * - the operator setting the price itself (自主确定, 自行确定 the 利润率, 协商确定, 市场化原则定价, 参照市场价格), unless a
 *   government-guided price that applies stands in the sentence ("在政府指导价上限以内确定"); a guided price not yet
 *   issued ("指导价出台前") applies nothing; products a developer re-developed are market-priced by rule;
 * - the guided price set aside or exceeded: "不受……核定价格的约束", "不适用……指导价", "上限的基础上可上浮",
 *   "指导价低于单位成本的，按单位成本加百分之十五收费"; a price change applied after a mere notice ("书面告知甲方后即可
 *   执行，无需另行报批").
 */
// A charge is an act: "收费标准/收费目录" published and "结算数据/结算分析" are nouns; an amount is a price only per unit
// ("3万元/年", "每次0.5元"), not a market size or a budget ("年市场需求约4000万元").
const NUMBER = '[0-9０-９.]+\\s*万?|[一二三四五六七八九十百千万两壹贰叁肆伍陆柒捌玖拾佰仟零〇点]+';
const CHARGE = new RegExp(
  `收费(?!标准|方式|情况|依据|目录|项目|清单|信息|数据|公示|政策|明细)|收取|计费(?!标准|方式|依据)|付费|支付[^，。；]{0,4}?费|缴纳|缴费|结算(?=费用|价款|服务费|款项|[，。；]|$)|(?:每[^，。；]{0,8}?|单价|价格为?|费用?为?|收费)(?:人民币)?(?:${NUMBER})元|(?:${NUMBER})元\\s*[/／每](?:次|条|年|月|件|人|户|家|个|套|份)|价格表|视(?:为|同)(?:一般)?(?:经营性|商业|有偿)`
  // A share of a price is a price: "享受标准价格五折优惠", "按照产业类标准价格的百分之六十支付费用", "执行统一价格".
  + `|[一二三四五六七八九\\d](?:\\.\\d)?折(?:优惠)?|折扣|优惠价|(?:价格|价|报价)的?(?:百分之|[\\d.]+\\s*[%％])|(?:执行|按照?|参照|享受)[^，。；]{0,14}?(?:价格|报价)(?!主管)`
  // A lump sum or a cost-plus formula is a price: "按年包干", "经营成本加成30%".
  + `|包干|(?:成本)?加成(?:[\\d.]+\\s*[%％]|百分之)`
  // Paid to the operator: "由使用单位据实向乙方承担"; settled at intervals ("每年结算一次").
  + `|向${OPERATOR}(?:承担|支付|缴纳|结算|付费|付款)|结算(?=一次|每)`
  // A contract for paid service or use is a charge: "应当与乙方签订有偿服务合同".
  + `|有偿(?:服务|使用|调用)?(?:合同|协议)`
  // Buying from the operator is paying it: "应当……向运营机构购买服务".
  + `|向${OPERATOR}[^，。；]{0,4}?(?:购买|采购|订购)`
  // Paying in other words: bearing the operator's costs ("承担派驻人员的人工费用"), or a free product tied to a paid one
  // ("须同时购买乙方的定制化部署服务", "一并订购有偿提供的服务").
  // Sharing the costs is paying them: "由使用部门按开发成本分摊支付", "运维费用由各使用单位按调用量分担".
  + `|(?:分摊|分担)(?:支付|缴纳|结算)?(?=[^，。；]{0,12}?(?:成本|费用|支出|服务费)|[，。；]|$)|成本回收`
  + `|承担[^，。；]{0,16}?(?:费用|服务费|人工费|使用费)|(?:须|应当?|必须|需要?)(?:同时|一并|配套)?(?:购买|订购|采购)|(?:同时|一并|配套)(?:购买|订购|采购)`,
  'g',
);
/**
 * A charge word naming data or a record, not an act: "参保单位缴费人数统计数据", "纳税人缴费记录"; or a topic, as a
 * dimension assessed or a rule kept ("收费合规", "收费规范性", "收费管理制度").
 */
const NAMES_DATA = /^(?:人数|人次|人员|基数|数据|记录|信息|明细|情况|统计|台账|年限|档案|凭证|金额|系统|档次|合规|规范|管理|行为|制度|机制|秩序|监管|合理性|透明)/;
/**
 * A model text's blanks and options decide nothing until filled: "（□免费 □收费）", "按______（免费/收费）方式",
 * "每次____元". A charge in such a sentence is the drafter's choice left open, not a charge.
 */
// A blank filled in between its underscores ("上浮__8__%") is decided; an unticked box counts only where none is ticked.
const TEMPLATE_BLANK = /(?<![_＿])(?<![_＿]{2}[^_＿，。；]{1,12})[_＿]{2,}(?![_＿])(?![^_＿，。；]{1,12}[_＿]{2})|^(?![^。；]*[☑■√✓☒])[^。；]*[□☐]|[（(][^（）()]{0,4}?(?:免费|无偿|收费|有偿)[^（）()]{0,2}?[/／、或][^（）()]{0,4}?(?:免费|无偿|收费|有偿)[^（）()]{0,4}?[）)]|填写?[“"「]?[/／]/;
const DEEMED_PAID = /视(?:为|同)(?:一般)?(?:经营性|商业|有偿)/;
// The terms of the guided price are the price too: "准许利润由运营机构自行核定".
const PRICE_OBJ = '(?:价格|收费标准|收费|定价|报价|费率|利润率|收益率|价款|服务费|计费标准|准许利润|准许收入)';
// A price the market regulates (市场调节价) is one the operator sets; 订定 is 制定 in traditional drafting.
const SELF = /(?:自主|自行|自己|独立|单方)(?:确定|决定|制定|制订|订定|设定|调整|定价|测算|拟定|核定)|市场调节价|自主定价|自行定价|(?<=^|[：:，,由])(?:乙方|运营机构|授权运营机构|运营方)(?:自主|自行|单方)?定价(?![^，。；]{0,2}(?:的|应|须|必须|不得))|市场化(?:原则)?定价|按照?市场(?:化)?(?:原则|价格|行情)?定价|随行就市|协商(?:确定|定价|一致)|参照[^，。；]{0,14}?(?:市场价格|市场价|公开报价|市场报价|对外报价|同类)/;
const BARE_NEGOTIATED = new RegExp(`${PRICE_OBJ}(?:方式)?[：:为]?[^，。；]{0,3}?(?:双方)?协商`);
/** A guided price that governs the sentence: executed, followed, or a ceiling kept ("在政府指导价上限内协商确定"). */
const GUIDANCE = /(?:政府|政务)?指导(?:价|定价)|核定(?:的)?(?:价格|最高限价)|政府定价|(?:价格主管|发展改革|发改)部门(?:公布|核定|制定|确定)的/;
const GUIDANCE_APPLIES = /(?:执行|实行|按照?|依照|参照|适用|以内|之内|范围内|不超过|不得高于|不高于|不得超过|不应超过|不能超过|不得突破)[^，。；]{0,20}?(?:(?:政府|政务)?指导(?:价|定价)|核定|公布的)|(?:指导价|核定价格|最高限价)[^，。；]{0,8}?(?:以内|之内|范围内|上限内|区间内|幅度内|限度内|为上限)/;
// Either way round: "指导价出台前", "在价格主管部门公布……政府指导价之前".
const GUIDANCE_NOT_YET = /(?:指导价|定价)[^，。；]{0,4}?(?:出台|公布|发布|制定)(?:前|之前|以前)|(?:出台|公布|发布|制定)[^，。；]{0,24}?指导(?:价|定价)(?:之|以)?前/;
const SET_ASIDE = [
  new RegExp(`(?:调整|变更|调价)[^。；]{0,8}?${PRICE_OBJ}[^。；]{0,20}?(?:(?:告知|通知|报备|备案|报告)[^，。；]{0,8}?即可|无需(?:另行|再)?(?:报|经)?[^，。；]{0,10}?(?:报批|审批|核定|批准|审核)|不需(?:要)?(?:报批|审批))`),
  // Exceeding is read in its clause: "超出的，甲方可以提请……下调指导价" exceeds nothing of the guided price.
  /(?:不执行|不适用|不受|不按|不参照)[^。；]{0,24}?(?:(?:政府|政务)?指导(?:价|定价)|核定(?:的)?价格|政府定价)|(?:突破|超出|超过|高于|偏离|脱离)[^，。；]{0,24}?(?:(?:政府|政务)?指导(?:价|定价)|核定(?:的)?价格|政府定价)/,
  // The guided price made a mere reference, or pricing outside it: "政府指导价仅作为参考", "在指导价以外合理确定".
  /(?:指导价|核定价格|政府定价)[^，。；]{0,10}?(?:仅作为|仅供|只作为|只供|作为)[^，。；]{0,10}?参考|在[^，。；]{0,6}?(?:指导价|核定价格)(?:以外|之外)[^，。；]{0,6}?(?:确定|定价|收费|收取|计费)/,
  // Part of the price kept outside the ceiling: "增值服务费用不计入上限", "不受指导价上限限制".
  /(?:不计入|不纳入|不受|不占用|排除在)[^，。；]{0,8}?(?:上限|最高限价|最高准许收入)/,
  // The cost check behind the guided price set aside: "经营成本不纳入价格成本监审范围".
  /(?:不纳入|不列入|不进行|不开展|不接受|不实行|免于|免予)[^，。；]{0,10}?(?:成本监审|价格监审|成本审核|成本调查|价格监管)/,
  /(?:指导价|核定价格)[^。；]{0,6}?(?:低于|不足以?覆盖)[^。；]{0,12}?成本的[，,][^。；]{0,16}?按[^。；]{0,8}?成本(?:加|\+|上浮)/,
  new RegExp(`${PRICE_OBJ}[^。；]{0,12}?(?:调整|变更|调价)[^。；]{0,20}?(?:(?:告知|通知|报备|备案|报告)[^，。；]{0,8}?即可|无需(?:另行|再)?(?:报|经)?[^，。；]{0,10}?(?:报批|审批|核定|批准|审核)|不需(?:要)?(?:报批|审批))`),
];
/**
 * Revenue above the allowed maximum kept by the operator (national price notice: deducted next period): the excess goes to
 * it ("由乙方留存", "计入乙方利润", "由乙方享有", "作为乙方的超额收益") or is not taken back ("不予抵减", "无需……扣减"). Each
 * keeping or taking back is read for its own negation: "不得由乙方留存，应当……核减" keeps nothing.
 */
const EXCESS = /(?:超过|超出|高于)[^。；]{0,10}?(?:准许收入|准许利润|准许收益|收入上限|最高限价)/;
const KEPT = new RegExp(`留存|自行(?:支配|使用)|(?:归|计入)${OPERATOR}|由${OPERATOR}[^，。；]{0,6}?(?:所有|享有|支配|留存)|作为${OPERATOR}[^，。；]{0,6}?(?:利润|收益|收入|所有)`, 'g');
const TAKEN_BACK = /扣减|抵减|核减|返还|退还|冲减|扣除|收回|抵扣/g;
function excessKept(s: string): boolean {
  const e = EXCESS.exec(s);
  if (!e) return false;
  const from = e.index + e[0].length;
  const rest = s.slice(from, from + 60);
  const negatedAt = (i: number) => {
    const at = from + i;
    const c = clauseAt(s, at);
    return isNegated(c.text, at - c.start);
  };
  for (const m of rest.matchAll(KEPT)) if (!negatedAt(m.index!)) return true;
  for (const m of rest.matchAll(TAKEN_BACK)) if (negatedAt(m.index!)) return true;
  return false;
}
/**
 * The allowed profit (national price notice: 最高准许收入 = 经营成本 + 准许利润 + 税金) pegged to the operator's own returns
 * ("按乙方上一年度净资产收益率确定") or given a floor ("不低于15%"): the ceiling follows what the operator earns, not the rule.
 */
const PROFIT_PEGGED = new RegExp(`准许(?:利润率?|收益率?)[^。；]{0,20}?(?:按照?|参照|依据|以)[^，。；]{0,6}?(?:${OPERATOR}|其|自身)[^，。；]{0,8}?(?:净资产收益率|利润率|收益率|实际利润|实际收益)|准许(?:利润率?|收益率?)[^。；]{0,30}?(?:不低于|不少于|最低为|至少为?|保底)`);
const ALL_USES_CHARGED = /(?:不区分|不论|无论|不分)[^。；]{0,16}?(?:用途|用户|公益|使用主体|使用单位)[^。；]{0,30}?(?:统一|一律|均)[^。；]{0,16}?(?:收费|计费|收取|付费)|(?:收取|收费|计费|缴纳)[^。；]{0,30}?(?:不区分|不论|无论|不分)[^。；]{0,10}?(?:用途|身份|用户|使用主体|调用方)|向(?:全部|所有|各类?|一切)[^，。；]{0,6}?(?:调用方|用户|使用方|使用单位|使用者)(?:统一)?(?:收取|收费|计费)/;
const EXCESS_UNDONE = /^[^。；]{0,12}?(?:不再|不得|不予|不)(?:收取|计收|收费)|^[^。；]{0,16}?(?:予以)?(?:退还|返还|扣减|核减|抵减)/;
/** Words the reader starts from. */
export const PRICING_QUICK = /费|价|收取|包干|分摊|分担|缴纳|加成|挂牌|订定|拍卖|元|结算|有偿|视为经营|视为商业|视同|协商|随行就市|折|准许收入|准许利润|准许收益|成本|购买|采购|订购|分成|上限|另有约定/;
/** Products a developer re-developed are market-priced by rule (Guizhou). */
// Read on the sentence as written: the stripping masks the maker ("开发利用机构再开发的产品").
const DEVELOPER_PRODUCT = new RegExp(`${DEVELOPER}[^。；]{0,30}?(?:再开发|二次开发)`);

/**
 * A department or organ named by its public function, alone or in a list ("应急、消防等部门", "公共管理部门", "城管部门"),
 * is a public body; the operator's own departments (技术部门, 专门部门, 财务部门) are not.
 */
const FUNCTION_BODY = '[\\u4e00-\\u9fff]{2}(?<!技术|安全|合规|财务|销售|内部|专门|专职|运营|客服|法务|研发|人事|综合|办公|市场|营销)等?(?:部门|机关)';
// A public use named by its kind is a public use: "公共服务类产品".
const PUBLIC_KIND = '公共服务(?=类|性|用途|场景|事项)';
const PUBLIC_G = new RegExp(`${PUBLIC_USER.source}|${FUNCTION_BODY}|${PUBLIC_KIND}`, 'g');
/**
 * A clause that opens by naming whom it serves ("面向文化创意、影视出版等产业的开发利用……", "向物流、零售等领域提供的")
 * is about them: a public user of the clause before is not carried into its charge. The payee ("向乙方支付") is not whom
 * it serves, nor a part of the product ("对超出部分").
 */
const OWN_RECIPIENT = new RegExp(`^(?:面向|向|对|为|供|提供给)(?!${OPERATOR})([^，。；]{1,24}?)(?:的|提供|开放|供给|推送)`);
const USER_GROUP = /产业|行业|领域|企业|主体|机构|公司|用户|客户|单位|个人|公众|市场|群体/;
const servesOther = (clause: string) => {
  const m = OWN_RECIPIENT.exec(clause);
  return !!m && USER_GROUP.test(m[1]) && !new RegExp(PUBLIC_G.source).test(m[1]);
};
const COORDINATED = /^(?:类|性)?(?:用户|用途|产品|部门|单位|场景)?(?:和|及|与|、|以及|或者?)$/;
/**
 * A public body as the subject of its duties ("区交通局、区城市管理局负责按目录及时提供数据", "市教育局应当……") provides the
 * data or oversees; it is not the user a later charge falls on ("…；运营机构享有……收取服务费的权利").
 */
// Or the bearer of a duty: "市医疗保障局有义务按目录提供合格数据", "负有……保障义务".
const DUTY_SUBJECT = /^(?:[、和及与][^，。；、]{1,14}?)*(?:等(?:单位|部门)?)?(?:有义务|负有|有责任|会同|负责|应当|应(?![急用对答])|须|承担|牵头|配合|组织|做好|按照?目录|提供数据|归集|汇聚)/;
const MARKET_G = new RegExp(MARKET_USER.source, 'g');
/** A body named as who fixes, approves or publishes the price ("按照市政府核定的标准", "报县人民政府批准") is its authority, not a user. */
const PRICE_AUTHOR = /^[^，。；]{0,2}?(?:核定|制定|制订|公布|发布|批准|审定|审批|规定)/;

/** Regulators and the guided price itself ("政府指导价") name no user; a table's labels ("收费方式：") charge nothing. */
const NOT_A_USER = /(?:政府|政务)指导(?:价|定价)|政府定价/g;
const LABEL = /(?:收费|定价|计费|价格|结算)(?:方式|标准|模式|依据|类型|说明)?[：:]/g;
/** A market word naming a price, not a user: "按照产业类标准价格的百分之六十", "参照……对外市场报价". */
const MARKET_PRICE = /(?:产业|行业|商业|市场|经营)(?:发展)?(?:类|性)?(?=(?:标准)?(?:价格|报价|价))/g;
/** A market word naming the standard a charge follows ("按经营性产品标准收费", "比照经营性用途标准计费") names no user. */
// Or the principle it follows ("按照市场化原则向运营机构购买服务").
const MARKET_STANDARD = /(?<=(?:按照?|参照|比照|执行|适用|遵循)[^，。；]{0,2}?)(?:产业|行业|商业|市场|经营)(?:发展)?(?:类|性|化)?(?:产品|用户|用途)?(?=的?(?:标准|价格|价|原则|方式|机制|规则))/g;
/** A market word in what a user calls or buys names the product, not a user: "市场监督管理局调用企业画像服务". */
const PRODUCT_NAMED = /(?<=(?:调用|使用|订阅|订购|购买|查询|获取)[^，。；]{0,4}?)(?:企业|商业|市场|产业|行业|经营)/g;
/**
 * A market party named as the maker of what a user uses ("使用开发利用机构再开发的产品") is not the user; one served
 * ("向企业等主体提供的产品") is.
 */
const MAKER = new RegExp(`(?<!向|为|给|对|供)(?:${MARKET_USER.source})(?=[^，。；]{0,4}?(?:再开发|开发|加工|生产|提供|交付|制作)的)`, 'g');
/** The guided price (a ceiling) raised: "以……政府指导价（最高限价）为基准，乙方可以根据服务质量适当上浮". */
const GUIDED_BASE = /(?:指导价|核定价格|最高限价)[^。；]{0,20}?(?:为基准|为基础|为准|基础上)/;
const RAISED = /上浮|加价|上调|溢价/g;
/**
 * A public use only claimed and belied ("声明为公益用途但实际用于经营活动的", "以公益名义……实际从事经营"): the use is not
 * public, the public word names no user.
 */
const CLAIMED_PUBLIC = new RegExp(`(?<=(?:声明|申报|声称|自称|号称|名为|假借|借用|冒用|以)[^，。；]{0,4}?)(?:${PUBLIC_USER.source})(?=[^，。；]{0,8}?(?:名义|用途|目的)?[^，。；]{0,4}?(?:但|而|却)?[^，。；]{0,2}?(?:实际|实为|实则|事实上|实质))`, 'g');
function strip(s: string) {
  return s
    .replace(CLAIMED_PUBLIC, (m) => '＿'.repeat(m.length))
    .replace(MARKET_PRICE, (m) => '＿'.repeat(m.length))
    .replace(MARKET_STANDARD, (m) => '＿'.repeat(m.length))
    .replace(PRODUCT_NAMED, (m) => '＿'.repeat(m.length))
    .replace(MAKER, (m) => '＿'.repeat(m.length))
    .replace(REGULATOR, (m) => '＿'.repeat(m.length))
    .replace(NOT_A_USER, (m) => '指导价'.padStart(m.length, '＿'))
    .replace(LABEL, (m) => '＿'.repeat(m.length));
}

/**
 * Who a clause serves when it names its user after the charge, as the one it provides to: "按照市场价格向区县卫生健康
 * 部门提供上述报告" charges a public body, "按照市场价格向金融机构提供" does not.
 */
const TO_USER = /(?:向|为|面向|提供给|交付给|供)$/;
const LEVELS = /(?:本市|全市|各级|各|区县|县区|市|区|县|省)+$/;
/**
 * A ban on charging with an exception ("原则上不收费，但调用量超过每月1000次的除外") charges the excepted use, unless the
 * exception is a turn to business ("但用于经营活动的除外"): the public user is then no longer one.
 */
const EXCEPTION = /^[^。；]*?但[^。；]{0,40}?(?:的)?除外/;
function exceptedCharge(s: string, at: number): boolean {
  const e = EXCEPTION.exec(s.slice(at));
  return !!e && !/商业|经营|营利|市场化|盈利|转售|转让/.test(e[0].slice(e[0].lastIndexOf('但')));
}
function recipientAfter(clause: string, at: number): 'public' | 'market' | null {
  const rest = clause.slice(at);
  const p = [...rest.matchAll(PUBLIC_G)].find((m) => TO_USER.test(rest.slice(Math.max(0, m.index! - 4), m.index!).replace(/(?:本市|全市|各级|各|区县|县区|市|区|县|省)+$/, '')));
  const k = [...rest.matchAll(MARKET_G)].find((m) => TO_USER.test(rest.slice(Math.max(0, m.index! - 4), m.index!)));
  if (p && (!k || p.index! < k.index!)) return 'public';
  return k ? 'market' : null;
}

/**
 * The use a section is about, from its heading: "面向街道、社区的网格治理数据看板", "（一）公共治理类产品" name public users
 * or uses; a heading that names both, or a principle with its charge ("公益优先与有偿使用"), decides nothing.
 */
function sectionUse(heading: string): 'public' | 'market' | null {
  const h = strip(heading);
  if (!h || /有偿|收费|价格|定价|计费/.test(h)) return null;
  const pub = PUBLIC_USER.test(h);
  const mk = MARKET_USER.test(h);
  return pub && !mk ? 'public' : mk && !pub ? 'market' : null;
}

const SET_APART = /其他|其余|其它|以外的|之外的/;
function setApartSelfPriced(raw: string): boolean {
  const cs = clauses(raw);
  return cs.some((c, i) => {
    const self = SELF.exec(c.text);
    if (!self || GUIDANCE.test(c.text) || /指导价|核定|上限|限价/.test(c.text) || OUTSIDE_APPROVES.test(c.text)) return false;
    const apart = SET_APART.test(c.text.slice(0, self.index)) || (i > 0 && /^除[^，。；]{1,30}?(?:外|以外|之外)$/.test(cs[i - 1].text.trim()));
    return apart && !isNegated(c.text, self.index);
  });
}

/** The operator's own pricing power, or a price without limit: "乙方……享有定价权，定价不受限制". */
const OWN_PRICING = new RegExp(`${OPERATOR}[^。；]{0,30}?(?:享有|拥有|具有|行使|保留)[^，。；]{0,10}?(?:定价|价格|收费)[^，。；]{0,6}?(?:权|决定权|自主权)|(?:定价|价格|收费标准|收费)[^，。；]{0,4}?(?:不受(?:任何)?(?:限制|约束)|不设(?:上限|限制)|不作限制|没有限制|无上限)`);

const DRAFT_VERB = '(?:拟定|拟订|编制|提出|起草|测算|制定|制订)';
const PRICE_PAPER = `(?:${PRICE_OBJ.slice(3, -1)}|价格方案|定价方案|收费方案|定价建议|价格建议|价格表)`;
// Either way round: "乙方拟定的价格方案", "服务费标准由乙方拟定".
const DRAFTED = new RegExp(`${OPERATOR}[^，。；]{0,6}?${DRAFT_VERB}的?[^，。；]{0,8}?${PRICE_PAPER}|${PRICE_PAPER}[^，。；]{0,6}?由${OPERATOR}[^，。；]{0,6}?${DRAFT_VERB}`);
/**
 * The operator's own body approving its price ("经乙方董事会审议通过后执行", "经乙方股东会决议通过"): a control only when
 * the grantor or a price authority also approves it.
 */
const OWN_BODY_APPROVES = new RegExp(`(?:经|报|由)(?:${OPERATOR}|其)(?:的)?[^，。；甲]{0,10}?(?:批准|审批|同意|决定|审议|确认|决议|审定)`);
const OUTSIDE_APPROVES = /(?:甲方|授权方|实施机构|价格主管|发展改革|发改|主管部门|政府)[^，。；]{0,8}?(?:批准|审批|核定|审核|审定|同意|确认)/;
function approvedOutside(s: string): boolean {
  const m = OUTSIDE_APPROVES.exec(s);
  if (!m) return false;
  const c = clauseAt(s, m.index);
  // "无需报甲方批准" asks for none; nor does "甲方不予审核" (the negation stands before the verb).
  const verb = m.index + m[0].length - 2;
  return !isNegated(c.text, m.index - c.start) && !isNegated(c.text, verb - c.start);
}
/**
 * The operator's own quote as the price: "产品价格以运营机构报价为准", "按照其报送甲方的暂行价格先行收费". A quote is the
 * operator setting the price unless an outside body approves it ("经甲方审核", "报价格主管部门核定") or a guided price
 * applies (read before).
 */
const OWN_QUOTE = new RegExp(`(?:${OPERATOR}|其)(?:自身|自己)?的?(?:对外)?(?:报价|(?:[^，。；]{0,4}?(?:公开|对外))?(?:报送|提出|申报|拟定|拟订|测算|提交|公布|发布)[^，。；]{0,8}?的[^，。；]{0,4}?(?:价格|收费标准|报价|费率|价目))`);
const AS_PRICE_BEFORE = /(?:按照?|以|执行|依照|依据|参照|适用)[^，。；]{0,2}$/;
const AS_PRICE_AFTER = /^[^，。；]{0,4}?(?:为准|为依据|执行|收费|收取|计费|结算)|^[^，。；]{0,12}?(?:收费|收取|计费|结算)/;
function chargedAtOwnQuote(s: string): RegExpExecArray | null {
  const q = OWN_QUOTE.exec(s);
  if (!q || approvedOutside(s)) return null;
  const after = s.slice(q.index + q[0].length);
  if (!AS_PRICE_BEFORE.test(s.slice(0, q.index)) && !/^[^，。；]{0,4}?为准/.test(after)) return null;
  if (!AS_PRICE_AFTER.test(after) && !/^[^，。；]{0,4}?为准/.test(after)) return null;
  const c = clauseAt(s, q.index);
  return negatedInSentence(s, c, q.index - c.start) ? null : q;
}
const AMENDS = /(?:签订|订立|签署|另行签订|另签)补充协议|(?:修改|修订|变更)(?:本|原)?协议/;
const MERE_NOTICE_EFFECT = new RegExp(`${MERE_NOTICE.source}[^，。；]{0,4}?(?:生效|执行|实施|施行)|${MERE_NOTICE.source.replace('(?:后|即)(?:即可|可|生效|实施)?', '(?:后|即)(?:即可|可)')}`);

/**
 * A term the document defines as a public body or a public use ("本协议所称“政务用户”，是指本市各级党政机关……") is read as
 * one: the term is replaced by a public word of its length wherever the sentence names it.
 */
function withTerms(s: string, doc?: DocumentTerms): string {
  if (!doc) return s;
  for (const [term, meaning] of doc.terms) {
    if (term.length < 2 || !s.includes(term) || PUBLIC_USER.test(term) || MARKET_USER.test(term)) continue;
    if (PUBLIC_USER.test(meaning) && !MARKET_USER.test(meaning)) s = s.split(term).join('公益'.padEnd(term.length, '＿'));
  }
  return s;
}

/**
 * The grantor paying the operator out of its budget for what it develops ("开发成本，由甲方按照年度预算向乙方支付") buys a
 * product; it is not a use charged.
 */
const BUDGET_PAYER = /(?:由|经)?(?:甲方|授权方|实施机构|(?:本级|[市区县省])?财政(?:部门)?)[^，。；]{0,14}?$/;
const BUDGET = /预算|财政资金|政府采购|政府购买|开发成本|建设(?:费用|资金|成本)/;
/** Any public body paying through government procurement buys a service: "由区政府部门通过政府采购方式另行委托并支付". */
const PROCURED = /(?:部门|机关|单位)[^，。；]{0,6}?(?:通过|按照|依照|采取|采用)?政府(?:采购|购买)[^，。；]{0,12}?$/;

/**
 * Who sets the price: the operator, alone or with a buyer or a venue ("价格由授权运营机构与开发利用机构……竞价形成",
 * "按照乙方与交易场所约定的挂牌价格执行"), or a market mechanism (竞价, 拍卖, 议价, 挂牌) — not the price authority. Read
 * after the guided price is known not to bind the sentence.
 */
// A term of the price is the price: "上浮比例由乙方决定", "浮动幅度由乙方确定".
// A markup on cost is a term of the price too: "溢价比例由运营机构……确定", "加成比例", "利润率".
// A rise is a term of the price as well, named or referred back to: "上调幅度", "具体幅度由乙方决定".
const PRICE_NOUN = '(?:(?:上浮|下浮|浮动|调整|调价|优惠|折扣|溢价|加成|利润|上调|下调|提价|涨价)(?:幅度|比例|区间|范围|率)|具体幅度|价格|挂牌价|成交价|报价|收费标准|定价|费率|价款|服务费|计费标准|单价)';
/** A term of the price left without ceiling, in its clause or the next: "溢价比例由运营机构……确定，不设上限", "上不封顶". */
// Revenue or a revenue share left uncapped is the same: "年度收入不设上限", "增值分成……不设上限".
const UNCAPPED = new RegExp(`(?:${PRICE_NOUN}|收入|分成)[^。；]{0,30}?(?:不设(?:上限|封顶)|上不封顶|不封顶|无上限|没有上限)`);
// Listing a price is setting it: "价格由运营机构公开挂牌".
const SET = '(?:确定|决定|制定|制订|审定|形成|商定|约定|议定|协商|自定|产生|报出|公布|掌握|把握|挂牌)';
const SET_BY_NAMED = new RegExp(`${PRICE_NOUN}[^。；]{0,8}?[，,]?\\s*由([^，。；]{1,30}?)${SET}|([^，。；]{1,24}?)${SET}的[^，。；]{0,6}?${PRICE_NOUN}`);
const MARKET_SETTER = new RegExp(`${OPERATOR}|${DEVELOPER}|交易所|交易场所|交易平台|交易机构|双方|市场`);
/** A setter that only proposes to the authority, or is the authority, sets nothing itself. */
const NOT_SETTER = /报|提请|经(?:审|批|核)|核定|批准|审核|价格主管|发展改革|发改|政府|甲方|授权方|实施机构/;
const MECHANISM = /(?:竞价|拍卖|竞拍|议价|撮合|询价|竞争性谈判)[^，。；]{0,6}?(?:形成|确定|决定|产生)|(?:按照?|执行|参照|以)[^，。；]{0,10}?(?:挂牌价|成交价|竞价结果|拍卖价)/;
function setByMarket(s: string): boolean {
  for (const m of [SET_BY_NAMED.exec(s), MECHANISM.exec(s)]) {
    if (!m) continue;
    const who = m[1] ?? m[2];
    if (who !== undefined && (!MARKET_SETTER.test(who) || NOT_SETTER.test(who))) continue;
    // The decisive verb ends the match: "价格不由乙方确定" negates it.
    const at = m.index + m[0].length - 1;
    const c = clauseAt(s, at);
    if (!negatedInSentence(s, c, at - c.start)) return true;
  }
  return false;
}

/**
 * A charge named as what is overseen, not charged: "对授权运营机构的数据使用、收费和收益分配进行监督检查", "监督检查运营机构
 * 收费行为". The public body is the supervisor, the charge the operator's act it checks.
 */
const OVERSIGHT = '(?:监督|监管|督查|检查|审计|核查|稽查|巡查|评估|考核)';
const OVERSEEN_AFTER = new RegExp(`^[^，。；]{0,24}?(?:进行|开展|实施|组织|加强|实行)?(?:联合)?${OVERSIGHT}`);
const OVERSEEN_BEFORE = new RegExp(`${OVERSIGHT}[^，。；后按向由经]{0,12}$`);
function overseen(clause: string, at: number, len: number): boolean {
  const before = clause.slice(0, at);
  return (/(?:对|就)[^，。；]{0,30}$/.test(before) && OVERSEEN_AFTER.test(clause.slice(at + len))) || (OVERSEEN_BEFORE.test(before) && /^[^，。；]{0,4}?(?:行为|活动|情况|工作|标准|执行)/.test(clause.slice(at + len)));
}

/** Where a box is ticked, the options left unticked ("■免费 □收费") are not what the text says. */
const unticked = (t: string) => (/[☑■√✓☒]/.test(t) ? t.replace(/[□☐]\s*[\u4e00-\u9fff]{1,6}/g, (m) => '＿'.repeat(m.length)) : t);

export function readPricing(u: Unit, doc?: DocumentTerms): ClauseReading | null {
  const s = strip(withTerms(unticked(u.text), doc));
  // A public user charged: who the sentence is about at the charge is the last user named before it, in this sentence
  // or the ones before it up to the full stop ("公共治理类产品试运行期内免费使用；试运行期满后，使用单位……支付服务费").
  let pub = false;
  const lead: string[] = [];
  for (const p of [...u.before].reverse()) {
    if (!/[；;]$/.test(p)) break;
    lead.unshift(strip(withTerms(p, doc)));
  }
  // A sentence that names no user at all is about the user its section is about ("二、面向街道、社区的网格治理数据看板"
  // over "每套每年人民币5万元").
  pub = sectionUse(u.heading) === 'public';
  const blank = TEMPLATE_BLANK.test(u.text);
  for (const c of [...lead.flatMap((p) => clauses(p).map((x) => ({ ...x, lead: true }))), ...clauses(s).map((x) => ({ ...x, lead: false }))]) {
    // A body served ("乙方向各级行政机关提供数据产品") is whom the clause provides to, not the subject of a duty to provide.
    const served = (i: number) => TO_USER.test(c.text.slice(Math.max(0, i - 6), i).replace(LEVELS, ''));
    const pubs = [...c.text.matchAll(PUBLIC_G)].filter((m) => (served(m.index!) || !DUTY_SUBJECT.test(c.text.slice(m.index! + m[0].length))) && !PRICE_AUTHOR.test(c.text.slice(m.index! + m[0].length)));
    const pubAt = pubs.map((m) => m.index!);
    // Market users named together with public ones ("对公共治理类和产业发展类产品统一……收费") are charged with them: the
    // sentence has not moved on from the public user.
    const mkAt = [...c.text.matchAll(MARKET_G)].map((m) => m.index!).filter((k) => !pubs.some((p) => COORDINATED.test(c.text.slice(p.index! + p[0].length, k))));
    const stateAt = (i: number) => {
      const p = Math.max(-1, ...pubAt.filter((x) => x < i));
      const k = Math.max(-1, ...mkAt.filter((x) => x < i));
      return p > k ? true : k > p ? false : (pub && !servesOther(c.text)) || recipientAfter(c.text, i) === 'public';
    };
    for (const m of c.lead ? [] : c.text.matchAll(CHARGE)) {
      const at = m.index!;
      if (DEEMED_PAID.test(m[0]) ? !(pub || stateAt(at)) : !stateAt(at)) continue;
      if ((negatedInSentence(s, c, at) && !exceptedCharge(s, c.start + at)) || /免费|无偿/.test(c.text.slice(Math.max(0, at - 6), at))) continue;
      if (overseen(c.text, at, m[0].length)) continue;
      if ((/^(?:缴费|收费|付费|计费)$/.test(m[0]) && NAMES_DATA.test(c.text.slice(at + m[0].length))) || blank) continue;
      if (BUDGET_PAYER.test(c.text.slice(0, at)) && BUDGET.test(s)) continue;
      if (PROCURED.test(c.text.slice(0, at))) continue;
      // The operator bearing or buying is no public user charged ("运维费用由乙方承担").
      if (/^(?:承担|须|应|必须|需|同时|一并|配套)/.test(m[0]) && (isOperatorGroup(subjectBefore(c.text, at)) || new RegExp(`由${OPERATOR}$`).test(c.text.slice(0, at)))) continue;
      return { reading: 'permission' };
    }
    pub = stateAt(c.text.length);
  }
  // One charge for every use, public ones included ("不区分公益用途与经营用途，统一按照价格目录收费").
  const all = ALL_USES_CHARGED.exec(s);
  if (all && !isNegated(s, all.index + all[0].length - 2)) return { reading: 'permission' };
  // The guided price set aside or exceeded.
  const base = GUIDED_BASE.exec(s);
  if (base) {
    for (const m of s.slice(base.index).matchAll(RAISED)) {
      const at = base.index + m.index!;
      const c = clauseAt(s, at);
      if (!isNegated(c.text, at - c.start)) return { reading: 'permission' };
    }
  }
  if (excessKept(s)) return { reading: 'permission' };
  const pegged = PROFIT_PEGGED.exec(s);
  if (pegged) {
    const at = pegged.index + pegged[0].length - 1;
    const c = clauseAt(s, at);
    if (!isNegated(c.text, at - c.start)) return { reading: 'permission' };
  }
  for (const re of SET_ASIDE) {
    const m = re.exec(s);
    if (!m) continue;
    // The excess named as what is not charged or is returned ("高于新指导价的部分不再收取") keeps the ceiling.
    if (EXCESS_UNDONE.test(s.slice(m.index + m[0].length))) continue;
    const c = clauseAt(s, m.index);
    if (/不执行|不适用|不受|不按|不参照|不纳入|不列入|不进行|不开展|不接受|不实行|免于|免予/.test(m[0].slice(0, 3)) ? !/(?:不得|禁止|严禁)$/.test(s.slice(0, m.index)) : !isNegated(c.text, m.index - c.start)) return { reading: 'permission' };
  }
  // The operator setting the price itself.
  if (DEVELOPER_PRODUCT.test(u.text)) return null;
  // The guided price binds the whole sentence, its clauses before a semicolon included ("不得超过政府指导价上限；在上限以内，
  // 乙方可以与……协商确定具体价格").
  const whole = lead.join('') + s;
  const guided = GUIDANCE.test(whole) && GUIDANCE_APPLIES.test(whole) && !GUIDANCE_NOT_YET.test(whole);
  // A contract that prevails over the guided price ("实行政府指导价；……另有约定的，从其约定") sets it aside.
  if (guided && /另有约定的?[，,]?\s*(?:从|按|依)其约定/.test(s)) return { reading: 'permission' };
  // A guided price binds what its clause names: products set apart ("除附件所列产品外，其他数据产品由乙方自主定价",
  // "其余增值服务的价格由运营机构自行确定") and priced by the operator in a clause of their own are not bound by it.
  if (guided && setApartSelfPriced(unticked(u.text))) return { reading: 'permission' };
  if (guided) return null;
  const quote = chargedAtOwnQuote(s);
  if (quote) return { reading: 'permission', condition: quote[0] };
  const own = OWN_PRICING.exec(s) ?? UNCAPPED.exec(s);
  if (own) {
    const c = clauseAt(s, own.index);
    if (!negatedInSentence(s, c, own.index - c.start)) return { reading: 'permission' };
  }
  // A price the operator drafts that takes effect on the grantor's silence or a mere filing: "乙方拟定的价格方案报送甲方后，
  // ……未提出书面异议的，视为同意", "乙方编制的收费标准送甲方备案后即生效执行".
  const drafted = DRAFTED.exec(s);
  if (drafted && (SILENCE_CONSENT.test(s) || MERE_NOTICE_EFFECT.test(s.slice(drafted.index)))) return { reading: 'permission', condition: drafted[0] };
  const ownBody = drafted && OWN_BODY_APPROVES.exec(s.slice(drafted.index));
  if (ownBody && !approvedOutside(s)) return { reading: 'permission', condition: ownBody[0] };
  // A price the operator sets or negotiates that an outside body approves before it applies is controlled, and a
  // negotiation to amend the agreement ("协商一致……签订补充协议") sets no price.
  if (approvedOutside(u.text) || AMENDS.test(s)) return null;
  // Who sets the price is read on the words as written: strip() masks a price authority as no user, yet it is the setter.
  if (setByMarket(unticked(u.text))) return { reading: 'permission' };
  // The table's labels count here: "定价方式：双方协商".
  const raw = u.text;
  const self = SELF.exec(raw) ?? BARE_NEGOTIATED.exec(raw);
  if (self && (new RegExp(PRICE_OBJ).test(raw) || /调节价/.test(self[0]))) {
    const c = clauses(raw).find((x) => self.index >= x.start && self.index < x.start + x.text.length) ?? { text: s, start: 0 };
    if (!isNegated(c.text, self.index - c.start)) return { reading: 'permission' };
  }
  return null;
}
