import { clauseAt } from '../text';
import { isNegated, type ClauseReading } from '../clauses';
import type { Unit } from './units';
import { isContrastClause } from './background';
import type { DocumentTerms } from './index';
import { OPERATOR_NAME } from './actors';

/**
 * Hebei's mode (art. 15), its first half: the unit granted must be one scenario. What a grant clause hands over is read
 * whichever way it is put and judged as a unit: a scenario, or a field or sector, several departments' or all the data,
 * scenarios merged or granted at once. authorizationMode.ts reads the second half: scenarios left open or grown.
 */
const SCENE = '(?:应用)?场景';
const COUNT = `(?:多个|若干|[\\d０-９]+个|[二两三四五六七八九十百]+个)(?:应用)?场景`;
/** A grant by field, and the body that grants written before it ("行业主管部门分领域授权"): one phrase, read two ways. */
const BY_FIELD = '分(?:领域|行业|部门|区域)授权';
const GRANTING_BODY = '(?:部门|机关|政府|局|委|单位)(?:按照?|依照?)?';
const UNIT_NOT_SCENE: RegExp[] = [
  // The mode said as an adjective: "开展整体性授权", "打包式授权".
  /(?:整体|打包|一揽子|全量|综合|合并|统一|一并)(?:性|式)?(?:的)?授权/,
  // Handed over whole by any verb: "授权运营权整体授予乙方".
  /(?:整体|打包|一揽子|全量)(?:授予|交由|交给|移交|委托)/,
  // Or said as the manner of a grant or of taking it, whatever verb follows: "按整体打包方式取得……经营权", "以一揽子形式授予".
  /(?:以|按|按照|采用|采取|通过)(?:整体|打包|一揽子|全量)(?:打包)?(?:的)?(?:方式|形式|模式)[^，。；]{0,6}?(?:授予|授权|取得|获得|交由|移交|委托|享有)/,
  // Or by a field however put: "本方案按领域实施授权", "依行业进行授权"; not a body's grant ("按照部门授权范围使用").
  // Said after the body that grants, it is read by FIELD_BY_GRANTOR below.
  new RegExp(`(?<!${GRANTING_BODY})${BY_FIELD}|(?:按|按照|依|依照)(?:领域|行业|板块)(?:实施|进行|开展|组织)?授权(?!范围|的|要求|规定|文件|书)`),
  // Or by the departments that hold the data, and their whole data granted: "按数源部门分批授权：第一批授权市人力资源和
  // 社会保障局、……三个部门的全量数据".
  /(?:按|按照|依|依照)(?:数源|数据来源|数据提供|提供数据的?)?(?:部门|单位)(?:分批|逐个|逐一|分别)?(?:实施|进行|开展)?授权(?!范围|的|要求|规定|文件|书)|授权[^。；]{0,40}?(?:部门|单位)的?全量(?:公共|政务)?数据/,
  // One grant a field, said as a motto: "采取“一领域一授权”方式".
  /一个?(?:领域|行业|部门|板块|区域)一(?:个|次)?授权/,
  // One operator made the whole area's, running every field: "授权……公司作为全市公共数据授权运营机构，统筹开展各领域公共
  // 数据开发运营".
  /(?:作为|担任)(?:全市|全省|全区|全县|本市|本省|本区|本县)(?:唯一|统一)?的?(?:公共数据)?(?:授权)?运营(?:机构|主体|单位)[^。；]{0,20}?(?:各|全部|所有|一切|各个|各类)(?:个|类)?(?:领域|行业|部门)/,
  // Several fields handed over at once: "将本市交通、医疗两个领域的数据一并交由乙方运营".
  /(?:两个|多个|若干|各个|[二三四五六七八九十]+个|\d+个)(?:领域|行业|部门)[^。；]{0,16}?(?:一并|统一|整体|全部)?(?:交由|交给|授予|授权给?)(?:乙方|运营机构|授权运营机构|运营方)|一并(?:交由|交给|授予)(?:乙方|运营机构|授权运营机构|运营方)/,
  // The unit governs the grant of its clause, its object between ("以领域为单位对交通运输数据开展整体性授权"), unless a
  // scenario is what is granted there ("以领域为单位统筹，按场景授权").
  // A body of data as the unit, however named: "以林场数据资源目录为单元进行授权", "以数据集为单位授权".
  /以(?:授权运营)?(?:(?!场景)[^，。；]){0,12}?(?:领域|行业|部门|区域|数据资源|目录|数据集|数据库)为(?:单位|单元|基本单元)(?:(?!场景)[^，。；]){0,24}?授权/,
  // "本次授权以医疗健康领域为单元": the field is the unit granted, whatever it is called.
  /授权以[^，。；]{0,12}?(?:领域|行业|部门|区域)为(?:单位|单元|基本单元|对象)/,
  // The data's bounds set by a field ("授权数据范围按领域确定", "数据范围以行业划定"): the field is the unit.
  /数据(?:资源)?范围(?:按|以|依|按照)(?:领域|行业|部门|板块)(?:确定|划定|划分|界定|设定)/,
  // A scenario, or a table row, given the whole area's data ("场景名称：城市综合运营，数据范围：全市公共数据").
  /数据(?:资源)?范围(?:为|是|[：:])\s*(?:全市|全省|全区|全县|全域|全部|所有|全量)(?:范围内)?(?:的)?(?:(?:市|省|区|县)级|本级)?(?:的)?(?:公共|政务)?数据/,
  // Granted to a party ("……领域公共数据授权乙方运营"), not the operation's name ("某市交通出行领域公共数据授权运营").
  /领域(?:的)?(?:公共|政务)?数据(?:资源)?[^，。；]{0,6}?(?:分别|统一|一并)?授权(?:给|予)?(?:乙方|运营机构|授权运营机构|相应|各|一家|该|其|[\u4e00-\u9fff]{2,10}?(?:公司|中心|集团))/,
  // Read at the merging word, whose clause may deny it ("涉及多个部门，但均服务于同一场景，不与其他场景合并授权").
  new RegExp(`(?:多个|若干|\\d+个|[二两三四五六七八九十]+个)[^。；]{0,16}?${SCENE}[^。；]{0,10}?(?<t>打包|合并|一并|一次性?)[^。；]{0,6}?(?:授予|授权)|${SCENE}打包`),
  /统一运营主体|承接[^。；]{0,16}?全部业务/,
  // Every scenario in one right, listed with the other wholes or alone: "全量、全域、全场景运营权", "全场景开发利用权"
  // (not a capability: "全场景安全监测"). Session 23.
  /全场景(?:[、和及与]全[\u4e00-\u9fff]{1,2})*(?:的)?(?:[\u4e00-\u9fff]{0,4}?(?:运营|经营|开发利用|加工使用|使用)权|授权)/,
  // A field or a body of data made the unit granted, whatever the verb: "将生猪屠宰领域确定为一个授权单元", "以整个气象
  // 服务行业作为授权单元" (the older "以……为单位" reads the same idea). Session 23.
  /(?:领域|行业|板块|部门|目录|数据集)(?:确定为|作为|设为|设定为|划为|划定为|列为|视为)(?:一个|单一|一|统一)?(?:的)?授权(?:单元|单位|对象)/,
  // The grant covers every holder of data, or hands over one right for the whole area: "授权范围覆盖全部数源单位",
  // "授予乙方本市市域范围内公共数据资源的统一运营权".
  /授权(?:范围)?(?:覆盖|涵盖|包括|及于|适用于)[^。；]{0,12}?(?:全部|所有|各|全市|全省)(?:的)?(?:数源|数据来源|数据提供|政务|委办)?(?:单位|部门|委办局|机构)/,
  /(?:统一|整体|全域|一体化)(?:的)?(?:运营权|经营权|开发利用权)/,
  /授权(?:范围)?(?:覆盖|涵盖|包括|及于|适用于)[^。；]{0,30}?(?:全部|全量|所有|一切)[^。；]{0,12}?数据/,
  // One grant for many scenarios, either order: "本期授权一次覆盖十二个应用场景".
  new RegExp(`(?:一次|一并|一揽子|同时)(?:性)?[^。；]{0,10}?${COUNT}|${COUNT}[^。；]{0,10}?(?:一次|一并|同时)(?:性)?(?:授权|授予)`),
  // Per-scenario grants given up: "不再逐项授权", "甲方不再就……开展单场景授权".
  /(?:不再|无需|无须|不必|免于|不另行)[^，。；]{0,20}?(?:逐项|逐一|逐个|单独|分别|单场景|按场景|单一场景|一场景一)[^，。；]{0,4}?(?:授权|审批|申请|组织)/,
  // Fields shared out among members: "联合体各成员分别负责交通、医疗、教育领域的开发运营".
  /分别(?:负责|承担|运营|承接)[^。；]{0,20}?(?:领域|行业|部门)/,
  // A scenario that is a whole field: "“城市治理”场景，涵盖……等部门数据的全部开发利用"; a scenario defined as all activity
  // (not a duty over all the scenario's work: "本场景涵盖的全部数据开发利用均须在平台内进行").
  // The activity may be named with what it makes ("是指……开展的全部数据产品开发和服务活动").
  new RegExp(`${SCENE}[^。]{0,16}?(?:(?:涵盖|覆盖|包括)(?!的)|是指|指)[^。]{0,60}?(?:全部|一切|所有|任何)(?:的)?(?:公共|政务)?(?:数据产品|数据|产品)?(?:的)?(?:开发利用|开发运营|开发|运营|利用|研制|研发|加工|经营)(?:(?:和|及|与|、)(?:服务|运营|应用|利用|经营))?(?:活动|业务|行为)?(?![^，。；]{0,4}?(?:均|都|须|应|必须|不得))`),
  // Or every use or business of a topic ("涵盖……等全部涉砂应用", "包括供水、排水等一切涉水业务"): a topic, not a scenario;
  // a duty over every use of the scenario ("本场景涵盖的全部应用均应经甲方审核") is none. Session 23.
  new RegExp(`${SCENE}[^。]{0,16}?(?:涵盖|覆盖|包括|包含)(?!的)[^。]{0,60}?(?:全部|一切|所有)(?:的)?[\\u4e00-\\u9fff]{0,3}?(?:应用|业务|用途)(?=[，。；]|$)`),
  new RegExp(`一次(?:论证、?)?(?:授权)[^。；]{0,12}?(?:多|各|若干)${SCENE}|多${SCENE}复用|\\d+个${SCENE}[^。；]{0,8}?一次(?:论证、)?授权|避免重复授权`),
  // One grant opened in stages over scenarios it names one by one ("按照“一次授权、分期开放”推进：第一年度开放交通出行数据，支撑
  // 出行服务场景；第二年度……支撑健康管理场景").
  /一次(?:性)?授权[、，,]?[^。；]{0,6}?(?:分期|分批|分阶段|分年度?|逐年|逐步)[^。；]{0,12}?(?:第[一二三四五六七八九十\d]+|首)(?:年度?|期|批|阶段)[^。；]{0,40}?(?<!本|该|此|依|按)场景/,
];
/**
 * "行业主管部门分领域授权": the phrase names who grants — each department in its field — which a lawyer reads as the
 * unit granted only when nothing else fixes it. A document that grants one scenario it names ("按照“一场景一授权”原则，
 * 本次仅就“古树名木健康监测与活化利用”场景实施授权") has fixed the unit; the phrase is then how the grant is organised,
 * not a field granted (h28b, session 23). Said with no grantor ("采取分领域授权模式") it stays the unit.
 */
