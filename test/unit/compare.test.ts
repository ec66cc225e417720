import { describe, expect, it } from 'vitest';
import { compareDocuments, diffWords, segmentWords } from '../../shared/document/compare';
import { buildDocument } from '../../shared/document/build';

const doc = (lines: string[]) => buildDocument(lines.map((text) => ({ kind: 'text' as const, text })), { format: 'txt', fileName: 'x.txt' });

describe('version comparison', () => {
  it('segments Chinese into words', () => {
    expect(segmentWords('授权运营期限为五年').length).toBeGreaterThan(3);
    expect(segmentWords('授权运营期限为五年').join('')).toBe('授权运营期限为五年');
  });

  it('diffs at word granularity, not character by character', () => {
    const parts = diffWords('收费标准由运营单位自行确定。', '收费标准由价格主管部门核定。');
    expect(parts.map((p) => p.op)).toEqual([0, -1, 1, 0]);
    expect(parts[0].text).toBe('收费标准由');
    expect(parts.filter((p) => p.op !== 1).map((p) => p.text).join('')).toBe('收费标准由运营单位自行确定。');
    expect(parts.filter((p) => p.op !== -1).map((p) => p.text).join('')).toBe('收费标准由价格主管部门核定。');
  });

  it('treats a renumbered section as the same section, and reports changed, added and removed sections', () => {
    const before = doc(['一、总体要求', '正文甲。', '（一）原则', '原则正文。', '（二）目标', '目标正文。', '（三）期限', '期限为五年。']);
    const after = doc(['一、总体要求', '正文甲。', '（一）目标', '目标正文。', '（二）期限', '期限为三年。', '（三）监督', '接受社会监督。']);
    const d = compareDocuments(before, after);
    expect(d.summary).toEqual({ changed: 1, added: 1, removed: 1, same: 2 });
    const byStatus = (s: string) => d.sections.filter((x) => x.status === s).map((x) => x.title);
    expect(byStatus('removed')).toEqual(['（一）原则']);
    expect(byStatus('added')).toEqual(['（三）监督']);
    expect(byStatus('changed')).toEqual(['（二）期限']);
    const changed = d.sections.find((x) => x.status === 'changed')!;
    expect(changed).toMatchObject({ beforeTitle: '（三）期限', parents: ['一、总体要求'] });
    expect(changed.rows[0]).toMatchObject({ status: 'changed', before: '期限为五年。', after: '期限为三年。' });
  });

  it('finds no change between identical versions', () => {
    const a = doc(['一、总则', '内容。']);
    expect(compareDocuments(a, a).summary).toEqual({ changed: 0, added: 0, removed: 0, same: 1 });
  });
});
