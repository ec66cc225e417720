import { DEFINITION_OPENING, clauseAt, clauses, sentences } from './text';
import { OVERSEEN_SPAN, namedAsRisk, sanctionItem } from './redlines/background';
import { NEGATOR_OPEN, forbiddingLeadBefore, ledSentences, underSanctionLead, type Lead } from './clauseLeads';

/**
 * Reading a clause as a lawyer would: who may, must or must not do what, under which exception. A red line is about
 * what the document lets happen, so it is decided on the reading, not on the words:
 * - permission   "乙方可转授权给关联公司", "经甲方书面同意，乙方可……转授权"              → what it names may happen
 * - obligation   "乙方应将原始数据交付甲方"                                            → it must happen
 * - prohibition  "乙方不得转授权", "仍可以非排他方式用于整体授权", "非经批准不得转让"       → it may not happen
 * - exception    "除甲方书面同意，乙方禁止……共享原始数据", "不得转让，但双方另有约定的除外" → forbidden, yet allowed with
 *                someone's consent: a permission with a condition, so what it names may happen after all.
 * An approval that the law itself requires ("非经批准不得转移、转让", Chongqing art. 18) is the law's own procedure
 * and keeps the prohibition; a party's consent or agreement (同意, 许可, 认可, 协商一致, 另有约定) lifts it. Where the
 * law allows no exception at all (raw data never leaves the platform, Hebei art. 24), a red line is `absolute`: an
 * approval lifts the prohibition too ("不得出售原始数据，经甲方批准的除外"), since nobody may approve it. "法律法规另有
 * 规定" alone defers to the law and lifts nothing.
 */
export type Reading = 'permission' | 'obligation' | 'prohibition' | 'exception';
export const READINGS: Record<Reading, string> = { permission: '允许', obligation: '义务', prohibition: '禁止', exception: '禁止但有例外（实为附条件允许）' };

/**
 * Words that turn what follows into a prohibition or a sanction (不同 only as "not with" another: 不同任何数据商).
 * "不可逆" is an adjective (不可逆加密: irreversible), but "不可逆向还原", "不可逆推" say the act cannot be done: a negator.
 */
// "未经脱敏的原始记录": 未经 before a processing and 的 describes the object, it negates no act.
// A thing said not to be there is absent too: "本方案未设置排他性条款", "未授予任何独家经营权".
const NEGATORS = /(未(?:设置|设立|设定|约定|授予|给予|赋予|包含|含有|涉及|发现)|违规|违法|非法|无法|不得|无需|无须|毋须|毋需|免于|免予|不应|不能|不可(?!逆(?!向|推))|不允许|不准|禁止|严禁|杜绝|防止|避免|无权|不予|不属于|不包括|不涉及|未经(?!(?:任何)?(?:脱敏|加工|处理|清洗|匿名化?|去标识化?|汇总|聚合|加密)(?:处理)?的)|非经|擅自|违反|不再|不具有|不具备|不是|并非|不(?![少低断仅限可超定同良足]|动产)|不(?=同(?:任何|其他|其它|第三方|他人|别的)))/;
const NOT_YET = /(?:尚|从|并|还|均|仍)?(?:未|没有)(?:曾|被|对外|向社会|公开)?$/;
/** A negating prefix written onto the word itself: 非排他, 非独家, 无偿 is not 收费. */
const PREFIX_NEGATION = /(非|无|不具有?|不属|不是|不作为?)$/;

/** A party's consent that lifts a prohibition; the law's own 批准 does not count (see above). */
/** The text itself, as it refers to itself ("本协议中", "本方案"). */
export const OWN_TEXT = '本(?:协议|合同|方案|办法|细则)(?:中|内|之)?';
// "除本协议另有约定外" defers to the text's own clauses, read on their own (clauseModality.ts OWN_TEXT_PROVIDES): no consent.
const AGREED_OTHERWISE = `(?<!${OWN_TEXT})另有约定`;
const CONSENT = `(?:书面)?(?:同意|许可|认可|协商一致|${AGREED_OTHERWISE}|事先确认)`;
const APPROVAL = `(?:书面)?(?:同意|许可|认可|协商一致|${AGREED_OTHERWISE}|事先确认|批准|审批|核准|准许|授权)`;
const exceptionRe = (c: string) =>
  // "原则上不得……，确有需要的，经甲方批准后方可实施": the case of need names the exception.
  new RegExp(`(?:除非?|未经|非经|没有|无)[^，。；]{0,18}?${c}|但[^。；]{0,30}?${c}[^。；]{0,12}?(?:除外|可以|可)|${c}[^。；]{0,6}?除外|(?:确有需要|确需|确因)[^。；]{0,20}?的[，,]\\s*(?:应当|须|需)?(?:报经|报请|经|经过|取得|征得)[^，。；]{0,12}?${c}`);
