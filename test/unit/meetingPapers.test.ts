import { describe, expect, it } from 'vitest';
import { minutesDoc, sentence } from '../../main/services/meetings/papers';
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
