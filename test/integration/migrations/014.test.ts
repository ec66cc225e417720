import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CaseStore } from '../../../main/store/caseStore';
import { tempDir } from '../../helpers/tmp';

const PASS = 'Passw0rd-评审';

describe('migration 014: OCR pages and line corrections', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it('creates STRICT tables that refuse a correction without its page and bad JSON, and cascade with the version', () => {
    const file = path.join(tmp.dir, 'm14.rdcase');
    const s = CaseStore.create(file, PASS);
    expect(s.db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(14);
    const tables = s.db.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name IN ('ocr_pages', 'ocr_corrections')`).all() as { name: string; sql: string }[];
    expect(tables.map((t) => t.name).sort()).toEqual(['ocr_corrections', 'ocr_pages']);
    for (const t of tables) expect(t.sql).toMatch(/STRICT/);
    s.tx(() => {
      const sha = s.putBlob(Buffer.from('%PDF-1.7 scan'));
      s.db.prepare(`INSERT INTO documents (document_id, role, bidder, title, created_at, created_by) VALUES ('d1', 'plan', '', '方案', 'now', 'me')`).run();
      s.db
        .prepare(`INSERT INTO document_versions (version_id, document_id, version, file_name, format, size, sha256, extracted, stats, page_count, needs_ocr, note, imported_at, imported_by)
                  VALUES ('v1', 'd1', 1, 'scan.pdf', 'pdf', 13, ?, '{}', '{}', 1, 1, '', 'now', 'me')`)
        .run(sha);
      s.db.prepare(`INSERT INTO ocr_pages VALUES ('v1', 1, '{"lines":[]}', 'PP-OCRv4', 'now', 'me')`).run();
    });
    expect(() => s.db.prepare(`INSERT INTO ocr_pages VALUES ('v1', 2, 'not json', 'PP-OCRv4', 'now', 'me')`).run()).toThrow();
    expect(() => s.db.prepare(`INSERT INTO ocr_pages VALUES ('v1', 0, '{}', 'PP-OCRv4', 'now', 'me')`).run()).toThrow();
    expect(() => s.db.prepare(`INSERT INTO ocr_corrections VALUES ('v1', 3, 0, '改', '原', 'now', 'me')`).run()).toThrow();
    s.db.prepare(`INSERT INTO ocr_corrections VALUES ('v1', 1, 0, '改', '原', 'now', 'me')`).run();
    s.close();
    const again = CaseStore.open(file, PASS);
    expect((again.db.prepare('SELECT count(*) AS n FROM ocr_corrections').get() as { n: number }).n).toBe(1);
    again.db.prepare(`DELETE FROM document_versions WHERE version_id = 'v1'`).run();
    expect((again.db.prepare('SELECT count(*) AS n FROM ocr_corrections').get() as { n: number }).n).toBe(0);
    again.close();
  });
});