const conditionRe = (c: string) => new RegExp(`(?:^|[，,；;。])\\s*(?:经|经过|取得|征得)[^，。；]{0,18}?${c}`);
const EXCEPTION = { consent: exceptionRe(CONSENT), approval: exceptionRe(APPROVAL) };
const CONDITIONED_PERMISSION = { consent: conditionRe(CONSENT), approval: conditionRe(APPROVAL) };
const MAY = /(可以|可|允许|有权|准予|得以|能够)/;
const MUST = /(应当|应|必须|须|负责|承诺)/;

/** Verbs of hindering: denied ("不影响", "不得妨碍"), the act they govern is free. */
const HINDRANCE = /^(?:影响|妨碍|妨害|阻碍|阻止|排除|限制|干涉|干预)[^。；]/;

/** The last negator in `before`, with how far it stands from the trigger. */
function lastNegator(before: string): { word: string; distance: number } | null {
  const m = before.match(new RegExp(NEGATORS.source + '(?!.*' + NEGATORS.source + ').*$'));
  if (!m) return null;
  return { word: m[1], distance: before.length - (m.index ?? 0) };
}

/**
 * The act named first and forbidden by what its clause says of it after ("原始数据出域属于本协议严格禁止的情形", "转授权
 * 一律禁止", "转授权在禁止之列"): a prohibition with its predicate last.
 */
const BANNED_AFTER = /^[^，。；]{0,24}?(?:(?:属于|系|为|是|均属|均为|列入|列为)(?:本(?:协议|方案|合同|办法))?(?:所|明令|严格|明确|绝对|一律)*(?:禁止|严禁|不允许|不予准许)(?:的|之)?(?:情形|行为|事项|做法|范围|列)?|在(?:严格)?禁止之列|(?:的)?[，,]?\s*(?:一律|均|全部)?(?:予以)?(?:禁止|严禁)\s*[。；]?\s*$)/;

