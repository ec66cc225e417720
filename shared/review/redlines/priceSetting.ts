import { clauseAt, clauses, parseNumeral } from '../text';
import { isNegated, negatedInSentence, type ClauseReading } from '../clauses';
import { DEVELOPER, MERE_NOTICE, OPERATOR, OPERATOR_GROUP, OPERATOR_NAME, SILENCE_CONSENT } from './actors';
import { APPROVAL_WAIVED, approvedOutside, authoritySpared, changedOnItsOwn, changedOnNotice, OUTSIDE_APPROVES, OWN_BODY_APPROVES, PRICE_BEFORE_BODY, UNDER_AUTHORITY_RULES } from './priceApproval';
import { EVERY_PERIOD, PRICE_AS_SUBJECT, PRICE_OBJ, SELF, GUIDANCE, GUIDANCE_APPLIES, DRAFT_VERB, PRICE_PAPER } from './priceWords';

/**
 * Who sets the price, and whether the government-guided price binds it (the national price notice: industry and sector
 * uses pay the guided price, 最高准许收入 = 经营成本 + 准许利润 + 税金): the guided price set aside, exceeded or raised;
 * revenue above the allowed maximum kept; the allowed profit pegged to the operator's own returns; the operator's own
 * quote, draft or pricing power as the price; a market mechanism or the parties setting it. The other half of the
 * pricing reader, who is charged, is pricing.ts.
 */

/** A price named, or any fee charged or standardised: "训练费用标准", "另行收取数据更新费". */
const PRICE_WORD = new RegExp(`${PRICE_OBJ}|费(?:用)?标准|(?:收取|计收)[^，。；]{0,10}?费|(?:挂牌|成交|市场)均?价`);

const BARE_NEGOTIATED = new RegExp(`${PRICE_OBJ}(?:方式)?[：:为]?[^，。；]{0,3}?(?:双方)?协商`);

/** A ceiling kept, named only as one ("在不高于上限收费标准的范围内自主确定"), unless the operator sets the ceiling too. */
const CEILING_KEPT = /(?:不高于|不超过|不得高于|不得超过)[^，。；]{0,12}?(?:上限|最高)(?:收费)?(?:标准|价格|限价|价)?[^，。；]{0,4}?(?:范围内|以内|之内)|(?:收费|价格)?(?:上限|最高限价|限价|指导价)(?:标准)?(?:以内|之内|范围内)/;
const OWN_CEILING = new RegExp(`${OPERATOR}[^，。；]{0,8}?(?:确定|制定|设定|提出)[^，。；]{0,6}?(?:上限|最高)`);

// Either way round: "指导价出台前", "在价格主管部门公布……政府指导价之前".
// Or a first period priced by the market, the guided price only after ("试运营期间（上线之日起6个月内）实行市场调节价，试运营期满
// 后执行政府指导价").
const GUIDANCE_NOT_YET = /(?:指导价|定价)[^，。；]{0,4}?(?:出台|公布|发布|制定)(?:前|之前|以前)|(?:出台|公布|发布|制定)[^，。；]{0,24}?指导(?:价|定价)(?:之|以)?前|(?:试运营|试运行|试点|过渡|培育|推广|上线初)(?:期|期间|阶段)?[^，。；]{0,20}?(?:实行|执行|采用|按照?)[^，。；]{0,4}?(?:市场调节价|市场价格?|市场化定价|自主定价)/;

