import { describe, expect, it } from 'vitest';
import { keepIfEqual } from '../../renderer/api/stable';

describe('keepIfEqual (a re-read state keeps its identity only while its content is the same)', () => {
  it('keeps the previous object when the new answer has the same content', () => {
    const prev = { ranking: [{ id: 'a', total: 81.9 }], final: true };
    expect(keepIfEqual({ ranking: [{ id: 'a', total: 81.9 }], final: true })(prev)).toBe(prev);
  });
  it('takes the new answer as soon as anything in it changed', () => {
    const prev = { ranking: [{ id: 'a', total: 81.9 }], final: true };
    const next = { ranking: [{ id: 'a', total: 82.1 }], final: true };
    expect(keepIfEqual(next)(prev)).toBe(next);
    const reordered = { ranking: [{ id: 'a', total: 81.9 }], final: false };
    expect(keepIfEqual(reordered)(prev)).toBe(reordered);
  });
  it('takes the answer when there was none', () => {
    const next = { x: 1 };
    expect(keepIfEqual<typeof next | null>(next)(null)).toBe(next);
  });
});
