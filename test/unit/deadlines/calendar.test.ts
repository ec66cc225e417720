import { describe, expect, it } from 'vitest';
import { addMonths, WorkCalendar } from '../../../shared/workdays/calendar';
import { librarySchedules } from '../../../main/services/deadlines/holidays';

const cal = new WorkCalendar(librarySchedules());

describe('the holiday data of the kept library (chinese-days)', () => {
  it('covers 2004 to at least 2026', () => {
    const years = cal.coverage().map((y) => y.year);
    expect(years[0]).toBe(2004);
    expect(cal.lastCoveredYear()).toBeGreaterThanOrEqual(2026);
  });

  it('knows the 2025 Spring Festival and National Day, checked by hand against 国办发明电〔2024〕12号', () => {
    // 春节: 1月28日（除夕）至2月4日放假调休，共8天；1月26日（周日）、2月8日（周六）上班
    for (const d of ['2025-01-28', '2025-01-31', '2025-02-04']) expect(cal.isWorkday(d), d).toBe(false);
    for (const d of ['2025-01-26', '2025-02-08', '2025-01-27', '2025-02-05']) expect(cal.isWorkday(d), d).toBe(true);
    // 国庆节、中秋节: 10月1日至8日放假调休，共8天；9月28日（周日）、10月11日（周六）上班
    for (let day = 1; day <= 8; day++) expect(cal.isWorkday(`2025-10-0${day}`)).toBe(false);
    expect(cal.isWorkday('2025-09-28')).toBe(true);
    expect(cal.isWorkday('2025-10-11')).toBe(true);
    expect(cal.isWorkday('2025-10-12')).toBe(false); // an ordinary Sunday
    expect(cal.describe('2025-10-11')).toMatch(/调休上班/);
  });
});

describe('working-day arithmetic', () => {
  it('counts across National Day 2025 with its 调休 Saturday', () => {
    // Signed Fri 2025-09-26. Working days after it: 9/28 (Sun, 调休), 9/29, 9/30, then 10/9 (Thu), 10/10, 10/11 (Sat, 调休) …
    expect(cal.workdaysAfter('2025-09-26', 1).date).toBe('2025-09-28');
    expect(cal.workdaysAfter('2025-09-26', 3).date).toBe('2025-09-30');
    expect(cal.workdaysAfter('2025-09-26', 4).date).toBe('2025-10-09');
    expect(cal.workdaysAfter('2025-09-26', 5).date).toBe('2025-10-10');
    expect(cal.workdaysAfter('2025-09-26', 6).date).toBe('2025-10-11');
    expect(cal.workdaysAfter('2025-09-26', 10).date).toBe('2025-10-16');
    expect(cal.countWorkdays('2025-09-27', '2025-10-16')).toBe(10);
  });

  it('counts across the 2025 Spring Festival with its 调休 Sunday and Saturday', () => {
    // From Fri 1/24: 1/26 (Sun, 调休), 1/27, then 2/5, 2/6, 2/7, 2/8 (Sat, 调休), 2/10 …
    expect(cal.workdaysAfter('2025-01-24', 2).date).toBe('2025-01-27');
    expect(cal.workdaysAfter('2025-01-24', 3).date).toBe('2025-02-05');
    expect(cal.workdaysAfter('2025-01-24', 6).date).toBe('2025-02-08');
    expect(cal.workdaysAfter('2025-01-24', 7).date).toBe('2025-02-10');
    // counting back from the first day after the break
    expect(cal.workdaysBefore('2025-02-05', 1).date).toBe('2025-01-27');
    expect(cal.workdaysBefore('2025-02-05', 2).date).toBe('2025-01-26');
  });

  it('counts across a year boundary with 元旦', () => {
    // 2025-12-26 (Fri) + 5: 12/29, 12/30, 12/31, then 2026-01-01..03 off, 1/4 (Sun, 调休), 1/5
    expect(cal.workdaysAfter('2025-12-26', 4).date).toBe('2026-01-04');
    expect(cal.workdaysAfter('2025-12-26', 5).date).toBe('2026-01-05');
    expect(cal.workdaysAfter('2025-12-26', 5).uncoveredYears).toEqual([]);
  });

  it('counts a span that begins on its first day (公示期)', () => {
    // 9/29 counts as day 1: 9/29, 9/30, 10/9, 10/10, 10/11 (Sat, 调休)
    expect(cal.workdaySpanEnd('2025-09-29', 5).date).toBe('2025-10-11');
    expect(cal.workdaySpanEnd('2025-10-01', 1).date).toBe('2025-10-09');
  });

  it('reports the years past the data: they are counted with weekends only', () => {
    const last = cal.lastCoveredYear()!;
    const r = cal.workdaysAfter(`${last}-12-28`, 10);
    expect(r.uncoveredYears).toEqual([last + 1]);
    expect(cal.covers(last + 1)).toBe(false);
  });

  it('adds calendar months, clamping to the month end', () => {
    expect(addMonths('2025-05-31', -3)).toBe('2025-02-28');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
  });
});
