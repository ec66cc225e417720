import { UNPROCESSED, type Glossary } from './definitions';

/**
 * The object slot of the clause parse (clauseParse.ts): what a clause acts on, by class. Raw data and what can be
 * restored to it, the grant, the granted data and what is built on it are told apart by how drafters name them.
 */
/** grant: the right to operate or use; raw: the data as collected; restorable: a product raw data can be restored from;
 * data: the granted data named as such (授权数据, 公共数据资源); derived: results built on the data. */
export type ObjectClass = 'grant' | 'raw' | 'restorable' | 'data' | 'derived';

// A user's right to use a product it bought ("用户仅取得产品使用权") is not the grant, nor a right of use for upkeep
// ("丙方仅享有运维使用权": the platform's, a technical party's).
// Rights named as a list of acts on the data under one head are the grant ("数据调用、加工和产品经营权限"), and so is the
// right to run products' business ("产品经营权", "开展公共数据产品经营的权利": the operation, not a product's use).
// A licence to use or run the data is the grant ("数据使用许可", "公共数据经营许可"; not a product's: "数据产品使用许可").
// A product interface's call right is the product's ("数据产品接口的调用权限"), and "本协议项下的全部或部分权利" is the grant.
// The operation of named products is the grant's work ("……核验接口和……信用画像的运营服务"), as 运营业务 is, and so is
// a share's operation named last ("承接……对应县域的授权运营", "……预警服务的日常运营", "……数据产品的开发和运营服务"), and work
// that serves the market ("……产品开发及对外服务工作": the operation's commercial core, as CORE_OF_OPERATION says of a
// defined work).
const GRANT_OBJ =
  /(?<!产品|服务|成果|软件)(?:数据|运营|经营)(?:使用|调用|经营|开发利用)?许可(?![证明]|范围|期限)|(?<!(?:产品|服务|成果|软件|结果|结论|报告|模型|接口)的?|运维|维护)(?:授权运营|运营管理|运营|经营|开发利用|加工利用|加工使用|开发使用|利用|加工|开发|使用|调用|访问|初级加工)(?:权利|权限|权|资格)|(?<!(?:产品|服务|成果|软件|结果|结论|报告|模型)的?)(?:调用|加工|处理|使用|访问|开发|经营|运营)(?:[、和及与][^，。；、和及与]{1,6}?){1,4}(?:权利|权限)|(?:产品|服务)的?(?:经营|运营)(?:的?(?:权利|权限|资格)|权)|(?:授权运营|运营|授权)份额|运营主体(?:地位|资格)|授权事项|(?:本协议(?:项下|约定|赋予)|依本协议取得)[的之]?(?:(?:乙方|运营机构|其)[的之]?)?(?:全部|部分|全部(?:或者?|和|及)部分)?(?:授权|权利义务|权利)|(?:全部|部分)?[^，。；]{0,12}?的?运营(?:工作|业务|任务)|的运营服务(?!费|收入|合同|协议|平台|商|方|机构)|的授权运营(?=\s*$|[，。；])|(?:产品|服务)的?(?:日常|具体)?运营(?=\s*$|[，。；])|(?:产品|服务)的[^，。；和及]{1,4}(?:和|及)运营服务(?!费|收入|合同|协议|平台|商|方|机构)|(?:对外(?:服务|经营|销售|签约|收费)|产品(?:销售|经营))(?:等)?(?:工作|业务|事项)|账号(?:及|和|与)?(?:其)?权限|(?<!甲方的?)授权(?![数产运范期方主]|公共数据|政务数据)/;
/**
 * Raw data named as such, whatever the records are (影像, 轨迹, 报文 as much as 数据), or record by record: "原始影像",
 * "脱敏前的行驶轨迹原始数据文件", "缴存基数、缴存余额等明细字段", "逐条入园记录".
 */
// Named by what holds them too: "不动产登记原始信息", "原始成绩库", "原始档案"; and by their domain between, one noun
// ("原始住房公积金缴存数据", "原始卫星遥感林斑数据"; not a list, "原始凭证等会计资料").
export const RAW_NOUN = '原始(?:[\\u4e00-\\u9fff]{0,4}?|(?:(?![的等和及与或、])[\\u4e00-\\u9fff]){5,10}?)(?:数据|记录|明细|值|字段|属性|号码|流水|影像|图像|视频|音频|轨迹|报文|样本|信息|资料|档案|卷宗|库|名册|台账|底册|清册|登记簿)|明细字段|逐条[^，。；]{0,6}?记录';
/**
 * A person's details are that person's records, whatever they are of: "该参保人的就诊明细", "纳税人缴税明细" (not a
 * customer's bill, "用户的调用费用明细", nor the operator's accounts).
 */
