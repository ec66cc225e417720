import { clauseAt, clauses } from '../text';
import { isNegated, type ClauseReading } from '../clauses';
import { conditionAtIndex, letsHappen, parseSentence } from '../clauseParse';
import { holderOf } from '../clauseParties';
import type { Unit } from './units';
import { isContrastClause } from './background';
import type { DocumentTerms } from './index';
import { definedOpen } from './scenesDefined';
import { scenesByOperator } from './scenesByOperator';
import { scenesBundled } from './scenesBundled';
import { SCENE, sceneUnbounded } from './sceneBounds';
import { ALL_DATA, CLOSED_LIST, FIELD_UNIT, grantsOtherUnit, MANY_HOLDERS, notNegated, OPEN_LIST, OWN_GRANT, resolved } from './grantUnit';
import { OPERATOR_NAME } from './actors';
import { operatorChosenWithout } from './operatorChosen';

/**
 * Hebei's mode (art. 15): authorisation by scenario, one scenario one authorisation. What breaks it, as drafters say it:
 * - the unit granted is not a scenario: a field or sector ("分领域授权", "以授权运营领域为单位", "住建……领域公共数据授权
 *   乙方运营"), all the data or all the business ("授权内容为……全量数据", "全部公共数据资源的运营权一并授予乙方",
 *   "统一运营主体，承接……全部业务"), scenarios merged ("合并授权", "一次授权、多场景复用", "12个应用场景……一次授权");
 * - the scenarios are left open: "全部/一切/各类应用场景", "包括但不限于以下场景", "场景：不限", "不区分应用场景",
 *   "仅为示例性场景", the operator choosing them ("自主确定……应用场景", "该领域下场景由乙方自行策划实施");
 * - a new scenario without a new authorisation: "新增应用场景的，无需另行授权", "书面告知甲方后即可……不另行签订协议",
 *   "视为已取得授权", "……其他场景，均适用本协议授权", scenario changes merely filed ("场景的增减……报……备案").
 * A scenario the text limits ("不包括其他任何场景", "不得用于其他场景") or a new one that needs its own plan, competition
 * and agreement ("另行编制实施方案……另行签订授权运营协议", "逐一授权") is the mode kept.
 */
const GRANT = '(?:授权|授予|运营权|经营权|开发利用)';
/** A list of scenarios closed by a catch-all: "授权场景为：（一）……；（三）其他符合国家政策的应用场景" (items read as one). */
// The catch-all may be joined by a conjunction: "港口物流、文旅消费以及其他经甲方认可的场景".
// Whoever's leave qualifies it, before or after 其他 ("（三）甲方认可的其他场景", "其他经甲方认可的场景"), it is the same catch-all.
const CATCH_ALL = new RegExp(`${SCENE}(?:为|包括|如下)?[^。]{0,160}?(?:[（(][一二三四五六七八九十\\d]+[）)]|\\d+[、.．]|[、；;]|以及|及|和|或)\\s*(?:[^，。；（(、]{1,24}?的)?(?:其他|其它)[^，。；（(]{0,20}?${SCENE}[。；;]?$`);
/** A scenario cell of a table row that names no scenario but all others ("场景名称：其他符合产业政策的场景"), not one
 * whose name begins with 其他 ("其他市场主体信用修复场景"). */
