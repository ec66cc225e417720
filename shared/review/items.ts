import type { Block } from '../domain/document';
import type { RuleItem } from './ruleset';
import type { Evidence, ItemFinding } from './report';
import { evidence, isPassingMention, type ReadDocument, type Section } from './sections';
import { sentences } from './text';
import { dividingParagraph } from './duties';
import { termFixedIn, termStatement } from './termStated';
import { names, sectionItems } from './itemHeadings';

/**
 * Whether the document has what a checklist item asks for. An item is `present` when a section headed for it covers
 * what the rule requires, `partial` when only some of it is there, `missing` otherwise. A word that only appears in a
 * list of scenarios or a goals sentence is a passing mention, not content.
 */

const includesAny = (s: string, words: readonly string[]) => words.some((w) => s.includes(w));
/**
 * A sentence that only defers the matter to a paper made later ("成本收入核算和收益分配办法，由区数据局会同区财政局另行研究
 * 制定"; "……办法，待国家和本市统一出台后另行制定，并作为运营协议的补充内容"; "……收益怎么在各方之间分配，由运营机构在
 * 协议签订后另行拟订办法，报……审定后执行"; "……收益分配机制，由州财政局……另行研究制定，不在本方案中规定"; "具体资格
 * 要求、评审标准和评分办法，由实施机构在招标文件中另行确定") says nothing of it: the plan names the rule
 * it lacks. A detail left for later beside a rule the text states ("具体比例另行明确") is not this: only the paper itself
 * deferred is.
 */
const DEFERRED = /^[^，。；]*?(?:办法|细则|方案|机制|规则|制度|标准)[，,]?\s*(?:(?:由|待|在|经)[^，。；]{1,30}?)?(?:另行|后续|适时|另文|再行|研究)+(?:制定|制订|明确|规定|出台|印发|确定)[^，。；]{0,6}(?:[，,](?:并|届时)?(?:作为|纳入|列入|报)[^，。；]{0,16}|[，,](?:本方案|本协议)?不在本(?:方案|协议)(?:中)?(?:规定|明确|列出|详述|作规定))?[。；]?\s*$|^[^。；]*?[，,]\s*由[^，。；]{1,30}?(?:另行|后续|适时|再行)(?:研究)?(?:制定|制订|拟订|拟定|起草)[^，。；]{0,4}?(?:办法|细则|方案|机制|规则|制度)(?:[，,][^。；]{0,24}?(?:审定|审批|批准|同意|备案)后?(?:执行|实施|印发)?)?[。；]?\s*$/;

/**
 * A sentence without the deferral that closes it ("授权运营机构……通过公开招标方式确定，资格条件、评审办法和评分标准在招标文件
 * 中另行明确"): what comes before it still says something; a sentence deferred whole says nothing ('').
 */
// Every deferral says it is later ("另行", "后续", "适时", "再行", "另文", "研究"): without one of these words, no suffix is tried.
const DEFERS = /另行|后续|适时|另文|再行|研究/;
function undeferred(s: string): string {
  if (!DEFERS.test(s)) return s;
  if (DEFERRED.test(s)) return '';
  const at = [...s.matchAll(/[，,]/g)].map((m) => m.index).find((k) => DEFERRED.test(s.slice(k + 1)));
  return at === undefined ? s : s.slice(0, at);
}

/** The required aspects a text covers: each needs a sentence that says something about it, not a mention in a list. */
// An organ's name says nothing of its matter here either ("市市场监督管理局" under 保障措施 is no 监督管理).
function coveredText(text: string, groups: RuleItem['match']['requires'], inOwnSection: boolean) {
  const ss = sentences(text.replace(ORGAN, '局')).map(undeferred).filter(Boolean);
  return groups.filter((g) => ss.some((s) => g.any.some((w) => s.includes(w) && !isPassingMention(s, w, inOwnSection))));
}

/** What a reviewer writes when parts are not there: "未见运营机构选择条件中关于资金、安全能力的要求". */
const OWN_KIND_TITLE = /(?:方案|协议|协议书|合同|文本|范本|细则|办法)(?:\s*[（(][^（()）]*[）)])*$/;

export function missingSentence(item: { title: string; status: string; missingParts: string[] }): string {
  if (item.status === 'missing') return `文中未见“${item.title}”的相关内容。`;
  if (!item.missingParts.length) return '';
  return `“${item.title}”已有相关内容，但未写明${item.missingParts.join('、')}。`;
}