const SUBJECT_DETAILS = '(?:参保人|自然人|个人|患者|就诊人|考生|居民|住户|当事人|权利人|产权人|纳税人|缴存人|缴费人|职工|学生|车主|驾驶人|从业人员)的?[\\u4e00-\\u9fff]{0,4}?明细(?:清单|表(?!头))?(?!说明|目录|格式|模板)';
// A collection named by its grain is the records: "企业纳税明细库", "参保明细表".
// Training samples are records; data "以原始形态" is raw whatever it is called; "原始交易流水" is records by another name;
// a list of fields that ends the noun on 明细 ("林权人、四至、面积等明细，以离线文件方式交付") is the records themselves.
// Records named with their fields are the records ("兑付交易明细（含交易流水号、卡片编号……）"), and records that carry who
// they are about are raw, whatever they are called ("工单数据（含投诉人姓名、联系电话……）").
const IDENTIFIED = '明细[（(]含(?!脱敏|去标识|匿名)|(?:记录|数据|清单|信息|台账|档案)[（(]含(?!脱敏|去标识|匿名)[^）)]{0,30}?(?:姓名|身份证|证件号|手机号|联系电话|电话号码|住址|家庭地址|流水号|卡号|卡片编号)';
/**
 * 源数据 only as a word of its own: "水源数据", "税源数据" end other nouns, and "多源数据", "异源数据" are data from many or
 * other sources, not the source records (ruleset concept 以源结尾).
 */
export const SOURCE_DATA = '(?<![资水能电税客生货房车来信光声热气油矿病险财染震粮药多异同])源数据';
/**
 * The data as it stood before any processing is the records: "加工前后的数据一并导出", "脱敏处理前的就诊数据" (also as a
 * definition says it, "未经脱敏处理的燃气用户记录"; not what is built from it, "处理前的数据质量报告").
 */
export const BEFORE_PROCESSING = '(?:加工|处理|清洗|脱敏|汇总|去标识化?|匿名化|治理)(?:处理)?前(?:后)?的[\\u4e00-\\u9fff]{0,8}?(?:数据|记录)(?![^，。；]{0,4}?(?:产品|报告|质量|统计|分析))';
/**
 * A person's identifiers listed together are that person's records, whatever the list is called: "推送符合条件对象的姓名、
 * 身份证号码及家庭收入等明细情况", "返回字段：当事人姓名、身份证号码、公证事项" (not a check of them, "姓名与手机号码是否
 * 匹配", nor identifiers masked, "姓名、身份证号码经脱敏后").
 */
const PERSON_ID = '(?:姓名|身份证(?:号码|号)?|证件号(?:码)?|手机号(?:码)?|联系电话|电话号码|家庭住址|居住地址|详细地址|住址)';
export const IDENTIFIERS = `(?<!(?:核验|核对|比对|校验|验证|查验|匹配|脱敏|掩码|去除|删除|剔除|隐去|不含|不包含|不包括|不返回|不提供|不输出|不得)[^，。；]{0,8})${PERSON_ID}(?:[、和及与]|[、和及与]?[^，。；：:、]{1,8}?、)${PERSON_ID}(?![^，。；]{0,10}?(?:是否|一致|匹配|核验|比对|校验|验证|脱敏|掩码|加密|哈希|去标识|匿名|模糊|隐藏|屏蔽))`;
/**
 * Records listed one holder or one entry at a time are the records, whatever they hold: "逐条购药明细", "逐户的防治合同编号、
 * 房屋地址……" (not a check done one by one, "逐条核对明细", nor what is computed per holder, "逐户的统计结果").
 */
// A track point by point is the records too ("船舶逐点轨迹文件").
// A second grain stacked on the first is finer still ("逐户逐日用热量、供回水温度明细"): the details may list their fields.
// Observations step by step are the records ("区域自动站逐分钟观测记录"), as a station keeps them.
const RECORD_WISE = '逐(?:条|笔|户|人|单|件|台|车|宗|家|企|点|分钟|秒|小时)(?:逐(?:日|月|时|次|笔|条))?(?:的(?!统计|汇总|分析|核验|核查|比对|评分|结果|结论|报告|指数)|(?:(?!核|审|比对|查|检|登|录入|统计|汇总|分析|说明)[\\u4e00-\\u9fff、]){0,16}?(?:明细|记录|流水|轨迹))';
/**
 * Records named by their grain or as originals, whatever they are of: one case each ("职业健康检查个案数据"), the details
 * of a kind of record ("引航记录明细"), a record's original ("投诉工单原文", "申请材料原件"); not a case study or a
 * template ("典型个案分析", "记录明细格式").
 */
