import type { Evidence } from '../report';
import { findTriggers, withNeutralMasked } from '../clauses';
import { ledSentences } from '../clauseLeads';
import { evidence, type ReadDocument } from '../sections';
import { referenced } from '../references';
import { SECTOR_LICENCE } from '../periods';
import { WAIVED_SPAN } from '../extensions';
import { isBackground } from './background';
import { withAntecedents } from '../anaphora';
import { asOneRecord, leadsByBlock, rowAsClauses, typedRiskRow } from './units';
import { parseSentence, partyOf, readingOf, type ParseContext } from '../clauseParse';
import { CHOOSING_VERBS, ON_ITS_OWN } from '../clauseParties';
import { dealsOwnWork, USER_NAME } from './ownAccount';
import { movesGrant, OPERATOR_BY_NAME } from './subAuthorizationMoves';
import { AUTHORIZED_BY_OPERATOR, GRANTOR, OTHER_LEGAL_PERSON, PUBLIC_HOLDER, RUNS_THE_GRANT, holderOf, isRealControl, widensOperator } from './actors';

/**
 * 转授权 read by who ends up holding the grant, however the clause puts it (Chongqing art. 18: an operator's grant is
 * never moved without approval):
 * - another party deemed or defined to be the grantee: "合作方视为本协议的授权运营主体", "授权视为同时授予乙方的全资子公司",
 *   "“运营主体”包括乙方及乙方书面指定的项目公司";
 * - another party taking the grant over: "授权由承继其业务的主体当然享有", "指定替代运营机构承接……全部授权";
 * - the grant handed on for use, exercise or as capital: "将授权运营权利……委托其他机构行使", "将运营权作为出资";
 * - the operator authorising or licensing others to run it: "授权合作方……开展……运营业务", "颁发……运营子许可";
 * - a prohibition whose carve-out names who may take it: "不得转让……授权，但转让给乙方控股股东……的除外".
 * The grantor's own succession (甲方 reorganised) is not it, nor a move that needs the approval the law requires
 * ("须经甲方报省人民政府批准，并与甲方另行签订补充协议"): that is the law's procedure, not a permission.
 */

const PARTY =
  `(?:${OTHER_LEGAL_PERSON}|${PUBLIC_HOLDER}|其他成员|开发者用户|(?:承继|继受|承接)[^，。；]{0,6}?的主体|受同一主体控制的企业|` +
  // Parties above the operator or beside it, and the members of a consortium among themselves.
  '区域运营商|运营商|合作商|分包(?:运营)?(?:单位|方|商)|成员之间|其指定(?:的)?主体)';
const GRANT =
  '(?:授权运营权利|授权运营资格|运营资格|授权运营权|运营授权|运营权|经营权|(?:本协议项下的?|依本协议取得的)(?:全部|部分|全部(?:或者?|和|及)部分)?(?:授权|权利义务|权利)|' +
  '授权|数据资源使用权|数据使用权|调用权限|运营主体地位|运营主体资格|主体地位|(?:授权运营|加工使用|产品经营|数据经营)权益|(?:授权)?运营权限)';
// The operator as the one handing its grant on: fewer names than actors.ts OPERATOR, since 运营商 and 运营单位 here name
// whom it hands on to (区域运营商, 二级运营单位: PARTY, clauseParties.ts OTHER).
const OPERATOR = '(?:乙方|运营机构|运营方|运营主体|牵头人)';
const GRANTOR_NAMED = new RegExp(GRANTOR);
/** The grantor as the sentence's subject, handing something on in its own name (not letting the operator do it). */
const GRANTOR_GRANTS = new RegExp(`^\\s*${GRANTOR}(?:(?!同意|准予|允许|批准|许可|授权)[^，。；]){0,12}?(?:将|向)`);

/** "关联公司不视为运营机构": the trigger is the party, so a denial of the deeming before its verb is read here. */
// Also with a word between ("外包单位不因此成为授权运营主体", "不会因此视为").
const NOT_DENIED = '(?<!不|不得|不应|不能|非|不(?:会|因此|因|由此|会因此|得因此)|并不|并非|均不)';

/**
 * Partners the operator brings in, by the role it gives them: the kinds that may be handed the operation's work (market
 * players re-developing delivered products are not among them: that is what the rules want; nor its group re-developing
 * them: exclusivity's matter).
 */
const PARTNER = '(?:(?:运营)?合作(?:运营)?(?:单位|方|伙伴|企业|机构)|承接(?:单位|方|机构|企业)|(?:区域|区县|县域|属地)?(?:运营)?服务商|受托(?:方|单位|人)|项目公司|分包(?:单位|方|商)|外包单位)';
/** The operation's chain, worked and served out: the data processed or products developed, then served to users. */
const CORE_WORK = '(?:加工|开发|研发)[^，。；]{0,24}?(?:对外(?:运营)?服务|对外提供|数据服务|客户服务|产品推广|推广|上架|发布|销售|服务交付|交付|客户拓展|市场拓展|收费)';

