import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHost, type Host } from '../../main/host/server';
import { backendOf } from '../../main/ipc/backend';
import { testApp, PASS } from '../helpers/services';

process.env.REVIEW_DESK_TEMPLATES_DIR ??= path.resolve(import.meta.dirname, '..', '..', 'templates');

const MEETING = { name: '2026年第3次党组会', kind: 'party_group', date: '2026-03-10', place: '第一会议室', chair: '王局长', members: ['王局长', '李副局长'], attendees: [], recorder: '张秘书', secrecy: 'internal' };

/** Create actions sent twice with one request id create once, over the real loopback host and a real case file. */
describe('idempotent create actions', () => {
  const app = testApp();
  let host: Host;
  let caseId: string;
  let casePath: string;
  const post = async (method: string, body: unknown) => {
    const r = await fetch(`${host.url}api/${method}`, { method: 'POST', headers: { 'X-Review-Desk-Token': host.token, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    return (await r.json()) as { ok: boolean; value?: Record<string, unknown>; error?: { code: string; message: string } };
  };
  const count = (table: string) => (app.services.openCases.get(caseId).db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

  beforeAll(async () => {
    const staticDir = path.join(app.dir, 'renderer');
    fs.mkdirSync(staticDir);
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>评审台</title>');
    host = await startHost({ backend: backendOf(app.handlers, app.services.files), staticDir });
    const c = await app.newCase({ title: '某市公共数据资源授权运营实施方案' });
    caseId = c.caseId;
    casePath = c.path;
  });
  afterAll(async () => {
    await host.close();
    app.cleanup();
  });

  it('meetings.save: two concurrent calls with one request id make one meeting and return it to both; the id survives reopening', async () => {
    const requestId = 'req-meeting-0001';
    const [a, b] = await Promise.all([post('meetings.save', { caseId, meeting: MEETING, requestId }), post('meetings.save', { caseId, meeting: MEETING, requestId })]);
    expect(a.ok && b.ok).toBe(true);
    expect(b.value!.meetingId).toBe(a.value!.meetingId);
    expect(count('meetings')).toBe(1);
    expect((await app.call('cases.audit', { caseId, limit: 50 })).entries.filter((e) => e.action === 'meetings.create')).toHaveLength(1);

    // A retry after the case was closed and reopened (e.g. the answer was lost) still returns the first meeting.
    await app.call('cases.close', { caseId });
    caseId = (await app.call('cases.open', { path: casePath, passphrase: PASS })).caseId;
    const again = await post('meetings.save', { caseId, meeting: { ...MEETING, name: '改过的名称' }, requestId });
    expect(again.value).toMatchObject({ meetingId: a.value!.meetingId, name: MEETING.name });
    expect(count('meetings')).toBe(1);

    // A new action (new id) creates; calls without an id behave as before.
    await post('meetings.save', { caseId, meeting: MEETING, requestId: 'req-meeting-0002' });
    await post('meetings.save', { caseId, meeting: MEETING });
    expect(count('meetings')).toBe(3);
  });

  it('the same for an agenda item, a committee member, an applicant; a failed first call records nothing', async () => {
    const meetingId = ((await app.call('meetings.list', { caseId })) as { meetings: { meetingId: string }[] }).meetings[0].meetingId;
    const twice = async (method: string, body: Record<string, unknown>) => Promise.all([post(method, body), post(method, body)]);
    const items = await twice('meetings.addItem', { caseId, meetingId, title: '关于授权运营协议的议题', requestId: 'req-item-0001' });
    expect(items[1].value!.itemId).toBe(items[0].value!.itemId);
    expect(count('meeting_items')).toBe(1);
    const members = await twice('committee.save', { caseId, member: { name: '王组长', role: 'chair' }, requestId: 'req-member-0001' });
    expect(members[1].value!.memberId).toBe(members[0].value!.memberId);
    expect(count('committee_members')).toBe(1);
    const applicants = await twice('selection.saveApplicant', { caseId, applicant: { name: '某数据科技有限公司', price: 100 }, requestId: 'req-applicant-01' });
    expect(applicants.map((r) => r.ok)).toEqual([true, true]);
    expect(applicants[1].value!.applicantId).toBe(applicants[0].value!.applicantId);
    expect(count('selection_applicants')).toBe(1);
    // Refused first (no name): nothing is recorded under the id, so the corrected retry goes through.
    const bad = await post('committee.save', { caseId, member: { name: '李专家', unit: 'x'.repeat(300) }, requestId: 'req-member-0002' });
    expect(bad.ok).toBe(false);
    const good = await post('committee.save', { caseId, member: { name: '李专家' }, requestId: 'req-member-0002' });
    expect(good.ok).toBe(true);
    // An id reused for another kind of action is refused rather than answered with the wrong result.
    const mixed = await post('meetings.addItem', { caseId, meetingId, title: '另一议题', requestId: 'req-member-0002' });
    expect(mixed.error?.code).toBe('BAD_REQUEST');
  });

  it('memos.generate (rendered off the main thread): two concurrent calls with one id make one version', async () => {
    const body = { caseId, type: 'plan_opinion', inputs: { opinion: '该实施方案内容基本完整。', conclusion: '同意。' }, requestId: 'req-memo-000001' };
    const [a, b] = await Promise.all([post('memos.generate', body), post('memos.generate', body)]);
    expect(a.ok, a.error?.message).toBe(true);
    expect(b.value!.memoId).toBe(a.value!.memoId);
    expect((await app.call('memos.list', { caseId })).memos).toHaveLength(1);
  }, 120_000);
});
