import type { Check, FlagRule, ReviewKind } from './ruleset';
import type { Block } from '../domain/document';
import type { Evidence, FlagFinding } from './report';
import { findTriggers, type Hit } from './clauses';
import { forbiddenAt, heldBack, parseSentence, type ClauseParse } from './clauseParse';
import { namesRaw } from './clauseObjects';
import { isBackground, readRedline } from './redlines';
import { CONTRAST_CLAUSE, riskListed } from './redlines/background';
import { enclosingHeadings, evidence, headingChains, headingName, type ReadDocument } from './sections';
import { spansSeveralGrants, termAcrossSentences } from './redlines/term';
import { columnHeads, leadsByBlock, onlyInRiskCells, sentencesByBlock } from './redlines/units';
import { renewsAnotherMatter } from './redlines/renewal';
import { durations, sentences, signingDate } from './text';
import { FIRST_TERM, GRANT_WORDS } from './periods';
import { automaticExtensions } from './extensions';
import { filingLate } from './filingTime';
import { listLacks } from './productList';
import { referenced } from './references';

/**
 * Red lines. A phrase check fires on what a clause lets happen: a permission, an obligation, or a prohibition with a
 * consent exception ("除甲方书面同意，乙方禁止……共享原始数据"); a plain prohibition ("不得转授权", "非排他") does not.
 */

const TERM_CONTEXT = new RegExp(`期限|有效期|授权期|运营期|授权运营期|运营周期|授权时间|协议期|${FIRST_TERM}|自签订之日|自签署之日|自生效之日|长期有效|长期授权|运营年度`);
/**
 * A term said without its word: the grant starting on a date ("授权运营自2026年3月1日起，至……止"), or a window from the
 * signing in which the operator runs the grant ("在本协议签订后的五个自然年度内，独立开展……经营").
 */
const TERM_SAID = /(?:授权|运营)[^，。；]{0,6}?自\s*(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年|(?:签订|签署|生效)(?:之日)?(?:后|起)的?[^，。；]{0,12}?(?:年度?|月)(?:内|以内|之内)[，,]?[^。；]{0,20}?(?:开展|运营|经营|开发利用|享有)/;
// A span "期间" is the grant's only in a sentence about the grant: "2019—2023年我市实施……帮扶项目期间形成的蜂场档案" dates a
// past project.
const SPAN_OF_GRANT = /期间/;
// So is "为期" ("实行为期十年的常年禁捕" spans a fishing ban): only in a sentence about the grant.
const termContext = (s: string) => TERM_CONTEXT.test(s) || TERM_SAID.test(s) || ((SPAN_OF_GRANT.test(s) || /为期/.test(s)) && GRANT_WORDS.test(s));
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
    case 'section_lacks':
      return listLacks(check, r);
  }
}

/**
 * The clause holding a phrase's verb hands over a product or a result of its own and names no records
 * ("乙方可以在平台内使用原始数据，对外提供统计指标"): what leaves is that, not the records a clause before it names.
 */
function handsOverOther(sentence: string, ps: ClauseParse[], at: number): boolean {
  return namesRaw(sentence) && ps.some((p) => at >= p.start && at < p.start + p.text.length && p.act?.kind === 'release' && p.object?.kind === 'derived' && !namesRaw(p.text));
}

/** A paragraph's own category label before a colon ("公共治理和公益类：", "产业发展类："). */
const CATEGORY_LEAD = /^[^：:。；，,]{2,16}类[：:]/;

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