// Details of a transaction or an act one by one ("社保缴纳明细", "刷卡消费明细", "就诊明细") are the records too.
const RECORD_GRAIN_NOUN = '个案(?:数据|记录|信息|资料|档案|明细)|(?:记录|档案|台账|流水|工单|订单|缴纳|缴费|缴存|交易|结算|消费|支付|转账|用电|用水|用气|通行|出入|就诊|诊疗|申报|纳税|参保|报销|借阅|乘车|刷卡)明细(?!说明|目录|格式|模板|字段说明)|(?:工单|记录|档案|病历|卷宗|材料|单据|票据|申请书|登记表|信件|来信|表单)的?(?:原文|原件|原图|扫描件)';
/** The values of the fields one by one: "所需字段明细" (not a catalogue's list of them, "目录列明字段明细"). */
// Or records kept with every field ("保留全部字段的记录", "全字段记录"): nothing taken out of them.
const FIELD_DETAILS = '(?<!(?:目录|清单|结构|字典|说明)[^，。；]{0,6})(?:字段|数据项)明细(?!说明|目录|格式|模板)|(?:保留|含|包含|包括|带有)?(?:全部|所有|完整|全)(?:的)?(?:字段|数据项)(?:的)?(?:记录|数据|明细|样本)';
/**
 * Fields listed and closed by 明细 at the clause's end are the records ("按月提供参保农户作业地块边界、作业轨迹和机手身份
 * 信息明细"), as a list closed by 等明细 is; not a list of what is built on them, described or the operator's accounts
 * ("统计结果和汇总明细", "收入和支出明细").
 */
const NOT_FIELD = '(?:统计|汇总|指数|分析|报告|结果|结论|评分|目录|清单|产品|服务|收入|成本|费用|支出|利润|收益|收费|价格|资金|经费|账目|财务|开支|预算)';
// An item is a noun: no negation or act inside it ("不含姓名、住址和……明细" names what is absent).
const ITEM = `(?:(?!${NOT_FIELD}|不|无|未|禁|含|提供|输出|导出|交付|推送|返回|报送)[^，。；、和及与]){2,12}?`;
const LISTED_DETAILS = `${ITEM}(?:、${ITEM})*(?:和|及|与|以及)(?:(?!${NOT_FIELD})[\\u4e00-\\u9fff]){2,10}?明细(?=[，。；,;]|$)`;
// The list closed by 明细 is slow to try at every position: it is tried only where 明细 is written.
/**
 * Real records, not synthetic ones ("抽取五千条真实数据记录作为测试样本"), and one holder's entries step by step ("每张卡的
 * 逐次上下车站点及时间"): the records as kept.
 */
// Not the adverb: "真实记录经营成本和收入" keeps books.
const REAL_RECORDS = '(?<!合成|模拟|虚拟|仿真)真实(?:的)?数据(?:记录|明细|样本)|(?<=[条份个笔])真实(?:的)?(?:记录|样本)|每(?:张|个|位|名|户|辆|笔|人|台|家)[\\u4e00-\\u9fff]{0,3}?的逐(?:次|日|条|笔|趟)';
/** Data counted by its rows is the rows: "抽取不超过一万条授权数据……交由数据使用方……使用" (not results or calls counted). */
const COUNTED_RECORDS = '(?<![\\d一二三四五六七八九十百千万两]\\s*(?:次|个|项))(?<![每逐第])(?:[\\d,，]+|[一二三四五六七八九十百千万两]+)\\s*(?:万|千|百)?\\s*条(?:授权|公共|政务|业务|真实|样本)?(?:数据|记录)(?![^，。；]{0,4}?(?:产品|服务|接口|查询|结果|统计|汇总|报告|指标))';
const RAW_WORDS = `${RAW_NOUN}|${RECORD_WISE}|${REAL_RECORDS}|${COUNTED_RECORDS}|${FIELD_DETAILS}|${IDENTIFIERS}|${BEFORE_PROCESSING}|${UNPROCESSED.source}|${IDENTIFIED}|原始(?:形态|状态|格式)|(?<!合成|模拟|虚拟|仿真)训练(?:所用|使用|用|所需)?的?样本|${RECORD_GRAIN_NOUN}|数据原样|原样(?:数据|副本)?|${SOURCE_DATA}|明细数据|明细记录|数据明细|明细(?:数据)?(?:库|表)(?![^，。；]{0,4}?(?:结构|字段说明|目录))|逐条记录|个体(?:记录|明细(?:清单|表)?)|等(?:字段|数据项|数据)?明细(?=[，。；,;]|$)|${SUBJECT_DETAILS}`;
const RAW_OBJ = new RegExp(`${LISTED_DETAILS}|${RAW_WORDS}`);
const RAW_FAST = new RegExp(RAW_WORDS);
const listsDetails = (text: string) => text.includes('明细');
const rawIn = (text: string) => (listsDetails(text) ? RAW_OBJ : RAW_FAST);
// Decrypted for whoever asks: "用户……经乙方核验身份后可申请解密还原".
// Reversibility tested or assessed ("交付前应当经过……可逆性测试") is a safeguard, not a product that can be reversed.
// Or the key given to whoever asks: "需求方……可向运营机构申领密钥，对相关字段进行解密比对".
const RESTORABLE = /(?<!不)可逆(?!性?(?:测试|检测|评估|审查|验证|分析|校验|风险))|可解密|解密(?:后)?(?:使用|利用|调用|加工)|(?<!不)(?:可以?|能够|有权)[^，。；]{0,10}?(?:申请|申领|获取|取得|领取|索取)[^，。；]{0,4}?(?:解密)?(?:密钥|秘钥)|(?<!不|无法)(?:能够|可以|可)(?:还原|恢复)|(?<!不|无法)(?:能够|可以|可)(?:申请|要求|请求)(?:解密|还原)|反向还原/;
/** The key that reverses a product, handed over with it: "掩码规则随产品向使用方披露", "提供加密密钥". */
const KEY = /(?:掩码|脱敏|加密|映射|编码|置换)(?:规则|算法|参数|字典)|(?:解密)?(?:密钥|秘钥)|对照表|映射表|对应关系表|还原表|盐值/;
/**
 * Data masked by a substitution whose rule someone keeps is pseudonymised, not anonymised: "经字段替换后形成的“脱敏数据集”
 * ……字段替换规则由运营机构自行保管" (a rule destroyed, "替换规则……即行销毁", leaves nothing to restore with).
 */
