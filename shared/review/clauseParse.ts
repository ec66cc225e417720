import { clauses } from './text';
import { DEFINES, isNegated, negatedBefore } from './clauses';
import { underSanctionLead } from './clauseLeads';
import type { Glossary } from './definitions';
import { describesRaw, EQUAL_RIGHTS, objectOf, restorableIn, type ObjectClass } from './clauseObjects';
import { controlChange } from './clauseControl';
import { actClass, mainAct, RELATIVE, type ActClass } from './clauseActs';
import { CHOOSING_VERBS, holderOf, IN_NAME, isOutsideParty, ON_ITS_OWN, OUTSIDE, partyOf, recipientOf, widenedHolder } from './clauseParties';
import { conditionChains, conditionOf, exceptedObject, MAY, MODAL, MUST, TRAILING_EXCEPTION } from './clauseModality';

export { partyOf, isOutsideParty, conditionOf };
export { forbiddenAt, heldBack, letsHappen, readingOf } from './clauseModality';

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
export type { ActClass };
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
  /** What the exception lifting a must-not names (clauseModality.ts exceptedObject): only that is let happen. */
  excepted?: { kind: ObjectClass; text: string };
}

export interface ParseContext {
  glossary?: Glossary;
  /** The text an article or annex reference points to (references.ts `referenced`). */
  resolve?: (ref: string) => string | null;
}

/** A right to use or call a thing, and a product it is held over ("对……数据产品享有……"). */
const USE_RIGHT = /(?:使用|调用|访问|查询)(?:权利|权限|权)$/;
const OVER_PRODUCT = /对(?:其)?[^，。；]{0,12}?((?:数据)?(?:产品|服务|成果|报告|模型|接口))[^，。；]{0,4}$/;
/** Media that leave the platform whoever receives them. */
// Used off the platform is out of it too: "以明细表方式提供给运营机构线下使用".
// A medium of any kind carries records away ("通过专用介质交付乙方"), unless it is the platform's own ("平台专用存储介质").
const MEDIUM = /光盘|硬盘|U盘|(?<!(?:平台|环境|专区|空间|系统)[^，。；]{0,4}?)(?:移动|专用|存储|物理|外部|传输|加密)?介质|移动存储|邮箱|邮件|离线|(?:线下|本地)(?:使用|处理|分析|加工|保存|存储|留存)/;
/** A pivot clause: the party brought in or chosen right before the act is who acts ("引入新成员承接……"). */
// "甲方准予乙方将……": the party let act is who acts (准予).
// A party welcomed or encouraged to act acts ("欢迎更多企业在指数基础上开发新应用").
const PIVOT = new RegExp(`(?:${CHOOSING_VERBS}|吸收|吸纳|邀请|允许|准许|准予|欢迎|鼓励)([\\u4e00-\\u9fff]{2,12}?)(?<![并后和及再又])$`);
/** A body formed with others at the end of a clause ("与……合作伙伴组建联合运营体"): a party of its own, which acts next. */
const FORMED_WITH = /与[^，。；]{1,24}?(?:共同|合资)?(?:组建|成立|设立|组成)([\u4e00-\u9fff]{0,8}?(?:公司|联合体|运营体|联盟))$/;

// Serving customers in its own name is running the grant too ("以第三方自己的名义对外提供授权运营服务"; a reseller of
// products is not); so is running it on its own ("交由其合作院校独立运营"; not "独立运营维护").
const RUNS_IN_NAME = new RegExp(`以[^，。；]{0,8}?名义[^，。；]{0,4}?(?:开展[^，。；]{0,6}?(?:授权)?运营|对外签约|对外经营|经营|对外提供[^，。；]{0,8}?服务|对外收费)|${ON_ITS_OWN}(?:开展|负责|承担)?(?:运营|经营)(?!维护|保障)`);
const DISABLED = /(?:关闭|禁用|停用|取消|屏蔽|撤销|收回|关停|不开放|不开通|不提供)[^，。；]{0,12}$/;
// Or the function named first and switched off after it: "逐条记录导出功能在平台端关闭".
const SWITCHED_OFF = /^[^，。；]{0,2}(?:功能|权限|接口|通道|端口)[^，。；]{0,10}?(?:关闭|禁用|停用|取消|屏蔽|关停|不开放|不开通|不予开通)/;
const UNHINDERED = /不(?:影响|妨碍|妨|阻碍)[^，。；]{0,4}$/;
/**
 * A denial: the act does not happen by the cause named ("持有权不因授权而转移", "受托方不因此取得……使用权"). It states a
 * fact of law, not a prohibition a consent could lift: a must-not no condition lifts (`denied`).
 */