const PATTERNS = [
  // A partner doing the operation's core itself ("由运营合作方承接授权范围内数据产品的日常开发、上架和客户服务", "区县运营合作单位
  // 负责本区县范围内授权数据的加工利用和数据产品推广", "由技术服务商负责空间内公共数据的初级加工处理和数据产品发布"): the whole
  // chain is the operation, however the partner is named; support work (运维, 标注, 技术支持) or helping the operator is not.
  // Its verb may be the work itself ("合作伙伴在账号权限范围内调用授权数据、开发数据产品并对外提供服务"); a partner re-developing
  // what was delivered is a market player's work.
  `(?<t>${PARTNER})(?:(?!协助|配合|支持|不|未|指导下|监督下|再开发|二次开发|二次加工|深度开发|交付)[^。；]){0,40}?(?:(?:承担|承接|负责|开展|从事|实施)[^，。；]{0,24}?)?${CORE_WORK}`,
  // Or others taken into the operating consortium after the grant ("运营机构可以根据业务发展需要吸收其他企业组成运营联合体，新增成员
  // ……承担相应领域的数据产品开发和运营"): they run the grant without being chosen.
  `(?:乙方|(?:授权)?运营(?:机构|单位|方|主体))[^。；]{0,20}?(?<t>吸收|吸纳|引入|增补|增加)(?:其他|新的?)?[^，。；]{0,10}?(?:企业|单位|机构|成员)(?:组成|组建|加入|成为)[^，。；]{0,6}?(?:运营)?联合体`,
  // Or the chain's work put first and subcontracted after ("数据产品研发、市场推广等工作，乙方可以分包给具备相应能力的单位承担").
  `${CORE_WORK}[^，。；]{0,8}?[，,]\\s*(?:乙方|(?:授权)?运营(?:机构|单位|方|主体))[^，。；]{0,6}?(?<t>分包|转包|外包|交由|委托)(?:给)?[^，。；]{0,20}?(?:承担|负责|实施|完成)`,
  // Or a table's row, the work first: "工作内容：授权数据清洗加工、数据产品开发及对外服务，承担单位：合作单位（由运营机构自行确定）".
  // A row of the work plan whose party is marked as acting for the operator ("文旅消费场景产品运营及对外服务 | 市文旅集团所属数字科技
  // 公司（受授权运营单位委托）"): the operation itself is done by it.
  `(?:运营|对外服务|销售)[^|｜。；]{0,10}?\\s*[|｜]\\s*[^|｜]{0,24}?[（(](?<t>受[^）)]{0,12}?委托)[）)]`,
  // A company the operator set up or controls deemed an operator ("运营主体出资设立或者实际控制的企业，经运营主体书面指定……，视同授权
  // 运营单位开展授权运营活动").
  `(?:设立|控制|控股)的(?:企业|公司)[^。；]{0,40}?${NOT_DENIED}(?<t>视同|视为)[^，。；]{0,4}?(?:授权)?运营(?:单位|机构|主体)`,
  `${CORE_WORK}[^。；|｜]{0,6}?(?:[，,]\\s*(?:承担|负责|实施|责任)(?:单位|主体|方)[：:]|\\s*[|｜])\\s*(?<t>${PARTNER})`,
  // Or the partner handed a list of work whose item is that chain ("乙方可以将……下列工作分包给具备相应能力的单位：……（三）行业数据
  // 产品的研发及对外运营服务").
  `(?<t>分包给|转包给|委托给?|交由)[^。；]{0,20}?(?:单位|公司|企业|机构|伙伴|服务商)[^。；]{0,4}?[：:][^。；]{0,40}?${CORE_WORK}`,
  // Sub-operators named as parties the agreement deals with ("为名单所列分包运营单位开通……访问权限"): the operation is
  // handed on, whatever clause names them.
  `(?<t>(?:分包|转包|二级|下级)运营(?:单位|商|方(?![式案法面向])|主体|机构|企业))`,
  // Deemed or defined to be the grantee, or set up as the body that runs it ("确定其……控股子公司作为具体运营单位", "指定其全资子公司
  // 作为本项目实施主体").
  `(?<t>${PARTY})[^，。；]{0,12}?${NOT_DENIED}(?:视为|视同|成为|即为|即以|作为)[^，。；]{0,8}?(?:授权运营主体|运营主体|被授权方|被授权人|授权对象|(?:具体|实际|属地|区域)运营(?:单位|机构|主体)|(?:本?项目)?实施主体)(?![^，。；]{0,2}?的)`,
  // Kept, not moved: "……使用权仍由乙方自行行使".
  `(?<!甲方的?)${GRANT}[^，。；]{0,6}?(?<!仍|仍然|依然|始终)由(?:[^，。；]{0,12}?的)?(?<t>${PARTY})[^，。；]{0,6}?(?:承继|承接|享有|行使|继受|接替)`,
  // Part of the operation handed to another: "将……部分场景的运营交由其控股子公司……承担", "可将学校体育子场景交由其控股
  // 子公司具体运营" (运维 and technical services are not the operation).
  // Business named as not the data's or as auxiliary ("翻译服务、呼叫中心坐席等非数据处理业务委托他人承担") is outsourced work.
  `(?:场景|领域|(?<!非[\u4e00-\u9fff]{0,6}|辅助性?|事务性|后勤)业务)(?:的)?(?:运营(?!维护|保障))?(?:工作|业务|事项)?[^，。；]{0,4}?(?<t>交由|转由|交给|委托|移交)[^，。；]{0,6}?(?:其)?${PARTY}[^，。；]{0,24}?(?:运营|经营|承担)`,
  // The scenario's chain of work, its operation last, handed over whole: "将交通出行场景的数据治理、模型开发和产品运营整体交由
  // 联合体成员单位承担" (not its upkeep, "场景的平台运维服务交由服务商承担").
  `(?:场景|领域)的?(?:(?!运维|维护|技术服务|平台建设)[^，。；]){0,24}?运营(?!维护|保障)[^，。；]{0,4}?(?<t>交由|转由|交给|移交|委托)[^，。；]{0,6}?(?:其)?${PARTY}`,
  // A scenario's operation subcontracted, to whomever: "将该场景的数据产品开发及运营服务分包给具备相应能力的单位".
  `(?:场景|领域)的?(?:(?!运维|维护|技术服务|平台建设)[^，。；]){0,24}?(?:运营|经营)(?!维护|保障)[^，。；]{0,6}?(?<t>分包给|转包给|分包予|转包予)`,
  // The operation itself subcontracted as a way of running it: "通过分包运营方式引入行业合作伙伴".
  `(?<t>分包运营|转包运营|分包经营|转包经营)(?:方式|模式)`,
  // A partner acting in the operator's name: "合作伙伴以运营机构名义对外提供服务" (a branch, no person of its own, is the
  // operator: "由其在区县设立的分公司以乙方名义开展……服务"; upkeep done in its name runs nothing: "以乙方的名义提供平台运维").
  // A party may be named by its role only ("承运企业在所辖区域内以乙方名义开展……开发利用和产品销售").
  `(?!分公司|分支机构)(?<t>${PARTY}|[\u4e00-\u9fff]{1,6}?(?<!分)(?:企业|公司))[^。；]{0,40}?(?<!不|不得|不能|不可|禁止|无权)以(?:运营机构|乙方|授权运营机构|运营方)(?:的)?名义(?![^，。；]{0,10}?(?:运维|维护|技术支持|技术服务))[^，。；]{0,8}?(?:对外|开展|提供|签订|签约|经营|收费|销售)`,
  // The operation carried out by another in its own name, put first as the topic ("授权运营平台的日常运营、数据产品开发和对外
  // 服务由项目公司以自己的名义实施"): the grant is run by a person of its own (not upkeep: "运营维护由服务商以其名义……").
  `(?:运营|经营)(?!维护|保障|支撑|辅助)[^。；]{0,30}?由(?:其|该)?(?<t>${PARTY})[^，。；]{0,8}?(?<!不|不得|不能|不可|禁止|无权)以(?:其|自己|自身|本公司|该公司)(?:自身|自己)?的?名义`,
  // The data's whole chain of work given to another, from processing the data to selling to its users ("引入运营服务商，由运营
  // 服务商负责授权数据的清洗加工、产品开发及面向数据使用方的销售服务"): the operation, however its parts are named. Processing
  // alone is what the grantor may entrust (Hebei art. 14).
  `由(?:其|该)?(?<t>${PARTY})(?:负责|承担|具体负责)[^。；]{0,16}?数据的?[^。；]{0,12}?(?:加工|处理|治理)[^。；]{0,24}?(?:产品|模型)(?:的)?(?:开发|研发)[^。；]{0,24}?(?:销售|对外服务|对外提供|市场推广|市场运营|面向[^，。；]{0,12}?(?:服务|提供))`,
  // A party the operator chooses, then given a product's operation ("运营机构可以在各县（区）择优选定区域运营服务商，由其负责
  // 本县（区）范围内本场景数据产品的开发、推广和运营服务").
  `(?:运营机构|乙方|运营方)[^。；]{0,20}?(?:选定|确定|遴选|引入|选择)[^，。；]{0,14}?(?:服务商|运营商|合作商|代理商|合作方|合作伙伴|合作单位|公司|企业)[，,]\\s*由(?:其|该|上述)?[^，。；]{0,10}?(?:服务商|运营商|合作商|代理商|合作方|合作伙伴|合作单位|公司|企业|其)(?:[^，。；]{0,16}?|[^。；]{0,24}?[，,])(?<t>负责|承担|开展)[^。；]{0,30}?(?:开发|推广|加工)[^。；]{0,16}?(?:运营|经营|发布|销售|交付)(?!维护|保障|支撑|辅助)`,
  // Members taken into the consortium after it was chosen, to run parts of the operation ("联合体中选后，牵头方可以……吸收
  // ……企业加入联合体，新加入成员……承担相应的数据加工和产品运营任务", "运营机构确定后，……增补……单位为联合体成员"): chosen by
  // no one but the operator.
  `(?:(?:中选|中标|入选|确定为运营机构|运营机构确定|协议签订)(?:后|之后)|运营期内|授权期内|运营期间)[^。；]{0,30}?(?<t>吸收|吸纳|引入|增加|增补|接纳)[^，。；]{0,20}?(?:加入联合体|(?:为|作为|成为)?联合体成员)`,
  // A partner calling the data itself and publishing products ("合作伙伴凭授权运营机构开通的账号进入授权运营空间，直接调用公共
  // 数据并发布数据产品和服务"): it runs the grant.
  `(?:${PARTY})[^。；]{0,30}?(?:直接|自行)?(?<t>调用)(?:公共|授权|政务)?数据[^。；]{0,6}?(?:并|后|，)?(?:自行|直接)?(?:发布|提供|销售|上架)(?:数据)?(?:产品|服务)`,
  // The operation itself named as what is handed over, whatever is run: "将附件2所列产业发展类产品的运营交由该子公司实施"
  // (a platform's or a system's running is technical work, and 运维 is not the operation).
  `(?<!平台|系统|网站|机房|设施|设备)的运营(?!维护|保障|支撑|辅助)(?:工作|业务)?[^，。；]{0,2}?(?<t>交由|转由|交给|移交)[^，。；]{0,6}?(?:其|该)?${PARTY}`,
  // A product's development and its operation after, handed or subcontracted together ("将配送企业履约评价指数的开发和后续
  // 运营分包给合作单位……承担", "将……评分服务的开发和运营交由长期合作的……有限公司负责").
  // The chain may be longer, handed over at once: "将……专区的数据加工、产品开发和日常运营一并交由其合作企业……承担"; its
  // operation may be named by its parts ("将数据产品的开发、市场推广和客户服务分包给……合作单位"). Subcontracted, it goes to
  // another whoever is named ("……两类产品的开发和运营分包给本地具备相应能力的企业承担").
  `(?<!平台|系统|网站|机房|设施|设备)(?:的|将)(?:(?:[^，。；、]{0,6}?(?:加工|治理|清洗|处理))?(?:、|和|及|与))?(?:[^，。；、]{0,4}?(?:开发|研发|建设))(?:和|及|与|、)(?:(?:后续|日常|对外|市场)?(?:运营|经营)(?!维护|保障|支撑|辅助)|(?:市场)?(?:推广|销售|营销)(?:(?:和|及|与|、)(?:客户服务|售后服务|客户运营))?)(?:工作|业务|服务)?(?:等(?:运营)?(?:环节|工作|业务|事项))?(?:一并|整体|全部|统一)?[，,]?[^，。；]{0,2}?(?<t>交由|转由|交给|移交|分包给|转包给|委托)(?:(?<=分包给|转包给)|[^，。；]{0,30}?(?:${PARTY}|有限公司|股份公司|有限责任公司))`,
  // The granted data's use right pledged or sold with the income ("……经营收益权，连同相应授权数据的使用权，质押或者转让给银行").
  `(?:授权数据|公共数据)的?(?:使用权|运营权|经营权)[^。；]{0,8}?(?<t>质押|抵押|出质|转让)`,
  // Handed on for exercise, or put in as capital or collateral.
  `(?<!甲方的?)${GRANT}[^，。；]{0,12}?(?<t>委托|交由|转由|授予)[^，。；]{0,8}?${PARTY}`,
  // The operator authorising or licensing others to run the data or the business (not to use a product: "授权客户使用其开发的
  // 数据产品", "授予用户该产品的使用许可").
  // 其 alone is the party named before: the operator granting cannot mean itself ("与A级景区经营单位签订……协议，授权其……使用……开展运营").
  // An operator chosen by the grantor is granted by it, it grants nothing ("甲方……另行选定运营机构并授权其运营").
  `(?<![为向给对与]|(?:${CHOOSING_VERBS})[^，。；]{0,4})${OPERATOR}(?:(?!甲方)[^。；]){0,24}?(?<t>授权|许可|授予|颁发|发放)(?!数据)[^，。；]{0,4}?(?:其(?=(?:在|于|按照?|依照?|直接|独立|自行|以|对)[^，。；]{0,8}?(?:使用|调用|运营|开发)|使用|调用|运营|开发|开展)|(?:其)?${PARTY})(?:(?!(?:产品|成果|报告)(?:接口)?的?(?:使用|调用))[^，。；]){0,24}?(?:运营(?!维护|保障|支撑)|调用|使用|开发)(?![^，。；]{0,8}?(?:产品|成果|报告|服务(?!器)))`,
  // A licence of a product is selling it ("向用户发放数据产品使用许可"), not the grant.
  `${OPERATOR}(?:(?!甲方)[^。；]){0,24}?(?:向|给)[^，。；]{0,8}?${PARTY}[^，。；]{0,6}?(?<t>发放|颁发|授予|出具|核发|转授)(?:(?!产品|成果|报告|软件)[^，。；]){0,24}?(?:许可|授权|权益)`,
  // The operator granting on what it was granted: "分别授权给各市（州）运营合作方", "向其转授……经营权益" (not the grantor).
  `^(?:(?!甲方)[^。；])*?(?<t>授权|许可|授予|转授)给[^，。；]{0,12}?${PARTY}`,
  // A party the operator authorizes, named as one that runs the data ("运营机构及其授权的区县文旅运营服务商，负责数据产品开发").
  `${OPERATOR}(?:及其|及|所)?(?<t>授权)的[^，。；]{0,10}?${PARTY}[^。；]{0,16}?(?:负责|承担|开展|从事)[^，。；]{0,10}?(?:运营|经营|开发)(?!维护|保障|支撑|辅助)`,
  // The rights of the agreement moved to another party, the verb first or after them ("相互转让本协议项下的权利和义务",
  // "将其在本协议中的运营主体地位转让给乙方的母公司").
  `(?<t>转让|转移|让渡|转交)[^，。；]{0,12}?(?:本协议项下的?|依本协议取得的|本协议中的?)(?:全部(?:或者?|和|及)?)?(?:部分)?(?:权利(?:和|及|与)?义务|权利)`,
  // An agreement of a further tier signed by the operator: "与……指定的单位签订二级授权运营协议" (not the grantor's own).
  // A sub-operator's agreement is one too: "由乙方与其签订分运营协议".
  `^(?:(?!甲方|授权方|实施机构)[^。；])*?(?<t>签订|签署|订立)[^，。；]{0,6}?(?:(?:二级|三级|下级|次级|分级|转|再|子)授权(?:运营)?|(?:二级|下级|次级|分|子)运营)(?:协议|合同)`,
  // The operator named as who signs or issues the further tier's instrument, whoever signed with the grantor before it
  // ("由牵头人与实施机构签订授权运营协议，再由牵头人与各成员分别签订二级授权协议", "向……合作伙伴签发《数据运营子授权书》").
  // Not the operator as the counterpart of a grantor's own tier ("甲方与乙方签订二级授权协议", "乙方与区县数据局签订……").
  `(?<![与同和及向])${OPERATOR}(?:(?!${GRANTOR}|数据局|数据管理局|人民政府|主管部门)[^，。；]){0,30}?(?<t>签发|颁发|出具|核发|签订|签署|订立)[^，。；]{0,4}?《?(?:(?!》)[^，。；]){0,8}?(?:二级|三级|下级|次级|分级|转|再|子)授权(?:运营)?(?:协议|合同|书|证书|函)`,
  // The grant a party holds said to come from the operator ("交通领域公共数据授权运营权 | 由乙方授予", a table row too).
  `(?:授权运营权|运营权|经营权|运营资格)[^。；]{0,16}?由${OPERATOR}(?<t>授予|转授|再授权|颁发|许可)`,
  // Another party running the operation itself, not support work: "由合作伙伴独立承担交通领域公共数据运营", "由乙方的控股子公司
  // 自行负责授权运营" (not "由合作方负责平台运营维护", nor "由合作方协助乙方开展运营").
  // Where or how it runs may stand between ("由联合体成员分别在各自县域内承担……运营工作").
  `由(?:其|乙方的?|[^，。；由]{0,10}?的[\u4e00-\u9fff]{0,4}?)?(?<t>${PARTY})(?:(?!协助|配合|支持|不|未)[^，。；]){0,12}?(?:独立|自行|自主|单独|直接|全面)?(?:承担|负责|开展|从事)[^，。；]{0,20}?(?:授权运营|运营|经营)(?!维护|保障|支撑|辅助)`,
  // Another party holding the operation with the operator: "乙方与丙方共同享有……数据产品的经营权益".
  `(?:与|和|及|同)(?<t>${PARTY})[^。；]{0,30}?共同(?:享有|持有|行使|拥有)[^，。；]{0,24}?(?:经营|运营)(?:权益|权利|权)`,
  // Another party running the grant in its own name: "子公司可以直接使用本协议项下授权，以自身名义开展授权运营", "区域运营商
  // ……以自身名义通过公共数据服务平台发布产品", "分包运营单位……以自己名义开展数据产品经营".
  `(?<t>${PARTY})[^。；]{0,40}?(?<!不|不得|不能|不可|禁止|无权)以(?:自身|自己|其自身|本公司|独立)的?名义[^，。；]{0,8}?(?:(?:开展|从事|经营)[^，。；]{0,6}?(?:授权运营|运营|产品经营|数据经营)|对外(?:签约|收费|经营)|对外提供[^，。；]{0,6}?(?:产品|服务)|使用[^，。；]{0,8}?(?:授权)?数据|(?:通过[^，。；]{0,12}?)?(?:发布|上架|销售|出售)[^，。；]{0,4}?(?:数据)?产品|与[^，。；]{0,12}?(?:签订|签署|订立)[^，。；]{0,12}?(?:协议|合同))`,
  // The operator licensing another to exercise its rights in that party's own name ("可以许可开发利用机构在约定场景范围内，以其
  // 自身名义行使本协议项下的公共数据加工使用权益").
  `(?<!不|不得|不能|不可|禁止|无权)(?<t>许可|授权|准许|允许)[^。；]{0,30}?以其(?:自身|自己)的?名义(?:行使|享有)[^，。；]{0,20}?(?:加工使用权|经营权|运营权|权益|权利)`,
  // The party named in the name it acts in: "……调用附件1所列数据资源，自主开发数据产品并以合作伙伴自身名义向金融机构提供服务",
  // "……对外签约和收费等事项，由其委托的下属企业以下属企业名义办理", "……形成的初级数据产品以生态服务商名义通过公共数据服务平台发布".
  `(?<!不|不得|不能|不可|禁止|无权)以(?<t>${PARTY}|[\\u4e00-\\u9fff]{0,4}?${PARTNER})(?:自身|自己)?的?名义[^，。；]{0,16}?(?:提供|发布|销售|出售|经营|开展|对外|办理|签约|收费)`,
  // The operator making another body an operator of its own: "运营机构可以委托其全资或者控股子公司以及……合作运营商，作为区域
  // 运营主体" (not the grantor choosing one).
  `${OPERATOR}(?:(?!甲方|授权方|实施机构)[^。；]){0,12}?(?<t>委托|指定|确定|授权|选定|选择|遴选|引入)(?:(?!甲方|授权方|实施机构)[^。；]){0,40}?作为[^，。；]{0,8}?(?:区域|县域|属地|二级|分|子|场景|行业)运营(?:主体|机构|商|单位)`,
  // The granted data itself handed to another party to run: "将授权数据资源按省级行政区划分，交由各省合作单位分区运营".
  `(?:授权数据|数据资源|公共数据)[^。；]{0,20}?(?<t>交由|转由|交给|移交)[^，。；]{0,6}?(?:其)?${PARTY}[^，。；]{0,8}?(?:运营|经营)(?!维护|保障|支撑|辅助)`,
  // Another party holding the business of what it makes from the data: "行业合作商对其加工形成的数据产品享有经营权益".
  `(?<t>${PARTY})(?:(?!不|无权)[^，。；]){0,20}?(?:享有|取得|获得)[^，。；]{0,4}?(?:经营权益|经营权|加工使用权)`,
  // Members recruited to hold the data's use: "成员缴纳加盟费后取得相应领域公共数据的加工使用权".
  `(?:${PARTY}|成员|加盟(?:商|单位|企业))(?:(?!不|无权)[^，。；]){0,12}?(?<t>取得|获得|享有)[^，。；]{0,10}?(?:授权数据|公共数据)[^，。；]{0,4}?的?(?:加工使用权|使用权|经营权)`,
  // An operation entrusted by agreement: "运营机构可与数据商签订委托运营协议" (not the grantor's).
  `^(?:(?!甲方|授权方|实施机构)[^。；])*?(?<t>签订|签署|订立)[^，。；]{0,6}?(?:委托运营|分包运营|转包)(?:协议|合同)`,
  // A party acting on the operator's authority: "场景运营商经运营机构授权后，直接对接数源单位开展数据治理与产品开发".
  `(?<t>${PARTY})[”"]?(?:经|由|获)${OPERATOR}(?:授权|许可)(?:后)?[^。；]{0,24}?(?:开展|负责|从事|承担)[^，。；]{0,12}?(?:治理|开发|运营|经营|加工)`,
  // A body the operator joins with made the operator in fact: "由合资公司作为授权运营的具体实施主体".
  `由(?:其|该)?(?<t>${PARTY})作为[^，。；]{0,8}?(?:授权运营|运营)的?(?:具体)?(?:实施|运营)?主体`,
].map((p) => new RegExp(p));

