import { fault } from '../../../shared/api/errors';
import type { OutputRef } from '../../../shared/api/files';
import { approvalBlanks, copyNumber, materialsLeadWarning, type PacketCopy } from '../../../shared/domain/meeting';
import type { CaseStore } from '../../store/caseStore';
import { runTask } from '../worker';
import type { JobControl } from '../jobs';
import type { PacketInput } from './compose';
import { itemLabel, registerDoc } from './papers';
import { MeetingMaterials } from './materials';
import type { PacketResult } from './model';

const paper = () => import('./paper');

/**
 * The packet and its numbered copies: composed in a worker thread from the items on the agenda, each copy in the
 * distribution and return register (分发回收登记表) under a 份号 never given out twice.
 */
export class MeetingCopies extends MeetingMaterials {
  protected agenda(caseId: string, meetingId: string) {
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

  protected lastCopyNo(store: CaseStore, meetingId: string) {
    return (store.db.prepare('SELECT max(copy_no) AS n FROM meeting_copies WHERE meeting_id = ?').get(meetingId) as { n: number | null }).n ?? 0;
  }

  /**
   * Builds the packet and, when recipients are given, one numbered copy per recipient and their rows in the
   * distribution register. A 份号 is never given out twice: copies made again (a new version after 上会, a forgotten
   * recipient) continue after the last number issued, and the copies already out stay in the register with their
   * return state, so every paper copy in a member's hands is still there to be collected. `onlyMissing` (补发) issues
   * copies only to the listed people who hold no copy of this version still out, so adding one forgotten person does
   * not put a second copy in everyone else's hands.
   */
  async buildPacket(caseId: string, meetingId: string, opts: { recipients?: string[]; onlyMissing?: boolean } = {}, job?: JobControl): Promise<PacketResult> {
    const listed = [...new Set((opts.recipients ?? []).map((r) => r.trim()).filter(Boolean))];
    const reissue = opts.onlyMissing ? this.liveHolders(caseId, meetingId) : null;
    const recipients = reissue ? listed.filter((r) => !reissue.holders.has(r)) : (opts.recipients ?? []).map((r) => r.trim()).filter(Boolean);
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
    if (reissue) {
      const kept = listed.filter((r) => reissue.holders.has(r)).map((r) => `${r}（份号 ${reissue.holders.get(r)!.map(copyNumber).join('、')}）`);
      warnings.push(recipients.length
        ? `补发：仅向尚无第${reissue.version}版编号份的${recipients.join('、')}各发一份${kept.length ? `；${kept.join('、')}已持有未收回的第${reissue.version}版编号份，未重发` : ''}。`
        : `补发：名单上的人均已持有未收回的第${reissue.version}版编号份（${kept.join('、')}），未发新份，分发登记未改变。`);
    }
    if (recipients.length === 0) {
      const register = reissue && this.get(caseId, meetingId).copies.length ? await this.register(caseId, meetingId) : null;
      return { packet, pageCount: built.pageCount, toc: built.toc, copies: [], register, warnings };
    }
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

  /** Who holds a copy of the meeting's current version not yet returned, with its 份号: those 补发 passes over. */
  protected liveHolders(caseId: string, meetingId: string) {
    const { meeting, copies } = this.get(caseId, meetingId);
    const holders = new Map<string, number[]>();
    for (const c of copies) if (c.version === meeting.version && !c.returnedAt) holders.set(c.recipient, [...(holders.get(c.recipient) ?? []), c.copyNo]);
    return { version: meeting.version, holders };
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
}