const PRICED_UNTIL_SET = new RegExp(`(?:核定|公布|出台|制定|批复)[^，。；]{0,12}?(?:前|之前|以前)[，,][^。；]{0,16}?(?:${OPERATOR}|其)[^。；]{0,8}?(?:按照?|依照|以)[^，。；]{0,16}?(?:报价|自定|自行|自主|拟定|测算)[^，。；]{0,12}?(?:收费|收取|计费|结算)`);
const SET_ASIDE = [
  new RegExp(`(?:调整|变更|调价)[^。；]{0,8}?${PRICE_OBJ}[^。；]{0,20}?(?:(?:告知|通知|报备|备案|报告)[^，。；]{0,8}?即可|无需(?:另行|再)?(?:报|经)?[^，。；]{0,10}?(?:报批|审批|核定|批准|审核)|不需(?:要)?(?:报批|审批))`),
  // Exceeding is read in its clause: "超出的，甲方可以提请……下调指导价" exceeds nothing of the guided price. The ceiling
  // may be named by the authority that fixed it ("高于价格主管部门核定的上限部分，作为增值服务费另行计收").
  // "不再单独执行数据产品指导价格": a bundle's price taken out of it.
  /(?:(?:不再|不|暂停|停止|暂不)(?:单独|另行|继续)?执行|不适用|不受|不按|不参照)[^。；]{0,24}?(?:(?:政府|政务)?指导(?:价|定价)|核定(?:的)?价格|政府定价)|(?:突破|超出|超过|高于|偏离|脱离)[^，。；]{0,24}?(?:(?:政府|政务)?指导(?:价|定价)|核定(?:的)?(?:价格|上限|最高(?:价格|标准|限价|收费标准)|限价|收费标准)|政府定价)/,
  // The guided price made a mere reference, or pricing outside it: "政府指导价仅作为参考", "在指导价以外合理确定".
  /(?:指导价|核定价格|政府定价)[^，。；]{0,10}?(?:仅作为|仅供|只作为|只供|作为)[^，。；]{0,10}?参考|在[^，。；]{0,6}?(?:指导价|核定价格)(?:上限|最高限价)?(?:以外|之外)[^，。；]{0,6}?(?:确定|定价|收费|收取|计费)/,
  // Part of the price kept outside the ceiling: "增值服务费用不计入上限", "不受指导价上限限制".
  /(?:不计入|不纳入|不受|不占用|排除在)[^，。；]{0,8}?(?:上限|最高限价|最高准许收入)/,
  // The price list the agreement fixes set aside: "数据更新费……不受附件三价格表限制", "不受价格目录约束".
  /不受[^，。；]{0,10}?(?:价格表|价目表|价格目录|收费目录|收费标准)[^，。；]{0,4}?(?:限制|约束)/,
  // The agreement's own price prevailing where the guided price differs ("附件五所列价格与……政府指导价不一致的，以附件五为
  // 准"); the guided price prevailing ("以政府指导价为准", "以价格主管部门公布的为准") is the rule kept.
  /(?:指导(?:价|定价)|核定(?:的)?价格|政府定价)[^。；]{0,12}?(?:不一致|冲突|不符|有差异|存在差异|有出入)的?[，,]?\s*(?:均|一律)?以(?:(?!指导|核定|政府定价|价格主管|发展改革|发改|物价|公布|发布)[^，。；]){1,16}?为准/,
  // The cost check behind the guided price set aside: "经营成本不纳入价格成本监审范围".
  /(?:不纳入|不列入|不进行|不开展|不接受|不实行|免于|免予)[^，。；]{0,10}?(?:成本监审|价格监审|成本审核|成本调查|价格监管)/,
  // Priced at cost-plus where the ceiling falls short of cost ("政府指导价确定的收费上限低于乙方实际运营成本的，乙方可以按照实际
  // 运营成本加成百分之二十收取"): the ceiling set aside when it binds.
  /(?:指导价|核定价格|上限|最高限价)[^。；]{0,12}?(?:低于|不足以?覆盖|不能覆盖|无法覆盖)[^。；]{0,12}?成本的[，,][^。；]{0,16}?按[^。；]{0,8}?成本(?:加|\+|上浮)/,
  new RegExp(`${PRICE_OBJ}[^。；]{0,12}?(?:调整|变更|调价)[^。；]{0,20}?(?:(?:告知|通知|报备|备案|报告)[^，。；]{0,8}?即可|无需(?:另行|再)?(?:报|经)?[^，。；]{0,10}?(?:报批|审批|核定|批准|审核)|不需(?:要)?(?:报批|审批))`),
];

/**
 * Revenue above the allowed maximum kept by the operator (national price notice: deducted next period): the excess goes to
 * it ("由乙方留存", "计入乙方利润", "由乙方享有", "作为乙方的超额收益") or is not taken back ("不予抵减", "无需……扣减"). Each
 * keeping or taking back is read for its own negation: "不得由乙方留存，应当……核减" keeps nothing.
 */
const EXCESS = /(?:超过|超出|高于)[^。；]{0,10}?(?:准许收入|准许利润|准许收益|收入上限|最高限价)/;

