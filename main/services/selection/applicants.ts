import crypto from 'node:crypto';
import { fault } from '../../../shared/api/errors';
import { SchemeSchema, schemeProblems, type Scheme } from '../../../shared/scoring/scheme';
import { SelectionOptionsSchema, type SelectionOptions } from '../../../shared/scoring/evaluation';
import { RECUSAL_RELATIONS, REVIEW_ITEMS, ApplicantInputSchema, type Declaration, type RecusalRelation } from '../../../shared/scoring/selection';
import { SelectionBase, type ApplicantRow } from './base';
import type { Transcription } from '../../../shared/api/kits';

/** Set-up: the scheme and options, the applicants and their 资格/符合性 review and prices, and each member's 回避声明. */
export class SelectionApplicants extends SelectionBase {
  saveScheme(caseId: string, scheme: Scheme) {
    const store = this.store(caseId);
    const s = SchemeSchema.parse(scheme);
    store.tx(() => {
      this.assertUnlocked(store);
      const cur = this.settingsRow(store);
      this.writeSettings(store, s, cur.options);
      // Unsubmitted scores of criteria no longer in the scheme (or above a lowered maximum) would block the member's save.
      const keep = new Map(s.criteria.filter((c) => c.kind !== 'price').map((c) => [c.id, c.max]));
      const stale = (store.db.prepare('SELECT member_id, applicant_id, criterion_id, value FROM selection_scores').all() as { member_id: string; applicant_id: string; criterion_id: string; value: number }[])
        .filter((r) => !keep.has(r.criterion_id) || r.value > keep.get(r.criterion_id)!);
      const del = store.db.prepare('DELETE FROM selection_scores WHERE member_id = ? AND applicant_id = ? AND criterion_id = ?');
      for (const r of stale) del.run(r.member_id, r.applicant_id, r.criterion_id);
      store.audit(this.actor(), 'selection.scheme', { name: s.name, criteria: s.criteria.map((c) => [c.id, c.name, c.max]), droppedScores: stale.length });
    });
    return { problems: schemeProblems(s) };
  }

  saveOptions(caseId: string, options: SelectionOptions) {
    const store = this.store(caseId);
    const o = SelectionOptionsSchema.parse(options);
    store.tx(() => {
      const cur = this.settingsRow(store);
      // Prices are kept as typed, in the case's unit: changing the unit would silently make 128万元 read 128元.
      if (o.priceUnit !== cur.options.priceUnit) {
        const priced = this.applicants(caseId).filter((a) => a.price != null);
        if (priced.length) throw fault('CONFLICT', `${priced.map((a) => a.name).join('、')}的报价已按“${cur.options.priceUnit}”填写，不能改为“${o.priceUnit}”；请先删除这些申报单位，再按新的单位重新填写报价。`);
      }
      this.writeSettings(store, cur.scheme, o);
      store.audit(this.actor(), 'selection.options', { from: cur.options, to: o });
    });
    return {};
  }

