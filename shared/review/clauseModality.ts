import { OWN_APPROVAL, SILENCE_CONSENT } from './redlines/actors';
import { OWN_TEXT } from './clauses';
import type { ClauseParse, Condition, ParseContext, Party } from './clauseParse';
import { holderOf } from './clauseParties';
import { objectOf, type ObjectClass } from './clauseObjects';
import type { Glossary } from './definitions';

/** Whether a clause may, must or must not (clauseParse.ts), and the condition that qualifies it. */

// 有权 ending a noun ("持有权", "所有权", "享有权") names a right held, not a may ("持有权不因授权而转移").
const HAS_RIGHT = '(?<![持所享])有权(?!益|属)';
export const MAY = new RegExp(`可以|可|允许|${HAS_RIGHT}|准予|得以|能够|得(?=[依将向在以])|同意[^，。；]{0,8}?享有`);
export const MUST = /应当|(?<![相对响适供反效理])应(?![用急对收])|必须|须|负责|承诺/;
const LAW = /法律|法规|规章|国家(?:另有)?规定|另有规定/;
const REFERENCE = /((?:附件|第)\s*[一二三四五六七八九十百\d]+\s*(?:条)?)[^，。；]{0,8}?(?:所列|列明|约定|规定|载明|所述|所载|列举)的?(?:情形|情况|事项|范围|例外)?(?:除外|外)/;
const NOT_APPLY = /((?:本协议)?(?:第\s*[一二三四五六七八九十百\d]+\s*条)?[^，。；]{0,12}?(?:禁止|不得)[^，。；]{0,8}?的?(?:约定|规定|限制))[，,]?\s*不适用于/;
const APPROVAL = /批准|审批|核准|审议|报请/;
const CONSENT = /同意|许可|认可|协商一致|另有约定|确认/;
// "除本协议另有约定外": what the text itself provides elsewhere, each clause of which is read on its own; no consent.
export const OWN_TEXT_PROVIDES = new RegExp(`${OWN_TEXT}另有(?:约定|规定)`);
const NOTICE = /备案|报备|告知|通知|知悉|报送|公告|公示|纳入[^，。；]{0,8}?报告|报告/;

// "但不得……发放授权许可": a 但 that opens a prohibition names what is forbidden, not a consent.
const CONDITION = /(?:除非?|未经|非经|没有|经过?|取得|征得|须经|需经|报请?|但(?!不得|禁止|严禁|不能|不可|不应|不允许))[^，。；]{0,24}?(?:同意|许可|认可|协商一致|另有约定|确认|批准|审批|核准|审议)/g;

// "除甲方书面同意的情形外，乙方不得……": the case a leading exception names, closed by 外, is no noun either.
const CASE = '(?:情形|情况)?(?:除外|不受此限|不在此限|(?:以|之)?外(?=[，,]))';
const NOUN_AFTER = new RegExp(`^的(?!${CASE})[\\u4e00-\\u9fff]`);
const NOT_A_CONSENT = new RegExp(`^(?:的(?!${CASE})[\\u4e00-\\u9fff]|其?(?:不能|无法|不可|不会|不得|没有|未))`);

