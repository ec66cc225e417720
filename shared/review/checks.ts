import type { Check, FlagRule, ReviewKind } from './ruleset';
import type { Block } from '../domain/document';
import type { Evidence, FlagFinding } from './report';
import { findTriggers, type Hit } from './clauses';
import { forbiddenAt, heldBack, parseSentence, type ClauseParse } from './clauseParse';
import { namesRaw } from './clauseObjects';
import { isBackground, readRedline } from './redlines';
import { CONTRAST_CLAUSE, riskListed } from './redlines/background';
import { PUBLIC_USER } from './redlines/actors';
import { enclosingHeadings, evidence, headingChains, headingName, joinedWithHe, type ReadDocument, type Section } from './sections';
import { spansSeveralGrants, termAcrossSentences } from './redlines/term';
import { cells as rowCells, columnHeads, leadsByBlock, onlyInRiskCells, sentencesByBlock } from './redlines/units';
import { renewsAnotherMatter } from './redlines/renewal';
import { clauses, durations, parseNumeral, sentences, signingDate } from './text';
import { FIRST_TERM } from './periods';
import { automaticExtensions } from './extensions';
import { filingLate } from './filingTime';
import { emptyLabelsDropped, labelsDecide, servedColumn, servedPublic } from './productCategories';

/**
 * Red lines. A phrase check fires on what a clause lets happen: a permission, an obligation, or a prohibition with a
 * consent exception ("除甲方书面同意，乙方禁止……共享原始数据"); a plain prohibition ("不得转授权", "非排他") does not.
 */

const TERM_CONTEXT = new RegExp(`期限|有效期|授权期|运营期|授权运营期|为期|运营周期|授权时间|协议期|${FIRST_TERM}|自签订之日|自签署之日|自生效之日|长期有效|长期授权|运营年度`);
/**
 * A term said without its word: the grant starting on a date ("授权运营自2026年3月1日起，至……止"), or a window from the
 * signing in which the operator runs the grant ("在本协议签订后的五个自然年度内，独立开展……经营").
 */