/** A list that shuts others out ("不包括其他", "……除外"): its catch-all opens nothing. */
// What the list keeps out ("不涉及其他场景", "不延及其他场景"): the other scenarios named are refused, not opened.
const EXCLUDES = /不得|不含|不包含|不包括|不涉及|不延及|不延伸|不扩展|不覆盖|不适用于|除外/;
const CATCH_ALL_CELL = new RegExp(`(?:场景|场景名称|应用场景|授权场景)[：:]\\s*(?:其他|其它|其余)(?:[^，。；（(]{0,20}?的)?${SCENE}[。；]?(?:[，,]|$)`);
const OPEN_SCENES: RegExp[] = [
  // Several scenarios put under one grant at once ("六个示范场景统一纳入协议授权范围", "一次性签订……涵盖全部五个场景"):
  // 一场景一授权 asks a grant of each.
  new RegExp(`(?:多个|若干|[二三四五六七八九十两\\d]+个|全部|所有|各)(?:示范|应用|试点)?${SCENE}(?:均|全部)?(?:统一|一并|一次性|打包|集中)(?:(?:纳入|列入)[^，。；]{0,8}?(?:授权|协议)|授予|授权|签订)|一次性(?:签订|签署|授予|授权)[^。；]{0,30}?(?:多个|若干|[二三四五六七八九十两\\d]+个|全部|所有)(?:示范|应用|试点)?${SCENE}`),
  new RegExp(`(?:全部|一切|各类|所有|任何|各种)(?:的)?(?:公共|政务)?(?:数据)?${SCENE}`),
  // Scenarios handed down later by the grantor's notice, under a framework ("具体运营场景由甲方根据工作需要以书面通知方式下达").
  new RegExp(`${SCENE}由(?:甲方|实施机构|授权方)[^，。；]{0,12}?(?:以)?(?:书面)?通知(?:的)?(?:方式|形式)?(?:下达|确定|明确|安排|指派)`),
  // No limit on the scenarios or their number: "应用场景不受限制", "场景数量不设上限", "场景不受数量和类型限制".
  new RegExp(`${SCENE}(?:的)?(?:数量|个数|数目|范围)?[^，。；]{0,4}?(?:不受(?:任何)?(?:(?:数量|个数|数目|范围|类型|种类|类别|领域|行业)(?:的)?[和及与、或]?){0,3}(?:的)?限制|不设(?:上限|限制)|不作限制|没有限制|无限制|不限)`),
  // Everything done in a field, or anything at all, counted as granted: "在上述领域内开展的一切开发活动均属本次授权范围".
  /(?:一切|全部|所有|任何)[^。；]{0,16}?(?:均属|均属于|属于|均纳入|纳入|均在)[^。；]{0,6}?授权(?:范围|事项)/,
  // Many scenarios under the one grant: "在本授权项下分别开发不同场景的数据产品".
  new RegExp(`(?:本|同一|该|此)(?:次|项)?授权(?:项下|范围内|之下)[^。；]{0,16}?(?:不同|多个|各个|若干|多种)${SCENE}`),
  // Every scenario taken on at once: "统一承接各领域、各场景的授权运营" (not "各场景分别编制实施方案").
  new RegExp(`(?:承接|覆盖|涵盖|包揽|负责|开展|从事)[^。；]{0,12}?各(?:个)?${SCENE}`),
  // One right used across every scenario: "乙方在各应用场景中统筹使用".
  new RegExp(`(?:在|于)(?:各|所有|全部)(?:个|类)?${SCENE}(?:中|内|间)?[^，。；]{0,4}?(?:统筹|通用|共用|使用|运用)`),
  // Not limited to a scenario: "开展授权运营不限于特定应用场景".
  new RegExp(`不限于(?:特定|具体|某一|单一|既定|约定)?(?:的)?${SCENE}`),
  // Nor bounded by one, however put: "不以具体应用场景为限", "不局限于特定场景", "不受既定场景约束".
  // Whatever scenario it names: "不受本协议签订时确定的应用场景限制" (not "不受理……").
  new RegExp(`不(?:以|受(?!理))[^，。；]{0,16}?${SCENE}(?:的)?(?:范围)?(?:为限|为界|限制|约束|所限)|不(?:局限|拘泥|拘囿)于(?:特定|具体|某一|单一|既定|约定|个别)?(?:的)?${SCENE}`),
  // Every scenario qualified only as lawful or possible is every scenario: "一切合法应用场景", "所有合规场景".
  new RegExp(`(?:全部|一切|各类|所有|任何|各种)(?:的)?(?:合法合规|依法合规|合法|合规|依法|正当|可能|潜在|可行|适宜)(?:的)?(?:公共|政务)?(?:数据)?${SCENE}`),
  // Any activity at all the operator may carry out on the data: "乙方可在平台内就授权数据开展符合法律法规的各类开发利用活动"
  // (not those of the scenario: "在本场景内开展各类开发利用活动").
  /(?:可|可以|有权)(?:(?!本场景|该场景|此场景|场景内)[^，。；]){0,24}?开展[^，。；]{0,12}?(?:任何|一切|各类|所有|各种)(?:的)?(?:数据)?(?:开发利用|开发|利用|经营|运营|加工)(?:活动|业务)/,
  // Any product at all: "乙方可以据此开发任何合法合规的数据产品".
  /(?:开发|提供|经营)(?:任何|一切|各类|所有)[^，。；]{0,8}?(?:数据)?(?:产品|服务|应用)/,
  // The data put to any kind of use ("将授权数据用于其经营范围内的各类数据产品和服务开发"), not uses of the scenario
  // ("用于本场景下的各类数据产品开发").
  // Not a use forbidden ("授权数据不得用于任何未经批准的应用场景").
  /数据[^，。；]{0,4}?(?<!不得|不能|不可|禁止|严禁|不应)用于(?:(?!本|该|此|上述|前述|约定|授权|场景)[^，。；]){0,16}?(?:任何|一切|各类|所有|各种)[^，。；]{0,8}?(?:数据)?(?:产品|服务|应用|用途|业务|开发)/,
  // Any product of a field ("开发与医疗健康、养老服务相关的各类数据产品"), not of the scenario granted ("与该场景相关").
  /(?:开发|提供|经营)(?:与|和|同)(?:(?!本|该|此|上述|前述|约定|授权|场景)[^，。；]){2,20}?(?:相关|有关)的?(?:任何|一切|各类|所有|各种)[^，。；]{0,8}?(?:数据)?(?:产品|服务|应用)/,
  // The scenarios left to whoever runs them: "各自领域内的应用场景由该成员自行确定".
  new RegExp(`${SCENE}[，,]?[^，。；]{0,6}?由[^，。；]{0,10}?(?:自行|自主|自己)(?:确定|决定|选择|策划|开发)`),
  new RegExp(`包括但不限于[^。；]{0,6}?${SCENE}|${SCENE}[^。；]{0,4}?包括但不限于`),
  new RegExp(`${SCENE}[：:为]?\\s*不限|不区分${SCENE}|不限(?:定)?${SCENE}|不(?:设|指定|限定|明确)(?:具体|特定)?${SCENE}|${SCENE}[：:]?\\s*不作(?:限定|限制|约定)`),
  // Scenarios no longer told apart, however the refusal is put: "不再区分应用场景", "不按应用场景区分授权", "不分应用
  // 场景", "无论用于何种应用场景，均无需另行申请" (not a duty that holds in every scenario).
  new RegExp(`(?:不再|不|无需|无须|不必|不予)(?:按|以|对)(?:具体)?${SCENE}(?:进行)?(?:区分|划分|细分|分别)|(?:不再|无需|无须|不必|不予)(?:区分|划分|细分|限定)(?:具体|各|不同)?(?:的)?${SCENE}|不分(?:具体)?${SCENE}|无论[^，。；]{0,8}?何(?:种|类)?${SCENE}[^。；]{0,8}?均(?:可|无需|无须|属|在|适用本|纳入)`),
  new RegExp(`(?:仅为|均为|属于)?示例性${SCENE}|${SCENE}(?:仅为|仅作)示例`),
  // The grant bound to no scenario: "该权益不与具体应用场景绑定", "本次授权不与特定场景挂钩" (a product bound to one is
  // the opposite). Session 23.
  new RegExp(`不(?:与|同|和|跟)(?:任何|具体|特定|某一|单一|既定|约定)?(?:的)?${SCENE}(?:相)?(?:绑定|挂钩|关联|对应)|不(?:绑定|对应|挂钩)(?:任何|具体|特定|某一|单一)?(?:的)?${SCENE}`),
  // The uses granted left open: "授权用途包括但不限于前述内容", "数据用途包括但不限于信用评估"; a list of duties or
  // measures left open is not a grant. Session 23.
  /(?:授权|数据)(?:的)?(?:用途|应用范围|使用范围|使用用途|应用方向)[^。；]{0,6}?(?:包括但不限于|不限于)/,
  // The scope is whatever the operator judges worth it: "以及乙方认为具有开发价值的其他场景", "运营机构认定的其他应用方向".
  new RegExp(`${OPERATOR_NAME}(?:认为|认定|判断|评估认为)[^，。；]{0,16}?的[^，。；]{0,4}?(?:${SCENE}|用途|应用方向|领域|方向)`),
  // The operator named by 其 after it is the subject: "乙方可以将授权数据用于其认为具有市场价值的任何合法用途".
  // The operator the subject of its own clause too, the grantor consenting: "并同意乙方将同一批数据用于其认为适当的其他场景".
  new RegExp(`(?:^|[，,；：:])[^，,。；]{0,6}?${OPERATOR_NAME}(?:(?!不得|不能|不可|禁止|严禁|无权)[^。；]){0,20}?其(?:认为|认定|判断)[^，。；]{0,16}?的[^，。；]{0,4}?(?:${SCENE}|用途|应用方向|领域|方向)`),
];
/**
 * The use granted named as any kind of product ("授权用途：用于支撑经济社会发展的各类数据产品和服务开发"), its label in
 * the sentence or as its heading; not the scenario's ("授权用途：用于本场景下的各类数据产品开发").
 */