const SUBSTITUTED = /替换|置换|映射|假名|编码|加密/;
const KEPT_KEY = /(?:替换|置换|映射|编码|掩码|假名化?|加密)(?:规则|表|算法|字典|密钥|关系|参数)[^，。；]{0,12}?(?:保管|保存|留存|持有|掌握|保留|备份)/;
/** Restorability said of the data, unless denied ("不得包含可还原原始数据的内容", "无法通过可逆模型……还原"). */
/**
 * An identifier of a small space hashed without a salt is restored by enumerating the space: "经哈希处理的个人身份证号码清单"
 * (not "加盐哈希", "不得……哈希后的身份证号码").
 */
const HASHED_ID = /(?:哈希|散列|MD5|SHA)[^，。；]{0,10}?(?:身份证|证件号|手机号|电话号码)|(?:身份证|证件号|手机号|电话号码)[^，。；]{0,8}?(?:哈希|散列|MD5|SHA)/i;
// A salt the same for every record, or shared with whoever matches on it, enumerates as easily: "采用固定盐值哈希处理后的身份证号码".
const SHARED_SALT = /(?:固定|统一|相同|同一|公开|共享)的?盐值?/;
export function restorableIn(text: string): string | null {
  const h = HASHED_ID.exec(text);
  if (h && !(/加盐|盐值|随机盐/.test(text) && !SHARED_SALT.test(text)) && !/(?:不得|禁止|严禁|不能|不可)[^，。；]{0,10}$/.test(text.slice(0, h.index))) return h[0];
  const m = RESTORABLE.exec(text);
  // Named in a list of what a thing does not, or must not, hold ("不包含原始数据及能够还原原始数据的内容", "不得包含可识别或者
  // 可还原的明细数据"): denied too.
  // Named as what a clause forbids letting out ("……方可出域，不得以任何形式输出原始数据或者可还原原始数据的结果"): denied,
  // however long the list before it.
  if (m && !/(?:不|无法|不能|不得|不可|难以|杜绝|防止|禁止)[^，。；]{0,6}$|(?:不含|不包含|不包括|不涉及|不含有|(?:不得|不应|不能|不可|禁止|严禁)(?:包含|含有|夹带|附带|携带))[^，。；]{0,16}$|(?:不得|禁止|严禁|一律不得)[^，。；]{0,24}$/.test(text.slice(0, m.index))) return m[0];
  const kept = KEPT_KEY.exec(text);
  return kept && SUBSTITUTED.test(text.slice(0, kept.index)) && !/不得|禁止|销毁|删除/.test(text.slice(kept.index)) ? kept[0] : null;
}
/** What is about the data but is not it: "原始数据质量核查报告", "原始数据的调用权限". */
// Within the noun phrase: a modal or a linking word ends it ("原始样本集可以随模型一并交付" hands over the samples).
// What a call or a query of the records returns is them ("原始记录的调用结果可缓存于……"), not a result computed on them;
// a list of the details lists the records ("原始数据明细清单").
const ABOUT_DATA = /^(?:的)?(?:使用|利用|调用|开发利用|运营|归集|更新|共享|授权|供给|开放)?(?:情况|状况|统计|报告|说明|摘要|台账)/;
const ABOUT_RAW = /^(?:(?!可以|可|应当|应|须|需|不得|随|与|和|及|并)[^，。；]){0,12}?(?:报告|目录|(?<!明细)清单|权限|情况|说明|统计|摘要|质量|(?<!调用|查询|检索|调取|提取|返回)结果|模型|产品|指数|评分|分析|风险|隐患)/;
// The granted data named by where it sits: "平台数据", "专区内数据", "在平台内存储的林草湿地数据" (kept there, whatever its kind).
// "导出公共数据平台": the platform left is where from, not what is moved.
// A copy of a product is the product ("统计报告的离线副本").
// Not what is said not to be public data: "其自有的非公共数据".
const DATA_OBJ = /授权数据|(?<!非)公共数据(?:资源)?(?!平台|专区|空间|系统|中心|目录|授权运营)|数据库(?:副本)?|数据副本|(?<!(?:产品|成果|结果|结论|报告|模型|统计|指数|协议|合同)的?(?:离线|电子|纸质)?)副本|全量数据|数据资源|(?:平台|专区)(?:内|中|上)?的?数据(?![^，。；]{0,2}?(?:产品|服务))|(?:平台|专区)(?:内|中|上)(?:存储|存放|留存|保存|归集|汇聚|汇集|沉淀)的(?:(?!产品|成果|结果|结论|统计|报告|模型|指数|汇总|分析|日志)[\u4e00-\u9fff]){0,8}?数据(?![^，。；]{0,2}?(?:产品|服务))/;
// A verdict is a result too: "仅输出核验结论“一致”或“不一致”".
// What describes the data is not it either: "授权数据目录", "数据资源清单".
// A server is a machine, no service: "缓存于乙方互联网区服务器".
// A service provider is a party: "县域港航数据服务商".
// Aggregated data ("台区级聚合数据") is results; not a fusion of sources ("多源数据聚合").
// So is a check's answer given as its choices: "仅以比对方式返回“一致/不一致”", "返回“是/否”".
/** A product of the data: goods of a trade are none ("农产品质量安全检测记录", "水产品"). */
export const DATA_PRODUCT = '(?<![农水畜林海矿]|特色?|工业|化工|禽)产品';
const DERIVED = new RegExp(`${DATA_PRODUCT}|成果|结果|结论|统计|报告|模型|指数|评分|汇总|聚合(?=数据|结果|值|指标)|画像|分析|服务(?!器|商)|日志|目录|清单|(?:一致|是|通过|符合|匹配|存在|有)\\s*[”"」]?\\s*[/／或]\\s*[“"「]?\\s*(?:不一致|否|不通过|不符合|不匹配|不存在|无)`);
/**
 * A description that leaves the data raw whatever it is called: records kept one by one with their values ("以单车单次
 * 通行记录为粒度", "每条记录保留全部原字段值"), or only renamed, reordered or reformatted ("经过字段重命名和行顺序打乱的").
 */
