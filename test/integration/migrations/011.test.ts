import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaseStore } from '../../../main/store/caseStore';
import { LATEST_SCHEMA_VERSION } from '../../../main/store/migrations/index';
import { tempDir } from '../../helpers/tmp';
import { PASS } from '../../helpers/services';

describe('migration 011 signed records', () => {
  const tmp = tempDir();

  it('creates an append-only strict table whose rows can only be superseded, never changed', () => {
    const file = path.join(tmp.dir, 'm11.rdcase');
    const s = CaseStore.create(file, PASS);
    const t = s.db.prepare("SELECT sql FROM sqlite_master WHERE name = 'signed_records'").get() as { sql: string };
    expect(t.sql).toMatch(/\)\s*STRICT/);
    const ins = s.db.prepare(`INSERT INTO signed_records VALUES (?, 'm1', '张三', ?, '{}', 'd', 'f', '{}', x'00', '2026-01-01', '李四', ?)`);
    ins.run('r1', 'scores', null);
    expect(() => ins.run('r0', 'memo', null)).toThrow(/CHECK/);
    ins.run('r2', 'scores', 'r1');
    // one record supersedes another at most once: no forked histories
    expect(() => ins.run('r3', 'scores', 'r1')).toThrow(/UNIQUE/);
    expect(() => s.db.prepare(`UPDATE signed_records SET member_name = 'x'`).run()).toThrow(/append-only/);
    expect(() => s.db.prepare(`DELETE FROM signed_records`).run()).toThrow(/append-only/);
    for (const name of ['expert_kits', 'kit_returns']) {
      expect((s.db.prepare('SELECT sql FROM sqlite_master WHERE name = ?').get(name) as { sql: string }).sql).toMatch(/\)\s*STRICT/);
    }
    s.db.prepare(`INSERT INTO expert_kits (kit_id, member_id, member_name, protection, documents, exported_at, exported_by) VALUES ('k1', 'm1', '张三', 'key', '[]', '2026-01-01', '李四')`).run();
    expect(() => s.db.prepare(`INSERT INTO expert_kits (kit_id, member_id, member_name, protection, documents, exported_at, exported_by) VALUES ('k2', 'm1', '张三', 'usb', '[]', '2026-01-01', '李四')`).run()).toThrow(/CHECK/);
    const ret = s.db.prepare(`INSERT INTO kit_returns (kit_id, digest, record_id, imported_at, imported_by) VALUES ('k1', ?, 'r1', '2026-01-02', '李四')`);
    ret.run('d1');
    // one return per kit: a replay cannot be merged twice
    expect(() => ret.run('d2')).toThrow(/UNIQUE|PRIMARY/);
    s.close();
    const again = CaseStore.open(file, PASS);
    expect(again.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(again.db.prepare('SELECT count(*) AS n FROM signed_records').get()).toEqual({ n: 2 });
    again.close();
    tmp.cleanup();
  });
});