const ANY_USE_GRANTED = /授权(?:用途|目的)(?:为|是|[：:])\s*(?:(?!本|该|此|上述|前述|约定|场景)[^，。；]){0,20}?(?:任何|一切|各类|所有|各种)[^，。；]{0,8}?(?:数据)?(?:产品|服务|应用|用途|业务)/;
/**
 * Scenarios the operator picks or grows itself ("自主选取数据并确定应用场景", "自主孵化场景"), or fields it extends into
 * ("自主延伸开发船舶燃料供应、供应链金融等关联业务的数据产品"), unless each is then approved
 * or granted on its own ("经市数据局审核同意后纳入场景清单", "成熟场景按程序申请授权"): proposing a scenario is no grant.
 */
const OPERATOR_PICKS = new RegExp(`(?:自主|自行)(?:选取|挑选|选定|孵化|培育|挖掘|确定|拓展|策划|选择|决定|增加|增设|新增|设立|开辟|扩展|开拓|增补|补充|添加|调整|增减)[^，。；]{0,10}?${SCENE}|${SCENE}[^，。；]{0,6}?由${'(?:乙方|运营机构|运营方|授权运营机构)'}[^，。；]{0,12}?(?:确定|决定|选择|策划|自定)|(?:自主|自行)(?:延伸|拓展|扩展|开拓)(?:开发)?[^，。；]{0,30}?(?:关联|相关|延伸|衍生)(?:的)?(?:业务|领域|行业|产业)`);
const EACH_APPROVED = /(?:报|经)[^，。；]{0,8}?(?:审核|审批|批准|核准|同意|审定)|(?:申请|报请)(?:授权|审批|批准)|一场景一授权|另行(?:签订|授权)|逐一授权|单独授权|按程序/;
/**
 * A product's review before it is sold ("形成的产品和服务经合规审核后即可上架") approves the product, not the scenario: a
 * clause about it is no approval of each scenario.
 */
const PRODUCT_REVIEWED = /(?:产品|服务|成果)[^，。；]{0,8}?(?:经|通过)[^，。；]{0,6}?(?:合规|安全|质量|技术|业务)?(?:审核|审查)/;
const scenarioApproved = (rest: string) => EACH_APPROVED.test(clauses(rest).filter((c) => !PRODUCT_REVIEWED.test(c.text)).map((c) => c.text).join(''));
// Scenarios not fixed when the grant is made: "具体场景不作事先限定", "应用场景由双方另行商定", "场景待后续确定" (not when
// the later scenario needs its own grant: "另行签订授权协议"; nor when what is fixed later is another scenario's operator:
// "就其他应用场景另行确定运营机构").
const UNFIXED = new RegExp(`${SCENE}[^，。；]{0,4}?(?:不作|不予|不做|无需|不)(?:事先|预先|提前|具体|事前)(?:限定|限制|约定|列举|明确|确定)|${SCENE}(?:的)?(?:范围|清单|目录|内容|名称)?(?:由[^，。；]{0,16}?)?(?:另行|事后|后续|再行|届时)[^，。；]{0,6}?(?:商定|约定|协商|确定|明确)(?![^，。；]{0,4}?(?:运营机构|运营主体|运营单位))|${SCENE}[^，。；]{0,4}?(?:待定|待后续确定|视情况确定)`
  // Found as the operation goes on: "应用场景在运营过程中逐步明确".
  + `|${SCENE}[^，。；]{0,10}?(?:逐步|陆续|动态|边运营边)(?:明确|确定|形成|探索|增加)`);
/**
 * Scenarios the grant itself lists as undecided ("待定场景由乙方提出，经甲方确认后实施", a list row "S-02 | 待定"): the
 * grant binds no scenario there, unless each is then approved or granted on its own (EACH_APPROVED, OWN_GRANT); a
 * confirmation or a filing is no grant.
 */
const PENDING = new RegExp(`(?:待定|未定|待确定|暂未确定)(?:的)?${SCENE}|${SCENE}[^，。；|｜]{0,8}?[|｜]\\s*(?:待定|未定|待确定)\\s*[|｜]`);
/**
 * The scenarios fixed only after the grant, whoever fixes them ("具体服务场景在协议履行过程中由双方另行商定", "乙方的应用
 * 场景，于协议生效后三个月内协商确定", "应用场景待授权后再行明确"): between the scenario and the deciding verb only who
 * decides, when or on what ground; a term of it is no scenario ("场景收益在履行中另行商定", "本场景未尽事宜另行协商").
 */
const WHEN = '(?:在|于|待)[^，。；]{0,12}?(?:过程中|期间|期内|(?:履约|履行|运营|实施|执行|运行)中|(?:后|以后|之后)(?:[^，。；]{0,6}?内)?|时)';
// A table cell counts too: "应用场景：待运营机构入场后结合市场需求确定".
const DEFERRED = new RegExp(`${SCENE}(?:的)?(?:范围|清单|目录|名称|内容)?(?:[，,：:]\\s*|将|拟|均|${WHEN}|由[^，。；]{0,12}?|(?:根据|视|结合|依据|按照)[^，。；]{0,12}?(?:情况|需要|需求|进展|实际))*?(?:另行|再行|届时|适时|事后|后续|协商|共同)?(?:商定|约定|确定|明确)(?![^，。；]{0,4}?(?:运营机构|运营主体|运营单位))`);
/** What makes the decision a later one: a word of later time, or a time after the grant. */
const LATER = /另行|再行|届时|适时|事后|后续|后|期间|过程|期内|(?:履约|履行|运营|实施|执行|运行)中/;
/**
 * No scenario set when the grant is made, a choice put off ("本方案暂不设定具体应用场景", "本协议不确定特定场景"), unless
 * each later one is approved or granted on its own. "不确定的场景" (uncertain) and "未明确场景前不得使用" are no grant.
 */
