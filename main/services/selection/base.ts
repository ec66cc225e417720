import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { fault } from '../../../shared/api/errors';
import { memberLabel } from '../../../shared/domain/committee';
import { SchemeSchema, schemeProblems, type Scheme } from '../../../shared/scoring/scheme';
import { SelectionOptionsSchema, type SelectionOptions } from '../../../shared/scoring/evaluation';
import { RECUSAL_RELATIONS, REVIEW_ITEMS, reviewGaps, type Applicant, type RecusalRelation, type SelectionState } from '../../../shared/scoring/selection';
import type { CaseStore } from '../../store/caseStore';
import type { OpenCases } from '../openCases';
import type { Settings } from '../settings';
import type { CommitteeService } from '../committee';
import type { FileStaging } from '../files';
import type { ExpertGate, Recorder } from '../kits/session';
import type { Transcription } from '../../../shared/api/kits';

export type Scores = Record<string, Record<string, number | null>>;
/** notes[applicantId][criterionId] */
export type Notes = Record<string, Record<string, string>>;
export type ApplicantRow = { applicant_id: string; name: string; price: number | null; price_explanation: string; price_invalid: number; sort: number };
export type DeclRow = { member_id: string; applicant_id: string; relation: RecusalRelation; note: string; declared_at: string };

/** An applicant's 申报材料 from intake (documents of role 'bid' whose bidder is the applicant's name). */
export interface BidDocuments {
  forApplicant(caseId: string, applicantName: string): { documentId: string; title: string }[];
}

export const DEFAULT_TEMPLATE = 'wenzhou-default';

export type SelectionDeps = { openCases: OpenCases; settings: Settings; committee: CommitteeService; files: FileStaging; templatesDir: string; bidDocuments?: BidDocuments; experts?: ExpertGate };

/** What every part of the selection needs: the case, the scheme, the applicants, recusals and the state. */
export class SelectionBase {
  constructor(protected readonly deps: SelectionDeps) {}

