import { describe, expect, it } from 'vitest';
import { committeeWarnings, memberLabel, type Member } from '../../shared/domain/committee';

const m = (id: string, over: Partial<Member> = {}): Member => ({ memberId: id, name: id, unit: '', title: '', expertNo: '', role: 'member', kind: 'expert', sort: 0, ...over });

describe('committee composition checks (87号令 art. 45, 评标委员会规定 art. 9)', () => {
  it('passes an odd committee of five experts with one chair', () => {
    expect(committeeWarnings([m('a', { role: 'chair' }), m('b'), m('c'), m('d'), m('e')])).toEqual([]);
  });
  it('warns when fewer than five, or even', () => {
    const w = committeeWarnings([m('a', { role: 'chair' }), m('b'), m('c'), m('d')]);
    expect(w.join()).toMatch(/少于 5 人/);
    expect(w.join()).toMatch(/偶数/);
  });
  it('warns when experts are under two thirds', () => {
    const w = committeeWarnings([m('a', { role: 'chair' }), m('b'), m('c'), m('d', { kind: 'purchaser_rep' }), m('e', { kind: 'purchaser_rep' })]);
    expect(w.join()).toMatch(/不足成员总数的三分之二/);
    // 4 experts of 5 is fine; 3 of 5 (60%) is not.
    expect(committeeWarnings([m('a', { role: 'chair' }), m('b'), m('c'), m('d'), m('e', { kind: 'purchaser_rep' })])).toEqual([]);
  });
  it('warns when a 采购人代表 chairs, and when there is no or more than one chair', () => {
    expect(committeeWarnings([m('a', { role: 'chair', kind: 'purchaser_rep' }), m('b'), m('c'), m('d'), m('e')]).join()).toMatch(/采购人代表不得担任评审组长/);
    expect(committeeWarnings([m('a'), m('b'), m('c'), m('d'), m('e')]).join()).toMatch(/尚未指定评审组长/);
    expect(committeeWarnings([m('a', { role: 'chair' }), m('b', { role: 'chair' }), m('c'), m('d'), m('e')]).join()).toMatch(/只能有一名/);
  });
  it('re-runs the checks without members removed by recusal', () => {
    const five = [m('a', { role: 'chair' }), m('b'), m('c'), m('d'), m('e')];
    expect(committeeWarnings(five, new Set(['e'])).join()).toMatch(/现有 4 人/);
  });
  it('labels members as they are printed', () => {
    expect(memberLabel(m('张三', { role: 'chair' }))).toBe('张三（组长）');
    expect(memberLabel(m('李四', { kind: 'purchaser_rep' }))).toBe('李四（采购人代表）');
    expect(memberLabel(m('王五'))).toBe('王五');
  });
});
