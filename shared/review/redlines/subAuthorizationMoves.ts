// Which clause moves the grant (split from subAuthorization.ts along the domain: the file passed 400 lines): the
// clause parse read for who ends up holding the grant, once the reader (subAuthorization.ts) has found the sentence.
import type { Glossary } from '../definitions';
import { EQUAL_RIGHTS } from '../clauseObjects';
import { isOutsideParty, letsHappen, type ClauseParse } from '../clauseParse';
import { ON_ITS_OWN } from '../clauseParties';
import { RUNS_VERB } from '../clauseActs';
import { USER_NAME } from './ownAccount';
import { OPERATOR, OTHER_LEGAL_PERSON, SETS_UP } from './actors';

/** A co-operator by its name ("合作运营商", "联合体成员"), not a developer or a customer that uses what is delivered. */
export const CO_OPERATOR = /合作|联合|共同|伙伴|运营(?:商|方|机构|主体|公司|单位)/;

/** The clause's subject a company the operator set up or holds ("由乙方与……共同出资设立的……公司"). */
const SET_UP_BY_OPERATOR = new RegExp(`${OPERATOR}[^，。；]{0,24}?${SETS_UP}的[^，。；]{0,30}?(?:公司|企业)[^，。；]{0,6}$`);
/** What is taken on is the operation itself, not support work ("承接……平台运维服务"). */
const TAKES_OPERATION = /^[^，。；]{0,18}?(?:授权运营|运营(?!维护|保障)|经营)/;

/** A grant of a further tier, or a letter of grant issued (clauseActs.ts reads them as regrant). */
const TIERED_GRANT = '(?:二级|三级|下级|分级|次级|再次|再行|逐级)授权|(?:二级)?授权(?:书|函|证书|证明)';
const TIERED = new RegExp(`^(?:${TIERED_GRANT})$`);

/** Verbs that name the grant they move: "转授权" needs no object. */
const GRANT_VERB = new RegExp(`^(?:转授权|再授权|二次授权|转授予|转授|再许可|子许可|分许可|${TIERED_GRANT})$`);

/**
 * The clause parse decides (clauseParse.ts): the grant (or a verb that is one) moved by the operator's side to another
 * party (transfer, re-grant, entrust, hand over), put in as capital, or acquired by another party (succeed), in a clause
 * that lets it happen — a may, a must or a plain statement not conditioned on the law's approval, or a must-not lifted
 * by a party's consent, a carve-out, silence, the operator's own approval or an article that permits it.
 */
