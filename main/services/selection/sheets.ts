import fs from 'node:fs';
import { fault } from '../../../shared/api/errors';
import { schemeProblems, type Scheme } from '../../../shared/scoring/scheme';
import type { MemberView } from '../../../shared/api/selection';
import type { FileRef, OutputRef } from '../../../shared/api/files';
import { blankSheet, readSheet } from './excel';
import { SelectionApplicants } from './applicants';
import type { Notes, Scores } from './base';
import type { Transcription } from '../../../shared/api/kits';

/** A member's own sheet: on screen or through Excel, saved, then submitted and locked. */
export class SelectionSheets extends SelectionApplicants {
  memberView(caseId: string, memberId: string): MemberView {
    const store = this.store(caseId);
    const m = this.deps.committee.get(caseId, memberId);
    const s = this.recusalStatus(store).get(memberId)!;
    const submittedAt = (store.db.prepare('SELECT submitted_at FROM selection_sheets WHERE member_id = ?').get(memberId) as { submitted_at: string | null } | undefined)?.submitted_at ?? null;
    const declarations = this.declarations(store).filter((d) => d.member_id === memberId).map((d) => ({ applicantId: d.applicant_id, relation: d.relation, note: d.note }));
    const open = s.declared && !s.conflict;
    const { scheme } = this.settingsRow(store);
    const hasPrice = scheme.criteria.some((c) => c.kind === 'price');
    const applicants = open
      ? this.scorable(caseId).map((a) => ({ applicantId: a.applicantId, name: a.name, ...(hasPrice ? { price: a.price } : {}), documents: this.deps.bidDocuments?.forApplicant(caseId, a.name) ?? [], reviewPending: a.reviewPending }))
      : this.applicantRows(store).map((a) => ({ applicantId: a.applicant_id, name: a.name }));
    let others: MemberView['others'] = null;
    if (open && submittedAt) {
      const subs = store.db.prepare('SELECT s.member_id, c.name FROM selection_sheets s JOIN committee_members c USING (member_id) WHERE s.submitted_at IS NOT NULL AND s.member_id <> ? ORDER BY c.sort').all(memberId) as { member_id: string; name: string }[];
      others = subs.map((o) => ({ memberId: o.member_id, name: o.name, scores: this.scoresOf(store, o.member_id) }));
    }
    // Only the applicants still in scoring: a score kept for one excluded later is not shown (nor sent back on save).
    const own = open ? this.scoresOf(store, memberId) : {};
    const scores = Object.fromEntries(applicants.filter((a) => own[a.applicantId]).map((a) => [a.applicantId, own[a.applicantId]]));
    const ownNotes = open ? this.notesOf(store, memberId) : {};
    const notes = Object.fromEntries(applicants.filter((a) => ownNotes[a.applicantId]).map((a) => [a.applicantId, ownNotes[a.applicantId]]));
    const keyless = !store.db.prepare('SELECT 1 FROM signer_keys WHERE member_id = ?').get(memberId);
    const transcribed = { recusal: this.transcribedOf(store, memberId, 'recusal'), scores: this.transcribedOf(store, memberId, 'scores') };
    return { memberId, name: m.name, declared: s.declared, recused: !!s.conflict, submittedAt, applicants, declarations, scores, notes, others, keyless, transcribed };
  }

  /**
   * Checks every value against the scheme; returns the rows to write. A value out of range is refused with every such
   * cell named — never clamped: a typed 30 on a 25-point criterion must not quietly become 25.
   */
  protected validateScores(caseId: string, scheme: Scheme, scores: Scores) {
    const scorable = new Map(this.scorable(caseId).map((a) => [a.applicantId, a.name]));
    const crit = new Map(scheme.criteria.filter((c) => c.kind !== 'price').map((c) => [c.id, c]));
    const rows: [string, string, number | null][] = [];
    const outOfRange: string[] = [];
    for (const [aid, byCrit] of Object.entries(scores)) {
      if (!scorable.has(aid)) throw fault('SELECTION_SCORE_INVALID', '评分中有不存在或已被排除的申报单位，未保存。请刷新后重试。');
      for (const [cid, v] of Object.entries(byCrit)) {
        const c = crit.get(cid);
        if (!c) throw fault('SELECTION_SCORE_INVALID', `评分项“${cid}”不在评分办法中，未保存。`);
        if (v != null && !(Number.isFinite(v) && v >= 0 && v <= c.max)) outOfRange.push(`${scorable.get(aid)}“${c.name}”${v} 分（应为 0～${c.max} 分）`);
        rows.push([aid, cid, v]);
      }
    }
    if (outOfRange.length) throw fault('SELECTION_SCORE_INVALID', `以下评分超出评分标准规定的分值范围，未保存任何评分，请改正后再保存：${outOfRange.join('；')}。`);
    return rows;
  }