/** What the law's approval of a move looks like: then the move is a procedure, not a permission. */
// Or the government's approval leading the permission ("经甲方报市人民政府批准，乙方可以……"): the law's procedure (Chongqing art. 18).
const APPROVAL_REQUIRED = /(?:须|需|需要|应当|应|必须)(?:经|报)[^。；]{0,16}?(?:批准|审批|审议通过)|(?:经|报)[^，。；]{0,16}?人民政府[^，。；]{0,6}?(?:批准|审批)(?:后)?[，,]|(?:经|报)[^。；]{0,24}?(?:批准|审批)[^，。；]{0,4}?后[，,]?方?(?:可|能)|(?:重新|另行)签订(?:授权运营)?(?:协议|补充协议)/;
/** Licensing what the operator owns itself (software, a copyright) is no grant of the data. */
// Not the words naming a field the data is of ("商标代理机构信用评价报告", "知识产权服务场景").
const NOT_THE_GRANT = /(?:软件|著作权|知识产权|专利|商标)(?!代理|服务|公共|数据|局|监管|信息|行业|领域|场景|企业|机构|风险|监测)/;
/** The sector's own licence or right, in a sentence that names no grant or data ("出租汽车经营权……不得擅自转让"). */
const SECTOR_RIGHT = new RegExp(SECTOR_LICENCE);
/** A prohibition to move the grant, with a carve-out that names who may take it ("但转让给乙方控股股东……的除外"). */
// Or a party the prohibition names deemed not to be one ("……不得转让给第三方，但乙方持股……的子公司以及……成员企业，不视为本条
// 所称第三方").
const CARVE_OUT = /(?:不得|禁止|严禁|不能|不可)[^。；]{0,24}?(?:转让|转授权|转移|交由|转交)[^。]*?但(?<out>[^。；]{2,48}?)(?:的?除外|不受此限|不在此限|不受[^。；]{0,6}?限制|[，,]?\s*(?:均|亦)?不(?:视为|属于|作为|认定为)[^，。；]{0,10}?(?:第三方|他人|其他主体))/;
const CARVED_PARTY = new RegExp(PARTY);
/**
 * A prohibition lifted by a clause of its own that says where it does not apply ("前条规定不适用于乙方向其所属集团内成员
 * 企业划转……运营业务的情形"): the case it names is a move let happen.
 */