// The place the grant runs in may name it ("将所在市（州）授权运营空间的日常运营和数据产品经营交由其负责"): its running, and the
// products' dealing or another work joined to it ("……日常运营和初级加工处理工作整体委托给……服务商"), is the operation (the
// products alone are the next rule's).
const OPERATION_FRONTED = /(?:将|把)[^，。；]{0,24}?(?:场景|领域|行业|业务|数据|运营空间|数据专区)的?(?:授权|日常|具体)?运营(?:工作|业务)?(?:(?:和|及|与|、)[^，。；]{0,10}?(?:运营|经营|工作|业务))?(?:整体|全部|部分)?$/;
const OPERATION_TOPIC = /(?:^|[。；：])[^，。；：]{0,24}?(?:场景|领域|行业|业务)的?(?:授权)?运营(?:工作|业务)?[，,]\s*$/;
// Or running it on the operator's behalf ("委托其生态合作伙伴以合作伙伴名义代为运营").
// The operation as the noun itself, or the agreement for it; not a noun it qualifies ("移交运营期间形成的产品文档").
const OPERATION_NOUN = /^运营(?:工作|业务|服务|权)?(?:协议|合同)?(?![\u4e00-\u9fff])/;
const OPERATION_AFTER = /^(?:[^，。；]{0,16}?(?:开展|承担|承接|负责|从事)[^，。；]{0,30}?(?:场景|领域|行业|业务|数据|数据资源|授权)的?|[^，。；]{0,16}?(?:开展|承担|承接|负责|从事)[^，。；]{0,30}?等|[^，。；]{0,24}?(?:代为|代其|代理)(?:开展|负责|从事)?)运营(?:工作|业务)?(?!维护|保障|支撑|辅助|评估|监测|监管|平台|门户|网站|系统|成本|费用)/;
const OPERATION_HEADS_LIST = /等(?:全部|相关)?运营(?:业务|工作)/;
// Run by the party it goes to, the verb after the party's name ("交由第三方运营"; not "交由风电运营企业……留存").
const RUN_BY_RECIPIENT = /^[^，。；]{0,4}?(?:运营|经营)(?!维护|保障|支撑|辅助|评估|监测|监管|平台|门户|网站|系统|成本|费用|企业|单位|主体|机构|公司)/;
// A product or service run by it: the operation ends the clause or heads a list of the recipient's work ("交由……公司负责
// 日常运营，……", "负责运营和客户对接"), not a noun ("开展运营成效评估", "承担授权运营空间的机房运维").
// The recipient's own name may follow its kind ("交给合作单位某某有限公司负责日常经营和客户对接").
const OPERATION_DONE = /^(?:[^，。；]{0,24}?(?:有限公司|公司|企业|中心))?(?:负责|具体|独立|承担|承接)?(?:日常)?(?:运营|经营)(?=[，,。；;、和及与]|$)/;
function runByRecipient(p: ClauseParse, run = RUN_BY_RECIPIENT): boolean {
  const rest = p.text.slice(p.act!.at + p.act!.verb.length);
  const at = p.recipient ? rest.indexOf(p.recipient.text) : -1;
  return at >= 0 && run.test(rest.slice(at + p.recipient!.text.length));
}
const OPERATION_LISTED = /^[^，。；]{0,16}?(?:开展|承担|负责|从事)[^，。；]{0,20}?(?:数据|数据资源)的[^，。；]{1,20}?[、和及与](?:市场|对外)?运营(?!维护|保障|支撑|辅助|评估|监测|监管|平台|门户|网站|系统|成本|费用|推广)/;
const SCENE_FRONTED = /(?:将|把)[^，。；]{0,16}?(?:场景|领域|行业|板块)(?:整体|全部|部分)?$/;
// Or the clause's topic, put first: "县（区）级场景可以由运营机构按照……原则分包给当地合作企业运营".
const SCENE_TOPIC = /^[^，。；由将把]{0,16}?(?:场景|领域|行业|板块)(?:整体|全部|部分)?(?:的(?:落地)?运营)?(?:可以|可|得|均可)?由/;
const ENTRUSTED_BEFORE = /(?:委托|授权|指定)(?:其)?[^，。；]{0,12}?(?:关联|子公司|控股|参股|合作|第三方|公司|企业|单位|机构)[^，。；]{0,20}?[，,]\s*$/;
const ENTRUST_FORBIDDEN = /(?:不得|禁止|严禁|不能|不可|无权|不允许)[^，。；]{0,6}?(?:委托|授权|指定)/;
const POWERS_FRONTED = /(?:将|把)[^。；]{0,40}?(?:运营|经营|管理|加工|处理|使用|开发)(?:权限|权利|权)[，,]?\s*(?:整体|全部|一并)?$/;
const EXERCISED = /^[^，。；]{0,4}?行使/;
/** Run by a party the parse did not name ("给具备相应能力的单位运营"). */
const SERVICE_TASK = /^[^，。；]{0,12}?(?:审计|评估|鉴证|检测|测评|审核|鉴定|认证|咨询|记账|代账|法律服务|培训)/;
const RUN_BY_NAMED = /^(?:给|予|与|至)?[^，。；]{1,24}?(?:单位|公司|企业|机构|主体|伙伴|运营商|服务商)(?:负责)?(?:运营|经营)(?!维护|保障|支撑|辅助|评估|监测|监管|平台|门户|网站|系统|成本|费用)/;
/** A clause denying that its act moves the grant: "分包不涉及授权运营权的转移", "该委托不构成运营权的转让". */
// Or the move said to carry none of it: "交易产品的转让不包含本协议项下授权运营权利".
const NOT_A_MOVE = /(?:不涉及|不构成|不导致|不产生|不发生|不意味着|不视为|并非)[^，。；]{0,16}?(?:转移|转让|转授权|让渡|移交)|(?:转让|转移|交易)[^，。；]{0,4}?(?:不包含|不包括|不含|不涉及)[^，。；]{0,16}?(?:授权|运营权|经营权|权利)/;

