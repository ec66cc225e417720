import { DEVELOPER, OPERATOR } from './actors';
import { BUT_OPERATOR } from './dealers';

/**
 * Others shut out, said in so many words (Hebei art. 37, Chongqing art. 22): a table of the wordings, tried in order by
 * shutOutBound.ts — others barred or forced through the operator's channel or platform, the operator the only provider,
 * dealing elsewhere punished, competitors refused or treated apart, buyers bound not to deal with others, resale prices
 * fixed, tying, the operator's own group served first, the operator alone taking on a matter. Each entry's flags say
 * whose act it must be to count (byOthers, byOperator, byMarket) and where it is read (atLast, sanction).
 */

/** A company of the operator's group, not the operator itself ("乙方享有优先续约权" is the operator's own right). */
// Or named by its tie to the operator: "与乙方有投资关系的企业" (TIED_TO_IT when the operator is 其).
const TIE = '(?:之间)?(?:存在|具有|有)?[^，。；]{0,4}?(?:股权|投资|控制|控股|关联|隶属)关系的';
const AFFILIATE = `(?:${OPERATOR}(?:的|及其|下属|所属|旗下)?)?(?:关联(?:公司|方|企业)|子公司|控股公司|下属(?:公司|企业)|联合体成员(?:方|单位)?|与${OPERATOR}${TIE})`;

const BUYER = `(?:${DEVELOPER}|买方|采购方|需方|客户|被许可方|使用单位)`;
const RIVALS_OF_OPERATOR = `(?:与${OPERATOR}[^，。；]{0,6}?竞争关系的|${OPERATOR}的?(?:竞争对手|竞争者|竞品))`;
/** What others offer as a service or product ("其他机构提供的租赁数据核验服务"): the operator's market, not a data source. */
const RIVAL_OFFERING = '(?:提供|开发|运营|推出)的[^。；，]{0,12}?(?:服务|产品)';
/** The operator's rivals, by name or by the rivalry they would bring: "竞争方", "构成竞争", "分流其用户". */
// Or by the likeness of what they ask for to the operator's own ("场景申请与授权运营机构已发布产品功能相同或者相近的").
const REFUSAL_BARRED = '不得|不能|无权|不可|禁止|严禁|不应|不准|不允许';
const RIVALRY = `竞争关系|竞争对手|竞争者|竞争方|竞争企业|竞争机构|同业|(?:构成|形成|存在|产生)(?:直接|实质)?竞争|分流(?:其|乙方|运营机构)?的?(?:用户|客户|业务)|与${OPERATOR}[^，。；]{0,8}?(?:产品|服务)[^，。；]{0,6}?(?:相同|相近|类似|同类|重复|重合)`;

/** A consent asked for, not one waived ("无需征得乙方同意"). */
const NOT_WAIVED = '(?<!无需|无须|不需要?|不必|毋需|免于)';