const DISAPPLIED = /(?:前条|前款|上条|上款|上述|前述|本条|该条|第[一二三四五六七八九十百\d]+(?:条|款))(?:规定|约定|限制|禁止性?(?:规定|约定))?(?:的限制)?(?:不适用于|不适用)(?<out>[^。；]{2,60}?)(?:的?(?:情形|情况|场合)|(?=[，,。；]|$))/;
const CASE_MOVES = /转让|转移|划转|划拨|移交|交由|转交|转授|授权|让渡|承接|承继|委托/;
const LAW_OR_APPROVAL = /批准|审批|法律|法规|规定|另有约定/;

/** Every reading above names another party or a transfer: most sentences hold neither and are passed in one test. */
const ANY = new RegExp(`${PARTY}|${PARTNER}|受[^）)]{0,12}?委托|视同|成员|加盟|自身名义|自己名义|(?:乙方|运营机构|运营方)(?:的)?名义|(?:委托|分包)(?:运营|经营)|分包给|(?:授权|授予)其|子许可|分许可|次级|(?:二|三|下|分)级授权|子授权|(?:分|子)运营(?:协议|合同)|转让|转移(?!支付)|让渡|出租(?!车)|出借|转交|转包|转授|由${OPERATOR}(?:授予|再授权|颁发|许可)`);