/**
 * The operator named by what it is, at any level ("省级运营主体", "市级运营单位", "授权运营机构"), not marked as another by
 * a word of tier, partnership or succession (partyOf reads a level as another operator's: "区县级运营公司").
 */
export const OPERATOR_BY_NAME = /^(?:[省市州县区]级|本级|全[省市区县])?(?:授权)?运营(?:主体|机构|单位|公司|方)$/;
/** A party the document names as its operator: "云上贵州大数据（集团）有限公司（以下简称运营主体）". */
const namedOperator = (name: string, g?: Glossary) =>
  OPERATOR_BY_NAME.test(name) || !!g?.definitions.some((d) => OPERATOR_BY_NAME.test(d.term) && d.meaning.includes(name) && name.length >= 4);

/** Running the operation itself, the verb of it ("开展运营", "负责……运营"), not using a thing. */
const RUNS_OPERATION = new RegExp(`运营|${RUNS_VERB.source}`);
/** Done on its own, what the verb runs: "独立对外开展运营", "自主负责……运营". */
const ON_ITS_OWN_BEFORE = new RegExp(`${ON_ITS_OWN}[^，。；]{0,4}?$`);
/**
 * A share in the operation: its revenue, its customers or its prices ("按约定比例分享运营收益", "共同对外提供服务",
 * "自主定价、自负盈亏").
 */
const SHARES_OPERATION = /分享[^，。；]{0,6}?(?:运营|经营)?收益|(?:运营|经营)收益[^，。；]{0,8}?(?:分成|分配|分享)|(?:独立|自主|共同|直接)对外(?:提供|开展|经营|销售|签约)|自主定价|自负盈亏/;
/**
 * Another party running the grant by using it: in its own name or the operator's ("以乙方名义调用授权数据"), running the
 * operation on its own ("联合体成员……独立对外开展运营"), or a co-operator calling the granted data while it shares the
 * operation ("合作运营商调用授权医保数据并按约定比例分享运营收益"); not products delivered to it.
 */
const OPERATION_WORK = /运营(?:工作|业务|任务)$/;
/** Calling the data, or calling it through an account the operator gives ("使用乙方……为其分配的子账号调用"). */
// The verbs a use act is read with (clauseActs.ts 'use'): 获取 is a taking over, 接入 and 查询 no act.
const CALLS = /^(?:调用|使用|访问)$/;
const CALLS_THROUGH = /^使用[^，。；]{0,24}?(?:分配|开设|开通|提供)的?(?:子)?(?:账号|账户)[^，。；]{0,4}?(?:调用|访问|获取|查询)/;
/** An account opened for a party, by whoever opens it: the party is the group. */
const OPENED_FOR = '(?:为|给|向)([^，。；为给向]{1,16}?)(?:单独|专门|另行|分别)?(?:分配|开设|开通|设立|配置|提供)';
/**
 * The account given in the clause before, to the party that then calls the data ("甲方在运营专区内为该子公司单独开设开发
 * 账号，该子公司在专区内使用授权数据"): whoever opens it, the party holds the data's use.
 */
