import { addDays, addMonths, addYears, dateCn, daysBetween, parseIsoDate, weekdayCn, yearOf, type IsoDate, type WorkCalendar } from '../workdays/calendar';
import { basisLabel, START_KINDS, type DeadlineRule, type StartKind } from './rules';

/** A rule applied to a start date: the date it gives, and for renewals the day the window opens. */
export interface ComputedDeadline {
  due: IsoDate;
  /** Renewal rules: applying earlier than this is too early. */
  windowOpens: IsoDate | null;
  /** 'by': act on or before `due`; 'minimum': a period (公示) that must last until at least `due`. */
  kind: 'by' | 'minimum';
  /** How the date was reached, in Chinese, naming the holidays and 调休 days it crossed. */
  explanation: string;
  uncoveredYears: number[];
}

function crossed(cal: WorkCalendar, a: IsoDate, b: IsoDate): string {
  const [lo, hi] = a <= b ? [a, b] : [b, a];
  const off = new Set<string>();
  const on: string[] = [];
  for (let d = lo; d <= hi; d = addDays(d, 1)) {
    const what = cal.describe(d);
    if (!what) continue;
    if (cal.isWorkday(d)) on.push(`${Number(d.slice(5, 7))}月${Number(d.slice(8))}日`);
    else off.add(what);
  }
  const parts = [...(off.size ? [`跳过${[...off].join('、')}假期`] : []), ...(on.length ? [`${on.join('、')}调休上班计入`] : [])];
  return parts.length ? `（${parts.join('，')}）` : '';
}

export function computeDeadline(rule: DeadlineRule, cal: WorkCalendar, start: IsoDate): ComputedDeadline {
  const c = rule.compute;
  const from = `自${dateCn(start)}`;
  switch (c.op) {
    case 'workdays_after': {
      const r = cal.workdaysAfter(start, c.n);
      return { due: r.date, windowOpens: null, kind: 'by', uncoveredYears: r.uncoveredYears, explanation: `${from}起第 ${c.n} 个工作日${crossed(cal, start, r.date)}` };
    }
    case 'workdays_before': {
      const r = cal.workdaysBefore(start, c.n);
      return { due: r.date, windowOpens: null, kind: 'by', uncoveredYears: r.uncoveredYears, explanation: `${dateCn(start)}之前第 ${c.n} 个工作日${crossed(cal, r.date, start)}` };
    }
    case 'days_before': {
      const due = addDays(start, -c.n);
      return { due, windowOpens: null, kind: 'by', uncoveredYears: [], explanation: `${dateCn(start)}之前 ${c.n} 日（自然日）` };
    }
    case 'workday_span': {
      const r = cal.workdaySpanEnd(start, c.n);
      return {
        due: r.date, windowOpens: null, kind: 'minimum', uncoveredYears: r.uncoveredYears,
        explanation: `${from}起（${cal.isWorkday(start) ? '当日计入' : '当日非工作日，不计入'}）满 ${c.n} 个工作日${crossed(cal, start, r.date)}`,
      };
    }
    case 'window_before_end': {
      const opens = addDays(addMonths(start, -c.months), -c.days);
      const period = `${c.months ? `${c.months} 个月` : ''}${c.days ? `${c.days} 日` : ''}`;
      return { due: start, windowOpens: opens, kind: 'by', uncoveredYears: [], explanation: `期限届满日${dateCn(start)}前 ${period}内，即${dateCn(opens)}至${dateCn(start)}` };
    }
    case 'validity_window': {
      const expiry = addDays(addYears(start, c.years), -1);
      const opens = addDays(expiry, -c.days);
      return {
        due: expiry, windowOpens: opens, kind: 'by', uncoveredYears: [],
        explanation: `自发证之日${dateCn(start)}起 ${c.years} 年，有效期至${dateCn(expiry)}；期满前 ${c.days} 日内续展，即${dateCn(opens)}至${dateCn(expiry)}`,
      };
    }
    case 'next_year_by': {
      const y = yearOf(start) + 1;
      const last = new Date(Date.UTC(y, c.month, 0)).getUTCDate();
      const due = `${y}-${String(c.month).padStart(2, '0')}-${String(Math.min(c.day, last)).padStart(2, '0')}`;
      return { due, windowOpens: null, kind: 'by', uncoveredYears: [], explanation: `${yearOf(start)} 年度的情况于${dateCn(due)}前披露` };
    }
  }
}

