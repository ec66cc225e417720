import path from 'node:path';
import type { Bench } from './run';
import { medianMs } from './util';
import { WorkCalendar } from '../shared/workdays/calendar';
import { deadlineRow } from '../shared/deadlines/compute';
import { librarySchedules } from '../main/services/deadlines/holidays';
import { loadDeadlineRules } from '../main/services/deadlines/rules';

/** Working days: building the calendar from the library's data, and every 时限 rule computed for one case. */
const bench: Bench = async (report) => {
  report({ name: 'deadlines.calendar.build', value: await medianMs(() => new WorkCalendar(librarySchedules()), 20), unit: 'ms', note: 'chinese-days 2004–2026 into a WorkCalendar; median of 20' });
  const cal = new WorkCalendar(librarySchedules());
  const rules = loadDeadlineRules(path.resolve('templates/deadlines')).rules;
  const entry = { start: '2025-09-30', startOrigin: 'user' as const, startSource: '', done: null, note: '' };
  report({ name: 'deadlines.rows.allRules', value: await medianMs(() => rules.map((r) => deadlineRow(r, cal, entry, '2025-10-10')), 50), unit: 'ms', note: `${rules.length} rules from one start date; median of 50` });
  report({ name: 'deadlines.workdaysAfter.250', value: await medianMs(() => cal.workdaysAfter('2025-01-02', 250), 50), unit: 'ms', note: 'one year of working days; median of 50' });
};
export default bench;
