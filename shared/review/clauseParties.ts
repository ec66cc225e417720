import type { Glossary } from './definitions';
import { GRANTOR, OPERATOR, OPERATOR_ORGAN, OTHER_LEGAL_PERSON, PUBLIC_HOLDER } from './redlines/actors';
import type { ClauseParse, Party, Place } from './clauseParse';

/** Who acts in a clause and who receives (clauseParse.ts): parties by class, and places in or out of the platform. */

// "下属单位" of the operator is its group, as in actors.ts; a consortium however it is called ("联合运营体成员").
// The operator's branch centres too ("在各市（州）设立……运营分中心").
const GROUP = /子公司|分公司|运营(?:分|子)中心|下属(?:公司|企业|单位|机构)|关联(?:公司|企业|方)|控股股东|母公司|集团(?:公司|内部|成员)?|成员单位|项目公司|持股[^，。；]{0,12}?的(?:企业|公司)|受同一主体控制|联合(?:运营)?体(?:其他|各)?(?:各方|成员)/;
const PUBLIC_BODY = /人民政府|政府|(?:主管|行政|职能)部门|机关|事业单位|^[市区县省州][\u4e00-\u9fff]{0,8}?(?:局|委员会|委|办公室|中心)$/;
/**
 * Operators other than the one granted: of another level, area or sector ("二级运营机构", "区县运营主体", "行业运营商"),
 * a branch under a lead one ("各区县分运营商"; not "部分运营机构"), or one run beside it ("共同运营方", "联合运营单位"), or tied to it ("关联运营主体").
 */
const OTHER_LEVEL = '二级|其他|下级|区域|行业|专业|领域|区县|县区|县域|属地|地方|基层|(?<!部)分|共同|联合|关联';
// Who takes the operator's place is named by that: "承接单位", "接替方"; a developer by what it does: "开发利用单位".
// A partner by the kind of body it is: "合作院校", "合作医院", "合作设计院".
const OTHER = new RegExp(`${OTHER_LEGAL_PERSON}|${PUBLIC_HOLDER}|(?:${OTHER_LEVEL}|[省市区县]级)运营(?:机构|商|主体|公司|单位|方(?![式案法向面]))|合作[\u4e00-\u9fff]{0,4}?(?:单位|运营(?:商|机构|主体|公司|方)|企业|公司|机构|院校|高校|学校|医院|伙伴|(?:研究|设计|规划|科学)院|研究所|事务所)|(?:承接|接替|接续)(?:单位|方|主体|机构|企业)|(?:战略|生态|核心|商业)伙伴|开发利用(?:单位|方)|经营(?:单位|者)|他人|企业|公司|机构|主体(?![地资责])`);
// "被授权方" (被授权单位, 被授权主体) is the party granted: the operator.
// 本单位: an agreement in the operator's voice names its own premises so ("在本单位服务器内留存").
const OPERATOR_RE = new RegExp(`${OPERATOR}|本单位|${OPERATOR_ORGAN}`);
// A public cloud is outside whatever the text deems it ("公有云环境视同公共数据平台管理").
// Abroad, the internet's storage and removable storage are outside too.
// 自有 names a place when it heads one (自有机房, 自有系统); before data or a product it says whose ("提供企业自有数据与公共数据
// 融合开发": nothing goes anywhere).
export const OUTSIDE = /本地|(?:平台|系统|空间|专区)(?:之)?外|以外|内网|邮箱|光盘|硬盘|U盘|移动介质|移动存储|境外|互联网|云存储|网盘|离线|(?:自有|自建|各自)(?!的?(?:(?!服务器|机房|系统|平台|环境|算力|集群|云|存储|设备|终端|网络)[\u4e00-\u9fff]){0,6}?(?:数据|资源|信息|产品|成果|算法|模型|技术|资金|知识产权|业务|职责|用途|优势)(?!库|中心|湖|仓))|外部|异地|客户(?:的)?(?:服务器|系统|环境)|公有云|公共云|商业云|商用云|(?:本机构|本单位|本公司|本企业)[^，。；]{0,6}?(?:系统|服务器|数据库|机房)/;
export const INSIDE = /(?:平台|空间|专区|沙箱|环境)(?:内|中|之内)|不出(?:平台|域)|在平台/;

