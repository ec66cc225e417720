import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PASS, testApp } from '../helpers/services';
import { seedMeeting } from '../fixtures/meetings/make';
import { CLI_BIN } from '../helpers/built';
import { output, run } from '../helpers/run';

process.env.REVIEW_DESK_TEMPLATES_DIR ??= path.resolve(import.meta.dirname, '..', '..', 'templates');
const ROOT = path.resolve(import.meta.dirname, '..', '..');

describe('CLI: packet CASEFILE --meeting ID --out DIR --copies N', () => {
  const app = testApp();
  afterAll(() => app.cleanup());

  it('writes the packet, N numbered copies and the register, and refuses bad arguments', async () => {
    const file = path.join(app.dir, 'cli.rdcase');
    const { caseId } = await app.newCase({}, file);
    const meetingId = await seedMeeting(app.call, caseId, app.dir, { items: 2, attachmentsPerItem: 2 });
    await app.call('cases.close', { caseId });
    const outDir = path.join(app.dir, 'out');
    const cli = async (...args: string[]) => {
      const r = await run(process.execPath, [CLI_BIN, ...args, '--data-dir', path.join(app.dir, 'cli-data')], { cwd: ROOT, env: { ...process.env, REVIEW_DESK_PASSPHRASE: PASS } });
      return { status: r.code, stdout: r.stdout, stderr: r.stderr };
    };
    const list = await cli('meeting', 'list', file);
    expect(list.status, list.stderr).toBe(0);
    expect(list.stdout).toContain(meetingId);
    const r = await cli('packet', file, '--meeting', meetingId, '--out', outDir, '--copies', '3', '--json');
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.copies.map((c: { copyNo: string; recipient: string }) => `${c.copyNo} ${c.recipient}`)).toEqual(['000001 王局长', '000002 李副局长', '000003 赵副局长']);
    const pdfs = fs.readdirSync(outDir).filter((f) => f.endsWith('.pdf'));
    expect(pdfs.length).toBe(1 + 3 + 1);
    for (const c of out.copies) {
      expect(Number(/Pages:\s+(\d+)/.exec(await output('pdfinfo', [c.file]))![1])).toBe(out.pageCount);
      expect((await output('pdftotext', ['-raw', '-f', '1', '-l', '1', c.file, '-'])).replace(/\s+/g, '')).toContain(`第${c.copyNo}份${c.recipient}`);
    }
    expect((await output('pdftotext', [out.register, '-']))).toContain('赵副局长');

    const missing = await cli('packet', file, '--out', outDir);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('--meeting');
    const badCopies = await cli('packet', file, '--meeting', meetingId, '--out', outDir, '--copies', 'abc');
    expect(badCopies.status).toBe(2);
    const unknown = await cli('packet', file, '--meeting', 'no-such-meeting', '--out', outDir);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('找不到该会议');
  });

  it('--reissue (补发) gives a copy only to the listed people who hold none of this version, and says who was passed over', async () => {
    const file = path.join(app.dir, 'reissue.rdcase');
    const { caseId } = await app.newCase({}, file);
    const meetingId = await seedMeeting(app.call, caseId, app.dir, { items: 1, attachmentsPerItem: 1 });
    await app.call('cases.close', { caseId });
    const outDir = path.join(app.dir, 'out-reissue');
    const cli = async (...args: string[]) => {
      const r = await run(process.execPath, [CLI_BIN, ...args, '--data-dir', path.join(app.dir, 'cli-data')], { cwd: ROOT, env: { ...process.env, REVIEW_DESK_PASSPHRASE: PASS } });
      return { status: r.code, stdout: r.stdout, stderr: r.stderr };
    };
    const first = await cli('packet', file, '--meeting', meetingId, '--out', outDir, '--copies', '3', '--json');
    expect(first.status, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout).copies.map((c: { recipient: string }) => c.recipient)).toEqual(['王局长', '李副局长', '赵副局长']);

    // No list given: the meeting's whole list (members, attendees, recorder), as the page's 补发 button takes it.
    const again = await cli('packet', file, '--meeting', meetingId, '--out', outDir, '--reissue');
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toContain('编号份 2 份：');
    expect(again.stdout).toContain('000004 法规处处长');
    expect(again.stdout).toContain('000005 办公室张秘书');
    expect(again.stdout).toContain('注意：补发：仅向尚无第1版编号份的法规处处长、办公室张秘书各发一份；王局长（份号 000001）、李副局长（份号 000002）、赵副局长（份号 000003）已持有未收回的第1版编号份，未重发。');
    // Read in drawing order (-raw): the 领取人 cell holds five characters a line, and -layout interleaves its second line
    // with the cells beside it.
    const register = (await output('pdftotext', ['-raw', path.join(outDir, fs.readdirSync(outDir).find((f) => f.includes('分发回收登记表'))!), '-'])).replace(/\s+/g, '');
    expect(register).toContain('000005办公室张秘书');

    // A list given: only the one on it without a copy gets one.
    const named = await cli('packet', file, '--meeting', meetingId, '--out', outDir, '--reissue', '--recipients', '王局长,市审计局', '--json');
    expect(named.status, named.stderr).toBe(0);
    const out = JSON.parse(named.stdout);
    expect(out.copies.map((c: { copyNo: string; recipient: string }) => `${c.copyNo} ${c.recipient}`)).toEqual(['000006 市审计局']);
    expect(out.warnings.join('\n')).toContain('王局长（份号 000001）已持有未收回的第1版编号份，未重发');

    // Everybody holds one: nothing issued, the register unchanged, and it says so.
    const none = await cli('packet', file, '--meeting', meetingId, '--out', outDir, '--reissue', '--json');
    expect(none.status, none.stderr).toBe(0);
    const nothing = JSON.parse(none.stdout);
    expect(nothing.copies).toEqual([]);
    expect(nothing.warnings.join('\n')).toContain('未发新份，分发登记未改变');

    const withCopies = await cli('packet', file, '--meeting', meetingId, '--out', outDir, '--reissue', '--copies', '2');
    expect(withCopies.status).toBe(2);
    expect(withCopies.stderr).toContain('不能与 --copies 同用');
    const help = await cli('packet', '--help');
    expect(help.stdout + help.stderr).toContain('--reissue 补发');
  });
});
