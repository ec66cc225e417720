import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaseStore } from '../../../main/store/caseStore';
import { tempDir } from '../../helpers/tmp';

const PASS = 'Passw0rd-评审';

describe('migration 008: corrections', () => {
  const tmp = tempDir();

  it('creates the correction tables, constrains them, cascades with their owners, and survives reopening', () => {
    const file = path.join(tmp.dir, 'm8.rdcase');
    let store = CaseStore.create(file, PASS);
    const db = store.db;
    const sha = store.putBlob(new TextEncoder().encode('某实施方案'));
    for (const t of ['document_corrections', 'review_flag_rulings']) expect((db.prepare('SELECT strict FROM pragma_table_list WHERE name = ?').get(t) as { strict: number }).strict).toBe(1);
    db.prepare("INSERT INTO documents (document_id, role, bidder, title, created_at, created_by) VALUES ('d1', 'plan', '', 'x', 'a', 'u')").run();
    const cols = (db.prepare("SELECT name FROM pragma_table_info('document_versions')").all() as { name: string }[]).map((c) => c.name);
    const vals = cols.map((c) => ({ version_id: "'v1'", document_id: "'d1'", version: '1', format: "'txt'", size: '1', needs_ocr: '0', page_count: 'NULL', stats: "'{}'", extracted: "'{}'", sha256: `'${sha}'` })[c] ?? "'x'");
    db.prepare(`INSERT INTO document_versions (${cols.join(', ')}) VALUES (${vals.join(', ')})`).run();
    const corr = db.prepare('INSERT INTO document_corrections VALUES (?, ?, ?, ?, ?, ?)');
    corr.run('v1', '某实施方案', 8, '网页页眉不是标题', 'a', 'u');
    expect(() => corr.run('v1', '某实施方案', 8, '', 'a', 'u')).toThrow(/UNIQUE|PRIMARY/);
    expect(() => corr.run('v2', '  ', 0, '', 'a', 'u')).toThrow(/CHECK|FOREIGN/);
    db.prepare("INSERT INTO review_runs VALUES ('r1', 'plan', 'hebei', '2025.1', '{}', 'a.txt', NULL, '{}', '{}', 'a', 'u')").run();
    const rule = db.prepare('INSERT INTO review_flag_rulings (run_id, flag_id, ruling, reason, decided_at, decided_by) VALUES (?, ?, ?, ?, ?, ?)');
    rule.run('r1', 'pricing', 'dismissed', '该条款仅适用于产业类产品', 'a', 'u');
    expect(() => rule.run('r1', 'exclusivity', 'maybe', 'x', 'a', 'u')).toThrow(/CHECK/);
    expect(() => rule.run('r1', 'exclusivity', 'dismissed', ' ', 'a', 'u')).toThrow(/CHECK/);
    expect(() => rule.run('nope', 'exclusivity', 'dismissed', 'x', 'a', 'u')).toThrow(/FOREIGN KEY/);
    store.close();
    store = CaseStore.open(file, PASS);
    expect(store.db.prepare('SELECT title, body_start FROM document_corrections').all()).toEqual([{ title: '某实施方案', body_start: 8 }]);
    store.db.prepare("DELETE FROM review_runs WHERE run_id = 'r1'").run();
    expect(store.db.prepare('SELECT count(*) AS n FROM review_flag_rulings').get()).toEqual({ n: 0 });
    store.close();
    tmp.cleanup();
  });
});
