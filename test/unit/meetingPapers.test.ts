import { describe, expect, it } from 'vitest';
import { coverDoc, minutesDoc, sentence } from '../../main/services/meetings/papers';
import type { Item, Meeting, MeetingRecord } from '../../shared/domain/meeting';

// Walk 8c: 决定事项 typed as a sentence, "同意该方案，报市政府。", printed in the 纪要 as "…报市政府。。".
describe('纪要 text', () => {
  it('closes a typed decision with one 。', () => {
    expect(sentence('同意该方案')).toBe('同意该方案。');
    expect(sentence('同意该方案，报市政府。')).toBe('同意该方案，报市政府。');
    expect(sentence(' 暂缓审议！ ')).toBe('暂缓审议！');
  });

  it('prints the decision text of an item once punctuated', () => {
    const meeting = { meetingId: 'm', name: '2026年第12次党组会', kind: 'party_group', date: '2026-12-03', place: '第一会议室', chair: '王局长', members: ['王局长'], attendees: [], recorder: '张秘书', secrecy: 'internal', explanationLimit: 1500, status: 'held', version: 1 } as unknown as Meeting;
    const item = { itemId: 'i', approval: { title: '关于实施方案的议题', proposingUnit: '县数据局' } } as unknown as Item;
    const record = { startedAt: '', present: ['王局长'], absent: [], attending: [], items: [{ itemId: 'i', recusals: [], positions: [], dissent: '', decision: 'passed', decisionText: '同意该方案，报市政府。' }] } as unknown as MeetingRecord;
    const text = JSON.stringify(minutesDoc(meeting, [item], record, '县数据局').blocks);
    expect(text).toContain('同意该方案，报市政府。');
    expect(text).not.toContain('。。');
  });
});

// Walk 21b: "…2026年第5次党组会议党组会纪要", a blank "〔2026〕第 期", and "内部★会后收回" on the cover.
describe('纪要 版头 and the packet cover', () => {
  const meeting = { meetingId: 'm', name: '市数据和政务服务局2026年第5次党组会议', kind: 'party_group', date: '2026-12-10', place: '第一会议室', chair: '马志远', members: ['马志远'], attendees: [], recorder: '刘秘书', secrecy: 'internal', explanationLimit: 1500, status: 'held', version: 1 } as unknown as Meeting;
  const record = { startedAt: '', present: ['马志远'], absent: [], attending: [], items: [] } as unknown as MeetingRecord;
  const items = [{ itemId: 'i', approval: { title: '关于实施方案的议题', proposingUnit: '市数据局' } }] as unknown as Item[];

  it('names the meeting once in the 纪要标志', () => {
    expect(minutesDoc(meeting, items, record, meeting.name).masthead!.mark).toBe('市数据和政务服务局2026年第5次党组会议纪要');
    expect(minutesDoc(meeting, items, record, '市数据局党组会').masthead!.mark).toBe('市数据局党组会纪要');
    expect(minutesDoc(meeting, items, record, '市数据局').masthead!.mark).toBe('市数据局党组会纪要');
  });

  it('prints the 期号 given, and no 期号 line at all without one', () => {
    expect(minutesDoc(meeting, items, record, '市数据局', 5).masthead?.lines?.[0]).toBe('〔2026〕第5期');
    const lines = minutesDoc(meeting, items, record, '市数据局').masthead?.lines ?? [];
    expect(lines).toHaveLength(1);
    expect(lines.join('')).not.toContain('期');
  });

  it('keeps ★ off the cover: 会后收回 is no 保密期限', () => {
    const cover = coverDoc(meeting, []);
    expect(`${cover.secrecy}${cover.urgency}`).not.toContain('★');
    expect(cover.urgency).toBe('内部\u3000会后收回');
  });
});

// Brief s23: the 纪要 of a meeting with no agenda items read "研究了等事项".
describe('纪要 of a meeting without 议题', () => {
  const meeting = { meetingId: 'm', name: '2026年第12次党组会', kind: 'party_group', date: '2026-12-04', place: '第一会议室', chair: '王局长', members: ['王局长'], attendees: [], recorder: '张秘书', secrecy: 'internal', explanationLimit: 1500, status: 'held', version: 1 } as unknown as Meeting;
  const record = { startedAt: '', present: ['王局长'], absent: [], attending: [], items: [] } as unknown as MeetingRecord;

  it('is refused, saying why and what to do', () => {
    expect(() => minutesDoc(meeting, [], record, '市数据局')).toThrow(expect.objectContaining({ code: 'MEETING_EMPTY_AGENDA', message: expect.stringContaining('没有列入议程的议题') }));
  });

  it('names every item it studied, and never an empty list', () => {
    const items = ['关于甲方案的议题', '关于乙协议的议题'].map((title, i) => ({ itemId: `i${i}`, approval: { title, proposingUnit: '市数据局' } })) as unknown as Item[];
    const first = minutesDoc(meeting, items, record, '市数据局').blocks[0] as { text: string };
    expect(first.text).toContain('研究了关于甲方案的议题、关于乙协议的议题等事项');
    expect(first.text).not.toMatch(/研究了等|、、/);
  });
});