/** Whether the words before a trigger in its clause forbid it. */
export function isNegated(clause: string, triggerStart: number): boolean {
  const before = clause.slice(0, triggerStart);
  if (BANNED_AFTER.test(clause.slice(triggerStart))) return true;
  if (!before) return false;
  if (PREFIX_NEGATION.test(before)) return true;
  // 未 right before the act says it has not happened ("乙方未公开原始数据", "未对外提供的原始数据", "尚未导出的"); 未经 only
  // sets a condition and is read below.
  if (NOT_YET.test(before)) return true;
  const n = lastNegator(before);
  if (!n) return false;
  // A hindrance denied frees the act it would hinder: "本授权不影响甲方依法向其他主体授权运营", "不妨碍乙方对外提供".
  // (The hindrance itself, the trigger right after the negator — "不得限制……上架" read at 限制 — stays negated.)
  if (HINDRANCE.test(before.slice(before.length - n.distance + n.word.length))) return false;
  // A bare "不" negates the verb phrase it heads ("不收取", "不提供明细数据下载"), not what a new predicate after a
  // conjunction says ("不断完善……并收取", "不设上限，可导出").
  // Its object may be a list ("不与其他经营主体达成固定价格、分割市场、限制产量等垄断协议"): the verb it heads governs the
  // whole list up to "等".
  // After a may or a must, 违规/违法/非法 qualify the object, never the act ("可以将违规停车抓拍原始图像复制至……": the
  // parking broke the rule; nobody may be allowed to break one).
  if (/^(?:违规|违法|非法)$/.test(n.word) && /可以|可|应当|应|有权|允许|须|负责/.test(before.slice(0, before.length - n.distance))) return false;
  if (n.word === '不') {
    // A word holding a conjunction's character is none: a party named by its need or use (需求方, 应用方), a supply
    // (供应), a re-development (再开发): "不与任何数据需求方签订独家供应或者排他性采购条款", "不与再开发主体约定排他合作".
    // Nor does "随……而" or "因……而", the manner or the cause of the act: "授权不随股权变更而转移", "权属不因本协议而转移",
    // "授权不随乙方资产或者股权一并转让".
    const stretch = before.slice(before.length - n.distance + 1).replace(/需求|应用|供应|再开发/g, '').replace(/^(?:随|因为?)[^，。；]{1,16}?(?:而|一并|一同|一起)/, (m) => '随'.repeat(m.length));
    if (/[并且而再后但可应须需仍]/.test(stretch)) return n.distance <= 4;
    // Its verb may come after the counterpart and the matter ("不同任何数据商就产品定价、供货区域达成垄断协议"): the
    // prepositional phrases stand between the negator and what it negates (not "不同的", "不同于": different).
    // A place or a manner likewise ("不在平台以外的任何介质或者系统中存储", "不以任何形式……承诺独家……地位"): 不 heads the
    // verb after its locative or manner phrase, the manner's list too ("不以技术服务费、平台使用费等任何名义收取费用", "……等其他名目",
    // "不以“整体授权”“打包授权”等形式将多个场景……授予同一主体": kinds of a manner listed up to 等).
    // So does the object put first with 对 ("不对全市交通数据进行综合性、整体性授权"; not 不对称, 不对等).
    // So does an object fronted by 将/把, however long its list ("不将生猪屠宰检疫、肉品品质检验数据授权给……"): the
    // disposal construction's verb is the one 不 negates (session 23).
    // So does what the act is done with ("不以本单位授权运营资格对外质押、担保或者作价出资"): 以 and the qualification, right
    // or asset it puts up.
    if (n.distance <= 40 && /^(?:与|和|跟|向|同(?![的于类一等样时期级质])|就|对(?![称等])|在(?!此限)|[将把]|以(?:[^，。；]{0,30}?等(?:任何|任意|各种|其他|其它)?|(?:任何|任意|各种|其他|其它))(?:形式|方式|手段|途径|名义|名目)|以(?![外上下内及来便免后前至致期为])[^，。；]{1,20}?(?:资格|身份|权利|权益|资产|股权))/.test(stretch)) return true;
    // A granting verb right after it governs what it grants, however long the grant is named ("不授予乙方对市级公共数据
    // 的整体运营权"): the whole object is not given.
    if (n.distance <= 40 && /^(?:授予|给予|赋予|许可|授权(?!期|范围|数据|运营(?!权)))/.test(stretch)) return true;
    // A verb of having or getting governs the list of what is had ("开发利用机构不取得原始数据的持有权或者转授权权利"): a right
    // listed there is not got.
    if (n.distance <= 40 && /^(?:取得|获得|享有|拥有|具有|持有)[^，。；]*?(?:或者|或|和|及|以及|、)/.test(stretch) && /(?:权利|权限|权|资格)$/.test(clause.slice(triggerStart).split(/[，。；]/)[0])) return true;
    // What the act would rest on, denied ("补助资金不作为……向公益用户收费的依据"): the act has no ground here.
    if (n.distance <= 40 && /^(?:作为|构成|成为)/.test(stretch) && /^[^，。；]{0,8}?的(?:依据|理由|前提|基础)/.test(clause.slice(triggerStart))) return true;
    // A manner or cause set aside above ("不随……而当然转移") keeps the verb after it as near as if it were not there.
    const near = n.distance - (/^随+/.exec(stretch)?.[0].length ?? 0);
    return near <= 12 || (n.distance <= 40 && stretch.includes('、') && /等$/.test(before));
  }
  // "未经/非经" only sets the condition; the prohibition is the "不得" that follows, or none ("未经同意擅自转让的" is a sanction).
  return true;
}