const FIELD_BY_GRANTOR = new RegExp(`${GRANTING_BODY}${BY_FIELD}`);
const ONE_SCENE = /(?:仅|只|单独)(?:就|对|针对|围绕|以)?[“"「‘『][^”"」’』，。；]{2,30}[”"」’』](?:这一|一个|单一)?(?:应用)?场景(?:实施|进行|开展|组织|作出|予以)?授权|授权(?:的)?(?:应用)?场景(?:仅为|仅限于?|限于)[“"「‘『][^”"」’』，。；]{2,30}[”"」’』](?!等)/;
export const fixesOneScene = (text: string) => /场景/.test(text) && ONE_SCENE.test(text);

/**
 * A field's or a catalogue's data put into the grant wholesale ("……等民航数据整体纳入“民航数据授权包”", "资源目录所列水利
 * 数据全部纳入授权"): the unit is the field. The data a scenario needs ("本场景所需数据全部纳入授权范围") is a scenario's.
 */
const WHOLESALE = /数据(?:资源)?[^，。；]{0,6}?(?:整体|打包|全部|全量|一并)(?:纳入|划入|列入)[“"「]?[^，。；”"」]{0,8}?授权(?:范围|事项|内容|包|运营范围)?[”"」]?(?=[，。；]|$)/;
const WHOLE_UNIT = /整体|打包|目录|领域|行业|持有的/;
const wholesale = (s: string) => {
  const m = WHOLESALE.exec(s);
  return !!m && notNegated(s, WHOLESALE) && !/场景/.test(clauseAt(s, m.index).text) && WHOLE_UNIT.test(clauseAt(s, m.index).text);
};
/**
 * Each scenario granted on its own ("同时承担两个场景运营的，应当分别签订授权运营协议……分别授权"): several scenarios held
 * at once is then the mode kept, not one grant for them all.
 */
// Not given up, with the manner between ("不再按单个场景分别授权").
const SEPARATE_GRANTS = /(?<!(?:不再|无需|无须|不必|免于)[^，。；]{0,8})(?:分别|逐一|逐个|单独|各自)(?:签订|签署|授权|订立)|一场景一(?:授权|协议)/;
// Fields granted separately ("三个领域的公共数据分别授权给领域运营机构") are still fields.
// The principle only cited ("遵循“一场景一授权”原则，授权场景为……涵盖……全部涉砂应用") grants nothing separately: what the
// sentence then grants is judged. Session 23.
const CITED_PRINCIPLE = /(?:遵循|按照|依照|坚持|根据|依据|贯彻|落实)[“"「‘]?(?:依场景授权、?)?一场景一(?:授权|协议)[”"」’]?(?:的)?原则/g;
const separateScenes = (s: string) => SEPARATE_GRANTS.test(s.replace(CITED_PRINCIPLE, '')) && /场景/.test(s) && !/领域|行业|部门/.test(s);

// All of a level's data is all the data too: "全部市级公共数据", "全量省级政务数据".
// "目录内任意数据": any data is all of it.
export const ALL_DATA = /(?:全部|全量|所有|一切|任意)(?:的)?(?:(?:市|省|区|县)级|本级)?(?:的)?(?:公共|政务)?数据/;
/**
 * An area's data named as a whole, with no scenario ("本市公共数据资源", "全区政务数据"): granted so, the unit is the
 * area, not a scenario.
 */
// A level's data named by its level alone ("市级公共数据", "省级政务数据资源") is all of it; a part named after it
// ("市级公共数据中的交通数据") is not.
const AREA_DATA = /(?:(?:本|全)(?:市|省|区|县)(?:域)?|全域|(?:市|省|区|县)级)(?:范围内)?(?:的)?(?:全部)?(?:公共|政务)数据(?:资源)?(?![\u4e00-\u9fff]{0,2}(?:中|里|之中))/;
/** A list of scenarios left open by 等 with no count after it ("信用服务等场景"; not "等两个场景"). */
export const OPEN_LIST = /等(?![0-9０-９一二两三四五六七八九十]+\s*(?:个|项|类))(?:应用)?场景/;
export const CLOSED_LIST = /(?:不包括|不含|不包含|不得)[^，。；]{0,6}?(?:其他|其它)|仅限|限于/;

/**
 * What a grant clause grants, read from the clause itself whichever way it is put: "授权乙方对“金融服务”领域公共数据进行
 * 运营", "将X授权给乙方", "授权范围为……全部四十二个部门的数据资源", "授权标的：……", "依托本次授权，开展……的运营".
 * The object is then judged as a unit: a scenario, or a field, several departments' or all the data, open scenarios.
 */
/** A right over data, however named: "运营权", "加工使用权", "产品经营权", "开发利用权". */
const RIGHT = '[\\u4e00-\\u9fff]{0,6}?(?:运营|经营|开发|利用|使用|加工|处理)权';
const GRANT_OBJECT: RegExp[] = [
  // The data as the topic, the grant after it: "对于本区域全部数据资源，市数据局授权乙方开发利用".
  new RegExp(`^(?:对于|关于|就)(?<o>[^，。；]{2,40}?)[，,][^，。；]{0,16}?授权(?:给|予)?${OPERATOR_NAME}[^，。；]{0,4}?(?:运营|开发利用|开发经营|经营)`),
  new RegExp(`授权(?:给|予)?${OPERATOR_NAME}(?:对|就|在|以)?(?<o>[^，。；]{2,40}?)(?:进行|开展|实施|依法)?(?:授权)?(?:运营|开发利用|经营|开发)`),
  new RegExp(`(?:将|把)(?<o>[^，。；]{2,40}?)(?:授权|授予|交由|交给)(?:给)?${OPERATOR_NAME}`),
  // A right over the data conferred: "授予乙方对市级公共数据的运营权", "赋予运营机构对……的开发利用权".
  new RegExp(`(?:授予|赋予|授权|给予)(?:给|予)?${OPERATOR_NAME}(?:对|就)(?<o>[^，。；]{2,40}?)的?(?:整体|统一)?(?:运营权|经营权|开发利用权|运营资格)`),
  // The right conferred with the grantee left to the sentence before ("一次性授予全部数据的运营权"): its object is what it covers.
  /(?:授予|赋予|给予)(?:其|该(?:企业|公司|机构|单位))?(?<o>[^，。；对]{2,30}?)的(?:整体|统一)?(?:运营权|经营权|开发利用权)/,
  // The verb before its object: "甲方授权乙方运营本市公共数据".
  // An adverb may stand between: "授权运营机构统一运营全市公共数据".
  new RegExp(`授权(?:给|予)?${OPERATOR_NAME}(?:统一|整体|全面|集中)?(?:运营|开发利用|经营|使用|开发)(?<o>[^，。；]{2,40})`),
  /授权(?:运营)?(?:范围|内容|标的|对象|事项)(?:为|是|包括|系|涵盖|覆盖|[：:])\s*(?<o>[^。；]{2,60})/,
  // The scope widened later is granted too: "第二阶段将授权范围扩展至全市各领域公共数据".
  /授权(?:运营)?(?:范围|内容|事项)[^，。；]{0,4}?(?:扩展|扩大|延伸|拓展|覆盖)(?:至|到)(?<o>[^，。；]{2,40})/,
  // The data granted said as what it is: "授权运营的数据资源为市公共数据资源目录所列全部数据资源".
  // Or as what the operator was granted to work on: "乙方经授权开发利用的数据包括……".
  /授权(?:运营|(?:统一|整体)?(?:运营|开发利用|开发经营|经营|使用))?的?(?:公共|政务)?(?:数据|数据资源)(?:范围)?(?:为|是|包括|系|详见|见|[：:])\s*(?<o>[^。；]{2,60})/,
  // The operator holding the grant over the data: "运营机构对本市文旅、交通领域数据享有授权".
  // Whatever right is named: "对本市城市节水管理公共数据享有加工使用权和产品经营权".
  new RegExp(`对(?<o>[^，。；]{2,40}?)(?:享有|拥有|取得|获得)(?:授权|${RIGHT})`),
  // The operator obtaining a grant over what it names: "运营机构即取得本市公共数据资源开发利用的总体授权".
  /(?:取得|获得|享有)(?<o>[^，。；]{2,40}?)的?(?:总体|整体|概括|全面|一揽子)?(?:授权|运营权|经营权)/,
  /(?:依托|基于|依据|凭借)(?:本次|本项|本|该|此)?授权[，,]?[^。；]{0,24}?(?:开展|从事|进行)(?<o>[^。；]{2,40}?)(?:的)?(?:运营|开发|经营)/,
];
const WIDENED = /扩展|扩大|延伸|拓展|覆盖/;
const SCENES_ADDED = /(?:授权|运营)(?:运营)?(?:范围|内容|事项|业务)[^，。；]{0,4}?(?:扩展|扩大|延伸|拓展|覆盖)(?:至|到)[^，。；]{1,30}?(?:、|和|及|与|等)[^，。；]{0,20}?场景/;
/**
 * The scenario named is a field ("本协议授权的应用场景为“数字经济发展相关领域”"): its head noun is a field, not a use
 * (not "医疗领域的商保快赔", a use within a field). A field followed only by a use of no object is the field still
 * ("授权运营的应用场景为“市场监管领域数据赋能”", "交通行业数据应用"), not one naming what it serves ("金融领域信贷风控").
 */
const SCENE_IS_FIELD = /授权(?:运营)?(?:的)?(?:应用)?场景(?:名称)?(?:为|是|系|[：:])\s*[“"「]?[^，。；”"」的]{0,20}?(?:领域|行业|板块|产业)(?:的)?(?:(?:公共)?数据)?(?:(?:综合|创新|融合|深度)?(?:赋能|应用|开发利用|开发|利用|运营|服务|价值(?:挖掘|释放|转化)))?[”"」]?\s*(?:[，。；]|$)/;
/** A unit that is not a scenario: a field (not a scenario within it), several departments' or all the data, open scenarios. */
// 行业发展类 is a product category and 行业主管 a body, no field; data summed by sector ("按行业、区县汇总") names a
// breakdown of the data, not the unit granted.
export const FIELD_UNIT = /(?<!按|按照|分)(?:领域|行业(?!发展|应用|服务|用户|客户|主管|监管|协会)|板块)(?![^，。；]{0,12}?场景)/;
export const MANY_HOLDERS = /(?:[\d０-９]+|[二两三四五六七八九十百]+[十百]?[一二三四五六七八九]?)个(?:部门|单位|委办局|领域|行业)|(?:全部|全量|所有|一切|各)(?:的)?[^，。；]{0,12}?(?:部门|单位|委办局)(?:的)?(?:公共|政务)?数据/;
/**
 * All the data, or all of a catalogue, or the data as it grows ("全量数据及其后续更新", "目录所列全部数据资源"); the area's
 * whole catalogue is all of it ("秦皇岛市公共数据资源授权运营目录所列数据资源"), a scenario's own catalogue is not.
 */
/**
 * Data granted by where it is gathered, not by a scenario's need: whatever a platform has collected ("共享交换平台已归集的
 * 数据，以及授权期内新归集的数据"), or a whole catalogue ("附件一为市级公共数据资源目录全文").
 */
const AS_COLLECTED = /(?:归集|汇聚|汇集|接入|集聚)(?:的)?(?:全部|所有)?(?:公共|政务)?(?:数据|数据资源)(?![\u4e00-\u9fff]{0,2}(?:中|里)的)|目录(?:全文|全部内容|全集)|总目录/;
const ALL_OBJECT = /(?:全部|全量|所有|一切)(?:的)?(?:公共|政务)?(?:数据|数据资源|资源目录|数据目录|目录)|目录(?:所列|内|中|项下)(?:的)?(?:全部|所有)|(?:市|省|区|县)级?(?:公共|政务)数据(?:资源)?(?:授权运营)?目录(?:所列|内|中|项下)(?:的)?(?:公共|政务)?(?:数据|数据资源)(?![^，。；]{0,4}?(?:中|里|之中)的)|(?:后续|今后|新增|新归集|持续)(?:的)?(?:更新|归集|汇聚|新增)(?:的)?(?:数据)?$|及其(?:后续)?(?:更新|新增)/;
/** The object as the document defines it: "授权数据" read with "是指……的全量数据及其后续更新". */
export function resolved(o: string, doc?: DocumentTerms): string {
  let out = o;
  for (const [term, meaning] of doc?.terms ?? []) if (o.includes(term)) out += `（${meaning}）`;
  return out;
}
/** A unit that is not a scenario (the grant's object judged, scenario-bound objects excepted by the caller). */
const notSceneUnit = (o: string) => FIELD_UNIT.test(o) || MANY_HOLDERS.test(o) || ALL_DATA.test(o) || ALL_OBJECT.test(o) || AS_COLLECTED.test(o) || AREA_DATA.test(o);
/**
 * The grant's object is a body of data named by its own kinds or sector, and nothing else ("授权范围涵盖馆藏书目、读者借阅
 * 等数据", "对本市城市节水管理公共数据享有加工使用权"): granted in a sentence that names no scenario or use, the data is the
 * unit. Data named by reference ("附件一所列数据", "授权数据") or the operator's own output ("衍生数据") is not named so.
 */
const DATA_NAMED = /^[^，。；]{2,40}?数据(?:资源|项)?(?=[，。；]|$)/;
const DATA_REFERRED = /附件|所列|清单|目录|上述|前述|以下|下列|约定|本协议|本方案|授权数据|所需|相关|原始|衍生|形成|产出|生成|开发的|加工后|成果|产品|其[^他]|该|此/;
const USE_NAMED = /场景|用于|用途|应用于|服务于|围绕|面向/;
/**
 * Only where the sentence says what the grant is: its scope ("授权范围涵盖……数据"), or a right held over an area's body
 * of data ("对本市……公共数据享有……经营权"). A grant to work on a topic's data ("授权乙方……对管线数据进行开发利用") is
 * how a scenario's agreement is drafted, its scenario named in its title.
 */
const SCOPE_SAID = /^授权(?:运营)?(?:范围|内容|标的|对象|事项)/;
const RIGHT_HELD = /^(?:对|取得|获得|享有)/;
const AREA_WIDE = /^(?:本|全)(?:市|省|区|县)|^(?:市|省|区|县)级/;
const dataAsUnit = (s: string, said: string, o: string) =>
  (SCOPE_SAID.test(said) || (RIGHT_HELD.test(said) && AREA_WIDE.test(o))) && !USE_NAMED.test(s) && DATA_NAMED.test(o) && !DATA_REFERRED.test(DATA_NAMED.exec(o)![0]);
const SCENE_OWN_DATA = /(?:本|该|此|上述)(?:应用)?场景(?:的|所需的?|涉及的?|下的?|项下的?)?(?:授权|所用)?(?:公共)?数据(?:资源|范围)?/;
function grantsNoScene(s: string, doc?: DocumentTerms): string | null {
  for (const re of GRANT_OBJECT) {
    const m = re.exec(s);
    const o = m?.groups?.o && resolved(m.groups.o, doc);
    // Every scenario taken at once ("一次性取得各场景运营权") is no scenario granted.
    if (!o || /场景/.test(o) && !/(?:各类|各个?|一切|全部|所有|任何|各种|不限)[^，。；]{0,8}?场景/.test(o) && !(OPEN_LIST.test(o) && !CLOSED_LIST.test(s))) continue;
    const c = clauseAt(s, m.index);
    if (isNegated(c.text, m!.index - c.start) || isContrastClause(c.text)) continue;
    // The data named as the scenario's ("本场景授权数据包括……三个部门的数据"): the scenario is the unit, the list its data.
    if (SCENE_OWN_DATA.test(s.slice(0, m!.index + m![0].length - o.length))) continue;
    // So is a field whose data is drawn from a list ("附件2所列的教育领域公共数据资源"): the list, not the field, is granted.
    if ((SCENE_NAMED.test(s) || LISTED.test(o)) && FIELD_UNIT.test(o) && !(MANY_HOLDERS.test(o) || ALL_DATA.test(o) || ALL_OBJECT.test(o) || AS_COLLECTED.test(o) || AREA_DATA.test(o))) continue;
    if (notSceneUnit(o) || /场景/.test(o) || dataAsUnit(s, m![0], o)) return m![0];
  }
  return null;
}

export function notNegated(s: string, re: RegExp): boolean {
  const m = re.exec(s);
  if (!m) return false;
  // A match that runs over clauses is read where its act word (group t) stands.
  const at = m.groups?.t ? m.index + m[0].lastIndexOf(m.groups.t) : m.index;
  const c = clauseAt(s, at);
  if (isContrastClause(c.text)) return false;
  return !isNegated(c.text, at - c.start);
}


/** What keeps the mode: a new scenario needs its own plan, competition and agreement. */
export const OWN_GRANT = /(?<!(?:无需|无须|不需|不必|不再|不|免于|需要)(?:甲方|授权方|实施机构)?)(?:另行(?:编制|签订|组织|授权|竞争)|逐一授权|分别(?:签订|授权|组织)|单独(?:签订|授权)|重新(?:组织|签订|授权))/;

/**
 * A whole area's data, or all of a field's, operated by the operator however the sentence runs: passive
 * ("全市政务数据由乙方统一运营"), a charge ("乙方负责交通领域全部政务数据的开发经营"), a permission ("乙方可以对全域公共
 * 数据资源开展运营"), a right held ("运营单位享有全市公共数据的开发利用权"). The operator is named by its role or as a
 * company. A field's data counts only said whole (全部, 统一…): a scenario's agreement names its topic's data plainly. Not
 * where the sentence names a scenario, nor a platform or a duty of care over the data ("负责全市公共数据运营平台建设").
 */
const AREA_WHOLE = '(?:(?:本|全)(?:市|省|区|县)(?:域)?|全域|(?:市|省|区|县)级|本区域|本地区)(?:范围内)?(?:各级?(?:政务)?部门(?:汇聚|归集)?)?(?:的)?(?:全部|所有|全量)?(?:的)?(?:公共|政务)?数据(?:资源)?';
const FIELD_WHOLE = '[\\u4e00-\\u9fff]{2,6}?(?:领域|行业)(?:的)?(?:全部|所有|全量)(?:的)?(?:公共|政务)?数据(?:资源)?|[\\u4e00-\\u9fff]{2,6}?(?:领域|行业)(?:的)?(?:公共|政务)?数据(?:资源)?(?=[，,]?(?:统一|整体|全部)?由)';
const OP_ANY = OPERATOR_NAME;
const OPERATE = '(?:统一|整体|全面)?(?:授权运营|运营|开发利用|开发经营|经营)(?!平台|体系|中心|机构|单位|主体|管理|能力|安全|规范|标准|方案|工作台|服务商)';
const WHOLE = `(?:${AREA_WHOLE}|${FIELD_WHOLE})`;
const WHOLE_OPERATED: RegExp[] = [
  new RegExp(`${WHOLE}[，,]?(?:统一|全部|整体)?(?:由|交由)${OP_ANY}[^，。；]{0,4}?${OPERATE}`),
  new RegExp(`${OP_ANY}[^，。；]{0,6}?(?:负责|可以|可|有权|享有|承担|获得|取得)[^，。；]{0,3}?(?:对)?${WHOLE}(?:的|开展|进行)?[^，。；]{0,4}?${OPERATE}`),
];
function wholeOperated(s: string): boolean {
  for (const re of WHOLE_OPERATED) {
    const m = re.exec(s);
    if (!m) continue;
    const c = clauseAt(s, m.index);
    const end = m.index + m[0].length - 1;
    if (/场景/.test(s) || isContrastClause(c.text) || isNegated(c.text, Math.max(0, end - c.start)) || isNegated(c.text, Math.max(0, m.index - c.start))) continue;
    return true;
  }
  return false;
}
/** A mode defined, not adopted ("本协议所称整体授权，是指……"): a definition of the mode grants nothing. */
const MODE_DEFINED = /所称[“"「]?(?:整体|打包|一揽子|全量|统一|综合|合并|分领域|分行业|分部门)(?:性)?授权(?:模式)?[”"」]?[，,]?\s*(?:是指|系指|指)/;
/**
 * A field named only as where the granted scenario's data comes from ("本次授权的应用场景为“停车诱导”，授权数据为附件所列
 * 交通领域公共数据"): the scenario is the unit, the field its data's source.
 */
const SCENE_NAMED = /(?:应用)?场景(?:名称)?(?:为|是|系|[：:])\s*[“"「『]/;
const LISTED = /(?:附件|附表|清单|目录)[^，。；]{0,8}?(?:所列|列明|列示|载明|所载)/;

/** The unit a clause grants when it is not one scenario: a field, several departments' or all the data, scenarios merged. */
/**
 * The grant's bounds drawn by the data alone ("授权范围以数据资源目录界定", "本次授权范围按附件一数据目录确定"): the unit is a
 * body of data. A scenario's data bounded so is the scenario's: "本场景所需数据以……目录为准", or the sentence granting a
 * scenario it names ("就“供热管网运行安全监测”应用场景授权乙方运营，授权范围以附件1所列数据目录为限").
 */
const DATA_BOUNDS = /授权(?:运营)?范围(?:以|按|按照|依|依照|由)[^，。；]{0,16}?(?:目录|数据集|数据资源|数据清单)[^，。；]{0,4}?(?:界定|确定|划定|划分|为准|为限)/;
const SCENE_GRANTED = /[”"」』]\s*(?:应用)?场景[^，。；]{0,6}?(?:授权|授予)|本(?:应用)?场景/;
export function grantsOtherUnit(u: Unit, doc?: DocumentTerms): ClauseReading | null {
  const s = u.text;
  if (MODE_DEFINED.test(s)) return null;
  if (wholeOperated(s)) return { reading: 'permission' };
  if ((UNIT_NOT_SCENE.some((re) => notNegated(s, re)) || wholesale(s) || (notNegated(s, DATA_BOUNDS) && !SCENE_GRANTED.test(s))) && !separateScenes(s)) return { reading: 'permission' };
  if (notNegated(s, FIELD_BY_GRANTOR) && !doc?.oneScene) return { reading: 'permission', condition: FIELD_BY_GRANTOR.exec(s)![0] };
  // The grant or its operation widened to more scenarios in a later phase ("第二阶段（2026年），将运营范围拓展至文化旅游、
  // 交通出行场景"): one grant grows over several, unless the new ones get grants of their own.
  if (notNegated(s, SCENES_ADDED) && !OWN_GRANT.test(s)) return { reading: 'permission', condition: SCENES_ADDED.exec(s)![0] };
  const granted = grantsNoScene(s, doc);
  // A scope widened only by a grant of its own ("扩展至交通领域的，另行组织遴选和授权") is a new grant.
  if (granted && !(WIDENED.test(granted) && OWN_GRANT.test(s))) return { reading: 'permission' };
  // A table whose column says what is granted names a field: "授权领域：医疗健康".
  if (/(?:^|[，,])授权(?:领域|行业|部门)[：:]/.test(s)) return { reading: 'permission' };
  if (notNegated(s, SCENE_IS_FIELD)) return { reading: 'permission', condition: SCENE_IS_FIELD.exec(s)![0] };
  // Under a heading that names what is granted ("授权范围：本市政务云平台汇聚的所有公共数据资源").
  if (/授权(?:内容|范围|数据)/.test(u.heading) && (notNegated(s, ALL_DATA) || (!/场景/.test(s) && notNegated(s, AS_COLLECTED)))) return { reading: 'permission' };
  return null;
}
