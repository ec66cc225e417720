import crypto from 'node:crypto';
import { fault } from '../../shared/api/errors';
import { MemberInputSchema, committeeWarnings, type Member, type MemberInput } from '../../shared/domain/committee';
import type { OpenCases } from './openCases';
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

  remove(caseId: string, memberId: string) {
    const store = this.deps.openCases.get(caseId);
    const m = this.get(caseId, memberId);
    store.tx(() => {
      try {
        store.db.prepare('DELETE FROM committee_members WHERE member_id = ?').run(memberId);
      } catch (e) {
        // migration 005's trigger: a submitted score sheet keeps its member
        if (String((e as Error).message).includes('SELECTION_MEMBER_SUBMITTED')) throw fault('CONFLICT', `${m.name} 已提交评分表，评分是评审结果的一部分，不能移除该成员。`);
        throw e;
      }
      store.audit(this.deps.settings.userName(), 'committee.remove', { memberId, name: m.name });
    });
    return {};
  }

  warnings(caseId: string, excluded: ReadonlySet<string> = new Set()) {
    return committeeWarnings(this.list(caseId), excluded);
  }
}