/**
 * A prohibition whose verb comes in a later clause, after an adverbial of means or manner or an aside: "乙方不得以技术
 * 服务费、接入费……等任何名义，向……使用单位收取费用", "不得以任何方式，包括通过……关联方，参与……". The clause at
 * `clauseStart` of `sentence` is negated by the open prohibition before it.
 */
/** The negator with a means or manner still open ("不得以……任何名义"): its verb is in the next clause. */
const OPEN_MEANS = new RegExp(`${NEGATOR_OPEN}(?:以|通过|借|借助|利用|采取|采用|变相)[^，。；]{0,40}?(?:名义|方式|形式|手段|途径|渠道|理由|方法|借口)$`);
/** The negator with at most a few words before an aside ("不得以任何方式，包括……，"). */
const OPEN_BEFORE_ASIDE = new RegExp(`${NEGATOR_OPEN}[^，。；]{0,8}$`);
const ASIDE_CLAUSE = /^\s*(?:包括|含|无论|不论|即|例如|比如|如)/;
/**
 * The negator with a capacity still open ("关联方不得作为经营主体，对……进行再开发"): the act it forbids is the next clause,
 * unless that clause starts a predicate of its own ("……，但可以……", "……，应当……").
 */
const OPEN_CAPACITY = new RegExp(`${NEGATOR_OPEN}(?:以|作为)[^，。；]{1,16}?(?:身份|名义)?$`);
const OWN_PREDICATE = /^\s*(?:应|可|须|必须|需|并|且|但|同时|另|其|也|亦|仍|如|若)/;
const OR_JOINED = /^\s*(?:或者|或是|或)(?![^，。；]{0,12}?(?:可以|可|应当|应|须|有权))/;
const FORBIDDING_CLAUSE = /不得|禁止|严禁|不准|不允许/;
export function negatedBefore(sentence: string, clauseStart: number): boolean {
  const colon = sentence.slice(0, clauseStart).search(/[：:](?=[^：:]*$)/);
  if (colon >= 0 && forbiddingLeadBefore(sentence.slice(0, colon + 1))) return true;
  const cs = clauses(sentence);
  let i = cs.findIndex((x) => x.start === clauseStart);
  if (i <= 0) return false;
  // A clause joined by 或者 goes on with the prohibition before it ("不得……倾销，或者以高于……上限的价格销售").
  for (let j = i; j > 0 && OR_JOINED.test(cs[j].text); j--) if (FORBIDDING_CLAUSE.test(cs[j - 1].text)) return true;
  const aside = ASIDE_CLAUSE.test(cs[i - 1].text);
  while (i > 1 && ASIDE_CLAUSE.test(cs[i - 1].text)) i--;
  const open = cs[i - 1].text.trimEnd();
  if (OPEN_CAPACITY.test(open) && !aside && !OWN_PREDICATE.test(cs[i].text)) return true;
  return OPEN_MEANS.test(open) || (aside && OPEN_BEFORE_ASIDE.test(open));
}


/** A clause negated by its own words before `at`, or by an open prohibition before it in the sentence. */
export function negatedInSentence(sentence: string, clause: { text: string; start: number }, at: number): boolean {
  return isNegated(clause.text, at) || negatedBefore(sentence, clause.start);
}

/**
 * A 但书 that lets a named case out of the prohibition ("不得参与……再开发，但乙方全资子公司……二次加工的，不受此限"): the
 * forbidden act may happen after all, for someone or in some case. One that defers to the law ("但法律另有规定的除外")
 * lifts nothing; one that only needs the law's approval ("但经批准的除外") keeps the prohibition unless it is absolute.
 */
const PROVISO = /但(?:是)?[，,]?\s*([^。；]{2,80}?)(?:不受此限|不在此限|不受(?:前款|本款|本条|上述|前述)(?:约定|规定)?(?:的)?限制|除外)/;
const LAW_DEFERENCE = /法律|法规|规章|国家(?:另有)?规定|政策另有|另有规定/;
const APPROVAL_ONLY = /批准|审批|核准|准许|授权/;
const NOT_TOUCHING = /(?:不接触|不涉及|不获取|不得接触|不得获取|无法接触|不能接触|不使用|不掌握)[^，。；]{0,6}?(?:授权|数据|原始)/;

