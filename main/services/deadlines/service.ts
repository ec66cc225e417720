import path from 'node:path';
import { fault } from '../../../shared/api/errors';
import { deadlineRow, type DeadlineEntry, type DeadlineRow } from '../../../shared/deadlines/compute';
import { rulesFor, START_KINDS, type DeadlineRule, type DeadlineRulesFile, type StartKind } from '../../../shared/deadlines/rules';
import { parseIsoDate } from '../../../shared/workdays/calendar';
import { JURISDICTIONS, type Jurisdiction } from '../../../shared/domain/case';
import type { DeadlineCheckContext } from '../../../shared/review/deadlines';
import { deadlineTableDoc, meetingDeadlineDoc } from '../../../shared/deadlines/print';
import { renderOffThread } from '../../docs/renderOffThread';
import type { CaseService } from '../cases';
import type { FileStaging } from '../files';
import type { OpenCases } from '../openCases';
import type { Settings } from '../settings';
import type { HolidayStore } from './holidays';
import { loadDeadlineRules } from './rules';

export interface KnownStart {
  kind: StartKind;
  date: string;
  source: string;
}

/** Today in the machine's own time zone (the laptop's clock is the user's), as YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

const validDate = (d: string | null) => {
  if (d !== null && !parseIsoDate(d)) throw fault('DEADLINE_DATE_INVALID', `日期“${d}”不存在，未保存。请按“2025-10-09”的格式填写真实存在的日期。`);
};

/**
 * The 时限 of a case: the rules of templates/deadlines that apply to its kind and jurisdiction, each counted from a
 * start date the user entered or the case knows (its meetings), with the holiday schedule of `holidays`.
 */
export class DeadlineService {
  private rulesFile: DeadlineRulesFile | null = null;

  constructor(
    private readonly deps: { openCases: OpenCases; settings: Settings; cases: CaseService; holidays: HolidayStore; files: FileStaging; templatesDir: string },
  ) {}

  rules(): DeadlineRulesFile {
    return (this.rulesFile ??= loadDeadlineRules(path.join(this.deps.templatesDir, 'deadlines')));
  }

  applicable(caseId: string): DeadlineRule[] {
    const c = this.deps.cases.summary(caseId);
    return rulesFor(this.rules().rules, c.caseType, c.jurisdiction);
  }

  /** Start dates the case itself gives: the decision meeting, and a plan's approval at a held meeting. */
  known(caseId: string): KnownStart[] {
    const db = this.deps.openCases.get(caseId).db;
    const rows = db
      .prepare(
        `SELECT m.name, m.date, m.status, m.record FROM meetings m
         WHERE EXISTS (SELECT 1 FROM meeting_items i WHERE i.meeting_id = m.meeting_id AND i.linked_to_case = 1)
         ORDER BY m.date DESC, m.created_at DESC`,
      )
      .all() as { name: string; date: string; status: string; record: string | null }[];
    const out: KnownStart[] = [];
    const latest = rows[0];
    if (latest) out.push({ kind: 'decision_meeting', date: latest.date.slice(0, 10), source: `会议“${latest.name}”` });
    const approved = rows.find((r) => {
      if (r.status !== 'held' || !r.record) return false;
      const rec = JSON.parse(r.record) as { items?: { decision?: string | null }[] };
      return (rec.items ?? []).some((i) => i.decision === 'passed' || i.decision === 'passed_in_principle');
    });
    if (approved && this.deps.cases.summary(caseId).caseType === 'plan_review') {
      out.push({ kind: 'plan_approval', date: approved.date.slice(0, 10), source: `会议“${approved.name}”审议通过` });
    }
    return out;
  }

  rows(caseId: string, today: string, override: Partial<Record<StartKind, KnownStart>> = {}): DeadlineRow[] {
    const db = this.deps.openCases.get(caseId).db;
    const starts = new Map((db.prepare('SELECT kind, date FROM deadline_starts').all() as { kind: StartKind; date: string }[]).map((r) => [r.kind, r.date]));
    const done = new Map((db.prepare('SELECT rule_id, done_date, note FROM deadline_done').all() as { rule_id: string; done_date: string; note: string }[]).map((r) => [r.rule_id, r]));
    const known = new Map(this.known(caseId).map((k) => [k.kind, k]));
    for (const [k, v] of Object.entries(override)) if (v) known.set(k as StartKind, v);
    const cal = this.deps.holidays.calendar();
    return this.applicable(caseId).map((rule) => {
      const user = starts.get(rule.start);
      const k = known.get(rule.start);
      const fromOverride = override[rule.start];
      const entry: DeadlineEntry = fromOverride
        ? { start: fromOverride.date, startOrigin: 'case', startSource: fromOverride.source, done: null, note: '' }
        : user
          ? { start: user, startOrigin: 'user', startSource: '', done: null, note: '' }
          : k
            ? { start: k.date, startOrigin: 'case', startSource: k.source, done: null, note: '' }
            : { start: null, startOrigin: null, startSource: '', done: null, note: '' };
      const d = done.get(rule.id);
      if (d) Object.assign(entry, { done: d.done_date, note: d.note });
      return deadlineRow(rule, cal, entry, today);
    });
  }

