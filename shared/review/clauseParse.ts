import { clauses } from './text';
import { isNegated, negatedBefore } from './clauses';
import type { Glossary } from './definitions';
import { namedAsRisk } from './redlines/background';
import { GRANTOR, OPERATOR_ORGAN, OTHER_LEGAL_PERSON, OWN_APPROVAL, PUBLIC_HOLDER, SILENCE_CONSENT } from './redlines/actors';
import { describesRaw, objectOf, restorableIn, type ObjectClass } from './clauseObjects';
import { controlChange } from './clauseControl';

/**
 * One parse per clause of a sentence: who acts, whether they may, must or must not, under which condition, doing what
 * to what, for whom. Red lines are decided on these five slots, not on the sentence's words, so a reader asks "does
 * another party end up holding the grant?" or "does raw data leave?" whatever order the drafter wrote it in:
 *   乙方(holder) 经甲方书面同意(condition) 可(modality) 将运营权(object) 转让(act) 给其控股子公司(recipient)
 *   运营权(object) 由 承继其业务的主体(holder) 当然承继(act)                 — the passive: the holder acquires
 *   乙方不得转授权，但经甲方报请授权主体批准的除外                             — must-not, lifted only by the law's approval
 * The slots hold classes; each also keeps the words it was read from, for evidence.
 */
export type Party = 'grantor' | 'operator' | 'group' | 'other' | 'public';
export type Modality = 'may' | 'must' | 'must-not' | 'none';
/**
 * What qualifies the modality: a party's consent (同意, 许可, 协商一致, 另有约定), an approval the law requires (批准, 审批,
 * 审议), a mere filing or notice (备案, 告知, 纳入报告), consent deemed by silence, the operator's own approval, a deference
 * to the law (法律法规另有规定), or a reference to what another article or annex says ("第六条约定的情形除外"). A
 * sanction ("未经甲方同意转让的，转让无效", "擅自……的，承担……") names the consent only to punish the act done without it.
 */
export type ConditionKind = 'consent' | 'approval' | 'notice' | 'silence' | 'own' | 'law' | 'reference' | 'carve-out' | 'sanction';
export type ActClass = 'transfer' | 'regrant' | 'entrust' | 'capital' | 'succeed' | 'release' | 'copy' | 'restore' | 'process' | 'use';
export { describesRaw, type ObjectClass };
/** Where something goes when no party receives it: out of the platform (本地, 邮箱, 光盘) or within it. */
export type Place = 'outside' | 'inside';

export interface Condition {
  kind: ConditionKind;
  text: string;
  /** For a reference: the text it points to, when the document holds it. */
  resolved?: string | null;
}

export interface ClauseParse {
  text: string;
  start: number;
  /**
   * Who acts; `ownName` when it acts in its own name ("由该公司……以自己的名义开通账号") or in the operator's ("开发利用机构
   * ……以乙方名义直接调用平台数据"): either way it, not the operator, runs what it uses.
   */
  holder: { party: Party | null; text: string; ownName?: boolean } | null;
  modality: Modality;
  condition?: Condition;
  act: { kind: ActClass; verb: string; at: number } | null;
  object: { kind: ObjectClass; text: string } | null;
  recipient: { party: Party | Place; text: string } | null;
  /** The sentence defines a term ("“转授权”指……"): it lets nothing happen. */
  defines: boolean;
  /** The act's function is shut ("关闭原始数据导出功能"): a must-not by what is done to it, not by a negator. */
  shut?: boolean;
  /** The act denied ("不因授权而转移"): a must-not that no condition lifts. */
  denied?: boolean;
}

export interface ParseContext {
  glossary?: Glossary;
  /** The text an article or annex reference points to (checks.ts `referenced`). */
  resolve?: (ref: string) => string | null;
}

// ---- acts ----