// However the refusal is put ("不再逐一列举后续场景", "不一一列明其他场景"): the scenarios after the first are not fixed.
// A list kept elsewhere ("不再逐一列举场景，详见附件二") is fixed there.
const NONE_SET = new RegExp(`(?:暂不|暂未|暂缓|不再|不)(?:予|另行)?(?:逐一|一一|逐项|逐个|事先|预先)?(?:设定|设置|设|确定|指定|限定|明确|预设|约定|列明|划定|列举|列出|罗列|穷举)(?:(?:具体|特定|后续|今后|以后|其他|其余|新增|更多)(?:的)?)?${SCENE}(?![^，。；]{0,2}?(?:前|之前|以前|时|即|的))(?![^。；]{0,12}?(?:详见|参见|见|列于|载于)[^，。；]{0,6}?(?:附件|附表|清单|目录))`);
/**
 * Scenarios spared a grant of their own ("具体场景无需另行签订协议", "各应用场景均不再单独授权"): one grant carries them all.
 * Products within the scenario granted ("本场景内的产品迭代无需另行授权") are not scenarios.
 */
// The scenario may be the topic of a condition first: "乙方就单个场景开展运营的，无需另行申请授权".
const SCENES_SPARED = new RegExp(`(?:具体|各|各个|各类|每个|每一|单个|任一|任何|所有|全部|其余|其他|后续)(?:的)?${SCENE}(?:[^，。；]{0,12}?的[，,])?(?:均|一律|都|亦|也)?(?:无需|无须|不需要?|不必|不再|免于)(?:另行|重新|单独|分别|逐一|逐项|再次|再)?(?:授权|签订|签署|订立|申请|报批|审批)`);
/**
 * The data used before any scenario is fixed ("场景清单确定前，乙方可以先行使用授权数据开展产品研发"): the grant runs
 * without a scenario.
 */
const BEFORE_SCENES = new RegExp(`${SCENE}(?:清单|目录|范围|名录)?[^，。；]{0,4}?(?:确定|明确|批准|同意|备案)(?:前|之前|以前)[，,]?[^。；]{0,12}?(?<!不)(?:可以|可|即可|有权)(?:先行|提前)?[^，。；]{0,4}?(?:使用|调用|开发|开展|运营|获取)`);
/** What a clause says the granted scenarios are: "授权场景为：……", "授权应用场景：……". */
const GRANTED_SCENES = /授权(?:的)?(?:应用)?场景(?:为|包括|是|[：:])/;
// A new use is a new scenario whatever it is called: "新的数据应用需求", "新增用途".
// A scenario the text does not list is a new one: "本方案未列明的应用场景".
// A new need of the market, the business or users is a new use too: "出现新的市场需求的".
// A scenario past the listed ones is new too: "超出附件二所列场景开展运营".
// Scenarios to come, or those of data newly catalogued: "今后新纳入目录的数据资源及其对应应用场景".
const NEW_SCENE = new RegExp(`(?:超出|超过|突破|超越)[^，。；]{0,10}?${SCENE}|(?:今后|以后|此后|日后|将来|新(?:纳入|列入|增加|接入|归集|编目))[^。；]{0,30}?${SCENE}|新(?:的|(?:提出|申请|发现|产生|出现|开发|拓展)的)?(?:应用)?场景|未(?:列明|列入|载明|列出|列举)的(?:应用)?场景|(?:新增|新的|拓展|延伸|以外|之外|其他|其余|后续|关联|增加|增设|扩大|增补|补充|添加)[^。；]{0,10}?${SCENE}|${SCENE}(?:以外|之外)|${SCENE}[^。；]{0,16}?(?:拓展|扩展|延伸|增加|新增)|新(?:增|的|提出的)?(?:数据)?(?:应用|使用|开发|市场|业务|用户|客户)?(?:需求|用途|方向)`);
const NO_NEW_GRANT = new RegExp(
  `(?:无需|无须|不需要?|不必|不再|不另行|免于)(?:甲方|授权方|实施机构)?(?:另行|重新|单独|再次)?(?:授权|签订|申请|组织授权|报批|组织[^，。；]{0,8}?(?:遴选|选择|招标|竞争)|遴选|(?:通过|经过?|经由)[^，。；]{0,12}?(?:遴选|招标|竞争|比选))|(?:告知|通知|报备|备案)[^，。；]{0,8}?(?:即可|后即)|视为(?:已)?(?:(?:取得|获得|获)[^，。；]{0,6}?)?${GRANT}|`
  // Deemed part of this grant: "视为本协议授权范围", "视为属于本方案授权事项", "视为本协议约定的授权内容".
  + `(?<!不|不得|不应|不能)视为(?:属于|纳入|列入|在)?(?:本|原|该)(?:协议|方案|合同)(?:约定|项下)?的?(?:授权|约定)(?:范围|事项|内容)?|报[^，。；]{0,10}?备案|口头同意`
  // The new one under this very grant, however joined: "均适用本协议授权", "同样适用本授权", "一并适用本次授权".
  + `|(?<!不|不得|不应|不能|不再)(?:均|同样|亦|也|一并|一律|同等)?适用(?:本|原|该)(?:协议|方案|合同|次|项)?(?:的|项下的?)?授权`
  // The grant's procedure spared, whatever verb runs it: "不另行履行遴选程序", "无需再办理授权手续", "免于履行审批程序".
  + `|(?:无需|无须|不需要?|不必|不再|不另行|免于|免予)(?:另行|重新|单独|再次|再)?(?:履行|办理|执行|经过|走)[^，。；]{0,6}?(?:授权|遴选|审批|报批|招标|比选|竞争|论证)(?:程序|手续|流程)?`
  // The new scenario rides on the old grant or on the parties' agreement: "默认适用本方案及原授权运营协议",
  // "双方可以协商增加授权场景，增加的场景随续签协议一并生效".
  + `|(?:默认|自动|直接|当然|继续)(?:适用|沿用|纳入)|`
  // Silence or a form in place of the grant: "逾期未答复的，视为同意授权", "形式审查后出具确认函".
  + `视为(?:甲方)?(?:同意|批准|认可|准予)|形式(?:审查|审核|核查)|确认函|(?:登记|备案)(?:即可|后即)|`
  + `协商(?:增加|新增|增设|扩大|拓展|调整)|(?:随|纳入)[^，。；]{0,10}?(?:协议|合同)[^，。；]{0,6}?(?:一并)?生效`
  // A plan of its own spared: "不再另行编制实施方案".
  + `|(?:无需|无须|不再|不另行)(?:另行|重新|单独)?(?:编制|制定|制订|报批)[^，。；]{0,4}?方案`,
);
/** The grantor bound now to grant a new scenario ("甲方应当予以补充授权"): the new scenario needs no decision of its own. */
const GRANT_OWED = /(?:甲方|授权方|实施机构|数据主管部门)[^，。；]{0,6}?(?:应当|应|须|必须|承诺)(?:予以|给予|予|及时|同步)?(?:补充|追加|扩大|同步|一并)?(?:授权|纳入授权)/;
/**
 * A new scenario carried by this grant, whatever the gate (consent, a filing, nothing): it joins this agreement or plan
 * ("该场景纳入本协议授权范围", "列入本协议附件") or runs under it ("参照本方案执行", "适用本协议各项约定"), instead of a
 * grant of its own. Following the agreement's rules as a duty ("应当按照本协议执行") carries nothing.
 */
