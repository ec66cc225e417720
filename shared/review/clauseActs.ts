import { namedAsRisk } from './redlines/background';
import { MODAL } from './clauseModality';

/**
 * The act of a clause (clauseParse.ts): which verb is its predicate, and its class: a move of the grant (转授权, 转让,
 * 委托, 出资, 承继), a copy, processing or use of the data, or its release.
 */
export type ActClass = 'transfer' | 'regrant' | 'entrust' | 'capital' | 'succeed' | 'release' | 'copy' | 'restore' | 'process' | 'use';

/** Taking records off the screen: a release wherever it is done (redlines/rawDataExport.ts). */
export const CAPTURE_VERBS = '截屏|截图|拍照|录屏|翻拍|抄录';

export const ACTS: [ActClass, string][] = [
  // A grant made as a noun ("对县级运营主体开展授权") or handed down ("将本市授权下放至各县") is a grant too.
  // "可以授权生态合作企业在指定领域开展……授权运营": 授权 with a party as its object, who then runs the operation (not
  // "授权运营机构", the operator's name, nor a party licensed only to use or call data).
  // The operator's grant with its party before it, ending the clause ("乙方可以向区县运营单位授权").
  // A grant of a further tier or a letter of grant the operator issues is a grant onward, whatever its name ("向区县运营单位
  // 进行二级授权", "分级授权", "再次授权", "为合作企业签发授权书"); to whom decides (the reader).
  ['regrant', '分配(?=[^，。；]{0,12}?(?:运营权限|运营权|经营权|授权))|(?:二级|三级|下级|分级|次级|再次|再行|逐级)授权(?!运营|范围|期限|模式|体系|方式|管理|的)|(?<=签发|出具|开具|颁发|核发)(?:二级)?授权(?:书|函|证书|证明)|转授权|再授权|二次授权|转授予|转授|(?<!部)分授权|(?<!部)分授|再许可|子许可|分许可|授权给|授予|许可(?!状态|证|信息|数据|编号|类别|事项|情况|记录|结果|期限|有效期|(?:和|及|与|、)[\u4e00-\u9fff]{0,8}?(?:数据|信息|记录))|颁发|核发|发放|(?<=开展|进行|实施|作出)授权(?!运营|范围|期限|数据|事项|协议)|授权(?<=(?:乙方|运营机构|运营方|运营单位|运营主体)[^，。；]{0,12}?向[^，。；]{1,24}?授权)(?<!(?:申请|报请|请求|提出|提请)授权)(?=[。；，,]|$)|下放|' +
    '授权(?!运营|数据|范围|期限|事项|协议|书|方式|模式|使用|调用|的|后|前)(?=[\u4e00-\u9fffA-Za-z0-9]{0,8}?(?:企业|公司|单位|伙伴|合作方|第三方|他人|机构|主体|运营商)[^，。；]{0,16}?(?:开展|从事|负责|承担|行使)[^，。；]{0,28}?(?:运营|经营)(?!维护|保障|支撑))' +
      // Or who then uses the granted data itself ("乙方可授权第三方在……期限内使用授权数据开发数据产品"): the data's use
      // right handed on, not a product licensed.
      '|授权(?=[\u4e00-\u9fffA-Za-z0-9]{0,8}?(?:企业|公司|单位|伙伴|合作方|第三方|他人|机构|主体|运营商)[^，。；]{0,30}?(?:使用|调用|加工|开发利用|访问|获取)[^，。；]{0,6}?(?:授权数据|公共数据|数据资源|原始数据))'],
  // "将……运营权利……分配给其下属单位行使": allotted to a party is moved to it.
  // Shared out among others for their use is moved to them too ("将……授权在其集团内部成员企业间调剂使用").
  // Not inside a noun: 出租车 (a taxi), 转移支付 (a fiscal transfer).
  ['transfer', '转让|转移(?!支付|联单)|让渡|出让|让与|出租(?!车)|出借|转交|转包|分包|分配给|分配至|划转给|划拨给|调剂|调拨'],
  ['capital', '作价出资|出资|入股|质押|抵押'],
  // Outsourcing the business is handing it on ("将授权运营业务整体外包给第三方").
  ['entrust', '委托|交由|转由|交给|移交|外包|委外'],
  // Exercising the grant is holding it ("乙方关联方可以……直接行使本协议项下的授权运营权利"); taking it over whole is
  // succeeding to it ("权利义务由承继主体概括承受").
  ['succeed', '概括承受|当然承继|承继|继受|接替|继续享有|当然享有|继续履行|代为履行|享有|取得|获得|承接|获取|调取|抽取|拉取|行使'],
  ['restore', '还原|恢复|解密|反推'],
  // Stored again elsewhere is a copy ("将原始……数据转存至合作高校的科研服务器").
  // "同步获得数据调用权限", "同步开展产品预研": 同步 before another verb is an adverb (at the same time), not a copy.
  // A copy set up is a copy made ("在其租用的公有云上建立授权数据的异地灾备副本"; not a rule for backups, "建立数据备份机制").
  // Backup media (备份介质) are a thing, not the act; so are storage media ("对存储介质多次覆写").
  // Moved somewhere is a copy too ("将……数据产品迁移至境外"); where it goes decides whether it leaves.
  // Packed as files is a copy made ("按周生成离线数据包").
  ['copy', '部署|镜像|转存|另存|转储|同步(?!获得|取得|享有|开展|进行|启动|推进|实施|开通|上线|建设)|备份(?!介质|设备)|抄送|迁移(?=[^，。；]{0,40}?(?:至|到))|' +
    '(?:建立|建设|设立|搭建|制作|生成|创建|打包)(?=[^，。；]{0,16}?(?:副本|镜像|备份|数据包|离线包|数据文件))(?![^，。；]{0,22}?(?:机制|制度|体系|方案|策略|能力|预案|规范|流程|管理))|' +
    // Loaded into a system is copied there ("……数据包，导入乙方部署在自有机房的飞行调度系统"); where decides whether it leaves,
    // and into the platform is no copy out (INTO_PLATFORM).
    '(?:导入|载入|加载|装入|灌入)(?=[^，。；]{0,24}?(?:服务器|机房|系统|数据库|环境|终端|设备))'],
  // Working on the data where it is: it says where the data is ("在本单位内网环境中开展清洗、加工").
  // Keeping it somewhere says where it is too ("在其异地灾备中心保存……副本", "保留其在平台外缓存的公共数据"; data that stays "保留在各自节点" is not moved).
  // Kept after the agreement ends is kept too ("在其自有系统中保留授权原始数据副本"; not "保留……的权利").
  // Nor does what a medium once held describe any ("曾存放公共数据的存储介质，应当消磁或者物理粉碎").
  // Destroying or handling as an article says is no work on the data ("其中存储过授权数据的介质应当先按第十一条第三款处理").
  // Analysis is processing where it is done: off the platform ("对……原始数据进行离线分析"), or as the verb of 进行/开展.
  ['process', '(?:离线|线下|本地)(?:分析|建模|挖掘|训练)|(?<=进行|开展)(?:分析|建模|挖掘|训练)(?![^，。；]{0,2}?(?:工作|报告|结果|服务|产品|能力))|清洗|加工(?![权费方]|(?:使用|利用|经营)权)|(?<!(?:销毁|删除|清除|擦除|粉碎|覆写|消磁)|按(?:照)?第[^，。；]{1,10}?[条款项](?:的?(?:规定|约定))?)处理(?![权费方])|(?<!曾|曾经)存储(?!介质|设备|设施|过)|(?<!曾|曾经)存放(?!过)|保存|留存|缓存|保留(?![^，。；]{0,10}?(?:权利|权力|意见|追究|余地|必要|资格|名称|标识|功能|能力|接口|机制))'],
  // Using the data or dealing with customers: who does it in its own name holds what it uses.
  // Being in charge of the operation is running it ("以其自身名义负责医疗场景的授权运营").
  // Running it is using it, whatever it names between ("开展电力数据产品营销与运营", "独立开展公共数据授权运营"), or 运营 as
  // the verb itself ("以自己的名义运营授权的燃气数据资源").
  // Access to the data is its use ("直接访问授权数据"), not a visit to a site or a page.
  ['use', '调用(?![方权])|使用(?![权方者费协范情单])|访问(?=[^，。；]{0,8}?数据)|开通账号|签订服务合同|对外签约|开展(?:[^，。；、]{0,12}?(?:与|和|及)|[^，。；、]{1,8}?(?=授权运营))?(?:授权)?运营(?!维护|保障)|负责(?=[^，。；]{0,12}?运营(?!维护|保障|机构|主体|单位|方|商|公司))|' +
    // Taking on the operation is running it, whatever scenarios it names between ("分别独立承担外贸企业服务、商圈消费分析……三个
    // 场景的数据运营"; not its costs or duties, "承担运营成本", "承担运营责任").
    '承担(?=[^，。；]{0,30}?运营(?!维护|保障|机构|主体|单位|方|商|公司|成本|费用|责任|风险|收入|支出|损失))|' +
    '(?<=名义|独立|自主|自行|单独|直接|可以|可)运营(?=[^，。；]{0,8}?(?:数据|授权|场景|业务))'],
  // Records captured off the screen leave with the picture ("截屏、抄录……原始记录").
  ['release', `${CAPTURE_VERBS}|导出(?<![推倒引诱疏指主]导出)|汇出|下载|拷贝|复制|交付|出域|传输|传送|发送|推送|开放|开通|供给|转售|出售|销售|售卖|共享|分享|提供|披露|带离|(?<!对)外发(?!布)|输出|返回|回传|附送|随附|附带|报送|离开|流出|带出|传出|送出|外传`],
];
export const ACT_RE = new RegExp(ACTS.map(([, v]) => v).join('|'), 'g');
// The verb alone, without what must stand before it.
// Compiled once, not on every verb: this runs for each act of each clause.
const ACT_CLASSES = ACTS.map(([k, v]) => [k, new RegExp(`^(?:${v.replace(/\(\?<?=(?:[^()]|\([^()]*\))*\)/g, '')})$`)] as const);
export const actClass = (verb: string): ActClass => ACT_CLASSES.find(([, re]) => re.test(verb))![0];