/**
 * A heading that gathers what is left (“保障措施”, “组织实施”) holds paragraphs on several matters: a paragraph that
 * opens with 核算 or with 未尽事宜 is that item's too, whichever item the heading's word names. One that opens with
 * the heading's own matter (“实施机构加强监督评估，运营机构加强数据安全管理”) stays the heading's.
 */
const GATHERING = /^(?:[^，。；]{0,6})?(?:保障措施|保障机制|组织保障|组织实施|实施保障|工作保障|工作要求)$/;

/** The items a paragraph's opening clause names by a heading word (“运营机构对……收支单独核算”). */
function openingItems(items: RuleItem[], text: string): RuleItem[] {
  const clause = text.split(/[，,。；;：:]/)[0];
  return items.filter((it) => includesAny(clause, it.match.headings));
}

/** Blocks under a section headed for some item: the selection conditions' "符合数据安全保护要求" belongs to them. */
export function claimedBlocks(items: RuleItem[], r: ReadDocument): Map<string, Set<string>> {
  const m = new Map<string, Set<string>>();
  const claim = (b: Block, id: string) => (m.get(b.id) ?? m.set(b.id, new Set()).get(b.id)!).add(id);
  // Each section's items once: a gathering heading asks them of every other section again.
  const itemsOf = new Map<Section, RuleItem[]>();
  const headedFor = (s: Section) => itemsOf.get(s) ?? itemsOf.set(s, sectionItems(items, s)).get(s)!;
  for (const s of r.sections) {
    const owners = headedFor(s);
    if (!owners.length) continue;
    const gathering = GATHERING.test(s.name.trim());
    // Under a heading that gathers what is left, a subsection with a name of its own that names no item ("（三）资金
    // 保障") is about its own matter, not the heading's: its paragraphs are whatever item they say all of.
    const free = new Set<string>();
    if (gathering) {
      for (const c of r.sections) {
        if (c === s || c.untitled || !c.name.trim() || !s.blocks.includes(c.heading) || headedFor(c).length) continue;
        for (const b of c.blocks) if (b !== c.heading) free.add(b.id);
      }
    }
    for (const it of owners) for (const b of s.blocks) if (!free.has(b.id)) claim(b, it.id);
    if (!gathering) continue;
    for (const b of s.blocks) if (b.kind !== 'heading') for (const it of openingItems(items, r.text(b))) claim(b, it.id);
  }
  return m;
}

/** The word names one of the duties a body is given ("负责方案组织实施、协议签订和监督管理"): a role, not the arrangement. */
function namesADuty(sentence: string, word: string): boolean {
  for (const clause of sentence.split(/[，,；;：:]/)) {
    const at = clause.indexOf(word);
    if (at < 0) continue;
    const duty = clause.search(/负责|承担|履行/);
    if (duty < 0 || duty > at) return false;
    // The word is an entry of the list of duties, right after its 、/和/及 ("和日常监管"); "负责对甲和乙进行监督管理"
    // says who supervises whom, which is the arrangement.
    const lead = clause.slice(duty, at);
    return /[、和及][\u4e00-\u9fff]{0,2}$/.test(lead) && !/对[^、，]*?(?:进行|开展|实施)/.test(lead);
  }
  return false;
}

/** "采取依场景授权的方式" says 授权方式: a 的 between the words of a matter's name does not change it (once per block). */
const DE = /(?<=[\u4e00-\u9fff])的(?=[\u4e00-\u9fff])/g;
/** An organ's name is no matter: "沧州市市场监督管理局" says nothing about 监督管理 (nor "金融监管总局" about 监管). */
// Nor do departments named by their field ("组织市场监管、税务、金融监管部门代表……论证").
const ORGAN = /(?:监督管理|监管)(?:总局|分局|局|委员会)|(?<=市场|金融|行业)监管(?=、|部门|机构|和|及|等)/g;
const deless = new WeakMap<ReadDocument, Map<string, string>>();
function withoutDe(r: ReadDocument, b: Block): string {
  let m = deless.get(r);
  if (!m) deless.set(r, (m = new Map()));
  let t = m.get(b.id);
  if (t === undefined) m.set(b.id, (t = r.text(b).replace(DE, '').replace(ORGAN, '局')));
  return t;
}