const KEPT = new RegExp(`留存|自行(?:支配|使用)|(?:归|计入)${OPERATOR}|由${OPERATOR}[^，。；]{0,6}?(?:所有|享有|支配|留存)|作为${OPERATOR}[^，。；]{0,6}?(?:利润|收益|收入|所有|激励|奖励|奖金)`, 'g');

const TAKEN_BACK = /扣减|抵减|核减|返还|退还|冲减|扣除|收回|抵扣/g;
/** The excess left out of the next period's pricing ("超出部分……不纳入下一周期价格核定") is not taken back either. */
const NOT_NETTED = /不(?:纳入|计入|列入)[^，。；]{0,10}?(?:下一|下个|以后|后续)[^，。；]{0,6}?(?:周期|年度|期)[^，。；]{0,6}?(?:价格|收入|核定|核算)/;

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
  return NOT_NETTED.test(rest);
}

/**
 * The allowed profit (national price notice: 最高准许收入 = 经营成本 + 准许利润 + 税金) pegged to the operator's own returns
 * ("按乙方上一年度净资产收益率确定") or given a floor ("不低于15%"): the ceiling follows what the operator earns, not the rule.
 */
const PROFIT_PEGGED = new RegExp(`准许(?:利润率?|收益率?)[^。；]{0,20}?(?:按照?|参照|依据|以)[^，。；]{0,6}?(?:${OPERATOR}|其|自身)[^，。；]{0,8}?(?:净资产收益率|利润率|收益率|实际利润|实际收益)|准许(?:利润率?|收益率?)[^。；]{0,30}?(?:不低于|不少于|最低为|至少为?|保底)`);

/**
 * The allowed profit rate set above the local rule's, where the ruleset has one (秦皇岛: the previous year's 10-year
 * treasury yield plus 6 points; `profitSpreadPoints` of its pricing check): a margin over the benchmark above the
 * rule's points ("国债平均收益率加十个百分点"), or a fixed rate above them plus the treasury yield at its highest of
 * late (under 3 % since 2021: "准许利润率按照百分之二十五确定"). A cap ("不超过……") fixes nothing.
 */
const PROFIT_RATE = /准许(?:利润|收益)率/g;
const RATE_NUM = '([0-9０-９.]+|[一二两三四五六七八九十壹贰叁肆伍陆柒捌玖拾]+)';
const MARGIN = new RegExp(`^[^。；]{0,30}?(?:国债|报价利率|LPR|基准利率|基准收益率)[^，。；]{0,12}?(?:加|上浮|\\+|＋)\\s*${RATE_NUM}\\s*个?百分点`);
// Whoever worked the rate out may stand between: "按运营机构测算的百分之十五确定".
const FIXED = new RegExp(`^[^，。；]{0,8}?(?:按照?|为|取|确定为|核定为|定为|统一为)(?:[^，。；\\d]{1,12}?(?:测算|核算|计算|提出|申报|确定)的)?\\s*(?:百分之${RATE_NUM}|${RATE_NUM}\\s*[%％])`);
const CAPPED = /不(?:得|应|能)?(?:超过|高于|突破)|以内|之内|上限|最高/;
const TREASURY_HIGH = 3;
/** A rate as written: digits with a decimal point ("6.5", "６.５"), or a numeral parseNumeral reads (十, 陆, ６). */
function rateValue(t: string): number | null {
  const ascii = t.normalize('NFKC');
  return /^[0-9.]+$/.test(ascii) ? Number(ascii) : parseNumeral(t);
}
function profitAboveRule(s: string, spread?: number): boolean {
  if (!spread) return false;
  PROFIT_RATE.lastIndex = 0;
  for (let m; (m = PROFIT_RATE.exec(s)); ) {
    const rest = s.slice(m.index + m[0].length);
    const margin = MARGIN.exec(rest);
    const fixed = margin ? null : FIXED.exec(rest);
    const hit = margin ?? fixed;
    if (!hit || CAPPED.test(hit[0])) continue;
    const v = rateValue(hit[1] ?? hit[2] ?? '');
    if (v === null || v <= (margin ? spread : spread + TREASURY_HIGH)) continue;
    const c = clauseAt(s, m.index);
    if (!isNegated(c.text, m.index - c.start)) return true;
  }
  return false;
}