/** The condition written in a sentence, by what it asks for (the strongest control named wins only if it binds). */
export function conditionOf(sentence: string, ctx: ParseContext = {}): Condition | undefined {
  const ref = REFERENCE.exec(sentence);
  if (ref) return { kind: 'reference', text: ref[0], resolved: ctx.resolve?.(ref[1].replace(/\s+/g, '')) ?? null };
  // Every carve-out ends on 不适用于: most sentences lack it and skip the pattern's scan.
  const na = sentence.includes('不适用于') ? NOT_APPLY.exec(sentence) : null;
  if (na) return { kind: 'carve-out', text: na[0] };
  const ownText = OWN_TEXT_PROVIDES.exec(sentence);
  if (ownText) return { kind: 'reference', text: ownText[0], resolved: null };
  if (SILENCE_CONSENT.test(sentence)) return { kind: 'silence', text: SILENCE_CONSENT.exec(sentence)![0] };
  const own = OWN_APPROVAL.exec(sentence);
  if (own && !/甲方|政府|主管部门|实施机构/.test(sentence.slice(0, own.index + own[0].length))) return { kind: 'own', text: own[0] };
  // "未经甲方认可的第三方工具": a condition that only describes a noun is none.
  // "经第三方检测机构确认不能通过可逆算法还原": what is confirmed is an impossibility, not a consent to lift one.
  // "但经甲方书面同意的除外": the 的 of a trailing exception names the case, not a noun.
  // "原始数据未经甲方同意不得……": after 未经/非经 a 不得 is the prohibition the consent lifts, not what is confirmed.
  const cond = [...sentence.matchAll(CONDITION)].find((m) => !(/^(?:未经|非经)/.test(m[0]) ? NOUN_AFTER : NOT_A_CONSENT).test(sentence.slice(m.index + m[0].length))) ?? null;
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

// "不可逆向还原" forbids; "不可逆加密" describes (clauses.ts NEGATORS).
export const MODAL = new RegExp(`不得|禁止|严禁|不能|不可(?!逆(?!向|推))|无权|不允许|可以|(?<![许认])可(?![逆用信控靠视])|应当|(?<![相对响适供反效理])应(?![用急对收])|必须|须|${HAS_RIGHT}|允许|准予|得以`);

/**
 * Whether the clause lets its act happen: a may, a must or a plain statement, unless the law's approval conditions it
 * (and the rule allows an approval at all: `absolute` rules allow none); a must-not, only when a party's consent, a
 * carve-out, a mere notice, silence, the operator's own approval or a referenced article that permits lifts it.
 */
export function letsHappen(p: ClauseParse, absolute = false): boolean {
  const k = p.condition?.kind;
  if (p.defines || p.denied) return false;
  // "出现转授权情形的，……": the act is supposed, as the case a consequence follows from.
  if (p.act && SUPPOSED.test(p.text)) return false;
  if (p.modality !== 'must-not') return absolute || k !== 'approval';
  // "擅自转移授权的，……终止授权": an act done against the rule, sanctioned; no condition lifts it.
  if (p.act && /擅自|违规|违法|非法/.test(p.text.slice(0, p.act.at))) return false;
  if (exceptsOnlyDerived(p)) return false;
  // A class of the data carved out of a ban on moving it moves (exceptedObject).
  if (p.act && MOVES.has(p.act.kind) && p.excepted?.kind === 'data') return true;
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
  // A definition ("（一）转授权：指乙方将……授予其他主体的行为") says what a word means and lets nothing happen.
  if (ps[0]?.defines) return true;
  // The clause that holds the word at `at`, when one does: the others may be about something else.
  const own = at === undefined ? [] : ps.filter((p) => at >= p.start && at < p.start + p.text.length);
  const read = own.length ? own : ps;
  // A denial ("不因授权而转移") too: its words hold a negator too far from the verb for a phrase to see it.
  return read.length > 0 && !read.some((p) => letsHappen(p, absolute)) && read.some((p) => p.shut || p.denied || exceptsOnlyDerived(p) || (!!p.act && SUPPOSED.test(p.text)) || (!absolute && p.condition?.kind === 'approval'));
}

/**
 * The parse read the clause holding the word at `at` and found the operator's act forbidden, with nothing lifting it
 * ("乙方不得将授权转授权，或者以出租……方式转让给第三方": the 或者 clause goes on under 不得): a phrase matched there does
 * not fire. Not where the sentence carves out a case anywhere ("……不出域，但客户为持牌金融机构的除外"): the phrase reads
 * the exception.
 */
export function forbiddenAt(sentence: string, ps: ClauseParse[], at: number, absolute = false): boolean {
  if (/除外|不受此限|不在此限|例外/.test(sentence)) return false;
  const own = ps.filter((p) => at >= p.start && at < p.start + p.text.length);
  // Only what the operator is forbidden: the grantor forbidden to grant others ("不再向其他主体授权") is the exclusivity.
  return own.length > 0 && own.every((p) => !!p.act && p.modality === 'must-not' && (p.holder?.party === 'operator' || p.holder?.party === 'group') && !letsHappen(p, absolute));
}

/** The parse as a clause reading (clauses.ts), for evidence: a lifted must-not is an exception. */
export function readingOf(p: ClauseParse): { reading: 'permission' | 'obligation' | 'exception'; condition?: string } {
  const reading = p.modality === 'must-not' ? 'exception' : p.modality === 'must' ? 'obligation' : 'permission';
  const c = p.condition;
  return c ? { reading, condition: c.resolved ? `${c.text}：${c.resolved.slice(0, 80)}` : c.text } : { reading };
}

/**
 * Which clauses a condition written in a sentence governs, as a lawyer reads it: a condition governs the chain of
 * clauses it is written in, not the whole sentence. A chain ends at a ；, and a new one starts at a clause with an act
 * of its own after a chain that already holds one, when that clause
 * - names a new subject ("……可将产品提供给第三方，合作方不得将原始数据导出"), or
 * - is a case of its own ending in 的 ("乙方不得转授权，确需委托第三方开发的，应当经甲方批准": the approval governs 委托).
 * A leading phrase ("经甲方书面同意，乙方可……", "除法律法规另有规定外，乙方不得……，并应当……") or a trailing one with
 * no act ("……，但甲方书面同意的除外") stays in the chain of the clauses it is written over.
 * Returns the chain index of each clause.
 */
/** The clause opens on this party (after a joining word: "并", "但", "此外"). */
// The party may be named with what it is to the operator ("受托机构不取得任何数据使用权益": the holder read is 机构).
const opensWith = (clause: string, party: string) => new RegExp(`^\\s*(?:且|并且|并|同时|而|但|但是|另|另外|此外)?(?:受托|受委托|被委托|合作|外包|下属|关联|该|上述|前述)?${party.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).test(clause);

/** A condition a clause opens on ("经市数据局同意可……"); alone in its clause ("经市数据局同意，") it leads the clause after it. */
// Also after a 但 and the may it brings ("但可在报经市数据局同意后，将……委托……").
const LEADING_OPEN = /^\s*(?:但是?[，,]?\s*)?(?:如|若|凡|并)?(?:可以?在?|在)?(?:报|事先|事前)?经[^，。；]{1,24}?(?:同意|批准|审批|审核|许可|授权)(?:后)?/;
const LEADING_PHRASE = new RegExp(`${LEADING_OPEN.source}\\s*$`);

const CONSENT_LEADS = /(?<![未非])经[^，。；]{1,24}?(?:同意|批准|审批|审核|许可)|取得[^，。；]{0,16}?(?:同意|授权|许可)(?:后|的)/;
// A consent the clause is obliged to obtain ("应当取得个人单独同意", "须征得车主同意"): a requirement the act before it
// must meet, never an exception to a prohibition written after it. So is an approval every act of a kind must pass ("任何
// 数据导出均须经实施机构审批，原始数据不得导出": the raw data's ban stands on its own).
const OBLIGED_CONSENT = /(?:应当|应|必须|须|需|需要)(?:事先|事前|预先|依法|另行|单独)?(?:取得|征得)[^，。；]{0,16}?(?:同意|授权|许可)|(?:均|一律|都|全部)(?:应当|应|必须|须|需|需要)(?:报)?经[^，。；]{1,16}?(?:同意|批准|审批|审核|许可)$/;
const NEGATED_START = /^\s*(?:且|并|并且|但|但是|同时|亦|也)?(?:不得|不|禁止|严禁|不能|不可|无权)/;

export function conditionChains(sentence: string, cs: { text: string; start: number }[], acts: ({ m: RegExpExecArray } | null)[]): number[] {
  const chain: number[] = [];
  let k = 0;
  let hasAct = false;
  let subject: Party | null = null;
  let chainSense = 0;
  // The kind of thing the chain's first act is about.
  let thing: ObjectClass | null = null;
  // The chain is led by a consent (经……同意, 取得……同意后), and a clause of it lets an act happen under it.
  let consentLed = false;
  let permitted = false;
  let obliged = false;
  cs.forEach((c, i) => {
    const m = acts[i]?.m;
    // A clause whose act is none the parse knows ("乙方可以与合作伙伴联合开发数据产品") still has a subject and a modal:
    // it stands as a clause, so the next one with another subject starts a chain of its own.
    const bare = m ? null : MODAL.exec(c.text);
    const bareHolder = bare ? holderOf(c.text, bare.index) : null;
    const named = m ? holderOf(c.text, m.index) : null;
    const atStart = !!named?.party && opensWith(c.text, named.text);
    const part = i > 0 && /[；;]\s*$/.test(sentence.slice(0, c.start));
    // The subject restated with a modal of the other sense starts a clause of its own ("经甲方书面同意，乙方可……，乙方
    // 不得……"); one that goes on in the same sense ("除甲方同意外，乙方不得……，乙方亦不得……") stays.
    const modal = m ? MODAL.exec(c.text.slice(0, m.index)) : null;
    const sense = modal ? (/不|禁|无权/.test(modal[0]) ? -1 : 1) : 0;
    const newSubject = !!m && hasAct && atStart && (named!.party !== subject || (sense !== 0 && chainSense !== 0 && sense !== chainSense));
    const ownCase = !!m && hasAct && /的\s*$/.test(c.text);
    // A clause opening on its own condition with a modal of the other sense is a permission of its own ("不得转让授权，经
    // 市大数据局同意可将平台运维等技术服务委托……": the consent lifts the outsourcing, never the prohibition before it).
    const ownCondition = !!m && hasAct && sense !== 0 && chainSense !== 0 && sense !== chainSense && LEADING_OPEN.test(c.text.slice(0, m.index));
    // A leading phrase after a clause with an act leads what follows it ("运营机构不得转授权，经市数据局同意，可以将……技术
    // 工作委托技术服务商": the consent is the outsourcing's, not the regrant's).
    const leading = !m && (!bare || /^\s*(?:但是?[，,]?\s*)?可/.test(c.text)) && hasAct && LEADING_PHRASE.test(c.text) && !TRAILING_EXCEPTION.test(c.text);
    // A clause that opens on a thing of another kind is a rule of its own ("原始数据一律不得下载，数据产品下载须经审批":
    // the approval is the product's, never the raw data's).
    // Read only once the chain has a thing to compare with: most clauses never need it.
    const verbAt = m?.index ?? bare?.index;
    const opensOn = hasAct && thing && verbAt !== undefined ? objectOf(c.text.slice(0, verbAt)) : null;
    const ownThing = !!opensOn && opensOn.kind !== thing && c.text.indexOf(opensOn.text) <= 2;
    // A consent that lets an act happen is that act's: a prohibition after it stands on its own ("经……同意，……可以将……技术
    // 服务委托专业机构承担，……，不得获取数据明细"; "仅在取得本人同意后，向……输出评分结果，不输出原始轨迹").
    // Its subject may come first: "经甲方审核同意，乙方可将……导入平台，……，导入数据同样不得导出".
    // A consent the chain is obliged to obtain frees what follows without a permission between ("确需提供核验服务的，应当
    // 取得个人单独同意，且只能输出核验结果，不得输出个人信息明细": the consent is the verification's, not the details').
    // So does one obliged of an act the parse does not know ("处理前须取得本人单独同意，严禁向第三方提供个人明细信息").
    const freed = !!m && (hasAct || obliged) && ((consentLed && permitted) || obliged) && (NEGATED_START.test(c.text) || sense === -1) && !LEADING_OPEN.test(c.text);
    if (i > 0 && (part || newSubject || ownCase || ownCondition || leading || ownThing || freed)) {
      k++;
      hasAct = false;
      subject = null;
      chainSense = 0;
      thing = null;
      consentLed = false;
      permitted = false;
      obliged = false;
    }
    if (CONSENT_LEADS.test(c.text)) consentLed = true;
    if (OBLIGED_CONSENT.test(c.text)) obliged = true;
    if (m && !NEGATED_START.test(c.text) && !/不|禁|无权/.test(modal?.[0] ?? '') && consentLed && !CONSENT_LEADS.test(c.text.slice(m.index))) permitted = true;
    thing ??= (m ? objectOf(c.text) : null)?.kind ?? null;
    chain.push(k);
    if (m) hasAct = true;
    if (sense && !chainSense) chainSense = sense;
    if (named?.party && (subject === null || atStart)) subject = named.party;
    if (bareHolder?.party && opensWith(c.text, bareHolder.text)) {
      hasAct = true;
      subject ??= bareHolder.party;
      if (!chainSense) chainSense = /不|禁|无权/.test(bare![0]) ? -1 : 1;
    }
  });
  return chain;
}

/**
 * A trailing exception ("……，但经甲方批准的除外", "……的，不受此限") lifts the prohibition it is written after: of its
 * chain, it governs the must-nots just before it, not a permission further back ("乙方可以将产品转让给关联公司，不得转授权
 * 给第三方，但经甲方批准的除外": the approval is no condition of the transfer).
 */
export const TRAILING_EXCEPTION = /^\s*(?:但|但是)?[^，。；]*(?:除外|不受此限|不在此限)\s*$/;

/**
 * What an exception names, when it names a thing ("除经甲方审核的统计汇总数据外，任何数据不得出域", "……，但经审核的脱敏结果
 * 除外"): a prohibition's exception permits only that, not everything the prohibition covers. A masked or anonymised set
 * is a product (Chongqing art. 2: 脱敏数据集 is a 数据产品), not the records. None when it names only a consent or a law.
 */
const EXCEPTION_SPAN = /除(?:非)?([^，。；]{2,40}?)(?:以外|之外|外)(?=[，,；;。]|$)|但(?:是)?([^，。；]{2,40}?)(?:的)?除外/g;
const MASKED = /(?:脱敏|匿名化?|去标识化?|聚合|汇总)(?:后|处理后)?(?:的)?(?:数据集|数据|结果|记录)?$/;
export function exceptedObject(text: string, g?: Glossary): ClauseParse['object'] {
  for (const m of text.matchAll(EXCEPTION_SPAN)) {
    // "除非敏感数据集外": 除 and a class that starts with 非, not 除非 (unless).
    const span = m[0].startsWith('除非') && /^(?:敏感|涉密|个人)/.test(m[1] ?? '') ? `非${m[1]}` : (m[1] ?? m[2]);
    const o = objectOf(span, g);
    if (o) return o;
    const masked = MASKED.exec(span);
    if (masked) return { kind: 'derived', text: masked[0] };
    // A class of the data carved out ("除经甲方认定的非敏感数据集外，乙方不得将……数据资源交由第三方运营"): that class may go.
    const part = DATA_CLASS.exec(span);
    if (part) return { kind: 'data', text: part[0] };
    // A work that touches no data ("但经甲方同意将非涉数的系统运维工作外包的除外") is let out as a product would be: the ban
    // on the grant or the data stands for everything else.
    const work = NO_DATA_WORK.exec(span);
    if (work) return { kind: 'derived', text: work[0] };
  }
  return null;
}
const DATA_CLASS = /(?:非敏感|低敏感?|一般|非涉密|非个人|公开|可公开|无条件共享)[^，。；]{0,6}?(?:数据集|数据资源|数据项|数据)$/;
const NO_DATA_WORK = /(?:非涉数|不涉及数据|不接触数据|不涉数)[^，。；]{0,4}?的?[^，。；]{0,10}?(?:工作|服务|事项|业务)|(?:系统|平台|机房|设备|网络|硬件|软件)(?:运维|维护|维修|巡检|安保|保洁)(?:工作|服务|事项)?/;

/** Acts that move or hand over the data or the grant: a prohibition of one lifted for a product moves no data or grant. */
const MOVES = new Set(['release', 'copy', 'transfer', 'regrant', 'entrust', 'capital', 'succeed']);
/**
 * A prohibition to move the data or the grant whose exception names only a product or result ("除……统计汇总数据外，任何
 * 数据不得以明细形式出域"): the exception lets the product out, the prohibition stands for everything else.
 */
export function exceptsOnlyDerived(p: ClauseParse): boolean {
  return p.modality === 'must-not' && p.excepted?.kind === 'derived' && p.object?.kind !== 'derived' && !!p.act && MOVES.has(p.act.kind);
}

/**
 * An act named as the case a consequence follows from ("出现转授权情形的，……终止授权", "发生原始数据导出行为的"): it
 * supposes the act, it does not let it happen.
 */
const SUPPOSED = /^\s*(?:如|若|凡|一旦)?(?:出现|发生|存在|有|查实|发现)[^，。；]{0,20}?(?:情形|情况|行为|事件|问题)的\s*$/;
