import { blockText, type Block, type ExtractedDocument } from '../domain/document';
import { computeDeadline } from '../deadlines/compute';
import { START_KINDS, type DeadlineRule, type StartKind } from '../deadlines/rules';
import { dateCn, weekdayCn, type WorkCalendar } from '../workdays/calendar';
import type { Evidence, FlagFinding } from './report';
import type { ReviewKind } from './ruleset';
import { CN_NUMERAL, normalizeSpacing, parseNumeral, sentences } from './text';

/**
 * The document's own time limits against the 时限 rules (templates/deadlines): "协议签订后15个工作日内备案" under
 * Chongqing's 5 working days is flagged, with the date the rule gives and the date the document's words would give.
 * Kept apart from the engine's checks; the engine calls it when the caller passes a context (docs/deadlines.md).
 */
export interface DeadlineCheckContext {
  /** The rules that apply to the case's jurisdiction (any case type: the review kind picks among them). */
  rules: readonly DeadlineRule[];
  calendar: WorkCalendar;
  /** Start dates known for the case (signing date…), to give real dates. */
  starts: Partial<Record<StartKind, string>>;
  /** Used as the example start when the real one is not known. */
  today: string;
}

const CASE_TYPE_OF: Record<ReviewKind, string> = { plan: 'plan_review', agreement: 'agreement_review' };
const WORKING_DAYS = new RegExp(`(${CN_NUMERAL})\\s*个?\\s*工作日`, 'g');
const MONTHS = new RegExp(`(${CN_NUMERAL})\\s*个\\s*月`, 'g');
const EXCERPT = 160;

interface Conflict {
  found: number;
  words: string;
  block: Block;
  sentence: string;
}

function conflicts(doc: ExtractedDocument, rule: DeadlineRule): Conflict[] {
  const ctx = new RegExp(rule.documentContext!);
  const c = rule.compute;
  const out: Conflict[] = [];
  for (const b of doc.blocks) {
    for (const s of sentences(normalizeSpacing(blockText(b)))) {
      if (!ctx.test(s)) continue;
      const re = c.op === 'window_before_end' ? MONTHS : WORKING_DAYS;
      for (const m of s.matchAll(re)) {
        const n = parseNumeral(m[1]);
        if (n === null) continue;
        const bad =
          c.op === 'workdays_after' ? n > c.n : c.op === 'workday_span' ? n < c.n : c.op === 'window_before_end' ? n > c.months : false;
        if (bad) out.push({ found: n, words: m[0], block: b, sentence: s });
      }
    }
  }
  return out;
}

function ruleWords(rule: DeadlineRule): string {
  const c = rule.compute;
  if (c.op === 'workdays_after') return `${c.n} 个工作日内`;
  if (c.op === 'workday_span') return `不少于 ${c.n} 个工作日`;
  if (c.op === 'window_before_end') return `届满前 ${c.months} 个月内`;
  return '';
}

/** The rule's date and the document's, counted from the case's start date or, failing that, from today as an example. */
function dates(rule: DeadlineRule, found: number, ctx: DeadlineCheckContext): string {
  const known = ctx.starts[rule.start];
  const start = known ?? ctx.today;
  const asDoc: DeadlineRule = {
    ...rule,
    compute: rule.compute.op === 'window_before_end' ? { ...rule.compute, months: found } : ({ ...rule.compute, n: found } as DeadlineRule['compute']),
  };
  const mine = computeDeadline(rule, ctx.calendar, start);
  const theirs = computeDeadline(asDoc, ctx.calendar, start);
  const from = known ? `按${START_KINDS[rule.start]}${dateCn(start)}计` : `以今天（${dateCn(start)}）为${START_KINDS[rule.start].replace(/日期$/, '日')}举例（填写实际日期后可算出本案日期）`;
  if (rule.compute.op === 'window_before_end') {
    return `${from}，规定的申请期自${dateCn(mine.windowOpens!)}起，文中约定则自${dateCn(theirs.windowOpens!)}起，早于规定。`;
  }
  const later = rule.compute.op === 'workday_span' ? '文中约定的公示期到' : '文中约定则为';
  const uncovered = [...new Set([...mine.uncoveredYears, ...theirs.uncoveredYears])];
  const past = uncovered.length ? `（${uncovered.join('、')} 年尚无节假日数据，按周六、周日休息计算，可能不准）` : '';
  return `${from}，规定的${rule.dueLabel}为${dateCn(mine.due)}（${weekdayCn(mine.due)}），${later}${dateCn(theirs.due)}（${weekdayCn(theirs.due)}）${past}。`;
}

export function deadlineFlags(doc: ExtractedDocument, kind: ReviewKind, ctx: DeadlineCheckContext): FlagFinding[] {
  const out: FlagFinding[] = [];
  for (const rule of ctx.rules) {
    if (!rule.documentContext || !rule.caseTypes.some((t) => t === CASE_TYPE_OF[kind])) continue;
    const found = conflicts(doc, rule);
    if (!found.length) continue;
    const first = found[0];
    const evidence: Evidence[] = found.slice(0, 3).map((f) => ({
      blockId: f.block.id,
      location: f.block.location.label,
      excerpt: f.sentence.length > EXCERPT ? f.sentence.slice(0, EXCERPT) + '…' : f.sentence,
    }));
    out.push({
      id: `deadline.${rule.id}`,
      title: `${rule.title}时限与规定不符`,
      severity: 'warning',
      message: `文中约定“${first.words}”，与${`《${rule.basis.document}》${rule.basis.article}`}规定的“${ruleWords(rule)}”不符。${dates(rule, first.found, ctx)}`,
      basis: [{ document: rule.basis.document, article: rule.basis.article, label: `《${rule.basis.document}》${rule.basis.article}` }],
      guidance: `按规定改为“${ruleWords(rule)}”。`,
      evidence,
    });
  }
  return out;
}