const EXCESS_UNDONE = /^[^。；]{0,12}?(?:不再|不得|不予|不)(?:收取|计收|收费)|^[^。；]{0,16}?(?:予以)?(?:退还|返还|扣减|核减|抵减)/;

/**
 * Products a developer made of its own on the operator's products are market-priced by rule (Guizhou; the guided price
 * binds what the operator provides): "开发利用机构再开发的产品", "数据开发利用企业……基于数据产品自行开发形成的下游应用",
 * "开发利用机构……自行确定其自有产品的市场价格".
 */
// Read on the sentence as written: the stripping masks the maker.
// The developer as the maker, not as whom the operator's products go to ("乙方向使用方提供的下游产品").
// Or what re-development yields, whoever's it is ("……对已交付的数据产品和服务进行再开发，再开发形成的产品和服务按照市场定价"):
// the operator may not re-develop, so it is a market player's (its re-developing is exclusivity's matter).
const DEVELOPER_PRODUCT = new RegExp(`(?<![向给为对])${DEVELOPER}[^。；]{0,30}?(?:再开发|二次开发|(?:自行|自主)开发|下游(?:产品|应用|服务)|(?:其)?自有(?:的)?(?:产品|应用|服务))|(?:再开发|二次开发)(?:形成|产生|所得|生成)的(?:数据)?(?:产品|服务|成果|应用)`);

/** The guided price (a ceiling) raised: "以……政府指导价（最高限价）为基准，乙方可以根据服务质量适当上浮". */
// The ceiling may be named as such after the sentence that set it ("……执行……政府指导价上限。……乙方可以在上限基础上另行加收").
// Or pointed back at further on ("……为……政府指导价上限，乙方可以根据产品复杂程度、响应时效要求在此基础上上浮").
const GUIDED_BASE = /(?:指导价|核定价格|最高限价|上限)(?:[^。；]{0,20}?(?:为基准|为基础|为准|基础上)|[^。；]{0,40}?在(?:此|该|这一|上述|前述)(?:价格|标准|上限|价)?(?:的)?基础上)/;

// A surcharge on top is a rise however it is worded: "在政府指导价上限基础上加收百分之四十", "另行收取……附加费", "提高百分之二十".
const RAISED = /上浮|加价|上调|溢价|加收|增收|多收|提高|(?:另行|额外|另外)(?:收取|计收|加收|收费|计费)/g;

/**
 * A ceiling set above the guided price ("收费标准不得高于政府指导价上浮百分之五十的水平"): the ban bounds the price by the
 * guided price raised, so it lets the raise be charged.
 */
const CEILING_RAISED = /(?:高于|超过|超出|突破)[^，。；]{0,10}?(?:指导价|核定价格|最高限价)(?:上限)?(?:的?基础上)?再?(?:上浮|加价|上调|溢价|加收|提高)[^，。；]{0,4}?(?:百分之|[\d.]+\s*[%％]|[一二三四五六七八九十\d]+\s*成)/;

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

/**
 * A part of its own (after a semicolon) naming another product by whom it serves and priced by the operator or the market
 * ("……库存周转分析产品执行政府指导价；面向进口商提供的通关追溯证明服务按市场化方式定价，由运营机构……确定"): the guided
 * price binds the product of its own part, not this one.
 */
const SERVED_PRODUCT = /^\s*(?:[^，。；]{0,6}?(?:面向|向|对|为))([^，。；]{1,16}?)提供的[^，。；]{1,20}?(?:产品|服务|应用)/;
// Or named as the part's subject ("……核验接口执行政府指导价……；企业引才画像与岗位匹配、……指数报告等增值服务，由运营机构……自主
// 确定价格").
// Words on whom it serves may follow the name ("增值服务不区分服务对象，一律由运营机构……自主定价").
const NAMED_PRODUCTS = /^\s*([^，。；]{2,40}?)等?(?:增值|其他|其余)?(?:产品|服务|应用)(?:和服务)?(?:不区分[^，。；]{1,10})?[，,]\s*(?:一律|均|统一|全部)?(?:由|可由)/;
function ownPartSelfPriced(part: string, lead: string[]): boolean {
  const r = SERVED_PRODUCT.exec(part) ?? NAMED_PRODUCTS.exec(part);
  if (!r || !lead.length || lead.join('').includes(r[1]) || /指导|核定|上限|限价|以内|之内|范围内|不超过|不高于/.test(part)) return false;
  const self = SELF.exec(part);
  return self ? !isNegated(clauseAt(part, self.index).text, self.index - clauseAt(part, self.index).start) : setByMarket(part);
}