// The one who would take it may be named after the cause ("授权运营资格不因合并、分立由承继主体取得").
const DENIAL = /(?:不因|并不因|不会因|不得因)(?:此|而|[^，。；]{1,20}?(?:而|就|即|便|由[^，。；]{1,10}?))?[^，。；]{0,4}$/;

/** The clauses of a sentence, their acts, and each clause's condition: that of its own chain (conditionChains), not the sentence's. */
function scoped(sentence: string, ctx: ParseContext) {
  const cs = clauses(sentence);
  const acts = cs.map((c) => mainAct(c.text));
  const chains = conditionChains(sentence, cs, acts);
  const conditions = new Map<number, Condition | undefined>();
  const conditionAt = (i: number) => {
    const k = chains[i];
    if (!conditions.has(k)) {
      const first = chains.indexOf(k);
      const last = chains.lastIndexOf(k);
      conditions.set(k, conditionOf(sentence.slice(cs[first].start, cs[last].start + cs[last].text.length + 1), ctx));
    }
    return conditions.get(k);
  };
  return { cs, acts, chains, conditionAt };
}

/** The condition that governs the clause holding the character at `at` of `sentence` (for readers that find a clause by its words). */
export function conditionAtIndex(sentence: string, at: number, ctx: ParseContext = {}): Condition | undefined {
  const { cs, conditionAt } = scoped(sentence, ctx);
  const i = cs.findIndex((c) => at >= c.start && at < c.start + c.text.length);
  return i < 0 ? conditionOf(sentence, ctx) : conditionAt(i);
}

/**
 * Every clause of `sentence` that holds an act, parsed. Clauses share the sentence's subject and modal when they omit them.
 * Each red-line reader and the checks parse the same sentences: inside a review (`withParseMemo`) a parse is kept per
 * sentence and per glossary and reference resolver it was read with, so the review parses each once. Readers must not
 * change what they get.
 */
const DESTROYS = /删除|销毁|清除|擦除|抹除|粉碎/;

export function parseSentence(sentence: string, given: ParseContext = {}): ClauseParse[] {
  // A glossary reads only the terms a sentence uses: one that uses none parses as without it, and shares that parse.
  const ctx = given.glossary && !given.glossary.used(sentence).length ? { ...given, glossary: undefined } : given;
  if (!session) return parseClauses(sentence, ctx);
  const byResolve = session.get(ctx.glossary ?? NONE) ?? session.set(ctx.glossary ?? NONE, new WeakMap()).get(ctx.glossary ?? NONE)!;
  const memo = byResolve.get(ctx.resolve ?? NONE) ?? byResolve.set(ctx.resolve ?? NONE, new Map()).get(ctx.resolve ?? NONE)!;
  let out = memo.get(sentence);
  if (!out) memo.set(sentence, (out = parseClauses(sentence, ctx)));
  return out.slice();
}
const NONE = {};
let session: WeakMap<object, WeakMap<object, Map<string, ClauseParse[]>>> | null = null;

/** Runs one review with its own parses kept (and dropped after): nothing carries over to the next document. */
export function withParseMemo<T>(run: () => T): T {
  const outer = session;
  session = new WeakMap();
  try {
    return run();
  } finally {
    session = outer;
  }
}

