import fs from 'node:fs';
import { fault } from '../../../shared/api/errors';
import type { Services } from '../../services/container';
import type { HandlersFor } from './types';

export const deadlinesHandlers = (s: Services): HandlersFor<'deadlines.'> => ({
  'deadlines.coverage': () => s.holidays.coverage(),
  'deadlines.importHolidays': ({ file }) => {
    const f = s.files.resolve(file);
    try {
      return s.holidays.importFile(readText(f.path));
    } finally {
      f.release();
    }
  },
  'deadlines.list': ({ caseId, today }) => s.deadlines.list(caseId, today),
  'deadlines.setStart': ({ caseId, kind, date }) => s.deadlines.setStart(caseId, kind, date),
  'deadlines.setDone': ({ caseId, ruleId, date, note }) => s.deadlines.setDone(caseId, ruleId, date, note),
  'deadlines.print': ({ caseId, today }) => s.deadlines.print(caseId, today),
  'deadlines.printMeeting': ({ caseId, meetingId, today }) => s.deadlines.printMeeting(caseId, meetingId, today),
});

export const priceHandlers = (s: Services): HandlersFor<'price.'> => ({
  'price.get': ({ caseId }) => s.price.get(caseId),
  'price.save': ({ caseId, input }) => s.price.save(caseId, input),
});

/** A schedule file is small text; the size is checked before it is read whole. */
function readText(file: string): string {
  const size = fs.statSync(file).size;
  if (size > 64 * 1024) throw fault('HOLIDAY_FILE_TOO_LARGE');
  return fs.readFileSync(file, 'utf8');
}