const TERM_SAID = /(?:授权|运营)[^，。；]{0,6}?自\s*(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年|(?:签订|签署|生效)(?:之日)?(?:后|起)的?[^，。；]{0,12}?(?:年度?|月)(?:内|以内|之内)[，,]?[^。；]{0,20}?(?:开展|运营|经营|开发利用|享有)/;
// A span "期间" is the grant's only in a sentence about the grant: "2019—2023年我市实施……帮扶项目期间形成的蜂场档案" dates a
// past project.
const SPAN_OF_GRANT = /期间/;
const GRANT_WORDS = /授权|运营|协议|合同|经营|开发利用/;
const termContext = (s: string) => TERM_CONTEXT.test(s) || TERM_SAID.test(s) || (SPAN_OF_GRANT.test(s) && GRANT_WORDS.test(s));
const EVENT_BOUND_TERM = /(?:有效期|期限|运营期|授权期)[^，。；]{0,4}?至[^，。；\d]{2,24}?之日(?:止|为止|终止)/;
const months = (n: number) => (Number.isFinite(n) ? `约 ${Math.round(n)} 个月` : '不设期限');
interface CheckResult {
  fired: boolean;
  detail?: string;
  evidence: Evidence[];
}

/** A heading names a matter ("第六条 转授权"); only one that is itself a whole clause (an article on one line) is read. */
/** A ruleset's pattern, compiled once for every review (the readers' compiled variants are found by the object: clauses.ts). */
const patterns = new Map<string, RegExp>();
const rx = (source: string) => patterns.get(source) ?? patterns.set(source, new RegExp(source)).get(source)!;
/** Whether a term is used more than once in the document: beyond its definition. The text joined once a document. */
const joinedText = new WeakMap<ReadDocument, string>();
function usedElsewhere(r: ReadDocument) {
  return (term: string) => {
    const all = joinedText.get(r) ?? joinedText.set(r, r.blocks.map((b) => r.text(b)).join('\n')).get(r)!;
    const first = all.indexOf(term);
    return first >= 0 && all.indexOf(term, first + term.length) >= 0;
  };
}
const isClause = (b: { kind: string; text?: string }) => !(b.kind === 'heading' && (b.text ?? '').length <= 30);

export function runCheck(check: Check, r: ReadDocument, kind?: ReviewKind, rule?: FlagRule): CheckResult {
  switch (check.kind) {
    case 'term': {
      const over: Evidence[] = [];
      const found: string[] = [];
      const parents = enclosingHeadings(r);
      // The signing date may be anywhere, the head of the agreement included (it is before the body when it opens it).
      let signedOn: ReturnType<typeof signingDate> = null;
      for (const b of r.doc.blocks) if ((signedOn = signingDate(r.text(b)))) break;
      // The initial term last read in each section, for an automatic extension written in a later paragraph.
      const initialIn = new Map<string, { months: number; text: string }>();
      // An extension in an article of its own ("第二条（二）……自动续展一年") extends the term read last in the document.
      let lastInitial: { months: number; text: string } | undefined;
      const wrapped = sentencesByBlock(r);
      for (const b of r.blocks) {
        const section = parents.get(b.id) ?? '';
        // A term that ends on an event ("有效期至乙方收回全部投资之日止") is as long as what the block says of that event.
        const inTermSection = TERM_CONTEXT.test(section) || EVENT_BOUND_TERM.test(r.text(b));
        for (const s of wrapped.get(b) ?? []) {
          // A product's or a user contract's renewal ("服务合同期满自动续期两年") does not extend the grant (renewal.ts).
          const ext = renewsAnotherMatter(s) ? [] : automaticExtensions(s);
          if (!inTermSection && !termContext(s) && !ext.length) continue;
          // A sentence that sets no rule (others' practice and its problems, a risk, a past fact) states no term either.
          if (isBackground(s)) continue;
          // The extension's own span ("自动顺延两年") is not an initial term.
          const masked = ext.reduce((t, e) => t.slice(0, e.start) + '＿'.repeat(e.end - e.start) + t.slice(e.end), s);
          // A plan's horizon over several grants, each phase chosen anew, is no term (term.ts).
          const own = durations(masked, signedOn).filter((d) => !spansSeveralGrants(masked, d.text, r.text(b)));
          for (const d of own) {
            if (d.months > check.maxMonths + 0.5) {
              over.push(evidence(r, b, s));
              found.push(`${d.text}（${months(d.months)}）`);
            }
          }
          const initial = own.filter((d) => d.kind !== 'cap').sort((a, z) => z.months - a.months)[0] ?? initialIn.get(section) ?? lastInitial;
          if (initial && !ext.length && (inTermSection || termContext(s))) {
            initialIn.set(section, initial);
            lastInitial = initial;
          }
          // "第四条 运营期限为三年" on its heading line: the paragraphs under it are in the section it names.
          if (initial && !ext.length && b.kind === 'heading') initialIn.set(headingName(r.text(b)), initial);
          if (!initial || !ext.length) continue;
          const total = initial.months + ext.reduce((n, e) => n + e.months, 0);
          if (total > check.maxMonths + 0.5 && initial.months <= check.maxMonths + 0.5) {
            over.push(evidence(r, b, s));
            const sum = Number.isFinite(total) ? `共${months(total)}` : '续展次数不限，期限没有上限';
            found.push(`${initial.text}加自动${ext.map((e) => e.text).join('、')}（${sum}）`);
          }
        }
      }
      // Terms read across sentences: an end date far from the start, phases added up (shared/review/redlines/term.ts).
      for (const x of termAcrossSentences(r, signedOn, check.maxMonths)) {
        over.push(x.evidence);
        found.push(x.found);
      }
      return { fired: over.length > 0, detail: found.length ? `文中写明：${[...new Set(found)].join('、')}。` : undefined, evidence: over.slice(0, 3) };
    }
    case 'phrase': {
      const ev: Evidence[] = [];
      const res = check.triggers.map(rx);
      const opts = { absolute: check.absolute, unless: [...check.unless.map(rx), ...(check.rulesOnly ? [CONTRAST_CLAUSE] : [])], resolve: referenced(r), usedElsewhere: usedElsewhere(r) };
      // A red line its reader decides on the clause parse: a sentence the parse holds back (a move that waits for the
      // law's approval, a function shut) is not made to fire by its words.
      const parsed = !!rule?.checks.some((c) => c.kind === 'reading');
      const vetoed = (h: Hit) => {
        if (!parsed) return false;
        const sentence = h.sentence ?? h.clause;
        const ps = parseSentence(sentence, { glossary: r.glossary, resolve: opts.resolve });
        return heldBack(ps, check.absolute, h.at) || (h.at !== undefined && (forbiddenAt(sentence, ps, h.at, check.absolute) || handsOverOther(sentence, ps, h.at)));
      };
      const leads = leadsByBlock(r);
      const heads = columnHeads(r);
      // An item under a heading of risks ("十、风险清单" / "运营机构……形成独家经营") is a risk foreseen, as the readers hold.
      const chains = check.rulesOnly ? headingChains(r) : null;
      // A word in a table's risk column ("主要风险 | 数据垄断、不正当竞争") names a risk, as a sentence describing one does.
      const riskCell = (b: Block, t: string, h: Hit) => {
        const hs = heads.get(b);
        const s = h.sentence ?? h.clause;
        return !!hs && onlyInRiskCells(t, s.slice(h.at ?? 0, (h.at ?? 0) + 4), hs);
      };
      for (const b of r.blocks) {
        if (!isClause(b)) continue;
        const t = r.text(b);
        const read = { ...opts, lead: leads.get(b) };
        for (const re of res) for (const h of findTriggers(t, re, read)) if (!h.negated && !(check.rulesOnly && (isBackground(h.clause) || riskListed(chains?.get(b.id) ?? [], h.clause))) && !vetoed(h) && !riskCell(b, t, h)) ev.push(evidence(r, b, h.clause, h));
        // A paragraph headed by its category ("公共治理和公益类：……；……按每船每年200元收取服务费") governs every
        // sentence in it: each is read again under the label, so a charge in its second sentence is a charge in that category.
        // Only triggers written for such a label (anchored at the paragraph's start with "^") are read so.
        const lead = CATEGORY_LEAD.exec(t)?.[0];
        if (!lead) continue;
        for (const s of sentences(t).slice(1)) {
          for (const re of res) {
            if (!re.source.startsWith('^') || re.test(s)) continue;
            for (const h of findTriggers(lead + s, re, opts)) if (!h.negated) ev.push(evidence(r, b, h.clause, h));
          }
        }
      }
      const uniq = distinct(ev);
      return { fired: uniq.length > 0, evidence: uniq.slice(0, 3) };
    }
    case 'reading': {
      // The red line's own reader (shared/review/redlines/), given the rule it reads for (its other checks' `unless`).
      const ev = rule ? readRedline(check.reader, r, { isClause, rule }) : [];
      return { fired: ev.length > 0, evidence: ev.slice(0, 3) };
    }
    case 'absent': {
      if (kind && check.appliesTo && !check.appliesTo.includes(kind)) return { fired: false, evidence: [] };
      // Absence is judged only where something is read: a text whose every line was taken for wrapper (an annex alone,
      // "附件一 授权场景说明：……") has no body for anything to be missing from.
      if (!r.blocks.some(isClause)) return { fired: false, evidence: [] };
      const res = check.patterns.map(rx);
      // The title says what the document is ("……场景公共数据授权运营协议" names its scenario): read it too.
      const found = res.some((re) => re.test(r.doc.title ?? '')) || r.blocks.some((b) => isClause(b) && res.some((re) => findTriggers(r.text(b), re).some((h) => !h.negated)));
      return { fired: !found, detail: found ? undefined : '文中未找到相应约定。', evidence: [] };
    }
    case 'deadline': {
      if (kind && check.appliesTo && !check.appliesTo.includes(kind)) return { fired: false, evidence: [] };
      return filingLate(r, rx(check.context), check.maxWorkingDays, !!check.whenMentioned);
    }
    case 'section_lacks': {
      // An entry of the 附件 list ("附件：1. 目录" / "2. 产品和服务清单") names the annex; it is not the list.
      const sectioned = r.sections.filter((s) => !s.annex && check.headings.some((w) => joinedWithHe(s.name).includes(joinedWithHe(w))));
      // A list opened by a caption line or a label of its own, outside any such section ("附件3 公共数据产品和服务清单" over
      // its items, "6.1 产品和服务清单：……包括A、B、C"): the caption's blocks, or the labelled paragraph, are the list.
      const named = [...sectioned, ...listsCaptioned(r).filter((c) => !sectioned.some((s) => s.heading === c.heading || s.blocks.includes(c.heading)))];
      // The list itself, a table under a 清单 heading (an agreement's 附件二), is what is judged when the text holds one:
      // the clauses that point to it ("由行业主管部门进行业务规范性审核") name who reviews the products, not a product.
      const tables = named.filter((s) => /清单/.test(s.name) && s.blocks.some((b) => b.kind === 'table'));
      // A list set out as a table in a part of a section on the products ("6 数据产品和服务" / "6.1 产品清单" / "6.3 价格说明：
      // 序号1—3用于公共治理和公益事业……") is read with its section: its notes beside the table say which rows are which.
      const hits = (tables.length ? [...new Set(tables.map((t) => named.find((s) => s !== t && s.blocks.includes(t.heading)) ?? t))] : named).map((s) => withLabelledRun(r, s));
      if (!hits.length) return { fired: false, evidence: [] };
      // A list kept in an annex the file does not hold ("清单见附件二，包括企业信用评分、授信辅助核验接口等"): what is
      // shown are examples, not the list, so what it lacks cannot be told.
      // Unless the text says what every listed one is ("附件2所列12项产品均为面向金融、保险、物流企业的市场化产品"): then
      // that sentence is the list's content.
      if (hits.some((s) => annexNotHeld(s.text, r)) && !hits.some((s) => ALL_OF_A_KIND.test(s.text))) return { fired: false, evidence: [] };
      // A note on the listed products ("党政机关因履职需要使用上述数据的，无偿提供", "机关单位使用的，免费") says who may
      // use them on what terms; it adds no product of its own, so its words do not make a category.
      // "乙方开发的数据产品和服务以附件二为准": the list is the annex it points to, when the text holds it (a plain-text
      // file sets its annexes out as paragraphs, not as sections of their own).
      const resolve = referenced(r);
      const annexes = hits.flatMap((s) => [...s.text.matchAll(LIST_IN_ANNEX)].map((m) => resolve(`附件${m[1]}`) ?? ''));
      // A category item whose content is deferred ("2. 公共治理和公益事业类：……另行研究确定") is dropped whole, its label with it.
      const listed = sentences([...hits.map((s) => s.text), ...annexes].join('\n').replace(DEFERRED_ITEM, '\n'));
      const kept = listed.map((x) => ALL_LISTED.test(x) || !STRUCK.test(x));
      // A heading whose only sentence was struck ("（二）关于政府部门使用需求" / "……不在本方案产品清单中安排") names what the list
      // leaves out.
      kept.forEach((k, i) => {
        if (!k && i > 0 && kept[i - 1] && HEADING_LINE.test(listed[i - 1]) && (i + 1 >= listed.length || HEADING_LINE.test(listed[i + 1]))) kept[i - 1] = false;
      });
      const text = listed
        .filter((_, i) => kept[i])
        // A category the text does not offer now is none of its list: "本期不开发面向市场的经营性产品", "产业类数据产品待
        // 试点评估后另行研究".
        .map((x) => clauses(x).filter((c) => !NOT_OFFERED.test(c.text)).map((c) => c.text).join('，'))
        .join('\n');
      // A product term the text defines ("“数据产品”，是指……面向市场主体有偿提供的数据集……") is what every listed one is.
      const defined = r.glossary.used(text).filter((d) => /产品|服务/.test(d.term)).map((d) => d.meaning);
      // A table's column of who is served ("服务对象 | 市交通运输局") says so cell by cell.
      const heads = columnHeads(r);
      const served = hits.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'table' ? servedColumn(b.rows) : heads.has(b) ? servedColumn([heads.get(b)!, rowCells(r.text(b))]) : [])));
      // Guizhou's 政务指导价 is the price paid products are sold at, as 政府指导价 elsewhere: no public use.
      const said = servedPublic([labelsDecide(emptyLabelsDropped(text), check.groups), ...defined, ...served].join('\n')).replace(/政务指导价/g, '政府指导价');
      let lacking = check.groups.filter((g) => !g.any.some((w) => said.includes(w))).map((g) => g.label);
      // Free services to public bodies the text sets out elsewhere ("十、社会效益：……向州林业局……免费提供森林火险综合研判、
      // ……两项服务") are products of the public category, wherever the list stands.
      if (lacking.length === 1 && lacking[0] === check.groups[0].label && r.blocks.some((b) => !hits.some((h) => h.blocks.includes(b)) && OFFERED_FREE.test(r.text(b)))) lacking = [];
      // Only a list that has one category and not the other; a list with neither is a missing item, not this flag.
      return lacking.length && lacking.length < check.groups.length
        ? { fired: true, detail: `缺少：${lacking.join('、')}。`, evidence: hits.slice(0, 2).map((s) => evidence(r, s.heading)) }
        : { fired: false, evidence: [] };
    }
  }
}