/** An act inside a modifier ("承继其业务的主体", "取得的授权数据") describes a noun; the clause's own act is another. */
export const RELATIVE = /^[^，。；]{0,4}?的/;
/** "调用授权的气象数据": the data called granted is the verb's object, not a relative clause's. */
const GRANTED_OBJECT = /^(?:经|已|被)?授权的/;
/** A 的 before a right is the object's own ("不取得原始数据的持有权"), not a relative clause describing a party. */
const RIGHT_OF = /^[^，。；]{1,4}?的(?:持有权|所有权|使用权|经营权|运营权|加工使用权|产品经营权|处分权|收益权|控制权)/;
/** A right to act is a may: "享有……导出、复制和对外提供权利", "具有下载权限". */
export const RIGHT_TO = new RegExp(`^(?:享有|具有|拥有|获得)[^，。；]{0,10}?(?:${ACTS.map(([, v]) => v).join('|')})[^，。；]{0,12}?(?:权利|权限|功能)`);

/** The act named as a noun: "出域安全审核", "“出域”前", "导出申请" (a step or a time, not the act done). */
// Also an act word naming a party or a contract ("承接单位", "签订承接协议", "出让收益").
// "在委托范围内享有": the act's scope is no act.
// A way in named by its act ("数据调用接口", "传输通道") is a thing, not the act; an applicant is a party ("推送申请人的姓名").
// So is a department named by what it does with data ("数据提供部门按月将……推送至授权运营平台"), not data it provides
// ("提供部门数据").
// An act said to be hard ("企业和金融机构获取难、使用难") names a problem, not what anyone may do; a request for it or a rule
// kept over it ("导出请求由系统拦截", "数据导出实行白名单管理") is no act either.
export const NOMINAL = /^[”"」』]?(?:安全)?(?:难(?!以|度)|困难|不易|不便|审核|审查|评估|前(?![述款列项条文])|申请(?!人)|请求|(?:实行|实施|执行)[^，。；]{0,8}?(?:管理|制度|机制)|环节|流程|规则|标准|管理|记录|进行|代理|人员|渠道|收入|收益|价款|合同|协议|团队|单位|主体|范围|接口|端口|通道|部门(?![数信资])|方(?![式面法案向]))/;
const COPULA = /^(?:是|为|包括|包含|含有|含)/;
const LISTED_RISK = /^[^，。；]{0,16}?等(?:风险|问题|隐患|现象|行为)/;
/**
 * An act word naming one kind of business in a list of the records it yields ("行政裁决、侵权纠纷调解、质押登记等本地业务
 * 数据"), or one stage in a list of a trade's stages ("围绕原料采购、纺纱织造、电商销售、品牌培育等环节"): the data's kind
 * or the trade's stage, no act.
 */
const LISTED_KIND = /^[\u4e00-\u9fff]{0,8}?(?:、[\u4e00-\u9fff]{1,12})*等[\u4e00-\u9fff]{0,6}?(?:数据|记录|信息|档案|资料|环节|领域|阶段|链条)/;
/**
 * An act in a modifier of a way of working ("形成可复制推广的商务领域公共数据授权运营模式", "可复制的经验做法"): what is
 * copied is the model, whatever data its name holds.
 */
const OF_A_MODEL = /^[^，。；]{0,4}?的[^，。；]*?(?:模式|经验|做法|机制|路径|模板|范式|样板|案例|标杆)$/;
// A verb right after the modal is the predicate, whatever list it takes ("可以按月下载船舶进出港申报、泊位作业等原始记录").
const inKindList = (text: string, at: number, verb: string, modal: RegExpExecArray | null) => {
  const after = text.slice(at + verb.length);
  if (!LISTED_KIND.test(after)) return false;
  if (/、$/.test(text.slice(0, at))) return true;
  return /^[^，。；等]*、/.test(after) && !(modal && modal.index < at && !/[、，。；]/.test(text.slice(modal.index, at)));
};

const PROCESS_RESULT = /^(?:结果|成果)/;
/** Inside an object fronted by 将/把, or after a degree of processing ("初加工", "深加工数据"): a name, not the act. */
// However far into the fronted object: "将其在平台内存储的……数据及加工中间数据导出".
const PART_OF_NAME = /(?:(?:将|把)[^，。；将把]{0,40}|[初深粗精预])$/;
const NAMED_THING = /^(?:后的|过的)?[\u4e00-\u9fff]{0,4}?(?:数据集|数据包|数据表|数据|成果|产品|结果|文件)/;
/** The verbs of taking on an operation ("负责……运营", "承担……运营"). */
export const RUNS_VERB = /^(?:负责|承担)$/;

/** A party described by its tie to the mover, after the move: "许可其参股的……公司使用" (not "授予其购买的数据产品的……权利"). */
const PARTY_DESCRIBED = /^其(?![他它余])[^，。；的]{1,6}的[^，。；]{0,20}?(?:公司|企业|单位|机构|主体|伙伴|合作方)/;
/** A move after an object fronted by 将/把 ("将……整体分包给"), with whom it goes to. */
const FRONTED_BY = /(?:将|把)[^，。；将把]*$/;
/** A fronted object that ends its clause: a right, a share, the data or the work. */
const FRONTED_ENDS = /(?:权益|权利|权限|权|资格|地位|份额|数据|资源|业务|工作)\s*$/;
// Or to a party named with what it is to do ("……整体委托具备相应资质的合作单位承担").
const MOVE_TO = /^(?:给|予|至|由|[^，。；]{0,16}?(?:企业|公司|单位|机构|伙伴|合作方|第三方|主体)(?:承担|负责|实施|开展|运营|行使|承接))/;
const MOVES = new Set<ActClass>(['transfer', 'entrust', 'regrant', 'capital']);
const CAN_BEFORE = /(?:可|能够|可以|能|足以)(?:被)?(?:(?:通过|借助|利用)[^，。；]{0,10}?)?$/;
const RESTORED_THING = /^[^，。；]{0,14}?的(?:数据集|数据产品|产品|数据|模型|服务|结果|文件|内容)/;
/**
 * A licence named as the consent a clause waits on ("未经甲方书面许可", "经甲方许可后") is its condition, not its act: the
 * 许可 of a consent grants nothing onward.
 */
const CONSENT_BEFORE = /(?:未经|经|取得|征得|获得|得到|报经)[^，。；]{0,12}$/;
const CONSENT_AFTER = /^(?:$|[，,。；]|后|前|之前|之后|的|或|和|及|、|同意)/;
const consentGiven = (text: string, m: RegExpExecArray) =>
  (m[0] === '许可' && CONSENT_BEFORE.test(text.slice(0, m.index)) && CONSENT_AFTER.test(text.slice(m.index + 2))) || (ACQUIRES.test(m[0]) && CONSENT_OBTAINED.test(text.slice(m.index + m[0].length)));
/** Consent obtained ("应当取得个人同意", "获得权利人书面授权") is a condition met, nothing taken over. */
const ACQUIRES = /^(?:取得|获得|获取)$/;
const CONSENT_OBTAINED = /^(?:个人|本人|当事人|权利人|数据主体|信息主体|监护人|其|相关方|甲方|授权方)?(?:书面|明示|单独)?(?:同意|授权(?!数据|运营)|许可|批准|认可|核准)/;

const UNDOING = /(?:删除|销毁|清除|擦除|清理|移交|返还|归还|交还)[^，。；]{0,12}$/;
// Or is, after it ("加密存储的数据副本以销毁密钥并……覆写的方式处置").
const UNDONE = /^[^，。；]*?(?:删除|销毁|清除|擦除|覆写|粉碎|消磁)/;
/** The clause's act: the first that is not a modifier nor the right to another act. */
/** A clause about whose a thing is: its 权属, or that it belongs to a party. */
const OWNERSHIP = /权属|所有权|归属|归[^，。；]{0,12}?所有|(?<![回返])归(?:甲方|乙方|实施机构|运营机构|数据提供单位|源头部门|[^，。；]{1,10}?[局委办府])/;
// The tests below are kept out of `mainAct`, which runs for every clause of every sentence parsed: each reads the clause
// `text`, the act `m` and the acts found in it (`all`).
// Nor a quoted name whose head is a thing ("本协议所称“可出域产品”不包括原始数据……": 出域 names the product).
const inBrackets = (text: string, i: number) => /[（(][^）)]*$|《[^》]*$/.test(text.slice(0, i)) || (/“[^”]*$/.test(text.slice(0, i)) && /^[^”]*”(?:的)?(?:原则|理念|思路|精神|口号|方针)/.test(text.slice(i))) || (/“[^“”]{0,8}$/.test(text.slice(0, i)) && /^[^“”]{0,8}?(?:产品|数据|服务|平台|机构|方式|模式|(?<!授)权|清单|目录)”/.test(text.slice(i)));
const after = (text: string, m: RegExpExecArray) => text.slice(m.index + m[0].length);
// "未经加工的授权数据": a processing named to describe the data is no act.
// "可还原出个人身份信息的数据集": what a thing can be restored to describes the thing, it restores nothing.
const describing = (text: string, m: RegExpExecArray) => (/(?:未经|经过?)(?:任何)?$/.test(text.slice(0, m.index)) && RELATIVE.test(after(text, m))) ||
  (actClass(m[0]) === 'restore' && CAN_BEFORE.test(text.slice(0, m.index)) && RESTORED_THING.test(after(text, m)));
// A processing that names a kind of data set fronted by 将 is part of its name ("将初加工数据集出域交付"), when a verb
// follows it.
const naming = (text: string, all: RegExpExecArray[], m: RegExpExecArray) => PART_OF_NAME.test(text.slice(0, m.index)) && NAMED_THING.test(after(text, m)) && actClass(m[0]) === 'process' && all.some((x) => x.index > m.index + m[0].length);
// A topic's label ("关于导出：……", "数据共享：……") names what the clause is about; the act is in what follows it.
// (The colon may end the clause: then the label is all the clause holds.)
const label = (text: string, m: RegExpExecArray) => /^\s*(?:[：:]|$)/.test(after(text, m)) && /^\s*(?:(?:关于|对于|有关)[^，。；：:]{0,4})?$/.test(text.slice(0, m.index));
// The course an act happens in ("仅在执法线索推送中向执法部门提供"): the verb names a process, the act is the one after it.
// A copy's name between a list's commas is one of its nouns ("删除……原始数据、副本、缓存及中间数据"), not an act.
const listedNoun = (text: string, m: RegExpExecArray) => /^(?:缓存|备份|存档|归档|镜像|快照)$/.test(m[0]) && /[、]\s*$/.test(text.slice(0, m.index)) && /^\s*(?:、|及|和|与|以及|等)/.test(after(text, m));
// Operations listed as what is logged or checked ("对数据调用、加工、输出等操作全程记录") are the list's nouns.
const operationListed = (text: string, m: RegExpExecArray) => /对[^，。；对]{0,30}$/.test(text.slice(0, m.index)) && /^[^，。；]{0,16}?等(?:操作|行为|环节|活动|过程|流程)/.test(after(text, m));
const inCourse = (text: string, all: RegExpExecArray[], m: RegExpExecArray) => /在[^，。；在]{0,12}$/.test(text.slice(0, m.index)) && /^(?:中|过程中|环节中|工作中)/.test(after(text, m)) && all.some((x) => x.index > m.index + m[0].length);
// A verb in a list of manners ("以数据开放、申请使用等方式向其他单位提供"): the manner names how, the act follows it.
const inManner = (text: string, m: RegExpExecArray) => /以[^，。；以]{0,12}$/.test(text.slice(0, m.index)) && /^[^，。；以]{0,12}?(?:方式|形式|途径|渠道)/.test(after(text, m));
// Nor one inside the object 将 fronts, when the clause ends on that object ("将本协议项下取得的……加工使用权益，有偿转让
// 给……"): the clause only fronts what the next clause's verb acts on.
const fronts = (text: string, m: RegExpExecArray) => FRONTED_BY.test(text.slice(0, m.index)) && FRONTED_ENDS.test(text);

export function mainAct(text: string): { m: RegExpExecArray; modal?: string } | null {
  const all: RegExpExecArray[] = [];
  ACT_RE.lastIndex = 0;
  for (let m; (m = ACT_RE.exec(text)); ) all.push(m);
  // An act named as a risk or a problem ("层层转包、违规转授权等问题") is no act the clause lets happen.
  if (all.length && LISTED_RISK.test(text.slice(all[0].index))) return null;
  // The predicate follows the modal ("原始数据（含备份）不得以任何形式交付第三方"); an aside in brackets holds none, nor
  // a principle quoted ("按照“谁委托、谁付费”原则分包给……"; a manner quoted, "通过“分包授权”方式", is the act's).
  const modal = MODAL.exec(text);
  const candidates = all.filter((m) => (!modal || m.index >= modal.index) && !describing(text, m) && !label(text, m) && !inCourse(text, all, m) && !listedNoun(text, m) && !operationListed(text, m) && !consentGiven(text, m) && !naming(text, all, m) && !NOMINAL.test(after(text, m)) && !inBrackets(text, m.index) && !RIGHT_TO.test(text.slice(m.index)) && !namedAsRisk(after(text, m).slice(0, 12)) && !inKindList(text, m.index, m[0], modal) && !OF_A_MODEL.test(after(text, m)));
  // With a modal and no act after it, the acts before it name the subject ("出域产品不得包含……", "交付的产品应当……").
  // An act named as the manner ("以独占许可方式将运营权许可……") yields to the act it qualifies, when there is one
  // ("以作价入股方式投入" has none: the manner is the act).
  // A processing that names its result ("将中间处理结果导出") is a noun: the act is the verb after it.
  // Taking on an operation names what it runs before it ("承担统计数据的加工……和市场运营"): no modifier.
  // Nor is a move whose 的 describes the party it goes to ("许可其参股的……公司使用").
  const own = candidates.filter((m) => !NOMINAL.test(after(text, m)) && (!RELATIVE.test(after(text, m)) || GRANTED_OBJECT.test(after(text, m)) || RIGHT_OF.test(after(text, m)) || (MOVES.has(actClass(m[0])) && PARTY_DESCRIBED.test(after(text, m))) || (RUNS_VERB.test(m[0]) && !/^的/.test(after(text, m)))) && !/^(?:方式|形式)/.test(after(text, m)) && !inManner(text, m) && !(PROCESS_RESULT.test(after(text, m)) && actClass(m[0]) === 'process'));
  // "将……数据加工及相关产品运营业务整体分包给……": what 将 fronts may hold verbs of its own; the move that follows it,
  // with whom it goes to, is the act.
  const moved = own[0] && FRONTED_BY.test(text.slice(0, own[0].index)) ? own.find((x) => x.index > own[0].index && MOVE_TO.test(after(text, x)) && MOVES.has(actClass(x[0]))) : undefined;
  // A verb describing what is destroyed or given back ("删除专区外留存的全部授权数据") is no act of the clause.
  // Nor one describing what is owned ("甲方提供的原始数据的权属归甲方"): whose it is, is all the clause says.
  // Nor one inside the object 将 fronts (`fronts`).
  const m = moved ?? own[0] ?? (candidates[0] && !(RELATIVE.test(after(text, candidates[0])) && (UNDOING.test(text.slice(0, candidates[0].index)) || UNDONE.test(after(text, candidates[0])) || OWNERSHIP.test(after(text, candidates[0])) || fronts(text, candidates[0]))) ? candidates[0] : undefined);
  if (m) return { m };
  // "交付的数据产品可以为未经加工的授权数据原样": the modal says what the delivered thing may be; it governs that act.
  const described = modal && COPULA.test(text.slice(modal.index + modal[0].length)) && all.find((x) => x.index < modal.index && RELATIVE.test(after(text, x)));
  return described ? { m: described, modal: modal[0] } : null;
}
