import crypto from 'node:crypto';
import { fault } from '../../../shared/api/errors';
import type { OutputRef } from '../../../shared/api/files';
import {
  ApprovalFormSchema, ExplanationSchema, MeetingInputSchema, RecordSchema, explanationLength, itemGate, recordProblems,
  type ApprovalForm, type Explanation, type Item, type Meeting, type MeetingInput, type MeetingRecord,
} from '../../../shared/domain/meeting';
import { minutesDoc, noMinutesWithoutItems, recordDoc } from './papers';
import { MeetingCopies } from './copies';
import { toMeeting } from './model';

export type { AttachInput, PacketResult } from './model';

const paper = () => import('./paper');

/**
 * 三重一大 meetings (DOMAIN §6). A meeting lives in the case file the secretary has open (docs/meetings.md says why);
 * its items link to that case or stand alone with imported files. Every change is one transaction with its audit
 * entry; once 已上会 a change needs a reason and becomes a new version, the state before it kept in meeting_versions.
 *
 * By stage, one file each: base.ts (reading a meeting, `change`), materials.ts (each item's attachments), copies.ts
 * (the packet, numbered copies, the register), and here the meeting, its items and agenda, 上会, and after the meeting.
 */
export class MeetingService extends MeetingCopies {
  save(caseId: string, input: MeetingInput, changeReason?: string): Meeting {
    const m = MeetingInputSchema.parse(input);
    const values = [m.name, m.kind, m.date, m.place, m.chair, JSON.stringify(m.members), JSON.stringify(m.attendees), m.recorder, m.secrecy, m.explanationLimit];
    if (m.meetingId) {
      this.change(caseId, m.meetingId, changeReason, 'meetings.update', { to: m }, (store) => {
        store.db.prepare(`UPDATE meetings SET name = ?, kind = ?, date = ?, place = ?, chair = ?, members = ?, attendees = ?, recorder = ?,
          secrecy = ?, explanation_limit = ? WHERE meeting_id = ?`).run(...values, m.meetingId);
      });
      return this.get(caseId, m.meetingId).meeting;
    }
    const store = this.store(caseId);
    const meetingId = crypto.randomUUID();
    const at = new Date().toISOString();
    store.tx(() => {
      store.db.prepare(`INSERT INTO meetings (meeting_id, name, kind, date, place, chair, members, attendees, recorder, secrecy, explanation_limit,
        status, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'draft', 1, ?, ?)`).run(meetingId, ...values, at, at);
      store.audit(this.deps.settings.userName(), 'meetings.create', { meetingId, meeting: m });
    });
    return this.get(caseId, meetingId).meeting;
  }

  addItem(caseId: string, meetingId: string, input: { title: string; linkedToCase: boolean }, changeReason?: string): Item {
    const itemId = crypto.randomUUID();
    this.change(caseId, meetingId, changeReason, 'meetings.addItem', { itemId, title: input.title }, (store, m) => {
      const sort = ((store.db.prepare('SELECT max(sort) AS s FROM meeting_items WHERE meeting_id = ?').get(meetingId) as { s: number | null }).s ?? 0) + 1;
      const approval = ApprovalFormSchema.parse({ title: input.title, secrecy: m.secrecy });
      const at = new Date().toISOString();
      store.db.prepare('INSERT INTO meeting_items (item_id, meeting_id, sort, linked_to_case, on_agenda, approval, explanation, created_at, updated_at) VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?)')
        .run(itemId, meetingId, sort, input.linkedToCase ? 1 : 0, JSON.stringify(approval), JSON.stringify(ExplanationSchema.parse({})), at, at);
    });
    return this.itemById(caseId, itemId);
  }

  saveItem(caseId: string, itemId: string, approval: Partial<ApprovalForm>, explanation: Partial<Explanation>, changeReason?: string): Item {
    const row = this.itemRow(this.store(caseId), itemId);
    const a = ApprovalFormSchema.parse(approval);
    const e = ExplanationSchema.parse(explanation);
    this.change(caseId, row.meeting_id, changeReason, 'meetings.saveItem', { itemId, approval: a, explanationLength: explanationLength(e) }, (store, m) => {
      store.db.prepare('UPDATE meeting_items SET approval = ?, explanation = ?, updated_at = ? WHERE item_id = ?').run(JSON.stringify(a), JSON.stringify(e), new Date().toISOString(), itemId);
      // An item on the agenda that no longer passes the gate comes off it, rather than stay there unqualified.
      const gate = itemGate({ approval: a, explanation: e, attachments: this.itemsOf(store, m).find((i) => i.itemId === itemId)!.attachments }, m.explanationLimit);
      if (gate.length && row.on_agenda) store.db.prepare('UPDATE meeting_items SET on_agenda = 0 WHERE item_id = ?').run(itemId);
    });
    return this.itemById(caseId, itemId);
  }