  /** Checks notes against the applicants in scoring and the scheme; returns the rows to write ('' removes a note). */
  protected validateNotes(caseId: string, scheme: Scheme, notes: Notes) {
    const scorable = new Set(this.scorable(caseId).map((a) => a.applicantId));
    const crit = new Set(scheme.criteria.filter((c) => c.kind !== 'price').map((c) => c.id));
    const rows: [string, string, string][] = [];
    for (const [aid, byCrit] of Object.entries(notes)) {
      if (!scorable.has(aid)) throw fault('SELECTION_SCORE_INVALID', '评分说明中有不存在或已被排除的申报单位，未保存。请刷新后重试。');
      for (const [cid, note] of Object.entries(byCrit)) {
        if (!crit.has(cid)) throw fault('SELECTION_SCORE_INVALID', `评分项“${cid}”不在评分办法中，未保存。`);
        rows.push([aid, cid, note.trim()]);
      }
    }
    return rows;
  }

  saveScores(caseId: string, memberId: string, scores: Scores, via = 'ui', notes: Notes = {}, session?: string) {
    const store = this.store(caseId);
    const who = this.recorder(caseId, memberId, session);
    this.gate(store, caseId, memberId);
    const { scheme } = this.settingsRow(store);
    const rows = this.validateScores(caseId, scheme, scores);
    const noteRows = this.validateNotes(caseId, scheme, notes);
    store.tx(() => {
      const sheet = store.db.prepare('SELECT submitted_at FROM selection_sheets WHERE member_id = ?').get(memberId) as { submitted_at: string | null } | undefined;
      if (sheet?.submitted_at) throw fault('SELECTION_SHEET_LOCKED');
      if (!sheet) store.db.prepare('INSERT INTO selection_sheets (member_id, submitted_at) VALUES (?, NULL)').run(memberId);
      this.pinSettings(store);
      const up = store.db.prepare('INSERT INTO selection_scores (member_id, applicant_id, criterion_id, value) VALUES (?, ?, ?, ?) ON CONFLICT(member_id, applicant_id, criterion_id) DO UPDATE SET value = excluded.value');
      const del = store.db.prepare('DELETE FROM selection_scores WHERE member_id = ? AND applicant_id = ? AND criterion_id = ?');
      for (const [aid, cid, v] of rows) {
        if (v == null) del.run(memberId, aid, cid);
        else up.run(memberId, aid, cid, v);
      }
      const putNote = store.db.prepare('INSERT INTO score_notes (member_id, applicant_id, criterion_id, note) VALUES (?, ?, ?, ?) ON CONFLICT(member_id, applicant_id, criterion_id) DO UPDATE SET note = excluded.note');
      const delNote = store.db.prepare('DELETE FROM score_notes WHERE member_id = ? AND applicant_id = ? AND criterion_id = ?');
      for (const [aid, cid, note] of noteRows) {
        if (note) putNote.run(memberId, aid, cid, note);
        else delNote.run(memberId, aid, cid);
      }
      store.audit(who.actor, 'selection.scores', { memberId, via, count: rows.length, notes: noteRows.filter((r) => r[2]).length });
    });
    return {};
  }