/** The word only names a thing built or sold: "企业信用评价模型", "监管平台接口" say nothing about 评价 or 监管 as a matter. */
const THING = /^(?:模型|指数|接口|系统|平台|产品|看板|画像|算法|工具)/;
/**
 * 其他 before a noun picks out other things ("不涉及畜禽养殖环节的其他数据", "其他市场主体"): it says nothing of the other
 * matters a text settles ("其他未尽事宜", "其他事项", "其他要求").
 */
const OTHERS = /^(?:其他|其它)$/;
const OTHER_MATTERS = /^(?:未尽)?(?:事项|事宜|要求|说明|规定|约定|条款|内容)|^[^\u4e00-\u9fff]|^$/;
// Nor does a product named by its subject ("商标代理机构信用评价报告", "企业风险评估服务"): a credit rating sold is no evaluation
// of the operation.
const RATED = /(?:信用|风险|资信|资质|质量|价值|资产|合规|能力)$/;
const RATING_SOLD = /^(?:报告|服务|结果|分值|等级|模型|指数|接口)/;
function namesAThing(sentence: string, word: string): boolean {
  let any = false;
  for (let at = sentence.indexOf(word); at >= 0; at = sentence.indexOf(word, at + 1)) {
    const after = sentence.slice(at + word.length);
    const sold = RATED.test(sentence.slice(0, at)) && RATING_SOLD.test(after);
    if (!(THING.test(after) || sold || (OTHERS.test(word) && !OTHER_MATTERS.test(after)))) return false;
    any = true;
  }
  return any;
}

/**
 * Findings made from one stating sentence only. Reports and news say "按照一场景一授权原则" too, so these do not count
 * when judging whether the text is a plan at all (engine.ts); they still count as the item's content.
 */
const fromStatement = new WeakSet<ItemFinding>();
export const foundByStatementOnly = (f: ItemFinding) => fromStatement.has(f);

/** The first sentence outside headings that states the item outright (`match.states`), not in passing. */
function statingSentence(item: RuleItem, r: ReadDocument): { b: Block; s: string; said: string } | undefined {
  const states = (item.match.states ?? []).map((re) => new RegExp(re));
  if (!states.length) return undefined;
  for (const b of r.blocks) {
    if (b.kind === 'heading') continue;
    for (const s of sentences(r.text(b))) {
      for (const re of states) {
        const m = re.exec(s);
        if (m !== null && !isPassingMention(s, m[0])) return { b, s, said: m[0] };
      }
    }
  }
  return undefined;
}

/**
 * The block names the item by a heading word besides the statement ("此外还需说明的是，" + "本方案经……审议通过后实施"),
 * not in passing: a paragraph on the item, found as one. A word inside the statement ("某市数据局是本次授权运营的实施机构")
 * is the statement's own.
 */
const namesItem = (r: ReadDocument, b: Block, headings: readonly string[], said: string) =>
  sentences(r.text(b).replace(said, '').replace(DE, '')).some((s) => headings.some((w) => s.includes(w) && !isPassingMention(s, w)));

/** How many blocks a list introduced by a colon may run to. */
const LIST_AFTER_COLON = 12;