export const SHUT_OUT: { re: RegExp; negatable: boolean; byOthers?: boolean; byOperator?: boolean; byMarket?: boolean; atLast?: boolean; sanction?: boolean }[] = [
  // Who develops a delivered product further, named in a list or table ("后续开发主体：乙方及开发利用机构").
  { re: new RegExp(`(?:后续|再|二次|衍生|深度)开发(?:的)?(?:主体|单位|方|机构)(?:为|是|[：:])\\s*(?:(?!除|不含|不包括|排除)[^，。；]){0,6}?${OPERATOR}`), negatable: true },
  // Others barred: "其他任何机构不得另行提供"; the operator's channel is the only one.
  // Or barred from the same product or matter for a while ("三年内其他运营机构不得申请开发相同功能的产品").
  // Or barred from building apart on the same data ("其他主体不得另行开发基于该数据的追溯核验产品"); barred without 另行
  // ("未经授权，其他主体不得开发基于该数据的产品") the data is guarded, not the market. The market may be named ("其他单位不得面向
  // 市场提供同类公共数据产品").
  { re: /其他(?:任何)?[\u4e00-\u9fff]{0,6}?(?:机构|主体|单位|企业|平台|运营商)[^，。；]{0,4}?(?:均)?(?:不得|不能|无权)(?:另行|自行)?(?:(?:就|对|针对)[^，。；]{1,16}?|面向(?:市场|社会|公众|用户)|对外|向社会)?(?:提供|经营|运营|开展|销售|(?:申请|开发|研发|推出|上线)[^，。；]{0,8}?(?:同类|相同|同一|类似|同样)|(?<=另行)(?:开发|研发|推出|上线)[^，。；]{0,4}?(?:基于|利用|使用)(?:该|上述|前述|本|此|同一|相同|同源))/, negatable: false },
  // Rivals' like products held at or above the operator's price ("经营主体上架的衍生产品与乙方已上架产品功能相近的，其销售价格
  // 不得低于乙方同类产品价格"): no one may undersell it.
  { re: new RegExp(`(?:价格|售价|报价|收费)[^，。；]{0,4}?(?:不得|不能|不应)低于${OPERATOR}[^，。；]{0,8}?(?:同类|相同|类似|相近)?[^，。；]{0,4}?(?:产品|服务)?(?:的)?(?:价格|售价|报价|收费标准)`), negatable: false },
  // "统一" may follow the channel: "……对外提供……的，应当通过乙方统一提供".
  { re: new RegExp(`(?:均|一律|只能|仅能|统一)(?:应当?|须|必须)?(?:通过|经由|在)(?:${OPERATOR}|本平台)|(?:应当?|须|必须)(?:通过|经由)${OPERATOR}(?:统一|集中)(?:提供|发布|销售|经营)(?=[。；，,;]|$)`), negatable: true },
  // Others' products kept off the market ("其他主体基于同源数据的产品不得上架"); not a listing rule for all ("未经合规审查的").
  // Any market party barred from making a like product ("经营主体不得自行或者委托第三方利用同源数据开发同类分析产品"): the
  // like product marks the market kept for the operator; a rule on the data alone ("不得开发与原始数据相同的数据集") does not.
  { re: new RegExp(`(?:^|[，,：:])(?:[^，。；]{0,6}?)${DEVELOPER}(?:均|一律)?(?:不得|不能|无权|禁止)(?:自行|另行|单独)?(?:或者?委托[^，。；]{0,8}?)?(?:(?!原始|违法|违规|非法|未经)[^，。；]){0,12}?(?:开发|研发|推出|上线|经营|提供)(?:(?!原始)[^，。；]){0,6}?(?:同类|相同|同一|类似|同样|竞品|相近|近似)(?:的)?(?:数据)?(?:[\u4e00-\u9fff]{0,6}?)(?:产品|服务|应用)`), negatable: false },
  { re: /其他(?:任何)?(?:(?!未经|不符合|违规|违法|未通过|未取得)[^。；，]){0,16}?(?:产品|服务|模型|应用)[^，。；]{0,4}?(?:均|一律|也)?(?:不得|不能|不予|无权|禁止)(?:在[^，。；]{0,8}?)?(?:上架|挂牌|上线|交易|销售|发布|入驻|流通)/, negatable: false },
  // Others' like products taken off the market or moved onto the operator ("其他企业已开发的同类产品应于三个月内下线或迁移
  // 至运营机构平台", "……对外提供的数据服务，应当迁入乙方运营的平台统一提供"); read at the last word, so "无需下线" frees them.
  // Unlawful ones taken down are kept safe (UNLAWFUL).
  { re: /(?:其他|其它|第三方|他人)(?:(?!违规|违法|未经|不符合|未通过|存在)[^。；，]){0,16}?(?:同类|同样|类似|相同|竞品|已开发|已上线|已建成)[^。；，]{0,14}?(?:产品|服务|平台|应用|系统)[^，。；]{0,16}?(?:[，,][^，。；]{0,6}?)?(?:下线|下架|关停|停止(?:运营|服务|提供|运行)|迁移至|迁入|并入|整合至|整合到)/, negatable: true, atLast: true },
  // Or the market's existing platforms phased out and their services moved onto the operator ("推动全市已有的各类社会化数据
  // 服务平台有序退出，相关数据服务统一迁移至运营机构平台提供").
  { re: new RegExp(`(?:已有|现有|存量|社会化|市场化|其他|其它|第三方)(?:的)?[^。；，]{0,12}?(?:平台|服务|产品|系统)[^，。；]{0,8}?(?:有序|逐步|全部)?(?:退出|关停|下线|停止运营)[^。；]{0,30}?(?:迁移至|迁入|并入|整合至|转由|统一由|统一到|统一迁移至)${OPERATOR}`), negatable: true },
  // Others' products bound to the operator's own platform ("开发利用机构形成的数据产品应当通过乙方运营的平台挂牌交易"), or kept
  // off other venues by it ("乙方可在平台规则中限制相关产品在其他数据交易场所上架").
  // The venue is any the operator runs: 平台, 交易专区, 商城, 交易市场.
  { re: new RegExp(`(?:应当?|须|必须|只能|仅能|仅可|一律)(?:统一)?(?:通过|经由|在)${OPERATOR}(?:自有|运营|建设|自建|搭建|开设)?的?(?:交易|数据)?(?:平台|专区|商城|市场|门户|场所)[^，。；]{0,8}?(?:挂牌|交易|上架|销售|发布|流通|出售)`), negatable: true, byOthers: true },
  // A market party barred from the operator's rivals: "开发利用机构……不得在其他数据交易场所交易".
  { re: /(?:不得|不能|禁止|不允许|不准|严禁)(?:在|向|到|通过|经由|进入)(?:其他|别的|第三方|外部|其它)[^。；]{0,12}?(?:平台|交易场所|交易所|交易机构|渠道|市场|专区)[^。；]{0,6}?(?:上架|挂牌|交易|销售|流通|发布|出售)/, negatable: false, byMarket: true },
  { re: /(?:限制|禁止|阻止|不允许|不准|拒绝)[^。；]{0,16}?(?:在|向|到|通过|于)(?:其他|别的|第三方|外部|其它)[^。；]{0,12}?(?:平台|交易场所|交易所|交易机构|渠道|市场)[^。；]{0,6}?(?:上架|挂牌|交易|销售|流通|发布|出售)/, negatable: true, byOperator: true },
  // The only one: "乙方是本场景公共数据产品的唯一提供方"; the grantor barred from granting others ("甲方不得另行授权他人").
  // A sole role named by a duty ("唯一责任主体", "唯一联络主体") answers for something; it holds no market.
  { re: /唯一(?:的)?(?:(?!责任|联络|联系|对接|安全|牵头|报送|负责|法律|纳税|归口)[\u4e00-\u9fff]){0,4}?(?:提供方|供应方|供应商|服务方|服务商|渠道|入口|运营方|经营方|经营者|合作方|主体)/, negatable: true },
  // The only one to hold the right: "享有……公共数据运营的唯一资格", "唯一经营权" (not "唯一权威来源").
  { re: /唯一(?:的)?(?:授权)?(?:运营|经营|开发利用|开发|服务|准入)?(?:资格|权利|权(?![属益责限威]))/, negatable: true },
  // The scenario's data kept from every other scenario's grant ("本方案所列不动产登记、房屋交易数据资源不再纳入其他应用场景的授权
  // 运营"): others cannot be granted it.
  { re: /(?:数据|数据资源)[^，。；]{0,6}?(?:不再|不得|不)(?:纳入|列入|用于)其他(?:应用)?场景(?:的)?(?:授权运营|授权|开发利用)/, negatable: false },
  // Made the market's designated source ("该产品作为本市金融机构开展小微企业授信审查的指定数据来源"): others' like products
  // are shut out of that use.
  { re: /(?:产品|服务|接口|模型|指数|报告)[^，。；]{0,4}?(?:作为|列为|确定为|定为|成为)[^，。；]{0,30}?指定(?:的)?(?:数据)?(?:来源|渠道|供应方|供应商|服务方|服务商|提供方|产品)/, negatable: true },
  // Its own products put before others' on the shelf it runs ("运营机构自行开发的数据产品在同类产品中置顶展示"): rivals
  // are ranked below it by rule.
  // Its own line of business named so ("乙方自营的数据产品优先展示").
  { re: new RegExp(`${OPERATOR}(?:(?:自行|自主|自身|自己)?(?:开发|提供|研发)的|(?:自营|自有)的?)[^，。；]{0,12}?(?:产品|服务)[^，。；]{0,12}?(?:置顶|优先展示|优先推荐|排序优先|排名优先|优先排序|排列在前|排在前|排序在前|靠前展示)`), negatable: true },
  // Rivals' like products kept off the shelf it runs ("与乙方自营产品功能相同的经营主体产品，不在专区展示").
  { re: new RegExp(`(?:${RIVALRY})[^。；]{0,20}?(?:不在|不予|不得在|不得|不再)[^，。；]{0,8}?(?:展示|上架|挂牌|推荐|上线)`), negatable: false },
  // Some served first and the rest made to wait ("……优先向上一年度采购金额排名前十的开发利用机构开放调用，其他开发利用机构自
  // 产品上线满六个月后方可申请").
  { re: /优先[^。；]{0,40}?[，,；;]\s*(?:其他|其余|其它)[^。；，]{0,12}?(?:自|在|于|待)[^。；，]{0,16}?(?:满|届满)[^。；，]{0,10}?(?:后|之后|以后)[^，。；]{0,4}?方(?:可|能)/, negatable: false },
  // Public bodies' own opening, sharing or granting of the field's data let only with the operator's leave ("市直有关部门、各县
  // （市、区）开展涉及交通出行数据的开放、共享应用和授权运营项目，应当事先征得运营机构同意"): it holds a veto over the data.
  { re: new RegExp(`(?:部门|各县|区县|各区|单位|机关)[^。；]{0,40}?(?:开放|共享|授权运营)[^。；]{0,30}?(?:应当?|须|需|必须)(?:事先|事前|预先)?${NOT_WAIVED}(?:征得|取得|经)${OPERATOR}[^，。；]{0,6}?(?:同意|认可|许可)`), negatable: true },
  // Market entrants capped ("每个应用领域注册的开发利用机构原则上不超过5家，名额已满的领域暂停受理注册申请"): the rest are kept out.
  { re: new RegExp(`(?:注册|准入|入驻|引入|接入)的?${DEVELOPER}[^，。；]{0,6}?(?:原则上)?(?:不超过|不得超过|最多|限)[\\d一二三四五六七八九十]+家|名额已满[^，。；]{0,10}?(?:暂停|不再|停止)(?:受理|接受|办理)`), negatable: false },
  // Others' like products let in only with the operator's leave ("经营主体上架与乙方自营产品功能相同的产品，应当经乙方评估同意"):
  // the operator vetoes its rivals.
  { re: new RegExp(`(?:${RIVALRY})[^。；]{0,30}?${NOT_WAIVED}(?:须|应当?|必须|需)?(?:事先|事前|预先)?${NOT_WAIVED}(?:经|征得|取得|获得)${OPERATOR}[^，。；]{0,6}?(?:同意|认可|许可|批准|确认)`), negatable: true },
  // Its own partners or group served first, others after ("乙方数据产品接口优先向乙方战略合作伙伴开放，其他经营主体……在……满足后
  // ……办理").
  { re: new RegExp(`优先(?:向|对|为|供)${OPERATOR}(?:的)?(?:战略)?(?:合作伙伴|关联(?:方|企业|公司)|子公司|股东|合作方|成员单位)(?:开放|提供|供给|接入|供应)`), negatable: true },
  // A share in what others re-develop taken by the operator ("数据使用方基于乙方数据产品再开发形成的成果，乙方享有免费、永久的
  // 使用权，并可以纳入乙方产品体系"): it takes part in their re-development.
  { re: new RegExp(`再开发(?:形成)?的?(?:成果|产品)[^。；]{0,8}?[，,]?\\s*${OPERATOR}(?:享有|取得|拥有|获得)[^。；]{0,12}?(?:使用权|所有权|共有权|收益权|权益|许可)`), negatable: true },
  // Re-developers taken only from a roster the operator keeps ("运营机构建立生态合作伙伴名录，从名录内直接确定经营主体……；
  // 名录以外的单位不纳入经营主体范围").
  { re: new RegExp(`${OPERATOR}[^。]{0,40}?(?:(?:名录|名单)[^。]{0,60}?)?(?:名录|名单)(?:以外|之外|外)的?[^，。；]{0,6}?(?:单位|企业|主体|机构)[^，。；]{0,4}?不(?:纳入|得|予|能)`), negatable: false },
  // Others' use of the granted data left to the operator's consent ("其他应用场景的运营机构需要使用本协议授权范围内数据资源的，
  // 甲方应当事先征得乙方书面同意"): the data is kept for it. Its products licensed (数据产品) are its own.
  { re: new RegExp(`(?:其他|其它|第三方|他人)[^，。；]{0,24}?(?:使用|调用|获取|利用|接入|申请使用)[^，。；]{0,20}?(?:数据|数据资源)(?!产品|服务|成果)[^。；]{0,24}?${NOT_WAIVED}(?:事先|事前|预先)?${NOT_WAIVED}(?:征得|取得|经|获得)${OPERATOR}[^，。；]{0,6}?(?:同意|认可|许可|确认)`), negatable: true },
  // The only one of its kind in the market: "为本市唯一接入市公共数据资源的同类产品".
  { re: /唯一[^，。；]{0,16}?同类(?:的)?(?:数据)?(?:产品|服务|平台|应用)/, negatable: true },
  // Punished for dealing elsewhere: "凡向其他同类平台采购……的数据商，运营机构可暂停……".
  { re: /(?:向|在|与|从)(?:其他|别的|第三方)[^。；]{0,14}?(?:平台|交易场所|机构|渠道|数据商|服务商)[^。；]{0,24}?的[^。；]{0,30}?(?<!任何|不受|不形成|不构成)(?:暂停|终止|下调|下架|不予|拒绝|停止|限制|降低)/, negatable: true, sanction: true },
  { re: new RegExp(`${OPERATOR}(?:不接受|拒绝|有权拒绝|可拒绝|不予受理)[^，。；]{0,10}?(?:单独|未采用|未使用|未选择)`), negatable: true },
  // Competitors refused or treated apart: "对与乙方存在竞争关系的数据商可不予开通接口", "差别化接入".
  // The rivalry may be named by a defined term ("申请人属于竞争方的，乙方可以不予开通") or by what the applicant would do to
  // the operator's business ("与其已上线产品构成竞争或者可能分流其用户的，可以不予通过").
  // A refusal forbidden ("……的经营主体，乙方不得拒绝") is a duty to supply: read at the verb, not at the rivalry.
  { re: new RegExp(`(?:${RIVALRY})[^。；]{0,16}?(?<!${REFUSAL_BARRED})(?:不予|拒绝|可不|不开通|限制|暂停)`), negatable: true },
  // Or the rivals named as those the operator may refuse, the rivalry one of several grounds ("对与乙方存在同业竞争关系，或者
  // 曾与乙方发生合同纠纷的经营主体，乙方有权拒绝向其提供数据产品和服务").
  { re: new RegExp(`对[^。；]{0,12}?(?:${RIVALRY})[^。；]{0,30}?的[^，。；]{0,10}?(?:主体|企业|机构|单位|用户|客户|需求方|申请人)[，,]\\s*${OPERATOR}[^，。；]{0,6}?(?<![不无])(?:有权|可以|可)(?:拒绝|不予|暂停|停止|限制)`), negatable: true },
  // Or a rival's application, however far its refusal ("对与乙方存在同业竞争关系的单位提出的……再开发申请，乙方有权不予受理").
  { re: new RegExp(`(?:${RIVALRY})[^。；]{0,30}?申请[^。；]{0,12}?(?<!${REFUSAL_BARRED})(?:不予|拒绝|可不)(?:受理|批准|通过|开通|接入|审核)`), negatable: true },
  // Others' need for the data met only by the operator ("……不再通过开放平台向其他单位开放，相关数据需求统一由运营机构提供服务").
  { re: new RegExp(`(?:数据|使用|调用)需求(?:均|一律)?(?:统一|只能|仅能|均|一律)(?:由|向)${OPERATOR}(?:统一)?(?:提供|满足|承接|供给|申请)`), negatable: true },
  // Rivals' like products kept off a venue at the operator's instance: "运营机构可以商请数据交易场所对其他主体申请挂牌的同类
  // 产品暂不挂牌".
  { re: /(?:其他|其它|第三方|他人)[^。；]{0,16}?(?:同类|同样|类似|相同|竞品|竞争)[^。；]{0,16}?(?:暂不|不予|不得|不再|禁止|限制|停止|暂停|拒绝)(?:挂牌|上架|交易|销售|上线|接入|发布)/, negatable: true, byOperator: true },
  // Or barred by the text from offering them for a while ("首发产品发布后二十四个月内，其他经营主体不得在授权运营系统内发布功能相
  // 同或者相近的数据产品"): the operator's products kept from rivals.
  { re: /(?:其他|其它|第三方|他人)[^。；]{0,12}?(?:不得|不能|禁止|不允许|不予)[^。；]{0,20}?(?:发布|提供|上架|上线|销售|推出|开发|挂牌|经营)[^。；]{0,10}?(?:同类|同样|类似|相同|相近|近似|竞品|竞争)[^。；]{0,12}?(?:产品|服务)/, negatable: true },
  { re: /差别化(?:接入|待遇|开放)|区别对待/, negatable: true },
  // Another operator let in only with the incumbent's leave ("实施机构……引入其他运营机构开展同类数据资源运营的，应当事先征得现有
  // 运营机构书面同意"): the incumbent can keep the field to itself.
  { re: new RegExp(`(?:引入|选择|选定|确定|授权|增加|新增)(?:其他|其它|新的?|第二家|另一家|更多)[^，。；]{0,20}?(?:运营机构|运营主体|运营方|运营商|运营单位)[^。；]{0,30}?的[，,](?![^。；]{0,6}?(?:无需|无须|不必|不需|毋需|毋须|不用))[^。；]{0,12}?(?:征得|取得|经)(?:现有|原|本)?${OPERATOR}[^，。；]{0,6}?(?:书面)?(?:同意|认可|许可)`), negatable: true },
  // The grantor's data opened to others only with the operator's leave ("甲方向其他单位开放或者提供……数据的，应当事先征得
  // 乙方书面同意"), or others' like products made only with it ("其他机构拟……开发与乙方已上线产品功能相同或者相近的数据产品
  // 的，应当事先征得乙方书面同意"): the operator holds a veto over its rivals.
  { re: new RegExp(`(?:(?:甲方|授权方|实施机构|数据主管部门)[^，。；]{0,6}?(?:向|对|为)(?:其他|其它|第三方|他人|任何)[^，。；]{0,30}?(?:开放|提供|共享|授权)|(?:其他|其它|第三方|他人)[^。；]{0,30}?(?:开发|提供|上线|推出)[^。；]{0,12}?(?:同类|相同|相近|类似|同样|竞品))[^。；]{0,30}?的[，,](?:(?!无需|无须|不必|不需|毋需|毋须|不用)[^。；]){0,40}?(?:征得|取得|经)${OPERATOR}[^，。；]{0,6}?(?:书面)?(?:同意|认可|许可)`), negatable: true },
  // Or the grantor refusing others on the operator's objection that they harm its business ("……甲方应当事先征求乙方意见；
  // 乙方认为可能影响本协议项下运营收益的，甲方不予受理"): a veto all the same.
  { re: new RegExp(`${OPERATOR}(?:认为|提出异议|表示反对|不同意)[^。；]{0,16}?(?:影响|损害|冲突|竞争)[^。；]{0,16}?(?:收益|利益|业务|经营|运营)[^。；]{0,6}?的[，,]\\s*(?:甲方|授权方|实施机构|数据主管部门)[^，。；]{0,4}?(?:不予|不得|应当拒绝|拒绝)(?:受理|批准|同意|授权|通过|开放|提供)`), negatable: true },
  // Developers' results from its products sold only through the operator ("开发利用机构利用乙方交付产品形成的成果，须通过乙方
  // 运营渠道销售"): the market for them is the operator's.
  { re: new RegExp(`(?:${DEVELOPER}|下游)[^。；]{0,40}?(?:成果|产品|服务)[^。；]{0,6}?(?<![无不毋])(?:应当?|须|必须|需|只能|仅能|一律|均须|均应)(?:统一)?(?:通过|经由|经)${OPERATOR}[^，。；]{0,6}?(?:渠道|平台|门户)?[^，。；]{0,4}?(?:销售|出售|交易|上架|发布|对外提供)`), negatable: true },
  // Others who must go through the operator: "本市其他单位开展同类经营的，应当通过乙方渠道上架".
  // "无需经乙方同意" frees others from the operator: the modal denied is no channel.
  // The channel whatever its verb: through the operator, applying to or buying from it ("须向乙方申请",
  // "只能从乙方采购"), or supplied by it ("一律由乙方统一提供"); others named however ("任何第三方", "同业竞争者"), the
  // need however put ("一律", "均应"). Applying to the operator to file or report is no channel.
  // The operator's own products and services bought from it are its business, not a channel: the thing sought is data.
  { re: new RegExp(`(?:其他|其它|任何第三方|同业|竞争者|他人)[^。；]{0,40}?(?<![无不毋])(?:应当?|须|必须|需|只能|仅能|一律|均应当?|均须|均需)(?:统一)?(?:经|通过|经由|委托|交由)${OPERATOR}`), negatable: true },
  { re: new RegExp(`(?:其他|其它|任何第三方|同业|竞争者|他人)(?:(?!产品|服务(?!商)|模型|接口|成果|报告)[^。；]){0,40}?数据(?:(?!产品|服务(?!商)|模型|接口|成果|报告)[^。；]){0,30}?(?<![无不毋])(?:应当?|须|必须|需|只能|仅能|一律|均应当?|均须|均需)(?:统一)?(?:(?:向|从)${OPERATOR}[^，。；]{0,10}?(?:申请|购买|采购|获取|订购|调取)|由${OPERATOR}[^，。；]{0,10}?(?:统一|集中)?(?:提供|供给|供应|加工))`), negatable: true },
  // Others who need the data made to deal with the operator first ("区内其他市场主体……需要使用本场景数据的，应当与运营机构签订
  // 合作协议后接入"): a contract with it is the gate, whatever they go on to offer. Its products bought under a contract
  // ("使用乙方数据产品的，应当签订服务合同") are its business, and a may ("可以与乙方签订") is no gate.
  // So is its leave ("其他单位需要利用授权范围内公共数据开发产品的，须事先取得运营机构书面同意"): the data's use, for whatever
  // the others make of it, is the operator's to allow.
  { re: new RegExp(`(?:其他|其它|任何第三方|同业|竞争者|他人)[^。；]{0,40}?(?:使用|获取|调用|接入|利用|采集|查询)[^，。；]{0,12}?数据(?:(?:资源)?(?:开发|研发|加工|制作)[^，。；]{0,8}?)?的[，,]\\s*(?<![无不毋])(?:应当?|须|必须|需|只能|仅能|一律|均应当?|均须|均需)(?:先|事先|首先|预先)?(?:与${OPERATOR}[^，。；]{0,4}?(?:签订|签署|订立|达成)[^，。；]{0,10}?(?:协议|合同)|(?:征得|取得|经)${OPERATOR}[^，。；]{0,6}?(?:书面)?(?:同意|认可|许可))`), negatable: true },
  // Others barred from going around the operator ("不得绕开乙方直接向数据提供单位获取"): the operator is the only way.
  { re: new RegExp(`(?:不得|不能|禁止|严禁|不允许)(?:绕开|绕过|避开|越过|跳过|绕道)${OPERATOR}`), negatable: true },
  // The operator allowed to keep others out ("乙方有权拒绝其他数据服务商接入", "可以限制同业竞争者进入……市场").
  { re: new RegExp(`${OPERATOR}[^，。；]{0,10}?(?<![不无])(?:有权|可以|可)(?:拒绝|限制|阻止|排除|排斥)[^，。；]{0,4}?(?:任何第三方|第三方|其他|其它|同业|竞争者|他人)[^，。；]{0,24}?(?:接入|进入|参与|开展|经营|使用|获取)`), negatable: true },
  // The operator allowed to refuse supplying others ("首发场景上线之日起二十四个月内，乙方可以拒绝向从事同类业务的其他经营主体
  // 提供……数据产品和服务"); not those refused for a failed check.
  { re: new RegExp(`${OPERATOR}[^，。；]{0,10}?(?<![不无])(?:有权|可以|可)(?:拒绝|不予|不再)(?:向|为|对)(?:(?!未经|未通过|不符合|违规|违法|失信)[^，。；]){0,12}?(?:其他|其它|第三方|同业|竞争)[^，。；]{0,12}?(?:提供|供应|开放|出售|销售)`), negatable: true },
  // Public buyers bound to buy from the operator ("政务部门……所需的数据产品和服务，统一向运营机构采购"), or others' like
  // products kept out of the purchase ("其他经营主体开发的同类产品不纳入采购范围").
  { re: new RegExp(`(?:统一|一律|均|只能|仅能|必须)(?:向|从)${OPERATOR}(?:采购|购买|订购)`), negatable: true },
  { re: /(?:其他|其它|第三方)[^。；]{0,16}?(?:同类|同样|类似|相同|竞品)[^。；]{0,8}?(?:产品|服务)[^，。；]{0,4}?(?:不纳入|不列入|排除在)[^，。；]{0,6}?(?:采购|目录|名录|范围)/, negatable: true },
  // Buyers bound not to deal with others: "书面承诺……不向其他数据服务商采购同类产品".
  // Others may be named by leaving the operator out ("不向乙方以外的运营机构采购").
  // Or by their rivalry with it ("不得向乙方的竞争对手采购"), or reached through their channel ("不经由其他交易场所购买").
  { re: new RegExp(`(?:不得|不再|不|承诺不|禁止)(?:向|从|与|在|通过|经由|借助|依托|接入|使用|采购)(?:本市|本省|本地|本区域|区域内)?(?:其他|别的|第三方|任何其他|任何第三方|${BUT_OPERATOR}|(?:${OPERATOR}的?)?(?:竞争对手|竞争者|竞品|同业))[^。；]{0,16}?(?:采购|购买|合作|接入|交易|获取|签约|签订|签署)`), negatable: false, byOthers: true },
  // Or bound not to make what the operator sells ("经营主体申请调用乙方交付的数据产品时，应当书面承诺不开发与乙方已上架产品功能相同
  // 或者相近的产品"): its rivals are made so by contract.
  { re: new RegExp(`(?:承诺|保证|约定|要求)[^，。；]{0,6}?不(?:得)?(?:自行|另行)?(?:开发|研发|推出|上线|提供|经营|销售)[^，。；]{0,4}?(?:${RIVALRY})`), negatable: false },
  // The operator bound to one buyer, the buyer's rivals refused like products ("……信贷风控类数据产品仅向该行提供，乙方不得向其他
  // 金融机构提供同类产品"): an exclusive supply shuts them out.
  { re: /(?:不得|不能|不再)向(?:其他|其它|其余)[^，。；]{0,10}?(?:机构|企业|银行|主体|单位|客户|用户|公司)(?:提供|供应|销售|出售)(?:同类|相同|类似|相近|同样)(?:的)?(?:数据)?(?:产品|服务)/, negatable: false, byOperator: true },
  // Or by what they must forgo: others' products of the same kind ("不得同时采购其他机构提供的同类数据产品"); a like
  // product is what marks the bar as the operator's market, not a data source kept lawful ("不得使用其他未经授权的数据").
  { re: new RegExp(`(?:不得|不再|不|承诺不|禁止)(?:同时|另行|再|转而|自行)?(?:采购|购买|订购|选用|使用|接入)(?:其他|其它|别的|第三方|任何其他|任何第三方|${BUT_OPERATOR})[^。；，]{0,16}?(?:同类|同样|类似|相同|替代|竞品|${RIVAL_OFFERING})`), negatable: false, byOthers: true },
  // Dealing elsewhere punished, the sanction after the clause: "对同时接入其他数据交易场所……的经营主体，乙方可以降低其调用配额".
  { re: /(?:同时|另行|转而)?(?:接入|使用|采购|购买|入驻|对接)(?:其他|别的|第三方)[^。；]{0,30}?(?:平台|交易场所|运营机构|机构|数据商|服务商|渠道|产品)[^。；]{0,40}?(?:降低|调高|提高|下调|暂停|停止|终止|限制|取消|减少)/, negatable: true, sanction: true },
  // The operator fixing what buyers resell at (a vertical monopoly agreement): "与下游经营主体约定统一的最低转售价格".
  { re: /(?:约定|规定|限定|限制|要求|统一|设定|指定)[^，。；]{0,12}?(?:转售|最低(?:销售|零售)?)(?:价格|价)|(?:划分|分割|限定)[^，。；]{0,4}?(?:销售区域|销售市场|客户范围)/, negatable: true, byOperator: true },
  // The operator's rivals, named by their rivalry with it, kept from a buyer's product: "禁止需求方将产品提供给与乙方存在
  // 竞争关系的机构使用". Keeping the operator's secrets from them is confidentiality, not this.
  { re: new RegExp(`(?:(?:禁止|不允许|不准|限制|要求)${BUYER}|${BUYER}[^，。；]{0,4}?(?:不得|不能|不可|禁止))(?:(?!秘密|保密|源代码|账号|密钥|口令)[^。；]){0,20}?(?:提供|转让|转售|销售|出售|授权|许可|分享|共享|交付|开放)(?:给|予)?[^。；]{0,4}?${RIVALS_OF_OPERATOR}`), negatable: true },
  // Tying: "与……打包提供，不单独供应", "亦须按整包采购", "搭售".
  { re: /搭售|捆绑(?:销售|提供|供应|采购)|不(?:单独|单项|分拆)(?:供应|提供|销售|出售|开放)|(?:须|必须|应当?|只能)(?:按)?(?:整包|打包|组合|套餐)(?:采购|购买|订购)/, negatable: true },
  // The operator's own group served first: "优先满足乙方关联企业的需求", "关联方享有优先……".
  { re: new RegExp(`(?:优先|优惠|倾斜)[^。；]{0,10}?${AFFILIATE}|${AFFILIATE}[^。；]{0,8}?(?:优先|优惠价格|折扣)`), negatable: true },
  // Its group's matter put first in the same clause, however long its name ("乙方关联企业开发的……产品调用请求优先处理"), or
  // others served after it ("其他经营主体的请求在关联企业需求满足后安排"); read at the last word, so "不得优先" frees them.
  { re: new RegExp(`${AFFILIATE}[^，。；]{0,30}?优先(?:处理|安排|满足|响应|供给|保障|调用|接入|上架|开通|使用)|(?:其他|其余)[^，。；]{0,16}?在[^，。；]{0,4}?${AFFILIATE}[^，。；]{0,12}?(?:满足|处理|完成|使用)(?:后|之后)`), negatable: true, atLast: true },
  // Those tied to it served first, the operator acting: "授权运营机构……优先向与其存在股权关系的开发利用机构开放" (the
  // grantor preferring its own units is not this).
  { re: new RegExp(`(?:优先|优惠|倾斜)[^。；]{0,10}?与其${TIE}`), negatable: true, byOperator: true },
  // The operator alone takes on the matter: "由运营机构统一承接，区内其他单位和企业不再另行开展同类……"; or alone issues
  // it, others' output not accepted ("由运营机构统一出具，其他机构出具的评价结果不作为采信依据").
  { re: new RegExp(`(?:(?:均|统一|全部|一律|仅|只|只能|仅能)由${OPERATOR}(?:统一|独家)?|由${OPERATOR}(?:统一|独家|一家))(?:承接|承担|运营|提供|开展|出具|发布|签发|核发|开发|经营)[^。]{0,20}?(?:其他|其它|第三方|他人)[^。]{0,16}?(?:(?:不再|不得|不予)(?:另行)?(?:就[^，。；]{1,12}?)?(?:申请)?(?:开展|从事|提供|经营|运营|承接|出具|发布|受理|认可|采信|采用|接受|开发)|不(?:作为|被)[^，。；]{0,12}?(?:依据|采信|认可|采用|接受))`), negatable: true },
  // One party designated for the whole of a market business, the rest kept out: "运营机构可直接指定一家经营主体承接全部
  // 再开发业务，其他经营主体不再参与", "乙方可选定唯一的分销商负责全部产品销售，其他企业不得参与" — whoever designates
  // (session 23). A single vendor for the grantor's own work (运维, 审计) is no market business.
  { re: /(?:指定|确定|选定|选择|明确)(?:一家|唯一|单一|一个)(?:的)?[^，。；]{0,10}?(?:承接|承担|负责|经营|开展|独家)(?:全部|所有|一切|整个|全域)[^，。；]{0,12}?(?:开发|再开发|分销|销售|经营|运营|推广|产品)(?:业务|工作|服务)?[^。]{0,6}?(?:其他|其它|其余)[^。；]{0,10}?(?:不再|不得|不能|无权|一律不)(?:参与|承接|开展|经营|进入|从事)/, negatable: true },
  // A field or scenario closed to the market the operator serves: "该领域暂不引入其他经营主体" (not players kept out for
  // want of a check, "不引入未经安全评估的开发利用主体").
  { re: /(?:暂不|不再|不予|不)(?:引入|准入|接纳|吸纳|接入)(?:其他|其它|其余|外部|社会|更多)(?:的)?(?:经营主体|开发利用(?:机构|主体|单位)|市场主体|数据商|企业)/, negatable: false },
  // Others' offerings barred from competing with the operator's ("甲方引入的其他合作方，其产品不得与乙方已上线产品构成竞争");
  // unfair competition forbidden ("不得与乙方开展不正当竞争") guards the market, it keeps no one out.
  { re: new RegExp(`(?:其他|其它|第三方|另行引入|新引入)[^。；]{0,30}?(?:不得|不能|不应|不可|禁止|不会|不)[^，。；]{0,6}?与${OPERATOR}(?:(?!不正当|恶性|无序|违法|非法)[^，。；]){0,16}?竞争(?!秩序|环境|机制)`), negatable: false },
];
