import crypto from 'node:crypto';
import { fault } from '../../../shared/api/errors';
import type { FileRef, OutputRef } from '../../../shared/api/files';
import {
  ApprovalFormSchema, ATTACHMENT_KINDS, ExplanationSchema, MeetingInputSchema, RecordSchema, approvalBlanks, copyNumber, explanationLength, itemGate, materialsLeadWarning,
  type ApprovalForm, type Attachment, type AttachmentKind, type Explanation, type Item, type Meeting, type MeetingInput,
  type MeetingDayCalendar, type MeetingRecord, type PacketCopy,
} from '../../../shared/domain/meeting';
import type { CaseStore } from '../../store/caseStore';
import type { FileStaging } from '../files';
import type { OpenCases } from '../openCases';
import type { Settings } from '../settings';
import fs from 'node:fs';
import { loadFonts } from '../../docs/fonts';
import type { DocumentService } from '../documents';
import type { MemoService } from '../memos/index';
import { runTask } from '../worker';
import type { JobControl } from '../jobs';
import type { PacketInput } from './compose';
import { itemLabel, minutesDoc, recordDoc, registerDoc } from './papers';
import { toAttachment, toCopy, toMeeting, type AttachInput, type AttRow, type CopyRow, type ItemRow, type MeetingRow, type PacketResult } from './model';

export type { AttachInput, PacketResult } from './model';

// Loaded on first use: pdf-lib, pdfmake and mammoth would cost every CLI command and host start a second of CPU.
const paper = () => import('./paper');
const attachments = () => import('./attachments');

/**
 * 三重一大 meetings (DOMAIN §6). A meeting lives in the case file the secretary has open (docs/meetings.md says why);
 * its items link to that case or stand alone with imported files. Every change is one transaction with its audit
 * entry; once 已上会 a change needs a reason and becomes a new version, the state before it kept in meeting_versions.
 */
export class MeetingService {
  constructor(
    private readonly deps: {
      openCases: OpenCases; settings: Settings; files: FileStaging; documents: DocumentService; memos: MemoService; templatesDir: string;
      /** the working-day calendar (holidays, 调休): a meeting date on a day off is pointed out when the packet is made */
      calendar?: () => MeetingDayCalendar;
    },
  ) {}

  private fonts() {
    return loadFonts(this.deps.templatesDir);
  }

  private store(caseId: string) {
    return this.deps.openCases.get(caseId);
  }

  list(caseId: string): Meeting[] {
    return (this.store(caseId).db.prepare('SELECT * FROM meetings ORDER BY date DESC, created_at DESC').all() as MeetingRow[]).map(toMeeting);
  }

  private meetingRow(store: CaseStore, meetingId: string) {
    const r = store.db.prepare('SELECT * FROM meetings WHERE meeting_id = ?').get(meetingId) as MeetingRow | undefined;
    if (!r) throw fault('NOT_FOUND', '找不到该会议，可能已被删除。');
    return r;
  }

