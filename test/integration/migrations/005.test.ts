import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CaseStore } from '../../../main/store/caseStore';
import { LATEST_SCHEMA_VERSION } from '../../../main/store/migrations/index';
import { tempDir } from '../../helpers/tmp';

const PASS = 'Passw0rd-评审';
let tmp: ReturnType<typeof tempDir>;
afterEach(() => tmp?.cleanup());

describe('migration 005: selection', () => {
  it('creates STRICT tables with their constraints, and the file reopens', () => {
    tmp = tempDir();
    const file = path.join(tmp.dir, 'm5.rdcase');
    const s = CaseStore.create(file, PASS);
    expect(s.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    const tables = (s.db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name LIKE 'selection_%' ORDER BY name").all() as { name: string; sql: string }[]);
    expect(tables.map((t) => t.name)).toEqual(['selection_applicants', 'selection_checks', 'selection_corrections', 'selection_declarations', 'selection_scores', 'selection_settings', 'selection_sheets', 'selection_stated_totals']);
    for (const t of tables) expect(t.sql).toMatch(/STRICT/);
    const at = new Date().toISOString();
    s.db.prepare("INSERT INTO committee_members VALUES ('m1', '张三', '', '', '', 'chair', 'expert', 1, ?, ?)").run(at, at);
    s.db.prepare("INSERT INTO selection_applicants (applicant_id, name, price, sort, created_at, updated_at) VALUES ('a1', '甲公司', 100, 1, ?, ?)").run(at, at);
    // a price must be positive; a failed check needs a reason; a relation must be one of the listed ones; a correction needs a reason
    expect(() => s.db.prepare("INSERT INTO selection_applicants (applicant_id, name, price, sort, created_at, updated_at) VALUES ('a2', '乙', -1, 2, ?, ?)").run(at, at)).toThrow(/CHECK/);
    expect(() => s.db.prepare("INSERT INTO selection_checks VALUES ('a1', 'qualification', 'q1', 0, '')").run()).toThrow(/CHECK/);
    expect(() => s.db.prepare("INSERT INTO selection_declarations VALUES ('m1', 'a1', 'friend', '', ?)").run(at)).toThrow(/CHECK/);
    expect(() => s.db.prepare("INSERT INTO selection_corrections VALUES ('c', 'm1', '张三', 'a1', '甲', 'plan', '方案', 'deviation', 1, 2, '', 'x', ?)").run(at)).toThrow(/CHECK/);
    expect(() => s.db.prepare("INSERT INTO selection_scores VALUES ('m1', 'a1', 'plan', 'abc')").run()).toThrow();
    s.db.prepare("INSERT INTO selection_scores VALUES ('m1', 'a1', 'plan', 20.5)").run();
    // deleting an applicant takes its scores with it
    s.db.prepare("DELETE FROM selection_applicants WHERE applicant_id = 'a1'").run();
    expect((s.db.prepare('SELECT count(*) AS n FROM selection_scores').get() as { n: number }).n).toBe(0);
    s.close();
    const again = CaseStore.open(file, PASS);
    expect(again.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(again.verifyAudit().intact).toBe(true);
    again.close();
  });
});