const ACCOUNT_GIVEN = new RegExp(`${OPENED_FOR}[^，。；]{0,8}?(?:账号|账户)[，,]\\s*$`);
const accountGiven = (p: ClauseParse, sentence: string) => {
  const m = ACCOUNT_GIVEN.exec(sentence.slice(0, p.start));
  return !!m && m[1].includes(p.holder!.text) && !USER_NAME.test(m[1]);
};
// The account is on the granted data itself ("为其开通相应授权数据的使用账号").
// Or an account to run the operation itself ("为乙方推荐的合作单位开通授权运营系统独立运营账户").
const DATA_ACCOUNT_FOR = new RegExp(`${OPENED_FOR}[^，。；]{0,16}?(?:(?:授权数据|公共数据|数据资源)的?(?:使用|调用|访问|开发|操作)?|(?:独立|单独)?运营)(?:账号|账户)`);
const ANOTHER_NAMED = new RegExp(OTHER_LEGAL_PERSON, 'g');
/** The party an account on the data is opened for: named, or 其 for the last other party the sentence named before. */
function accountOpenedFor(p: ClauseParse, sentence: string): boolean {
  const m = DATA_ACCOUNT_FOR.exec(p.text);
  if (!m) return false;
  const name = m[1] === '其' ? [...sentence.slice(0, p.start + m.index).matchAll(ANOTHER_NAMED)].pop()?.[0] : m[1];
  return !!name && !USER_NAME.test(name) && (CO_OPERATOR.test(name) || ANOTHER.test(name)) && !OPERATOR_BY_NAME.test(name);
}
const ENTRUSTED_PARTY = /^(?:该|各)?(?:受托|承接)(?:单位|方|机构|企业|公司)/;
const PLATFORM_RUN = /(?:平台|系统|网站|机房|设施|设备|门户|专区|空间|网络)[^，。；]{0,2}运营/;
const BUSINESS_RIGHTS = /(?:经营|运营)(?:权利|权限|权|资格)$/;
function runsByUse(p: ClauseParse, sentence: string): boolean {
  const by = p.holder?.party;
  if ((by !== 'group' && by !== 'other') || !p.act || (p.object?.kind === 'derived' && !runsScenarios(p))) return false;
  // Rights the same as the operator's, or to run the business ("获得……数据调用和产品经营权限"), held by another party.
  if (p.holder!.ownName || (p.object?.kind === 'grant' && EQUAL_RIGHTS.test(p.object.text))) return true;
  if (p.object?.kind === 'grant' && BUSINESS_RIGHTS.test(p.object.text) && !USER_NAME.test(p.holder!.text)) return true;
  const before = p.text.slice(0, p.act.at);
  if (RUNS_OPERATION.test(p.act.verb) && ON_ITS_OWN_BEFORE.test(before)) return true;
  // The granted data itself called by another party, not a product delivered to it: the data's use right is held by
  // that party ("合作单位可以……直接调用授权数据", "合作企业……使用乙方……分配的子账号调用……授权数据"), whoever it works for.
  // Only a call made directly or through an account given for it: a developer applying to use data in a sandbox
  // (Guizhou's 一场景一申请) or a party told to get it through the operator's products holds no right of its own.
  const after = p.act.verb + p.text.slice(p.act.at + p.act.verb.length);
  // So does a party entrusted with part of the operation named as using the data ("……委托其控股子公司或者合作单位承担，由受托
  // 单位在受托范围内使用授权数据").
  if (p.object?.kind === 'data' && !USER_NAME.test(p.holder!.text) && ((CALLS.test(p.act.verb) && (/直接[^，。；]{0,2}$/.test(before) || accountGiven(p, sentence) || ENTRUSTED_PARTY.test(p.holder!.text))) || CALLS_THROUGH.test(after))) return true;
  // The operation put on another party ("由其全资子公司……具体承担……产品开发和市场运营"), not its support ("由合作方协助").
  // The party is named by what it is to the operator or as another, not by its own company name ("本项目由……数字科技有限
  // 公司承担运营工作" names the operator).
  if (RUNS_VERB.test(p.act.verb) && PUT_ON.test(before) && !SUPPORT.test(before) && ANOTHER.test(p.holder!.text)) return true;
  const name = p.holder!.text;
  // The operation's work itself taken on by a co-operator ("合作单位按分工承担……数据运营任务"; not "平台运营工作", nor a
  // company by its own name, "由……文化旅游发展集团有限公司承担运营工作": that names the operator). The party is the head
  // of its name: "省级授权运营主体在贵安新区设立的运营分中心" is a branch the operator set up, no co-operator.
  const head = name.slice(name.lastIndexOf('的') + 1);
  if (RUNS_VERB.test(p.act.verb) && p.object?.kind === 'grant' && OPERATION_WORK.test(p.object.text) && !PLATFORM_RUN.test(p.object.text) && !SUPPORT.test(before) && (CO_OPERATOR.test(head) || (by === 'group' && ANOTHER.test(head)))) return true;
  return !!p.object && (by === 'group' || CO_OPERATOR.test(name)) && !USER_NAME.test(name) && SHARES_OPERATION.test(sentence);
}

/**
 * A move the agreement itself permits once approved ("经甲方批准，可以转移、转让给符合条件的其他主体", "经甲方事先书面
 * 批准，乙方可以将……再授权给第三方"): the permission is written, the approval only its step. Not the law's procedure
 * written as a restriction: an application that must go up ("应当……报市人民政府批准后方可办理"), a re-signed agreement,
 * a prohibition lifted only by approval ("非经批准不得转让", a must-not).
 */