// The first level is the operator granted itself ("一级运营机构"); any other level is another.
const OTHER_OPERATOR = new RegExp(`(?:${OTHER_LEVEL}|替代|(?<!一)级)运营|合作|第三方|他人|受让|承继|继受|承接|接替|接续`);
const GRANTOR_FIRST = new RegExp(`^${GRANTOR}`);
export function partyOf(name: string): Party | null {
  if (GRANTOR_FIRST.test(name) || /^数据主管部门/.test(name)) return 'grantor';
  if (GROUP.test(name)) return 'group';
  // An operator at another level or of one sector is another party: "区县级运营公司", "行业运营商".
  // A county's operator is another than the city's: "区县运营主体", "县域运营商".
  if (OTHER_OPERATOR.test(name)) return 'other';
  if (OPERATOR_RE.test(name) && !/其他|二级|下级/.test(name)) return 'operator';
  if (PUBLIC_BODY.test(name)) return 'public';
  if (OTHER.test(name)) return 'other';
  return null;
}
const PARTY_NAME = new RegExp(`(?:${GRANTOR}|${GROUP.source}|${OTHER.source}|${OPERATOR_RE.source}|${PUBLIC_BODY.source}|其)`, 'g');

/** "经甲方认定的": a party named only as who approved what follows. */
const APPROVED = /^[^，。；]{0,4}?(?:认定|批准|同意|确认|认可|审核|备案|指定)的/;
/**
 * "（经甲方审批）", "报甲方备案": the party whose consent or filing conditions the act receives nothing.
 */
// "共享企业登记原始记录", "对企业登记原始数据进行建模", "加工形成企业能耗指数": a name that starts a noun of data or of a
// product describes it, it receives nothing (what the party did or holds may stand between: "企业纳税原始记录"). Not a
// name right after 给/至, which receives ("提供给企业数据服务商").
const OF_THE_DATA = /^(?:(?!行使|使用|调用|提供|开展|运营|经营|开发|利用|获取|共享|交付|享有|承担|负责|参与|进行|办理)[\u4e00-\u9fff]){0,4}?(?:登记|原始|明细|数据|信息|记录|档案|名录|名单|指数|指标|画像|评分|图谱)/;
// The span may end inside the word ("……（经甲方审"): its first character is enough.
const CONSENTS = /^的?(?:书面)?(?:同意|审|批|核准|备案|许可|$)/;
/** A facility that holds data: the operator's is outside the platform whatever else it is called. */
// A storage it names is its own too ("交付至乙方指定的存储环境"), unless said to be inside the platform.
const FACILITY = /^[^，。；]{0,10}?(?:服务器|机房|数据中心|灾备中心|备份中心|算力中心|数据湖|存储设备|存储介质|存储(?:环境|空间|系统|设施|资源))/;
const SOURCE_OF = /^[\u4e00-\u9fff]{0,2}?(?:产生|提供|采集|归集|汇聚|汇交|持有|掌握|生产|登记)的/;

/**
 * Whom a 其 governed by 向/给/对/为 stands for: not the clause's own holder (that would be 自己) but the last other party
 * the sentence named before it ("为满足物流企业……需求，运营机构可以向其提供……" hands it to the companies).
 */
function antecedent(earlier: string, self: Party | null): Party | null {
  let found: Party | null = null;
  for (const n of earlier.matchAll(PARTY_NAME)) {
    const p = n[0] === '其' ? null : partyOf(n[0]);
    if (p && p !== self) found = p;
  }
  return found;
}

