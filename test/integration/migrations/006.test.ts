import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CaseStore } from '../../../main/store/caseStore';
import { tempDir } from '../../helpers/tmp';

const PASS = 'Passw0rd-评审';

describe('migration 006: memos, signer keys, memo signatures', () => {
  const tmp = tempDir();
  afterEach(() => undefined);

  it('creates STRICT tables whose constraints refuse half-recorded signatures, and survives reopening', () => {
    const file = path.join(tmp.dir, 'm6.rdcase');
    const s = CaseStore.create(file, PASS);
    expect(s.db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(6);
    const tables = (s.db.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name IN ('memos', 'signer_keys', 'memo_signatures')`).all() as { name: string; sql: string }[]);
    expect(tables.map((t) => t.name).sort()).toEqual(['memo_signatures', 'memos', 'signer_keys']);
    for (const t of tables) expect(t.sql).toMatch(/STRICT/);
    s.tx(() => {
      const sha = s.putBlob(Buffer.from('%PDF-1.7 test'));
      s.db.prepare(`INSERT INTO memos VALUES ('m1', 'plan_opinion', 1, '标题', '{}', ?, 'c', 'draft', '', 'now', 'me')`).run(sha);
    });
    // a signature without its signed data, a dissent without reasons, a second version 1: all refused
    expect(() => s.db.prepare(`INSERT INTO memo_signatures (signature_id, memo_id, member_id, decision, reasons, signed_at) VALUES ('s1', 'm1', 'a', 'agree', '', 'now')`).run()).toThrow();
    expect(() => s.db.prepare(`INSERT INTO memo_signatures (signature_id, memo_id, member_id, decision, reasons, signed_at) VALUES ('s2', 'm1', 'a', 'dissent', '', 'now')`).run()).toThrow();
    expect(() => s.db.prepare(`INSERT INTO memos VALUES ('m2', 'plan_opinion', 1, '标题', '{}', 'x', 'c', 'draft', '', 'now', 'me')`).run()).toThrow();
    s.db.prepare(`INSERT INTO memo_signatures (signature_id, memo_id, member_id, decision, reasons, signed_at) VALUES ('s3', 'm1', 'b', 'refused', '', 'now')`).run();
    s.close();
    const again = CaseStore.open(file, PASS);
    expect((again.db.prepare('SELECT count(*) AS n FROM memo_signatures').get() as { n: number }).n).toBe(1);
    again.close();
    tmp.cleanup();
  });
});