/**
 * A list whose lead-in ends on a colon and whose category items were numbered like the list's own heading ("（六）数据产品和
 * 服务清单" / "按照产品形态，拟提供：" / "（一）数据接口类：……" / "（二）数据模型类：……"): the items were read as sections
 * beside it, so the labelled ones that follow are read as its content.
 */
function withLabelledRun<T extends ListPart>(r: ReadDocument, s: T): T {
  const last = s.blocks.at(-1);
  if (!last || !/[：:]\s*$/.test(r.text(last))) return s;
  const run: Section[] = [];
  const at = r.sections.findIndex((x) => x.heading === s.heading);
  for (const next of at < 0 ? [] : r.sections.slice(at + 1)) {
    if (!/类$/.test(next.name.replace(/[：:]\s*$/, '').split(/[：:]/)[0])) break;
    run.push(next);
  }
  return run.length ? { ...s, blocks: [...s.blocks, ...run.flatMap((x) => x.blocks)], text: [s.text, ...run.map((x) => x.text)].join('\n') } : s;
}

/** A caption naming the products list ("附件3 公共数据产品和服务清单", "附表1 首批数据产品和服务清单"), or a label before one. */
const LIST_NAME = '[^，。；：:]{0,16}?(?:产品和服务清单|产品与服务清单|产品清单|服务清单)';
const LIST_CAPTION = new RegExp(`^\\s*(?:(?:附件|附表|表)\\s*[一二三四五六七八九十\\d]+[\\s：:、.．]*)?${LIST_NAME}\\s*(?:[（(][^（）()]{1,12}[）)])?\\s*$`);
// Or a typed table's row label ("产品和服务清单 | 港口集疏运指数、……"), or a sentence that says what the list holds
// ("4.1 本期产品和服务清单限于惠企类产品，具体为：……").
// Or the products the party is to provide, listed after a colon ("4.1 乙方在授权期内应当提供下列数据产品和服务：（1）……"), or
// counted ("7.1 本方案拟提供的产品和服务共九项（清单见附件2），服务对象均为银行……"), or said all of one kind ("拟提供的
// 产品和服务均为产业类产品，分为……三个系列").
// The row's label may name its category in brackets ("产品和服务清单（公共治理、公益事业类） | 暂无").
const LIST_LABEL = new RegExp(`^\\s*(?:[\\d.．]+\\s*|[（(][一二三四五六七八九十\\d]+[）)]\\s*)?(?:${LIST_NAME}\\s*(?:[（(][^（）()]{1,16}[）)]\\s*)?(?:[：:|｜]|(?:限于|仅限于?|仅包括|包括|包含|如下)[：:]?)|[^，。；：:]{0,20}?(?:提供|开发|上线|推出)(?:下列|以下|如下)(?:的)?(?:公共)?(?:数据)?(?:产品和服务|产品与服务|产品及服务|产品)[：:]|[^，。；：:]{0,12}?提供的(?:数据)?(?:产品和服务|产品与服务|产品及服务|产品)(?:共|合计)[\\d一二三四五六七八九十]+项|[^，。；：:]{0,12}?(?:拟提供|提供|开发)的(?:数据)?(?:产品和服务|产品与服务|产品及服务|产品)(?:均为|全部为|均属于?|全部属于?))\\s*\\S`);
type ListPart = { heading: Block; name: string; text: string; blocks: Block[] };
function listsCaptioned(r: ReadDocument): ListPart[] {
  const out: ListPart[] = [];
  r.blocks.forEach((b, i) => {
    if (b.kind !== 'paragraph') return;
    const t = r.text(b);
    if (LIST_LABEL.test(t)) out.push({ heading: b, name: t.slice(0, t.search(/[：:|｜]/)).trim(), text: t, blocks: [b] });
    if (!LIST_CAPTION.test(t)) return;
    const blocks: Block[] = [];
    // An annex's caption heads all of the annex, its own numbered parts too ("附件3 产品和服务清单（第一批）" / "一、产业发展类：
    // ……" / "二、行业发展类：……"), up to the next annex.
    const annex = /^\s*(?:附件|附表)/.test(t);
    for (const next of r.blocks.slice(i + 1)) {
      if ((next.kind === 'heading' && !annex) || ANNEX_HEAD.test(r.text(next))) break;
      blocks.push(next);
    }
    if (blocks.length) out.push({ heading: b, name: t.trim(), text: blocks.map((x) => r.text(x)).join('\n'), blocks });
  });
  return out;
}