// "批准后方可", "经批准方可" (not the 方 of "乙方可以").
const ONLY_AFTER = /(?:后|准|意|批|[，,]|^)\s*方(?:可|能)|才(?:可|能)/;
const LAW_PROCEDURE = /(?:须|需|需要|应当|应|必须)(?:经|报|向)|人民政府|授权主体|三重一大|(?:按|依)(?:照)?(?:规定|法定)?程序|(?:重新|另行)签订/;
const permitsOnApproval = (p: ClauseParse, sentence: string) =>
  p.modality === 'may' && p.condition?.kind === 'approval' && !ONLY_AFTER.test(p.text) && !LAW_PROCEDURE.test(sentence);

/**
 * Taking on the operation of scenarios or data: what it names before 运营 is what it runs, whatever products those
 * scenarios hold ("承担外贸企业服务、商圈消费分析……三个场景的数据运营"; not "负责数据产品的运营").
 */
const OF_PRODUCTS = /(?:产品|成果|服务|报告|模型)的?(?:市场)?$/;
const runsScenarios = (p: ClauseParse) => {
  if (!p.act || !RUNS_VERB.test(p.act.verb)) return false;
  const span = /^[^，。；]*?(?=运营)/.exec(p.text.slice(p.act.at + p.act.verb.length));
  return !!span && !OF_PRODUCTS.test(span[0]);
};
const PUT_ON = /由[^，。；由]{1,30}$/;
const SUPPORT = /协助|配合|支持|辅助|支撑/;
const ANOTHER = new RegExp(OTHER_LEGAL_PERSON);

const FUNCTIONS_TAKEN = /(?:承继|承接|接替|继承|承担|行使)(?:其|甲方|授权方|原)?的?(?:行政)?(?:职能|职责)/;
const SHARED = /共享|分享|共用|出借|出租(?!车)/;
const PART_OF_GRANT = /(?:全部|部分|其中|该项?|上述|前述|本协议)[^，。；]{0,3}授权/;
/**
 * A party given only a use of the data, the grant itself denied it in the same sentence ("开发利用机构仅取得对应场景的数据
 * 使用权限，不取得授权运营资格"): the use the operator's space opens to a developer, not the grant passed on.
 */