const ACTS: [ActClass, string][] = [
  // A grant made as a noun ("对县级运营主体开展授权") or handed down ("将本市授权下放至各县") is a grant too.
  // "可以授权生态合作企业在指定领域开展……授权运营": 授权 with a party as its object, who then runs the operation (not
  // "授权运营机构", the operator's name, nor a party licensed only to use or call data).
  ['regrant', '转授权|再授权|二次授权|转授予|转授|分授权|分授|再许可|子许可|分许可|授权给|授予|许可|颁发|发放|(?<=开展|进行|实施|作出)授权(?!运营|范围|期限|数据|事项|协议)|下放|' +
    '授权(?!运营|数据|范围|期限|事项|协议|书|方式|模式|使用|调用|的|后|前)(?=[\u4e00-\u9fff]{0,8}?(?:企业|公司|单位|伙伴|合作方|第三方|他人|机构|主体|运营商)[^，。；]{0,16}?(?:开展|从事|负责|承担|行使)[^，。；]{0,10}?(?:运营|经营))'],
  // "将……运营权利……分配给其下属单位行使": allotted to a party is moved to it.
  ['transfer', '转让|转移|让渡|出让|让与|出租|出借|转交|转包|分包|分配给|分配至|划转给|划拨给'],
  ['capital', '作价出资|出资|入股|质押|抵押'],
  // Outsourcing the business is handing it on ("将授权运营业务整体外包给第三方").
  ['entrust', '委托|交由|转由|交给|移交|外包|委外'],
  // Exercising the grant is holding it ("乙方关联方可以……直接行使本协议项下的授权运营权利").
  ['succeed', '当然承继|承继|继受|接替|继续享有|当然享有|继续履行|代为履行|享有|取得|获得|承接|获取|调取|抽取|拉取|行使'],
  ['restore', '还原|恢复|解密|反推'],
  // "同步获得数据调用权限", "同步开展产品预研": 同步 before another verb is an adverb (at the same time), not a copy.
  ['copy', '部署|镜像|同步(?!获得|取得|享有|开展|进行|启动|推进|实施|开通|上线|建设)|备份|抄送'],
  // Working on the data where it is: it says where the data is ("在本单位内网环境中开展清洗、加工").
  // Keeping it somewhere says where it is too ("在其异地灾备中心保存……副本", "保留其在平台外缓存的公共数据"; data that stays "保留在各自节点" is not moved).
  // Kept after the agreement ends is kept too ("在其自有系统中保留授权原始数据副本"; not "保留……的权利").
  ['process', '清洗|加工(?![权费方])|处理(?![权费方])|存储|存放|保存|留存|缓存|保留(?![^，。；]{0,10}?(?:权利|权力|意见|追究|余地|必要|资格|名称|标识|功能|能力|接口|机制))'],
  // Using the data or dealing with customers: who does it in its own name holds what it uses.
  ['use', '调用(?![方权])|使用(?![权方者费协范情单])|开通账号|签订服务合同|对外签约|开展(?:授权)?运营(?!维护|保障)'],
  ['release', '导出|下载|拷贝|复制|交付|出域|传输|传送|发送|推送|开放|供给|转售|出售|销售|售卖|共享|分享|提供|披露|带离|外发|输出|返回|回传|报送|离开|流出|带出'],
];
const ACT_RE = new RegExp(ACTS.map(([, v]) => v).join('|'), 'g');
// The verb alone, without what must stand before it.
const actClass = (verb: string): ActClass => ACTS.find(([, v]) => new RegExp(`^(?:${v.replace(/\(\?<=[^)]*\)/g, '')})$`).test(verb))![0];

// ---- parties and places ----

// "下属单位" of the operator is its group, as in actors.ts.
const GROUP = /子公司|分公司|下属(?:公司|企业|单位|机构)|关联(?:公司|企业|方)|控股股东|母公司|集团(?:公司|内部|成员)?|成员单位|项目公司|持股[^，。；]{0,12}?的(?:企业|公司)|受同一主体控制|联合体(?:其他)?(?:各方|成员)/;
const PUBLIC_BODY = /人民政府|政府|(?:主管|行政|职能)部门|机关|事业单位|^[市区县省州][\u4e00-\u9fff]{0,8}?(?:局|委员会|委|办公室|中心)$/;
/** Operators other than the one granted: of another level, area or sector ("二级运营机构", "区县运营主体", "行业运营商"). */
const OTHER_LEVEL = '二级|其他|下级|区域|行业|专业|领域|区县|县区|县域|属地|地方|基层';
// Who takes the operator's place is named by that: "承接单位", "接替方".
const OTHER = new RegExp(`${OTHER_LEGAL_PERSON}|${PUBLIC_HOLDER}|(?:${OTHER_LEVEL}|[省市区县]级)运营(?:机构|商|主体|公司|单位)|合作[\u4e00-\u9fff]{0,4}?(?:单位|运营(?:商|机构|主体|公司)|企业|公司|机构)|(?:承接|接替|接续)(?:单位|方|主体|机构|企业)|他人|企业|公司|机构|主体(?![地资])`);
const OPERATOR_RE = new RegExp(`(?:授权运营机构|授权运营单位|运营机构|运营单位|运营主体|运营方|运营商|运营公司|乙方|本单位|牵头人|一级运营机构)|${OPERATOR_ORGAN}`);
// A public cloud is outside whatever the text deems it ("公有云环境视同公共数据平台管理").
const OUTSIDE = /本地|(?:平台|系统|空间|专区)(?:之)?外|以外|内网|邮箱|光盘|硬盘|U盘|移动介质|离线|自有|自建|各自|外部|异地|客户(?:的)?(?:服务器|系统|环境)|公有云|公共云|商业云|(?:本机构|本单位|本公司|本企业)[^，。；]{0,6}?(?:系统|服务器|数据库|机房)/;
const INSIDE = /(?:平台|空间|专区|沙箱|环境)(?:内|中|之内)|不出(?:平台|域)|在平台/;

