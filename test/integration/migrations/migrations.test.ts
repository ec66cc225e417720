import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../../main/store/native';
import { MIGRATIONS } from '../../../main/store/migrations/index';
import { runMigrations } from '../../../main/store/caseStore';
import { tempDir } from '../../helpers/tmp';

/** The whole chain, in order, on a real encrypted file: versions are contiguous and every step lands. */
describe('migration chain', () => {
  const tmp = tempDir();
  afterEach(() => fs.rmSync(path.join(tmp.dir, 'm.db'), { force: true }));

  // Numbers are handed out per branch (DESIGN: coordinated), so a branch may hold 011 before 008 is merged.
  it('numbers migrations in strictly increasing order, starting at 1', () => {
    expect(MIGRATIONS[0].version).toBe(1);
    for (let i = 1; i < MIGRATIONS.length; i++) expect(MIGRATIONS[i].version).toBeGreaterThan(MIGRATIONS[i - 1].version);
  });

  it('applies step by step and then all at once to the same schema', () => {
    const stepwise = openDatabase(path.join(tmp.dir, 'm.db'), {});
    for (let i = 1; i <= MIGRATIONS.length; i++) {
      expect(runMigrations(stepwise, MIGRATIONS.slice(0, i))).toBe(MIGRATIONS[i - 1].version);
    }
    const schema = (db: Database) => db.prepare("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name").all();
    const once = openDatabase(':memory:', {});
    runMigrations(once, MIGRATIONS);
    expect(schema(stepwise)).toEqual(schema(once));
    stepwise.close();
  });

  it('makes every table STRICT', () => {
    const db = openDatabase(':memory:', {});
    runMigrations(db, MIGRATIONS);
    const tables = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string; sql: string }[];
    for (const t of tables) expect(t.sql, t.name).toMatch(/\)\s*STRICT/);
  });

  it('rolls a failing step back whole: the file stays at its old version', () => {
    const db = openDatabase(':memory:', {});
    runMigrations(db, MIGRATIONS.slice(0, 1));
    const broken = [...MIGRATIONS, { version: MIGRATIONS[MIGRATIONS.length - 1].version + 1, name: 'broken', up: (d: Database) => d.exec('CREATE TABLE half (x INTEGER) STRICT; SELECT * FROM no_such_table;') }];
    expect(() => runMigrations(db, broken)).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name IN ('half', 'committee_members')").all()).toEqual([]);
  });
});