/**
 * An exception whose cases are written elsewhere: "本协议附件3所列情形除外", "除本协议附件二列明的情形外", "第六条约定
 * 的情形除外". It is read where it points (see `findTriggers`' `resolve`).
 */
const REFERENCE = /((?:附件|第)\s*[一二三四五六七八九十\d]+\s*(?:条)?)(?:第[一二三四五六七八九十\d]+[项款])?(?:中|内)?(?:所列|列明|约定|规定|载明|所述|所载|列举)的?(?:情形|情况|事项|范围|例外)?(?:除外|外)/;

/** A sentence of the referenced text that lets something happen (a may, not negated, not inside the platform). */
function permissionIn(text: string, unless: readonly RegExp[]): string | null {
  for (const s of sentences(text)) {
    for (const c of clauses(s)) {
      const m = MAY.exec(c.text);
      if (!m || isNegated(c.text, m.index) || unless.some((u) => u.test(c.text))) continue;
      return s.replace(/\t+/g, ' ').trim();
    }
  }
  return null;
}

export interface ReadContext {
  absolute?: boolean;
  /** Clause contexts where what matched is not the matter: a proviso that only allows those lifts nothing either. */
  unless?: readonly RegExp[];
  /** The text an annex or article reference points to ("附件3", "第六条"), or null when the document does not hold it. */
  resolve?: (ref: string) => string | null;
  /** A prohibiting lead-in the paragraphs before left open: this text's numbered items are under it (`openLead`). */
  lead?: Lead;
  /** Whether a term defined here is used by another clause of the document (`appliedAct`). */
  usedElsewhere?: (term: string) => boolean;
}

/**
 * A definition lets nothing happen, unless it defines an act the document then applies: "“数据销毁”：指……逻辑删除……"
 * with "……完成数据销毁" later is how that clause destroys. What an act is defined as is read as the clause applying it.
 */