/** A heading line that is itself a clause: its title opens with the operator acting ("第十二条 乙方按下表向合作方转授权"). */
const ACTING_HEADING = new RegExp(`^(?:[^\\u3000]*\\u3000)?${OPERATOR}[^，。；]{2,}`);
/** A table of grants: who grants, who is granted ("授权主体 | 被授权主体 | 授权内容"). */
const GRANTEE_COLUMN = /被授权(?:主体|方|人|对象|单位)|受让方|承接主体/;
/** A table of roles: who (主体, 单位) and what it does (职责, 分工). */
const PARTY_COLUMN = /^(?:参与|运营|责任|承担|实施)?(?:主体|单位|机构|各方|参与方|名称|角色)$/;
// Or the rights each holds ("数据权限": "调用、加工、产品经营").
const DUTY_COLUMN = /职责|分工|任务|工作内容|主要工作|权限/;
const rolesColumns = (cells: string[]) => {
  const who = cells.findIndex((c) => PARTY_COLUMN.test(c));
  const duty = cells.findIndex((c) => DUTY_COLUMN.test(c));
  return who >= 0 && duty >= 0 ? { who, duty } : null;
};
/**
 * A duty that is the operation run outward or on its own, not support of it: "负责……产品的对外运营、定价和收费",
 * "独立开展……运营，自主定价、自负盈亏" (not "平台运营维护", "协助乙方开展对外运营").
 */
