import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../main/store/native';
import { MIGRATIONS } from '../../../main/store/migrations/index';
import { runMigrations } from '../../../main/store/caseStore';
import { tempDir } from '../../helpers/tmp';

describe('migration 016: committee verdict source, idempotent request results, replaced signer keys', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it('marks existing committee verdicts as set by the chair, refuses an unknown source, and keeps one result per request id', () => {
    const db = openDatabase(path.join(tmp.dir, 'm16.db'), {});
    runMigrations(db, MIGRATIONS.filter((m) => m.version < 16));
    db.prepare(`INSERT INTO review_committee_verdicts (item_id, verdict, comment, updated_at, updated_by) VALUES ('plan.products', 'fails', '须补充', 'now', '王组长')`).run();
    expect(runMigrations(db, MIGRATIONS.filter((m) => m.version <= 16))).toBe(16);
    expect(db.prepare('SELECT source FROM review_committee_verdicts').get()).toEqual({ source: 'chair' });
    expect(() => db.prepare(`INSERT INTO review_committee_verdicts VALUES ('x', 'fails', '', 'now', 'me', 'robot')`).run()).toThrow();
    db.prepare(`INSERT INTO request_results VALUES ('req-12345678', 'meetings.save', '{"meetingId":"m1"}', 'now')`).run();
    expect(() => db.prepare(`INSERT INTO request_results VALUES ('req-12345678', 'meetings.save', '{}', 'now')`).run()).toThrow();
    expect(() => db.prepare(`INSERT INTO request_results VALUES ('short', 'meetings.save', '{}', 'now')`).run()).toThrow();
    expect(() => db.prepare(`INSERT INTO request_results VALUES ('req-abcdefgh', 'meetings.save', 'not json', 'now')`).run()).toThrow();
    expect((db.prepare("SELECT sql FROM sqlite_master WHERE name = 'request_results'").get() as { sql: string }).sql).toMatch(/STRICT/);
    // A replaced signer key: nullable, existing keys stay in use.
    expect((db.prepare('PRAGMA table_info(signer_keys)').all() as { name: string; notnull: number }[]).find((c) => c.name === 'replaced_at')).toMatchObject({ notnull: 0 });
    db.close();
  });
});
