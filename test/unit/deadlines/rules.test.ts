import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeDeadline, deadlineRow, type DeadlineEntry } from '../../../shared/deadlines/compute';
import { rulesFor, type DeadlineRule } from '../../../shared/deadlines/rules';
import { WorkCalendar } from '../../../shared/workdays/calendar';
import { librarySchedules } from '../../../main/services/deadlines/holidays';
import { loadDeadlineRules } from '../../../main/services/deadlines/rules';

const file = loadDeadlineRules(path.resolve('templates/deadlines'));
const cal = new WorkCalendar(librarySchedules());
const rule = (id: string): DeadlineRule => {
  const r = file.rules.find((x) => x.id === id);
  if (!r) throw new Error(id);
  return r;
};
const due = (id: string, start: string) => computeDeadline(rule(id), cal, start);
const entry = (start: string, done: string | null = null): DeadlineEntry => ({ start, startOrigin: 'user', startSource: '', done, note: '' });

/** Every date below was counted by hand on the 2025 calendar (国办发明电〔2024〕12号). */
describe('each deadline rule against a hand-computed date', () => {
  it('Hebei art. 13: plan 备案 within 10 working days of approval', () => {
    // approved Fri 9/26: 9/28(调休) 9/29 9/30 | 10/9 10/10 10/11(调休) 10/13 10/14 10/15 10/16
    expect(due('hebei.plan.filing', '2025-09-26').due).toBe('2025-10-16');
  });
  it('Hebei art. 16: agreement 备案 within 10 working days of signing', () => {
    // signed Fri 1/24: 1/26(调休) 1/27 | 2/5 2/6 2/7 2/8(调休) 2/10 2/11 2/12 2/13
    expect(due('hebei.agreement.filing', '2025-01-24').due).toBe('2025-02-13');
  });
  it('Chongqing art. 17: agreement 备案 within 5 working days of signing', () => {
    // signed Tue 9/30: 10/9 10/10 10/11(调休) 10/13 10/14
    const c = due('chongqing.agreement.filing', '2025-09-30');
    expect(c.due).toBe('2025-10-14');
    expect(c.explanation).toMatch(/跳过国庆节、中秋假期/);
    expect(c.explanation).toMatch(/10月11日调休上班计入/);
  });
  it('合法性审查 at least 7 working days before the collective decision', () => {
    // meeting Wed 10/15: 10/14 10/13 10/11(调休) 10/10 10/9 | 9/30 9/29
    expect(due('legal_review.before_decision', '2025-10-15').due).toBe('2025-09-29');
  });
  it('materials reach members at least 3 days before the meeting (calendar days)', () => {
    const r = deadlineRow(rule('meeting.materials'), cal, entry('2025-10-09'), '2025-09-01');
    expect(r.due).toBe('2025-10-06');
    expect(r.warnings.join()).toMatch(/2025年10月6日是中秋假期，请提前办理/);
  });
  it('Wenzhou: 公示 of the selection result for at least 5 working days', () => {
    // from Mon 9/29 (counted): 9/29 9/30 | 10/9 10/10 10/11(调休)
    expect(due('wenzhou.selection.publicity', '2025-09-29').due).toBe('2025-10-11');
    expect(deadlineRow(rule('wenzhou.selection.publicity'), cal, entry('2025-09-29', '2025-10-10'), '2025-10-20').state).toBe('done_short');
    expect(deadlineRow(rule('wenzhou.selection.publicity'), cal, entry('2025-09-29', '2025-10-13'), '2025-10-20').state).toBe('done');
    expect(deadlineRow(rule('wenzhou.selection.publicity'), cal, entry('2025-09-29'), '2025-10-10').state).toBe('running');
  });
  it('Hebei art. 18: renewal applied for within 3 months before the term ends', () => {
    const c = due('hebei.renewal', '2026-05-31');
    expect(c).toMatchObject({ due: '2026-05-31', windowOpens: '2026-02-28' });
    expect(deadlineRow(rule('hebei.renewal'), cal, entry('2026-05-31'), '2026-01-10').state).toBe('not_open');
    expect(deadlineRow(rule('hebei.renewal'), cal, entry('2026-05-31', '2026-01-20'), '2026-03-01').state).toBe('done_early');
    expect(deadlineRow(rule('hebei.renewal'), cal, entry('2026-05-31'), '2026-05-10').state).toBe('due_soon');
  });
  it('Chongqing registration art. 17–18: certificate valid 3 years, renewal within 60 days before expiry', () => {
    // issued 2025-03-01 → valid through 2028-02-29 (a leap day); 60 days before it is 2027-12-31
    const c = due('chongqing.certificate.renewal', '2025-03-01');
    expect(c).toMatchObject({ due: '2028-02-29', windowOpens: '2027-12-31' });
  });
  it('annual disclosure by the end of March of the next year', () => {
    expect(due('price.annual_disclosure', '2025-06-30').due).toBe('2026-03-31');
  });
});

describe('deadline states', () => {
  const cq = rule('chongqing.agreement.filing');
  it('upcoming, due soon, overdue, done and done late', () => {
    expect(deadlineRow(cq, cal, entry('2025-09-30'), '2025-10-01').state).toBe('upcoming');
    expect(deadlineRow(cq, cal, entry('2025-09-30'), '2025-10-10')).toMatchObject({ state: 'due_soon', daysLeft: 4 });
    expect(deadlineRow(cq, cal, entry('2025-09-30'), '2025-10-15')).toMatchObject({ state: 'overdue', daysLeft: -1 });
    expect(deadlineRow(cq, cal, entry('2025-09-30', '2025-10-14'), '2025-12-01')).toMatchObject({ state: 'done', stateLabel: '已完成（2025年10月14日）' });
    expect(deadlineRow(cq, cal, entry('2025-09-30', '2025-10-15'), '2025-12-01').state).toBe('done_late');
    expect(deadlineRow(cq, cal, { start: null, startOrigin: null, startSource: '', done: null, note: '' }, '2025-12-01').state).toBe('no_start');
  });
  it('warns when the computed date falls past the holiday data', () => {
    const last = cal.lastCoveredYear()!;
    const r = deadlineRow(cq, cal, entry(`${last}-12-29`), `${last}-12-29`);
    expect(r.due! > `${last}-12-31`).toBe(true);
    expect(r.warnings.join()).toContain(`节假日数据只到 ${last} 年`);
    expect(deadlineRow(cq, cal, entry(`${last}-06-01`), `${last}-06-01`).warnings).toEqual([]);
  });
});

describe('which rules apply', () => {
  const ids = (t: Parameters<typeof rulesFor>[1], j: Parameters<typeof rulesFor>[2]) => rulesFor(file.rules, t, j).map((r) => r.id);
  it('by case kind and jurisdiction', () => {
    expect(ids('agreement_review', 'chongqing')).toEqual(expect.arrayContaining(['chongqing.agreement.filing', 'chongqing.certificate.renewal', 'legal_review.before_decision', 'meeting.materials', 'price.annual_disclosure']));
    expect(ids('agreement_review', 'chongqing')).not.toContain('hebei.agreement.filing');
    expect(ids('agreement_review', 'qinhuangdao')).toEqual(expect.arrayContaining(['hebei.agreement.filing', 'hebei.renewal']));
    expect(ids('plan_review', 'hebei')).toContain('hebei.plan.filing');
    expect(ids('operator_selection', 'wenzhou')).toContain('wenzhou.selection.publicity');
    expect(ids('operator_selection', 'chongqing')).not.toContain('wenzhou.selection.publicity');
  });
});