/** Named services or products handed free to public bodies ("向州林业局和各县（市）林业局免费提供……两项服务"). */
const OFFERED_FREE = new RegExp(`向[^，。；]{0,20}?(?:${PUBLIC_USER.source})[^，。；]{0,12}?(?:免费|无偿)提供[^。；]{2,60}?(?:服务|产品|图层|报告|看板|平台)`);
/**
 * What a products list says that is no product of it: a note on the products above ("上述产品均……"), the terms of a use
 * ("……使用的，"), a use the text leaves out of itself ("农业农村部门……所需的统计分析，由……自行开展，不纳入本方案"), a category
 * deferred ("公共治理和公益事业类产品和服务，待授权运营启动后根据各部门需求另行研究确定"), or one it serves by other means
 * ("……由公安、卫生健康等部门依托既有系统开展，所需数据通过政务数据共享渠道按需获取，不通过授权运营方式提供"). A note on all
 * the listed products ("上述产品均按照政府指导价……收费") says what they all are: it stays (ALL_LISTED).
 */
const STRUCK = /上述|前述|上表|上列|以上(?:产品|数据|服务)|(?:使用|调用|申请|需要)[^，。；]{0,12}的[，,]|不(?:纳入|列入|属于|在)本(?:方案|协议|场景|次|期|项目|清单|目录)|不(?:通过|以|采取|采用)(?:本次)?授权运营(?:的)?(?:方式|渠道|途径)?(?:提供|开展|获取|供给)|(?:类|产品|服务)[，,]\s*待[^。；]{0,40}?(?:另行|再行|届时)(?:研究|确定|制定|约定|签订|明确)/;
/** A numbered line with no sentence of its own: an item's or a part's heading. */
const HEADING_LINE = /^\s*(?:[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．]|[一二三四五六七八九十]+、)\s*[^。；，,]{1,30}$/;
const DEFERRED_ITEM = /(?:^|\n)[^\n。；]*?类(?:[：:]|\s*\n)\s*(?:待[^。；\n]{0,40}?(?:另行|再行|届时)(?:研究|确定|制定|约定|签订|明确)|[^。；\n]{0,40}?(?:另行|再行|届时)研究)[^。；\n]*[。；]?/g;
// Or whom they mainly serve ("以上产品和服务主要服务于市、区县农业农村部门和乡镇政府履职需要").
const ALL_LISTED = /(?:上述|以上|前述)[^，。；]{0,6}?(?:产品|服务)[^，。；]{0,4}?(?:均|全部|都|一律|主要)/;
// Or says whom they all serve ("……详见附件3《产品和服务清单》，共12项，全部面向文旅企业……提供").
const ALL_OF_A_KIND = /(?:所列|上述|以上|清单中?)[^，。；]{0,12}?(?:产品|服务)[^，。；]{0,4}?(?:均为|全部为|都是|均属于?|全部属于?)|(?:清单|产品|服务)[^。；]{0,24}?[，,]\s*(?:共|合计)?[\d一二三四五六七八九十]*项?[，,]?\s*(?:全部|均|都|一律)(?:面向|服务于?|用于|提供给)|(?:服务对象|使用对象|用户|客户)(?:均为|全部为|都是|均是|全部是)/;
// Or not sold to the market: "以上四项均无偿提供，不面向市场主体销售".
const NOT_OFFERED = /[|｜：:]\s*(?:暂无|暂缺|无)\s*$|(?:不|暂不|暂未|未|不再)(?:开发|开展|提供|从事|涉及|包括|包含|纳入|列入|设置|安排)|(?:不|暂不|不得)(?:面向|向|对)[^，。；]{1,12}?(?:销售|出售|提供|开放|收费)|待[^，。；]{0,16}?(?:后|再)[^，。；]{0,12}?(?:另行|再行)?(?:研究|确定|开发|论证)|另行研究|由[^，。；]{0,16}?另行提出|(?:视|根据)[^，。；]{0,10}?(?:情况|需要)(?:逐步|适时|再行)(?:拓展|开发|推出|增加)/;

