import { clauses, withoutUnticked } from '../text';
import { isNegated, negatedInSentence, type ClauseReading } from '../clauses';
import type { Unit } from './units';
import { definesThere } from '../definitions';
import type { DocumentTerms } from './index';
import { COMPANY, MARKET_USER, OPERATOR, OPERATOR_GROUP, PUBLIC_USER, REGULATOR, isOperatorGroup, subjectBefore } from './actors';
import { NOT_ITS_PRODUCT, readPriceSetting } from './priceSetting';
import { BUDGET, BUDGET_PAYER, COMMISSIONED, COMMISSIONED_ANY, FISCAL, PROCURED, TENDERED, overseen } from './priceNotCharged';
import { CHARGE, NAMES_DATA, NAMES_SERVICE, NUMBER, OBSERVED } from './priceCharge';

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
 * This module reads the first (who is charged); priceSetting.ts the second and third (who sets the price, and whether
 * the guided price binds it).
 */
/**
 * A model text's blanks and options decide nothing until filled: "（□免费 □收费）", "按______（免费/收费）方式",
 * "每次____元". A charge in such a sentence is the drafter's choice left open, not a charge.
 */
// A blank filled in between its underscores ("上浮__8__%") is decided; an unticked box counts only where none is ticked.
const TEMPLATE_BLANK = /(?<![_＿])(?<![_＿]{2}[^_＿，。；]{1,12})[_＿]{2,}(?![_＿])(?![^_＿，。；]{1,12}[_＿]{2})|^(?![^。；]*[☑■√✓☒])[^。；]*[□☐]|[（(][^（）()]{0,4}?(?:免费|无偿|收费|有偿)[^（）()]{0,2}?[/／、或][^（）()]{0,4}?(?:免费|无偿|收费|有偿)[^（）()]{0,4}?[）)]|填写?[“"「]?[/／]/;
// Not the closing underscores of a blank filled in ("每次__0.5__元"), which TEMPLATE_BLANK already reads as decided.
const AMOUNT_BLANK = /(?<![0-9０-９.．一二三四五六七八九十百千万][_＿]*)(?<![_＿])[_＿]{2,}(?=\s*(?:万|千|百)?元)/g;
const DEEMED_PAID = /视(?:为|同)(?:一般)?(?:经营性|商业|有偿)/;
const ALL_USES_CHARGED = /(?:不区分|不论|无论|不分)[^。；]{0,16}?(?:用途|用户|公益|使用主体|使用单位)[^。；]{0,30}?(?:统一|一律|均)[^。；]{0,16}?(?:收费|计费|收取|付费)|(?:收取|收费|计费|缴纳)[^。；]{0,30}?(?:不区分|不论|无论|不分)[^。；]{0,10}?(?:用途|身份|用户|使用主体|调用方)|向(?:全部|所有|各类?|一切)[^，。；]{0,6}?(?:调用方|用户|使用方|使用单位|使用者)(?:统一)?(?:收取|收费|计费)/;
/** Words the reader starts from. */
export const PRICING_QUICK = /费|价|收取|包干|分摊|分担|缴纳|加成|挂牌|订定|拍卖|元|结算|有偿|视为经营|视为商业|视同|协商|随行就市|折|准许收入|准许利润|准许收益|成本|购买|采购|订购|分成|上限|另有约定/;
/**
 * A department or organ named by its public function, alone or in a list ("应急、消防等部门", "公共管理部门", "城管部门"),
 * is a public body; the operator's own departments (技术部门, 专门部门, 财务部门) are not.
 */
const FUNCTION_BODY = '[\\u4e00-\\u9fff]{2}(?<!技术|安全|合规|财务|销售|内部|专门|专职|运营|客服|法务|研发|人事|综合|办公|市场|营销)等?(?:部门|机关)';
// A public use named by its kind is a public use: "公共服务类产品".
// So is a product that supports a public function's decisions, named by that function ("应急管理辅助决策", "城市管理决策
// 支持"): the government is its user.
const PUBLIC_KIND = '公共服务(?=类|性|用途|场景|事项)|(?:应急|城市|城管|交通|治安|市场监管|生态环境|环境|安全生产|防灾减灾|灾害|卫生|疾控|教育|民政|社会|基层|网格)(?:管理|治理|监管|执法|防控)?(?:辅助决策|决策辅助|决策支持|指挥调度)';
// A public institution named by its function without its level ("住房公积金管理中心", "机关事务管理局", "不动产登记中心"):
// the operator's own centres ("客户服务中心", "运营管理中心") are not one.
// So is an institution that supervises, manages or prevents for the public, named by its function and its form
// ("文物保护单位管理机构", "各级动物卫生监督所", "疫病预防控制机构"); a firm's management (资产、基金、物业管理机构) and an
// office of accountants or lawyers (事务所) are not.
const PUBLIC_INSTITUTION = '[\\u4e00-\\u9fff]{2,8}?(?<!运营|技术|客户|客服|项目|企业|公司|业务|产品|市场|资产|基金|物业|财富|投资|信用|风险|健康|人力|酒店|停车|供应链|证券|期货|信托|财务|资金)(?:(?:管理|登记|执法|监测|指挥|监督|防治|预防控制)(?:中心|局|处|站|所|机构)|事务(?:中心|局|处|站))';
/**
 * A body of the grantor's, its function named between ("甲方所属交通运输综合执法机构", "实施机构下属信息中心"), and a
 * law-enforcement body by its function ("综合执法大队"): public bodies; so are the mass organisations that serve the public
 * (群团: 工会, 共青团, 妇联, 残联, 红十字会, 科协), "各级工会组织用于职工普惠服务".
 */
const GRANTOR_BODY = '(?:甲方|授权方|实施机构|数据主管部门)(?:及其)?(?:所属|下属|内设|直属)[\\u4e00-\\u9fff]{0,14}?(?:单位|部门|机构|中心|大队|支队|站|所)|[\\u4e00-\\u9fff]{0,10}?执法(?:机构|大队|支队|总队|队伍|部门|单位)';
const MASS_BODY = '(?:各级|基层|[市区县省])?工会(?:组织)?(?![\\u4e00-\\u9fff]{0,2}(?:会员|数据|信息))|总工会|共青团|团委|妇联|妇女联合会|残联|残疾人联合会|红十字会|科协|群团组织'
  // Volunteer, charity, mutual-aid and rescue bodies serve the public without profit: what they use is a public-welfare use
  // ("民间海上救援志愿组织", "蓝天救援队", "养老互助组织", "慈善组织").
  + '|(?:(?:志愿|公益|慈善|互助)(?:服务)?(?:组织|团体|协会|服务队|队伍|力量)|救援(?:队|组织|力量|团体))(?![\\u4e00-\\u9fff]{0,2}(?:会员|数据|信息|名册))';
// The law's name for public bodies: "公共管理和服务机构" (数据安全法, 个人信息保护法).
const LEGAL_PUBLIC = '公共管理(?:和|与|及)(?:公共)?服务机构';
const PUBLIC_G = new RegExp(`${PUBLIC_USER.source}|${LEGAL_PUBLIC}|${FUNCTION_BODY}|${PUBLIC_KIND}|${PUBLIC_INSTITUTION}|${GRANTOR_BODY}|${MASS_BODY}`, 'g');
const PUBLIC_ONE = new RegExp(PUBLIC_G.source);
/**
 * A sentence whose topic is a product a public body is given or uses ("乙方向区县水利部门提供的……监控服务，按“基础服务免费、
 * 增值服务收费”执行"): its tiers (增值服务, 增值功能) are parts of that product, charged to that body, not a turn to market
 * users. A tier that names its own buyer ("增值服务面向企业提供") is read by that buyer.
 */
const PUBLIC_TOPIC = new RegExp(`^[^，。；]{0,10}?(?:向|为|面向|供)(?:本市|全市|各级|各|区县|县区|市|区|县|省|、)*(?:${PUBLIC_G.source})[^，。；]{0,24}?提供的|^[^，。；]{0,4}?(?:${PUBLIC_G.source})[^，。；]{0,4}?(?:使用|调用|订阅|订购)的`);
const TIER = /增值(?:服务|功能|部分|模块)/g;
/**
 * A clause that opens by naming whom it serves ("面向文化创意、影视出版等产业的开发利用……", "向物流、零售等领域提供的")
 * is about them: a public user of the clause before is not carried into its charge. The payee ("向乙方支付") is not whom
 * it serves, nor a part of the product ("对超出部分").
 */
// An item's ordinal may stand before it ("二是面向民宿经营者、在线旅游平台的……").
const OWN_RECIPIENT = new RegExp(`^(?:[一二三四五六七八九十]是|其[一二三四五]|第[一二三四五六七八九十]类?(?:是|为)?)?(?:面向|向|对|为|供|提供给)(?!${OPERATOR})([^，。；]{1,24}?)(?:的|提供|开放|供给|推送)`);
const USER_GROUP = /产业|行业|领域|企业|主体|机构|公司|用户|客户|单位|个人|公众|市场|群体|经营者|商户|商家|平台|从业者/;
const servesOther = (clause: string) => {
  const m = OWN_RECIPIENT.exec(clause);
  return !!m && USER_GROUP.test(m[1]) && !PUBLIC_ONE.test(m[1]);
};
const COORDINATED = /^(?:类|性)?(?:用户|用途|产品|部门|单位|场景)?(?:和|及|与|、|以及|或者?)$/;
/**
 * A public body as the subject of its duties ("区交通局、区城市管理局负责按目录及时提供数据", "市教育局应当……") provides the
 * data or oversees; it is not the user a later charge falls on ("…；运营机构享有……收取服务费的权利").
 */
// Or the bearer of a duty: "市医疗保障局有义务按目录提供合格数据", "负有……保障义务".
// Or coordinating ("由新区大数据发展管理局协调……扩容，费用按……结算": the body arranges, it is charged nothing).
// Or acting on its own remit: "市市场监管局、市发展改革局按职责做好价格和市场秩序监管" (按职责, 依职责, 按照职能分工); a body
// that uses a product on its remit ("按职责使用……的") is its user still.
const DUTY_SUBJECT = /^(?:[、和及与][^，。；、]{1,14}?)*(?:等(?:单位|部门)?)?(?:有义务|负有|有责任|会同|负责|应当|应(?![急用对答])|须|承担|牵头|配合|组织|做好|协调|统筹|督促|指导(?!价)|按照?目录|提供数据|归集|汇聚|(?:按照?|依照?|依据|根据|履行)(?:各自|法定)?(?:职责|职能分工|职能|分工)(?![^，。；]{0,4}?(?:使用|调用|订购|订阅|购买|采购|需要|所需)))/;
const MARKET_G = new RegExp(MARKET_USER.source, 'g');
const CHARGED_MARKET = new RegExp(`^[^，。；]{0,4}?的(?:${MARKET_USER.source})`);
/** A body named as who fixes, approves or publishes the price ("按照市政府核定的标准", "报县人民政府批准") is its authority, not a user. */
const PRICE_AUTHOR = /^[^，。；]{0,2}?(?:核定|制定|制订|公布|发布|批准|审定|审批|规定)/;
/**
 * A body named as whose revenue it is ("收益中属于区级行政机关、事业单位的收入，按照规定上缴区级国库", "分成部分划入市财政")
 * is a payee, not a user a charge falls on.
 */
const OWNS_REVENUE = /^(?:[、和及与][^，。；、]{1,12}?)*(?:等)?(?:单位|部门)?的?(?:收入|收益|所得|分成|份额|留存|部分(?=[，。；、]|$))/;
const PAID_TO = /(?:上缴|缴入|划入|划转|拨付|返还|分配|支付)(?:给|至|到|予)?(?:本级|[市区县省]级)?$/;

/** Regulators and the guided price itself ("政府指导价") name no user; a table's labels ("收费方式：") charge nothing. */
const NOT_A_USER = /(?:政府|政务)指导(?:价|定价)|政府定价/g;
// A column's label too, whatever follows the charge word: "收费上限：无偿", "收费属性：无偿" name the column, the cell decides.
const LABEL = /(?:收费|定价|计费|价格|结算)[\u4e00-\u9fff]{0,4}?[：:]/g;
/** A market word naming a price, not a user: "按照产业类标准价格的百分之六十", "参照……对外市场报价". */
// With the use between ("产业类场景价格的百分之三十", "经营性用途价格"): still the price of that use.
const MARKET_PRICE = /(?:产业|行业|商业|市场|经营)(?:发展)?(?:类|性)?(?:场景|用途|产品|用户|应用|服务)?(?=的?(?:标准)?(?:价格|报价|价))/g;
/** A market word naming the standard a charge follows ("按经营性产品标准收费", "比照经营性用途标准计费") names no user. */
// Or the principle it follows ("按照市场化原则向运营机构购买服务").
const MARKET_STANDARD = /(?<=(?:按照?|参照|比照|执行|适用|遵循)[^，。；]{0,2}?)(?:产业|行业|商业|市场|经营)(?:发展)?(?:类|性|化)?(?:产品|用户|用途)?(?=的?(?:标准|价格|价|原则|方式|机制|规则))/g;
/**
 * A market word in what a user calls or buys names the product, not a user: "市场监督管理局调用企业画像服务", and so in
 * each product of a list it uses ("使用企业运行监测、企业经营异常预警等产品").
 */
// So does one in what is provided, before the product's noun: "为县级部门提供的印刷包装企业排放监测分析等服务" (not "提供的
// 服务和向企业……", a user served, nor a use's category, "提供的产业发展类产品").
const PRODUCT_NAMED = /(?<=(?:调用|使用|订阅|订购|购买|查询|获取)[^，。；]{0,4}?)(?:企业|商业|市场|产业|行业|经营)|(?<=(?:调用|使用|订阅|订购|购买|查询|获取)[^，。；]{2,30}?[、和及与])(?:企业|商业|市场|产业|行业|经营)(?=[^，。；、]{0,12}?等?(?:产品|服务|报告|模型|指数|看板))|(?<=(?:提供|交付|推送|开放)的[^，。；向为对供]{0,8}?)(?:企业|商业|市场|产业|行业|经营)(?!(?:发展)?(?:类|性|和|及|与|、|用途|用户))(?=[^，。；]{0,16}?(?:服务|产品|报告|模型|指数|看板|分析|画像|监测|评价))/g;
/**
 * A market party named as the maker of what a user uses ("使用开发利用机构再开发的产品") is not the user; one served
 * ("向企业等主体提供的产品", "面向保险公司提供的", its kind named before it) is.
 */
const MAKER = new RegExp(`(?<!(?:向|为|给|对|供)[\\u4e00-\\u9fff]{0,6})(?:${MARKET_USER.source})(?=[^，。；]{0,4}?(?:再开发|开发|加工|生产|提供|交付|制作)的)`, 'g');
/**
 * A public use only claimed and belied ("声明为公益用途但实际用于经营活动的", "以公益名义……实际从事经营"): the use is not
 * public, the public word names no user.
 */
const CLAIMED_PUBLIC = new RegExp(`(?<=(?:声明|申报|声称|自称|号称|名为|假借|借用|冒用|以)[^，。；]{0,4}?)(?:${PUBLIC_USER.source})(?=[^，。；]{0,8}?(?:名义|用途|目的)?[^，。；]{0,4}?(?:但|而|却)?[^，。；]{0,2}?(?:实际|实为|实则|事实上|实质))`, 'g');
/** A regulator that needs or uses a product is its user ("市场监管部门开展……监管所需的数据产品"). */
// Named first in a list of users ("市场监管部门和市特种设备检验研究院使用……服务"): a user still.
const NEEDS = /^[^，。；]{0,30}?所需|^(?:(?:[、和及与]|以及)[^，。；、]{1,16}?)*?(?:使用|调用|订购|订阅|购买|采购)/;
/**
 * A line department provided a product or service ("乙方向市、区县水务主管部门提供的管网漏损分析服务") is its user; the price
 * authority is never one, and a department given papers ("向主管部门提供运营报告") uses no product.
 */
const SERVED_BEFORE = /(?:向|为|面向)[^，。；向为]{0,12}$/;
const SERVED_AFTER = /^[^，。；]{0,4}?(?:提供|开放|推送|交付|供给)的?[^，。；]{0,16}?(?:服务|产品|应用|模型|看板|接口)/;
const PRICE_REGULATOR = /价格|发展|发改|物价/;
const regulatorServed = (all: string, at: number, m: string) =>
  !PRICE_REGULATOR.test(m) && SERVED_BEFORE.test(all.slice(0, at)) && SERVED_AFTER.test(all.slice(at + m.length));
/**
 * A cell under a column that names data ("主要字段：单位名称、缴费基数、缴费月份", "数据资源名称：企业缴费明细"), in a table
 * row read as labelled clauses (units.ts): a data catalogue names records, it charges nobody.
 */
const DATA_CELL = /(?<=(?:^|[，,])[^，,：:]{0,8}?(?:字段|数据项|信息项|数据内容|数据名称|资源名称|数据资源|数据目录|数据类型)[：:])[^，,。；]+/g;
/**
 * Funding with its amount ("安排专项经费80万元", "每年安排经费50万元", "预算资金30万元") is what a body budgets or spends, not a
 * price it is charged; a fee paid to the operator is read by its own words (支付, 向乙方).
 */
const FUNDED = new RegExp(`(?:经费|资金|预算|投资|奖补|补助)(?:为|共计|合计|约|总额|总计)?(?:人民币)?\\s*(?:${NUMBER})元`, 'g');
/**
 * A row of a data catalogue, read as labelled cells ("数据类别：公共缴费场景数据，数源单位：市公用事业单位，主要内容：缴费
 * 渠道、笔数、金额的分区域汇总，更新频率：每月"): a column only a catalogue has, and none that prices, makes every cell a
 * name of data, whatever its header.
 */
const CATALOGUE_COLUMN = /(?:^|[，,])(?:更新频率|更新频次|更新周期|数源单位|数据来源单位|数据提供单位|数据提供部门|共享属性|开放属性|共享方式|开放方式)[：:]/;
const PRICE_COLUMN = /(?:^|[，,])[^，,：:]{0,8}?(?:费|价|收取|计费|付)[^，,：:]{0,4}?[：:]/;
const CELL_VALUE = /(?<=(?:^|[，,])[^，,：:]{1,10}[：:])[^，,。；]+/g;
const catalogueRow = (s: string) => CATALOGUE_COLUMN.test(s) && !PRICE_COLUMN.test(s);
function strip(s: string) {
  return (catalogueRow(s) ? s.replace(CELL_VALUE, (m) => '＿'.repeat(m.length)) : s)
    .replace(FUNDED, (m) => '＿'.repeat(m.length))
    .replace(DATA_CELL, (m) => '＿'.repeat(m.length))
    .replace(CLAIMED_PUBLIC, (m) => '＿'.repeat(m.length))
    .replace(MARKET_PRICE, (m) => '＿'.repeat(m.length))
    .replace(MARKET_STANDARD, (m) => '＿'.repeat(m.length))
    .replace(PRODUCT_NAMED, (m) => '＿'.repeat(m.length))
    .replace(MAKER, (m) => '＿'.repeat(m.length))
    .replace(REGULATOR, (m, at: number, all: string) => (NEEDS.test(all.slice(at + m.length)) || regulatorServed(all, at, m) ? m : '＿'.repeat(m.length)))
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
  const p = [...rest.matchAll(PUBLIC_G)].find((m) => TO_USER.test(rest.slice(Math.max(0, m.index! - 4), m.index!).replace(LEVELS, '')));
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

const sectionOf = (headings: readonly string[]) => headings.map(sectionUse).find((x) => x !== null) ?? null;

/**
 * A sentence that ends by classing its matter as a public use ("……，属于公益服务。", "本场景为公益性场景。"): the sentence
 * after it, about the same matter, is about a public use unless it names its own user.
 */
const DECLARED_PUBLIC = /(?:属于|系|为|是|定位为|列为|作为)[^，。；]{0,4}?(?:公益(?:性|类)?|公共服务(?:类|性)?|公共治理(?:类|性)?)(?:服务|场景|产品|事业|用途|项目|应用)[。]?$/;
function declaredPublic(prev?: string): boolean {
  if (!prev || !/。$/.test(prev.trim())) return false;
  const last = clauses(prev).at(-1);
  const m = last && DECLARED_PUBLIC.exec(last.text.trim());
  return !!m && !isNegated(last.text.trim(), m.index) && !MARKET_USER.test(last.text);
}

/**
 * A term the document defines as a public body or a public use ("本协议所称“政务用户”，是指本市各级党政机关……") is read as
 * one: the term is replaced by a public word of its length wherever the sentence names it.
 */
const DATA_TERM = /数据(?!产品|服务)|信息|资源$/;
// Users of every kind that it says include public bodies ("……各类单位和个人，包括政府部门、事业单位和公益性社会组织"): what is
// charged to all of them is charged to those; so is what is charged to a list that names them among its members
// ("国家机关、事业单位、企业和其他组织").
const INCLUDES_PUBLIC = new RegExp(`(?:包括|包含|含|涵盖)[^。；]{0,20}?(?:${PUBLIC_G.source})`);
const LISTS_PUBLIC = new RegExp(`(?:${PUBLIC_G.source})[、，,]|、(?:${PUBLIC_G.source})`);
// "数据使用方", "信息查询用户": a party named by the data it uses is a user, not the data.
const PARTY_TERM = /(?:方|单位|用户|主体|机构|对象|客户)$/;
function withTerms(s: string, doc?: DocumentTerms): string {
  if (!doc) return s;
  // A term defined by what it includes ("本协议所称“基础服务”，包括向各级政府部门提供的……服务") is read the same way; a
  // department named by its function ("面向生态环境执法部门的……服务") is a public body there too.
  for (const [term, meaning] of [...doc.terms, ...(doc.covers ?? [])]) {
    // Data named by who holds it ("授权数据，是指区市场监督管理局……等单位……产生的数据") is the data, no user.
    // Not in the definition itself ("“数据使用方”：指向乙方购买……的政府部门、企事业单位……"): it says who users are, it charges none.
    if (term.length < 2 || !s.includes(term) || definesThere(s, meaning) || PUBLIC_USER.test(term) || MARKET_USER.test(term) || (DATA_TERM.test(term) && !PARTY_TERM.test(term))) continue;
    if (PUBLIC_ONE.test(meaning) && (!MARKET_USER.test(meaning) || INCLUDES_PUBLIC.test(meaning) || LISTS_PUBLIC.test(meaning))) s = s.split(term).join('公益'.padEnd(term.length, '＿'));
  }
  // A product listed under a public category is a public use where it is named again (publicProducts.ts).
  for (const p of doc.publicProducts ?? []) if (s.includes(p)) s = s.split(p).join('公益'.padEnd(p.length, '＿'));
  return s;
}


const CHARGE_VERB = /^(?:收费|收取|计收|计费|付费|缴纳|缴费|支付|结算|承担|分摊|分担|购买|订购|采购|向)/;
const COMPARISON = /不(?:得|应|能|会)?(?:高于|超过|超出|低于|少于|多于|大于|小于)/g;
const BARE_COMPARISON = /不(?:高于|超过|超出|低于|少于|多于|大于|小于)/g;

/** Where a box is ticked, the options left unticked ("■免费 □收费") are not what the text says. */
// Where none is, the options are the model text's blanks (TEMPLATE_BLANK).
const unticked = (t: string) => (/[☑■√✓☒]/.test(t) ? withoutUnticked(t) : t);

/**
 * The operator named as a company ("某某数据集团有限公司", "乙方及其子公司") where it charges or is paid is the operator,
 * not a market user the sentence turns to.
 */
const OWN_GROUP_G = new RegExp(OPERATOR_GROUP, 'g');
// A company's name starts after a separator or the preposition before it.
const COMPANY_G = new RegExp(`(?<=^|[，,；：:＿向由与和及、])${COMPANY}`, 'g');
const CHARGES_AFTER = /^[^，。；]{0,14}?(?:收取|收费|计费|有偿|据此|定价)/;
function operatorSpans(clause: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of clause.matchAll(OWN_GROUP_G)) out.push([m.index!, m.index! + m[0].length]);
  for (const m of clause.matchAll(COMPANY_G)) {
    const after = clause.slice(m.index! + m[0].length);
    if (CHARGES_AFTER.test(after) || (/向$/.test(clause.slice(0, m.index!)) && /^(?:支付|缴纳|结算|付费|付款)/.test(after))) out.push([m.index!, m.index! + m[0].length]);
  }
  return out;
}
/**
 * A sentence that opens by referring back to the matter of the one before ("对此类调用，……", "上述服务……") is about its
 * user: a public user named there is charged here.
 */
// So does one that only says when it starts ("……首年免费提供。自第二个运营年度起，按……收取运营服务费。").
const REFERS_BACK = /^(?:对于?|就|针对|关于)?(?:此类|该类|这类|上述|前述|以上|此项|该项)|^(?:自|从)[^，。；]{1,16}?(?:起|开始)[，,]|^[^，。；]{1,12}?(?:期满|届满|结束|到期)(?:后|之后|以后)[，,]|^(?:此后|之后|其后|以后|次年起)[，,]/;
function referredPublic(s: string, prev: string | undefined, doc?: DocumentTerms): boolean {
  if (!prev || !REFERS_BACK.test(s)) return false;
  const p = strip(withTerms(prev, doc));
  return PUBLIC_ONE.test(p) && !MARKET_USER.test(p.replace(OWN_GROUP_G, ''));
}

/**
 * The payer named in the clause after the charge ("……向使用单位收取技术服务成本费，由各街道、镇从社区工作经费中列支"): a
 * public body paying from public funds is the public user charged.
 */
// Or the public body whose budget bears it ("……由使用单位按照运营成本分摊支付服务费，所需经费纳入县区民政部门年度预算").
const PAYER_NEXT = /^\s*(?:由((?:(?!委托|选定|组织|负责|开展|实施)[^，。；]){1,40}?)(?:列支|支付|承担|负担|缴纳|结算)|(?:所需|相关|上述|有关)?(?:经费|费用|资金)(?:纳入|列入|从|在)((?!甲方|授权方|实施机构)[^，。；]{1,24}?)(?:的)?(?:年度)?(?:部门)?(?:预算|经费))/;
function paidByPublicNext(s: string, c: { text: string; start: number }): boolean {
  const m = PAYER_NEXT.exec(s.slice(c.start + c.text.length).replace(/^[，,]/, ''));
  const payer = m?.[1] ?? m?.[2];
  return !!payer && PUBLIC_ONE.test(payer) && !MARKET_USER.test(payer);
}

// Said after the charge, as the next clause: "……方可调用……，包括面向助残、助老等公益机构提供的数据服务".
const TAKES_IN_PUBLIC = new RegExp(`[，,]\\s*${INCLUDES_PUBLIC.source}`);
const PAYER_IN_CLAUSE = /由([^，。；由]{1,16}?)(?:自行)?(?:承担|支付|负担|缴纳|列支)/;
const PRIVATE_PAYER = new RegExp(`^(?:委托方|委托人|申请方|申请人|${OPERATOR})$`);

export function readPricing(u: Unit, doc?: DocumentTerms, profitSpread?: number): ClauseReading | null {
  // Read on the words as written: the neutral masking blanks the denial.
  if (NOT_ITS_PRODUCT.test(u.quote)) return null;
  let s = strip(withTerms(unticked(u.text), doc));
  if (PUBLIC_TOPIC.test(s)) s = s.replace(TIER, (m) => '＿'.repeat(m.length));
  // A public user charged: who the sentence is about at the charge is the last user named before it, in this sentence
  // or the ones before it up to the full stop ("公共治理类产品试运行期内免费使用；试运行期满后，使用单位……支付服务费").
  let pub = false;
  const lead: string[] = [];
  for (const p of [...u.before].reverse()) {
    if (!/[；;]$/.test(p)) break;
    lead.unshift(strip(withTerms(p, doc)));
  }
  // Items of a list its colon opens ("主要指标包括：……公共治理类产品镇街覆盖率达到100%；……；收费未超过核定价格") are each
  // their own matter: none names the user of the next.
  // (A category's label before its colon, "公共治理和公益类：……", names the use of all its items: it stays.)
  if (lead.some((p) => /(?:包括|包含|如下|以下|下列|指标|要求|标准|内容|情形)[：:]/.test(p))) lead.length = 0;
  // A sentence that names no user at all is about the user its section is about ("二、面向街道、社区的网格治理数据看板"
  // over "每套每年人民币5万元").
  // So is one after a sentence that declares the matter public ("……向社区居民推送灾害预警信息，属于公益服务。").
  // An item's own title names no use: the category it is listed under does ("（一）公共治理和公益服务类" over "2．校车运行
  // 安全监测服务" over "……按每车每年360元收取服务费"), the nearest heading that names one.
  pub = sectionOf(u.headings) === 'public' || declaredPublic(u.before.at(-1)) || referredPublic(s, u.before.at(-1), doc);
  // A blank for the amount alone ("按照每校每年____元的标准向乙方支付平台使用费") leaves the sum open, not the charge: the
  // clause's own charge word decides; a choice left open (options, a blank for 免费/收费) still decides nothing.
  const blank = TEMPLATE_BLANK.test(u.text.replace(AMOUNT_BLANK, ''));
  // A comparison bounds an amount, it negates no act: "公益性场景价格不高于……的百分之三十" still charges.
  const cmp = s.replace(COMPARISON, (m) => '＝'.repeat(m.length));
  // Before a charging verb only a bare comparison is masked ("按照不高于成本的标准收取……费用" charges); a modal one forbids
  // charging beyond it ("不得超出指导价上限收费").
  const bare = s.replace(BARE_COMPARISON, (m) => '＝'.repeat(m.length));
  for (const c of [...lead.flatMap((p) => clauses(p).map((x) => ({ ...x, lead: true }))), ...clauses(s).map((x) => ({ ...x, lead: false }))]) {
    // A body served ("乙方向各级行政机关提供数据产品") is whom the clause provides to, not the subject of a duty to provide.
    const served = (i: number) => TO_USER.test(c.text.slice(Math.max(0, i - 6), i).replace(LEVELS, ''));
    const pubs = [...c.text.matchAll(PUBLIC_G)].filter((m) => (served(m.index!) || !DUTY_SUBJECT.test(c.text.slice(m.index! + m[0].length))) && !PRICE_AUTHOR.test(c.text.slice(m.index! + m[0].length)) && !OWNS_REVENUE.test(c.text.slice(m.index! + m[0].length)) && !PAID_TO.test(c.text.slice(0, m.index!)));
    const pubAt = pubs.map((m) => m.index!);
    // Market users named together with public ones ("对公共治理类和产业发展类产品统一……收费") are charged with them: the
    // sentence has not moved on from the public user.
    const own = operatorSpans(c.text);
    const mkAt = [...c.text.matchAll(MARKET_G)].map((m) => m.index!).filter((k) => !pubs.some((p) => COORDINATED.test(c.text.slice(p.index! + p[0].length, k))) && !own.some(([a, z]) => k >= a && k < z));
    const stateAt = (i: number) => {
      const p = Math.max(-1, ...pubAt.filter((x) => x < i));
      const k = Math.max(-1, ...mkAt.filter((x) => x < i));
      return p > k ? true : k > p ? false : (pub && !servesOther(c.text)) || recipientAfter(c.text, i) === 'public' || paidByPublicNext(s, c);
    };
    for (const m of c.lead ? [] : c.text.matchAll(CHARGE)) {
      const at = m.index!;
      // A charge on every user that goes on to take in public ones ("……缴纳年度会员费后，方可调用……数据产品和服务，包括面向
      // 助残、助老等公益机构提供的数据服务") charges them too.
      const takesInPublic = !c.lead && TAKES_IN_PUBLIC.test(s.slice(c.start + at));
      if (DEEMED_PAID.test(m[0]) ? !(pub || stateAt(at) || takesInPublic) : !(stateAt(at) || takesInPublic)) continue;
      // The comparison bounds the amount charged ("价格不高于……的百分之三十"); before a charging verb it forbids charging
      // beyond it ("不得超出指导价上限收费").
      const neg = CHARGE_VERB.test(m[0]) ? negatedInSentence(bare, { text: bare.slice(c.start, c.start + c.text.length), start: c.start }, at) : negatedInSentence(cmp, { text: cmp.slice(c.start, c.start + c.text.length), start: c.start }, at);
      if ((neg && !exceptedCharge(s, c.start + at)) || /免费|无偿/.test(c.text.slice(Math.max(0, at - 6), at))) continue;
      if (overseen(c.text, at, m[0].length)) continue;
      if ((/^(?:缴费|收费|付费|计费|缴纳|结算)$/.test(m[0]) && (NAMES_DATA.test(c.text.slice(at + m[0].length)) || NAMES_SERVICE.test(c.text.slice(at + m[0].length)) || OBSERVED.test(c.text.slice(0, at)))) || blank) continue;
      // The charge describes the market's products named after it ("确需收费的经营性产品和服务实行政府指导价"): theirs.
      if (CHARGED_MARKET.test(c.text.slice(at + m[0].length))) continue;
      if (BUDGET_PAYER.test(c.text.slice(0, at)) && BUDGET.test(s)) continue;
      if (PROCURED.test(c.text.slice(0, at))) continue;
      // Work a public body commissions from the operator and pays on a fiscal review ("……二次开发的，应当委托乙方实施，相关费用
      // 按照区财政评审结果据实结算") is bought, not a use charged (whether the commission is lawful is exclusivity's matter).
      if ((COMMISSIONED.test(s) && FISCAL.test(s)) || (COMMISSIONED_ANY.test(s) && TENDERED.test(s))) continue;
      // The clause names who pays, a party that is no public user ("费用按“谁委托、谁付费”由委托方承担", a market user): the
      // charge falls on it, whoever the clause before spoke of.
      const payer = PAYER_IN_CLAUSE.exec(c.text);
      if (payer && !PUBLIC_ONE.test(payer[1]) && (MARKET_USER.test(payer[1]) || PRIVATE_PAYER.test(payer[1]))) continue;
      // The operator bearing or buying is no public user charged ("运维费用由乙方承担").
      if (/^(?:承担|须|应|必须|需|同时|一并|配套)/.test(m[0]) && (isOperatorGroup(subjectBefore(c.text, at)) || new RegExp(`由${OPERATOR}$`).test(c.text.slice(0, at)))) continue;
      return { reading: 'permission' };
    }
    pub = stateAt(c.text.length);
  }
  // One charge for every use, public ones included ("不区分公益用途与经营用途，统一按照价格目录收费").
  const all = ALL_USES_CHARGED.exec(s);
  if (all && !isNegated(s, all.index + all[0].length - 2)) return { reading: 'permission' };
  return readPriceSetting(s, lead, u.text, unticked(u.text), profitSpread);
}