  saveApplicant(caseId: string, input: { applicantId?: string; name: string; price: number | null }) {
    const store = this.store(caseId);
    const a = ApplicantInputSchema.parse(input);
    const id = a.applicantId ?? crypto.randomUUID();
    const at = new Date().toISOString();
    store.tx(() => {
      this.assertUnlocked(store);
      const existing = store.db.prepare('SELECT * FROM selection_applicants WHERE applicant_id = ?').get(id) as ApplicantRow | undefined;
      if (a.applicantId && !existing) throw fault('NOT_FOUND', '找不到该申报单位，可能已被删除。');
      const clash = store.db.prepare('SELECT 1 FROM selection_applicants WHERE name = ? AND applicant_id <> ?').get(a.name, id);
      if (clash) throw fault('SELECTION_APPLICANT_EXISTS', `已有名为“${a.name}”的申报单位，请核对名称。`);
      if (existing) {
        store.db.prepare('UPDATE selection_applicants SET name = ?, price = ?, updated_at = ? WHERE applicant_id = ?').run(a.name, a.price, at, id);
        store.audit(this.actor(), 'selection.applicant.update', { applicantId: id, from: { name: existing.name, price: existing.price }, to: a });
      } else {
        const sort = ((store.db.prepare('SELECT max(sort) AS s FROM selection_applicants').get() as { s: number | null }).s ?? 0) + 1;
        store.db.prepare('INSERT INTO selection_applicants (applicant_id, name, price, sort, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run(id, a.name, a.price, sort, at, at);
        store.audit(this.actor(), 'selection.applicant.add', { applicantId: id, name: a.name, price: a.price });
      }
    });
    return this.applicant(caseId, id);
  }

  removeApplicant(caseId: string, applicantId: string) {
    const store = this.store(caseId);
    const a = this.applicant(caseId, applicantId);
    store.tx(() => {
      this.assertUnlocked(store);
      store.db.prepare('DELETE FROM selection_applicants WHERE applicant_id = ?').run(applicantId);
      store.audit(this.actor(), 'selection.applicant.remove', { applicantId, name: a.name });
    });
    return {};
  }

  reviewPrice(caseId: string, applicantId: string, explanation: string, invalid: boolean) {
    const store = this.store(caseId);
    const a = this.applicant(caseId, applicantId);
    store.tx(() => {
      store.db.prepare('UPDATE selection_applicants SET price_explanation = ?, price_invalid = ?, updated_at = ? WHERE applicant_id = ?').run(explanation, invalid ? 1 : 0, new Date().toISOString(), applicantId);
      store.audit(this.actor(), 'selection.price.review', { applicantId, name: a.name, explanation, invalid });
    });
    return {};
  }

  saveCheck(caseId: string, v: { applicantId: string; stage: 'qualification' | 'conformity'; item: string; passed: boolean; reason: string }) {
    const store = this.store(caseId);
    const a = this.applicant(caseId, v.applicantId);
    if (!REVIEW_ITEMS[v.stage].some((i) => i.id === v.item)) throw fault('NOT_FOUND', '找不到该审查项。');
    store.tx(() => {
      // Once a sheet is submitted a verdict stands; but one never recorded may still be (late, in the audit log): else a
      // case scored before its review was written down could never become final.
      const recorded = store.db.prepare('SELECT 1 FROM selection_checks WHERE applicant_id = ? AND stage = ? AND item = ?').get(v.applicantId, v.stage, v.item);
      if (recorded || !a.reviewPending) this.assertUnlocked(store);
      store.db
        .prepare('INSERT INTO selection_checks (applicant_id, stage, item, passed, reason) VALUES (?, ?, ?, ?, ?) ON CONFLICT(applicant_id, stage, item) DO UPDATE SET passed = excluded.passed, reason = excluded.reason')
        .run(v.applicantId, v.stage, v.item, v.passed ? 1 : 0, v.reason);
      store.audit(this.actor(), 'selection.check', { applicant: a.name, ...v, ...(this.isLocked(store) ? { afterSubmission: true } : {}) });
    });
    return {};
  }

  /**
   * A 替补专家 for a member who declared a conflict: added to the committee as an expert member, recorded with whom they
   * replace and why, audited; the committee checks (评标委员会规定 art. 9, 87号令 art. 45) then run again. The substitute
   * declares and scores like any member, and the results stay sealed until they submit.
   */
  addSubstitute(caseId: string, r: { replacesMemberId: string; member: { name: string; unit: string; title: string; expertNo: string }; reason: string }) {
    const store = this.store(caseId);
    const replaced = this.deps.committee.get(caseId, r.replacesMemberId);
    const memberId = store.tx(() => {
      if (!this.recusalStatus(store).get(replaced.memberId)?.conflict) throw fault('CONFLICT', `${replaced.name} 未声明回避，不需要替补。`);
      const taken = store.db.prepare('SELECT c.name FROM committee_substitutes s JOIN committee_members c USING (member_id) WHERE s.replaces_member_id = ?').get(replaced.memberId) as { name: string } | undefined;
      if (taken) throw fault('CONFLICT', `已由 ${taken.name} 替补 ${replaced.name}，不能重复添加。`);
      // The report's committee table and 签字表 print each member's 工作单位 and 职称; a substitute is added at the session,
      // with the expert present, so both are asked for then rather than printed as （未填写） in the archive.
      const unset = [['工作单位', r.member.unit], ['职称', r.member.title]].filter(([, v]) => !v?.trim()).map(([k]) => k);
      if (unset.length) throw fault('BAD_REQUEST', `请填写替补专家的${unset.join('和')}：评审报告的评审委员会成员表和签字表列出每位成员的工作单位和职称。未作任何改动。`);
      const added = this.deps.committee.save(caseId, { ...r.member, role: 'member', kind: 'expert' });
      store.db.prepare('INSERT INTO committee_substitutes (member_id, replaces_member_id, replaces_name, reason, actor, at) VALUES (?, ?, ?, ?, ?, ?)')
        .run(added.memberId, replaced.memberId, replaced.name, r.reason, this.actor(), new Date().toISOString());
      store.audit(this.actor(), 'selection.substitute', { memberId: added.memberId, name: added.name, replaces: replaced.name, reason: r.reason });
      return added.memberId;
    });
    return { memberId, committeeWarnings: this.state(caseId).committeeWarnings };
  }

  declare(caseId: string, memberId: string, declarations: Declaration[], session?: string, transcription?: Transcription) {
    const store = this.store(caseId);
    const member = this.deps.committee.get(caseId, memberId);
    const who = this.recorder(caseId, memberId, session, transcription);
    const applicants = this.applicantRows(store);
    const given = new Map(declarations.map((d) => [d.applicantId, d]));
    const unknown = declarations.filter((d) => !applicants.some((a) => a.applicant_id === d.applicantId));
    if (unknown.length) throw fault('NOT_FOUND', '回避声明中有不存在的申报单位，请刷新后重试。');
    const missing = applicants.filter((a) => !given.has(a.applicant_id));
    if (applicants.length === 0 || missing.length) throw fault('SELECTION_DECLARATION_INCOMPLETE', missing.length ? `尚未对以下申报单位作出声明：${missing.map((a) => a.name).join('、')}。` : undefined);
    const at = new Date().toISOString();
    store.tx(() => {
      const sheet = store.db.prepare('SELECT submitted_at FROM selection_sheets WHERE member_id = ?').get(memberId) as { submitted_at: string | null } | undefined;
      if (sheet?.submitted_at) throw fault('SELECTION_SHEET_LOCKED', '该成员的评分表已提交，回避声明不能再修改。');
      const ins = store.db.prepare('INSERT INTO selection_declarations (member_id, applicant_id, relation, note, declared_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT(member_id, applicant_id) DO UPDATE SET relation = excluded.relation, note = excluded.note, declared_at = excluded.declared_at');
      for (const d of declarations) ins.run(memberId, d.applicantId, d.relation, d.note, at);
      const conflicts = declarations.filter((d) => d.relation !== 'none');
      const signed = who.seal(store, 'recusal', {
        declarations: applicants.map((a) => ({ applicantId: a.applicant_id, applicant: a.name, relation: given.get(a.applicant_id)!.relation, relationLabel: RECUSAL_RELATIONS[given.get(a.applicant_id)!.relation], note: given.get(a.applicant_id)!.note })),
      });
      store.audit(who.actor, 'selection.declare', {
        memberId, member: member.name,
        conflicts: conflicts.map((d) => ({ applicant: applicants.find((a) => a.applicant_id === d.applicantId)!.name, relation: RECUSAL_RELATIONS[d.relation], note: d.note })),
        ...(signed ? { signedRecord: signed.recordId, digest: signed.digest } : {}),
        ...(who.transcribed ? { 代录: who.transcribed } : {}),
      });
      if (conflicts.length) store.db.prepare('DELETE FROM selection_scores WHERE member_id = ?').run(memberId);
    });
    return { recused: declarations.some((d) => d.relation !== 'none') };
  }


  /**
   * A 回避声明 the member signed on their own laptop (through a kit), checked by the kit importer: written as
   * `declare` writes it. Call inside the store transaction that stores the signed record.
   */
  acceptSignedDeclarations(caseId: string, memberId: string, declarations: { applicantId: string; relation: RecusalRelation; note: string }[], at: string, actor: string, recordId: string) {
    const store = this.store(caseId);
    const applicants = this.applicantRows(store);
    const ids = new Set(declarations.map((d) => d.applicantId));
    if (applicants.length !== ids.size || applicants.some((a) => !ids.has(a.applicant_id))) throw fault('KIT_RETURN_DOCUMENT_CHANGED', '回执中的回避声明与本案卷当前的申报单位不一致（申报单位已有变动），未导入。请重新导出专家包；案卷未作任何改动。');
    const sheet = store.db.prepare('SELECT submitted_at FROM selection_sheets WHERE member_id = ?').get(memberId) as { submitted_at: string | null } | undefined;
    if (sheet?.submitted_at) throw fault('KIT_RETURN_SHEET_LOCKED');
    const ins = store.db.prepare('INSERT INTO selection_declarations (member_id, applicant_id, relation, note, declared_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT(member_id, applicant_id) DO UPDATE SET relation = excluded.relation, note = excluded.note, declared_at = excluded.declared_at');
    for (const d of declarations) ins.run(memberId, d.applicantId, d.relation, d.note, at);
    const conflicts = declarations.filter((d) => d.relation !== 'none');
    if (conflicts.length) store.db.prepare('DELETE FROM selection_scores WHERE member_id = ?').run(memberId);
    store.audit(actor, 'selection.declare', {
      memberId, via: 'kit', signedRecord: recordId,
      conflicts: conflicts.map((d) => ({ applicant: applicants.find((a) => a.applicant_id === d.applicantId)!.name, relation: RECUSAL_RELATIONS[d.relation], note: d.note })),
    });
    return { recused: conflicts.length > 0 };
  }
}
