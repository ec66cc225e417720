import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../main/store/native';
import { m001Init } from '../../../main/store/migrations/001_init';
import { m002Committee } from '../../../main/store/migrations/002_committee';
import { runMigrations } from '../../../main/store/caseStore';

describe('migration 002: committee members', () => {
  it('adds committee_members with role and kind constrained', () => {
    const db = openDatabase(':memory:', {});
    runMigrations(db, [m001Init]);
    expect(runMigrations(db, [m001Init, m002Committee])).toBe(2);
    const ins = db.prepare("INSERT INTO committee_members VALUES (?, '张三', '', '', '', ?, ?, 1, 'a', 'a')");
    ins.run('m1', 'chair', 'expert');
    expect(() => ins.run('m2', 'boss', 'expert')).toThrow(/CHECK/);
    expect(() => ins.run('m3', 'member', 'guest')).toThrow(/CHECK/);
  });
});