// Quoted, or named by 所称 ("本方案所称数据销毁，是指……逻辑删除……").
const DEFINED_ACT = /[“"「『]([^”"」』]{0,10}?(?:销毁|清退|清理|删除|清除|处置|退出|移交|返还|脱敏|去标识化|匿名化))[”"」』]|所称([\u4e00-\u9fff]{0,8}?(?:销毁|清退|清理|删除|清除|处置|退出|移交|返还|脱敏|去标识化|匿名化))[，,]/;
function appliedAct(s: string, opts: ReadContext): boolean {
  const m = DEFINED_ACT.exec(s);
  const term = m?.[1] ?? m?.[2];
  return !!term && !!opts.usedElsewhere?.(term);
}

export interface ClauseReading {
  reading: Reading;
  /** The consent or condition that lifts a prohibition or opens a permission, as written. */
  condition?: string;
}

/** Reads the clause `clause` of `sentence`, holding the trigger at `at` (offset in the clause). */
export function readClause(sentence: string, clause: string, at: number, ctx: boolean | ReadContext = false): ClauseReading {
  const { absolute = false, unless = [], resolve } = typeof ctx === 'boolean' ? { absolute: ctx } : ctx;
  const lift = absolute ? 'approval' : 'consent';
  if (negatedInSentence(sentence, { text: clause, start: sentence.indexOf(clause) }, at)) {
    const ex = EXCEPTION[lift].exec(sentence);
    // "未经甲方同意擅自转让的，承担违约责任" is a sanction on a forbidden act, not an exception to it.
    const sanction = ex && ((/^(未经|非经)/.test(ex[0]) && (/擅自/.test(sentence) || /的[，,]/.test(sentence))) || underSanctionLead(sentence));
    if (ex && !sanction) return { reading: 'exception', condition: ex[0] };
    const ref = REFERENCE.exec(sentence);
    if (ref) {
      // The cases are where it points: an annex that only lets the data be read inside the platform lifts nothing.
      const there = resolve?.(ref[1].replace(/\s+/g, ''));
      const allowed = there && permissionIn(there, unless);
      return allowed ? { reading: 'exception', condition: `${ref[0]}：${allowed}` } : { reading: 'prohibition' };
    }
    const pv = PROVISO.exec(sentence);
    // "但委托销售代理机构推广已审核产品的，不在此限，销售代理机构不接触任何授权数据": by its own words the case touches
    // neither the data nor the grant, so it lets nothing of the matter happen.
    const aside = pv && NOT_TOUCHING.test(sentence.slice(pv.index));
    if (pv && !aside && pv.index > sentence.indexOf(clause) && !LAW_DEFERENCE.test(pv[1]) && !unless.some((u) => u.test(pv[1]))) {
      if (absolute || !APPROVAL_ONLY.test(pv[1])) return { reading: 'exception', condition: pv[0] };
    }
    return { reading: 'prohibition' };
  }
  const cond = CONDITIONED_PERMISSION[lift].exec(sentence);
  const before = clause.slice(0, at);
  if (cond) return { reading: 'permission', condition: cond[0].replace(/^[，,；;。\s]+/, '') };
  if (MUST.test(before) && !MAY.test(before)) return { reading: 'obligation' };
  return { reading: 'permission' };
}

export interface Hit extends ClauseReading {
  /** The clause that matched, as written. */
  clause: string;
  /** True when the clause forbids what matched, without an exception: it does not fire a red line. */
  negated: boolean;
  /** The sentence it was found in and where the word that carries the meaning stands in it (for the clause parse). */
  sentence?: string;
  at?: number;
}

/**
 * A definition says what a word means and lets nothing happen: "“转授权”指……", "本协议所称X，是指……" (and after a semicolon
 * "所称“数据副本”，是指……"), "X是指……", "X，指……", a 定义 list's "（一）转授权：指……" (or its body alone, "指……", when the
 * term was cut off as a heading), after the opening the glossary reads too (text.ts DEFINITION_OPENING). A bare "指" only
 * after a quoted term, 所称, or such an item's colon, and not as the start of 指导价, 指定 or 指引. The one pattern for the
 * phrase readers and the clause parse (clauseParse's `defines`).
 */
const TERM_WORD = '[\\u4e00-\\u9fffA-Za-z]{2,12}?';
const MEANS_BARE = '指(?![导定引南标示出明向挥派令]|数(?!据))';
export const DEFINES = new RegExp(DEFINITION_OPENING + '(?:'
  + `(?:(?:本(?:协议|方案|办法|合同)(?:中|所称|所指|所述)|所称|所指)的?)?[“"「『][^”"」』]{2,12}[”"」』]\\s*[，,：:]?\\s*(?:是指|系指|指的是|${MEANS_BARE})`
  + `|本(?:协议|方案|办法|合同)中?(?:所称|所指|所述)的?${TERM_WORD}\\s*[，,：:]?\\s*(?:是指|系指|指的是|${MEANS_BARE})`
  + `|${TERM_WORD}[：:]\\s*(?:是指|系指|指的是|${MEANS_BARE})`
  // A quoted term and a colon opening an item of a 用语含义 list ("（十三）“转授权”：乙方将……许可、转让……的行为").
  + `|[“"「『][^”"」』]{2,12}[”"」』]\\s*[：:](?!\\s*$)`
  + `|${TERM_WORD}\\s*[，,]?\\s*(?:是指|系指|指的是)`
  // A term, a comma, then a bare 指 ("经营主体，指乙方通过公开公平方式选择……的市场主体").
  + `|${TERM_WORD}\\s*[，,]\\s*${MEANS_BARE}`
  // The item's term cut off as its heading on import ("转授权" / "指乙方将……"): the body opens on 指.
  + `|(?:是指|系指|指的是|${MEANS_BARE}))`);

/** Compiled once per rule pattern: the same patterns run over every sentence of every document. */
// Looked up by the pattern object first: building the key from a long source on every call cost more than the match.
const compiled = new Map<string, { g: RegExp; quick: RegExp }>();
const compiledFor = new WeakMap<RegExp, { g: RegExp; quick: RegExp }>();
function variants(re: RegExp) {
  let v = compiledFor.get(re);
  if (v) return v;
  const key = re.flags + '/' + re.source;
  v = compiled.get(key);
  if (!v) {
    const plain = re.flags.replace(/[gyd]/g, '');
    v = { g: new RegExp(re.source, [...new Set([...re.flags, 'g', 'd'])].join('')), quick: new RegExp(re.source, plain) };
    if (compiled.size > 5_000) compiled.clear();
    compiled.set(key, v);
  }
  compiledFor.set(re, v);
  return v;
}
const global = (re: RegExp) => variants(re).g;
const quick = (re: RegExp) => variants(re).quick;

/**
 * Every match of `re` in `text`, sentence by sentence, with its reading. The pattern may name the word that carries
 * the meaning `(?<t>…)` ("公益……(?<t>收费)"); the reading is judged in the clause that holds that word.
 */
/** A table row whose next cell rules the matter out: "| 转授权 | 禁止 |". */
function ruledOutByCell(s: string, at: number): boolean {
  if (!/[|｜]/.test(s)) return false;
  const cells = s.slice(at).split(/[|｜]/);
  const next = cells[1]?.trim() ?? '';
  if (/^(?:禁止|不得|不允许|严禁|不可|不准|不适用|否)(?:[。；，,]|$)/.test(next)) return true;
  // "| 排他 | 无 |": the matter is absent; not "| 转授权限制 | 无 |", where what is none is the restriction.
  const own = s.slice(0, at).split(/[|｜]/).at(-1)! + cells[0];
  return /^(?:无|没有|不涉及)(?:[。；，,]|$)/.test(next) && !/限制|约束|要求|条件|审批|审核|门槛/.test(own);
}

/**
 * A denial governs what its clause goes on to name ("不因乙方投入而形成乙方对数据资源的专属权利"): the matter does not
 * come about (clauseParse.ts DENIAL reads the act right after it). So does a classification denied ("本协议所涉授权
 * 不构成对……公共数据的整体授权") and an arrangement said not to be set up ("本方案未设置任何授权转移安排").
 */
const DENIES = '(?:不因|并不因|不会因)[^，。；]{1,20}?而|不构成|不属于|不视为|不视同|并非|不等同于|不意味着|(?:未|并未|均未|没有)(?:设置|设立|约定|作出|安排|规定)任何';
const DENIED_BEFORE = new RegExp(`(?:${DENIES})[^，。；]*$`);
const DENIAL_START = new RegExp(DENIES, 'g');
/** Where `re` matches in `s`, as [start, end) spans. */
const spansOf = (s: string, re: RegExp): [number, number][] => [...s.matchAll(re)].map((m) => [m.index!, m.index! + m[0].length]);
const within = (spans: [number, number][], at: number) => spans.some(([a, b]) => at >= a && at < b);
// Most sentences hold none of the words a span starts from: one test before the three scans.
const NEUTRAL_QUICK = /不因|不会因|不构成|不属于|不视|并非|不等同|不意味|未设|未约|未作|未安|未规|没有|不得以|禁止以|严禁以|不能以|不应以|无权以|不允许以|查处|打击|防范|防止|制止|反对|惩治|整治|规制|预防|杜绝|遏制|纠正|针对|是否|能否|可否|有无|稿|草案|原方案|原协议|原条款|原表述|修改前|借鉴|学习|参考|吸收/;

/**
 * The sentence with what nothing lets happen blanked out, for a reader that reads it whole rather than match by match
 * (redlines/index.ts byUnit, and the parses of the raw-data and 转授权 readers): what a denial governs to its clause's
 * end, what a prohibition forbids as a means, and what is fought or asked (background.ts OVERSEEN_SPAN). The same spans
 * findTriggers leaves out. The length is kept, so positions in it are positions in the sentence.
 */
export function withNeutralMasked(s: string): string {
  if (!NEUTRAL_QUICK.test(s)) return s;
  const spans: [number, number][] = [];
  for (const m of s.matchAll(DENIAL_START)) spans.push([m.index!, m.index! + s.slice(m.index!).search(/[，。；,;]|$/)]);
  // The means is blanked, not the prohibition before it: it still governs the act the next clause names ("不得以签订开发利用
  // 协议为条件，要求……承诺不与其他主体合作").
  spans.push(...[...s.matchAll(FORBIDDEN_MEANS)].map((m): [number, number] => [m.index! + m[0].indexOf('以'), m.index! + m[0].length]), ...spansOf(s, OVERSEEN_SPAN));
  if (!spans.length) return s;
  const out = [...s];
  for (const [a, b] of spans) for (let i = a; i < b; i++) out[i] = '＿';
  return out.join('');
}

/**
 * What a prohibition forbids as a means or a condition ("不得以独家供应、捆绑购买……或者限定使用方不得向其他渠道采购作为
 * 交付条件"): everything between 以 and 作为 is forbidden, however long the list.
 */
const FORBIDDEN_MEANS = /(?:不得|禁止|严禁|不能|不应|无权|不允许)以([^。；]{2,80}?)(?:作为|为)[^，。；]{0,8}?(?:条件|前提|手段|理由|筹码)/g;

/** What follows an act word that makes it the name of a party: 提供单位, 使用方 (not 方式), 共享主体. */
const PARTY_NAMED = /^(?:单位|主体|部门|人员|方(?![式面法案向]))/;

/** A check tries each of its patterns on the same block in turn: the block's sentences are looked up once for all of them. */
let lastRead: { text: string; lead: Lead | undefined; all: string[] } | null = null;
function sentencesRead(text: string, lead: Lead | undefined): string[] {
  if (lastRead?.text !== text || lastRead.lead !== lead) lastRead = { text, lead, all: ledSentences(text, lead) };
  return lastRead.all;
}

export function findTriggers(text: string, re: RegExp, opts: ReadContext = {}): Hit[] {
  const hits: Hit[] = [];
  const g = global(re);
  const q = quick(re);
  const all = sentencesRead(text, opts.lead);
  for (let i = 0; i < all.length; i++) {
    const s = all[i];
    // Most sentences do not hold the trigger at all: one test before reading matches with their indices.
    if (!q.test(s)) continue;
    // A proviso may follow the prohibition after a semicolon ("不参与……再开发；但是，……不受前款限制"): read with it.
    const proviso = /^但/.test(all[i + 1] ?? '') ? all[i + 1] : '';
    // A definition says what a word means ("“原始数据”，是指数据提供单位向平台归集……的数据"): it lets nothing happen.
    if (DEFINES.test(s) && !appliedAct(s, opts)) continue;
    // An item of a list of breaches ("有下列情形之一的，……解除本协议：（二）……排他性交易安排的；") names a ground of a sanction.
    if (sanctionItem(s, all, i)) continue;
    g.lastIndex = 0;
    // The spans fought or asked (background.ts OVERSEEN_SPAN) and forbidden as a means, found once, on the first match.
    let overseen: [number, number][] | null = null;
    let means: [number, number][] | null = null;
    for (let m; (m = g.exec(s)); ) {
      if (m[0].length === 0) {
        g.lastIndex++;
        continue;
      }
      // "转授权风险", "违规导出等问题": the act named as a risk or a problem (background.ts), not a clause that lets it happen.
      if (namedAsRisk(s.slice(m.index + m[0].length, m.index + m[0].length + 20))) continue;
      const at = m.indices?.groups?.t?.[0] ?? m.index;
      // An act word naming a party ("数据提供单位对原始数据的权利", "使用方"): no act (clauseActs' NOMINAL, for the parse).
      if (PARTY_NAMED.test(s.slice(m.indices?.groups?.t?.[1] ?? m.index + m[0].length))) continue;
      const c = clauseAt(s, at);
      if (within((overseen ??= spansOf(s, OVERSEEN_SPAN)), at)) continue;
      // The clause shows the act is not the matter: done inside the platform, or handing data back to its owner.
      if (opts.unless?.some((u) => u.test(c.text))) continue;
      const r = readClause(s + proviso, c.text, at - c.start, opts);
      const negated = r.reading === 'prohibition' || ruledOutByCell(s, at) || DENIED_BEFORE.test(c.text.slice(0, at - c.start)) || within((means ??= spansOf(s, FORBIDDEN_MEANS)), at);
      hits.push({ clause: s.length <= 120 ? s : c.text.trim(), negated, ...r, sentence: s + proviso, at });
    }
  }
  return hits;
}
