import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { fault } from '../../../shared/api/errors';
import { memberLabel, MEMBER_KINDS, MEMBER_ROLES } from '../../../shared/domain/committee';
import { SchemeSchema, schemeProblems, round2, type Scheme } from '../../../shared/scoring/scheme';
import { AGGREGATIONS, EvaluationSchema, SelectionOptionsSchema, type Evaluation, type SelectionOptions } from '../../../shared/scoring/evaluation';
import { evaluate, FINDING_LABELS, type FindingKind, type Results } from '../../../shared/scoring/engine';
import { RECUSAL_RELATIONS, REVIEW_ITEMS, ApplicantInputSchema, type Applicant, type Declaration, type RecusalRelation, type SelectionState } from '../../../shared/scoring/selection';
import type { SelectionReportContent } from '../../../shared/scoring/report';
import type { Correction, MemberView } from '../../../shared/api/selection';
import type { CaseStore } from '../../store/caseStore';
import type { OpenCases } from '../openCases';
import type { Settings } from '../settings';
import type { CommitteeService } from '../committee';
import type { FileStaging } from '../files';
import type { FileRef, OutputRef } from '../../../shared/api/files';
import { blankSheet, readSheet, resultsWorkbook } from './excel';
import type { ExpertGate, Recorder } from '../kits/session';

type Scores = Record<string, Record<string, number | null>>;
type ApplicantRow = { applicant_id: string; name: string; price: number | null; price_explanation: string; price_invalid: number; sort: number };
type DeclRow = { member_id: string; applicant_id: string; relation: RecusalRelation; note: string; declared_at: string };

/** An applicant's 申报材料 from intake (documents of role 'bid' whose bidder is the applicant's name). */
export interface BidDocuments {
  forApplicant(caseId: string, applicantName: string): { documentId: string; title: string }[];
}

export const DEFAULT_TEMPLATE = 'wenzhou-default';

export class SelectionService {
  constructor(private readonly deps: { openCases: OpenCases; settings: Settings; committee: CommitteeService; files: FileStaging; templatesDir: string; bidDocuments?: BidDocuments; experts?: ExpertGate }) {}

  private store(caseId: string) {
    return this.deps.openCases.get(caseId);
  }
  private actor() {
    return this.deps.settings.userName();
  }
  /** Who may record for this member (issue 13): a member with a registered key only through their own session. */
  private recorder(caseId: string, memberId: string, session?: string): Recorder {
    return this.deps.experts?.recorder(caseId, memberId, session) ?? { actor: this.actor(), seal: () => null, done: () => {} };
  }

  // ---- templates, scheme, options ----