  removeItem(caseId: string, itemId: string, changeReason?: string) {
    const row = this.itemRow(this.store(caseId), itemId);
    this.change(caseId, row.meeting_id, changeReason, 'meetings.removeItem', { itemId, title: JSON.parse(row.approval).title }, (store) => {
      store.db.prepare('DELETE FROM meeting_items WHERE item_id = ?').run(itemId);
    });
    return {};
  }

  /** Puts an item on the agenda (only if it passes the gate; the error lists why not) or takes it off. */
  setOnAgenda(caseId: string, itemId: string, onAgenda: boolean, changeReason?: string): Item {
    const row = this.itemRow(this.store(caseId), itemId);
    this.change(caseId, row.meeting_id, changeReason, onAgenda ? 'meetings.putOnAgenda' : 'meetings.takeOffAgenda', { itemId }, (store, m) => {
      if (onAgenda) {
        const item = this.itemsOf(store, m).find((i) => i.itemId === itemId)!;
        if (item.gate.length) throw fault('MEETING_GATE', `“${item.approval.title || '未命名议题'}”暂不能列入议程：${item.gate.join('')}`, { reasons: item.gate });
      }
      store.db.prepare('UPDATE meeting_items SET on_agenda = ? WHERE item_id = ?').run(onAgenda ? 1 : 0, itemId);
    });
    return this.itemById(caseId, itemId);
  }

  /** Marks the meeting 已上会: its agenda and materials are locked from now on. */
  lock(caseId: string, meetingId: string): Meeting {
    const store = this.store(caseId);
    store.tx(() => {
      const m = toMeeting(this.meetingRow(store, meetingId));
      if (m.status === 'held') throw fault('CONFLICT', '该会议已标记为已上会。');
      const agenda = this.itemsOf(store, m).filter((i) => i.onAgenda);
      if (agenda.length === 0) throw fault('MEETING_EMPTY_AGENDA');
      const failing = agenda.filter((i) => i.gate.length);
      if (failing.length) throw fault('MEETING_GATE', `以下议题不满足上会条件：${failing.map((i) => `“${i.approval.title}”：${i.gate.join('')}`).join('；')}`);
      store.db.prepare("UPDATE meetings SET status = 'held', updated_at = ? WHERE meeting_id = ?").run(new Date().toISOString(), meetingId);
      store.audit(this.deps.settings.userName(), 'meetings.lock', { meetingId, version: m.version, items: agenda.map((i) => i.itemId) });
    });
    return this.get(caseId, meetingId).meeting;
  }

  /** The 会议记录: taken after the meeting, so not subject to the lock on materials. */
  saveRecord(caseId: string, meetingId: string, record: MeetingRecord) {
    const store = this.store(caseId);
    const r = RecordSchema.parse(record);
    store.tx(() => {
      this.meetingRow(store, meetingId);
      store.db.prepare('UPDATE meetings SET record = ?, updated_at = ? WHERE meeting_id = ?').run(JSON.stringify(r), new Date().toISOString(), meetingId);
      store.audit(this.deps.settings.userName(), 'meetings.saveRecord', { meetingId, record: r });
    });
    return r;
  }

  async renderAfterMeeting(caseId: string, meetingId: string, which: 'record' | 'minutes', format: 'pdf' | 'docx', issuer = '', issueNo?: number): Promise<OutputRef> {
    const { meeting, items, record } = this.get(caseId, meetingId);
    const agenda = items.filter((i) => i.onAgenda);
    // Said before anything about the record: with no 议题 no record would make a 纪要.
    if (which === 'minutes' && !agenda.length) throw noMinutesWithoutItems();
    // The record and the minutes drawn from it go to the archive: never with a vote nobody cast or one not yet taken down.
    if (!record) throw fault('MEETING_RECORD_INCOMPLETE', '会议记录尚未保存：请先填写出席情况和各成员的表态，保存会议记录后再生成。');
    const problems = recordProblems(record, agenda.map((i) => ({ itemId: i.itemId, title: i.approval.title })));
    if (problems.length) throw fault('MEETING_RECORD_INCOMPLETE', `会议记录尚不完整，不能生成${which === 'record' ? '会议记录' : '纪要'}：${problems.join('')}`, { problems });
    const r = record;
    const doc = which === 'record' ? recordDoc(meeting, agenda, r) : minutesDoc(meeting, agenda, r, issuer || meeting.name, issueNo);
    const bytes = format === 'pdf' ? await (await paper()).renderStandalonePdf(doc, this.fonts()) : await (await paper()).renderStandaloneDocx(doc, this.fonts());
    const label = which === 'record' ? '会议记录' : '纪要';
    return this.deps.files.addOutput(`${meeting.name}-${label}.${format}`, format === 'pdf' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', bytes);
  }
}