const JOINS = /(?:纳入|列入|并入|归入|补入)(?:本|原|该)(?:协议|方案|合同)/;
const RUNS_UNDER = /(?<!应当?|须|必须|需)(?:适用|参照|按照|依照|比照)(?:本|原)(?:协议|方案|合同)(?:[^，。；]{0,4}?(?:执行|各项约定|实施))/;
function carried(s: string, asked: string): string | null {
  if (!NEW_SCENE.test(asked) || OWN_GRANT.test(s)) return null;
  for (const re of [JOINS, RUNS_UNDER]) if (notNegated(s, re)) return re.exec(s)![0];
  return null;
}


/**
 * The listed scenarios called examples, not the bounds of the grant ("附件一所列……为本协议的示范性应用场景", "上述场景
 * 仅供参考"): what is listed limits nothing. A model to build ("建设为省级示范性应用场景", "以下为示范性场景") is the plan's
 * aim, so 示范 counts only when the agreement's or plan's own scenarios are called so.
 */
const AS_EXAMPLE = /示例|示范|参考|举例|列举|指引|指导|示意/;
const LISTED_AS_EXAMPLE = new RegExp(`(?:所列|列明|列举|附件|以下|下列|下述|上述|前述|清单)[^。；]{0,40}?(?:仅为|均为|仅作为?|为|是|系)(?:本(?:协议|方案|合同))?(?:的)?(?:示例|参考|举例|列举)性(?:的)?${SCENE}|(?:为|是|系)本(?:协议|方案|合同)的(?:示例|示范|参考|举例|列举)性(?:的)?${SCENE}|${SCENE}(?:清单|目录)?(?:仅为|仅作|仅供|只是|只作)(?:示例|参考|举例|列举)`
  // The list called a guide: "《场景清单》为指引性清单".
  + `|${SCENE}(?:清单|目录|列表)[》」”]?[^。；]{0,6}?(?:仅为|均为|为|是|系)(?:示例|参考|举例|列举|指引|指导|示意)性(?:的)?(?:清单|目录|列表)`);
/**
 * A scenario entry left to the operator to fill: the scenario cell a catch-all or itself the operator's act ("场景名称：
 * 其他创新应用……说明：运营机构自行拓展", "场景名称：由运营机构自行确定"). A named scenario's price or content the operator
 * sets ("景区客流预警 | 定价由运营机构自行确定") is no entry left open.
 */
const ENTRY_BY_OPERATOR = new RegExp(`(?:由)?${OPERATOR_NAME}(?:自行|自主|自己|单方)(?:拓展|扩展|增加|新增|增设|增补|开拓|策划|确定)(?=[，。；]|$)`);
// The entry may be numbered ("场景三：其他……") or a catch-all by growth ("后续拓展场景").
const OPEN_ENTRY = new RegExp(`${SCENE}(?:名称)?[一二三四五六七八九十\\d]*[：:]\\s*(?:其他|其它|其余|后续|新增|更多|拓展|待|(?:由)?${OPERATOR_NAME}(?:自行|自主))`);
/**
 * What fills such an entry later, anywhere in its row or item: the operator ("具体内容由运营机构在实施过程中细化", "由运营
 * 机构根据市场需求自行确定") or need as it comes ("根据政府部门和市场需求动态增补"). An entry each filled by the grantor's
 * approval ("经甲方审核同意后纳入") keeps the mode (EACH_APPROVED).
 */
const FILLED_LATER = new RegExp(`${OPERATOR_NAME}[^，。；]{0,16}?(?:确定|细化|拓展|扩展|增加|新增|增设|增补|补充|策划|明确)|(?:动态|陆续|适时|逐步|随时|根据[^，。；]{0,12}?(?:需求|需要))[^，。；]{0,4}?(?:增补|增加|补充|拓展|扩展|调整|确定|细化|明确)`);
/**
 * The scenario granted named as whatever relates to a matter ("授权场景为：住房租赁相关应用", "……有关业务"): a category,
 * not a scenario. A use named after it ("住房租赁相关的房源核验服务") is one; a scenario with its own
 * services ("普惠金融信贷及相关服务") is sceneBounds.ts's to judge.
 */
