import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { testApp } from '../helpers/services';
import { seedMeeting } from '../fixtures/meetings/make';
import { chineseDateTime } from '../../shared/memo/model';

process.env.REVIEW_DESK_TEMPLATES_DIR ??= path.resolve(import.meta.dirname, '..', '..', 'templates');
// Walk 21b: a host clock on UTC printed 09:18 where the screen said 17:18. The register is Beijing time whatever the
// laptop's zone, so this file runs on a UTC clock.
process.env.TZ = 'UTC';

const squash = (file: string, ...args: string[]) => execFileSync('pdftotext', [...args, file, '-']).toString().replace(/\s+/g, '');

// Walk 8c: rebuilding the numbered copies (a recipient forgotten, a new version after 上会) wiped the register: the
// returned copy showed 未收回 again, a copy still in someone's hands vanished from it, and its 份号 went to someone else.
describe('numbered copies made again keep the register and never repeat a 份号', () => {
  const app = testApp();
  afterAll(() => app.cleanup());
  const save = (outputId: string, name: string) => {
    const f = path.join(app.dir, name);
    fs.writeFileSync(f, app.services.files.getOutput(outputId).data);
    return f;
  };

  it('continues the numbers, keeps earlier copies and their returns, prints local times and each version', async () => {
    const { caseId } = await app.newCase();
    const meetingId = await seedMeeting(app.call, caseId, app.dir, { pagesPerAttachment: 1 });
    const first = await app.call('meetings.buildPacket', { caseId, meetingId, recipients: ['王局长', '李副局长', '办公室张秘书'] });
    expect(first.copies.map((c) => c.copyNo)).toEqual([1, 2, 3]);
    expect(first.warnings.join('')).not.toContain('接续');
    await app.call('meetings.setReturned', { caseId, meetingId, copyNo: 1, returned: true });

    // Made again, for two people: the numbers go on from 000004.
    const again = await app.call('meetings.buildPacket', { caseId, meetingId, recipients: ['王局长', '赵副局长'] });
    expect(again.copies.map((c) => [c.copyNo, c.recipient])).toEqual([[4, '王局长'], [5, '赵副局长']]);
    expect(again.warnings.join('')).toContain('本次份号从 000004 起接续');
    expect(again.copies[1].output.fileName).toContain('份号000005-赵副局长');
    const copy5 = save(again.copies[1].output.outputId, 'copy5.pdf');
    expect(squash(copy5, '-raw', '-f', '1', '-l', '1')).toContain('第000005份赵副局长阅后收回');
    expect(squash(copy5, '-raw', '-f', '1', '-l', '1')).not.toContain('第000002份');

    // The register, read back from the case file: all five, copy 1 still returned.
    const d = await app.call('meetings.get', { caseId, meetingId });
    expect(d.copies.map((c) => [c.copyNo, c.recipient, c.returnedAt !== null])).toEqual([
      [1, '王局长', true], [2, '李副局长', false], [3, '办公室张秘书', false], [4, '王局长', false], [5, '赵副局长', false],
    ]);
    const reg = save(again.register!.outputId, 'register.pdf');
    if (process.env.MEETINGS_KEEP) fs.copyFileSync(reg, path.join(process.env.MEETINGS_KEEP, 'register.pdf'));
    // Read in drawing order (-raw): a cell's lines stay together there, where -layout interleaves a name or a date and
    // time set over two lines with the cells beside them.
    const text = squash(reg, '-raw');
    expect(text).toContain('共5份，已收回1份');
    for (const c of d.copies) expect(text).toContain(c.recipient);
    // Beijing time, not the stored UTC instant.
    const issued = chineseDateTime(d.copies[0].issuedAt);
    expect(issued).not.toBe(d.copies[0].issuedAt.slice(0, 16).replace('T', ' '));
    expect(text).toContain(issued.replace(/\s+/g, ''));
  }, 300_000); // two packets built in a worker on a shared machine: room, not a timing check

  // Walk 9b: to add one forgotten person, a rebuild gave everyone on the list a second copy.
  it('补发 issues copies only to listed people without a copy of this version still out; the register has all of them', async () => {
    const { caseId } = await app.newCase();
    const meetingId = await seedMeeting(app.call, caseId, app.dir, { pagesPerAttachment: 1 });
    await app.call('meetings.buildPacket', { caseId, meetingId, recipients: ['王局长', '李副局长', '办公室张秘书'] });
    // 张秘书 has handed theirs back: a returned copy is not live, so they get one again
    await app.call('meetings.setReturned', { caseId, meetingId, copyNo: 3, returned: true });
    const more = await app.call('meetings.buildPacket', { caseId, meetingId, recipients: ['王局长', '李副局长', '办公室张秘书', '赵副局长'], onlyMissing: true });
    expect(more.copies.map((c) => [c.copyNo, c.recipient])).toEqual([[4, '办公室张秘书'], [5, '赵副局长']]);
    expect(more.warnings.join('')).toContain('补发：仅向尚无第1版编号份的办公室张秘书、赵副局长各发一份；王局长（份号 000001）、李副局长（份号 000002）已持有未收回的第1版编号份，未重发。');
    const d = await app.call('meetings.get', { caseId, meetingId });
    expect(d.copies.map((c) => [c.copyNo, c.recipient, c.returnedAt !== null])).toEqual([
      [1, '王局长', false], [2, '李副局长', false], [3, '办公室张秘书', true], [4, '办公室张秘书', false], [5, '赵副局长', false],
    ]);
    const text = squash(save(more.register!.outputId, 'register-reissue.pdf'), '-raw');
    expect(text).toContain('共5份，已收回1份');
    // everyone holds one now: nothing issued, the register unchanged and said so
    const none = await app.call('meetings.buildPacket', { caseId, meetingId, recipients: ['王局长', '赵副局长'], onlyMissing: true });
    expect(none.copies).toEqual([]);
    expect(none.warnings.join('')).toContain('未发新份，分发登记未改变');
    expect((await app.call('meetings.get', { caseId, meetingId })).copies).toHaveLength(5);
  }, 300_000);
});
