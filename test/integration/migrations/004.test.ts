import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaseStore } from '../../../main/store/caseStore';
import { LATEST_SCHEMA_VERSION } from '../../../main/store/migrations/index';
import { tempDir } from '../../helpers/tmp';

const PASS = 'Passw0rd-评审';

describe('migration 004: compliance review', () => {
  const tmp = tempDir();

  it('creates the review tables in a real case file, constrains them, and survives reopening', () => {
    const file = path.join(tmp.dir, 'm4.rdcase');
    let store = CaseStore.create(file, PASS);
    expect(store.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    const tables = (store.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'review_%' AND name <> 'review_flag_rulings' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
    // review_conclusion became review_conclusions (one per kind of review) in migration 020.
    expect(tables).toEqual(['review_committee_verdicts', 'review_conclusions', 'review_opinions', 'review_runs', 'review_verdicts']);
    for (const t of tables) expect((store.db.prepare('SELECT strict FROM pragma_table_list WHERE name = ?').get(t) as { strict: number }).strict).toBe(1);

    const db = store.db;
    db.prepare("INSERT INTO committee_members VALUES ('m1', '张三', '', '', '', 'chair', 'expert', 1, 'a', 'a')").run();
    const run = db.prepare("INSERT INTO review_runs VALUES (?, ?, 'hebei', '2025.1', '{}', 'a.txt', NULL, '{}', ?, 'a', 'u')");
    run.run('r1', 'plan', '{}');
    expect(() => run.run('r2', 'memo', '{}')).toThrow(/CHECK/);
    expect(() => run.run('r3', 'plan', 'not json')).toThrow(/CHECK/);
    const verdict = db.prepare("INSERT INTO review_verdicts (item_id, member_id, verdict, comment, updated_at) VALUES ('plan.name', ?, ?, '', 'a')");
    verdict.run('m1', 'conforms');
    expect(() => verdict.run('m1', 'conforms')).toThrow(/UNIQUE|PRIMARY/);
    expect(() => db.prepare("INSERT INTO review_verdicts (item_id, member_id, verdict, comment, updated_at) VALUES ('plan.x', 'm1', 'great', '', 'a')").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO review_verdicts (item_id, member_id, verdict, comment, updated_at) VALUES ('plan.x', 'nobody', 'na', '', 'a')").run()).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("INSERT INTO review_conclusions VALUES ('memo', 'pass', 'u', 'a', NULL)").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO review_conclusions VALUES ('plan', 'maybe', 'u', 'a', NULL)").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO review_opinions (opinion_id, item_id, item_title, basis_json, text, sort, created_at, updated_at) VALUES ('o1', 'plan.x', 'x', '[]', '  ', 1, 'a', 'a')").run()).toThrow(/CHECK/);
    // Removing a member removes their verdicts, not anyone else's.
    db.prepare("DELETE FROM committee_members WHERE member_id = 'm1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM review_verdicts').get()).toEqual({ n: 0 });
    store.close();

    store = CaseStore.open(file, PASS);
    expect(store.db.prepare('SELECT run_id FROM review_runs').all()).toEqual([{ run_id: 'r1' }]);
    store.close();
    tmp.cleanup();
  });
});