export function evaluateItem(item: RuleItem, r: ReadDocument, claimed: Map<string, Set<string>> = new Map()): ItemFinding {
  const { headings, requires, title } = item.match;
  const base = { id: item.id, title: item.title, basis: item.basis, guidance: item.guidance, ...(item.generic ? { generic: true } : {}) };
  const lookedFor =
    `查找标题含“${headings.join('”或“')}”的章节` + (requires.length ? `，且内容涉及${requires.map((g) => `“${g.label}”`).join('、')}` : '') + '；或正文中同时写明这些内容的段落。';
  const finish = (f: Omit<ItemFinding, 'explanation'>): ItemFinding => ({ ...f, explanation: missingSentence({ title: item.title, status: f.status, missingParts: f.missingParts }) });
  // The term is covered by a sentence that fixes it ("……为授权运营期"), whether or not it says 期限 (termStated.ts).
  const termGroup = requires.find((g) => g.label === item.match.term);
  const coveredBy = (text: string, groups: RuleItem['match']['requires'], own: boolean) => {
    const got = coveredText(text, groups, own);
    return termGroup && !got.includes(termGroup) && termFixedIn(text) ? [...got, termGroup] : got;
  };

  // A section another item holds by a longer word (“评价标准”) is not this item's (claimedBlocks marks its heading).
  let hits = r.sections.filter((s: Section) => names(s, headings) && (claimed.get(s.heading.id)?.has(item.id) ?? true));
  // A heading that only seems to name the item says nothing about it: an untitled article named by its first sentence
  // ("第十八条 ……授权数据及全部副本予以清除"), or a line of an annex list with nothing under it ("附件：…2.…产品和服务
  // 清单"). The item is then looked for where it really is; the heading is kept as evidence if it is nowhere else.
  // A heading with nothing under it ("三、必要性和可行性论证" in a notice's list of the plan's parts) is no content, whatever
  // its own words cover.
  // Nor does one whose body only defers the matter to a paper made later, whatever its heading names ("八、核算和收益分配" /
  // "……办法另行研究制定").
  const deferredOnly = (s: Section) => {
    const body = s.blocks.slice(1).filter((b) => b.kind !== 'heading').flatMap((b) => sentences(r.text(b)));
    return body.length > 0 && body.every((x) => DEFERRED.test(x));
  };
  // An untitled article is named by its first sentence, which is no heading over the rest: a word in a list there ("以统计
  // 指标、指数、评估等级……形式提供") is a mention in passing, as anywhere in the text.
  const hollow = hits.filter((s) => s.bare || (requires.length > 0 && (((s.untitled || s.annex || s.blocks.length === 1) && coveredBy(s.text, requires, !s.untitled).length === 0) || deferredOnly(s))));
  hits = hits.filter((s) => !hollow.includes(s));
  // A section under a heading that names no item ("四、合作伙伴遴选", "八、应用场景与服务") is this item's when it says
  // everything the item asks for: content under an unexpected heading. Only for items that ask for three aspects or
  // more (one or two words prove nothing), never for a section headed for another item, innermost first.
  if (!hits.length && requires.length >= 3) {
    const full = r.sections.filter((s) => {
      const owners = claimed.get(s.heading.id);
      if (owners && !owners.has(item.id)) return false;
      return coveredBy(s.text, requires, false).length === requires.length;
    });
    hits = full.filter((h) => !full.some((o) => o !== h && h.blocks.includes(o.heading))).slice(0, 1);
  }
  if (hits.length) {
    const got = new Set(hits.flatMap((s) => coveredBy(s.text, requires, !s.untitled).map((g) => g.label)));
    const missingParts = requires.filter((g) => !got.has(g.label)).map((g) => g.label);
    // A heading over nothing the rule asks for ("九、产品和服务 清单必须报批后方可对外提供") is not the content;
    // one that points to an annex ("见附件2") is, in part.
    // The list of annexes closing the document ("附件：1．…数据资源目录") points to an annex only for the item it names.
    const annex = hits.some((s) =>
      s.blocks.some((b) => {
        const t = r.text(b);
        if (/另附|见附/.test(t)) return true;
        return /附件|附表/.test(t) && (!/^\s*附[件表]/.test(t) || includesAny(t, headings));
      }),
    );
    if (requires.length && got.size === 0 && !annex) {
      return finish({ ...base, status: 'missing', evidence: hits.slice(0, 2).map((s) => evidence(r, s.heading)), missingParts, lookedFor: lookedFor + '（找到了标题，但其下没有上述内容。）' });
    }
    const ev: Evidence[] = [];
    // The innermost matching sections say it best: "四、（五）变更和终止" rather than "四、安全和终止".
    const inner = hits.filter((h) => !hits.some((o) => o !== h && h.blocks.includes(o.heading)));
    for (const s of inner.slice(0, 3)) {
      ev.push(evidence(r, s.heading));
      const body = s.blocks.slice(1).filter((b) => b.kind !== 'heading');
      const useful = requires.length ? body.filter((b) => coveredBy(r.text(b), requires, true).length) : body;
      for (const b of (useful.length ? useful : body).slice(0, 2)) ev.push(evidence(r, b));
    }
    const unique = ev.filter((e, i) => ev.findIndex((x) => x.blockId === e.blockId) === i);
    return finish({ ...base, status: missingParts.length === 0 ? 'present' : 'partial', evidence: unique.slice(0, 5), missingParts, lookedFor });
  }

  // A line that ends in a colon sets its matter out in the list below it, even when the list is numbered (1. 2. …) and
  // a page break cut it: the list is read with the line.
  const at = new Map(r.blocks.map((b, i) => [b.id, i]));
  const listAfter = (b: Block, t: string): string => {
    const i = at.get(b.id) ?? 0;
    let level = Infinity;
    for (let j = i - 1; j >= 0; j--) {
      const h = r.blocks[j];
      if (h.kind === 'heading') {
        level = h.level;
        break;
      }
    }
    const parts = [t];
    for (const n of r.blocks.slice(i + 1, i + 1 + LIST_AFTER_COLON)) {
      if (n.kind === 'heading' && (n.level <= level || !n.numbering)) break;
      parts.push(r.text(n));
    }
    return parts.join('\n');
  };

  // A sentence that states the item outright counts wherever it sits, under another item's heading too; one that ends
  // in a colon ("投标人需满足：") states it with the list below it.
  const stated = statingSentence(item, r);
  if (stated) {
    const own = r.text(stated.b);
    const said = /[：:]\s*$/.test(stated.s) && /[：:]\s*$/.test(own) ? listAfter(stated.b, own) : own;
    const got = new Set(coveredBy(said, requires, false).map((g) => g.label));
    const missingParts = requires.filter((g) => !got.has(g.label)).map((g) => g.label);
    const f = finish({ ...base, status: missingParts.length === 0 ? 'present' : 'partial', evidence: [evidence(r, stated.b, stated.s)], missingParts, lookedFor });
    // A sentence that says all the item asks for (the operator's conditions: 注册资本……管理制度……团队……服务……
    // 等级保护) is the content itself, not a phrase a report might repeat in passing.
    // So is a paragraph that names the item too, as a paragraph found without the statement would ("此外还需说明的是，
    // 本方案经……审议通过后实施").
    if (!(requires.length >= 3 && missingParts.length === 0) && !namesItem(r, stated.b, headings, stated.said)) fromStatement.add(f);
    return f;
  }

  // The parties' duties set out side by side, under whatever heading ("明确分工", "各管一摊"): the division itself.
  const dividing = item.match.divides ? dividingParagraph(r, item.match.divides) : undefined;
  if (dividing) {
    const got = new Set(coveredBy(r.text(dividing), requires, false).map((g) => g.label));
    const missingParts = requires.filter((g) => !got.has(g.label)).map((g) => g.label);
    return finish({ ...base, status: missingParts.length === 0 ? 'present' : 'partial', evidence: [evidence(r, dividing)], missingParts, lookedFor });
  }

  // No section for it: a paragraph may still carry it ("本协议争议提交秦皇岛仲裁委员会仲裁"), but a mere mention
  // ("产品和服务清单必须报批", "形成一批数据产品和服务") is not the content the rule asks for.
  let best: { b: Block; n: number } | undefined;
  // A line that introduces a table ("下列数据实行负面清单管理，不纳入授权运营范围（表3）：") carries the item in the table,
  // under whatever heading it sits.
  const next = new Map(r.blocks.map((b, i) => [b.id, r.blocks[i + 1]]));
  const introducesTable = (b: Block, t: string) => next.get(b.id)?.kind === 'table' && /[：:]$/.test(t.trim());
  // So does a sentence that names the item and sets it out after a colon ("以下数据列入负面清单，不纳入本次授权：茶农
  // 身份证号码……；涉及国家秘密的地理信息；……"): the list is the item's content, not a word in passing.
  const introducesList = (t: string) =>
    sentences(t).some((s) => {
      const colon = s.search(/[：:]/);
      return colon > 0 && includesAny(s.slice(0, colon), headings) && (s.slice(colon).match(/[、；;]/g) ?? []).length >= 2;
    });
  // A line that ends in a colon and names the item ("申请单位应当提交以下材料：") sets it out in the list below it.
  const withList = (b: Block, t: string): string => {
    const colon = t.trim().search(/[：:]$/);
    if (colon <= 0 || !includesAny(t.slice(0, colon), headings)) return t;
    return listAfter(b, t);
  };
  // Or when it sets out every part the item asks for in sentences of their own that are about the item ("……单独建账、单独
  // 核算，经营成本包括……" / "年度净收益的25%用于……"): the item written into another section, not a word in passing.
  const aboutItem = (s: string) => {
    const x = undeferred(s);
    return headings.some((w) => x.includes(w) && !isPassingMention(x, w) && !namesAThing(x, w) && !namesADuty(x, w));
  };
  const statesEachPart = (t: string) => {
    if (requires.length < 2) return false;
    const ss = sentences(t).filter(aboutItem);
    const by = requires.map((g) => ss.filter((x) => coveredText(x, [g], false).length));
    return by.every((x) => x.length) && new Set(by.flat()).size >= 2;
  };
  for (const b of r.blocks) {
    if (b.kind === 'heading') continue;
    const owners = claimed.get(b.id);
    const own = withoutDe(r, b);
    const t = withList(b, own);
    // Under another item's heading ("保障措施") a paragraph is this item's only when it says all of it, in sentences
    // that are about it ("第一，数据安全……第二，个人信息保护……第三，应急处置……"); one or two words prove nothing.
    if (owners && !owners.has(item.id) && t === own && !introducesTable(b, t) && !introducesList(t) && !(requires.length >= 3 && coveredBy(t, requires, false).length === requires.length) && !statesEachPart(t)) continue;
    if (!includesAny(t, headings)) continue;
    const about = sentences(t).filter(aboutItem);
    if (!about.length) continue;
    const n = coveredBy(t, requires, false).length;
    if (!best || n > best.n) best = { b, n };
  }
  if (best && (requires.length === 0 || best.n > 0)) {
    const got = new Set(coveredBy(withList(best.b, r.text(best.b)), requires, false).map((g) => g.label));
    // The parts said in sibling paragraphs of one section, each about the item ("5.1 ……单独核算" / "5.3 收益按……分配"
    // under "钱怎么核、怎么分"): the section says the whole item, whatever its heading calls it.
    const ev = [evidence(r, best.b)];
    const home = r.sections.filter((x) => x.blocks.includes(best!.b) && !x.untitled).sort((x, y) => x.blocks.length - y.blocks.length)[0];
    for (const b of home && got.size < requires.length ? home.blocks : []) {
      if (b === best.b || b.kind === 'heading') continue;
      const said = sentences(withoutDe(r, b)).filter(aboutItem).join('');
      const more = coveredBy(said, requires, false).filter((g) => !got.has(g.label));
      if (more.length) ev.push(evidence(r, b));
      for (const g of more) got.add(g.label);
    }
    const missingParts = requires.filter((g) => !got.has(g.label)).map((g) => g.label);
    const status = requires.length > 0 && missingParts.length === 0 ? 'present' : 'partial';
    return finish({ ...base, status, evidence: ev, missingParts, lookedFor });
  }
  // The grant's term fixed in a sentence under whatever heading ("1.3 授权期间 本协议的授权期间为叁年" under 授权事项):
  // the item's content, as a stating sentence is (not counted when judging whether the text is a plan).
  if (item.match.term) {
    const fixed = termStatement(r);
    if (fixed) {
      const { b, s } = fixed;
      const got = new Set([...coveredBy(r.text(b), requires, false), ...(termGroup ? [termGroup] : [])].map((g) => g.label));
      const missingParts = requires.filter((g) => !got.has(g.label)).map((g) => g.label);
      const f = finish({ ...base, status: missingParts.length === 0 ? 'present' : 'partial', evidence: [evidence(r, b, s)], missingParts, lookedFor });
      fromStatement.add(f);
      return f;
    }
  }
  // Only the title of the plan or agreement itself names it: an explainer's or a report's ("……实施方案六问六答") is about one.
  if (title && includesAny(r.doc.title, title) && OWN_KIND_TITLE.test(r.doc.title.trim())) {
    return finish({ ...base, status: 'present', evidence: [{ blockId: r.doc.titleBlockId ?? '', location: '文件标题', excerpt: r.doc.title }], missingParts: [], lookedFor });
  }
  if (hollow.length) {
    return finish({ ...base, status: 'missing', evidence: hollow.slice(0, 2).map((s) => evidence(r, s.heading)), missingParts: requires.map((g) => g.label), lookedFor: lookedFor + '（找到了标题，但其下没有上述内容。）' });
  }
  return finish({ ...base, status: 'missing', evidence: [], missingParts: requires.map((g) => g.label), lookedFor });
}
