import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { CaseStore } from '../../../main/store/caseStore';
import { MIGRATIONS } from '../../../main/store/migrations/index';
import { m017KitContents } from '../../../main/store/migrations/017_kit_contents';
import { tempDir } from '../../helpers/tmp';
import { PASS } from '../../helpers/services';

describe('migration 017 kit contents, multi-part returns, transcriptions', () => {
  const tmp = tempDir();

  it('keeps returns imported before it, allows memo-only returns, and keeps 代录 append-only', () => {
    // A schema at 016 with one return of the old shape, then 017 on top.
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    for (const m of MIGRATIONS.filter((x) => x.version < 17)) m.up(db as never);
    db.prepare(`INSERT INTO signed_records VALUES ('r1', 'm1', '张三', 'verdicts', '{}', 'd', 'f', '{}', x'00', '2026-01-01', '李四', NULL)`).run();
    db.prepare(`INSERT INTO expert_kits VALUES ('k1', 'm1', '张三', 'key', '[]', '2026-01-01', '李四')`).run();
    db.prepare(`INSERT INTO kit_returns VALUES ('k1', 'd1', 'r1', '2026-01-02', '李四')`).run();
    m017KitContents.up(db as never);
    expect(db.prepare('SELECT kit_id, record_id, parts FROM kit_returns').get()).toEqual({ kit_id: 'k1', record_id: 'r1', parts: '[{"kind":"verdicts","id":"r1"}]' });
    expect(db.prepare('SELECT contents FROM expert_kits').get()).toEqual({ contents: '{}' });
    db.close();

    const file = path.join(tmp.dir, 'm17.rdcase');
    const s = CaseStore.create(file, PASS);
    for (const name of ['kit_returns', 'transcriptions']) {
      expect((s.db.prepare('SELECT sql FROM sqlite_master WHERE name = ?').get(name) as { sql: string }).sql).toMatch(/\)\s*STRICT/);
    }
    s.db.prepare(`INSERT INTO expert_kits (kit_id, member_id, member_name, protection, documents, exported_at, exported_by, contents) VALUES ('k2', 'm1', '张三', 'key', '[]', '2026', '李四', '{"memo":"x"}')`).run();
    // a memo-only return names no signed record
    s.db.prepare(`INSERT INTO kit_returns (kit_id, digest, record_id, parts, imported_at, imported_by) VALUES ('k2', 'd2', NULL, '[{"kind":"memo","id":"s1"}]', '2026', '李四')`).run();
    const t = s.db.prepare(`INSERT INTO transcriptions VALUES (?, 'm2', '王五', 'scores', '李四', ?, '纸质第1号', '{}', '2026')`);
    t.run('t1', '专家未登记签名密钥');
    expect(() => t.run('t2', '')).toThrow(/CHECK/);
    expect(() => s.db.prepare(`UPDATE transcriptions SET reason = 'x'`).run()).toThrow(/append-only/);
    expect(() => s.db.prepare(`DELETE FROM transcriptions`).run()).toThrow(/append-only/);
    s.close();
    tmp.cleanup();
  });
});
