import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../shared/domain/canonical';

describe('canonicalJson', () => {
  it('sorts keys at every depth, drops undefined members and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: null, y: '专家' }], c: undefined } })).toBe('{"a":{"d":[3,{"y":"专家","z":null}]},"b":1}');
  });
  it('gives the same text for the same value built in another order', () => {
    expect(canonicalJson({ x: 1, y: { p: true, q: 'a' } })).toBe(canonicalJson({ y: { q: 'a', p: true }, x: 1 }));
  });
  it('is a fixed point of JSON.parse, so a stored text can be re-checked', () => {
    const t = canonicalJson({ kind: 'scores', body: { sheet: [{ s: 12.5 }] }, at: '2026-12-01T00:00:00Z' });
    expect(canonicalJson(JSON.parse(t))).toBe(t);
  });
  it('refuses values JSON cannot carry faithfully', () => {
    expect(() => canonicalJson({ a: Number.NaN })).toThrow();
    expect(() => canonicalJson(undefined)).toThrow();
  });
});