/**
 * A price another party sets for what it sells itself ("剧本娱乐经营场所向消费者收取的服务费用由经营者依法自主确定"): the
 * setter named before the verb is neither the operator, its group nor the two sides of a sale, so it prices no data product.
 */
const SETTER_BEFORE = /由([^，。；由]{1,16}?)(?:依法|依规|依照[^，。；]{0,8}?|根据[^，。；]{0,10}?)?$/;
// The market sets a price as the operator's own mechanism ("由市场决定"); its players (市场主体) set their own goods'.
// The operator may be named by its company name ("由某某数据集团有限公司自主定价").
const OWN_SIDE = new RegExp(`${OPERATOR_GROUP}|${OPERATOR_NAME}|双方|各方|供需|交易|买卖|协商|市场(?!主体|经营主体)|^其`);
// What is priced must be another's goods: the operator's data products sold by a partner ("委托合作方代为销售其数据产品的，
// 销售价格由合作方按照市场行情确定") are still the operator's, under the guided price.
const DATA_GOODS = /(?:代为|代理|代其)(?:销售|推广|提供)|(?:运营机构|乙方|其)的?(?:数据)?产品/;
function setByAnother(raw: string, at: number): boolean {
  const setter = SETTER_BEFORE.exec(raw.slice(Math.max(0, at - 30), at));
  return !!setter && !OWN_SIDE.test(setter[1]) && !DATA_GOODS.test(raw.slice(0, at - setter[0].length));
}

/** The operator's own pricing power, or a price without limit: "乙方……享有定价权，定价不受限制". */
// Either way round: "定价权归乙方所有", "价格的最终决定权属于运营机构", "收费决定权由乙方享有".
const OWN_PRICING = new RegExp(`${OPERATOR}[^。；]{0,30}?(?:享有|拥有|具有|行使|保留)[^，。；]{0,10}?(?:定价|价格|收费)[^，。；]{0,6}?(?:权|决定权|自主权)|(?:定价|价格|收费)[^，。；]{0,6}?(?:决定|自主)?权[^，。；]{0,4}?(?:归|属于?|归属于?|由)[^，。；]{0,2}?${OPERATOR}|(?:定价|价格|收费标准|收费)[^，。；]{0,4}?(?:不受(?:任何)?(?:限制|约束)|不设(?:上限|限制)|不作限制|没有限制|无上限)`);

// Either way round: "乙方拟定的价格方案", "服务费标准由乙方拟定".
const DRAFTED = new RegExp(`${OPERATOR}[^，。；]{0,6}?${DRAFT_VERB}的?[^，。；]{0,8}?${PRICE_PAPER}|${PRICE_PAPER}[^，。；]{0,6}?由${OPERATOR}[^，。；]{0,6}?${DRAFT_VERB}`);

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

// However the amendment is put: "签订补充协议", "以书面补充协议形式变更", "通过补充协议约定".
const AMENDS = /(?:签订|订立|签署|另签)[^，。；]{0,4}?补充协议|(?:以|通过|采用|采取)[^，。；]{0,4}?补充协议|补充协议(?:的)?(?:形式|方式)|(?:修改|修订|变更)(?:本|原)?协议/;

const MERE_NOTICE_EFFECT = new RegExp(`${MERE_NOTICE.source}[^，。；]{0,4}?(?:生效|执行|实施|施行)|${MERE_NOTICE.source.replace('(?:后|即)(?:即可|可|生效|实施)?', '(?:后|即)(?:即可|可)')}`);

/**
 * Who sets the price: the operator, alone or with a buyer or a venue ("价格由授权运营机构与开发利用机构……竞价形成",
 * "按照乙方与交易场所约定的挂牌价格执行"), or a market mechanism (竞价, 拍卖, 议价, 挂牌) — not the price authority. Read
 * after the guided price is known not to bind the sentence.
 */