// Or by one holder as its grain: "按单个企业粒度输出", "以每户为粒度"; or listed person by person ("按旅客证件号码逐条列示").
/**
 * What keeps the original values of its fields is the records ("矢量文件保留原有管径、埋深、材质等属性字段"; not their
 * names or format, "保留原有字段名称", nor a denial, "不保留原有属性"), and what is returned unaggregated is record by record
 * ("返回结果不做汇总处理").
 */
const ORIGINAL_KEPT = /(?<!不|无需|不得|不应|禁止|严禁)保留(?:全部|所有|完整|原有|原始)的?[^，。；]{0,24}?(?:字段|属性)(?:值)?(?!名|结构|格式|顺序|类型|说明)/;
const UNAGGREGATED = /(?<!不得|不应|禁止|严禁)(?:不做|不作|不经|未经|不进行|未作|未做|无需)(?:任何)?(?:汇总|聚合)(?:处理|计算)?(?![^，。；]{0,6}?(?:不得|禁止|严禁))/;
const RECORD_GRAIN = /(?:以|按)[^，。；]{0,10}?(?:记录|单次|逐笔|逐条|个体|单人|单户|每人|每户)[^，。；]{0,4}?为(?:粒度|单位)|(?:以|按)(?:单个|单一|每个|每一|每家|单家|每户|每人|单户|单人)[^，。；]{0,4}?(?:为)?粒度|每(?:条|笔)记录(?:均|都)?保留|保留(?:全部|所有|完整)的?原?(?:字段|字段值|属性|值)|原字段值|(?:以|按)[^，。；]{0,8}?(?:证件号码?|身份证号码?|姓名|自然人|每人|每户)[^，。；]{0,4}?逐(?:条|人|户|笔)|逐(?:人|户)(?:列示|列出|列明|记载|输出|展示|返回|提供)|逐(?:户|栋|宗|件|车|船|企)(?:的)?(?:数据清单|清单|明细|记录)/;
// Said with 仅/只 the processing ends there ("仅作字段重命名、编码转换和格式统一后形成"); with 经 only as what describes the data.
const SUPERFICIAL = '(?:字段重命名|重命名|格式转换|格式统一|统一格式|格式标准化|行顺序打乱|顺序打乱|打乱顺序|排序|去重|编码转换|编码统一|统一编码|类型转换|字段映射|字段拆分|字段合并|[和、及与])+';
const SUPERFICIAL_ONLY = new RegExp(`经过?(${SUPERFICIAL})(?:处理)?(?:后)?(?:形成)?的|(?:仅|只)(?:作|做|经过?|进行|对其?进行)?(${SUPERFICIAL})(?:处理)?(?:后|而)?(?:形成|生成|得到|所得)?(?:的|[，,。；]|$)`);
/**
 * A thing that carries the records inside it is them: "模型参数中保留训练样本的", "产品内嵌原始记录" (not "不得保留训练样本",
 * "已删除原始记录").
 */