/** The party applied to approves the act, it receives nothing: "向甲方申请将原始数据导出平台". */
const APPLIED_TO = /^(?:提出|提交|报送)?(?:书面)?(?:申请|请求|报批|报请|请示)/;
const COMPARED = /^(?:同等|相同|一致|一样|等同)/;
/** Into the operation's own domain ("逐条推送至授权运营域"): inside, as 平台内 is (not 运营域外). */
// Or into the public platform the grant runs on ("将……原始数据推送至公共数据平台"), not a platform of the operator's own.
const INTO_DOMAIN = /^(?:至|到|进|入|进入)(?:(?!乙方|运营机构|运营方|运营单位|自有|自建|其)[^，。；外]){0,12}?((?:运营|安全|授权)域|数据专区|运营专区|数据沙箱|公共数据平台|授权运营平台|授权运营系统|公共数据资源平台)(?![^，。；]{0,2}?(?:外|以外|之外))/;
/** The recipient named after the act ("转让给X", "交由X行使", "至X") or before it ("向X提供"). */
const USERS_SERVED = /单位|院校|高校|学校|院所|研究院|医院|银行|保险|用户|客户|协会|学会|商户|个人|公众|群众/;
export function recipientOf(clause: string, at: number, verb: string, ctxHolder: Party | null, earlier = ''): ClauseParse['recipient'] {
  const after = clause.slice(at + verb.length);
  const domain = INTO_DOMAIN.exec(after);
  if (domain) return { party: 'inside', text: domain[1] };
  const before = clause.slice(0, at);
  // 其 acting in a name ("委托其以授权运营单位名义……开展数据加工和产品运营"): 其 receives; the name is whose it acts in.
  if (/^(?:给|予)?其以[^，。；]{1,16}?(?:的)?(?:名义|身份)/.test(after)) return { party: antecedent(earlier + before, ctxHolder) ?? (ctxHolder === 'operator' ? 'other' : ctxHolder) ?? 'other', text: '其' };
  // A purpose names no recipient: "保留原始数据副本用于存量客户服务" keeps it, the customers are served.
  // 其 as the pronoun, not the head of "其他运营机构".
  const to = /^(?:给|予|至|到|于|进)?(?:其(?![他它余]))?((?:(?!用于|以便|以供|便于|为了)[^，。；]){0,24})/.exec(after);
  // A list of parties may stand between: "对洞头、乐清、瑞安……等县域港航数据服务商进行二级授权".
  const toward = /(?:向|给|为|对)([^，。；向给为对]{1,36})$/.exec(before);
  // Whom the sentence serves, named in a clause of its own before the act ("面向高校、科研院所，按申请提供……原始……记录文件").
  const facing = /(?:^|[，,：:])\s*(?:面向|服务于|专供)([^，。；]{1,36})[，,]\s*$/.exec(earlier);
  for (const span of [to?.[1], toward?.[1], facing?.[1]]) {
    if (!span) continue;
    const place = OUTSIDE.exec(span) ? 'outside' : INSIDE.exec(span) ? 'inside' : null;
    // "乙方的关联公司", "运营机构下属子公司": the last name of the chain is who receives.
    // "推送数源单位产生的原始记录": the party that produced or holds the data describes it; it receives nothing.
    // "导出至经甲方认定的……外部节点": the party that approved the place only describes it.
    // "开通与乙方同等范围的……权限": a party compared with receives nothing.
    const names = [...span.matchAll(PARTY_NAME)].filter((n) => n[0] !== '其' && !(/[与同]$/.test(span.slice(0, n.index)) && COMPARED.test(span.slice(n.index! + n[0].length))) && !SOURCE_OF.test(span.slice(n.index! + n[0].length)) && !(/经$/.test(span.slice(0, n.index)) && APPROVED.test(span.slice(n.index! + n[0].length))) && !(/(?:经|报|征得|取得)$/.test(span.slice(0, n.index)) && CONSENTS.test(span.slice(n.index! + n[0].length))) && !(OF_THE_DATA.test(span.slice(n.index! + n[0].length)) && !(span === to?.[1] && n.index === 0 && /^(?:给|予|至|到|于|进)/.test(after))) && !APPLIED_TO.test(span.slice(n.index! + n[0].length)));
    let m = names[0];
    // "乙方指定的其他机构", "甲方认可的第三方": the party chosen is the head, the one who chose it only its modifier.
    for (let i = 1; m && i < names.length && /^(?:[\u4e00-\u9fff]{0,4}的|之|下属|所属|旗下|及其)$/.test(span.slice(m.index! + m[0].length, names[i].index)); i++) m = names[i];
    if (m) {
      const p = partyOf(m[0]);
      // The operator's own facility is outside the platform: "缓存于乙方互联网区服务器".
      const own = p === 'operator' && place !== 'inside' && FACILITY.test(span.slice(m.index! + m[0].length));
      if (p) return { party: (place === 'outside' || own) && p === 'operator' ? 'outside' : p, text: m[0] };
    }
    if (place) return { party: place, text: span };
    // Whom a product serves, however named ("高校、科研院所和工程勘察设计单位"), is a user outside the platform.
    if (span === facing?.[1] && USERS_SERVED.test(span)) return { party: 'other', text: span };
  }
  // "授予其……运营权" too; not 其 as the holder's own ("转让其持有的……").
  if (/(?:向|给|对|为)其$/.test(before) || /^(?:给|予)?其(?!持有|所|自有|自身|名下|的|本身|内部|自己)/.test(after))
    // None named before it: not the operator itself, whom it would be handing to ("授权运营机构可以根据签约康养基地的需要，每月
    // 向其推送……明细").
    return { party: antecedent(earlier + before, ctxHolder) ?? (ctxHolder === 'operator' ? 'other' : ctxHolder) ?? 'other', text: '其' };
  // 其 before what it owns ("提供其自有数据", "转让其持有的……") names whose the object is, not who receives it (the 其 that
  // receives was read just above).
  if (/其$/.test(before) || /^(?:给|予)其/.test(after)) return { party: ctxHolder ?? 'other', text: '其' };
  // "将平台内授权数据导出至测试环境": a destination is written and says neither; a place elsewhere in the clause
  // describes the object, not where it goes.
  if (/^(?:至|到|进|入)[^，。；]{2}/.test(after)) return null;
  const anywhere = OUTSIDE.exec(clause) ?? INSIDE.exec(clause);
  return anywhere ? { party: OUTSIDE.test(anywhere[0]) ? 'outside' : 'inside', text: anywhere[0] } : null;
}