  private itemsOf(store: CaseStore, m: Meeting): Item[] {
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
  private change<T>(caseId: string, meetingId: string, changeReason: string | undefined, action: string, detail: unknown, fn: (store: CaseStore, m: Meeting) => T): T {
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

  private itemRow(store: CaseStore, itemId: string) {
    const r = store.db.prepare('SELECT * FROM meeting_items WHERE item_id = ?').get(itemId) as ItemRow | undefined;
    if (!r) throw fault('NOT_FOUND', '找不到该议题，可能已被删除。');
    return r;
  }

  private itemById(caseId: string, itemId: string): Item {
    const store = this.store(caseId);
    const r = this.itemRow(store, itemId);
    return this.get(caseId, r.meeting_id).items.find((i) => i.itemId === itemId)!;
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

  /** Attaches an imported PDF or DOCX after checking it can be read and merged. */
  async attach(caseId: string, itemId: string, input: AttachInput & { file: FileRef }, changeReason?: string): Promise<Item> {
    this.itemRow(this.store(caseId), itemId);
    if (input.kind === 'risk_assessment' && !input.riskLevel) throw fault('MEETING_RISK_LEVEL');
    const f = this.deps.files.resolve(input.file);
    try {
      const bytes = fs.readFileSync(f.path);
      const info = await (await attachments()).inspectAttachment(bytes, f.name);
      this.insertAttachment(caseId, itemId, input, { source: info.format === 'pdf' ? 'import_pdf' : 'import_docx', fileName: f.name, pageCount: info.pageCount, bytes }, changeReason);
    } finally {
      f.release();
    }
    return this.itemById(caseId, itemId);
  }

  /** Attaches a document of this case (intake), checked like an imported file. */
  async attachCaseDocument(caseId: string, itemId: string, input: AttachInput & { versionId: string }, changeReason?: string): Promise<Item> {
    this.itemRow(this.store(caseId), itemId);
    if (input.kind === 'risk_assessment' && !input.riskLevel) throw fault('MEETING_RISK_LEVEL');
    const { version, document } = this.deps.documents.get(caseId, input.versionId);
    const bytes = this.deps.documents.original(caseId, input.versionId);
    const info = await (await attachments()).inspectAttachment(bytes, version.fileName);
    this.insertAttachment(caseId, itemId, { ...input, title: input.title || document.title }, {
      source: 'case_document', fileName: `${version.fileName}（第${version.version}版）`, pageCount: info.pageCount, bytes, format: info.format,
    }, changeReason);
    return this.itemById(caseId, itemId);
  }

  /**
   * Attaches a signed memo of this case: its text and its signature page, laid out again without the memo's own page
   * numbers so the packet's continuous numbers are the only ones. The signed original stays in the case.
   */
  async attachMemo(caseId: string, itemId: string, input: AttachInput & { memoId: string }, changeReason?: string): Promise<Item> {
    this.itemRow(this.store(caseId), itemId);
    if (input.kind === 'risk_assessment' && !input.riskLevel) throw fault('MEETING_RISK_LEVEL');
    const memo = this.deps.memos.get(caseId, input.memoId);
    if (memo.signatures.length === 0) throw fault('MEETING_MEMO_UNSIGNED');
    const { bytes, pageCount } = await (await paper()).partsPdf([this.deps.memos.doc(caseId, input.memoId), this.deps.memos.signaturePageDoc(caseId, input.memoId)], this.fonts());
    this.insertAttachment(caseId, itemId, { ...input, title: input.title || memo.title }, {
      source: 'memo', fileName: `${memo.label}（第${memo.version}版，PDF SHA-256 ${memo.pdfSha256.slice(0, 16)}…）`, pageCount, bytes,
    }, changeReason);
    return this.itemById(caseId, itemId);
  }

  /** One provided attachment, in one transaction; it replaces an earlier "not required" of that kind. */
  private insertAttachment(
    caseId: string, itemId: string, input: AttachInput,
    src: { source: Attachment['source']; fileName: string; pageCount: number | null; bytes: Uint8Array; format?: 'pdf' | 'docx' }, changeReason?: string,
  ) {
    const store = this.store(caseId);
    const row = this.itemRow(store, itemId);
    const attachmentId = crypto.randomUUID();
    this.change(caseId, row.meeting_id, changeReason, 'meetings.attach', { itemId, attachmentId, kind: input.kind, source: src.source, fileName: src.fileName }, () => {
      const sha256 = store.putBlob(src.bytes);
      store.db.prepare("DELETE FROM meeting_attachments WHERE item_id = ? AND kind = ? AND status = 'not_required'").run(itemId, input.kind);
      const sort = ((store.db.prepare('SELECT max(sort) AS s FROM meeting_attachments WHERE item_id = ?').get(itemId) as { s: number | null }).s ?? 0) + 1;
      store.db.prepare(`INSERT INTO meeting_attachments (attachment_id, item_id, kind, status, title, reason, risk_level, source, file_name, blob_sha256,
        page_count, sort, created_at) VALUES (?, ?, ?, 'provided', ?, '', ?, ?, ?, ?, ?, ?, ?)`).run(
        attachmentId, itemId, input.kind, input.title?.trim() || ATTACHMENT_KINDS[input.kind], input.kind === 'risk_assessment' ? input.riskLevel! : null,
        src.source, src.fileName, sha256, src.pageCount, sort, new Date().toISOString());
    });
  }

  markNotRequired(caseId: string, itemId: string, kind: AttachmentKind, reason: string, changeReason?: string): Item {
    const row = this.itemRow(this.store(caseId), itemId);
    if (kind === 'legal_review') throw fault('MEETING_LEGAL_REQUIRED');
    if (!reason.trim()) throw fault('MEETING_REASON_REQUIRED');
    this.change(caseId, row.meeting_id, changeReason, 'meetings.notRequired', { itemId, kind, reason: reason.trim() }, (store) => {
      if (store.db.prepare("SELECT 1 FROM meeting_attachments WHERE item_id = ? AND kind = ? AND status = 'provided'").get(itemId, kind)) {
        throw fault('CONFLICT', `已附上${ATTACHMENT_KINDS[kind]}，如无需提供请先移除已附的文件。`);
      }
      store.db.prepare('DELETE FROM meeting_attachments WHERE item_id = ? AND kind = ?').run(itemId, kind);
      const sort = ((store.db.prepare('SELECT max(sort) AS s FROM meeting_attachments WHERE item_id = ?').get(itemId) as { s: number | null }).s ?? 0) + 1;
      store.db.prepare(`INSERT INTO meeting_attachments (attachment_id, item_id, kind, status, title, reason, risk_level, source, file_name, blob_sha256,
        page_count, sort, created_at) VALUES (?, ?, ?, 'not_required', ?, ?, NULL, 'none', '', NULL, NULL, ?, ?)`).run(
        crypto.randomUUID(), itemId, kind, ATTACHMENT_KINDS[kind], reason.trim(), sort, new Date().toISOString());
    });
    return this.itemById(caseId, itemId);
  }

  removeAttachment(caseId: string, attachmentId: string, changeReason?: string) {
    const store = this.store(caseId);
    const a = store.db.prepare('SELECT a.*, i.meeting_id, i.item_id FROM meeting_attachments a JOIN meeting_items i USING (item_id) WHERE attachment_id = ?').get(attachmentId) as
      (AttRow & { meeting_id: string }) | undefined;
    if (!a) throw fault('NOT_FOUND', '找不到该附件，可能已被移除。');
    this.change(caseId, a.meeting_id, changeReason, 'meetings.removeAttachment', { itemId: a.item_id, attachmentId, kind: a.kind, fileName: a.file_name }, (s, m) => {
      s.db.prepare('DELETE FROM meeting_attachments WHERE attachment_id = ?').run(attachmentId);
      const item = this.itemsOf(s, m).find((i) => i.itemId === a.item_id)!;
      if (item.gate.length && item.onAgenda) s.db.prepare('UPDATE meeting_items SET on_agenda = 0 WHERE item_id = ?').run(a.item_id);
    });
    return this.itemById(caseId, a.item_id);
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

  private agenda(caseId: string, meetingId: string) {
    const { meeting, items } = this.get(caseId, meetingId);
    const agenda = items.filter((i) => i.onAgenda);
    if (agenda.length === 0) throw fault('MEETING_EMPTY_AGENDA');
    const failing = agenda.filter((i) => i.gate.length);
    if (failing.length) throw fault('MEETING_GATE', `以下议题不满足上会条件：${failing.map((i) => `“${i.approval.title}”：${i.gate.join('')}`).join('；')}`);
    return { meeting, agenda };
  }

  /** The packet as PDF bytes, with its TOC, composed in a worker thread; used by `buildPacket` and the bench. */
  async packetPdf(caseId: string, meetingId: string, recipients: string[] = [], job?: JobControl, firstCopyNo = 1) {
    const store = this.store(caseId);
    const { meeting, agenda } = this.agenda(caseId, meetingId);
    const files: PacketInput['files'] = {};
    for (const it of agenda) {
      for (const a of it.attachments) {
        if (a.status !== 'provided' || !a.sha256) continue;
        const bytes = store.getBlob(a.sha256);
        files[a.attachmentId] = { bytes, docx: a.source === 'import_docx' || (a.source === 'case_document' && bytes.subarray(0, 2).toString('latin1') === 'PK') };
      }
    }
    const built = await runTask('meetings.packet', { meeting, agenda, files, templatesDir: this.deps.templatesDir, recipients, firstCopyNo }, { memoryMb: 2048, signal: job?.signal, onProgress: job && ((p) => job.progress(p)) });
    return { meeting, agenda, ...built };
  }

  private lastCopyNo(store: CaseStore, meetingId: string) {
    return (store.db.prepare('SELECT max(copy_no) AS n FROM meeting_copies WHERE meeting_id = ?').get(meetingId) as { n: number | null }).n ?? 0;
  }

  /**
   * Builds the packet and, when recipients are given, one numbered copy per recipient and their rows in the
   * distribution register. A 份号 is never given out twice: copies made again (a new version after 上会, a forgotten
   * recipient) continue after the last number issued, and the copies already out stay in the register with their
   * return state, so every paper copy in a member's hands is still there to be collected.
   */
  async buildPacket(caseId: string, meetingId: string, opts: { recipients?: string[] } = {}, job?: JobControl): Promise<PacketResult> {
    const recipients = (opts.recipients ?? []).map((r) => r.trim()).filter(Boolean);
    const firstCopyNo = this.lastCopyNo(this.store(caseId), meetingId) + 1;
    const built = await this.packetPdf(caseId, meetingId, recipients, job, firstCopyNo);
    // Last point of cancel: from here the files, the copies' rows and the register are written in one go.
    job?.commit(recipients.length ? `保存会议材料、${recipients.length} 份编号份和登记表` : '保存会议材料');
    const base = `${built.meeting.name}-会议材料-第${built.meeting.version}版`;
    const packet = this.deps.files.addOutput(`${base}.pdf`, 'application/pdf', built.pdf);
    const warnings = materialsLeadWarning(built.meeting.date, new Date(), this.deps.calendar?.());
    built.agenda.forEach((it, i) => {
      const blank = approvalBlanks(it.approval);
      if (blank.length) warnings.push(`${itemLabel(i)}“${it.approval.title}”的议题审批表未填写${blank.join('、')}，已按空白印出；如需打印填好的审批表，请在该议题的审批表中填写后重新生成。`);
    });
    if (recipients.length === 0) return { packet, pageCount: built.pageCount, toc: built.toc, copies: [], register: null, warnings };
    const copies: PacketResult['copies'] = [];
    const at = new Date().toISOString();
    const copyBytes = built.copies;
    for (const [i, recipient] of recipients.entries()) {
      const copyNo = firstCopyNo + i;
      const output = this.deps.files.addOutput(`${base}-份号${copyNumber(copyNo)}-${recipient}.pdf`, 'application/pdf', copyBytes[i]);
      copies.push({ copyNo, recipient, version: built.meeting.version, sha256: output.sha256, issuedAt: at, returnedAt: null, output });
    }
    const store = this.store(caseId);
    store.tx(() => {
      // Another build (a second window) issued numbers meanwhile: these copies' 份号 would repeat them.
      if (this.lastCopyNo(store, meetingId) !== firstCopyNo - 1) throw fault('CONFLICT', '生成期间另有编号份已登记，为免份号重复，本次生成未保存。请重新生成会议材料。');
      const ins = store.db.prepare('INSERT INTO meeting_copies (meeting_id, copy_no, recipient, version, sha256, issued_at, returned_at) VALUES (?, ?, ?, ?, ?, ?, NULL)');
      for (const c of copies) ins.run(meetingId, c.copyNo, c.recipient, c.version, c.sha256, c.issuedAt);
      store.audit(this.deps.settings.userName(), 'meetings.issueCopies', { meetingId, version: built.meeting.version, copies: copies.map((c) => ({ copyNo: c.copyNo, recipient: c.recipient, sha256: c.sha256 })) });
    });
    if (firstCopyNo > 1) warnings.push(`本会议此前已编号分发至 ${copyNumber(firstCopyNo - 1)} 号，本次份号从 ${copyNumber(firstCopyNo)} 起接续；此前各份仍在分发回收登记表中，请照常收回。`);
    return { packet, pageCount: built.pageCount, toc: built.toc, copies, register: await this.register(caseId, meetingId), warnings };
  }

  async register(caseId: string, meetingId: string): Promise<OutputRef> {
    const { meeting, copies } = this.get(caseId, meetingId);
    if (copies.length === 0) throw fault('MEETING_NO_COPIES');
    const pdf = await (await paper()).renderStandalonePdf(registerDoc(meeting, copies), this.fonts());
    return this.deps.files.addOutput(`${meeting.name}-分发回收登记表.pdf`, 'application/pdf', pdf);
  }

  setReturned(caseId: string, meetingId: string, copyNo: number, returned: boolean): PacketCopy[] {
    const store = this.store(caseId);
    store.tx(() => {
      this.meetingRow(store, meetingId);
      const r = store.db.prepare('UPDATE meeting_copies SET returned_at = ? WHERE meeting_id = ? AND copy_no = ?').run(returned ? new Date().toISOString() : null, meetingId, copyNo);
      if (r.changes === 0) throw fault('NOT_FOUND', `没有份号为 ${copyNumber(copyNo)} 的会议材料。`);
      store.audit(this.deps.settings.userName(), returned ? 'meetings.copyReturned' : 'meetings.copyNotReturned', { meetingId, copyNo });
    });
    return this.get(caseId, meetingId).copies;
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

  async renderAfterMeeting(caseId: string, meetingId: string, which: 'record' | 'minutes', format: 'pdf' | 'docx', issuer = ''): Promise<OutputRef> {
    const { meeting, items, record } = this.get(caseId, meetingId);
    const agenda = items.filter((i) => i.onAgenda);
    const r = record ?? RecordSchema.parse({});
    const doc = which === 'record' ? recordDoc(meeting, agenda, r) : minutesDoc(meeting, agenda, r, issuer || meeting.name);
    const bytes = format === 'pdf' ? await (await paper()).renderStandalonePdf(doc, this.fonts()) : await (await paper()).renderStandaloneDocx(doc, this.fonts());
    const label = which === 'record' ? '会议记录' : '纪要';
    return this.deps.files.addOutput(`${meeting.name}-${label}.${format}`, format === 'pdf' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', bytes);
  }
}