const N = '[一二三四五六七八九十\\d]+';
const ANNEX_HEAD = new RegExp(`^\\s*附件\\s*(${N})(?![\\d．.])`);
const ARTICLE_HEAD = new RegExp(`^\\s*第\\s*(${N})\\s*条`);
const headText = (r: ReadDocument, b: Block) => (b.kind === 'heading' ? `${b.numbering ?? ''}${b.text}` : r.text(b));

/**
 * The clause holding a phrase's verb hands over a product or a result of its own and names no records
 * ("乙方可以在平台内使用原始数据，对外提供统计指标"): what leaves is that, not the records a clause before it names.
 */
function handsOverOther(sentence: string, ps: ClauseParse[], at: number): boolean {
  return namesRaw(sentence) && ps.some((p) => at >= p.start && at < p.start + p.text.length && p.act?.kind === 'release' && p.object?.kind === 'derived' && !namesRaw(p.text));
}

/**
 * What "附件3" or "第六条" points to in this document: the annex from its own heading ("附件3 数据使用例外情形") to the
 * next annex, or the article to the next one. A line of the 附件 list ("附件：1. 数据资源目录") is not the annex.
 * Also used by the red-line readers' clause parse (clauseParse.ts `ParseContext.resolve`).
 */
export function referenced(r: ReadDocument): (ref: string) => string | null {
  // One resolver per document, so the parses made with it are shared by every reader of the review (clauseParse.ts memo).
  const known = resolvers.get(r);
  if (known) return known;
  const memo = new Map<string, string | null>();
  const resolve = (ref: string) => {
    if (memo.has(ref)) return memo.get(ref)!;
    const annex = ref.startsWith('附件');
    const n = parseNumeral(ref.replace(/^附件|^第|条$/g, ''));
    const head = annex ? ANNEX_HEAD : ARTICLE_HEAD;
    const blocks = r.blocks;
    let out: string | null = null;
    const start = blocks.findIndex((b) => {
      const m = head.exec(headText(r, b));
      return !!m && parseNumeral(m[1]) === n;
    });
    if (start >= 0) {
      const parts: string[] = [r.text(blocks[start])];
      for (const b of blocks.slice(start + 1, start + 40)) {
        const m = head.exec(headText(r, b));
        if (m && parseNumeral(m[1]) !== n) break;
        parts.push(r.text(b));
      }
      out = parts.join('\n');
    }
    memo.set(ref, out);
    return out;
  };
  resolvers.set(r, resolve);
  return resolve;
}
const resolvers = new WeakMap<ReadDocument, (ref: string) => string | null>();