  submit(caseId: string, memberId: string, session?: string, transcription?: Transcription) {
    const store = this.store(caseId);
    const who = this.recorder(caseId, memberId, session, transcription);
    this.gate(store, caseId, memberId);
    const { scheme } = this.settingsRow(store);
    const problems = schemeProblems(scheme);
    if (problems.length) throw fault('SELECTION_SCHEME_INVALID', `评分办法有误，不能提交评分表：${problems.join('')}请秘书先改正评分办法。`);
    const at = new Date().toISOString();
    store.tx(() => {
      const sheet = store.db.prepare('SELECT submitted_at FROM selection_sheets WHERE member_id = ?').get(memberId) as { submitted_at: string | null } | undefined;
      if (sheet?.submitted_at) throw fault('SELECTION_SHEET_LOCKED');
      const mine = this.scoresOf(store, memberId);
      const gaps: string[] = [];
      for (const a of this.scorable(caseId)) for (const c of scheme.criteria) if (c.kind !== 'price' && mine[a.applicantId]?.[c.id] == null) gaps.push(`${a.name}“${c.name}”`);
      if (gaps.length) throw fault('SELECTION_SHEET_INCOMPLETE', `评分表尚未填写完整，不能提交。未评：${gaps.slice(0, 8).join('、')}${gaps.length > 8 ? ` 等 ${gaps.length} 项` : ''}。`);
      this.pinSettings(store);
      if (!sheet) store.db.prepare('INSERT INTO selection_sheets (member_id, submitted_at) VALUES (?, ?)').run(memberId, at);
      else store.db.prepare('UPDATE selection_sheets SET submitted_at = ? WHERE member_id = ?').run(at, memberId);
      const signed = who.seal(store, 'scores', {
        scheme: { name: scheme.name, criteria: scheme.criteria.filter((c) => c.kind !== 'price').map((c) => ({ id: c.id, name: c.name, max: c.max })) },
        sheet: this.scorable(caseId).map((a) => ({ applicantId: a.applicantId, applicant: a.name, scores: mine[a.applicantId] ?? {} })),
      });
      store.audit(who.actor, 'selection.submit', { memberId, ...(signed ? { signedRecord: signed.recordId, digest: signed.digest } : {}), ...(who.transcribed ? { 代录: who.transcribed } : {}) });
    });
    who.done();
    return { submittedAt: at };
  }

