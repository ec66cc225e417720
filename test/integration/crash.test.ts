import fs from 'node:fs';
import crypto from 'node:crypto';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { PASS } from '../helpers/services';
import { testAppPerTest } from '../helpers/appPerTest';
import { CaseStore } from '../../main/store/caseStore';

const digest = (f: string) => (fs.existsSync(f) ? crypto.createHash('sha256').update(fs.readFileSync(f)).digest('hex') : 'none');
const ROOT = path.resolve(import.meta.dirname, '..', '..');

/** Runs the writer until it has committed `after` saves plus a random moment more, then SIGKILLs it. */
function killMidWrite(file: string, after: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'test/helpers/crashWriter.ts'), file, PASS], { stdio: ['ignore', 'pipe', 'pipe'] });
    let lastSaved = 0;
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.stdout.on('data', (d: Buffer) => {
      for (const m of d.toString().matchAll(/saved (\d+)/g)) lastSaved = Number(m[1]);
      if (lastSaved >= after && !child.killed) setTimeout(() => child.kill('SIGKILL'), Math.random() * 15);
    });
    child.on('close', (_code, signal) => (signal === 'SIGKILL' ? resolve(lastSaved) : reject(new Error(`writer ended without being killed: ${err}`))));
  });
}

describe('saving is transactional', () => {
  const app = testAppPerTest();

  it('a case killed with SIGKILL mid-save opens with its last committed state', async () => {
    const s = await app.newCase({ title: 'before' });
    await app.call('cases.close', { caseId: s.caseId });
    for (const after of [2, 4, 6, 8]) {
      const lastReported = await killMidWrite(s.path, after);
      // A wrong passphrase after a crash is refused without touching the file or its journal.
      const before = digest(s.path) + digest(`${s.path}-journal`);
      expect(() => CaseStore.open(s.path, 'wrong-passphrase-9')).toThrow(/口令不正确/);
      expect(digest(s.path) + digest(`${s.path}-journal`)).toBe(before);
      const store = CaseStore.open(s.path, PASS);
      try {
        expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
        const title = (store.db.prepare('SELECT title FROM case_info').get() as { title: string }).title;
        const n = Number(title.replace('save-', ''));
        // Every save the writer reported is there; at most the one it was killed in after reporting is also there.
        expect(n).toBeGreaterThanOrEqual(lastReported);
        expect(n).toBeLessThanOrEqual(lastReported + 1);
        // The blob and audit entry of each save landed together with its title, never apart.
        const saves = (store.db.prepare("SELECT count(*) AS c FROM audit_log WHERE action = 'save'").get() as { c: number }).c;
        const blobs = (store.db.prepare('SELECT count(*) AS c FROM blobs').get() as { c: number }).c;
        const chunksWhole = store.db.prepare('SELECT b.sha256 FROM blobs b LEFT JOIN blob_chunks c USING (sha256) WHERE c.sha256 IS NULL').all();
        expect(chunksWhole).toEqual([]);
        expect(blobs).toBe(saves);
        expect(store.verifyAudit().intact).toBe(true);
        expect(Number((store.db.prepare("SELECT json_extract(detail, '$.n') AS n FROM audit_log WHERE action = 'save' ORDER BY seq DESC LIMIT 1").get() as { n: number }).n)).toBe(n);
      } finally {
        store.close();
      }
    }
  });
});