/** A party right after a verb of choosing is that verb's object ("选择二级运营机构", "引入若干合作方"). */
export const CHOOSING_VERBS = '选择|确定|遴选|选定|指定|招募|引入|引进';
const CHOSEN = new RegExp(`(?:${CHOOSING_VERBS})(?:若干|一家|多家|一批|[一二三四五六七八九十两\\d]+家|相应的?)?$`);
const SIGNS = /^(?:分别|各自|共同|另行)?(?:签订|签署|订立|缔结)/;
/** The last party named before the act that is its subject (not after 向/给/对/由…的, which name recipients). */
export function holderOf(clause: string, at: number): ClauseParse['holder'] {
  const before = clause.slice(0, at);
  // The passive: "运营权由……的主体当然承继", "由联合体其他成员继续享有": the party after 由 acts.
  const by = /由([^，。；由]{1,30})$/.exec(before);
  if (by) {
    // "由合作伙伴以乙方名义承接": the party in whose name it acts is not who acts (the partner is).
    const inName = (n: RegExpExecArray) => /以$/.test(by[1].slice(0, n.index)) && /^的?名义/.test(by[1].slice(n.index + n[0].length));
    // "由牵头单位与实施机构签订授权运营协议": the party signed with is the counterparty, not who acts.
    const signedWith = (n: RegExpExecArray) => /[与同和]$/.test(by[1].slice(0, n.index)) && SIGNS.test(by[1].slice(n.index + n[0].length));
    const names = [...by[1].matchAll(PARTY_NAME)].filter((n) => n[0] !== '其' && !inName(n) && !signedWith(n));
    const last = names[names.length - 1];
    const p = last && partyOf(last[0]);
    if (p) return { party: p, text: by[1] };
  }
  let last: ClauseParse['holder'] = null;
  let skipped = -1;
  PARTY_NAME.lastIndex = 0;
  for (let m; (m = PARTY_NAME.exec(before)); ) {
    const pre = before.slice(Math.max(0, m.index - 4), m.index);
    // "以乙方名义": in whose name another acts, not who acts; "向企业客户", "向任何第三方": the whole name after 向 receives.
    if (m[0] === '其') continue;
    // "除乙方外": the party excepted is not who acts.
    if (/除了?$/.test(pre) && /^(?:以外|之外|外)/.test(before.slice(m.index + m[0].length))) continue;
    // "向数据开发利用单位": the name after 向 keeps its modifiers; the whole of it receives.
    const far = before.slice(Math.max(0, m.index - 9), m.index);
    // "以本协议授权运营机构的名义", "以本协议签约主体名义": in whose name, however far from 以.
    if (/^的?(?:名义|身份)/.test(before.slice(m.index + m[0].length)) && /以[^，。；以]{0,12}$/.test(before.slice(0, m.index))) continue;
    // "报甲方备案后可……": the party reported to does not act either.
    if (/(?:向|给|对|与|为|将|把|于|至|经|征得|取得|以|报)(?:任何|其他|其它)?$/.test(pre) || /(?:向|给|(?<![针相面绝])对(?!外))[\u4e00-\u9fff]{1,8}$/.test(far) || /(?:向|给|(?<![针相面绝])对(?!外))(?:[\u4e00-\u9fff]{1,6}、)+[\u4e00-\u9fff]{1,16}$/.test(before.slice(Math.max(0, m.index - 40), m.index)) || m.index === skipped) {
      skipped = m.index + m[0].length;
      continue;
    }
    // "与各省级邮政快递企业分别签订分运营协议", "同各县（市）数据公司分别签署……": the party signed with is the counterparty.
    // (The signing may be the act itself: "运营单位以自己的名义与数据使用方签订服务合同".)
    if (/[与同和][^，。；与同和]{0,12}$/.test(before.slice(Math.max(0, m.index - 13), m.index)) && SIGNS.test(clause.slice(m.index + m[0].length))) continue;
    // "凭乙方分配的密钥即可还原": the instrument another acts with (the act inside it, "乙方分配", is the name's own).
    // "在乙方授予的权限范围内调用", "使用运营机构分配的账号调用": a name inside the scope or the means of the act only
    // qualifies it; whoever is named before acts.
    // "行业运营商经总运营机构授权后取得……": the party whose approval is the condition does not act.
    if (/经[^，。；经]{0,3}$/.test(pre) && APPROVES.test(before.slice(m.index + m[0].length))) continue;
    // (据 as "according to", not the end of 数据: "数据使用方凭乙方分配的密钥解密".)
    if (/(?:凭|依|(?<![数证单票收])据|照|通过)$/.test(pre) && /的/.test(before.slice(m.index + m[0].length))) continue;
    if (/(?:在|使用|利用|借助|基于)$/.test(pre) && /^[\u4e00-\u9fff]{1,4}的/.test(before.slice(m.index + m[0].length))) continue;
    // "自行选择二级运营机构并授予其……": the party chosen is the choosing verb's object, not who acts.
    if (CHOSEN.test(before.slice(Math.max(0, m.index - 8), m.index))) continue;
    // "企业名单", "客户需求", "经营主体画像": the name modifies a noun.
    // So does one whose data the noun after it is ("市场主体登记明细数据包").
    if (/^(?:名单|信息|数据|名称|清单|账号|需求|申请|查询|画像|档案|信用|标签|评分|评级|姓名|身份|证件|联系)/.test(before.slice(m.index + m[0].length))) continue;
    if (/^(?:登记|原始|明细|纳税|缴费|缴存|参保)/.test(before.slice(m.index + m[0].length)) && partyOf(m[0]) === 'other') continue;
    // "依次履行发布公告、机构选择、机构公示、协议签订程序": a step of a procedure named by whom it is about, not a party.
    if (/^(?:选择|遴选|公示|评审|确定|比选|招标|备案|考核|评估|准入|退出)(?=[、，,；;]|程序|环节|结果|工作|流程|阶段|$)/.test(before.slice(m.index + m[0].length))) continue;
    // "甲方因机构改革发生职能调整的": a body's reorganisation named by it is an event, not that body acting.
    if (REORGANISED.test(before.slice(m.index + m[0].length)) || (m[0] === '机构' && /^(?:调整|变动|变革|整合)/.test(before.slice(m.index + 2)))) continue;
    last = { party: partyOf(m[0]), text: m[0] };
  }
  return last;
}