// Its duty to answer for the operation is no share in it ("独立承担运营责任").
const RUNS_OUTWARD = new RegExp(`(?<!(?:协助|配合|支持|支撑|辅助)[^，。；]{0,6})(?:对外|${ON_ITS_OWN})(?:开展|负责|从事)?[^，。；]{0,12}?(?:运营|经营)(?!维护|保障|支撑|责任|风险)|自主定价|自负盈亏`);
/** Rights that hold the business itself: "产品经营", "共享……产品经营权限" (not "使用已交付产品"). */
const RUNS_BUSINESS = /产品(?:经营|运营)|(?:数据|授权)(?:经营|运营)(?:权|权限)?(?!维护|保障|支撑)/;
/**
 * A row of a table of roles giving another party the operation itself ("丙方（乙方全资子公司） | 负责……的对外运营、定价和
 * 收费"): the party named first, else the one its bracket says it is; the operator and its developers are not another's.
 */
function runsInRow(head: string[], cells: string[]): string | null {
  const cols = rolesColumns(head);
  if (!cols) return null;
  const cell = cells[cols.who];
  const bare = cell.replace(/(?:[（(][^（）()]*[）)])+$/, '');
  const party = partyOf(bare) ?? partyOf(cell.slice(bare.length));
  if ((party !== 'group' && party !== 'other') || USER_NAME.test(bare)) return null;
  // A row that names its party the operator is the operator's, whatever its name ("市数据集团 | 授权运营机构，……").
  if (cells.some((c) => OPERATOR_BY_NAME.test(c.split(/[，,、]/)[0]))) return null;
  const duty = cells.filter((_, i) => i !== cols.who).join('，');
  return RUNS_OUTWARD.test(duty) || (/权限/.test(head[cols.duty]) && RUNS_BUSINESS.test(cells[cols.duty])) ? `${cell}：${cells[cols.duty]}` : null;
}

