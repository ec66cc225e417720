import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CaseStore } from '../../../main/store/caseStore';
import { tempDir } from '../../helpers/tmp';

const PASS = 'Passw0rd-评审';

describe('migration 015: rulings on checklist items', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it('adds target (flag or item, default flag) and location to review_flag_rulings, still STRICT', () => {
    const file = path.join(tmp.dir, 'm15.rdcase');
    const s = CaseStore.create(file, PASS);
    expect(s.db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(15);
    const sql = (s.db.prepare(`SELECT sql FROM sqlite_master WHERE name = 'review_flag_rulings'`).get() as { sql: string }).sql;
    expect(sql).toMatch(/STRICT/);
    s.db.prepare(`INSERT INTO review_runs (run_id, kind, ruleset_id, ruleset_version, ruleset_json, report_json, document_json, document_name, document_sha256, created_at, created_by)
                  VALUES ('r1', 'plan', 'hebei', '1', '{}', '{}', '{}', 'a.txt', NULL, 'now', 'me')`).run();
    s.db.prepare(`INSERT INTO review_flag_rulings (run_id, flag_id, ruling, reason, decided_at, decided_by) VALUES ('r1', 'pricing', 'dismissed', '理由', 'now', 'me')`).run();
    s.db.prepare(`INSERT INTO review_flag_rulings (run_id, flag_id, ruling, reason, decided_at, decided_by, target, location) VALUES ('r1', 'plan.security', 'dismissed', '在第十条', 'now', 'me', 'item', '十、底线管控')`).run();
    expect(s.db.prepare(`SELECT flag_id, target, location FROM review_flag_rulings ORDER BY flag_id`).all()).toEqual([
      { flag_id: 'plan.security', target: 'item', location: '十、底线管控' },
      { flag_id: 'pricing', target: 'flag', location: '' },
    ]);
    expect(() => s.db.prepare(`INSERT INTO review_flag_rulings (run_id, flag_id, ruling, reason, decided_at, decided_by, target) VALUES ('r1', 'x', 'upheld', '理由', 'now', 'me', 'other')`).run()).toThrow();
    s.close();
  });
});
