import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { CaseStore } from '../../../main/store/caseStore';
import { MIGRATIONS } from '../../../main/store/migrations/index';
import { m020VerdictVersions } from '../../../main/store/migrations/020_verdict_versions';
import { tempDir } from '../../helpers/tmp';
import { PASS } from '../../helpers/services';

describe('migration 020 the text each verdict was given on; one conclusion per kind', () => {
  const tmp = tempDir();

  it('dates verdicts and the conclusion against the runs before them, and keeps the conclusion under its run\u2019s kind', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    for (const m of MIGRATIONS.filter((x) => x.version < 20)) m.up(db as never);
    const run = db.prepare(`INSERT INTO review_runs (run_id, kind, ruleset_id, ruleset_version, ruleset_json, document_name, document_sha256, document_json, report_json, created_at, created_by) VALUES (?, ?, 'hebei', '1', '{}', ?, ?, '{}', '{}', ?, '李秘书')`);
    run.run('r1', 'plan', '方案.txt', 'a'.repeat(64), '2026-01-01T00:00:00Z');
    run.run('r2', 'plan', '方案（修改稿）.txt', 'b'.repeat(64), '2026-01-03T00:00:00Z');
    db.prepare(`INSERT INTO committee_members (member_id, name, unit, title, expert_no, role, kind, sort, created_at, updated_at) VALUES ('m1', '赵专家', '某所', '', '', 'member', 'expert', 1, '2026-01-01', '2026-01-01')`).run();
    const verdict = db.prepare(`INSERT INTO review_verdicts (item_id, member_id, verdict, comment, updated_at) VALUES (?, 'm1', 'fails', '', ?)`);
    verdict.run('plan.scope', '2026-01-02T00:00:00Z'); // given on the first draft
    verdict.run('plan.products', '2026-01-04T00:00:00Z'); // given on the revised one
    db.prepare(`INSERT INTO review_committee_verdicts (item_id, verdict, comment, updated_at, updated_by) VALUES ('plan.scope', 'fails', '', '2026-01-02T00:00:00Z', '李秘书')`).run();
    db.prepare(`INSERT INTO review_conclusion (id, conclusion, decided_by, decided_at) VALUES (1, 'pass_with_changes', '李秘书', '2026-01-02T12:00:00Z')`).run();
    m020VerdictVersions.up(db as never);

    expect(db.prepare('SELECT item_id, document_sha256 FROM review_verdicts ORDER BY item_id').all()).toEqual([
      { item_id: 'plan.products', document_sha256: 'b'.repeat(64) },
      { item_id: 'plan.scope', document_sha256: 'a'.repeat(64) },
    ]);
    expect(db.prepare('SELECT document_sha256 FROM review_committee_verdicts').get()).toEqual({ document_sha256: 'a'.repeat(64) });
    expect(db.prepare('SELECT * FROM review_conclusions').all()).toEqual([{ kind: 'plan', conclusion: 'pass_with_changes', decided_by: '李秘书', decided_at: '2026-01-02T12:00:00Z', document_sha256: 'a'.repeat(64) }]);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'review_conclusion'").get()).toBeUndefined();
    // One per kind, and only the two kinds of review.
    expect(() => db.prepare(`INSERT INTO review_conclusions VALUES ('plan', 'fail', 'x', 'y', NULL)`).run()).toThrow(/UNIQUE|PRIMARY/);
    expect(() => db.prepare(`INSERT INTO review_conclusions VALUES ('bid', 'fail', 'x', 'y', NULL)`).run()).toThrow(/CHECK/);
    db.prepare(`INSERT INTO review_conclusions VALUES ('agreement', 'fail', '李秘书', '2026-01-05', NULL)`).run();
    db.close();

    const s = CaseStore.create(path.join(tmp.dir, 'm20.rdcase'), PASS);
    expect((s.db.prepare("SELECT sql FROM sqlite_master WHERE name = 'review_conclusions'").get() as { sql: string }).sql).toMatch(/\)\s*STRICT/);
    expect((s.db.prepare('PRAGMA table_info(review_verdicts)').all() as { name: string }[]).map((c) => c.name)).toContain('document_sha256');
    s.close();
    tmp.cleanup();
  });

  it('a case with no run keeps a conclusion under the plan, undated', () => {
    const db = new Database(':memory:');
    for (const m of MIGRATIONS.filter((x) => x.version < 20)) m.up(db as never);
    db.prepare(`INSERT INTO review_conclusion (id, conclusion, decided_by, decided_at) VALUES (1, 'pass', '李秘书', '2026-01-02')`).run();
    m020VerdictVersions.up(db as never);
    expect(db.prepare('SELECT kind, document_sha256 FROM review_conclusions').get()).toEqual({ kind: 'plan', document_sha256: null });
    db.close();
  });
});
