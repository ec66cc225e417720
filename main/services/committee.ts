import crypto from 'node:crypto';
import { fault } from '../../shared/api/errors';
import { MemberInputSchema, committeeWarnings, type Member, type MemberInput } from '../../shared/domain/committee';
import { SelectionOptionsSchema } from '../../shared/scoring/evaluation';
import type { OpenCases } from './openCases';
import { memberWork } from './committeeWork';
import { chineseDateTime } from '../../shared/memo/model';
import type { Settings } from './settings';

type Row = { member_id: string; name: string; unit: string; title: string; expert_no: string; role: string; kind: string; sort: number };
const toMember = (r: Row): Member => ({
  memberId: r.member_id, name: r.name, unit: r.unit, title: r.title, expertNo: r.expert_no,
  role: r.role as Member['role'], kind: r.kind as Member['kind'], sort: r.sort,
});

/** The case's committee: everyone who reviews, scores and signs. Other modules read members through `list`/`get`. */
export class CommitteeService {
  constructor(private readonly deps: { openCases: OpenCases; settings: Settings }) {}

  list(caseId: string): Member[] {
    const store = this.deps.openCases.get(caseId);
    return (store.db.prepare('SELECT * FROM committee_members ORDER BY sort, created_at').all() as Row[]).map(toMember);
  }

  get(caseId: string, memberId: string): Member {
    const m = this.list(caseId).find((x) => x.memberId === memberId);
    if (!m) throw fault('NOT_FOUND', '找不到该评审委员会成员，可能已被移除。');
    return m;
  }

  save(caseId: string, input: MemberInput): Member {
    const store = this.deps.openCases.get(caseId);
    const m = MemberInputSchema.parse(input);
    const at = new Date().toISOString();
    const actor = this.deps.settings.userName();
    const memberId = m.memberId ?? crypto.randomUUID();
    store.tx(() => {
      const existing = store.db.prepare('SELECT * FROM committee_members WHERE member_id = ?').get(memberId) as Row | undefined;
      if (m.memberId && !existing) throw fault('NOT_FOUND', '找不到该评审委员会成员，可能已被移除。');
      if (existing) {
        store.db
          .prepare('UPDATE committee_members SET name = ?, unit = ?, title = ?, expert_no = ?, role = ?, kind = ?, updated_at = ? WHERE member_id = ?')
          .run(m.name, m.unit, m.title, m.expertNo, m.role, m.kind, at, memberId);
        store.audit(actor, 'committee.update', { memberId, from: toMember(existing), to: m });
      } else {
        const sort = ((store.db.prepare('SELECT max(sort) AS s FROM committee_members').get() as { s: number | null }).s ?? 0) + 1;
        store.db
          .prepare('INSERT INTO committee_members (member_id, name, unit, title, expert_no, role, kind, sort, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
          .run(memberId, m.name, m.unit, m.title, m.expertNo, m.role, m.kind, sort, at, at);
        store.audit(actor, 'committee.add', { memberId, member: m });
      }
    });
    return this.get(caseId, memberId);
  }

  /**
   * Removes a member who has nothing on file. A member with recorded work (verdicts, declarations, scores, signatures,
   * 代录) is refused, naming it: that work is part of the review and would go with them. A member whose expert kit is
   * out and not returned is removed only with the secretary's reason, kept in the 操作记录 with the kits.
   */
  remove(caseId: string, memberId: string, reason = '') {
    const store = this.deps.openCases.get(caseId);
    const m = this.get(caseId, memberId);
    store.tx(() => {
      const work = memberWork(store.db, memberId);
      if (work.records.length) {
        const selection = (store.db.prepare('SELECT case_type FROM case_info').get() as { case_type: string }).case_type === 'operator_selection';
        const todo = selection
          ? `如${m.name}不再参加评审，请在“回避声明与评分”中登记其回避，需要时添加替补专家；其已有记录照常保留。`
          : `如${m.name}不再参加评审，请保留该成员，在意见书中说明其未参加后续评审；需要另请专家的，添加新成员即可。`;
        throw fault('COMMITTEE_MEMBER_HAS_RECORDS', `${m.name}已有评审记录：${work.records.join('、')}。这些记录是评审过程的一部分，移除成员会使其丢失或失去归属，因此不能移除。${todo}未作任何改动。`, { records: work.records });
      }
      if (work.kitsOut.length && !reason.trim()) {
        const at = work.kitsOut.map((k) => chineseDateTime(k.exportedAt)).join('、');
        throw fault('COMMITTEE_MEMBER_KIT_OUT', `已于 ${at} 向${m.name}发出专家包，尚未导入其回执。移除后，该专家包交回的回执将无法导入。如确需移除（例如专家无法参加），请填写理由后确认，理由记入操作记录；否则请先收回并导入回执。未作任何改动。`, { kitsOut: work.kitsOut });
      }
      try {
        store.db.prepare('DELETE FROM committee_members WHERE member_id = ?').run(memberId);
      } catch (e) {
        // migration 005's trigger: a submitted score sheet keeps its member
        if (String((e as Error).message).includes('SELECTION_MEMBER_SUBMITTED')) throw fault('CONFLICT', `${m.name} 已提交评分表，评分是评审结果的一部分，不能移除该成员。`);
        throw e;
      }
      store.audit(this.deps.settings.userName(), 'committee.remove', {
        memberId, name: m.name, ...(work.kitsOut.length ? { reason: reason.trim(), kitsOut: work.kitsOut.map((k) => k.kitId) } : {}),
      });
    });
    return {};
  }

  warnings(caseId: string, excluded: ReadonlySet<string> = new Set()) {
    return committeeWarnings(this.list(caseId), excluded, this.procedure(caseId));
  }

  /** The selection's procedure (its options), which sets the lawful size; 公开招标 until options are saved. */
  procedure(caseId: string) {
    const row = this.deps.openCases.get(caseId).db.prepare('SELECT options FROM selection_settings WHERE id = 1').get() as { options: string } | undefined;
    return SelectionOptionsSchema.parse(row ? JSON.parse(row.options) : {}).procedure;
  }
}