const OTHER_OPERATOR = new RegExp(`(?:${OTHER_LEVEL}|替代|级)运营|合作|第三方|他人|受让|承继|继受|承接|接替|接续`);
export function partyOf(name: string): Party | null {
  if (new RegExp(`^${GRANTOR}`).test(name) || /^数据主管部门/.test(name)) return 'grantor';
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

/** The recipient named after the act ("转让给X", "交由X行使", "至X") or before it ("向X提供"). */
function recipientOf(clause: string, at: number, verb: string, ctxHolder: Party | null): ClauseParse['recipient'] {
  const after = clause.slice(at + verb.length);
  const before = clause.slice(0, at);
  // A purpose names no recipient: "保留原始数据副本用于存量客户服务" keeps it, the customers are served.
  const to = /^(?:给|予|至|到|于|进)?(?:其)?((?:(?!用于|以便|以供|便于|为了)[^，。；]){0,24})/.exec(after);
  const toward = /(?:向|给|为|对)([^，。；向给为对]{1,24})$/.exec(before);
  for (const span of [to?.[1], toward?.[1]]) {
    if (!span) continue;
    const place = OUTSIDE.exec(span) ? 'outside' : INSIDE.exec(span) ? 'inside' : null;
    // "乙方的关联公司", "运营机构下属子公司": the last name of the chain is who receives.
    const names = [...span.matchAll(PARTY_NAME)].filter((n) => n[0] !== '其');
    let m = names[0];
    // "乙方指定的其他机构", "甲方认可的第三方": the party chosen is the head, the one who chose it only its modifier.
    for (let i = 1; m && i < names.length && /^(?:[\u4e00-\u9fff]{0,4}的|之|下属|所属|旗下|及其)$/.test(span.slice(m.index! + m[0].length, names[i].index)); i++) m = names[i];
    if (m) {
      const p = partyOf(m[0]);
      if (p) return { party: place === 'outside' && p === 'operator' ? 'outside' : p, text: m[0] };
    }
    if (place) return { party: place, text: span };
  }
  if (/其$/.test(before) || /^(?:给|予)?其/.test(after)) return { party: ctxHolder ?? 'other', text: '其' };
  // "将平台内授权数据导出至测试环境": a destination is written and says neither; a place elsewhere in the clause
  // describes the object, not where it goes.
  if (/^(?:至|到|进|入)[^，。；]{2}/.test(after)) return null;
  const anywhere = OUTSIDE.exec(clause) ?? INSIDE.exec(clause);
  return anywhere ? { party: OUTSIDE.test(anywhere[0]) ? 'outside' : 'inside', text: anywhere[0] } : null;
}

/** The last party named before the act that is its subject (not after 向/给/对/由…的, which name recipients). */
function holderOf(clause: string, at: number): ClauseParse['holder'] {
  const before = clause.slice(0, at);
  // The passive: "运营权由……的主体当然承继", "由联合体其他成员继续享有": the party after 由 acts.
  const by = /由([^，。；由]{1,30})$/.exec(before);
  if (by) {
    // "由合作伙伴以乙方名义承接": the party in whose name it acts is not who acts (the partner is).
    const inName = (n: RegExpExecArray) => /以$/.test(by[1].slice(0, n.index)) && /^的?名义/.test(by[1].slice(n.index + n[0].length));
    const names = [...by[1].matchAll(PARTY_NAME)].filter((n) => n[0] !== '其' && !inName(n));
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
    if (/(?:向|给|对|与|为|将|把|于|至|经|征得|取得|以)(?:任何|其他|其它)?$/.test(pre) || m.index === skipped) {
      skipped = m.index + m[0].length;
      continue;
    }
    // "凭乙方分配的密钥即可还原": the instrument another acts with (the act inside it, "乙方分配", is the name's own).
    if (/(?:凭|依|据|照|通过)$/.test(pre) && /的/.test(before.slice(m.index + m[0].length))) continue;
    // "企业名单", "客户需求": the name modifies a noun.
    if (/^(?:名单|信息|数据|名称|清单|账号|需求|申请|查询)/.test(before.slice(m.index + m[0].length))) continue;
    last = { party: partyOf(m[0]), text: m[0] };
  }
  return last;
}

// ---- modality and conditions ----

// 有权 ending a noun ("持有权", "所有权", "享有权") names a right held, not a may ("持有权不因授权而转移").
const HAS_RIGHT = '(?<![持所享])有权(?!益|属)';
const MAY = new RegExp(`可以|可|允许|${HAS_RIGHT}|准予|得以|能够|得(?=[依将向在以])|同意[^，。；]{0,8}?享有`);
const MUST = /应当|(?<![相对响适供反效理])应(?![用急对收])|必须|须|负责|承诺/;
const LAW = /法律|法规|规章|国家(?:另有)?规定|另有规定/;
const REFERENCE = /((?:附件|第)\s*[一二三四五六七八九十百\d]+\s*(?:条)?)[^，。；]{0,8}?(?:所列|列明|约定|规定|载明|所述|所载|列举)的?(?:情形|情况|事项|范围|例外)?(?:除外|外)/;
const NOT_APPLY = /((?:本协议)?(?:第\s*[一二三四五六七八九十百\d]+\s*条)?[^，。；]{0,12}?(?:禁止|不得)[^，。；]{0,8}?的?(?:约定|规定|限制))[，,]?\s*不适用于/;
const APPROVAL = /批准|审批|核准|审议|报请/;
const CONSENT = /同意|许可|认可|协商一致|另有约定|确认/;
const NOTICE = /备案|报备|告知|通知|知悉|报送|公告|公示|纳入[^，。；]{0,8}?报告|报告/;

const CONDITION = /(?:除非?|未经|非经|没有|经过?|取得|征得|须经|需经|报请?|但)[^，。；]{0,24}?(?:同意|许可|认可|协商一致|另有约定|确认|批准|审批|核准|审议)/g;

/** The condition written in a sentence, by what it asks for (the strongest control named wins only if it binds). */
export function conditionOf(sentence: string, ctx: ParseContext = {}): Condition | undefined {
  const ref = REFERENCE.exec(sentence);
  if (ref) return { kind: 'reference', text: ref[0], resolved: ctx.resolve?.(ref[1].replace(/\s+/g, '')) ?? null };
  const na = NOT_APPLY.exec(sentence);
  if (na) return { kind: 'carve-out', text: na[0] };
  if (SILENCE_CONSENT.test(sentence)) return { kind: 'silence', text: SILENCE_CONSENT.exec(sentence)![0] };
  const own = OWN_APPROVAL.exec(sentence);
  if (own && !/甲方|政府|主管部门|实施机构/.test(sentence.slice(0, own.index + own[0].length))) return { kind: 'own', text: own[0] };
  // "未经甲方认可的第三方工具": a condition that only describes a noun is none.
  // "经第三方检测机构确认不能通过可逆算法还原": what is confirmed is an impossibility, not a consent to lift one.
  const cond = [...sentence.matchAll(CONDITION)].find((m) => !/^(?:的[\u4e00-\u9fff]|其?(?:不能|无法|不可|不会|不得|没有|未))/.test(sentence.slice(m.index + m[0].length))) ?? null;
  if (cond && /^(?:未经|非经|没有)/.test(cond[0]) && (/擅自/.test(sentence) || /的[，,]/.test(sentence.slice(cond.index)))) return { kind: 'sanction', text: cond[0] };
  if (cond && LAW.test(cond[0]) && !/甲方|双方/.test(cond[0])) return { kind: 'law', text: cond[0] };
  if (cond && APPROVAL.test(cond[0])) return { kind: 'approval', text: cond[0] };
  if (cond && CONSENT.test(cond[0])) return { kind: 'consent', text: cond[0] };
  if (/另有约定/.test(sentence)) return { kind: 'consent', text: '另有约定' };
  if (LAW.test(sentence) && /另有规定|除外/.test(sentence)) return { kind: 'law', text: LAW.exec(sentence)![0] };
  const notice = NOTICE.exec(sentence);
  if (notice) return { kind: 'notice', text: notice[0] };
  return undefined;
}

/** "“转授权”指……", "本协议所称X，是指……": a definition. */
const DEFINES = /^\s*(?:第[一二三四五六七八九十百\d]+条\s*)?(?:[（(]?[一二三四五六七八九十\d]+[）)、.．]\s*)?(?:定义)?(?:本(?:协议|方案|办法|合同)(?:中|所称|所指|所述)的?)?[“"「『][^”"」』]{2,12}[”"」』]\s*[，,]?\s*(?:是指|系指|指的是|指)/;

/** An act inside a modifier ("承继其业务的主体", "取得的授权数据") describes a noun; the clause's own act is another. */
const RELATIVE = /^[^，。；]{0,4}?的/;
/** A right to act is a may: "享有……导出、复制和对外提供权利", "具有下载权限". */
const RIGHT_TO = new RegExp(`^(?:享有|具有|拥有|获得)[^，。；]{0,10}?(?:${ACTS.map(([, v]) => v).join('|')})[^，。；]{0,12}?(?:权利|权限|功能)`);
/** Media that leave the platform whoever receives them. */
const MEDIUM = /光盘|硬盘|U盘|移动介质|移动存储|邮箱|邮件|离线/;

/** The act named as a noun: "出域安全审核", "“出域”前", "导出申请" (a step or a time, not the act done). */
// Also an act word naming a party or a contract ("承接单位", "签订承接协议", "出让收益").
// "在委托范围内享有": the act's scope is no act.
const NOMINAL = /^[”"」』]?(?:安全)?(?:审核|审查|评估|前|申请|环节|流程|规则|标准|管理|记录|进行|代理|人员|渠道|收入|收益|价款|合同|协议|团队|单位|主体|范围|方(?![式面法案向]))/;
// "不可逆向还原" forbids; "不可逆加密" describes (clauses.ts NEGATORS).
const MODAL = new RegExp(`不得|禁止|严禁|不能|不可(?!逆(?!向|推))|无权|不允许|可以|可(?![逆用信控靠视])|应当|(?<![相对响适供反效理])应(?![用急对收])|必须|须|${HAS_RIGHT}|允许|准予|得以`);
const COPULA = /^(?:是|为|包括|包含|含有|含)/;
const LISTED_RISK = /^[^，。；]{0,16}?等(?:风险|问题|隐患|现象|行为)/;
/**
 * An act word naming one kind of business in a list of the records it yields ("行政裁决、侵权纠纷调解、质押登记等本地业务
 * 数据"): the data's kind, no act.
 */
const LISTED_KIND = /^[\u4e00-\u9fff]{0,8}?(?:、[\u4e00-\u9fff]{1,12})*等[\u4e00-\u9fff]{0,6}?(?:数据|记录|信息|档案|资料)/;
/**
 * An act in a modifier of a way of working ("形成可复制推广的商务领域公共数据授权运营模式", "可复制的经验做法"): what is
 * copied is the model, whatever data its name holds.
 */
const OF_A_MODEL = /^[^，。；]{0,4}?的[^，。；]*?(?:模式|经验|做法|机制|路径|模板|范式|样板|案例|标杆)$/;
const inKindList = (text: string, at: number, verb: string) => {
  const after = text.slice(at + verb.length);
  return LISTED_KIND.test(after) && (/、$/.test(text.slice(0, at)) || /^[^，。；等]*、/.test(after));
};

// "以第三方自己的名义": whoever is named before 自己 acts in its own name.
const IN_NAME = new RegExp(`以(?:[^，。；]{0,8}?(?:自身|自己|本身)|其自身|本公司|独立|${OPERATOR_RE.source})的?名义`);
/**
 * A subject named by a term the document defines to take in other legal persons ("“乙方运营体系”指乙方及乙方书面指定……
 * 的项目公司、合作开发单位"): those others act too.
 */
const WIDE = new RegExp(OTHER_LEGAL_PERSON.replace(/^\(\?:/, '(?:合作开发单位|开发单位|'));
function widenedHolder(before: string, g?: Glossary): ClauseParse['holder'] {
  const d = g?.used(before).find((x) => before.includes(x.term) && WIDE.test(x.meaning) && !/不包括|不含|不包含|除/.test(x.meaning));
  return d ? { party: 'other', text: d.term } : null;
}
// Serving customers in its own name is running the grant too ("以第三方自己的名义对外提供授权运营服务"; a reseller of
// products is not).
const RUNS_IN_NAME = /以[^，。；]{0,8}?名义[^，。；]{0,4}?(?:开展(?:授权)?运营|对外签约|对外经营|经营|对外提供[^，。；]{0,8}?服务|对外收费)/;
const DISABLED = /(?:关闭|禁用|停用|取消|屏蔽|撤销|收回|关停|不开放|不开通|不提供)[^，。；]{0,12}$/;
const UNHINDERED = /不(?:影响|妨碍|妨|阻碍)[^，。；]{0,4}$/;
/**
 * A denial: the act does not happen by the cause named ("持有权不因授权而转移", "受托方不因此取得……使用权"). It states a
 * fact of law, not a prohibition a consent could lift: a must-not no condition lifts (`denied`).
 */
const DENIAL = /(?:不因|并不因|不会因|不得因)(?:此|而|[^，。；]{1,20}?(?:而|就|即|便))?[^，。；]{0,4}$/;

/** The clause's act: the first that is not a modifier nor the right to another act. */
function mainAct(text: string): { m: RegExpExecArray; modal?: string } | null {
  const all: RegExpExecArray[] = [];
  ACT_RE.lastIndex = 0;
  for (let m; (m = ACT_RE.exec(text)); ) all.push(m);
  // An act named as a risk or a problem ("层层转包、违规转授权等问题") is no act the clause lets happen.
  if (all.length && LISTED_RISK.test(text.slice(all[0].index))) return null;
  // The predicate follows the modal ("原始数据（含备份）不得以任何形式交付第三方"); an aside in brackets holds none.
  const modal = MODAL.exec(text);
  const inBrackets = (i: number) => /[（(][^）)]*$|《[^》]*$/.test(text.slice(0, i));
  const after = (m: RegExpExecArray) => text.slice(m.index + m[0].length);
  // "未经加工的授权数据": a processing named to describe the data is no act.
  const describing = (m: RegExpExecArray) => /(?:未经|经过?)(?:任何)?$/.test(text.slice(0, m.index)) && RELATIVE.test(after(m));
  const candidates = all.filter((m) => (!modal || m.index >= modal.index) && !describing(m) && !NOMINAL.test(after(m)) && !inBrackets(m.index) && !RIGHT_TO.test(text.slice(m.index)) && !namedAsRisk(after(m).slice(0, 12)) && !inKindList(text, m.index, m[0]) && !OF_A_MODEL.test(after(m)));
  // With a modal and no act after it, the acts before it name the subject ("出域产品不得包含……", "交付的产品应当……").
  // An act named as the manner ("以独占许可方式将运营权许可……") yields to the act it qualifies, when there is one
  // ("以作价入股方式投入" has none: the manner is the act).
  const own = candidates.filter((m) => !NOMINAL.test(after(m)) && !RELATIVE.test(after(m)) && !/^(?:方式|形式)/.test(after(m)));
  const m = own[0] ?? candidates[0];
  if (m) return { m };
  // "交付的数据产品可以为未经加工的授权数据原样": the modal says what the delivered thing may be; it governs that act.
  const described = modal && COPULA.test(text.slice(modal.index + modal[0].length)) && all.find((x) => x.index < modal.index && RELATIVE.test(after(x)));
  return described ? { m: described, modal: modal[0] } : null;
}

/** Every clause of `sentence` that holds an act, parsed. Clauses share the sentence's subject and modal when they omit them. */
export function parseSentence(sentence: string, ctx: ParseContext = {}): ClauseParse[] {
  const out: ClauseParse[] = [];
  const defines = DEFINES.test(sentence);
  const condition = conditionOf(sentence, ctx);
  // A sentence that says its data can be reversed says it of what it hands over ("……的脱敏数据集，采用……可逆加密").
  const restorable = restorableIn(sentence);
  const raw = describesRaw(sentence);
  let holder: ClauseParse['holder'] = null;
  let modality: Modality = 'none';
  let named: ClauseParse['object'] = null;
  let forbidden = false;
  let pending: ClauseParse['object'] = null;
  let frontForbidden = false;
  for (const c of clauses(sentence)) {
    const own = holderOf(c.text, c.text.length);
    const main = mainAct(c.text);
    const m = main?.m ?? null;
    const before = m ? c.text.slice(0, m.index) : c.text;
    const right = /(?:享有|具有|拥有|获得)[^，。；]{0,10}$/.test(before) && /^[^，。；]{0,16}?(?:权利|权限|功能)/.test(c.text.slice(m?.index ?? 0));
    // A clause's own modal, else the one of the clause it continues ("可委托……，并按约定……分配").
    const negated = !!m && !UNHINDERED.test(c.text.slice(0, m.index)) && (isNegated(c.text, m.index) || negatedBefore(sentence, c.start));
    // "关闭原始数据导出功能": the act's function shut is a must-not; "……的，不影响导出": nothing stops it, a may.
    const disabled = !!m && DISABLED.test(before) && /^[^，。；]{0,2}(?:功能|权限|接口|通道|端口)/.test(c.text.slice(m.index + m[0].length));
    const unhindered = !!m && UNHINDERED.test(before);
    const denied = !!m && DENIAL.test(before);
    // "不得将授权转让，或者以委托等方式交由第三方行使": a clause joined by 或者 goes on with the prohibition before it.
    // "乙方不得将授权数据作为数据包，向企业客户销售": the prohibition before the fronted object governs the verb after it.
    const alsoForbidden: boolean = ((forbidden && /^\s*(?:或者|或|以及|亦|也)/.test(c.text)) || (!!pending && frontForbidden)) && !MODAL.test(before);
    const mod: Modality = disabled || alsoForbidden || denied ? 'must-not' : unhindered ? 'may' : main?.modal ? (/不|禁|无权/.test(main.modal) ? 'must-not' : MAY.test(main.modal) ? 'may' : 'must') : negated ? 'must-not' : MAY.test(before) || right ? 'may' : MUST.test(before) ? 'must' : modality;
    if (m) {
      const verb = m[0];
      const found: ClauseParse['holder'] = widenedHolder(before, ctx.glossary) ?? holderOf(c.text, m.index) ?? holder;
      const ownName: boolean = IN_NAME.test(c.text.slice(0, m.index)) || !!(holder as ClauseParse["holder"])?.ownName;
      const h: ClauseParse['holder'] = found && { ...found, ownName: ownName || undefined };
      // The object ends where another predicate starts ("开通账号、调用授权数据并与客户签订服务合同").
      // "使用授权数据开发产品": what is developed is the purpose, not what is used (the 供 of 提供 is no purpose).
      const after = c.text.slice(m.index + verb.length).split(/并|以便|用于|(?<!提)供(?=[^应])|、(?=(?:调用|使用|提供|签订|开展))|(?<=[^，。；]{2})(?:开发|研发|制作)(?=[^，。；]{0,6}?(?:产品|服务|应用))/)[0];
      // "将X传输至……进行分析": the object put before the verb by 将/把 is what is acted on, not the purpose after it.
      const fronted = /(?:将|把)([^，。；将把]{1,30})$/.exec(before);
      let obj = (fronted && objectOf(fronted[1], ctx.glossary)) || pending || objectOf(after, ctx.glossary) || objectOf(before, ctx.glossary);
      pending = null;
      const kind = actClass(verb);
      // Taking over or performing the agreement itself is taking the grant ("承接单位……即继续履行本协议").
      if (kind === 'succeed' && !obj && AGREEMENT.test(after)) obj = { kind: 'grant', text: AGREEMENT.exec(after)![0] };
      // A copy ("抄送一份") or a processing of what the clause before named is of that ("获取授权数据后，可在……加工").
      // A move with its object left out moves what the clause before named ("将其……获得的授权，以作价入股方式投入……").
      // A scenario entrusted to a party that runs it in its own name is the grant handed on ("委托其全资子公司以该子公司
      // 的名义开展运营和对外签约").
      // The service it provides is what it runs, not what is entrusted.
      if (kind === 'entrust' && (!obj || obj.kind === 'derived') && RUNS_IN_NAME.test(after)) obj = { kind: 'grant', text: RUNS_IN_NAME.exec(after)![0] };
      // "授予其独立调用授权数据资源并对外经营的权利": a right to run the data is the grant, however long its description.
      const right = kind === 'regrant' ? RIGHT_TO_RUN.exec(c.text.slice(m.index + verb.length)) : null;
      if (right) obj = { kind: 'grant', text: right[0] };
      const moves = kind === 'copy' || kind === 'transfer' || kind === 'capital' || kind === 'entrust' || kind === 'succeed' || kind === 'regrant';
      if ((moves && !obj) || (kind === 'process' && (named?.kind === 'data' || named?.kind === 'raw'))) obj = named;
      if (restorable && (!obj || obj.kind === 'data' || obj.kind === 'derived')) obj = { kind: 'restorable', text: restorable };
      else if (raw && (!obj || obj.kind === 'data' || obj.kind === 'derived')) obj = { kind: 'raw', text: sentence };
      named = obj ?? named;
      let rec = recipientOf(c.text, m.index, verb, h?.party ?? null);
      const medium = MEDIUM.exec(c.text);
      if (medium && rec?.party !== 'grantor') rec = { party: 'outside', text: medium[0] };
      // Kept "在各自节点" the data stays with those who hold it; only moved "至各自的研发环境" does it leave.
      if (kind === 'process' && rec?.party === 'outside' && /各自/.test(rec.text) && !/(?:至|到|进|入)[^，。；]{0,4}?各自/.test(c.text)) rec = { party: 'inside', text: rec.text };
      out.push({ text: c.text, start: c.start, holder: h, modality: mod, condition, act: { kind, verb, at: m.index }, object: obj, recipient: rec, defines, ...(disabled ? { shut: true } : {}), ...(denied ? { denied: true } : {}) });
      holder = h ?? holder;
    } else {
      if (own) holder = own;
      // A topic put first ("本协议项下乙方的权利，乙方可以指定……享有和行使"): what the next clauses act on.
      // "将X作为Y，向……出售": X, put before the verb of the next clause, is what it acts on, whatever it is called.
      // "对于原始数据，乙方……可以……携带出平台": the topic put first is what the act after it moves.
      const front = FRONT_ONLY.exec(c.text) ?? TOPIC.exec(c.text);
      if (front) {
        pending = objectOf(front[1], ctx.glossary);
        frontForbidden = !!pending && FORBIDDING.test(c.text.slice(0, front.index));
      }
      named = pending ?? objectOf(c.text, ctx.glossary) ?? named;
      // "……提供授权数据全量副本，供乙方在本地环境开展分析": the purpose says where what was handed over goes.
      const last = out[out.length - 1];
      if (last && PURPOSE_OUTSIDE.test(c.text) && (last.act?.kind === 'release' || last.act?.kind === 'copy') && last.recipient?.party !== 'inside' && !isOutsideParty(last.recipient?.party))
        last.recipient = { party: 'outside', text: PURPOSE_OUTSIDE.exec(c.text)![0] };
    }
    if (mod !== 'none' && mod !== 'must-not') modality = mod;
    if (m) forbidden = mod === 'must-not';
  }
  const control = controlChange(sentence);
  if (control) out.push({ ...control, holder: { party: 'other', text: '新的控制人' }, modality: 'none', condition, object: { kind: 'grant', text: '本协议' }, recipient: null, defines });
  return out;
}

const TOPIC = /^\s*(?:对于|关于|至于|针对)([^，。；]{1,20})$/;
const FORBIDDING = /不得|禁止|严禁|不能|不可|无权|不允许|不应/;
const RIGHT_TO_RUN = /^[^，。；]{0,6}?(?:调用|使用|经营|运营|开发利用)[^，。；]{0,20}?的?(?:权利|权限|资格)/;
/** A clause that only fronts its object ("乙方可以将授权数据作为数据包"): the object, without the name it is given. */
const FRONT_ONLY = /(?:将|把)([^，。；将把]{1,30}?)(?:作为|视为|视同|当作|作|整理为|整理成|编为|打包为|封装为|$)/;
/** A purpose that names a place outside the platform: "供乙方在本地环境开展建模分析", "用于……在自有机房训练". */
const PURPOSE_OUTSIDE = new RegExp(`^(?:供|用于|以供|以便|便于)[^，。；]{0,12}?(?:在|至|到|于)[^，。；]{0,8}?(?:${OUTSIDE.source})`);

const AGREEMENT = /^[^，。；]{0,8}?(?:本|原|该)(?:协议|合同)(?![^，。；]{0,2}?(?:约定|规定|条款|内容|副本|文本))/;
/**
 * Whether the clause lets its act happen: a may, a must or a plain statement, unless the law's approval conditions it
 * (and the rule allows an approval at all: `absolute` rules allow none); a must-not, only when a party's consent, a
 * carve-out, a mere notice, silence, the operator's own approval or a referenced article that permits lifts it.
 */
export function letsHappen(p: ClauseParse, absolute = false): boolean {
  const k = p.condition?.kind;
  if (p.defines || p.denied) return false;
  if (p.modality !== 'must-not') return absolute || k !== 'approval';
  // "擅自转移授权的，……终止授权": an act done against the rule, sanctioned; no condition lifts it.
  if (p.act && /擅自|违规|违法|非法/.test(p.text.slice(0, p.act.at))) return false;
  if (k === 'reference') return !!p.condition?.resolved && /可以|可|允许|有权/.test(p.condition.resolved) && !/不得|禁止/.test(p.condition.resolved);
  if (k === 'approval') return absolute;
  return k === 'consent' || k === 'carve-out' || k === 'silence' || k === 'own';
}

/**
 * What the parse reads as letting nothing happen for a reason words alone miss: a move conditioned on the law's approval
 * (where the rule allows one), a function shut, or an act denied. A phrase matched in such a sentence does not fire a red line decided on
 * the parse (checks.ts).
 */
export function heldBack(ps: ClauseParse[], absolute = false, at?: number): boolean {
  // The clause that holds the word at `at`, when one does: the others may be about something else.
  const own = at === undefined ? [] : ps.filter((p) => at >= p.start && at < p.start + p.text.length);
  const read = own.length ? own : ps;
  // A denial ("不因授权而转移") too: its words hold a negator too far from the verb for a phrase to see it.
  return read.length > 0 && !read.some((p) => letsHappen(p, absolute)) && read.some((p) => p.shut || p.denied || (!absolute && p.condition?.kind === 'approval'));
}

/** Another party than the operator and the grantor: a grant or data it gets has left the operator. */
export const isOutsideParty = (p: Party | Place | null | undefined) => p === 'group' || p === 'other' || p === 'public' || p === 'outside';

/** The parse as a clause reading (clauses.ts), for evidence: a lifted must-not is an exception. */
export function readingOf(p: ClauseParse): { reading: 'permission' | 'obligation' | 'exception'; condition?: string } {
  const reading = p.modality === 'must-not' ? 'exception' : p.modality === 'must' ? 'obligation' : 'permission';
  const c = p.condition;
  return c ? { reading, condition: c.resolved ? `${c.text}：${c.resolved.slice(0, 80)}` : c.text } : { reading };
}