// A term of the price is the price: "上浮比例由乙方决定", "浮动幅度由乙方确定".
// A markup on cost is a term of the price too: "溢价比例由运营机构……确定", "加成比例", "利润率".
// A rise is a term of the price as well, named or referred back to: "上调幅度", "具体幅度由乙方决定".
// Any fee's standard is its price: "数据更新费标准由乙方确定".
const PRICE_NOUN = '(?:(?:上浮|下浮|浮动|调整|调价|优惠|折扣|溢价|加成|利润|上调|下调|提价|涨价)(?:幅度|比例|区间|范围|率)|具体幅度|价格|挂牌价|成交价|报价|出价|收费标准|定价|费率|价款|服务费|计费标准|单价|费(?:用)?标准|价目表|价格表|收费目录|价格目录)';

/** A term of the price left without ceiling, in its clause or the next: "溢价比例由运营机构……确定，不设上限", "上不封顶". */
// Revenue or a revenue share left uncapped is the same: "年度收入不设上限", "增值分成……不设上限".
const UNCAPPED = new RegExp(`(?:${PRICE_NOUN}|收入|分成)[^。；]{0,30}?(?:不设(?:上限|封顶)|上不封顶|不封顶|无上限|没有上限)`);

// Listing a price is setting it: "价格由运营机构公开挂牌".
// Adjusting a price at will is setting it: "成本加成率由乙方根据市场供求情况每半年调整一次".
// A price list is compiled: "价目表由乙方按照市场化原则编制".
const SET = '(?:确定|决定|制定|制订|审定|形成|商定|约定|议定|协商|自定|产生|报出|公布|掌握|把握|挂牌|调整|编制)';

// What is set is the noun right after 的: in "按照合同约定的时间支付服务费" the time is agreed, and the fee is what is paid.
const NOT_THE_PRICE = '(?:支付|缴纳|缴付|收取|结算|付款|付费|交付|时间|期限|日期|期间|方式|账户|节点|周期)';
// Or the products themselves, set on what prices weigh ("产业发展类产品由运营机构综合考虑开发成本、市场供求和同类产品价格合理确定").
// Or the verb before the price, its manner between ("由乙方按照经营成本加成30%的方式确定价格"); not a manner that is the
// authority's ("由乙方按照价格主管部门核定的标准确定价格").
const SET_BY_NAMED = new RegExp(`${PRICE_NOUN}[^。；]{0,8}?[，,]?\\s*由([^，。；]{1,30}?)${SET}|([^，。；]{1,24}?)${SET}的(?:(?!${NOT_THE_PRICE})[^，。；]){0,6}?${PRICE_NOUN}|(?:产品|服务)[^，。；]{0,4}?由([^，。；]{1,12}?)(?:综合考虑|统筹考虑|结合|参考|参照|根据|依据)[^。；]{0,30}?(?:成本|市场|供求|价格)[^。；]{0,16}?${SET}|由((?:${OPERATOR}|${DEVELOPER})[^，。；]{0,4}?)(?:按照?|依照?|根据|参照|采取|采用|以)(?:(?!指导价|核定|价格主管|发展改革|发改|政府|批准|审批)[^，。；]){0,24}?${SET}(?:其|产品|服务)?的?${PRICE_NOUN}`);

const MARKET_SETTER = new RegExp(`${OPERATOR}|${DEVELOPER}|交易所|交易场所|交易平台|交易机构|双方|市场`);

/** A setter that only proposes to the authority, or is the authority, sets nothing itself. */
const NOT_SETTER = /报|提请|经(?:审|批|核)|核定|批准|审核|价格主管|发展改革|发改|政府|甲方|授权方|实施机构/;

// Sold to the highest bidder: "以挂牌竞价方式出让使用权，按照最高有效报价成交", "价高者得".
const MECHANISM = new RegExp(`(?:竞价|拍卖|竞拍|议价|撮合|询价|竞争性谈判)[^，。；]{0,6}?(?:形成|确定|决定|产生)|(?:按照?|以)[^，。；]{0,6}?(?:最高|最优)(?:有效)?(?:报价|出价|应价)(?:成交|确定|中标|出让)|价高者得|(?:按照|按(?!${EVERY_PERIOD})|执行|参照|以)[^，。；]{0,10}?(?:挂牌价|成交价|竞价结果|拍卖价)(?!格?(?:${PRICE_AS_SUBJECT}))`);

