import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { CaseStore } from '../../../main/store/caseStore';
import { MIGRATIONS } from '../../../main/store/migrations/index';
import { m021OpinionsKind } from '../../../main/store/migrations/021_opinions_kind';
import { tempDir } from '../../helpers/tmp';
import { PASS } from '../../helpers/services';

describe('migration 021: 修改意见 per kind of review', () => {
  const tmp = tempDir();

  it('puts each earlier 修改意见 under the kind of the run last made before it was saved, else the kind its item names', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    for (const m of MIGRATIONS.filter((x) => x.version < 21)) m.up(db as never);
    const run = db.prepare(`INSERT INTO review_runs (run_id, kind, ruleset_id, ruleset_version, ruleset_json, document_name, document_sha256, document_json, report_json, created_at, created_by) VALUES (?, ?, 'hebei', '1', '{}', ?, NULL, '{}', '{}', ?, '李秘书')`);
    const op = db.prepare(`INSERT INTO review_opinions (opinion_id, item_id, item_title, basis_json, text, sort, created_at, updated_at) VALUES (?, ?, '', '[]', '意见', 1, ?, ?)`);
    op.run('o0', 'agr.scope', '2025-12-31T00:00:00Z', '2025-12-31T00:00:00Z'); // before any run: its item says
    op.run('o00', 'general', '2025-12-31T00:00:00Z', '2025-12-31T00:00:00Z'); // before any run, no kind named: the plan
    run.run('r1', 'plan', '方案.txt', '2026-01-01T00:00:00Z');
    op.run('o1', 'term_over_3y', '2026-01-02T00:00:00Z', '2026-01-02T00:00:00Z');
    run.run('r2', 'agreement', '协议.txt', '2026-01-03T00:00:00Z');
    op.run('o2', 'general', '2026-01-04T00:00:00Z', '2026-01-04T00:00:00Z');
    m021OpinionsKind.up(db as never);
    expect(db.prepare('SELECT opinion_id, kind FROM review_opinions ORDER BY opinion_id').all()).toEqual([
      { opinion_id: 'o0', kind: 'agreement' }, { opinion_id: 'o00', kind: 'plan' }, { opinion_id: 'o1', kind: 'plan' }, { opinion_id: 'o2', kind: 'agreement' },
    ]);
    expect(() => db.prepare(`INSERT INTO review_opinions (opinion_id, item_id, item_title, basis_json, text, sort, created_at, updated_at, kind) VALUES ('x', 'general', '', '[]', '意见', 1, 'a', 'a', 'bid')`).run()).toThrow(/CHECK/);
    db.close();

    const s = CaseStore.create(path.join(tmp.dir, 'm21.rdcase'), PASS);
    expect((s.db.prepare('PRAGMA table_info(review_opinions)').all() as { name: string }[]).map((c) => c.name)).toContain('kind');
    s.close();
    tmp.cleanup();
  });
});