  templates(): { templateId: string; scheme: Scheme }[] {
    const dir = path.join(this.deps.templatesDir, 'scoring');
    const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => /\.(ya?ml|json)$/.test(f)).sort() : [];
    return files.map((f) => {
      const parsed = SchemeSchema.safeParse(YAML.parse(fs.readFileSync(path.join(dir, f), 'utf8')));
      if (!parsed.success) throw fault('SELECTION_TEMPLATE_INVALID', `评分办法模板 ${f} 格式有误（${parsed.error.issues[0]?.path.join('.')}：${parsed.error.issues[0]?.message}），请改正该文件。`);
      return { templateId: f.replace(/\.(ya?ml|json)$/, ''), scheme: parsed.data };
    });
  }

  private settingsRow(store: CaseStore): { scheme: Scheme; options: SelectionOptions } {
    const row = store.db.prepare('SELECT scheme, options FROM selection_settings WHERE id = 1').get() as { scheme: string; options: string } | undefined;
    if (row) return { scheme: SchemeSchema.parse(JSON.parse(row.scheme)), options: SelectionOptionsSchema.parse(JSON.parse(row.options)) };
    const t = this.templates().find((x) => x.templateId === DEFAULT_TEMPLATE) ?? this.templates()[0];
    if (!t) throw fault('SELECTION_TEMPLATE_INVALID', '找不到评分办法模板（templates/scoring/），请检查安装是否完整。');
    return { scheme: t.scheme, options: SelectionOptionsSchema.parse({}) };
  }

  private writeSettings(store: CaseStore, scheme: Scheme, options: SelectionOptions) {
    store.db
      .prepare('INSERT INTO selection_settings (id, scheme, options, updated_at) VALUES (1, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET scheme = excluded.scheme, options = excluded.options, updated_at = excluded.updated_at')
      .run(JSON.stringify(scheme), JSON.stringify(options), new Date().toISOString());
  }

  /** Pins the default scheme into the case the first time anything is scored, so a later template edit cannot change it. */
  private pinSettings(store: CaseStore) {
    if (store.db.prepare('SELECT 1 FROM selection_settings WHERE id = 1').get()) return;
    const cur = this.settingsRow(store);
    this.writeSettings(store, cur.scheme, cur.options);
  }

  private isLocked(store: CaseStore) {
    return !!store.db.prepare('SELECT 1 FROM selection_sheets WHERE submitted_at IS NOT NULL LIMIT 1').get();
  }
  private assertUnlocked(store: CaseStore) {
    if (this.isLocked(store)) throw fault('SELECTION_LOCKED');
  }

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
      this.writeSettings(store, cur.scheme, o);
      store.audit(this.actor(), 'selection.options', { from: cur.options, to: o });
    });
    return {};
  }

  // ---- applicants and their review ----

  private applicantRows(store: CaseStore) {
    return store.db.prepare('SELECT * FROM selection_applicants ORDER BY sort, created_at').all() as ApplicantRow[];
  }

  applicants(caseId: string): Applicant[] {
    const store = this.store(caseId);
    const checks = store.db.prepare('SELECT * FROM selection_checks').all() as { applicant_id: string; stage: 'qualification' | 'conformity'; item: string; passed: number; reason: string }[];
    return this.applicantRows(store).map((r) => {
      const mine = checks.filter((c) => c.applicant_id === r.applicant_id).map((c) => ({ stage: c.stage, item: c.item, passed: !!c.passed, reason: c.reason }));
      const failed = mine.find((c) => !c.passed);
      const itemText = failed && REVIEW_ITEMS[failed.stage].find((i) => i.id === failed.item)?.text;
      return {
        applicantId: r.applicant_id, name: r.name, price: r.price, priceExplanation: r.price_explanation, priceInvalid: !!r.price_invalid, checks: mine,
        excludedReason: failed ? `${failed.stage === 'qualification' ? '资格审查' : '符合性审查'}未通过（${itemText ?? failed.item}）：${failed.reason}` : null,
      };
    });
  }

  private applicant(caseId: string, applicantId: string) {
    const a = this.applicants(caseId).find((x) => x.applicantId === applicantId);
    if (!a) throw fault('NOT_FOUND', '找不到该申报单位，可能已被删除。');
    return a;
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
      this.assertUnlocked(store);
      store.db
        .prepare('INSERT INTO selection_checks (applicant_id, stage, item, passed, reason) VALUES (?, ?, ?, ?, ?) ON CONFLICT(applicant_id, stage, item) DO UPDATE SET passed = excluded.passed, reason = excluded.reason')
        .run(v.applicantId, v.stage, v.item, v.passed ? 1 : 0, v.reason);
      store.audit(this.actor(), 'selection.check', { applicant: a.name, ...v });
    });
    return {};
  }

  // ---- recusal ----

  private declarations(store: CaseStore) {
    return store.db.prepare('SELECT * FROM selection_declarations').all() as DeclRow[];
  }

  /** Per member: declared for every applicant, and the first conflict if any. */
  private recusalStatus(store: CaseStore) {
    const applicants = this.applicantRows(store);
    const decls = this.declarations(store);
    const out = new Map<string, { declared: boolean; conflict: DeclRow | null }>();
    for (const m of store.db.prepare('SELECT member_id FROM committee_members').all() as { member_id: string }[]) {
      const mine = decls.filter((d) => d.member_id === m.member_id);
      out.set(m.member_id, {
        declared: applicants.length > 0 && applicants.every((a) => mine.some((d) => d.applicant_id === a.applicant_id)),
        conflict: mine.find((d) => d.relation !== 'none') ?? null,
      });
    }
    return out;
  }

  declare(caseId: string, memberId: string, declarations: Declaration[], session?: string) {
    const store = this.store(caseId);
    const member = this.deps.committee.get(caseId, memberId);
    const who = this.recorder(caseId, memberId, session);
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
      });
      if (conflicts.length) store.db.prepare('DELETE FROM selection_scores WHERE member_id = ?').run(memberId);
    });
    return { recused: declarations.some((d) => d.relation !== 'none') };
  }

  // ---- state ----

  state(caseId: string): SelectionState {
    const store = this.store(caseId);
    const { scheme, options } = this.settingsRow(store);
    const members = this.deps.committee.list(caseId);
    const rs = this.recusalStatus(store);
    const sheets = new Map((store.db.prepare('SELECT member_id, submitted_at FROM selection_sheets').all() as { member_id: string; submitted_at: string | null }[]).map((r) => [r.member_id, r.submitted_at]));
    const applicants = this.applicants(caseId);
    const recused = new Set(members.filter((m) => rs.get(m.memberId)?.conflict).map((m) => m.memberId));
    return {
      scheme, schemeProblems: schemeProblems(scheme), options, applicants,
      members: members.map((m) => {
        const s = rs.get(m.memberId)!;
        return {
          memberId: m.memberId, name: m.name, label: memberLabel(m), declared: s.declared, recused: !!s.conflict,
          recusal: s.conflict ? { applicantName: applicants.find((a) => a.applicantId === s.conflict!.applicant_id)?.name ?? '', relation: RECUSAL_RELATIONS[s.conflict.relation], note: s.conflict.note } : null,
          submittedAt: sheets.get(m.memberId) ?? null,
        };
      }),
      committeeWarnings: [
        ...this.deps.committee.warnings(caseId, recused),
        ...members.filter((m) => recused.has(m.memberId)).map((m) => `${m.name} 已声明回避，不参加评分。`),
      ],
      locked: this.isLocked(store),
    };
  }

  // ---- a member's sheet ----

  private gate(store: CaseStore, caseId: string, memberId: string) {
    this.deps.committee.get(caseId, memberId);
    const s = this.recusalStatus(store).get(memberId)!;
    if (s.conflict) throw fault('SELECTION_RECUSED');
    if (!s.declared) throw fault('SELECTION_NOT_DECLARED');
  }

  private scoresOf(store: CaseStore, memberId: string): Scores {
    const out: Scores = {};
    for (const r of store.db.prepare('SELECT applicant_id, criterion_id, value FROM selection_scores WHERE member_id = ?').all(memberId) as { applicant_id: string; criterion_id: string; value: number }[]) {
      (out[r.applicant_id] ??= {})[r.criterion_id] = r.value;
    }
    return out;
  }

  /** The applicants a member scores: not excluded by review, not invalid for price. */
  private scorable(caseId: string) {
    return this.applicants(caseId).filter((a) => !a.excludedReason && !a.priceInvalid);
  }

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
      ? this.scorable(caseId).map((a) => ({ applicantId: a.applicantId, name: a.name, ...(hasPrice ? { price: a.price } : {}), documents: this.deps.bidDocuments?.forApplicant(caseId, a.name) ?? [] }))
      : this.applicantRows(store).map((a) => ({ applicantId: a.applicant_id, name: a.name }));
    let others: MemberView['others'] = null;
    if (open && submittedAt) {
      const subs = store.db.prepare('SELECT s.member_id, c.name FROM selection_sheets s JOIN committee_members c USING (member_id) WHERE s.submitted_at IS NOT NULL AND s.member_id <> ? ORDER BY c.sort').all(memberId) as { member_id: string; name: string }[];
      others = subs.map((o) => ({ memberId: o.member_id, name: o.name, scores: this.scoresOf(store, o.member_id) }));
    }
    // Only the applicants still in scoring: a score kept for one excluded later is not shown (nor sent back on save).
    const own = open ? this.scoresOf(store, memberId) : {};
    const scores = Object.fromEntries(applicants.filter((a) => own[a.applicantId]).map((a) => [a.applicantId, own[a.applicantId]]));
    return { memberId, name: m.name, declared: s.declared, recused: !!s.conflict, submittedAt, applicants, declarations, scores, others };
  }

  /** Checks every value against the scheme; returns the rows to write. */
  private validateScores(caseId: string, scheme: Scheme, scores: Scores) {
    const scorable = new Set(this.scorable(caseId).map((a) => a.applicantId));
    const crit = new Map(scheme.criteria.filter((c) => c.kind !== 'price').map((c) => [c.id, c]));
    const rows: [string, string, number | null][] = [];
    for (const [aid, byCrit] of Object.entries(scores)) {
      if (!scorable.has(aid)) throw fault('SELECTION_SCORE_INVALID', '评分中有不存在或已被排除的申报单位，未保存。请刷新后重试。');
      for (const [cid, v] of Object.entries(byCrit)) {
        const c = crit.get(cid);
        if (!c) throw fault('SELECTION_SCORE_INVALID', `评分项“${cid}”不在评分办法中，未保存。`);
        if (v != null && !(Number.isFinite(v) && v >= 0 && v <= c.max)) throw fault('SELECTION_SCORE_INVALID', `“${c.name}”的评分 ${v} 超出 0～${c.max} 分，未保存。`);
        rows.push([aid, cid, v]);
      }
    }
    return rows;
  }

  saveScores(caseId: string, memberId: string, scores: Scores, via = 'ui', session?: string) {
    const store = this.store(caseId);
    const who = this.recorder(caseId, memberId, session);
    this.gate(store, caseId, memberId);
    const { scheme } = this.settingsRow(store);
    const rows = this.validateScores(caseId, scheme, scores);
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
      store.audit(who.actor, 'selection.scores', { memberId, via, count: rows.length });
    });
    return {};
  }

  submit(caseId: string, memberId: string, session?: string) {
    const store = this.store(caseId);
    const who = this.recorder(caseId, memberId, session);
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
      store.audit(who.actor, 'selection.submit', { memberId, ...(signed ? { signedRecord: signed.recordId, digest: signed.digest } : {}) });
    });
    who.done();
    return { submittedAt: at };
  }

  correct(caseId: string, r: { memberId: string; applicantId: string; criterionId: string; newValue: number; kind: Exclude<FindingKind, 'missing' | 'abnormal_low_unexplained'>; reason: string }): Correction {
    const store = this.store(caseId);
    const m = this.deps.committee.get(caseId, r.memberId);
    const a = this.applicant(caseId, r.applicantId);
    const { scheme } = this.settingsRow(store);
    const c = scheme.criteria.find((x) => x.id === r.criterionId && x.kind !== 'price');
    if (!c) throw fault('NOT_FOUND', '找不到该评分项。');
    if (!(r.newValue >= 0 && r.newValue <= c.max)) throw fault('SELECTION_SCORE_INVALID', `更正后的评分 ${r.newValue} 超出“${c.name}”0～${c.max} 分的范围。`);
    const id = crypto.randomUUID();
    const at = new Date().toISOString();
    const actor = this.actor();
    let oldValue: number | null = null;
    store.tx(() => {
      const sheet = store.db.prepare('SELECT submitted_at FROM selection_sheets WHERE member_id = ?').get(r.memberId) as { submitted_at: string | null } | undefined;
      if (!sheet?.submitted_at) throw fault('SELECTION_NOT_SUBMITTED');
      oldValue = (store.db.prepare('SELECT value FROM selection_scores WHERE member_id = ? AND applicant_id = ? AND criterion_id = ?').get(r.memberId, r.applicantId, r.criterionId) as { value: number } | undefined)?.value ?? null;
      store.db.prepare('INSERT INTO selection_scores (member_id, applicant_id, criterion_id, value) VALUES (?, ?, ?, ?) ON CONFLICT(member_id, applicant_id, criterion_id) DO UPDATE SET value = excluded.value').run(r.memberId, r.applicantId, r.criterionId, r.newValue);
      store.db.prepare('INSERT INTO selection_corrections (correction_id, member_id, member_name, applicant_id, applicant_name, criterion_id, criterion_name, kind, old_value, new_value, reason, actor, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
        .run(id, r.memberId, m.name, r.applicantId, a.name, r.criterionId, c.name, r.kind, oldValue, r.newValue, r.reason, actor, at);
      store.audit(actor, 'selection.correct', { memberId: r.memberId, member: m.name, applicant: a.name, criterion: c.name, kind: r.kind, oldValue, newValue: r.newValue, reason: r.reason });
    });
    return { correctionId: id, memberId: r.memberId, memberName: m.name, applicantId: r.applicantId, applicantName: a.name, criterionId: r.criterionId, criterionName: c.name, kind: r.kind, oldValue, newValue: r.newValue, reason: r.reason, actor, at };
  }

  corrections(caseId: string): Correction[] {
    return (this.store(caseId).db.prepare('SELECT * FROM selection_corrections ORDER BY at').all() as Record<string, never>[]).map((r) => ({
      correctionId: r.correction_id, memberId: r.member_id, memberName: r.member_name, applicantId: r.applicant_id, applicantName: r.applicant_name,
      criterionId: r.criterion_id, criterionName: r.criterion_name, kind: r.kind, oldValue: r.old_value, newValue: r.new_value, reason: r.reason, actor: r.actor, at: r.at,
    }));
  }

  // ---- results ----

  /** The case as one Evaluation: only submitted sheets count, so nobody's unsubmitted scores leak into results. */
  evaluation(caseId: string): Evaluation {
    const store = this.store(caseId);
    const { scheme, options } = this.settingsRow(store);
    const st = this.state(caseId);
    const scores: Evaluation['scores'] = {};
    const statedTotals: Evaluation['statedTotals'] = {};
    for (const m of st.members) if (m.submittedAt && !m.recused) scores[m.memberId] = this.scoresOf(store, m.memberId);
    for (const r of store.db.prepare('SELECT member_id, applicant_id, total FROM selection_stated_totals').all() as { member_id: string; applicant_id: string; total: number }[]) {
      if (scores[r.member_id]) (statedTotals[r.member_id] ??= {})[r.applicant_id] = r.total;
    }
    return EvaluationSchema.parse({
      scheme, options,
      members: st.members.filter((m) => m.recused || (m.submittedAt && m.declared)).map((m) => ({ id: m.memberId, name: m.name, recused: m.recused })),
      applicants: st.applicants.map((a) => ({ id: a.applicantId, name: a.name, price: a.price, excludedReason: a.excludedReason, priceExplanation: a.priceExplanation, priceInvalid: a.priceInvalid })),
      scores,
      statedTotals,
    });
  }

  /**
   * Sealed until every member still on the committee has submitted: on a shared laptop the results tab would otherwise
   * show submitted scores to a member who has not scored yet. Prices and their flags are not scores and stay visible.
   */
  results(caseId: string) {
    const st = this.state(caseId);
    const e = this.evaluation(caseId);
    const store = this.store(caseId);
    const pendingMembers = st.members.filter((m) => !m.recused && !m.submittedAt).map((m) => m.name);
    const sealed = pendingMembers.length > 0;
    const full = evaluate(sealed ? { ...e, scores: {}, statedTotals: {}, members: e.members.filter((m) => m.recused) } : e);
    const results: Results = sealed
      ? {
          ...full, ranking: [], complete: false,
          findings: full.findings.filter((f) => f.kind === 'abnormal_low_unexplained'),
          applicants: full.applicants.map((a) => ({ ...a, criteria: [], memberTotals: {}, total: null, rank: null, recommended: false })),
        }
      : full;
    return {
      sealed,
      sheets: sealed ? {} : Object.fromEntries(e.members.filter((m) => !m.recused).map((m) => [m.id, this.scoresOf(store, m.id)])),
      results,
      corrections: this.corrections(caseId),
      criteria: st.scheme.criteria.map((c) => ({ id: c.id, name: c.name, max: c.max, kind: c.kind, group: c.group })),
      members: e.members.filter((m) => !m.recused).map((m) => ({ memberId: m.id, name: m.name })),
      pendingMembers,
    };
  }

  // ---- Excel ----

  private caseTitle(store: CaseStore) {
    return (store.db.prepare('SELECT title FROM case_info WHERE id = 1').get() as { title: string }).title;
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

  async exportResults(caseId: string): Promise<OutputRef> {
    const store = this.store(caseId);
    const st = this.state(caseId);
    const r = this.results(caseId);
    if (r.sealed) throw fault('SELECTION_RESULTS_SEALED', `尚有评审成员未提交评分表（${r.pendingMembers.join('、')}），汇总结果在全部成员提交后才能导出。`);
    const data = await resultsWorkbook({
      caseTitle: this.caseTitle(store), scheme: st.scheme, results: r.results, corrections: r.corrections,
      aggregationText: AGGREGATIONS[st.options.aggregation],
      members: r.members.map((m) => ({ ...m, scores: this.scoresOf(store, m.memberId) })),
    });
    return this.deps.files.addOutput(`评审结果-${this.caseTitle(store)}.xlsx`.replace(/[\\/:*?"<>|]/g, '_'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', data);
  }

  /** What the 评审报告 prints (issue 6 lays it out). */
  reportContent(caseId: string): SelectionReportContent {
    const store = this.store(caseId);
    const info = store.db.prepare('SELECT case_id, title FROM case_info WHERE id = 1').get() as { case_id: string; title: string };
    const st = this.state(caseId);
    const members = this.deps.committee.list(caseId);
    const { results, corrections } = this.results(caseId);
    const pc = st.scheme.criteria.find((c) => c.kind === 'price');
    const decl = this.declarations(store);
    const itemText = (stage: 'qualification' | 'conformity', id: string) => REVIEW_ITEMS[stage].find((i) => i.id === id)?.text ?? id;
    return {
      caseId: info.case_id,
      caseTitle: info.title,
      generatedAt: new Date().toISOString(),
      final: results.complete && st.members.every((m) => m.recused || m.submittedAt),
      committee: {
        members: members.map((m) => {
          const s = st.members.find((x) => x.memberId === m.memberId)!;
          const d = decl.find((x) => x.member_id === m.memberId && x.relation !== 'none');
          return {
            memberId: m.memberId, name: m.name, unit: m.unit, title: m.title, expertNo: m.expertNo, role: MEMBER_ROLES[m.role], kind: MEMBER_KINDS[m.kind],
            recusal: s.recusal && d ? { ...s.recusal, declaredAt: d.declared_at } : null,
          };
        }),
        warnings: st.committeeWarnings,
      },
      method: {
        name: '综合评分法',
        scheme: st.scheme,
        aggregation: st.options.aggregation,
        aggregationText: AGGREGATIONS[st.options.aggregation] + (results.notes.length ? `；${results.notes.join('')}` : ''),
        options: st.options,
        priceRule: pc ? `低价优先法：以最低有效报价为评标基准价${results.basePrice != null ? `（${results.basePrice}）` : ''}，价格分 = 评标基准价 / 投标报价 × ${pc.max}（87号令第五十五条）。` : null,
      },
      applicants: st.applicants.map((a) => {
        const r = results.applicants.find((x) => x.applicantId === a.applicantId)!;
        return {
          applicantId: a.applicantId, name: a.name, price: a.price,
          qualification: a.checks.filter((c) => c.stage === 'qualification').map((c) => ({ item: itemText('qualification', c.item), passed: c.passed, reason: c.reason })),
          conformity: a.checks.filter((c) => c.stage === 'conformity').map((c) => ({ item: itemText('conformity', c.item), passed: c.passed, reason: c.reason })),
          status: r.status, reason: r.reason,
          abnormalLow: r.abnormalLow ? { othersMeanPrice: round2(r.othersMeanPrice!), explanation: a.priceExplanation } : null,
        };
      }),
      memberSheets: st.members.filter((m) => !m.recused && m.submittedAt).map((m) => {
        const sc = this.scoresOf(store, m.memberId);
        return {
          memberId: m.memberId, memberName: m.name, submittedAt: m.submittedAt,
          rows: results.applicants.filter((a) => a.status === 'scored').map((a) => ({ applicantId: a.applicantId, applicantName: a.name, scores: sc[a.applicantId] ?? {}, total: a.memberTotals[m.memberId] ?? null })),
        };
      }),
      summary: results.applicants.filter((a) => a.status === 'scored').sort((x, y) => x.rank! - y.rank!).map((a) => ({
        applicantId: a.applicantId, applicantName: a.name, criteria: Object.fromEntries(a.criteria.map((c) => [c.criterionId, round2(c.value)])),
        priceScore: a.priceScore == null ? null : round2(a.priceScore), total: a.total!, rank: a.rank!, recommended: a.recommended,
      })),
      criteria: st.scheme.criteria,
      findings: results.findings,
      corrections: corrections.map((c) => ({ memberName: c.memberName, applicantName: c.applicantName, criterionName: c.criterionName, kind: FINDING_LABELS[c.kind as FindingKind] ?? c.kind, oldValue: c.oldValue, newValue: c.newValue, reason: c.reason, by: c.actor, at: c.at })),
      ranking: results.ranking,
      recommended: results.ranking.filter((r) => r.recommended).map((r) => ({ rank: r.rank, applicantId: r.applicantId, name: r.name, total: r.total })),
    };
  }
}