const CARRIES_RAW = /(?:保留|保存|包含|含有|内嵌|嵌入|携带|夹带|附带|记忆)(?:了|有|着)?[^，。；]{0,6}?(?:训练样本|样本数据|原始数据|原始记录|明细记录|个人明细)/;
const carriesRaw = (s: string) => {
  const m = CARRIES_RAW.exec(s);
  return !!m && !/(?:不|不得|禁止|严禁|无|未|不应|不能|不会|删除|剔除|去除)[^，。；]{0,6}$/.test(s.slice(0, m.index));
};
/** An export counted in records is of records: "单次导出不超过10万条记录" (whatever the export is called). */
// The count alone says records too: "单次导出不超过十万条".
// What an interface returns counted so is records too ("单次调用最多返回一千条记录"; not "返回十条核验结果").
const RECORD_COUNT = /(?:导出|下载|拷贝|复制|返回|输出|推送|交付|提供|传出|送出)[^，。；]{0,8}?(?<![第\d一二三四五六七八九十百千万])(?:\d+|[一二三四五六七八九十百千万]+)\s*(?:万|千)?\s*条(?:记录|数据|明细|(?![款例件目文]|[^，。；]{0,4}?(?:结果|结论|统计|汇总|指数|评分|报告|标签|提示|预警)))/;
/**
 * Statistics whose unit may be one person or one company are that person's records: "最小统计单元可以为单一自然人"
 * (not "不得为单一自然人", "不少于20户").
 */
const SINGLE_UNIT = /(?:统计|汇总|聚合|分析)?(?:单元|单位|粒度|口径)[^，。；]{0,6}?(?:为|是|细化到|精确到|细至|到)[^，。；]{0,2}?(?:单一|单个|单人|单户|单家|个体|每个|每一)(?:自然人|个人|人|户|企业|法人|主体|机构|对象)?/;
const singleUnit = (s: string) => {
  const m = SINGLE_UNIT.exec(s);
  return !!m && !/不得|不能|不应|不可|禁止|严禁|不[为是]|不少于|不低于|至少/.test(m[0]) && !/(?:不得|禁止|严禁|不能)[^，。；]{0,4}$/.test(s.slice(0, m.index));
};
/**
 * Identifiers kept in clear while something else is masked leave the records raw: "对姓名字段做掩码处理，其余身份证号、
 * 居住地址……等原始字段保留" (not "身份证号不保留", nor a field kept in a place, "原始字段保留在平台内").
 */
const KEPT_CLEAR = /(?:身份证|证件号|手机号|联系电话|电话号码|住址|原始字段|原字段|原始值)([^，。；]{0,16}?)(?:均|都|一律|仍|照常|原样|如实)?(?:保留|保持原值|不作处理|不做处理|不予处理)(?=[，。；,;]|$)/;
const keptClear = (s: string) => {
  const m = KEPT_CLEAR.exec(s);
  return !!m && !/不|无|删除|去除|剔除|脱敏|掩码|加密|哈希/.test(m[1]);
};
export const describesRaw = (s: string) =>
  RECORD_COUNT.test(s) || singleUnit(s) || keptClear(s) || ORIGINAL_KEPT.test(s) || UNAGGREGATED.test(s) ||
  ((RECORD_GRAIN.test(s) || SUPERFICIAL_ONLY.test(s)) && !/(?:不含|不包含|不包括|不得|禁止|剔除|去除)[^，。；]{0,12}?(?:记录|字段|明细)/.test(s)) || carriesRaw(s);