const REORGANISED = /^(?:改革|改制|撤并|撤销|编制|设置|职能)/;
const APPROVES = /^[^，。；]{0,4}?(?:授权|同意|批准|许可|认可|审核|审批|确认)/;
/** Done by a party on its own: "独立运营", "自主对外开展运营". */
export const ON_ITS_OWN = '(?:独立|自主|自行|单独)';
// "以第三方自己的名义": whoever is named before 自己 acts in its own name.
// The operator named as the agreement's is the operator too: "以本协议授权运营机构的名义".
// Another party named by what it is ("以受托方名义挂牌", "以合作方的名义签约"): in the name of that party, not the operator's.
export const IN_NAME = new RegExp(`以(?:[^，。；]{0,8}?(?:自身|自己|本身)|其自身|本公司|独立|(?:本(?:协议|合同)(?:项下|约定)?的?)?(?:${OPERATOR_RE.source})|(?:该|此)?${OTHER_LEGAL_PERSON})的?(?:名义|身份)`);
/**
 * A subject named by a term the document defines to take in other legal persons ("“乙方运营体系”指乙方及乙方书面指定……
 * 的项目公司、合作开发单位"): those others act too.
 */
// A company of the operator's group by how it is held: "“关联运营主体”，指乙方直接或者间接持股百分之五十以上的企业".
const WIDE = new RegExp(`${OTHER_LEGAL_PERSON.replace(/^\(\?:/, '(?:合作开发单位|开发单位|')}|${GROUP.source}`);
const JOINED = /及|和|与|、|以及/;
export function widenedHolder(before: string, g?: Glossary): ClauseParse['holder'] {
  // A short name for one company names that company, whatever its name holds ("云上贵州大数据（集团）有限公司（以下简称运营主体）");
  // only one joining others widens ("……及其关联公司（以下合称“乙方”）").
  const d = g?.used(before).find((x) => before.includes(x.term) && WIDE.test(x.meaning) && !/不包括|不含|不包含|除/.test(x.meaning) && (x.how !== 'short' || JOINED.test(x.meaning)));
  return d ? { party: 'other', text: d.term } : null;
}

/** Another party than the operator and the grantor: a grant or data it gets has left the operator. */
export const isOutsideParty = (p: Party | Place | null | undefined) => p === 'group' || p === 'other' || p === 'public' || p === 'outside';