  async exportSheet(caseId: string, memberId: string): Promise<OutputRef> {
    const store = this.store(caseId);
    this.gate(store, caseId, memberId);
    const m = this.deps.committee.get(caseId, memberId);
    const { scheme } = this.settingsRow(store);
    const data = await blankSheet({ caseId, caseTitle: this.caseTitle(store), memberId, memberName: m.name, scheme, applicants: this.scorable(caseId) });
    return this.deps.files.addOutput(`评分表-${m.name}.xlsx`, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', data);
  }

  /** Imports a filled sheet: every problem listed by cell, and nothing written unless the sheet is clean. */
  async importSheet(caseId: string, ref: FileRef) {
    const store = this.store(caseId);
    const f = this.deps.files.resolve(ref);
    let data: Buffer;
    try {
      data = fs.readFileSync(f.path);
    } finally {
      f.release();
    }
    const { scheme } = this.settingsRow(store);
    const parsed = await readSheet(data, { caseId, scheme, applicants: this.scorable(caseId) });
    const member = parsed.memberId ? this.deps.committee.list(caseId).find((m) => m.memberId === parsed.memberId) : undefined;
    // A member with a registered key records only in person (signed in with that key), never by a sheet handed over.
    if (member) this.recorder(caseId, member.memberId);
    if (!parsed.problems.length && !member) parsed.problems.push({ cell: '（文件）', message: '评分表上的评审成员不在本案评审委员会中（可能已被移除），请为现有成员重新导出评分表。' });
    if (parsed.problems.length) {
      const list = parsed.problems.slice(0, 20).map((p) => `${p.cell}：${p.message}`).join('\n');
      throw fault('SELECTION_IMPORT_INVALID', `评分表有 ${parsed.problems.length} 处问题，未导入任何评分。请逐一改正后重新导入：\n${list}${parsed.problems.length > 20 ? '\n……' : ''}`, { problems: parsed.problems });
    }
    this.gate(store, caseId, member!.memberId);
    const rows = this.validateScores(caseId, scheme, parsed.scores);
    store.tx(() => {
      const sheet = store.db.prepare('SELECT submitted_at FROM selection_sheets WHERE member_id = ?').get(member!.memberId) as { submitted_at: string | null } | undefined;
      if (sheet?.submitted_at) throw fault('SELECTION_SHEET_LOCKED', '该成员的评分表已提交并锁定，不能再导入。如需更改，请通过“更正”记录理由后修改。');
      if (!sheet) store.db.prepare('INSERT INTO selection_sheets (member_id, submitted_at) VALUES (?, NULL)').run(member!.memberId);
      const up = store.db.prepare('INSERT INTO selection_scores (member_id, applicant_id, criterion_id, value) VALUES (?, ?, ?, ?) ON CONFLICT(member_id, applicant_id, criterion_id) DO UPDATE SET value = excluded.value');
      for (const [aid, cid, v] of rows) up.run(member!.memberId, aid, cid, v);
      store.db.prepare('DELETE FROM selection_stated_totals WHERE member_id = ?').run(member!.memberId);
      const st = store.db.prepare('INSERT INTO selection_stated_totals (member_id, applicant_id, total) VALUES (?, ?, ?)');
      for (const [aid, t] of Object.entries(parsed.statedTotals)) st.run(member!.memberId, aid, t);
      store.audit(this.actor(), 'selection.import', { memberId: member!.memberId, member: member!.name, file: f.name, count: rows.length });
    });
    return { memberId: member!.memberId, memberName: member!.name, scores: rows.length };
  }

  /**
   * A score sheet the member signed on their own laptop (through a kit): checked against the scheme and the applicants
   * in scoring now, then written and submitted as `submit` would. Call inside the store transaction that stores the
   * signed record; any problem throws before a row is written.
   */
  acceptSignedSheet(caseId: string, memberId: string, sheet: { applicantId: string; scores: Record<string, number> }[], notes: Notes, at: string, actor: string, recordId: string) {
    const store = this.store(caseId);
    this.gate(store, caseId, memberId);
    const { scheme } = this.settingsRow(store);
    const scorable = this.scorable(caseId);
    const ids = new Set(sheet.map((r) => r.applicantId));
    if (scorable.length !== ids.size || scorable.some((a) => !ids.has(a.applicantId))) throw fault('KIT_RETURN_DOCUMENT_CHANGED', '回执中的评分表与本案卷当前参加评分的申报单位不一致，未导入。请重新导出专家包；案卷未作任何改动。');
    const scores: Scores = Object.fromEntries(sheet.map((r) => [r.applicantId, r.scores]));
    for (const a of scorable) for (const c of scheme.criteria) if (c.kind !== 'price' && scores[a.applicantId]?.[c.id] == null) throw fault('KIT_RETURN_INVALID', `回执中的评分表不完整（${a.name}“${c.name}”未评），未导入；案卷未作任何改动。`);
    const rows = this.validateScores(caseId, scheme, scores);
    const noteRows = this.validateNotes(caseId, scheme, notes);
    const cur = store.db.prepare('SELECT submitted_at FROM selection_sheets WHERE member_id = ?').get(memberId) as { submitted_at: string | null } | undefined;
    if (cur?.submitted_at) throw fault('KIT_RETURN_SHEET_LOCKED');
    this.pinSettings(store);
    if (!cur) store.db.prepare('INSERT INTO selection_sheets (member_id, submitted_at) VALUES (?, ?)').run(memberId, at);
    else store.db.prepare('UPDATE selection_sheets SET submitted_at = ? WHERE member_id = ?').run(at, memberId);
    store.db.prepare('DELETE FROM selection_scores WHERE member_id = ?').run(memberId);
    store.db.prepare('DELETE FROM score_notes WHERE member_id = ?').run(memberId);
    store.db.prepare('DELETE FROM selection_stated_totals WHERE member_id = ?').run(memberId);
    const up = store.db.prepare('INSERT INTO selection_scores (member_id, applicant_id, criterion_id, value) VALUES (?, ?, ?, ?)');
    for (const [aid, cid, v] of rows) if (v != null) up.run(memberId, aid, cid, v);
    const putNote = store.db.prepare('INSERT INTO score_notes (member_id, applicant_id, criterion_id, note) VALUES (?, ?, ?, ?)');
    for (const [aid, cid, note] of noteRows) if (note) putNote.run(memberId, aid, cid, note);
    store.audit(actor, 'selection.submit', { memberId, via: 'kit', signedRecord: recordId, count: rows.length });
  }

  /** The scheme a kit's score sheet is checked against now: criterion id → maximum (price excluded). */
  schemeMaxima(caseId: string): Record<string, number> {
    const { scheme } = this.settingsRow(this.store(caseId));
    return Object.fromEntries(scheme.criteria.filter((c) => c.kind !== 'price').map((c) => [c.id, c.max]));
  }
}
