import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaseStore } from '../../../main/store/caseStore';
import { LATEST_SCHEMA_VERSION } from '../../../main/store/migrations/index';
import { tempDir } from '../../helpers/tmp';
import { PASS } from '../../helpers/services';

describe('migration 012 deadlines and price check', () => {
  const tmp = tempDir();

  it('creates strict tables that refuse malformed dates and JSON, and survives reopening', () => {
    const file = path.join(tmp.dir, 'm12.rdcase');
    const s = CaseStore.create(file, PASS);
    expect(s.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    const tables = s.db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name IN ('deadline_starts', 'deadline_done', 'price_check')").all() as { name: string; sql: string }[];
    expect(tables.map((t) => t.name).sort()).toEqual(['deadline_done', 'deadline_starts', 'price_check']);
    for (const t of tables) expect(t.sql).toMatch(/STRICT/);
    const at = '2026-01-01T00:00:00Z';
    s.db.prepare("INSERT INTO deadline_starts VALUES ('agreement_signing', '2025-09-30', ?)").run(at);
    expect(() => s.db.prepare("INSERT INTO deadline_starts VALUES ('plan_approval', '2025/9/30', ?)").run(at)).toThrow(/CHECK/);
    expect(() => s.db.prepare("INSERT INTO deadline_done VALUES ('x', '30.09.2025', '', ?)").run(at)).toThrow(/CHECK/);
    expect(() => s.db.prepare("INSERT INTO price_check VALUES (1, 'not json', ?)").run(at)).toThrow(/CHECK/);
    expect(() => s.db.prepare("INSERT INTO price_check VALUES (2, '{}', ?)").run(at)).toThrow(/CHECK/);
    s.db.prepare("INSERT INTO price_check VALUES (1, '{\"operatingCost\":\"1.00\"}', ?)").run(at);
    s.close();
    const again = CaseStore.open(file, PASS);
    expect(again.db.prepare('SELECT date FROM deadline_starts').get()).toEqual({ date: '2025-09-30' });
    again.close();
    tmp.cleanup();
  });
});