/**
 * A definition that goes on to say what is done with the thing it defines ("数据集是指……抽取的原始数据，以文件形式交付
 * 数据使用方"): the later clause, after a comma, with its own recipient, is a rule. Not a definiens that goes on listing
 * ("……，或者以委托等方式交由第三方行使"), an act that describes a noun ("……、由丁方通过运营系统提供的……数据资源"), nor
 * the definition of an act ("……交付外部使用方的行为").
 */
const DEFINIENS_GOES_ON = /^\s*(?:或者|或|以及|及|和|与|包括|含|即|等|亦即|也即|包含)/;
const ACT_DEFINED = /的(?:行为|活动|情形|过程|做法|方式|统称|总称)[。；;]?\s*$/;

const FORM_BEFORE = /以([^，。；以]{2,20}?)的?(?:形式|方式)\s*(?:对外|向[^，。；]{1,12}?)?$/;

/** What a thing is able to do, said before the noun it describes: "可还原原始数据的", "可识别特定自然人的". */
const ABLE_TO = /(?:可以?|能够?|足以)(?:被)?(?:通过[^，。；的]{0,10}?)?(?:还原|恢复|逆推|反推|识别|追溯|关联|推导|重新识别)[^，。；的]{0,12}?的/g;

function parseClauses(sentence: string, ctx: ParseContext): ClauseParse[] {
  const out: ClauseParse[] = [];
  const defines = DEFINES.test(sentence);
  // Where the defining word ends ("……是指"): a clause after it may go on to a rule (DEFINIENS_GOES_ON).
  const definedAt = defines ? (DEFINES.exec(sentence)?.[0].length ?? 0) + 1 : 0;
  const { cs, acts, chains, conditionAt } = scoped(sentence, ctx);
  const clauseOf: number[] = [];
  // The text of a clause's condition chain, where its exception is written.
  const chainText = (i: number) => {
    const first = chains.indexOf(chains[i]);
    const last = chains.lastIndexOf(chains[i]);
    return sentence.slice(cs[first].start, cs[last].start + cs[last].text.length);
  };
  // A sentence that says its data can be reversed says it of what it hands over ("……的脱敏数据集，采用……可逆加密").
  // Not when what can be reversed is named by the clause that bars it ("原始数据和可还原原始数据的结果不得导出平台，仅允许
  // 经审核的统计结果出域"): the results the next clause lets out are other things.
  const reversible = restorableIn(sentence);
  // Nor when the clause barring it names the ban first ("……仅为核验结果，不得向任何单位……提供……可还原原始数据的产品").
  const revAt = reversible ? sentence.indexOf(reversible) : -1;
  const revClause = sentence.slice(Math.max(sentence.lastIndexOf('，', revAt), sentence.lastIndexOf('；', revAt), sentence.lastIndexOf('。', revAt)) + 1, revAt);
  // Or by the clause right after it ("……可还原原始数据的中间结果留存平台内，不得导出").
  const restorable = reversible && !/^[^，。；]*(?:[，,][^，。；]*?)?(?:不得|禁止|严禁|不能|不可|不允许|一律不)/.test(sentence.slice(revAt)) && !/(?:不得|禁止|严禁|不能|不可|不允许|一律不)/.test(revClause) ? reversible : null;
  const raw = describesRaw(sentence);
  let holder: ClauseParse['holder'] = null;
  let modality: Modality = 'none';
  let named: ClauseParse['object'] = null;
  let forbidden = false;
  let pending: ClauseParse['object'] = null;
  let frontForbidden = false;
  // The object named by a clause of its own, with no act ("……蓄积量等明细，以离线文件方式批量交付合作银行").
  let bare: ClauseParse['object'] = null;
  // A party chosen at the end of a clause with no act acts in the next one that names no subject ("运营机构另行遴选三家合作
  // 单位，分别独立承担……场景的数据运营").
  let chosen: ClauseParse['holder'] = null;
  // A clause that is only a noun its act describes ("乙方依本协议取得的授权，可由……共享使用"): the topic the next clause acts on.
  let topic: ClauseParse['object'] = null;
  // An item under a sanction's lead-in ("有下列情形之一的，甲方有权解除本协议：（一）未经同意转让授权的；") is a ground of the
  // sanction: the consent it names only says what makes the act a breach.
  const sanctionEnds = underSanctionLead(sentence) ? sentence.search(/[：:]/) : -1;
  for (const [i, c] of cs.entries()) {
    // A clause with no act of its own is held by its subject, before its modal ("运营机构可……确定若干区域运营商"), not by
    // the last party it names.
    const own = holderOf(c.text, MODAL.exec(c.text)?.index ?? c.text.length);
    const main = acts[i];
    const condition: Condition | undefined = sanctionEnds >= 0 && c.start > sanctionEnds ? { kind: 'sanction', text: sentence.slice(0, sanctionEnds + 1) } : conditionAt(i);
    const m = main?.m ?? null;
    const before = m ? c.text.slice(0, m.index) : c.text;
    const right = /(?:享有|具有|拥有|获得)[^，。；]{0,10}$/.test(before) && /^[^，。；]{0,16}?(?:权利|权限|功能)/.test(c.text.slice(m?.index ?? 0));
    // A clause's own modal, else the one of the clause it continues ("可委托……，并按约定……分配").
    const negated = !!m && !UNHINDERED.test(c.text.slice(0, m.index)) && (isNegated(c.text, m.index) || negatedBefore(sentence, c.start));
    // "关闭原始数据导出功能": the act's function shut is a must-not; "……的，不影响导出": nothing stops it, a may.
    const disabled = !!m && ((DISABLED.test(before) && /^[^，。；]{0,2}(?:功能|权限|接口|通道|端口)/.test(c.text.slice(m.index + m[0].length))) || SWITCHED_OFF.test(c.text.slice(m.index + m[0].length)));
    const unhindered = !!m && UNHINDERED.test(before);
    const denied = !!m && DENIAL.test(before);
    // "不得将授权转让，或者以委托等方式交由第三方行使": a clause joined by 或者 goes on with the prohibition before it.
    // "乙方不得将授权数据作为数据包，向企业客户销售": the prohibition before the fronted object governs the verb after it.
    // "……不得以任何形式将授权转让……，包括向乙方的股东、关联企业转授权": an aside that names cases goes on with it too.
    const alsoForbidden: boolean = ((forbidden && /^\s*(?:或者|或|以及|亦|也|包括|含|例如|比如|尤其是|特别是)/.test(c.text)) || (!!pending && frontForbidden)) && !MODAL.test(before);
    // "可还原原始数据的中间结果一律留存系统内": a 可 describing a thing (what can restore or identify) is no may of the clause.
    const modalBefore = before.replace(ABLE_TO, '');
    const mod: Modality = disabled || alsoForbidden || denied ? 'must-not' : unhindered ? 'may' : main?.modal ? (/不|禁|无权/.test(main.modal) ? 'must-not' : MAY.test(main.modal) ? 'may' : 'must') : negated ? 'must-not' : MAY.test(modalBefore) || right ? 'may' : MUST.test(modalBefore) ? 'must' : modality;
    if (m) {
      const verb = m[0];
      // "引入新成员承接……": the party brought in acts, not the one that brings it in.
      const pivot = PIVOT.exec(before);
      // The chosen party runs what the next clause does, unless that clause points back at it ("选择若干区域运营服务商，授予其……").
      // Exercising the grant is running it too ("……组建联合运营体，按……行业领域分别行使运营权").
      const chosenActs = chosen && (actClass(m[0]) === 'use' || actClass(m[0]) === 'succeed') && !/其/.test(before) ? chosen : null;
      const found: ClauseParse['holder'] = widenedHolder(before, ctx.glossary) ?? (pivot && { party: partyOf(pivot[1]) ?? 'other', text: pivot[1] }) ?? holderOf(c.text, m.index) ?? chosenActs ?? holder;
      const ownName: boolean = IN_NAME.test(c.text.slice(0, m.index)) || !!(holder as ClauseParse["holder"])?.ownName;
      const h: ClauseParse['holder'] = found && { ...found, ownName: ownName || undefined };
      // The object ends where another predicate starts ("开通账号、调用授权数据并与客户签订服务合同").
      // "使用授权数据开发产品": what is developed is the purpose, not what is used (the 供 of 提供 is no purpose); so is the
      // work the data is used for ("使用授权数据开展气象服务产品研发").
      // An act that qualifies a noun ("在授权运营机构交付的产品基础上融合多源数据") acts on that noun, not on what follows it.
      const tail = c.text.slice(m.index + verb.length);
      const qualified = /^的([^，。；的]{1,12}?)(?:的?基础上|之上|之中|中|内|后|$)/.exec(tail);
      // Not the 供 of a supply's name ("逐户供回水温度", "供热量", "供水管网"): the object goes on.
      let after = (qualified ? qualified[1] : tail).split(/并|以便|用于|(?<!提)供(?=[^应回热水电气暖])|、(?=(?:对外)?(?:调用|使用|提供|签订|开展))|(?<=[^，。；]{2})(?:开发|研发|制作)(?=[^，。；]{0,6}?(?:产品|服务|应用))/)[0];
      // The work the data is used for ("使用授权数据开展气象服务产品研发", "调用授权数据训练模型") is the purpose, when what comes before it names the
      // data by itself (a topic, "调用相关数据开展……", leaves the work to say what is acted on).
      const forWork = WORK_AFTER.exec(after);
      if (forWork && objectOf(after.slice(0, forWork.index), ctx.glossary)) after = after.slice(0, forWork.index);
      // "将X传输至……进行分析": the object put before the verb by 将/把 is what is acted on, not the purpose after it.
      const fronted = /(?:将|把)([^，。；将把]{1,60})$/.exec(before);
      // A clause that opens on its own subject, a thing built on the data ("……与公共数据融合，融合结果经审核后方可导出"),
      // acts on that, not on what the clause before fronted.
      const subject: ClauseParse['object'] = pending && !fronted ? objectOf(before, ctx.glossary) : null;
      const ownSubject: ClauseParse['object'] = subject?.kind === 'derived' && before.indexOf(subject.text) <= 8 ? subject : null;
      // What is handed over in a form that makes it results ("逐户用电明细……仅以台区级聚合数据形式提供") is those results.
      const form = FORM_BEFORE.exec(before);
      const asResults = form ? objectOf(form[1], ctx.glossary) : null;
      let obj: ClauseParse['object'] = asResults?.kind === 'derived' ? asResults : (fronted && objectOf(fronted[1], ctx.glossary)) || ownSubject || pending || objectOf(after, ctx.glossary) || objectOf(before, ctx.glossary);
      // An act naming a service ("纳税人逐笔申报明细批量推送服务") does it to what stands before it: the records it pushes.
      if (obj?.kind === 'derived' && /^(?:服务|业务|功能)(?![器商])/.test(tail)) {
        const named = objectOf(before, ctx.glossary);
        if (named?.kind === 'raw' || named?.kind === 'restorable') obj = named;
      }
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
      // A right of use held over a product ("使用方对其购买的数据产品享有完整的使用权") is the product's licence, not the grant.
      const over: RegExpExecArray | null = kind === 'succeed' && obj?.kind === 'grant' && USE_RIGHT.test(obj.text) ? OVER_PRODUCT.exec(before) : null;
      if (over) obj = { kind: 'derived', text: over[1] };
      // An act inside rights the same as the operator's acts on its grant ("享有与乙方同等的数据调用和产品销售权限").
      const equal = EQUAL_RIGHTS.exec(c.text);
      if (equal && equal.index < m.index && m.index < equal.index + equal[0].length) obj = { kind: 'grant', text: equal[0] };
      const moves = kind === 'copy' || kind === 'transfer' || kind === 'capital' || kind === 'entrust' || kind === 'succeed' || kind === 'regrant';
      // A thing fronted by 将/把 that is none of the data's is the clause's own ("经同意可以将系统运维委托第三方"): the grant
      // named before is not what is moved. A word pointing back ("将其", "将上述权利") moves what was named.
      const ownFronted = !!fronted && !obj && !POINTS_BACK.test(fronted[1].trim());
      if ((moves && !obj && !ownFronted) || (kind === 'process' && (named?.kind === 'data' || named?.kind === 'raw'))) obj = named;
      if (!ownFronted) obj ??= topic;
      // What the clause names by a word pointing back is what the clause before named: "提供……原始数据副本，乙方可以在其自有
      // 测试环境中使用该副本".
      if (obj?.kind === 'data' && (named?.kind === 'raw' || named?.kind === 'restorable') && POINTS_BACK.test(after.trim())) obj = named;
      // What a release lists after a colon is what it releases: "接口返回字段：当事人姓名、身份证号码……".
      const listed: ClauseParse['object'] = /^[:：]/.test(sentence.slice(c.start + c.text.length)) && (!obj || obj.kind === 'derived') ? objectOf(sentence.slice(c.start + c.text.length + 1).split(/[。；;]/)[0], ctx.glossary) : null;
      if (kind === 'release' && (listed?.kind === 'raw' || listed?.kind === 'restorable')) obj = listed;
      topic = RELATIVE.test(tail) && obj && !MODAL.test(c.text) && c.text.trimEnd().endsWith(obj.text) ? { kind: obj.kind, text: c.text.trim() } : null;
      // A release with its object left out hands over the records the clause just before named by themselves.
      if (kind === 'release' && !obj && bare?.kind === 'raw') obj = bare;
      bare = null;
      // Or the records the clause just before took out ("……可以从授权运营系统中抽取……原始样本数据，提供给……经营主体离线测试"):
      // a release opening on its verb hands those over.
      const took = out.at(-1);
      if (kind === 'release' && !obj && m.index <= 1 && took && took.object === named && (took.act?.kind === 'succeed' || took.act?.kind === 'copy') && (named?.kind === 'raw' || named?.kind === 'restorable')) obj = named;
      if (restorable && (!obj || obj.kind === 'data' || obj.kind === 'derived')) obj = { kind: 'restorable', text: restorable };
      else if (raw && (!obj || obj.kind === 'data' || obj.kind === 'derived')) obj = { kind: 'raw', text: sentence };
      named = obj ?? named;
      let rec = recipientOf(c.text, m.index, verb, h?.party ?? null, sentence.slice(0, c.start));
      const medium = MEDIUM.exec(c.text);
      if (medium && rec?.party !== 'grantor') rec = { party: 'outside', text: medium[0] };
      // Kept "在各自节点" the data stays with those who hold it; only moved "至各自的研发环境" does it leave.
      if (kind === 'process' && rec?.party === 'outside' && /各自/.test(rec.text) && !/(?:至|到|进|入)[^，。；]{0,4}?各自/.test(c.text)) rec = { party: 'inside', text: rec.text };
      clauseOf.push(i);
      const excepted = mod === 'must-not' ? exceptedObject(chainText(i), ctx.glossary) : null;
      const rule = defines && c.start >= definedAt && !!rec && /[，,]\s*$/.test(sentence.slice(0, c.start)) && !/的/.test(c.text.slice(m.index)) && !DEFINIENS_GOES_ON.test(c.text) && !ACT_DEFINED.test(sentence);
      out.push({ text: c.text, start: c.start, holder: h, modality: mod, condition, act: { kind, verb, at: m.index }, object: obj, recipient: rec, defines: defines && !rule, ...(disabled ? { shut: true } : {}), ...(denied ? { denied: true } : {}), ...(excepted ? { excepted } : {}) });
      // A use joined by 并 is a predicate of its own: "以……名义对外提供数据产品和服务并直接使用授权数据".
      const use = kind !== 'use' ? JOINED_USE.exec(c.text.slice(m.index + verb.length)) : null;
      if (use) {
        const at = m.index + verb.length + use.index + use[0].length - use[1].length;
        out.push({ text: c.text, start: c.start, holder: h, modality: mod, condition, act: { kind: 'use', verb: use[1], at }, object: objectOf(c.text.slice(at + use[1].length), ctx.glossary), recipient: null, defines, ...(denied ? { denied: true } : {}) });
        clauseOf.push(i);
      }
      // A time clause holding the fronted object ("将上月授权数据明细经去标识化处理后，以……通过专用介质交付乙方"): what is
      // fronted waits for the next clause's verb too.
      if (fronted && obj && /(?:后|之后|以后)\s*$/.test(c.text)) pending = obj;
      holder = h ?? holder;
    } else {
      const pivot = PIVOT.exec(c.text);
      // The chooser holds the clause, not the party it chooses ("运营机构……选定区域合作运营商，授予其……": 其 is the chosen).
      const chooser = pivot ? holderOf(c.text, pivot.index) : own;
      if (chooser) holder = chooser;
      const formed = pivot ? null : FORMED_WITH.exec(c.text);
      chosen = pivot ? { party: partyOf(pivot[1]) ?? 'other', text: pivot[1] } : formed && { party: 'other', text: formed[1] };
      // A topic put first ("本协议项下乙方的权利，乙方可以指定……享有和行使"): what the next clauses act on.
      // "将X作为Y，向……出售": X, put before the verb of the next clause, is what it acts on, whatever it is called.
      // "对于原始数据，乙方……可以……携带出平台": the topic put first is what the act after it moves.
      // A clause that fronts its object and ends on its own verb ("将……公共数据在安全环境中开发利用") has used it: the next
      // clause's act ("也可以为物流企业提供……服务") is on what that clause names.
      const front0 = FRONT_ONLY.exec(c.text);
      const front = (front0 && !OWN_VERB_ENDS.test(front0[1]) ? front0 : null) ?? TOPIC.exec(c.text);
      if (front) {
        pending = objectOf(front[1], ctx.glossary);
        frontForbidden = !!pending && FORBIDDING.test(c.text.slice(0, front.index));
      }
      named = pending ?? objectOf(c.text, ctx.glossary) ?? named;
      // A clause that names nothing ("不受前款限制", "确有需要的") leaves the records named before it to the next act.
      bare = objectOf(c.text, ctx.glossary) ?? bare;
      // Records a clause destroys ("删除……原始数据、副本……，由甲方委托第三方机构核验") are gone: the next act is not on them.
      if (!pending && DESTROYS.test(c.text)) named = bare = null;
      // "……提供授权数据全量副本，供乙方在本地环境开展分析": the purpose says where what was handed over goes.
      const last = out[out.length - 1];
      // The release's list going on in a clause of its own ("返回……驾驶证状态、准驾车型，以及承租人近三年交通违法记录明细"):
      // records named there are handed over too.
      const more = LIST_GOES_ON.test(c.text) ? objectOf(c.text, ctx.glossary) : null;
      if (last && more && (more.kind === 'raw' || more.kind === 'restorable') && (last.act?.kind === 'release' || last.act?.kind === 'copy') && last.object?.kind !== 'raw') last.object = more;
      if (last && PURPOSE_OUTSIDE.test(c.text) && (last.act?.kind === 'release' || last.act?.kind === 'copy') && last.recipient?.party !== 'inside' && !isOutsideParty(last.recipient?.party))
        last.recipient = { party: 'outside', text: PURPOSE_OUTSIDE.exec(c.text)![0] };
    }
    if (m) chosen = null;
    if (mod !== 'none' && mod !== 'must-not') modality = mod;
    if (m) forbidden = mod === 'must-not';
  }
  // A trailing exception lifts only the must-nots written just before it.
  cs.forEach((c, t) => {
    const cond = conditionAt(t);
    if (acts[t] || !cond || !TRAILING_EXCEPTION.test(c.text) || !c.text.includes(cond.text)) return;
    let run = true;
    for (let j = out.length - 1; j >= 0; j--) {
      if (clauseOf[j] >= t || chains[clauseOf[j]] !== chains[t]) continue;
      run &&= out[j].modality === 'must-not';
      if (!run) out[j] = { ...out[j], condition: undefined };
    }
  });
  const control = controlChange(sentence);
  if (control) out.push({ ...control, holder: { party: 'other', text: '新的控制人' }, modality: 'none', condition: conditionOf(sentence, ctx), object: { kind: 'grant', text: '本协议' }, recipient: null, defines });
  return out;
}