  protected store(caseId: string) {
    return this.deps.openCases.get(caseId);
  }
  protected actor() {
    return this.deps.settings.userName();
  }
  /** Who may record for this member (issue 13): a member with a registered key only through their own session. */
  protected recorder(caseId: string, memberId: string, session?: string, transcription?: Transcription): Recorder {
    return this.deps.experts?.recorder(caseId, memberId, session, transcription) ?? { actor: this.actor(), seal: () => null, done: () => {} };
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

  protected settingsRow(store: CaseStore): { scheme: Scheme; options: SelectionOptions } {
    const row = store.db.prepare('SELECT scheme, options FROM selection_settings WHERE id = 1').get() as { scheme: string; options: string } | undefined;
    if (row) return { scheme: SchemeSchema.parse(JSON.parse(row.scheme)), options: SelectionOptionsSchema.parse(JSON.parse(row.options)) };
    const t = this.templates().find((x) => x.templateId === DEFAULT_TEMPLATE) ?? this.templates()[0];
    if (!t) throw fault('SELECTION_TEMPLATE_INVALID', '找不到评分办法模板（templates/scoring/），请检查安装是否完整。');
    return { scheme: t.scheme, options: SelectionOptionsSchema.parse({}) };
  }

  protected writeSettings(store: CaseStore, scheme: Scheme, options: SelectionOptions) {
    store.db
      .prepare('INSERT INTO selection_settings (id, scheme, options, updated_at) VALUES (1, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET scheme = excluded.scheme, options = excluded.options, updated_at = excluded.updated_at')
      .run(JSON.stringify(scheme), JSON.stringify(options), new Date().toISOString());
  }

  /** Pins the default scheme into the case the first time anything is scored, so a later template edit cannot change it. */
  protected pinSettings(store: CaseStore) {
    if (store.db.prepare('SELECT 1 FROM selection_settings WHERE id = 1').get()) return;
    const cur = this.settingsRow(store);
    this.writeSettings(store, cur.scheme, cur.options);
  }

  protected isLocked(store: CaseStore) {
    return !!store.db.prepare('SELECT 1 FROM selection_sheets WHERE submitted_at IS NOT NULL LIMIT 1').get();
  }
  protected assertUnlocked(store: CaseStore) {
    if (this.isLocked(store)) throw fault('SELECTION_LOCKED');
  }
  // ---- applicants and their review ----

  protected applicantRows(store: CaseStore) {
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
        // only a failed check excludes a bid; one not yet recorded is no pass either (the result waits for it)
        reviewPending: failed ? null : reviewGaps(mine),
      };
    });
  }

  protected applicant(caseId: string, applicantId: string) {
    const a = this.applicants(caseId).find((x) => x.applicantId === applicantId);
    if (!a) throw fault('NOT_FOUND', '找不到该申报单位，可能已被删除。');
    return a;
  }
  // ---- recusal ----

  protected declarations(store: CaseStore) {
    return store.db.prepare('SELECT * FROM selection_declarations').all() as DeclRow[];
  }

  /** Per member: declared for every applicant, and the first conflict if any. */
  protected recusalStatus(store: CaseStore) {
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
  /** 替补专家 by member id: whom they replace. */
  protected substitutes(store: CaseStore) {
    const rows = store.db.prepare('SELECT * FROM committee_substitutes').all() as { member_id: string; replaces_member_id: string; replaces_name: string; reason: string; actor: string; at: string }[];
    return new Map(rows.map((r) => [r.member_id, r]));
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
    const subs = this.substitutes(store);
    return {
      scheme, schemeProblems: schemeProblems(scheme), options, applicants,
      members: members.map((m) => {
        const s = rs.get(m.memberId)!;
        return {
          memberId: m.memberId, name: m.name, label: memberLabel(m), declared: s.declared, recused: !!s.conflict,
          recusal: s.conflict ? { applicantName: applicants.find((a) => a.applicantId === s.conflict!.applicant_id)?.name ?? '', relation: RECUSAL_RELATIONS[s.conflict.relation], note: s.conflict.note } : null,
          submittedAt: sheets.get(m.memberId) ?? null,
          substituteFor: subs.get(m.memberId)?.replaces_name ?? null,
        };
      }),
      committeeWarnings: [
        ...this.deps.committee.warnings(caseId, recused),
        ...members.filter((m) => recused.has(m.memberId)).map((m) => {
          const sub = members.find((x) => subs.get(x.memberId)?.replaces_member_id === m.memberId);
          return `${m.name}已声明回避，不参加评分${sub ? `，由替补专家${sub.name}替补` : ''}。`;
        }),
      ],
      locked: this.isLocked(store),
    };
  }

  // ---- a member's sheet ----

  protected gate(store: CaseStore, caseId: string, memberId: string) {
    this.deps.committee.get(caseId, memberId);
    const s = this.recusalStatus(store).get(memberId)!;
    if (s.conflict) throw fault('SELECTION_RECUSED');
    if (!s.declared) throw fault('SELECTION_NOT_DECLARED');
  }

  /** The member's newest 代录 of a kind (the secretary's transcription of a paper form), or null. */
  protected transcribedOf(store: CaseStore, memberId: string, kind: 'recusal' | 'scores'): { operator: string; reason: string; paperRef: string; at: string } | null {
    const r = store.db.prepare('SELECT operator, reason, paper_ref, at FROM transcriptions WHERE member_id = ? AND kind = ? ORDER BY at DESC, rowid DESC LIMIT 1').get(memberId, kind) as { operator: string; reason: string; paper_ref: string; at: string } | undefined;
    return r ? { operator: r.operator, reason: r.reason, paperRef: r.paper_ref, at: r.at } : null;
  }

  protected notesOf(store: CaseStore, memberId: string): Notes {
    const out: Notes = {};
    for (const r of store.db.prepare('SELECT applicant_id, criterion_id, note FROM score_notes WHERE member_id = ?').all(memberId) as { applicant_id: string; criterion_id: string; note: string }[]) {
      (out[r.applicant_id] ??= {})[r.criterion_id] = r.note;
    }
    return out;
  }

  protected scoresOf(store: CaseStore, memberId: string): Scores {
    const out: Scores = {};
    for (const r of store.db.prepare('SELECT applicant_id, criterion_id, value FROM selection_scores WHERE member_id = ?').all(memberId) as { applicant_id: string; criterion_id: string; value: number }[]) {
      (out[r.applicant_id] ??= {})[r.criterion_id] = r.value;
    }
    return out;
  }

  /** The applicants a member scores: not excluded by review, not invalid for price. */
  protected scorable(caseId: string) {
    return this.applicants(caseId).filter((a) => !a.excludedReason && !a.priceInvalid);
  }

  // ---- Excel ----

  protected caseTitle(store: CaseStore) {
    return (store.db.prepare('SELECT title FROM case_info WHERE id = 1').get() as { title: string }).title;
  }
}
