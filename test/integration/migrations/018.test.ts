import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { CaseStore } from '../../../main/store/caseStore';
import { MIGRATIONS } from '../../../main/store/migrations/index';
import { m018VerdictEntry } from '../../../main/store/migrations/018_verdict_entry';
import { tempDir } from '../../helpers/tmp';
import { PASS } from '../../helpers/services';

describe('migration 018 how each review verdict was entered', () => {
  const tmp = tempDir();

  it('marks verdicts from before it as unrecorded, and keeps entry to its kinds and the 代录 it points at', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    for (const m of MIGRATIONS.filter((x) => x.version < 18)) m.up(db as never);
    db.prepare(`INSERT INTO committee_members (member_id, name, unit, title, expert_no, role, kind, sort, created_at, updated_at) VALUES ('m1', '赵专家', '某所', '', '', 'member', 'expert', 1, '2026-01-01', '2026-01-01')`).run();
    db.prepare(`INSERT INTO review_verdicts VALUES ('plan.scope', 'm1', 'fails', '不全', '2026-01-01')`).run();
    m018VerdictEntry.up(db as never);
    expect(db.prepare('SELECT verdict, entry, entered_by, transcription_id FROM review_verdicts').get()).toEqual({ verdict: 'fails', entry: 'unrecorded', entered_by: '', transcription_id: null });
    expect(() => db.prepare(`UPDATE review_verdicts SET entry = 'someone'`).run()).toThrow(/CHECK/);
    // A 代录 row points at its transcription record, which must exist.
    expect(() => db.prepare(`UPDATE review_verdicts SET entry = 'transcribed', transcription_id = 'nope'`).run()).toThrow(/FOREIGN KEY/);
    db.prepare(`INSERT INTO transcriptions VALUES ('t1', 'm1', '赵专家', 'verdicts', '李秘书', '未配备密钥', '纸质第2号', '{}', '2026')`).run();
    db.prepare(`UPDATE review_verdicts SET entry = 'transcribed', entered_by = '李秘书（代 赵专家 录入）', transcription_id = 't1'`).run();
    db.close();

    const s = CaseStore.create(path.join(tmp.dir, 'm18.rdcase'), PASS);
    expect((s.db.prepare("SELECT sql FROM sqlite_master WHERE name = 'review_verdicts'").get() as { sql: string }).sql).toMatch(/\)\s*STRICT/);
    expect((s.db.prepare('PRAGMA table_info(review_verdicts)').all() as { name: string }[]).map((c) => c.name)).toEqual(expect.arrayContaining(['entry', 'entered_by', 'transcription_id']));
    s.close();
    tmp.cleanup();
  });
});