const RELATED_CATEGORY = /授权(?:运营)?(?:的)?(?:应用)?场景(?:名称)?(?:(?:为|是|系)[：:]?|[：:])\s*[“"「]?[^，。；”"」]{1,20}?(?<![及和与])(?:相关|有关)(?:的)?(?:应用|业务|服务|产品|开发|场景|领域|事项)(?:等)?[”"」]?\s*(?:[，。；]|$)/;

/** Words the reader starts from. */
export const AUTHORIZATION_MODE_QUICK =
  /[两二三四五六七八九十\dN]个(?:应用)?场景|整合为|合并为|通知|同一|标段|全部|全量|所有|一切|各类|任何|各种|不限|为准|待定|未定|待确定|不以|不受|局限|拘泥|拘囿|不区分|区分|不分|无论|赋予|给予|运营权|经营权|开发利用权|级(?:公共|政务)数据|示例|示范|参考|举例|列举|有关|自主|自行|新增|新的|拓展|扩展|延伸|以外|之外|其他|后续|关联|整体|打包|一揽子|综合|合并|统一|一并|分领域|分行业|分部门|分区域|为单位|一次|多场景|重复授权|全部业务|不设|不指定|不限定|不明确|不作|不确定|不预设|不约定|不列明|不划定|暂不|暂未|暂缓|另行|再行|届时|适时|每个|每一|领域|口头|备案|告知|视为|全市|全省|全区|全县|全域|覆盖|涵盖|同时|逐项|逐一|逐个|单独|单场景|分别|各|增加|增设|扩大|默认|直接|协商|生效|限制|上限|不同|授权范围|授权事项|授权标的|项下|需求|用途|授权乙方|授权给|授予|依托|领域|授权行业|授权部门|新|未列|未载|未明确|清单外|附件外|自动|当然|归集|汇聚|汇集|接入|目录全文|总目录|享有|按需|应授尽授|视同|单元|数据范围|不限于|增补|补充|添加|调整|增减|其它|其余|登记|等(?:应用)?场景|取得|获得|授权乙方|补充授权|追加授权|行业|板块|产业|认为|认定|逐步|陆续|任意|(?:确定|明确|批准|同意|备案)(?:前|之前|以前)|纳入|列入|并入|归入|补入|适用|参照|按照|依照|比照|具体|实际|清单|名单|目录|衍生|相关|涵盖|包括|包含|指定|直接|推荐|国有|市属|区属|县属|省属|单一来源|框架协议|战略合作|备忘录|不经|未经|无需|无须|不再|免于|免予|不通过|不采用/;

/**
 * What the grant covers left to what happens after it (a property of the grant, whatever the words):
 * - the scope grows by itself: new data or scenarios "自动纳入/当然纳入/自动适用" the grant;
 * - scenarios beyond the listed ones allowed: "附件一未列明的场景，乙方……亦可开展", "除第五条所列场景外，乙方还可……";
 * - the scenario list kept by the operator alone: "场景清单每年由乙方自行更新".
 * Not "未列明的场景不得开展", nor a new scenario "应纳入授权范围后方可开展".
 */
const GROWS = /(?:自动|当然|直接|即)(?:纳入|列入|进入|成为|适用|并入|属于|视为)[^，。；]{0,12}?(?:授权|协议|方案)(?:的)?(?:范围|事项|内容|数据|场景)?/;
const BEYOND_LIST = new RegExp(`(?:未(?:列明|列入|载明|列出|列举|明确)|(?:所列|列明|列举|约定)(?:的)?[^，。；]{0,4}?${SCENE}(?:以外|之外|外)|清单(?:以外|之外|外)|附件[^，。；]{0,4}?(?:以外|之外|外))[^。；]{0,30}?(?:亦可|也可|还可|均可|同样可以?|仍可|可以|可)(?:以)?[^，。；]{0,30}?(?:开展|开发|使用|运营|提供|实施|从事)`);
// "乙方不得自行调整……应用场景": the prohibition between the operator and its act keeps the list with the grantor.
const OPERATOR_KEEPS = new RegExp(`${SCENE}(?:清单|目录|范围|名录)?[^，。；]{0,10}?由${OPERATOR_NAME}[^，。；]{0,6}?(?:自行|自主|单方)(?:更新|调整|增加|补充|修订|变更|增减|确定)|${OPERATOR_NAME}(?:(?!不得|不能|不可|禁止|严禁|无权)[^，。；]){0,6}?(?:自行|自主|单方)(?:更新|调整|补充|修订|变更|增减)[^，。；]{0,8}?${SCENE}`);

/**
 * The grant read through the clause parse (clauseParse.ts): who may add a scenario and on what condition, what the
 * operator may take, and what is deemed granted.
 * - A scenario beyond the list the operator may open on a condition that is no grant: a filing or notice, silence, its
 *   own approval, or none ("经向甲方报备后开展其他应用场景"); the grantor's approval, consent or a new agreement keeps it.
 * - Every department's data the operator may take on demand ("可按需申请使用各部门公共数据，原则上应授尽授").
 * - All done within a unit deemed granted ("在授权领域内开展的全部应用均视为已获授权"), unless the unit is a scenario
 *   (read with the glossary: a defined term is what it means).
 */
// Or brings it in itself: "后续各场景由运营机构报数据管理部门登记后上线".
const OPERATOR_MAY = new RegExp(`${OPERATOR_NAME}[^。；]{0,30}?(?<!不)(?:可以|可|有权|允许|能够)|由${OPERATOR_NAME}`);
/** A registration or filing as the only gate ("报……登记后上线", "备案后实施"): no grant. */
const REGISTERS = /(?:登记|备案|报备|告知|通知)(?:后|即)/;
const NO_GRANT_CONDITION = new Set(['notice', 'silence', 'own']);
// A proposal to the grantor asks too ("可以向甲方提出建议", "向实施机构提交申请"): the grantor decides.
const ASKS_GRANT = /授权|批准|审批|同意|签订|另行|审核|论证|评审|建议|(?:向|报)(?:甲方|授权方|实施机构|数据主管部门)[^，。；]{0,6}?(?:提出|提交|报送|申请)/;
const ON_DEMAND = /按需|根据(?:业务|实际|工作)?需(?:要|求)|应授尽授|随时|不受[^，。；]{0,4}?限制/;
const TAKES = /(?:申请|调用|使用|获取|取得|共享|接入)[^，。；]{0,4}$/;
const TAKES_WORD = /申请|调用|使用|获取|取得|共享|接入/;
const DEEMED = /(?:一切|全部|所有|任何|各类)[^。；]{0,12}?(?:均|即|都|一律)?(?:视为|视同)(?:已)?(?:获得|取得|获)?(?:甲方)?授权/;
// The act kept within the scenario granted ("在本场景范围内迭代产品"): a new need met there opens no scenario. The data
// granted is no scenario ("在已授权数据范围内").
const WITHIN_SCENE = new RegExp(`(?:本|该|此|已授权|授权|约定|所列)(?:的)?${SCENE}(?:范围)?(?:内|中|之内|项下)`);
function grantRead(s: string, doc?: DocumentTerms): ClauseReading | null {
  // The new scenario is what the operator may open, not what it must keep out of ("仅可在本场景内……，不得用于其他场景").
  const ns = NEW_SCENE.exec(s);
  const nsClause = ns && (clauses(s).find((x) => ns.index < x.start + x.text.length) ?? { text: s, start: 0 });
  if (ns && nsClause && !isNegated(nsClause.text, Math.max(0, ns.index - nsClause.start)) && !/仅|只(?:能|可)/.test(s) && !WITHIN_SCENE.test(s) && OPERATOR_MAY.test(s) && !OWN_GRANT.test(s)) {
    const may = OPERATOR_MAY.exec(s)!;
    // The condition of the clause that lets the operator open it, not one written over another clause.
    const c = conditionAtIndex(s, may.index + may[0].length - 1) ?? (REGISTERS.test(s) ? { kind: 'notice' as const, text: REGISTERS.exec(s)![0] } : undefined);
    const cl = clauses(s).find((x) => may.index + may[0].length - 1 < x.start + x.text.length) ?? { text: s, start: 0 };
    // Who may is the party the clause of the modal names, when it names one ("……确定一家运营机构，但其他市场主体仍可……
    // 在其他场景的遴选中平等参与竞争": the other market players may compete, the operator opens nothing).
    const who = holderOf(cl.text, Math.max(0, may.index + may[0].length - 1 - cl.start))?.party;
    if (!isNegated(cl.text, Math.max(0, may.index + may[0].length - 1 - cl.start)) && !isContrastClause(cl.text) && (!who || who === 'operator' || who === 'group')) {
      if (c && NO_GRANT_CONDITION.has(c.kind)) return { reading: 'permission', condition: c.text };
      if (!c && !ASKS_GRANT.test(s)) return { reading: 'permission' };
    }
  }
  // Parsed only when the sentence holds what the reading below asks for: a verb of taking and no scenario to bound it.
  const mayTakeAll = TAKES_WORD.test(s) && (ON_DEMAND.test(s) || !/场景/.test(s));
  for (const p of mayTakeAll ? parseSentence(s) : []) {
    if (!letsHappen(p) || p.modality === 'must-not' || (p.holder && p.holder.party !== 'operator')) continue;
    if (p.act?.kind !== 'use' && p.act?.kind !== 'succeed') continue;
    if (p.object?.kind !== 'data' && p.object?.kind !== 'grant') continue;
    // The object as the document defines it ("授权数据" that means the whole catalogue).
    const scope = resolved(p.text.slice(p.act.at), doc);
    if ((MANY_HOLDERS.test(scope) || ALL_DATA.test(scope)) && TAKES.test(p.text.slice(0, p.act.at + p.act.verb.length))) return { reading: 'permission' };
  }
  const d = DEEMED.exec(s);
  if (d) {
    const c = clauses(s).find((x) => d.index < x.start + x.text.length) ?? { text: s, start: 0 };
    const within = /在([^，。；]{1,16}?)(?:内|中|范围内|之内)/.exec(s.slice(0, d.index + d[0].length));
    const unit = within ? resolved(within[1], doc) : '';
    if (!isNegated(c.text, Math.max(0, d.index - c.start)) && !(/场景/.test(unit) && !FIELD_UNIT.test(unit.replace(/场景/g, '')))) return { reading: 'permission', condition: d[0] };
  }
  return null;
}

/**
 * Scenarios stretched by likeness to the listed ones ("附件所列场景以及与之相关联、相类似的其他场景"), unless such a one
 * needs a grant of its own ("相关的其他场景另行授权").
 */
const LIKE_LISTED = new RegExp(`(?:相关联|相关|关联|相类似|类似|相近|近似)的?(?:其他|其它)${SCENE}`);
/**
 * Every scenario named as where a duty holds ("在任何场景中使用授权数据，均应当遵守数据安全要求"): the duty binds in all
 * of them, it opens none. A permission in the same clause ("可在任何场景中使用") still opens them.
 */
// Every scenario the subject of where it runs or what binds it ("全部场景依托市公共数据平台开展", "所有场景统一接受平台
// 日志审计"): a rule for the scenarios granted, not more of them.
const DUTY_EVERYWHERE = new RegExp(`(?:在|于)(?:全部|一切|各类|所有|任何|各种)(?:个)?${SCENE}(?:中|下|内|里)?(?:(?!可|有权|允许)[^。；]){0,30}?(?:均|都|一律|亦)?(?:应当?|须|必须|不得|负有)`
  + `|(?:全部|所有|各个|各类)(?:个)?${SCENE}(?:均|都|一律|统一)?(?:依托|依靠|基于|部署于|部署在|在[^，。；]{0,12}?(?:平台|专区|环境|空间)(?:内|中|上)?(?:开展|运行|部署|进行)|应当?|须|必须|接受|纳入[^，。；]{0,16}?(?:监管|审计|监测|管理))`);
const dutyEverywhere = (s: string) => {
  const m = DUTY_EVERYWHERE.exec(s);
  if (!m) return false;
  const c = clauseAt(s, m.index);
  return !/可|有权|允许/.test(c.text.slice(0, m.index - c.start));
};
/**
 * The scenario list left to the operator's view of need ("附件二：场景清单（暂定，可由乙方根据需要调整）", "场景清单……
 * 乙方可根据市场情况增减"): the operator decides what is granted. What it adjusts must be the list, not a product within it.
 */
const LIST_ADJUSTED = new RegExp(`(?:${SCENE}(?:清单|目录|范围|名录|列表)?|附件[一二三四五六七八九十\\d]*)(?:(?!产品|功能|服务|内容|参数|价格|方案|计划|人员|不得|不能|无权)[^。；]){0,30}?(?:可|可以|有权)?(?:由)?${OPERATOR_NAME}(?:可|可以|有权)?(?:根据|视|依据|按照|结合)[^，。；]{0,10}?(?:需要|需求|情况|实际)[^，。；]{0,4}?(?:进行)?(?:调整|更新|增减|变更|修订|增加|补充|扩展)(?=[，。；）)]|$|${SCENE})`);

/** A grant of its own required of each scenario ("每一场景均应单独授权"), not a way set aside ("逐一授权效率不高"). */
function ownGrantRequired(s: string): boolean {
  const m = OWN_GRANT.exec(s);
  if (!m) return false;
  const c = clauseAt(s, m.index);
  return !isNegated(c.text, m.index - c.start) && /应|须|需(?!求)/.test(c.text.slice(0, m.index - c.start));
}

export function readAuthorizationMode(u: Unit, doc?: DocumentTerms): ClauseReading | null {
  const s = u.text;
  const defined = definedOpen(s, doc);
  if (defined) return { reading: 'permission' };
  const unit = grantsOtherUnit(u, doc);
  if (unit) return unit;
  const read = grantRead(s, doc);
  if (read) return read;
  // The scenarios granted listed and left open: "授权应用场景：信用服务等场景".
  if ((GRANTED_SCENES.test(s) || /授权(?:的)?(?:应用)?场景/.test(u.heading)) && notNegated(s, OPEN_LIST) && !CLOSED_LIST.test(s)) return { reading: 'permission', condition: OPEN_LIST.exec(s)![0] };
  // Scenarios without a limit of number, each still granted on its own ("场景数量不设上限，但每一场景均应单独授权"), keep the mode.
  if (!dutyEverywhere(s) && OPEN_SCENES.some((re) => notNegated(s, re)) && !ownGrantRequired(s)) return { reading: 'permission' };
  if (/授权(?:用途|目的)/.test(`${u.heading}${s}`) && ANY_USE_GRANTED.test(`${u.heading}：${s}`)) return { reading: 'permission' };
  if (AS_EXAMPLE.test(s) && notNegated(s, LISTED_AS_EXAMPLE) && !OWN_GRANT.test(s)) return { reading: 'permission', condition: LISTED_AS_EXAMPLE.exec(s)![0] };
  if (/[|｜]/.test(u.quote) && OPEN_ENTRY.test(s) && notNegated(s, ENTRY_BY_OPERATOR)) return { reading: 'permission', condition: ENTRY_BY_OPERATOR.exec(s)![0] };
  if (OPEN_ENTRY.test(s) && notNegated(s, FILLED_LATER) && !OWN_GRANT.test(s) && !EACH_APPROVED.test(s) && !EXCLUDES.test(s)) return { reading: 'permission', condition: FILLED_LATER.exec(s)![0] };
  if (notNegated(s, RELATED_CATEGORY)) return { reading: 'permission', condition: RELATED_CATEGORY.exec(s)![0] };
  const picked = OPERATOR_PICKS.exec(s);
  if (picked && !dutyEverywhere(s) && notNegated(s, OPERATOR_PICKS) && !scenarioApproved(s.slice(picked.index + picked[0].length))) return { reading: 'permission' };
  if (notNegated(s, LIKE_LISTED) && !OWN_GRANT.test(s)) return { reading: 'permission', condition: LIKE_LISTED.exec(s)![0] };
  const inGrant = GRANTED_SCENES.test(s) || /授权(?:的)?(?:应用)?场景/.test(`${u.heading}${s}`);
  const unbounded = sceneUnbounded(s, inGrant);
  if (unbounded) return { reading: 'permission', condition: unbounded };
  const byOperator = scenesByOperator(s) ?? scenesBundled(s);
  if (byOperator) return byOperator;
  // A table row whose scenario cell is a catch-all ("场景名称：其他经甲方认可的场景"): the list it ends is left open.
  if (/[|｜]/.test(u.quote) && notNegated(s, CATCH_ALL_CELL) && !OWN_GRANT.test(s) && !EXCLUDES.test(s)) return { reading: 'permission', condition: CATCH_ALL_CELL.exec(s)![0] };
  if (/其他|其它/.test(s) && CATCH_ALL.test(`${u.heading}：${u.before.join('')}${s}`) && !OWN_GRANT.test(s) && !EXCLUDES.test(s)) return { reading: 'permission' };
  if (notNegated(s, BEFORE_SCENES)) return { reading: 'permission', condition: BEFORE_SCENES.exec(s)![0] };
  if (notNegated(s, UNFIXED) && !OWN_GRANT.test(s)) return { reading: 'permission', condition: UNFIXED.exec(s)![0] };
  if (notNegated(s, PENDING) && !OWN_GRANT.test(s) && !EACH_APPROVED.test(s)) return { reading: 'permission', condition: PENDING.exec(s)![0] };
  const later = DEFERRED.exec(s);
  // Fixed later through a review of its own ("由甲方组织论证后确定") is the grantor's decision, not a scenario left open.
  if (later && LATER.test(later[0]) && !/论证|审核|审定|审批|批准|核准/.test(later[0]) && notNegated(s, DEFERRED) && !OWN_GRANT.test(s) && !EACH_APPROVED.test(s.slice(later.index))) return { reading: 'permission', condition: later[0] };
  const none = NONE_SET.exec(s);
  if (none && notNegated(s, NONE_SET) && !OWN_GRANT.test(s) && !scenarioApproved(s.slice(none.index + none[0].length))) return { reading: 'permission', condition: none[0] };
  if (notNegated(s, SCENES_SPARED)) return { reading: 'permission', condition: SCENES_SPARED.exec(s)![0] };
  for (const re of [GROWS, OPERATOR_KEEPS, LIST_ADJUSTED]) if (notNegated(s, re)) return { reading: 'permission', condition: re.exec(s)![0] };
  // Gated on its words: the pattern is slow on long sentences without them.
  const beyond = /可/.test(s) && /未|外/.test(s) && /场景|清单|附件/.test(s) ? BEYOND_LIST.exec(s) : null;
  // "未列明" is the list's silence, not a negation: the permission is what is read ("亦可开展", not "不得开展").
  if (beyond && !isContrastClause(s) && !OWN_GRANT.test(s)) {
    const at = beyond.index + beyond[0].search(/(?:亦|也|还|均|同样|仍)?可(?:以)?[^可]*$/);
    const c = clauseAt(s, at);
    if (!isNegated(c.text, at - c.start)) return { reading: 'permission', condition: beyond[0] };
  }
  // The new scenario may be named in the sentence before ("乙方提出的新增场景申请，甲方应在三十日内答复；逾期未答复的，
  // 视为同意授权"): the answer read with its question.
  const asked = `${u.before.at(-1) ?? ''}${s}`;
  const carries = carried(s, asked);
  if (carries) return { reading: 'permission', condition: carries };
  if (NEW_SCENE.test(asked) && !OWN_GRANT.test(asked)) {
    const m = NO_NEW_GRANT.exec(s) ?? (notNegated(s, GRANT_OWED) ? GRANT_OWED.exec(s) : null);
    if (m) return { reading: 'permission', condition: m[0] };
  }
  // The operator named without the fair competition the mode requires (operatorChosen.ts).
  const chosen = operatorChosenWithout(s);
  if (chosen) return { reading: 'permission', condition: chosen };
  return null;
}