/** "除下列情形外，乙方不得转让授权：" — the cases are the items that follow. */
const LISTED_EXCEPTIONS = /除(?:下列|以下|如下)[^，。；]{0,4}?(?:情形|情况|事项)外|(?:下列|以下)[^，。；]{0,4}?(?:情形|情况)除外/;
const FORBIDS_MOVE = /(?:不得|禁止|严禁|不能|不可)[^。；]{0,16}?(?:转让|转授权|转移|交由|转交|授权给)/;
/** A party brought in by the operator: "乙方可以根据业务需要自行发展生态伙伴". */
const BRINGS_IN = /(?:发展|引入|认证|招募|吸纳|增加|遴选|选定|确定|设立|批准)/;

/** A proviso or a need opening a sentence: read with the prohibition before it. */
const NEED_OPENS = (x: string | undefined) => /^(?:但|确需|确有(?:必要|需要)|如确需|确因)/.test(x ?? '');

export function subAuthorizationReading(r: ReadDocument): Evidence[] {
  const ctx: ParseContext = { glossary: r.glossary, resolve: referenced(r) };
  const ev: Evidence[] = [];
  const g = r.glossary;
  // Defined terms: the operator's name widened to another legal person, and parties defined as running the grant.
  const runners: string[] = [];
  for (const d of g.definitions) {
    const b = r.blocks.find((x) => x.id === d.blockId);
    // A short name read back over the grantor ("本协议由甲方与该项目公司（以下简称“乙方”）直接签订") is the signing, not
    // what the operator is made of: only the party before the bracket is named.
    if (b && !(d.how === 'short' && GRANTOR_NAMED.test(d.meaning)) && widensOperator(d.term, d.meaning)) ev.push(evidence(r, b, undefined, { clause: d.meaning, negated: false, reading: 'permission', condition: `定义：“${d.term}”包括${d.meaning}` }));
    if (RUNS_THE_GRANT.test(d.meaning) && holderOf(d.term, g.meaning) !== 'operator' && holderOf(d.term, g.meaning) !== null) runners.push(d.term);
  }
  let head: string[] | null = null;
  const leads = leadsByBlock(r);
  // The sentences read last, for a phrase pointing back at the grant they named (anaphora.ts).
  let recent: string[] = [];
  // The last sentence of the block before: an article's heading line may hold the prohibition its paragraph's need lifts
  // ("第十四条 乙方不得将……转让给第三方" / "确因业务调整需要转让的，经甲方同意后方可……").
  let tail = '';
  for (let bi = 0; bi < r.blocks.length; bi++) {
    const b = r.blocks[bi];
    const t = r.text(b);
    // A heading names a matter ("第六条 转授权"); only one that is itself a whole clause is read.
    if (b.kind === 'heading' && (b.text ?? '').length <= 30 && !ACTING_HEADING.test(t)) continue;
    // A row of a table of grants whose grantee is another party.
    const cells = b.kind === 'table' ? null : t.split(/\s*[|｜]\s*/);
    // A row of a form naming the operator as itself and those it authorizes ("| 运营主体 | 中标运营机构及其授权的各县（市、
    // 区）……分中心 |"): read as a definition (a consortium named there is the operator itself).
    const field = cells && cells.length >= 2 ? cells.filter(Boolean) : [];
    if (field.length === 2 && AUTHORIZED_BY_OPERATOR.test(field[1]) && widensOperator(field[0], field[1])) {
      ev.push(evidence(r, b, undefined, { clause: t, negated: false, reading: 'permission', condition: `${field[0]}：${field[1]}` }));
      continue;
    }
    if (cells && cells.length >= 2) {
      if (cells.some((c) => GRANTEE_COLUMN.test(c)) || rolesColumns(cells)) head = cells;
      else if (head && head.length === cells.length) {
        const runs = runsInRow(head, cells);
        if (runs) {
          ev.push(evidence(r, b, undefined, { clause: t, negated: false, reading: 'permission', condition: runs }));
          continue;
        }
        const col = head.findIndex((c) => GRANTEE_COLUMN.test(c));
        const who = cells[col]?.replace(/[（(].*$/, '');
        if (who && (holderOf(who, g.meaning) === 'other' || holderOf(who, g.meaning) === 'public')) {
          ev.push(evidence(r, b, undefined, { clause: t, negated: false, reading: 'permission', condition: `${head[col]}：${cells[col]}` }));
          continue;
        }
      }
    } else head = null;
    // A table's rows are read as labelled clauses, as units.ts reads them for every reader, and so is a row typed under
    // a risk column: a cell under it ("风险描述 | 运营机构将账号交由第三方使用") is a risk named, never a rule.
    const rows = b.kind === 'table' ? b.rows : null;
    const read = rows ? rows.slice(1).map((row) => rowAsClauses(rows[0] ?? [], row)).join('') : ((cells && typedRiskRow(r, b, cells)) ?? asOneRecord(t));
    const all = ledSentences(read, leads.get(b));
    const before = tail;
    tail = all.at(-1) ?? '';
    for (let i = 0; i < all.length; i++) {
      // A proviso after a semicolon is read with the prohibition it lifts.
      // So is a need that may be met on consent ("……不得……交由第三方行使；确需交由第三方行使的，应当事先取得甲方书面同意").
      // The need may open a sentence of its own ("……转让给第三方。确因业务调整需要转让的，……经甲方同意后方可办理"): joined as one.
      const written = NEED_OPENS(all[i + 1]) ? all[i].replace(/。\s*$/, '；') + all[i + 1] : i === 0 && before && NEED_OPENS(all[0]) ? `${before.replace(/。\s*$/, '')}；${all[0]}` : all[i];
      const s = withAntecedents(written, recent, g);
      recent = [...recent.slice(-1), written];
      if (NOT_THE_GRANT.test(s) || (SECTOR_RIGHT.test(s) && !/授权|数据/.test(s))) continue;
      // Background sets no rule (an opinion reported and not adopted, the act as a sanction's ground: "……转授权给合作伙伴
      // 的，甲方有权解除本协议"), for the patterns below as for the parse.
      if (isBackground(s)) continue;
      // Parsed with what nothing lets happen blanked (a denial, a check's question), as every whole-sentence reader reads.
      const parsed = parseSentence(withNeutralMasked(s), ctx);
      // A definition ("“转授权”指乙方将……授予他人行使") lets nothing happen.
      if (parsed[0]?.defines) continue;
      const moved = parsed.find((p) => movesGrant(p, g, s));
      if (moved) {
        ev.push(evidence(r, b, written, { clause: written, negated: false, ...readingOf(moved) }));
        continue;
      }
      if (dealsOwnWork(parsed, s)) {
        ev.push(evidence(r, b, written, { clause: written, negated: false, reading: 'permission' }));
        continue;
      }
      // The operator bringing in a party its definition makes run the grant (not the defining sentence itself, though the
      // paragraph may go on to bring it in: "……是指……代运营机构承担……的单位。运营机构可以确定不超过三家运营服务单位").
      const brought = runners.find((x) => s.includes(x) && !g.definitions.some((d) => d.blockId === b.id && d.term === x && s.includes(d.meaning.slice(0, 12))));
      if (brought && BRINGS_IN.test(s)) {
        const h = findTriggers(s, new RegExp(`(?<t>${BRINGS_IN.source})[^，。；]{0,8}?${brought}`)).find((x) => !x.negated);
        if (h) {
          ev.push(evidence(r, b, s === written ? h.clause : written, { ...h, condition: `“${brought}”：${g.meaning(brought)}` }));
          continue;
        }
      }
      // A prohibition whose exceptions are the items that follow: a listed case naming another party lets it happen.
      if (LISTED_EXCEPTIONS.test(s) && FORBIDS_MOVE.test(s)) {
        const rest = [all.slice(i + 1).join(''), ...r.blocks.slice(bi + 1, bi + 9).filter((x) => x.kind !== 'heading').map((x) => r.text(x))];
        const item = rest.flatMap((x) => x.split(/[；;。]/)).find((x) => new RegExp(PARTY).test(x) && !LAW_OR_APPROVAL.test(x));
        if (item) {
          ev.push(evidence(r, b, written, { clause: written, negated: false, reading: 'exception', condition: item.trim() }));
          continue;
        }
      }
      if (!ANY.test(s)) continue;
      const free = s.replace(WAIVED_SPAN, '');
      // The law's approval keeps the move a procedure; the operator's own approval or silence is no control.
      const approval = APPROVAL_REQUIRED.exec(free);
      if (approval && isRealControl(free)) continue;
      const carve = CARVE_OUT.exec(s);
      if (carve && CARVED_PARTY.test(carve.groups!.out) && !LAW_OR_APPROVAL.test(carve.groups!.out)) {
        ev.push(evidence(r, b, written, { clause: written, negated: false, reading: 'exception', condition: `但${carve.groups!.out}的除外` }));
        continue;
      }
      const lifted = DISAPPLIED.exec(s);
      if (lifted && CASE_MOVES.test(lifted.groups!.out) && CARVED_PARTY.test(lifted.groups!.out) && !LAW_OR_APPROVAL.test(lifted.groups!.out)) {
        ev.push(evidence(r, b, written, { clause: written, negated: false, reading: 'exception', condition: lifted[0] }));
        continue;
      }
      // The grantor granting in its own name ("甲方可以根据需要将授权运营权授予第三方") is its grant, not the operator's.
      if (GRANTOR_GRANTS.test(s)) continue;
      for (const re of PATTERNS) {
        const h = findTriggers(s, re).find((x) => !x.negated);
        if (h) {
          ev.push(evidence(r, b, s === written ? h.clause : written, h));
          break;
        }
      }
    }
  }
  return ev;
}
