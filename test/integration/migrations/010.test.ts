import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaseStore } from '../../../main/store/caseStore';
import { LATEST_SCHEMA_VERSION } from '../../../main/store/migrations/index';
import { tempDir } from '../../helpers/tmp';
import { PASS } from '../../helpers/services';

describe('migration 010 selection notes and substitutes', () => {
  const tmp = tempDir();

  it('creates strict tables whose rows go with their member or applicant, and refuses empty notes and reasons', () => {
    const file = path.join(tmp.dir, 'm10.rdcase');
    const s = CaseStore.create(file, PASS);
    expect(s.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    const tables = s.db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name IN ('score_notes', 'committee_substitutes')").all() as { name: string; sql: string }[];
    expect(tables.map((t) => t.name).sort()).toEqual(['committee_substitutes', 'score_notes']);
    for (const t of tables) expect(t.sql).toMatch(/STRICT/);
    const at = '2026-01-01T00:00:00Z';
    const member = s.db.prepare(`INSERT INTO committee_members (member_id, name, unit, title, expert_no, role, kind, sort, created_at, updated_at) VALUES (?, ?, '', '', '', 'member', 'expert', ?, ?, ?)`);
    member.run('m1', '张一', 1, at, at);
    member.run('m2', '李二', 2, at, at);
    s.db.prepare(`INSERT INTO selection_applicants (applicant_id, name, price, sort, created_at, updated_at) VALUES ('a1', '甲', NULL, 1, ?, ?)`).run(at, at);
    const note = s.db.prepare(`INSERT INTO score_notes VALUES ('m1', 'a1', 'plan', ?)`);
    expect(() => note.run('  ')).toThrow(/CHECK/);
    note.run('方案完整，但运营收益测算依据不足');
    const sub = s.db.prepare(`INSERT INTO committee_substitutes VALUES ('m2', 'm1', '张一', ?, '秘书', ?)`);
    expect(() => sub.run(' ', at)).toThrow(/CHECK/);
    sub.run('张一回避', at);
    s.db.prepare(`DELETE FROM selection_applicants WHERE applicant_id = 'a1'`).run();
    expect(s.db.prepare('SELECT count(*) AS n FROM score_notes').get()).toEqual({ n: 0 });
    s.db.prepare(`DELETE FROM committee_members WHERE member_id = 'm2'`).run();
    expect(s.db.prepare('SELECT count(*) AS n FROM committee_substitutes').get()).toEqual({ n: 0 });
    s.close();
    const again = CaseStore.open(file, PASS);
    expect(again.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    again.close();
    tmp.cleanup();
  });
});
