import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CaseStore } from '../../../main/store/caseStore';
import { tempDir } from '../../helpers/tmp';

const PASS = 'Passw0rd-评审';
let tmp: ReturnType<typeof tempDir>;
afterEach(() => tmp?.cleanup());

describe('migration 003: documents', () => {
  it('creates documents and document_versions with their constraints, and survives reopening', () => {
    tmp = tempDir();
    const file = path.join(tmp.dir, 'm3.rdcase');
    const store = CaseStore.create(file, PASS);
    expect(store.db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(3);
    const tables = (store.db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name IN ('documents', 'document_versions')").all() as { name: string; sql: string }[]);
    expect(tables.map((t) => t.name).sort()).toEqual(['document_versions', 'documents']);
    for (const t of tables) expect(t.sql).toMatch(/STRICT/);

    const at = new Date().toISOString();
    const ins = (id: string, role: string, bidder: string) =>
      store.db.prepare('INSERT INTO documents (document_id, role, bidder, title, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)').run(id, role, bidder, 't', at, 'u');
    ins('d1', 'plan', '');
    expect(() => ins('d2', 'memo', '')).toThrow(/CHECK/);
    expect(() => ins('d3', 'bid', '')).toThrow(/CHECK/); // a bid needs its bidder
    expect(() => ins('d4', 'plan', '甲公司')).toThrow(/CHECK/); // only a bid has one
    ins('d5', 'bid', '甲公司');

    const sha = store.tx(() => store.putBlob(Buffer.from('hello')));
    const ver = (id: string, doc: string, v: number, json = '{}', blob = sha) =>
      store.db
        .prepare(`INSERT INTO document_versions (version_id, document_id, version, file_name, format, size, sha256, extracted, stats, page_count, needs_ocr, note, imported_at, imported_by)
                  VALUES (?, ?, ?, 'a.txt', 'txt', 5, ?, ?, '{}', NULL, 0, '', ?, 'u')`)
        .run(id, doc, v, blob, json, at);
    ver('v1', 'd1', 1);
    expect(() => ver('v2', 'd1', 1)).toThrow(/UNIQUE/);
    expect(() => ver('v3', 'nope', 1)).toThrow(/FOREIGN KEY/);
    expect(() => ver('v4', 'd1', 2, 'not json')).toThrow(/CHECK/);
    expect(() => ver('v5', 'd1', 2, '{}', 'f'.repeat(64))).toThrow(/FOREIGN KEY/);
    store.close();

    const again = CaseStore.open(file, PASS);
    expect(again.db.prepare('SELECT count(*) AS n FROM document_versions').get()).toEqual({ n: 1 });
    expect(again.db.prepare('SELECT bidder FROM documents WHERE document_id = ?').get('d5')).toEqual({ bidder: '甲公司' });
    again.close();
  });
});
