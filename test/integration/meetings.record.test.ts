import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../helpers/services';
import { seedMeeting } from '../fixtures/meetings/make';

process.env.REVIEW_DESK_TEMPLATES_DIR ??= path.resolve(import.meta.dirname, '..', '..', 'templates');

const app = testApp();
afterAll(() => app.cleanup());
const save = (outputId: string, name: string) => {
  const f = path.join(app.dir, name);
  fs.writeFileSync(f, app.services.files.getOutput(outputId).data);
  return f;
};
const pdfText = (file: string, ...args: string[]) => execFileSync('pdftotext', [...args, file, '-']).toString();

// Walk 21b: every member was 同意 by default, so the printed record showed 罗文斌 as 同意 beside his dissent verbatim.
describe('会议记录: no vote nobody cast', () => {
  let caseId = '';
  let meetingId = '';
  let itemId = '';
  const members = ['马志远', '高建华', '何晓东', '罗文斌'];
  const record = (positions: { name: string; position: 'agree' | 'disagree' | 'agree_in_principle' }[], dissent = '') => ({
    startedAt: '', present: members, absent: [], attending: [],
    items: [{ itemId, recusals: [], positions: positions.map((p) => ({ ...p, remarks: '' })), dissent, decision: 'passed_in_principle' as const, decisionText: '' }],
  });
  const render = (which: 'record' | 'minutes' = 'record') => app.call('meetings.renderAfter', { caseId, meetingId, which, format: 'pdf' });

  beforeAll(async () => {
    caseId = (await app.newCase()).caseId;
    meetingId = await seedMeeting(app.call, caseId, app.dir, { members, pagesPerAttachment: 1 });
    itemId = (await app.call('meetings.get', { caseId, meetingId })).items[0].itemId;
  });

  it('refuses a record never saved', async () => {
    await expect(render()).rejects.toMatchObject({ code: 'MEETING_RECORD_INCOMPLETE', message: expect.stringContaining('会议记录尚未保存') });
  });

  it('names the present members whose position is not recorded, for the record and the minutes', async () => {
    await app.call('meetings.saveRecord', { caseId, meetingId, record: record([{ name: '马志远', position: 'agree' }, { name: '高建华', position: 'agree' }]) });
    for (const which of ['record', 'minutes'] as const) {
      await expect(render(which)).rejects.toMatchObject({ code: 'MEETING_RECORD_INCOMPLETE', message: expect.stringContaining('何晓东、罗文斌的表态尚未记录') });
    }
  });

  it('refuses 同意 for the member whose dissent is on record, and a dissent beside a unanimous 同意', async () => {
    const all = members.map((name) => ({ name, position: 'agree' as const }));
    await app.call('meetings.saveRecord', { caseId, meetingId, record: record(all, '罗文斌：收益分配比例偏高，建议再作测算。') });
    await expect(render()).rejects.toMatchObject({ message: expect.stringContaining('不同意见记为罗文斌的发言，其表态却为“同意”') });
    await app.call('meetings.saveRecord', { caseId, meetingId, record: record(all, '收益分配比例偏高，建议再作测算。') });
    await expect(render()).rejects.toMatchObject({ message: expect.stringContaining('记有不同意见，但表态均为“同意”') });
  });

  it('refuses a position for an absent or recused member', async () => {
    const r = record(members.map((name) => ({ name, position: 'agree' as const })));
    r.absent = [{ name: '何晓东', reason: '出差' }] as never;
    r.items[0].recusals = [{ name: '高建华', reason: '近亲属任职于意向运营机构' }] as never;
    await app.call('meetings.saveRecord', { caseId, meetingId, record: r });
    await expect(render()).rejects.toMatchObject({ message: expect.stringContaining('高建华（已回避）、何晓东（缺席）记有表态') });
  });

  it('prints each recorded position, in the order of the 出席 list', async () => {
    const positions = [{ name: '罗文斌', position: 'disagree' as const }, ...members.slice(0, 3).map((name) => ({ name, position: 'agree' as const }))];
    await app.call('meetings.saveRecord', { caseId, meetingId, record: record(positions, '罗文斌：收益分配比例偏高，建议再作测算。') });
    const text = pdfText(save((await render()).outputId, 'record.pdf'), '-raw').replace(/\s+/g, '');
    expect(text).toContain('马志远同意高建华同意何晓东同意罗文斌不同意');
    expect(text).toContain('罗文斌：收益分配比例偏高，建议再作测算。');
  });
});