const USE_ONLY = /仅(?:取得|获得|享有|获取)[^，。；]{0,20}?(?:使用|访问|调用)(?:权限|权)[，,；;][^。；]{0,8}?(?:不|并不|均不)(?:取得|获得|享有|具有)[^，。；]{0,8}?(?:授权运营资格|运营资格|授权运营权|运营权|经营权|授权)/;
export function movesGrant(p: ClauseParse, g?: Glossary, sentence = p.text): boolean {
  if (!p.act || !(letsHappen(p) || permitsOnApproval(p, sentence)) || NOT_A_MOVE.test(p.text)) return false;
  if (p.act.kind === 'succeed' && USE_ONLY.test(sentence)) return false;
  const by = p.holder?.party ?? null;
  // The grant made to the operator, by the grantor or the plan's own voice, is the grant itself, not one passed on
  // ("将……公共数据整体授权给省级运营主体统一运营"); only a verb that is itself a further grant says otherwise.
  if ((by === null || by === 'grantor' || by === 'public') && p.recipient && namedOperator(p.recipient.text, g) && !GRANT_VERB.test(p.act.verb)) return false;
  // An account on the granted data opened for another party ("……分包给生态合作伙伴承担，并为其开通相应授权数据的使用账号"):
  // that party calls the data itself, whoever opens it; a user's account is for what it buys.
  if (accountOpenedFor(p, sentence)) return true;
  // Another party using the granted data in its own name runs the grant ("由该公司……以自己的名义……调用授权数据").
  if (p.act.kind === 'use') return runsByUse(p, sentence);
  // A company the operator set up, alone or with others, taking on the operation ("由乙方与……共同出资设立的……公司具体承接
  // 运营") runs the grant.
  if (p.act.kind === 'succeed' && (by === 'group' || by === 'other') && TAKES_OPERATION.test(p.text.slice(p.act.at)) && SET_UP_BY_OPERATOR.test(p.text.slice(0, p.act.at))) return true;
  // Taking on the operation in its own name is running the grant too ("由其全资子公司以自身名义承接具体场景的授权运营").
  if (p.act.kind === 'succeed' && p.holder?.ownName && (by === 'group' || by === 'other') && TAKES_OPERATION.test(p.text.slice(p.act.at)))
    return p.object?.kind !== 'derived';
  // Acquiring a bare "授权" may be anyone's consent ("已……取得必要的授权"); the grant is named as the agreement's.
  // A part of the grant named so is the agreement's ("承接其中部分授权").
  if ((p.act.kind === 'succeed' || p.act.kind === 'release') && p.object?.text === '授权' && !PART_OF_GRANT.test(p.text)) return false;
  // The operation itself the verb's noun ("与承接单位签订分包运营协议", "转包运营"): the operation handed on, whatever else the
  // clause names.
  if ((p.act.kind === 'transfer' || p.act.kind === 'entrust') && by !== 'grantor' && by !== 'public' && OPERATION_NOUN.test(p.text.slice(p.act.at + p.act.verb.length))) return true;
  // The operation of a scenario or sector handed to another to carry out is the grant handed on ("将某一场景的授权运营交由
  // 其他具备能力的机构实施"; not its upkeep, "运营维护").
  // Or put first as the sentence's topic: "各具体场景的运营，可由运营机构……交由市场主体承担".
  // A third party engaged for a check or a service of its own trade ("每年委托第三方审计后……报送") runs nothing of the grant.
  if (p.act.kind === 'entrust' && p.recipient && SERVICE_TASK.test(p.text.slice(p.text.indexOf(p.recipient.text) + p.recipient.text.length))) return false;
  const fronted = OPERATION_FRONTED.test(p.text.slice(0, p.act.at)) || OPERATION_TOPIC.test(sentence.slice(0, p.start));
  if ((p.act.kind === 'entrust' || p.act.kind === 'transfer') && (!p.object || (p.object.kind === 'derived' && OPERATION_FRONTED.test(p.text.slice(0, p.act.at)))) && by !== 'grantor' && by !== 'public' && fronted) return isOutsideParty(p.recipient?.party);
  // A scenario itself handed to another party to run ("可将该场景整体分包给具备相应能力的单位运营").
  if ((p.act.kind === 'entrust' || p.act.kind === 'transfer') && by !== 'grantor' && by !== 'public' && (SCENE_FRONTED.test(p.text.slice(0, p.act.at)) || SCENE_TOPIC.test(p.text.slice(0, p.act.at))) && (runByRecipient(p) || RUN_BY_NAMED.test(p.text.slice(p.act.at + p.act.verb.length)))) return true;
  // The grant exercised on the operator's behalf by the party it has just entrusted ("乙方可委托其关联公司作为……运营方，代为
  // 行使本协议……加工使用权益和产品经营权益").
  if (p.act.kind === 'succeed' && p.object?.kind === 'grant' && /^代(?:为|其)/.test(p.text) && ENTRUSTED_BEFORE.test(sentence.slice(0, p.start)) && !ENTRUST_FORBIDDEN.test(sentence.slice(0, p.start))) return true;
  // Powers of the operation handed to another to exercise, named in the clause before ("可将……运营管理及初级加工处理权限，
  // 整体委托其参股设立的区域运营公司行使").
  if ((p.act.kind === 'entrust' || p.act.kind === 'transfer') && !p.object && by !== 'grantor' && by !== 'public' && isOutsideParty(p.recipient?.party) && POWERS_FRONTED.test(sentence.slice(0, p.start) + p.text.slice(0, p.act.at)) && EXERCISED.test(p.text.slice(p.text.indexOf(p.recipient!.text) + p.recipient!.text.length))) return true;
  // The party entrusted to run the operation of the data or a scenario itself ("委托二级运营商开展公证、法律援助数据的运营";
  // not "委托第三方机构开展运营评估", nor "承担运营平台的运维工作").
  // Or the data's chain of work entrusted whole, its market operation last ("委托第三方开展……数据的加工处理、产品开发和
  // 市场运营"): products named in the list do not make it a product's service.
  if (p.act.kind === 'entrust' && by !== 'grantor' && by !== 'public' && isOutsideParty(p.recipient?.party) && OPERATION_LISTED.test(p.text.slice(p.act.at + p.act.verb.length))) return true;
  // The operation may head a list of the work it covers ("承担……数据产品开发、销售和客户服务等运营业务"), products named in it.
  if (p.act.kind === 'entrust' && (p.object?.kind !== 'derived' || OPERATION_HEADS_LIST.test(p.text)) && by !== 'grantor' && by !== 'public' && isOutsideParty(p.recipient?.party) && OPERATION_AFTER.test(p.text.slice(p.act.at + p.act.verb.length))) return true;
  // The granted data handed to another to run ("将授权范围内的……数据资源交由第三方运营"); or a product or service of the
  // grant ("将该项服务交由……冷链物流有限公司负责日常运营"): its operation is the grant's, run by someone else.
  if (p.act.kind === 'entrust' && (p.object?.kind === 'data' || p.object?.kind === 'raw') && by !== 'grantor' && by !== 'public' && isOutsideParty(p.recipient?.party) && runByRecipient(p)) return true;
  // Handed on by subcontract too ("将……数据服务分包给具备条件的本地企业承担运营").
  if ((p.act.kind === 'entrust' || p.act.kind === 'transfer') && p.object?.kind === 'derived' && by !== 'grantor' && by !== 'public' && isOutsideParty(p.recipient?.party) && runByRecipient(p, OPERATION_DONE)) return true;
  // "对县级运营主体开展授权": the grant made as a noun is the grant, to whom it names.
  if (p.object?.kind !== 'grant' && !GRANT_VERB.test(p.act.verb) && p.act.verb !== '授权') return false;
  // "授权客户使用数据产品": licensing what was built on the data is selling it, not the grant.
  // So is licensing it: "许可用户使用信用评估服务".
  if ((p.act.verb === '授权' || p.act.verb === '许可') && p.object?.kind === 'derived') return false;
  // Rights the same as the operator's are held by someone else, whoever the clause names ("名录所列单位……享有与乙方相同
  // 的数据调用权限"), unless it names the operator itself.
  if (p.act.kind === 'succeed' && EQUAL_RIGHTS.test(p.object!.text)) return by !== 'grantor' && by !== 'public' && !(by === 'operator' && p.text.slice(0, p.act.at).includes(p.holder!.text));
  // Who takes over a public body's functions or duties ("由承继其职能的单位继续履行本协议", after "甲方因机构改革……") takes
  // the grantor's place: the grant stays where it was.
  if (p.act.kind === 'succeed' && FUNCTIONS_TAKEN.test(p.text)) return false;
  // A right kept where it is ("……使用权仍由乙方自行行使") is not taken over.
  if (p.act.kind === 'succeed') return isOutsideParty(by) && by !== 'public' && !/(?:仍|仍然|依然|始终)由[^，。；]{0,30}$/.test(p.text.slice(0, p.act.at));
  if (by === 'grantor' || by === 'public') return false;
  if (p.act.kind === 'capital') return true;
  // A grant shared or lent is held by another too, whoever it is ("与其战略合作伙伴共享本协议项下的授权").
  if (p.object?.kind === 'grant' && SHARED.test(p.act.verb)) return true;
  if (p.act.kind === 'restore' || p.act.kind === 'copy' || p.act.kind === 'process') return false;
  // A grant goes to parties, not places: "各自承担的授权运营份额" names no one it goes to.
  const to = p.recipient?.party === 'outside' || p.recipient?.party === 'inside' ? undefined : p.recipient?.party;
  // Only a verb that is itself a move needs no one named: "许可", "授予" may be anything's ("道路运输许可").
  // A grant named as a noun goes to whom it is made to ("向区县运营单位进行二级授权"); without one it is an access control
  // ("建立分级授权、全程留痕和第三方审计机制"), not a grant onward.
  // What follows 对 must be a party: "对上述风险分别通过分级授权、……等措施予以防控" names the control itself.
  if (TIERED.test(p.act.verb) && !/(?:向|对|为|给)[^，。；]{0,40}?(?:单位|公司|企业|运营商|服务商|供应商|运营方|机构|主体|合作方|伙伴|第三方|他人|成员)[^，。；]{0,12}$/.test(p.text.slice(0, p.act.at))) return false;
  if (to === undefined) return p.act.kind === 'transfer' || GRANT_VERB.test(p.act.verb);
  return isOutsideParty(to);
}