/** The price moved with the market by whoever the sentence is about: "根据成本变化和市场需求，动态调整……价格". */
const MARKET_ADJUSTED = new RegExp(`(?:根据|依据|结合|视|按照?)[^，。；]{0,12}?(?:市场|供求)[^，。；]{0,12}?[，,]?\\s*(?:动态|自主|自行|适时|灵活)?(?:调整|确定|制定|浮动)[^，。；]{0,12}?${PRICE_NOUN}`);
const AUTHORITY = /价格主管|发展改革|发改|物价|政府|甲方|授权方|实施机构/;
// A mechanism sets a price only where its clause names one: "经……竞争性谈判确定为本场景运营机构" chooses the operator.
const PRICE_NOUN_RE = new RegExp(PRICE_NOUN);
function setByMarket(s: string): boolean {
  const adjusted = MARKET_ADJUSTED.exec(s);
  if (adjusted && !AUTHORITY.test(s.slice(0, adjusted.index))) {
    const at = adjusted.index + adjusted[0].length - 1;
    const c = clauseAt(s, at);
    if (!negatedInSentence(s, c, at - c.start)) return true;
  }
  const mechanism = MECHANISM.exec(s);
  for (const m of [SET_BY_NAMED.exec(s), mechanism && PRICE_NOUN_RE.test(clauseAt(s, mechanism.index).text) ? mechanism : null]) {
    if (!m) continue;
    const who = m[1] ?? m[2] ?? m[3] ?? m[4];
    if (who !== undefined && (!MARKET_SETTER.test(who) || NOT_SETTER.test(who))) continue;
    // The decisive verb ends the match: "价格不由乙方确定" negates it.
    const at = m.index + m[0].length - 1;
    const c = clauseAt(s, at);
    if (!negatedInSentence(s, c, at - c.start)) return true;
  }
  return false;
}

/**
 * The operator (or the market) setting the price, read after pricing.ts found no public user charged. `s` is the
 * sentence with non-users masked, `lead` the clauses before it up to the full stop, `text` the sentence as written and
 * `ticked` the same with unticked options masked.
 */
// A price of something the text says is none of its products ("林场造林碳汇减排量的交易价格由碳市场形成，不属于本方案的数据产品和
// 服务"): another market's price, told as background.
export const NOT_ITS_PRODUCT = /不(?:属于|纳入|列入|是|作为)本(?:方案|协议|场景|项目|次授权)(?:所称)?的?(?:数据)?(?:产品|服务)/;

