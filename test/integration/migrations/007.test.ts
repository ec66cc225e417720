import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaseStore } from '../../../main/store/caseStore';
import { LATEST_SCHEMA_VERSION } from '../../../main/store/migrations/index';
import { tempDir } from '../../helpers/tmp';
import { PASS } from '../../helpers/services';

describe('migration 007 meetings', () => {
  const tmp = tempDir();

  it('creates strict tables with their constraints and survives reopening', () => {
    const file = path.join(tmp.dir, 'm7.rdcase');
    const s = CaseStore.create(file, PASS);
    expect(s.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    const tables = (s.db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name LIKE 'meeting%'").all() as { name: string; sql: string }[]);
    expect(tables.map((t) => t.name).sort()).toEqual(['meeting_attachments', 'meeting_copies', 'meeting_items', 'meeting_versions', 'meetings']);
    for (const t of tables) expect(t.sql).toMatch(/STRICT/);
    const at = '2026-01-01T00:00:00Z';
    s.db.prepare(`INSERT INTO meetings VALUES ('m1', '党组会', 'party_group', '2026-01-05', '', '', '[]', '[]', '', 'internal', 1500, 'draft', 1, NULL, ?, ?)`).run(at, at);
    // status and secrecy are constrained
    expect(() => s.db.prepare(`UPDATE meetings SET status = 'closed' WHERE meeting_id = 'm1'`).run()).toThrow(/CHECK/);
    expect(() => s.db.prepare(`UPDATE meetings SET secrecy = 'top' WHERE meeting_id = 'm1'`).run()).toThrow(/CHECK/);
    s.db.prepare(`INSERT INTO meeting_items VALUES ('i1', 'm1', 1, 1, 0, '{}', '{}', ?, ?)`).run(at, at);
    // "not required" without a reason, and "provided" without a file, are refused by the schema itself
    const att = s.db.prepare(`INSERT INTO meeting_attachments VALUES (?, 'i1', 'fair_competition', ?, 't', ?, NULL, 'none', '', NULL, NULL, 1, ?)`);
    expect(() => att.run('a1', 'not_required', '  ', at)).toThrow(/CHECK/);
    expect(() => att.run('a2', 'provided', '', at)).toThrow(/CHECK/);
    att.run('a3', 'not_required', '不涉及市场主体经济活动', at);
    // a meeting's items and attachments go with it
    s.db.prepare(`DELETE FROM meetings WHERE meeting_id = 'm1'`).run();
    expect(s.db.prepare('SELECT count(*) AS n FROM meeting_attachments').get()).toEqual({ n: 0 });
    s.close();
    const again = CaseStore.open(file, PASS);
    expect(again.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(again.db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name LIKE 'meeting%' AND type = 'table'").get()).toEqual({ n: 5 });
    again.close();
    tmp.cleanup();
  });
});
