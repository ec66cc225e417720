import { fault } from '../../../shared/api/errors';
import { ApprovalFormSchema, ExplanationSchema, RecordSchema, explanationLength, itemGate, type Item, type Meeting, type MeetingDayCalendar } from '../../../shared/domain/meeting';
import type { CaseStore } from '../../store/caseStore';
import type { FileStaging } from '../files';
import type { OpenCases } from '../openCases';
import type { Settings } from '../settings';
import { loadFonts } from '../../docs/fonts';
import type { DocumentService } from '../documents';
import type { MemoService } from '../memos/index';
import { toAttachment, toCopy, toMeeting, type AttRow, type CopyRow, type ItemRow, type MeetingRow } from './model';

/**
 * What every stage of a meeting stands on (service.ts lists the stages): reading a meeting with its items, their gate
 * and copies, and `change`, the one way its materials change (one transaction, audited, a new version after 上会).
 */
export class MeetingBase {
  constructor(
    protected readonly deps: {
      openCases: OpenCases; settings: Settings; files: FileStaging; documents: DocumentService; memos: MemoService; templatesDir: string;
      /** the working-day calendar (holidays, 调休): a meeting date on a day off is pointed out when the packet is made */
      calendar?: () => MeetingDayCalendar;
    },
  ) {}

  protected fonts() {
    return loadFonts(this.deps.templatesDir);
  }

  protected store(caseId: string) {
    return this.deps.openCases.get(caseId);
  }

  list(caseId: string): Meeting[] {
    return (this.store(caseId).db.prepare('SELECT * FROM meetings ORDER BY date DESC, created_at DESC').all() as MeetingRow[]).map(toMeeting);
  }

  protected meetingRow(store: CaseStore, meetingId: string) {
    const r = store.db.prepare('SELECT * FROM meetings WHERE meeting_id = ?').get(meetingId) as MeetingRow | undefined;
    if (!r) throw fault('NOT_FOUND', '找不到该会议，可能已被删除。');
    return r;
  }

  protected itemsOf(store: CaseStore, m: Meeting): Item[] {
    const rows = store.db.prepare('SELECT * FROM meeting_items WHERE meeting_id = ? ORDER BY sort').all(m.meetingId) as ItemRow[];
    const atts = store.db.prepare('SELECT * FROM meeting_attachments WHERE item_id = ? ORDER BY sort, created_at');
    return rows.map((r) => {
      const approval = ApprovalFormSchema.parse(JSON.parse(r.approval));
      const explanation = ExplanationSchema.parse(JSON.parse(r.explanation));
      const attachments = (atts.all(r.item_id) as AttRow[]).map(toAttachment);
      return {
        itemId: r.item_id, meetingId: r.meeting_id, sort: r.sort, linkedToCase: r.linked_to_case === 1, onAgenda: r.on_agenda === 1,
        approval, explanation, attachments, gate: itemGate({ approval, explanation, attachments }, m.explanationLimit),
        explanationLength: explanationLength(explanation),
      };
    });
  }

  get(caseId: string, meetingId: string) {
    const store = this.store(caseId);
    const m = toMeeting(this.meetingRow(store, meetingId));
    const r = this.meetingRow(store, meetingId).record;
    return {
      meeting: m,
      items: this.itemsOf(store, m),
      record: r ? RecordSchema.parse(JSON.parse(r)) : null,
      versions: store.db.prepare('SELECT version, reason, actor, at FROM meeting_versions WHERE meeting_id = ? ORDER BY version').all(meetingId) as {
        version: number; reason: string; actor: string; at: string;
      }[],
      copies: (store.db.prepare('SELECT * FROM meeting_copies WHERE meeting_id = ? ORDER BY copy_no').all(meetingId) as CopyRow[]).map(toCopy),
    };
  }

  /**
   * Runs one change to a meeting's materials in one transaction. Before 上会 it just happens; after, it needs a reason,
   * and the whole state before it is kept as the previous version.
   */
  protected change<T>(caseId: string, meetingId: string, changeReason: string | undefined, action: string, detail: unknown, fn: (store: CaseStore, m: Meeting) => T): T {
    const store = this.store(caseId);
    const actor = this.deps.settings.userName();
    return store.tx(() => {
      const m = toMeeting(this.meetingRow(store, meetingId));
      const at = new Date().toISOString();
      let version = m.version;
      if (m.status === 'held') {
        if (!changeReason?.trim()) throw fault('MEETING_LOCKED');
        const snapshot = { meeting: m, items: this.itemsOf(store, m) };
        store.db.prepare('INSERT INTO meeting_versions (meeting_id, version, reason, snapshot, actor, at) VALUES (?, ?, ?, ?, ?, ?)')
          .run(meetingId, m.version, changeReason.trim(), JSON.stringify(snapshot), actor, at);
        version = m.version + 1;
      }
      store.db.prepare('UPDATE meetings SET version = ?, updated_at = ? WHERE meeting_id = ?').run(version, at, meetingId);
      const out = fn(store, m);
      store.audit(actor, action, { meetingId, version, ...(m.status === 'held' ? { changeReason: changeReason!.trim() } : {}), ...(detail as object) });
      return out;
    });
  }

  protected itemRow(store: CaseStore, itemId: string) {
    const r = store.db.prepare('SELECT * FROM meeting_items WHERE item_id = ?').get(itemId) as ItemRow | undefined;
    if (!r) throw fault('NOT_FOUND', '找不到该议题，可能已被删除。');
    return r;
  }

  protected itemById(caseId: string, itemId: string): Item {
    const store = this.store(caseId);
    const r = this.itemRow(store, itemId);
    return this.get(caseId, r.meeting_id).items.find((i) => i.itemId === itemId)!;
  }
}