/** Raw data named as absent from a thing: "导出的日志不含原始数据内容". */
const ABSENT = /(?:不含|不包含|不包括|不涉及|不含有|无|剔除|去除|删除)[^，。；]{0,4}$/;

/** The verbs of a thing holding another inside it ("产品包含原始字段", "模型内嵌样本"). */
export const HOLD_VERB = '(?:包含|含有|附带|附有|携带|内嵌|夹带|保留)';
const HOLDS = new RegExp(`${HOLD_VERB}(?:了|有|着)?[^，。；]{0,12}$`);
const HOLDS_NOT = new RegExp(`(?:不|无|未|禁止|严禁|删除|剔除|去除)[^，。；]{0,4}${HOLD_VERB}[^，。；]{0,12}$`);

/** What stands on the data: "基于原始数据加工的评分" is the score. */
// "可开放利用的公共数据", "开发利用的原始数据": data open to use is described, not built on.
// "加工该产品所依据的原始数据" names the data the product stands on: 所 makes the data the base, not what is built.
/** A form a product takes, named after the records: "……和原始数据集等形式的产品". */
const AS_FORM = /^[^，。；、和及]{0,3}?等?(?:形式|形态)的?(?:数据)?(?:产品|服务)/;
const BUILT_ON = /(?<!所)(?:基于|(?<!开放|开发|共享|流通)利用|依托|依据|根据)[^，。；]{0,12}$/;

// Rights over the data or the business, not any ("与乙方同等的知情权利").
export const EQUAL_RIGHTS = /与(?:乙方|运营机构|运营方|运营主体|授权运营机构)(?:同等|相同|一致|一样)的?[^，。；]{0,12}?(?:数据|调用|使用|访问|经营|运营|开发|加工|销售)[^，。；]{0,8}?(?:权利|权限|资格)/;
const WORK = /工作|业务|事项|事务/;
const CORE_OF_OPERATION = /定价|对外(?:销售|经营|签约|收费)/;

const HEADS = [['data', new RegExp(DATA_OBJ.source, 'g')], ['derived', new RegExp(DERIVED.source, 'g')]] as const;
/**
 * Where `text` names the records as a thing of its own (a complete noun phrase: "调用原始记录开展建模分析"), not as what
 * another thing is about ("原始数据的统计结果", "原始记录目录"): the last such name, for a phrase pointing back (anaphora.ts).
 */
const RAW_MENTION = new RegExp(RAW_OBJ.source, 'g');
const RAW_MENTION_FAST = new RegExp(RAW_FAST.source, 'g');
/** Whether `text` names the records at all, as a thing or as what another is about ("原始明细清单"). */
export const namesRaw = (text: string) => rawIn(text).test(text);
const ABOUT_NEXT = new RegExp(`^的?(?:${DERIVED.source})`);
export function lastRawMention(text: string): { text: string; at: number } | null {
  let last: { text: string; at: number } | null = null;
  for (const m of text.matchAll(listsDetails(text) ? RAW_MENTION : RAW_MENTION_FAST)) if (!ABOUT_NEXT.test(text.slice(m.index + m[0].length))) last = { text: m[0], at: m.index };
  return last;
}
/** The last thing `text` says is made (形成统计指标, 开发……数据产品, 加工为……指标数据): where it stands and its name. */
const MADE_THING = new RegExp(`(?:形成|生成|开发|产出|制作|制成|加工(?:为|成)|转化为|编制|得到|产生|汇总为|聚合为)((?:[^，。；的]{0,12}?的)?[^，。；]{0,10}?(?:${DERIVED.source})[\\u4e00-\\u9fff]{0,4})`, 'g');
export function lastMade(text: string): { text: string; at: number } | null {
  let last: { text: string; at: number } | null = null;
  for (const m of text.matchAll(MADE_THING)) last = { text: m[1], at: m.index };
  return last;
}

