import { OPERATOR } from './actors';
import { EVERY_PERIOD, PRICE_AS_SUBJECT, PRICE_OVERSEEN } from './priceWords';

/**
 * What a charge looks like (split from pricing.ts along the reading: the file had passed 400 lines): the words that charge
 * a user, and the charge words that name data, a watched figure or a service instead. pricing.ts reads who is charged.
 */
// A matter reported in a list ("报送……数据调用、产品上线、收费和安全管理情况") is a noun too.
// A charge is an act ("按实际调用量与运营机构结算数据服务费"): "收费标准/收费目录/收费测算" and "结算数据/结算分析" are
// nouns, as are a toll road's parts ("收费站及
// 门架通行数据", "收费车道", "收费员"); an amount is a price only per unit
// ("3万元/年", "每次0.5元"), not a market size or a budget ("年市场需求约4000万元", "潜在需求约2500万元/年").
export const NUMBER = '[0-9０-９.]+\\s*万?|[一二三四五六七八九十百千万两壹贰叁肆伍陆柒捌玖拾佰仟零〇点]+';
// Goods are priced by weight, area or volume ("出栏均价降至每公斤14元"): a market's price the plan reports, never a data charge.
const GOODS_MEASURE = '公斤|千克|斤|克|吨|亩|公顷|平方米|立方米|升|千瓦时';
export const CHARGE = new RegExp(
  `收费(?!标准|方式|情况|依据|目录|项目|清单|信息|数据|公示|政策|明细|测算|模式|机制|水平|管理|行为|收入|安排|站|公路|路段|车道|广场|亭|员)(?![^，。；]{0,10}?情况(?!下))|收取|计收(?!标准|方式|依据)|计费(?!标准|方式|依据)|付费|支付[^，。；]{0,4}?费|缴纳|缴费|结算(?=[^，。；]{0,4}?(?:费用|价款|服务费|款项)|[，。；]|$)|(?:每(?!${GOODS_MEASURE})[^，。；]{0,8}?|单价|价格为?|(?<!经)费用?为?|收费)(?:人民币)?(?:${NUMBER})元|(?<!(?:规模|需求|产值|营收|营业收入|总额|交易额|市场)[^，。；]{0,6}?)(?:${NUMBER})元\\s*[/／每](?:次|条|年|月|件|人|户|家|个|套|份)|价格表|视(?:为|同)(?:一般)?(?:经营性|商业|有偿)`
  // Provided for pay is charged: "可有偿提供", "有偿开放" (not "有偿使用的", a market user's name).
  + `|有偿(?:提供|开放|调用|供给|交付)`
  // Paid use by a rate, said as the clause's predicate ("……执法的，按成本价有偿使用，费用纳入部门年度预算"; not a
  // principle, "公益优先，有偿使用").
  + `|(?<=按[^，。；]{1,10}?)有偿使用(?=[，。；]|$)`
  // A share of a price is a price: "享受标准价格五折优惠", "按照产业类标准价格的百分之六十支付费用", "执行统一价格".
  + `|[一二三四五六七八九\\d](?:\\.\\d)?折(?:优惠)?|折扣|优惠价|(?:价格|价|报价)的?(?:百分之|[\\d.]+\\s*[%％]|一半|[二三四五六七八九十]分之)|(?:执行|按照|按(?!${EVERY_PERIOD})|参照|享受)[^，。；]{0,14}?(?:价格|报价)(?!主管|${PRICE_AS_SUBJECT}|${PRICE_OVERSEEN})`
  // A charge by reference to one named before: "人力资源社会保障、教育部门作为使用方的，适用相同标准".
  + `|(?:适用|执行|按照?|参照)(?:相同|同一|同样|上述|前述)(?:的)?(?:收费|计费|价格)?标准`
  // One price for uses of every kind is a price for each ("公益类与产业类数据产品实行统一定价"); a unit price set by a list is
  // a price however it is paid ("单价按照附件五执行").
  + `|(?:统一|同一|相同|一致)(?:的)?(?:定价|价格|收费标准|计费标准|价格标准)|单价(?:按照?|参照|依照|适用|执行)`
  // A lump sum or a cost-plus formula is a price: "按年包干", "经营成本加成30%".
  // A subscription by the year or the month is paid ("计费方式为包年订阅").
  + `|包干|包年|包月|(?:成本)?加成(?:[\\d.]+\\s*[%％]|百分之)`
  // A fee fixed for the user is charged to it: "按照“准许成本+合理收益”原则核定年度服务费，由区人力社保局……列支".
  + `|核定[^，。；]{0,4}?(?:服务费|使用费|调用费)`
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
  + `|承担[^，。；]{0,16}?(?:费用|服务费|人工费|使用费)|(?:须|应当?|必须|需要?)(?:同时|一并|配套)?(?:购买|订购|采购)|(?:同时|一并|配套)(?:购买|订购|采购)`
  // The fee put on a payer after it ("公共治理类产品的服务费由使用单位承担"): who pays is read like any user; the budget is
  // none ("平台运维费用由市财政支付").
  + `|(?<=(?:服务费|使用费|费用))由(?![^，。；]{0,8}?(?:财政|预算|专项资金|经费))(?=[^，。；由]{1,16}?(?:承担|支付|负担|缴纳))`,
  'g',
);
/**
 * A charge word naming data or a record, not an act: "参保单位缴费人数统计数据", "纳税人缴费记录", "累计缴费月数"; or a topic, as a
 * dimension assessed or a rule kept ("收费合规", "收费规范性", "收费管理制度", a matter inspected: "对……收费执行等开展抽查"), or a
 * risk watched ("培训机构预付费风险预警").
 */
export const NAMES_DATA = /^(?:风险|预警|异常|纠纷|投诉|人数|人次|人员|基数|数据(?![^，。；]{0,3}?费)|记录|信息|明细|情况|统计|台账|年限|年数|月数|天数|次数|状态|档案|凭证|金额|系统|档次|合规|规范|管理|行为|制度|机制|秩序|监管|合理性|透明|执行(?![^，。；]{0,6}?(?:价|标准|费率))(?:情况)?[等、，]|落实)/;
/** A charge word a product watches or counts is the data's matter ("监测各小区资金余额、使用频次和异常结算"), no charge. */
export const OBSERVED = /(?:监测|监控|分析|统计|预警|核查|核对|比对|识别|研判|排查|展示|汇总|跟踪)[^，。；]{0,16}?$/;
/** A charge word in a service's name ("热费缴纳便民查询", "缴费提醒服务"): the service is about payments, it charges nobody. */
export const NAMES_SERVICE = /^[^，。；]{0,4}?(?:查询|提醒|核验|核对|对账|提示)(?![^，。；]{0,3}?费)/;
