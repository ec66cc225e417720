import { describe, expect, it } from 'vitest';
import { parseScheduleFile, formatScheduleFile } from '../../../shared/workdays/scheduleFile';
import { WorkCalendar } from '../../../shared/workdays/calendar';
import { librarySchedules } from '../../../main/services/deadlines/holidays';

// A made-up 2027 schedule in the documented format (docs/deadlines.md); only its shape matters here.
const Y2027 = `# 国务院办公厅关于2027年部分节假日安排的通知（示例）
年份 2027
来源 国办发明电〔2026〕示例号
放假 2027-01-01..2027-01-03 元旦
放假 2027-02-05..2027-02-11 春节
上班 2027-02-14 春节
上班 2027-02-20 春节
放假 2027-10-01..2027-10-07 国庆节
上班 2027-09-26 国庆节
上班 2027-10-09 国庆节
`;

describe('importing a year of the holiday schedule', () => {
  it('reads a well-formed file and extends the calendar past the library', () => {
    const r = parseScheduleFile(Y2027);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.schedule.year).toBe(2027);
    expect(Object.keys(r.schedule.holidays)).toHaveLength(3 + 7 + 7);
    expect(r.schedule.workdays['2027-02-20']).toBe('春节');
    const cal = new WorkCalendar([...librarySchedules(), r.schedule]);
    expect(cal.covers(2027)).toBe(true);
    // From Thu 2027-02-04: 2/5..2/11 off, 2/12 (Fri), 2/14 (Sun, 调休), 2/15 …
    expect(cal.workdaysAfter('2027-02-04', 1).date).toBe('2027-02-12');
    expect(cal.workdaysAfter('2027-02-04', 2).date).toBe('2027-02-14');
    expect(cal.workdaysAfter('2027-02-04', 2).uncoveredYears).toEqual([]);
    // round trip through the file format
    const again = parseScheduleFile(formatScheduleFile(r.schedule));
    expect(again.ok && again.schedule).toEqual(r.schedule);
  });

  it('refuses a malformed file with each line and its reason', () => {
    const bad = `年份 2027
来源 示例
放假 2027-02-30 春节
上班 2027-02-16 春节
放假 2028-01-01 元旦
假期 2027-05-01 劳动节
放假 2027-10-01..2027-10-07 国庆节
放假 2027-10-05 国庆节
放假 2027-06-19
`;
    const r = parseScheduleFile(bad);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const byLine = Object.fromEntries(r.errors.map((e) => [e.line, e.reason]));
    expect(byLine[3]).toMatch(/2027-02-30.*无效/);
    expect(byLine[4]).toMatch(/2027-02-16 是工作日.*星期二/);
    expect(byLine[5]).toMatch(/不在 2027 年内/);
    expect(byLine[6]).toMatch(/无法识别“假期”/);
    expect(byLine[8]).toMatch(/已在第 7 行出现/);
    expect(byLine[9]).toMatch(/节日名称/);
    expect(r.errors).toHaveLength(6);
  });

  it('refuses a file without a year or a source, or with two years', () => {
    const noYear = parseScheduleFile('来源 x\n放假 2027-01-01 元旦\n');
    expect(!noYear.ok && noYear.errors[0]).toEqual({ line: 1, reason: expect.stringMatching(/没有“年份”行/) });
    const noSource = parseScheduleFile('年份 2027\n放假 2027-01-01 元旦\n');
    expect(!noSource.ok && noSource.errors[0].reason).toMatch(/没有“来源”行/);
    const two = parseScheduleFile('年份 2027\n来源 x\n年份 2028\n放假 2027-01-01 元旦\n');
    expect(!two.ok && two.errors[0]).toEqual({ line: 3, reason: expect.stringMatching(/重复的“年份”行（第 1 行/) });
  });

  it('accepts a 元旦 break that starts in the December before, and a UTF-8 BOM and CRLF', () => {
    const r = parseScheduleFile('\uFEFF年份 2023\r\n来源 国办发明电〔2022〕16号\r\n放假 2022-12-31..2023-01-02 元旦\r\n');
    expect(r.ok).toBe(true);
    const cal = new WorkCalendar(r.ok ? [r.schedule] : []);
    expect(cal.isWorkday('2023-01-02')).toBe(false);
  });
});
