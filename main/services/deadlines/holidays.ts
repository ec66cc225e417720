import fs from 'node:fs';
import path from 'node:path';
import library from 'chinese-days/dist/chinese-days.json';
import libraryPkg from 'chinese-days/package.json';
import { fault } from '../../../shared/api/errors';
import { WorkCalendar, yearOf, type YearSchedule } from '../../../shared/workdays/calendar';
import { parseScheduleFile } from '../../../shared/workdays/scheduleFile';
import { writeFileAtomic } from '../files';

const MAX_FILE_BYTES = 64 * 1024;
export const LIBRARY_SOURCE = `chinese-days ${libraryPkg.version}（MIT 许可，随程序提供）`;

/**
 * The kept library's data (chinese-days, shipped in the package, never fetched): values read
 * "National Day,国庆节,3"; we keep the Chinese name. Grouped by year into the shape the calendar takes.
 */
export function librarySchedules(): YearSchedule[] {
  const byYear = new Map<number, YearSchedule>();
  const year = (d: string) => {
    const y = yearOf(d);
    let s = byYear.get(y);
    if (!s) byYear.set(y, (s = { year: y, source: LIBRARY_SOURCE, holidays: {}, workdays: {} }));
    return s;
  };
  const name = (v: string) => v.split(',')[1] ?? v;
  for (const [d, v] of Object.entries(library.holidays as Record<string, string>)) year(d).holidays[d] = name(v);
  for (const [d, v] of Object.entries(library.workdays as Record<string, string>)) year(d).workdays[d] = name(v);
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

/**
 * The holiday schedule the app counts with: the library's years, then the years a user imported into
 * `<data>/holidays/<year>.txt` (which replace the library's for the same year, e.g. a corrected notice).
 */
export class HolidayStore {
  private cached: WorkCalendar | null = null;

  constructor(private readonly deps: { importedDir: string }) {}

  private imported(): YearSchedule[] {
    if (!fs.existsSync(this.deps.importedDir)) return [];
    const out: YearSchedule[] = [];
    for (const f of fs.readdirSync(this.deps.importedDir).filter((x) => /^\d{4}\.txt$/.test(x)).sort()) {
      const r = parseScheduleFile(fs.readFileSync(path.join(this.deps.importedDir, f), 'utf8'));
      // Every file here passed the same check on import; one edited by hand into nonsense is left out, not guessed at.
      if (r.ok) out.push({ ...r.schedule, source: `导入：${r.schedule.source}` });
    }
    return out;
  }

  calendar(): WorkCalendar {
    return (this.cached ??= new WorkCalendar([...librarySchedules(), ...this.imported()]));
  }

  coverage() {
    const cal = this.calendar();
    return { years: cal.coverage(), lastYear: cal.lastCoveredYear() };
  }

  /** Checks and keeps a year's schedule; refuses the whole file, with each line and reason, when anything is wrong. */
  importFile(text: string) {
    if (Buffer.byteLength(text, 'utf8') > MAX_FILE_BYTES) throw fault('HOLIDAY_FILE_TOO_LARGE');
    const r = parseScheduleFile(text);
    if (!r.ok) {
      const lines = r.errors.slice(0, 20).map((e) => `第 ${e.line} 行：${e.reason}`);
      throw fault('HOLIDAY_FILE_INVALID', `节假日安排文件有误，未导入：\n${lines.join('\n')}${r.errors.length > 20 ? `\n……共 ${r.errors.length} 处` : ''}`, { errors: r.errors });
    }
    fs.mkdirSync(this.deps.importedDir, { recursive: true });
    writeFileAtomic(path.join(this.deps.importedDir, `${r.schedule.year}.txt`), Buffer.from(text.replace(/^\uFEFF/, ''), 'utf8'));
    this.cached = null;
    const s = r.schedule;
    return { year: s.year, source: s.source, holidays: Object.keys(s.holidays).length, workdays: Object.keys(s.workdays).length, coverage: this.coverage() };
  }
}
