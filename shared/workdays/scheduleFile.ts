import { addDays, parseIsoDate, weekday, yearOf, type IsoDate, type YearSchedule } from './calendar';

/**
 * The file a user imports when the State Council publishes a new year's holiday schedule (docs/deadlines.md):
 *
 *   # 国务院办公厅关于2027年部分节假日安排的通知
 *   年份 2027
 *   来源 国办发明电〔2026〕X号
 *   放假 2027-01-01 元旦
 *   放假 2027-02-05..2027-02-11 春节
 *   上班 2027-02-14 春节
 *
 * One entry per line; `#` starts a comment; `..` gives an inclusive range. 放假 days are days off, 上班 days are 调休
 * make-up working days, which must fall on a Saturday or Sunday. English keys (year, source, holiday, workday) work too.
 */

export interface ScheduleFileError {
  line: number;
  reason: string;
}

export type ScheduleParse = { ok: true; schedule: YearSchedule } | { ok: false; errors: ScheduleFileError[] };

const KEYS: Record<string, 'year' | 'source' | 'holiday' | 'workday'> = {
  年份: 'year', year: 'year', 来源: 'source', source: 'source', 放假: 'holiday', holiday: 'holiday', 上班: 'workday', workday: 'workday',
};

export function parseScheduleFile(text: string): ScheduleParse {
  const errors: ScheduleFileError[] = [];
  let year: number | null = null;
  let yearLine = 0;
  let source = '';
  let sawHoliday = false;
  const entries: { line: number; kind: 'holiday' | 'workday'; from: IsoDate; to: IsoDate; name: string }[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = i + 1;
    const s = raw.replace(/#.*$/, '').trim();
    if (!s) return;
    const [head, ...rest] = s.split(/\s+/);
    const key = KEYS[head] ?? KEYS[head.toLowerCase()];
    if (!key) return void errors.push({ line, reason: `无法识别“${head}”：每行应以“年份”“来源”“放假”或“上班”开头。` });
    if (key === 'year') {
      if (year !== null) return void errors.push({ line, reason: `重复的“年份”行（第 ${yearLine} 行已写明 ${year} 年）：一个文件只含一年。` });
      if (rest.length !== 1 || !/^\d{4}$/.test(rest[0])) return void errors.push({ line, reason: '“年份”后应写四位数字年份，如“年份 2027”。' });
      year = Number(rest[0]);
      yearLine = line;
      return;
    }
    if (key === 'source') {
      source = rest.join(' ');
      if (!source) errors.push({ line, reason: '“来源”后应写明通知名称或文号。' });
      return;
    }
    if (key === 'holiday') sawHoliday = true;
    if (!rest.length) return void errors.push({ line, reason: `“${head}”后应写日期，如“${head} 2027-01-01 元旦”。` });
    const [range, ...name] = rest;
    const [a, b = a, extra] = range.split('..');
    if (extra !== undefined || !parseIsoDate(a) || !parseIsoDate(b)) {
      return void errors.push({ line, reason: `日期“${range}”无效：应写成 2027-01-01，或区间 2027-02-05..2027-02-11，且须是真实存在的日期。` });
    }
    if (b < a) return void errors.push({ line, reason: `区间“${range}”的结束日早于开始日。` });
    if (daysIn(a, b) > 31) return void errors.push({ line, reason: `区间“${range}”超过 31 天，请核对日期。` });
    if (!name.length) return void errors.push({ line, reason: `请在日期后写明节日名称，如“${head} ${range} 春节”。` });
    entries.push({ line, kind: key, from: a, to: b, name: name.join(' ') });
  });
  if (year === null) errors.push({ line: 1, reason: '文件中没有“年份”行，请在开头写明，如“年份 2027”。' });
  if (!source && year !== null) errors.push({ line: yearLine, reason: '文件中没有“来源”行，请写明所依据的国务院办公厅通知名称或文号。' });
  const holidays: Record<IsoDate, string> = {};
  const workdays: Record<IsoDate, string> = {};
  const seen = new Map<IsoDate, number>();
  for (const e of entries) {
    for (let d = e.from; d <= e.to; d = addDays(d, 1)) {
      // A year's notice may start its 元旦 break in the December before (2023: 2022-12-31..2023-01-02), nothing else.
      if (year !== null && yearOf(d) !== year && !(yearOf(d) === year - 1 && d.slice(5, 7) === '12')) {
        errors.push({ line: e.line, reason: `${d} 不在 ${year} 年内：一个文件只含一年的安排。` });
        break;
      }
      if (seen.has(d)) {
        errors.push({ line: e.line, reason: `${d} 已在第 ${seen.get(d)} 行出现，同一天不能重复安排。` });
        break;
      }
      seen.set(d, e.line);
      if (e.kind === 'workday') {
        const w = weekday(d);
        if (w !== 0 && w !== 6) {
          errors.push({ line: e.line, reason: `${d} 是工作日（星期${'日一二三四五六'[w]}），“上班”只用于调休的星期六或星期日。` });
          break;
        }
        workdays[d] = e.name;
      } else holidays[d] = e.name;
    }
  }
  if (year !== null && !sawHoliday) errors.push({ line: yearLine, reason: '文件中没有任何“放假”行，无法作为全年的节假日安排导入。' });
  if (errors.length) return { ok: false, errors: errors.sort((x, y) => x.line - y.line) };
  return { ok: true, schedule: { year: year!, source, holidays, workdays } };
}

const daysIn = (a: IsoDate, b: IsoDate) => Math.round((parseIsoDate(b)!.getTime() - parseIsoDate(a)!.getTime()) / 86_400_000) + 1;

/** Writes a schedule back in the file format (for export and round-trip tests). */
export function formatScheduleFile(y: YearSchedule): string {
  const out = [`年份 ${y.year}`, `来源 ${y.source}`];
  for (const d of Object.keys(y.holidays).sort()) out.push(`放假 ${d} ${y.holidays[d]}`);
  for (const d of Object.keys(y.workdays).sort()) out.push(`上班 ${d} ${y.workdays[d]}`);
  return out.join('\n') + '\n';
}