export function readPriceSetting(s: string, lead: string[], text: string, ticked: string, profitSpread?: number): ClauseReading | null {
  // The guided price set aside or exceeded.
  const base = GUIDED_BASE.exec(s);
  if (base) {
    for (const m of s.slice(base.index).matchAll(RAISED)) {
      const at = base.index + m.index!;
      const c = clauseAt(s, at);
      // Forbidden in the clause before too ("不得……倾销，或者以高于政府指导价上限的价格销售").
      if (!negatedInSentence(s, c, at - c.start)) return { reading: 'permission' };
    }
  }
  if (CEILING_RAISED.test(s) || excessKept(s) || profitAboveRule(s, profitSpread)) return { reading: 'permission' };
  const pegged = PROFIT_PEGGED.exec(s);
  if (pegged) {
    const at = pegged.index + pegged[0].length - 1;
    const c = clauseAt(s, at);
    if (!isNegated(c.text, at - c.start)) return { reading: 'permission' };
  }
  if (changedOnNotice(s)) return { reading: 'permission' };
  for (const re of SET_ASIDE) {
    const m = re.exec(s);
    if (!m) continue;
    // The excess named as what is not charged or is returned ("高于新指导价的部分不再收取") keeps the ceiling.
    if (EXCESS_UNDONE.test(s.slice(m.index + m[0].length))) continue;
    const c = clauseAt(s, m.index);
    // A ban may name its pretext first: "不得以任何理由不受……约束".
    if (/^(?:不|免于|免予)/.test(m[0]) ? !/(?:不得|禁止|严禁)[^，。；]{0,8}$/.test(s.slice(0, m.index)) : !negatedInSentence(s, c, m.index - c.start)) return { reading: 'permission' };
  }
  // Until the authority sets the price the operator charges its own ("价格主管部门核定收费标准前，乙方按照其向甲方提交的《数据产品
  // 报价单》收费"): the time before is priced by the operator, whatever comes after.
  const pending = PRICED_UNTIL_SET.exec(s);
  if (pending) {
    const at = pending.index + pending[0].length - 1;
    const c = clauseAt(s, at);
    if (!negatedInSentence(s, c, at - c.start)) return { reading: 'permission', condition: pending[0] };
  }
  // The operator setting the price itself; not a price another party sets for its own goods (setByAnother).
  if (DEVELOPER_PRODUCT.test(text)) return null;
  const selfSaid = SELF.exec(text);
  if (selfSaid && setByAnother(text, selfSaid.index)) return null;
  // The guided price binds the whole sentence, its clauses before a semicolon included ("不得超过政府指导价上限；在上限以内，
  // 乙方可以与……协商确定具体价格").
  const whole = lead.join('') + s;
  const guided = (GUIDANCE.test(whole) && GUIDANCE_APPLIES.test(whole) && !GUIDANCE_NOT_YET.test(whole)) || (CEILING_KEPT.test(s) && !OWN_CEILING.test(whole));
  // A contract that prevails over the guided price ("实行政府指导价；……另有约定的，从其约定") sets it aside.
  if (guided && /另有约定的?[，,]?\s*(?:从|按|依)其约定/.test(s)) return { reading: 'permission' };
  // A guided price binds what its clause names: products set apart ("除附件所列产品外，其他数据产品由乙方自主定价",
  // "其余增值服务的价格由运营机构自行确定") and priced by the operator in a clause of their own are not bound by it.
  if (guided && (setApartSelfPriced(ticked) || ownPartSelfPriced(ticked, lead))) return { reading: 'permission' };
  if (guided) return null;
  // A price exempted from the price authority's or the grantor's approval is the operator's own: "试运行期间的价格无需报
  // 价格主管部门核定", "毋须报请价格主管部门核定". A free product has no price to approve ("免费提供，无需报批").
  const waived = APPROVAL_WAIVED.exec(s);
  if (waived && !/免费|无偿/.test(s) && !negatedInSentence(s, clauseAt(s, waived.index), waived.index - clauseAt(s, waived.index).start)) return { reading: 'permission' };
  if (authoritySpared(text)) return { reading: 'permission' };
  if (changedOnItsOwn(s) && !approvedOutside(text) && !UNDER_AUTHORITY_RULES.test(text)) return { reading: 'permission' };
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
  // Not one the grantor reviews first ("乙方拟定的收费标准……报甲方审核，并按规定向价格主管部门备案后执行").
  if (drafted && (SILENCE_CONSENT.test(s) || MERE_NOTICE_EFFECT.test(s.slice(drafted.index))) && !approvedOutside(text)) return { reading: 'permission', condition: drafted[0] };
  // Whoever drafted it, a price that only the operator's own body approves ("收费标准经运营机构党委会研究决定后实施", "提出
  // 价格方案，经运营机构董事会审议通过后执行") is the operator's price; a filing with the grantor approves nothing. The
  // outside approval is read on the words as written: strip() masks the price authority.
  const ownBody = OWN_BODY_APPROVES.exec(s);
  if (ownBody && (drafted || PRICE_BEFORE_BODY.test(s.slice(0, ownBody.index))) && !approvedOutside(text)) {
    const c = clauseAt(s, ownBody.index);
    if (!negatedInSentence(s, c, ownBody.index - c.start)) return { reading: 'permission', condition: ownBody[0] };
  }
  // A price the operator sets or negotiates that an outside body approves before it applies is controlled, and a
  // negotiation to amend the agreement ("协商一致……签订补充协议") sets no price.
  if (approvedOutside(text) || AMENDS.test(s)) return null;
  // Who sets the price is read on the words as written: strip() masks a price authority as no user, yet it is the setter.
  if (setByMarket(ticked)) return { reading: 'permission' };
  // The table's labels count here: "定价方式：双方协商".
  const raw = text;
  const self = selfSaid ?? BARE_NEGOTIATED.exec(raw);
  if (self && (PRICE_WORD.test(raw) || /调节价/.test(self[0]))) {
    const c = clauses(raw).find((x) => self.index >= x.start && self.index < x.start + x.text.length) ?? { text: s, start: 0 };
    if (!isNegated(c.text, self.index - c.start)) return { reading: 'permission' };
  }
  return null;
}