const LIST_GOES_ON = /^\s*(?:以及|及其|及|和|并)(?![^，。；]{0,4}?(?:应当|应|须|可以|可|不得))/;
const WORK_AFTER = /(?<=(?:数据|数据资源|记录|信息)[^，。；]{0,2})开展(?=[^，。；]{1,16}?(?:研发|开发|研究|分析|建模|训练|工作))|(?<=[^，。；]{2})(?:训练|构建|开发|研发)(?=[^，。；]{0,6}?模型)|(?<=[^，。；]{2})(?:训练|构建)(?=[^，。；]{0,6}?(?:产品|服务|应用))/;
const JOINED_USE = new RegExp(`并(?:且)?(?:直接|同时|可以?|${ON_ITS_OWN})?(调用|使用)(?![权方者费协范情单])`);
const TOPIC = /^\s*(?:对于|关于|至于|针对)([^，。；]{1,20})$/;
const FORBIDDING = /不得|禁止|严禁|不能|不可|无权|不允许|不应/;
// Where it may run them may stand between: "授予其在本省区域内运营寄递数据资源……的权利".
// A right to use a product is a licence of what was built on the data ("授予其使用数据产品的权利"), not the grant (a product
// made with the right is: "运营寄递数据资源并开发产品的权利").
// A product interface's call right is the product's ("使用数据产品接口的调用权限").
const RIGHT_TO_RUN = /^[^，。；]{0,12}?(?:(?<!(?:接口|产品|服务)的?)调用|使用|经营|运营|开发利用)(?![^，。；并和及、]{0,12}?(?:产品|成果|报告|模型)(?:接口的?(?:调用|使用)?)?的?(?:权利|权限|资格))[^，。；]{0,20}?的?(?:权利|权限|资格)/;
/** Words that point back to what a clause before named ("将其", "将上述权益", "将该部分"). */
const POINTS_BACK = /^(?:其|之|上述|前述|该|此|以上|本项|所述|相关|这些|上列)/;
/** A clause that only fronts its object ("乙方可以将授权数据作为数据包"): the object, without the name it is given (a 作 of its own,
 * "……产品的开发和运营工作", is none). */
const FRONT_ONLY = /(?:将|把)([^，。；将把]{1,60}?)(?:作为|视为|视同|当作|(?<![工合操协制运动写创])作(?![业品])|整理为|整理成|编为|打包为|封装为|$)/;
/**
 * The fronted span closed by a verb of working on the data where it is (no act of clauseActs.ts): "……在专区内开发利用".
 * Not one that leaves it data ("将企业自有数据与公共数据融合，融合数据可以导出": what is fused is still the data).
 */
const OWN_VERB_ENDS = /(?:开发利用|开发|利用|应用|分析|挖掘|研究|比对|核验)(?:分析|应用|利用)?$/;
/** A purpose that names a place outside the platform: "供乙方在本地环境开展建模分析", "用于……在自有机房训练". */
const PURPOSE_OUTSIDE = new RegExp(`^(?:供|用于|以供|以便|便于)[^，。；]{0,12}?(?:在|至|到|于)[^，。；]{0,8}?(?:${OUTSIDE.source})`);

const AGREEMENT = /^[^，。；]{0,8}?(?:本|原|该)(?:协议|合同)(?![^，。；]{0,2}?(?:约定|规定|条款|内容|副本|文本))/;