type ObjectRead = { kind: ObjectClass; text: string } | null;
// A clause's spans are read again and again (its text, the part before and after its verb, by each reading that asks):
// what a span names is remembered per document glossary, and for spans read without one, up to a bound.
const readWith = new WeakMap<Glossary, Map<string, ObjectRead>>();
const readBare = new Map<string, ObjectRead>();
export function objectOf(span: string, g?: Glossary): ObjectRead {
  let memo = g ? readWith.get(g) : readBare;
  if (!memo) readWith.set(g!, (memo = new Map()));
  const known = memo.get(span);
  if (known !== undefined) return known;
  if (!g && readBare.size > 20_000) readBare.clear();
  // Frozen: a reading is shared by every clause that asks, so no caller may change it.
  const read = readObject(span, g);
  memo.set(span, read && Object.freeze(read));
  return read;
}
const LEAVES_RAW_OUT = /(?:不含|不包含|不包括|不涉及|剔除|去除)[^，。；]{0,10}?(?:原始|原样|明细)/;
function readObject(span: string, g?: Glossary): ObjectRead {
  const defined = g?.used(span).find((d) => span.includes(d.term));
  const rev = restorableIn(span) ?? KEY.exec(span)?.[0];
  if (rev) return { kind: 'restorable', text: rev };
  if (defined && g!.rawTerms.includes(defined.term)) return { kind: 'raw', text: defined.term };
  // A short name stands for what it was given to ("个人信息明细（以下简称“基础数据”）"): raw or restorable as that is.
  const named = defined && defined.how === 'short' ? objectOf(defined.meaning) : null;
  if (defined && named && (named.kind === 'raw' || named.kind === 'restorable')) return { kind: named.kind, text: defined.term };
  // A defined term is what its definition says: "基础数据，是指……未经加工的公共数据", "运营权，是指……经营数据产品的权利",
  // "……记录集合，保留数据源的字段结构和记录粒度" (the records as kept).
  // Or records said by their grain ("“数据集产品”，是指以逐户、逐条形式记录的……明细数据，……打包形成的数据文件"), not built on them.
  const recordsIn = (m: string) => {
    const x = rawIn(m).exec(m);
    return !!x && !BUILT_ON.test(m.slice(0, x.index)) && !/加工|开发|训练|计算|建模|分析/.test(m);
  };
  // Not one whose definition leaves the records out ("……输出的“是/否”判断、分值或等级，不含授权数据的原始记录").
  if (defined && (/未经(?:任何)?加工|原始|保留[^，。；]{0,12}?(?:记录|明细)粒度/.test(defined.meaning) || recordsIn(defined.meaning)) && !DERIVED.test(defined.meaning.replace(/数据产品/g, '')) && !LEAVES_RAW_OUT.test(defined.meaning)) return { kind: 'raw', text: defined.term };
  if (defined && /权利|权限|资格/.test(defined.meaning) && /运营|经营|授权/.test(defined.meaning)) return { kind: 'grant', text: defined.term };
  // A work defined to hold the operation's commercial core is the operation: "“运营辅助工作”包括……产品定价及对外销售".
  if (defined && WORK.test(defined.term) && CORE_OF_OPERATION.test(defined.meaning)) return { kind: 'grant', text: defined.term };
  const raw = rawIn(span).exec(span);
  // A product said to hold the records is them going out: "包含……原始档案字段的数据产品" (not "不包含原始数据的产品").
  const held = raw && HOLDS.test(span.slice(0, raw.index)) && !HOLDS_NOT.test(span.slice(0, raw.index));
  // So is a product that takes the records' form ("提供数据接口、分析报告和基础数据集等形式的产品").
  const form = raw && AS_FORM.test(span.slice(raw.index + raw[0].length));
  if (raw && !BUILT_ON.test(span.slice(0, raw.index)) && (held || form || !ABOUT_RAW.test(span.slice(raw.index + raw[0].length))) && !ABSENT.test(span.slice(0, raw.index))) return { kind: 'raw', text: raw[0] };
  // Rights the same as the operator's are its grant, whatever they are called ("享有与乙方同等的数据访问和产品经营权利").
  const equal = EQUAL_RIGHTS.exec(span);
  if (equal) return { kind: 'grant', text: equal[0] };
  const grant = GRANT_OBJ.exec(span);
  if (grant) return { kind: 'grant', text: grant[0] };
  // A noun phrase ends on its head: "公共数据产品" is a product, "公共数据平台上的操作日志" a log, "结果数据" a result.
  let head: { kind: ObjectClass; text: string; end: number } | null = null;
  for (const [kind, re] of HEADS) {
    for (const m of span.matchAll(re)) {
      if (kind === 'data' && BUILT_ON.test(span.slice(0, m.index))) continue;
      // An account of the data is no data ("披露上一年度公共数据资源使用情况"): a report about it.
      if (kind === 'data' && ABOUT_DATA.test(span.slice(m.index + m[0].length))) continue;
      const end = m.index + m[0].length;
      if (!head || end > head.end) head = { kind, text: m[0], end };
    }
  }
  return head && { kind: head.kind, text: head.text };
}
