/**
 * 工作日 under the State Council holiday schedule (DOMAIN §9): a day is a working day when the schedule names it a
 * 调休 make-up working day, or when it is Monday–Friday and the schedule does not name it a holiday. Pure: the
 * schedule data comes from the caller (main loads the kept library's data and the user's imported years).
 *
 * Dates are 'YYYY-MM-DD' strings in the calendar of China; arithmetic runs on UTC midnights so no time zone or
 * daylight-saving shift can move a day.
 */

export type IsoDate = string;

export interface YearSchedule {
  year: number;
  /** Where this year's data came from, e.g. "chinese-days 1.5.7" or "导入：国办发明电〔2026〕X号". */
  source: string;
  /** Days off (法定节假日 and the weekend days of a holiday block), with the holiday's name. */
  holidays: Record<IsoDate, string>;
  /** 调休 make-up working days (weekend days that are worked), with the holiday they make up for. */
  workdays: Record<IsoDate, string>;
}

const DAY_MS = 86_400_000;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses a real calendar date; null for "2025-02-30", "2025-2-3" or anything else. */
export function parseIsoDate(s: string): Date | null {
  const m = ISO.exec(s);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return toIso(d) === s ? d : null;
}

export const toIso = (d: Date): IsoDate => d.toISOString().slice(0, 10);

function must(s: IsoDate): Date {
  const d = parseIsoDate(s);
  if (!d) throw new RangeError(`不是有效日期：${s}`);
  return d;
}

export const addDays = (s: IsoDate, n: number): IsoDate => toIso(new Date(must(s).getTime() + n * DAY_MS));
export const daysBetween = (a: IsoDate, b: IsoDate): number => Math.round((must(b).getTime() - must(a).getTime()) / DAY_MS);
export const yearOf = (s: IsoDate) => Number(s.slice(0, 4));
/** 0 = Sunday … 6 = Saturday. */
export const weekday = (s: IsoDate) => must(s).getUTCDay();

/**
 * Calendar months: 2025-01-31 + 1 month = 2025-02-28 (the last day when the month is shorter), as the civil rule
 * for periods counted in months has it.
 */
export function addMonths(s: IsoDate, n: number): IsoDate {
  const d = must(s);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + n;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return toIso(new Date(Date.UTC(y, m, Math.min(d.getUTCDate(), last))));
}
export const addYears = (s: IsoDate, n: number) => addMonths(s, 12 * n);

/** "2025年10月9日" */
export function dateCn(s: IsoDate): string {
  const d = must(s);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}
const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];
export const weekdayCn = (s: IsoDate) => `星期${WEEKDAYS[weekday(s)]}`;

/** A computed date with the years it crossed that the schedule does not cover (the result may then be wrong). */
export interface Counted {
  date: IsoDate;
  uncoveredYears: number[];
}

export class WorkCalendar {
  private readonly byYear = new Map<number, YearSchedule>();
  private readonly off = new Map<IsoDate, string>();
  private readonly on = new Map<IsoDate, string>();

  /** Later schedules for the same year replace earlier ones (an imported year over the library's). */
  constructor(years: readonly YearSchedule[]) {
    for (const y of years) this.byYear.set(y.year, y);
    // Indexed by day, not by file year: a notice may begin its 元旦 break in the December before.
    for (const y of [...this.byYear.values()].sort((a, b) => a.year - b.year)) {
      for (const [d, name] of Object.entries(y.holidays)) this.off.set(d, name);
      for (const [d, name] of Object.entries(y.workdays)) this.on.set(d, name);
    }
  }

  /** The years the data covers, in order, with their sources. */
  coverage(): { year: number; source: string }[] {
    return [...this.byYear.values()].sort((a, b) => a.year - b.year).map((y) => ({ year: y.year, source: y.source }));
  }

  covers(year: number) {
    return this.byYear.has(year);
  }

  lastCoveredYear(): number | null {
    const ys = [...this.byYear.keys()];
    return ys.length ? Math.max(...ys) : null;
  }

  isWorkday(s: IsoDate): boolean {
    if (this.on.has(s)) return true;
    if (this.off.has(s)) return false;
    const w = weekday(s);
    return w !== 0 && w !== 6;
  }

  /** What the day is: "国庆节" for a holiday, "调休上班（国庆节）" for a make-up day, else null. */
  describe(s: IsoDate): string | null {
    if (this.on.has(s)) return `调休上班（${this.on.get(s)}）`;
    return this.off.get(s) ?? null;
  }

  /** The n-th working day after `start` (start itself not counted): "…后 n 个工作日内" ends on it. */
  workdaysAfter(start: IsoDate, n: number): Counted {
    return this.step(start, n, 1, false);
  }

  /** The n-th working day before `start`: the latest day that still leaves n working days before it. */
  workdaysBefore(start: IsoDate, n: number): Counted {
    return this.step(start, n, -1, false);
  }

  /** The last day of a span of n working days that begins on `start` (counted when it is a working day), e.g. 公示期. */
  workdaySpanEnd(start: IsoDate, n: number): Counted {
    return this.step(start, n, 1, true);
  }

  /** Working days in [from, to], both included. */
  countWorkdays(from: IsoDate, to: IsoDate): number {
    let n = 0;
    for (let d = from; d <= to; d = addDays(d, 1)) if (this.isWorkday(d)) n++;
    return n;
  }

  /** Years between two dates (both included) that the schedule lacks. */
  uncoveredBetween(a: IsoDate, b: IsoDate): number[] {
    const [lo, hi] = a <= b ? [yearOf(a), yearOf(b)] : [yearOf(b), yearOf(a)];
    const out: number[] = [];
    for (let y = lo; y <= hi; y++) if (!this.byYear.has(y)) out.push(y);
    return out;
  }

  private step(start: IsoDate, n: number, dir: 1 | -1, includeStart: boolean): Counted {
    if (!Number.isInteger(n) || n < 1) throw new RangeError('工作日数须为正整数');
    must(start);
    let left = n;
    let d = start;
    if (includeStart && this.isWorkday(d)) left--;
    while (left > 0) {
      d = addDays(d, dir);
      if (this.isWorkday(d)) left--;
    }
    return { date: d, uncoveredYears: this.uncoveredBetween(start, d) };
  }
}