  /** What the compliance review needs to check a document's own time limits (shared/review/deadlines.ts). */
  checkContext(caseId: string | null, jurisdiction: string): DeadlineCheckContext | undefined {
    if (!(jurisdiction in JURISDICTIONS)) return undefined;
    const rules = this.rules().rules.filter((r) => r.jurisdictions.includes(jurisdiction as Jurisdiction));
    const starts: Partial<Record<StartKind, string>> = {};
    if (caseId) {
      for (const k of this.known(caseId)) starts[k.kind] = k.date;
      for (const r of this.deps.openCases.get(caseId).db.prepare('SELECT kind, date FROM deadline_starts').all() as { kind: StartKind; date: string }[]) starts[r.kind] = r.date;
    }
    return { rules, calendar: this.deps.holidays.calendar(), starts, today: localToday() };
  }

  list(caseId: string, today = localToday()) {
    return { today, rulesVersion: this.rules().version, coverage: this.deps.holidays.coverage(), rows: this.rows(caseId, today), known: this.known(caseId) };
  }

  setStart(caseId: string, kind: StartKind, date: string | null) {
    validDate(date);
    const store = this.deps.openCases.get(caseId);
    store.tx(() => {
      if (date === null) store.db.prepare('DELETE FROM deadline_starts WHERE kind = ?').run(kind);
      else store.db.prepare('INSERT INTO deadline_starts (kind, date, updated_at) VALUES (?, ?, ?) ON CONFLICT(kind) DO UPDATE SET date = excluded.date, updated_at = excluded.updated_at').run(kind, date, new Date().toISOString());
      store.audit(this.deps.settings.userName(), 'deadlines.start', { kind, label: START_KINDS[kind], date });
    });
    return {};
  }

  setDone(caseId: string, ruleId: string, date: string | null, note: string) {
    validDate(date);
    const rule = this.applicable(caseId).find((r) => r.id === ruleId);
    if (!rule) throw fault('DEADLINE_UNKNOWN_RULE');
    const store = this.deps.openCases.get(caseId);
    store.tx(() => {
      if (date === null) store.db.prepare('DELETE FROM deadline_done WHERE rule_id = ?').run(ruleId);
      else store.db.prepare('INSERT INTO deadline_done (rule_id, done_date, note, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT(rule_id) DO UPDATE SET done_date = excluded.done_date, note = excluded.note, updated_at = excluded.updated_at').run(ruleId, date, note.trim(), new Date().toISOString());
      store.audit(this.deps.settings.userName(), 'deadlines.done', { ruleId, title: rule.title, date, note });
    });
    return {};
  }

  async print(caseId: string, today = localToday()) {
    const c = this.deps.cases.summary(caseId);
    const doc = deadlineTableDoc({ caseTitle: c.title, today, rulesVersion: this.rules().version, coverage: this.deps.holidays.coverage(), rows: this.rows(caseId, today) });
    const pdf = await renderOffThread('pdf', doc, this.deps.templatesDir);
    return this.deps.files.addOutput(`${c.title}-时限表.pdf`, 'application/pdf', pdf);
  }

  /** The 时限表 of a meeting: per agenda item, the case's deadlines with the decision counted from this meeting's date. */
  async printMeeting(caseId: string, meetingId: string, today = localToday()) {
    const db = this.deps.openCases.get(caseId).db;
    const m = db.prepare('SELECT name, date FROM meetings WHERE meeting_id = ?').get(meetingId) as { name: string; date: string } | undefined;
    if (!m) throw fault('NOT_FOUND', '找不到该会议，可能已被删除。');
    const items = db.prepare('SELECT approval, linked_to_case FROM meeting_items WHERE meeting_id = ? ORDER BY sort').all(meetingId) as { approval: string; linked_to_case: number }[];
    const c = this.deps.cases.summary(caseId);
    const meetingStart = { kind: 'decision_meeting' as const, date: m.date.slice(0, 10), source: `会议“${m.name}”` };
    const rows = this.rows(caseId, today, { decision_meeting: meetingStart });
    const doc = meetingDeadlineDoc({
      meetingName: m.name,
      meetingDate: m.date.slice(0, 10),
      today,
      rulesVersion: this.rules().version,
      coverage: this.deps.holidays.coverage(),
      items: items.map((i) => ({ title: (JSON.parse(i.approval) as { title?: string }).title || c.title, rows: i.linked_to_case ? rows : null })),
    });
    const pdf = await renderOffThread('pdf', doc, this.deps.templatesDir);
    return this.deps.files.addOutput(`${m.name}-时限表.pdf`, 'application/pdf', pdf);
  }
}