/** A paragraph's own category label before a colon ("公共治理和公益类：", "产业发展类："). */
const CATEGORY_LEAD = /^[^：:。；，,]{2,16}类[：:]/;

const ANNEX_REF = /见附件\s*([一二三四五六七八九十\d]+)/g;
/** A list said to be an annex: "以附件二为准", "详见附件2", "列于附件三". */
const LIST_IN_ANNEX = /(?:见|以|按|按照|列于|载于|列入)附件\s*([一二三四五六七八九十\d]+)/g;
const ANNEX_START = /^\s*附件\s*([一二三四五六七八九十\d]+)\s*(?:[:：]|$|\s)/;

const ABOUT_THE_LIST = /(?:要求|标准|规范|办法|流程|程序|格式|模板|价格|收费|费用|定价|协议|合同|说明)[^，。；]{0,3}?(?:详)?$/;

function annexNotHeld(text: string, r: ReadDocument): boolean {
  const held = new Set<number>();
  for (const b of r.doc.blocks) {
    const m = b.kind === 'paragraph' || b.kind === 'heading' ? ANNEX_START.exec(b.kind === 'heading' ? `${b.numbering ?? ''}${b.text}` : b.text) : null;
    const n = m && parseNumeral(m[1]);
    if (n) held.add(n);
  }
  return [...text.matchAll(ANNEX_REF)].some((m) => {
    const n = parseNumeral(m[1]);
    // What the annex holds about the products ("……审核要求见附件三", "价格标准详见附件二") is not the list.
    return n !== null && !held.has(n) && !ABOUT_THE_LIST.test(text.slice(Math.max(0, m.index! - 12), m.index));
  });
}

export function evaluateFlag(rule: FlagRule, r: ReadDocument, kind?: ReviewKind, supplement = false): FlagFinding | null {
  // What a supplement leaves unsaid its original says (genre.ts amendsOriginal, decided once by the engine): a red line
  // for what the text lacks is the original's to answer, not the supplement's.
  const results = rule.checks.filter((c) => !(supplement && (c.kind === 'absent' || c.kind === 'section_lacks'))).map((c) => runCheck(c, r, kind, rule)).filter((x) => x.fired);
  if (!results.length) return null;
  const details = results.map((x) => x.detail).filter(Boolean);
  return {
    id: rule.id,
    title: rule.title,
    severity: rule.severity,
    message: [rule.message, ...details].join(''),
    basis: rule.basis,
    guidance: rule.guidance,
    // A phrase and the red line's reader often cite the same sentence: the expert sees it once.
    evidence: distinct(results.flatMap((x) => x.evidence)).slice(0, 4),
  };
}

/** Evidence citing the same words of the same block once. */
const distinct = (ev: Evidence[]) => ev.filter((e, i) => ev.findIndex((x) => x.blockId === e.blockId && x.excerpt === e.excerpt) === i);
