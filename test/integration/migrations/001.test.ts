import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../main/store/native';
import { m001Init } from '../../../main/store/migrations/001_init';
import { runMigrations } from '../../../main/store/caseStore';

describe('migration 001: case info, blobs, audit log', () => {
  const db = openDatabase(':memory:', {});
  runMigrations(db, [m001Init]);

  it('creates the tables and a single case_info row', () => {
    const names = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
    expect(names).toEqual(expect.arrayContaining(['meta', 'case_info', 'blobs', 'blob_chunks', 'audit_log']));
    const ins = db.prepare("INSERT INTO case_info VALUES (?, 'id', 't', 'plan_review', 'national', '', '', 'a', 'a')");
    ins.run(1);
    expect(() => ins.run(2)).toThrow(/CHECK/);
  });

  it('types columns strictly and keeps the audit log append-only', () => {
    expect(() => db.prepare("INSERT INTO blobs VALUES ('x', 'not a number', 'a')").run()).toThrow(/cannot store TEXT value in INTEGER column/);
    db.prepare("INSERT INTO audit_log VALUES (1, 'a', 'b', 'c', '{}', 'p', 'h')").run();
    expect(() => db.prepare("UPDATE audit_log SET actor = 'z'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
  });
});
