import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { zipFiles } from '../../main/docs/zip';
import { tempDir } from '../helpers/tmp';

/** What Python's zipfile, an independent reader, makes of the archive. */
function readBack(file: string) {
  const py = [
    'import zipfile, sys, json',
    'z = zipfile.ZipFile(sys.argv[1])',
    'assert z.testzip() is None',
    'print(json.dumps([{"name": i.filename, "utf8": bool(i.flag_bits & 0x800), "stored": i.compress_type == zipfile.ZIP_STORED,',
    '  "date": list(i.date_time), "data": z.read(i).decode("utf-8")} for i in z.infolist()], ensure_ascii=False))',
  ].join('\n');
  return JSON.parse(execFileSync('python3', ['-c', py, file]).toString()) as { name: string; utf8: boolean; stored: boolean; date: number[]; data: string }[];
}

describe('zipFiles: all numbered copies and the register in one download', () => {
  const dir = tempDir('rd-zip-');
  afterAll(() => dir.cleanup());

  it('keeps Chinese names (UTF-8 flag), stores the bytes as they are, and keeps two files of one name apart', async () => {
    const now = new Date(2026, 2, 10, 9, 30, 14); // local time, as the user's clock shows it
    const buf = await zipFiles([
      { name: '第000001份-会议材料.pdf', data: Buffer.from('一') },
      { name: '第000001份-会议材料.pdf', data: Buffer.from('二') },
      { name: '分发回收登记表.pdf', data: Buffer.from('登记') },
      { name: 'a/b:c?.pdf', data: Buffer.from('x') },
    ], now);
    const file = path.join(dir.dir, '编号份.zip');
    fs.writeFileSync(file, buf);
    const entries = readBack(file);
    expect(entries.map((e) => e.name)).toEqual(['第000001份-会议材料.pdf', '第000001份-会议材料（2）.pdf', '分发回收登记表.pdf', 'a_b_c_.pdf']);
    expect(entries.map((e) => e.data)).toEqual(['一', '二', '登记', 'x']);
    expect(entries.filter((e) => /[^ -~]/.test(e.name)).every((e) => e.utf8)).toBe(true);
    expect(entries.every((e) => e.stored)).toBe(true);
    expect(entries[0].date).toEqual([2026, 3, 10, 9, 30, 14]);
  });
});