export const DEADLINE_STATES = {
  no_start: '待填开始日期',
  not_open: '未到申请期',
  upcoming: '未到期',
  due_soon: '即将到期',
  overdue: '已逾期',
  running: '期限未满',
  ready: '已满期限',
  done: '已完成',
  done_late: '逾期完成',
  done_early: '早于申请期',
  done_short: '期限不足',
} as const;
export type DeadlineState = keyof typeof DEADLINE_STATES;

export interface DeadlineEntry {
  start: IsoDate | null;
  /** 'user' when entered, 'case' when the app knows it (e.g. the meeting date), null when there is none. */
  startOrigin: 'user' | 'case' | null;
  /** Where a known start came from, e.g. "会议“2025年第5次党组会”". */
  startSource: string;
  done: IsoDate | null;
  note: string;
}

export interface DeadlineRow {
  ruleId: string;
  title: string;
  basis: string;
  quote: string;
  note: string;
  startKind: StartKind;
  startLabel: string;
  start: IsoDate | null;
  startOrigin: 'user' | 'case' | null;
  startSource: string;
  dueLabel: string;
  due: IsoDate | null;
  dueWeekday: string;
  windowOpens: IsoDate | null;
  explanation: string;
  state: DeadlineState;
  stateLabel: string;
  /** Calendar days from today to the due date (negative when past). */
  daysLeft: number | null;
  done: IsoDate | null;
  doneNote: string;
  warnings: string[];
}

/** One line of the 时限 panel: the rule, its dates and where it stands today. */
export function deadlineRow(rule: DeadlineRule, cal: WorkCalendar, entry: DeadlineEntry, today: IsoDate): DeadlineRow {
  const base = {
    ruleId: rule.id, title: rule.title, basis: basisLabel(rule), quote: rule.basis.quote, note: rule.note,
    startKind: rule.start, startLabel: START_KINDS[rule.start], start: entry.start, startOrigin: entry.startOrigin, startSource: entry.startSource,
    dueLabel: rule.dueLabel, done: entry.done, doneNote: entry.note,
  };
  if (!entry.start || !parseIsoDate(entry.start)) {
    return { ...base, due: null, dueWeekday: '', windowOpens: null, explanation: '', state: 'no_start', stateLabel: DEADLINE_STATES.no_start, daysLeft: null, warnings: [] };
  }
  const c = computeDeadline(rule, cal, entry.start);
  const warnings: string[] = [];
  const last = cal.lastCoveredYear();
  const uncovered = [...new Set([...c.uncoveredYears, ...cal.uncoveredBetween(c.due, c.due)])];
  if (uncovered.length) {
    warnings.push(
      `${dateCn(c.due)}的计算涉及 ${uncovered.join('、')} 年，节假日数据${last ? `只到 ${last} 年` : '为空'}：该年按周六、周日休息计算，结果可能不准。请在“时限”页导入该年的国务院节假日安排。`,
    );
  }
  const holiday = cal.describe(c.due);
  if (c.kind === 'by' && !cal.isWorkday(c.due)) warnings.push(`${dateCn(c.due)}是${holiday && !holiday.startsWith('调休') ? `${holiday}假期` : '休息日'}，请提前办理。`);
  const daysLeft = daysBetween(today, c.due);
  let state: DeadlineState;
  if (entry.done) {
    if (c.kind === 'minimum') state = entry.done < c.due ? 'done_short' : 'done';
    else if (c.windowOpens && entry.done < c.windowOpens) state = 'done_early';
    else state = entry.done > c.due ? 'done_late' : 'done';
  } else if (c.kind === 'minimum') state = today < c.due ? 'running' : 'ready';
  else if (c.windowOpens && today < c.windowOpens) state = 'not_open';
  else if (today > c.due) state = 'overdue';
  else state = daysLeft <= rule.dueSoonDays ? 'due_soon' : 'upcoming';
  const stateLabel = entry.done && state.startsWith('done') ? `${DEADLINE_STATES[state]}（${dateCn(entry.done)}）` : DEADLINE_STATES[state];
  return { ...base, due: c.due, dueWeekday: weekdayCn(c.due), windowOpens: c.windowOpens, explanation: c.explanation, state, stateLabel, daysLeft, warnings };
}
