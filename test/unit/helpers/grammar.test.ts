import { describe, expect, it } from 'vitest';
import { sample } from '../../helpers/grammar';

describe('grammar sample', () => {
  const slots = { who: ['甲', '乙', '丙'], modal: ['可以', '有权', '经同意后可', '不得', '应当'], act: ['提供', '转让'] };

  it('uses every value of every slot, repeats no combination, and stops at the number asked', () => {
    const got = sample(slots, 12);
    expect(got).toHaveLength(12);
    for (const [k, vs] of Object.entries(slots)) for (const v of vs) expect(got.some((c) => c[k as keyof typeof slots] === v)).toBe(true);
    expect(new Set(got.map((c) => `${c.who}|${c.modal}|${c.act}`)).size).toBe(got.length);
  });

  it('is the same on every run, and never asks for more than the slots can make', () => {
    expect(sample(slots, 20, 7)).toEqual(sample(slots, 20, 7));
    expect(sample(slots, 1000)).toHaveLength(30);
  });

  it('refuses an empty slot', () => {
    expect(() => sample({ who: [] }, 3)).toThrow(/who/);
  });
});
