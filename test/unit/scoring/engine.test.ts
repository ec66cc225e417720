import { describe, expect, it } from 'vitest';
import { evaluate, aggregateCriterion } from '../../../shared/scoring/engine';
import { EvaluationSchema, type EvaluationInput } from '../../../shared/scoring/evaluation';
import { schemeProblems, round2, SchemeSchema } from '../../../shared/scoring/scheme';

const scheme = {
  name: '示例',
  criteria: [
    { id: 'A', name: '授权运营方案', group: 'tech', kind: 'subjective', max: 40 },
    { id: 'B', name: '业务技术实力', group: 'tech', kind: 'objective', max: 20 },
    { id: 'C', name: '服务响应能力', group: 'business', kind: 'subjective', max: 10 },
    { id: 'P', name: '报价', group: 'price', kind: 'price', max: 30 },
  ],
} as const;
const members = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `m${i + 1}`, name: `专家${i + 1}` }));
const run = (e: Partial<EvaluationInput>) => evaluate(EvaluationSchema.parse({ scheme, members: members(3), ...e }));
const sheet = (a: number, b: number, c: number) => ({ A: a, B: b, C: c });

describe('price score, aggregation and ranking: worked example', () => {
  // By hand: prices X 100, Y 90, Z 120 → 基准价 90 (lowest valid). Price scores: X 90/100×30 = 27, Y 30, Z 90/120×30 = 22.5.
  // Abnormally low at 20%: Y's others' mean is (100+120)/2 = 110, 110×0.8 = 88 < 90 → not flagged.
  // Members (A,B,C): X 30/15/8, 32/15/7, 34/15/9 → means 32+15+8 = 55 → 82.
  //                  Y 28/10/6, 30/10/8, 26/10/7 → 28+10+7 = 45 → 75.
  //                  Z 35/20/9, 33/20/9, 37/20/9 → 35+20+9 = 64 → 86.5.
  const r = run({
    applicants: [
      { id: 'X', name: '甲公司', price: 100 },
      { id: 'Y', name: '乙公司', price: 90 },
      { id: 'Z', name: '丙公司', price: 120 },
    ],
    scores: {
      m1: { X: sheet(30, 15, 8), Y: sheet(28, 10, 6), Z: sheet(35, 20, 9) },
      m2: { X: sheet(32, 15, 7), Y: sheet(30, 10, 8), Z: sheet(33, 20, 9) },
      m3: { X: sheet(34, 15, 9), Y: sheet(26, 10, 7), Z: sheet(37, 20, 9) },
    },
  });
  it('uses the lowest valid price as 基准价 and 基准价/报价×分值', () => {
    expect(r.basePrice).toBe(90);
    const ps = Object.fromEntries(r.applicants.map((a) => [a.applicantId, a.priceScore]));
    expect(ps).toEqual({ X: 27, Y: 30, Z: 22.5 });
    expect(r.applicants.every((a) => !a.abnormalLow)).toBe(true);
  });
  it('totals and ranks', () => {
    expect(r.ranking.map((x) => [x.applicantId, x.total, x.rank])).toEqual([['Z', 86.5, 1], ['X', 82, 2], ['Y', 75, 3]]);
    expect(r.ranking[0].recommended).toBe(true);
    expect(r.ranking[1].recommended).toBe(false);
    expect(r.findings).toEqual([]);
    expect(r.complete).toBe(true);
  });
  it('mean of the members\' totals equals the sum of the per-criterion means', () => {
    const x = r.applicants.find((a) => a.applicantId === 'X')!;
    expect(x.memberTotals).toEqual({ m1: 53, m2: 54, m3: 58 });
    expect((53 + 54 + 58) / 3 + 27).toBeCloseTo(x.total!, 9);
  });
});

describe('ties (87号令 art. 57)', () => {
  // A subjective 70 + price 30. Prices U 100, V 120, W 100 → 基准价 100: U 30, V 25, W 30.
  // Points: U 40, V 45, W 40 → totals U 70, V 70, W 70. Lower price first: U and W (100) before V (120);
  // U and W have equal total and price → joint rank 1; V is 3rd.
  const s2 = { name: 't', criteria: [{ id: 'A', name: '方案', group: 'tech', kind: 'subjective', max: 70 }, { id: 'P', name: '报价', group: 'price', kind: 'price', max: 30 }] } as const;
  it('ranks by lower price, then joint rank', () => {
    const r = evaluate(EvaluationSchema.parse({
      scheme: s2,
      members: members(1),
      options: { recommendCount: 1 },
      applicants: [{ id: 'V', name: '丁', price: 120 }, { id: 'U', name: '戊', price: 100 }, { id: 'W', name: '己', price: 100 }],
      scores: { m1: { U: { A: 40 }, V: { A: 45 }, W: { A: 40 } } },
    }));
    expect(r.ranking.map((x) => [x.applicantId, x.total, x.rank, x.recommended])).toEqual([
      ['U', 70, 1, true], ['W', 70, 1, true], ['V', 70, 3, false],
    ]);
  });
  it('compares totals rounded to 0.01', () => {
    // 基准价 300: price scores 30 and 300/301×30 = 29.9003… ; points 40.10 vs 40.20 → 70.10 vs 70.0997 → 70.10 and 70.10: tie → lower price wins.
    const r = evaluate(EvaluationSchema.parse({
      scheme: s2, members: members(1),
      applicants: [{ id: 'H', name: '庚', price: 301 }, { id: 'L', name: '辛', price: 300 }],
      scores: { m1: { L: { A: 40.1 }, H: { A: 40.2 } } },
    }));
    expect(r.ranking.map((x) => [x.applicantId, x.total, x.rank])).toEqual([['L', 70.1, 1], ['H', 70.1, 2]]);
  });
});

describe('abnormally low price (87号令 art. 60)', () => {
  // Prices 100, 100, 70: for 70 the others' mean is 100; 100×0.8 = 80 > 70 → flagged. For 100: others' mean 85 → 68 → not.
  const base = {
    options: { abnormalLowPercent: 20 },
    applicants: [{ id: 'X', name: '甲', price: 100 }, { id: 'Y', name: '乙', price: 100 }, { id: 'Z', name: '丙', price: 70 }],
    scores: Object.fromEntries(members(3).map((m) => [m.id, { X: sheet(30, 15, 8), Y: sheet(30, 15, 8), Z: sheet(30, 15, 8) }])),
  };
  it('flags it and blocks the result until explained', () => {
    const r = run(base);
    expect(r.applicants.find((a) => a.applicantId === 'Z')).toMatchObject({ abnormalLow: true, othersMeanPrice: 100 });
    expect(r.findings.map((f) => [f.kind, f.applicantId])).toEqual([['abnormal_low_unexplained', 'Z']]);
    expect(r.complete).toBe(false);
  });
  it('unexplained, it sets no 基准价, no price score, no total, no rank and nobody is recommended', () => {
    const r = run(base);
    expect(r.basePrice).toBeNull();
    expect(r.applicants.every((a) => a.priceScore === null && a.total === null && a.rank === null && !a.recommended)).toBe(true);
    expect(r.ranking).toEqual([]);
    expect(r.notes.join('')).toMatch(/丙的报价明显低于其他有效报价.*评标基准价、价格分、总分和排名待定/);
    // members' own totals (their judgement, no price) are still there for review
    expect(r.applicants[0].memberTotals.m1).toBe(53);
  });
  it('an incomplete result (a missing score) recommends nobody, though it ranks', () => {
    const r = run({ ...base, applicants: base.applicants.map((a) => (a.id === 'Z' ? { ...a, priceExplanation: '自有机房' } : a)), scores: { ...base.scores, m1: { ...base.scores.m1, X: { A: 30, B: 15 } } } });
    expect(r.complete).toBe(false);
    expect(r.ranking.length).toBe(3);
    expect(r.ranking.some((x) => x.recommended)).toBe(false);
  });
  it('with a written explanation it stays valid and sets the 基准价', () => {
    const r = run({ ...base, applicants: base.applicants.map((a) => (a.id === 'Z' ? { ...a, priceExplanation: '自有机房，成本较低' } : a)) });
    expect(r.findings).toEqual([]);
    expect(r.basePrice).toBe(70);
    expect(r.applicants.find((a) => a.applicantId === 'X')!.priceScore).toBe(21); // 70/100×30
    expect(r.complete).toBe(true);
  });
  it('ruled invalid it leaves the race and the 基准价', () => {
    const r = run({ ...base, applicants: base.applicants.map((a) => (a.id === 'Z' ? { ...a, priceInvalid: true } : a)) });
    expect(r.basePrice).toBe(100);
    expect(r.applicants.find((a) => a.applicantId === 'Z')!.status).toBe('price_invalid');
    expect(r.ranking.map((x) => x.applicantId)).toEqual(['X', 'Y']);
  });
  it('an applicant failing qualification is not scored and its price does not count', () => {
    const r = run({ ...base, applicants: base.applicants.map((a) => (a.id === 'Z' ? { ...a, excludedReason: '未提交数据安全承诺书' } : a)) });
    expect(r.basePrice).toBe(100);
    expect(r.applicants.find((a) => a.applicantId === 'Z')).toMatchObject({ status: 'excluded', reason: '未提交数据安全承诺书', total: null });
  });
});

describe('trimmed mean edge cases', () => {
  it('drops one highest and one lowest with 5 or more scores', () => {
    expect(aggregateCriterion([10, 8, 6, 7, 9], 'trimmed')).toEqual({ value: 8, n: 5, trimmed: true }); // (8+7+9)/3
  });
  it('falls back to the plain mean with fewer than 5 scores', () => {
    expect(aggregateCriterion([10, 2, 6, 6], 'trimmed')).toEqual({ value: 6, n: 4, trimmed: false });
  });
  it('all equal stays equal; duplicates of the extremes drop only one each', () => {
    expect(aggregateCriterion([7, 7, 7, 7, 7], 'trimmed').value).toBe(7);
    expect(aggregateCriterion([10, 10, 5, 5, 6], 'trimmed').value).toBeCloseTo(7, 12); // (10+5+6)/3
  });
  it('a missing score falls back to the mean of the scores there are and blocks the result', () => {
    const sc = Object.fromEntries(members(5).map((m, i) => [m.id, { X: { A: [30, 32, 34, 36, 20][i], B: 15, C: 8 } }]));
    delete (sc.m5.X as Record<string, number>).A; // 4 scores left for A: 30, 32, 34, 36 → mean 33
    const r = evaluate(EvaluationSchema.parse({ scheme: { name: 'x', criteria: [...scheme.criteria.slice(0, 3), { id: 'D', name: '其他', group: 'business', kind: 'subjective', max: 30 }] }, members: members(5), options: { aggregation: 'trimmed' }, applicants: [{ id: 'X', name: '甲' }], scores: Object.fromEntries(Object.entries(sc).map(([k, v]) => [k, { X: { ...v.X, D: 20 } }])) }));
    const a = r.applicants[0];
    expect(a.criteria.find((c) => c.criterionId === 'A')).toEqual({ criterionId: 'A', value: 33, n: 4, trimmed: false });
    expect(a.criteria.find((c) => c.criterionId === 'B')).toEqual({ criterionId: 'B', value: 15, n: 5, trimmed: true });
    expect(a.memberTotals.m5).toBeNull();
    expect(r.findings.filter((f) => f.kind === 'missing')).toHaveLength(1);
    expect(r.complete).toBe(false);
  });
  it('says so when fewer than 5 members score', () => {
    expect(run({ options: { aggregation: 'trimmed' }, applicants: [{ id: 'X', name: '甲', price: 1 }], scores: {} }).notes[0]).toContain('不足 5 人');
  });
});

describe('art. 64 checks are reported, never applied', () => {
  const appl = [{ id: 'X', name: '甲', price: 100 }];
  it('arithmetic error: a stated total that is not the sum', () => {
    const r = run({ applicants: appl, scores: { m1: { X: sheet(30, 15, 8) }, m2: { X: sheet(30, 15, 8) }, m3: { X: sheet(30, 15, 8) } }, statedTotals: { m2: { X: 54 } } });
    expect(r.findings).toMatchObject([{ kind: 'arithmetic', memberId: 'm2', value: 54, reference: 53 }]);
    expect(r.applicants[0].total).toBe(83); // computed from the items, not the stated total
  });
  it('out of range', () => {
    const r = run({ applicants: appl, scores: { m1: { X: sheet(45, 15, 8) }, m2: { X: sheet(30, 15, -1) }, m3: { X: sheet(30, 15, 8) } } });
    expect(r.findings.filter((f) => f.kind === 'out_of_range').map((f) => [f.kind, f.memberId, f.criterionId, f.value])).toEqual([['out_of_range', 'm1', 'A', 45], ['out_of_range', 'm2', 'C', -1]]);
  });
  it('members disagreeing on an objective criterion (not on a subjective one)', () => {
    const r = run({ applicants: appl, scores: { m1: { X: sheet(30, 15, 8) }, m2: { X: sheet(31, 14, 8) }, m3: { X: sheet(32, 15, 8) } } });
    expect(r.findings.map((f) => [f.kind, f.criterionId])).toEqual([['objective_mismatch', 'B']]);
  });
  it('an objective mismatch or an out-of-range score keeps the result from being final (art. 64: corrected first)', () => {
    const two = [{ id: 'X', name: '甲', price: 100 }, { id: 'Y', name: '乙', price: 110 }];
    const ok = { m1: { X: sheet(30, 15, 8), Y: sheet(25, 12, 8) }, m2: { X: sheet(31, 15, 8), Y: sheet(26, 12, 8) }, m3: { X: sheet(32, 15, 8), Y: sheet(27, 12, 8) } };
    expect(run({ applicants: two, scores: ok })).toMatchObject({ complete: true, ranking: [{ applicantId: 'X', recommended: true }, { applicantId: 'Y' }] });
    const mismatch = run({ applicants: two, scores: { ...ok, m2: { ...ok.m2, X: sheet(31, 14, 8) } } });
    expect(mismatch.findings.map((f) => f.kind)).toEqual(['objective_mismatch']);
    expect(mismatch.complete).toBe(false);
    expect(mismatch.ranking.some((r) => r.recommended)).toBe(false);
    const range = run({ applicants: two, scores: { ...ok, m3: { ...ok.m3, Y: sheet(27, 12, 11) } } });
    expect(range.findings.map((f) => f.kind)).toEqual(['out_of_range']);
    expect(range.complete).toBe(false);
  });
  it('a total abnormally far from the others (configurable deviation)', () => {
    // Totals 50, 52, 48, 50, 30 (A varies; B 15, C 5 fixed). For 30: others' mean 50, |30−50| = 20 > 50×20% = 10 → flagged.
    // For 52: others' mean (50+48+50+30)/4 = 44.5, 7.5 < 8.9 → not flagged.
    const tot = [50, 52, 48, 50, 30];
    const sc = Object.fromEntries(members(5).map((m, i) => [m.id, { X: sheet(tot[i] - 20, 15, 5) }]));
    const r = evaluate(EvaluationSchema.parse({ scheme, members: members(5), applicants: appl, scores: sc }));
    expect(r.findings.map((f) => [f.kind, f.memberId, f.value, f.reference])).toEqual([['deviation', 'm5', 30, 50]]);
    const loose = evaluate(EvaluationSchema.parse({ scheme, members: members(5), options: { deviationPercent: 50 }, applicants: appl, scores: sc }));
    expect(loose.findings).toEqual([]);
  });
  it('recused members do not count', () => {
    const r = evaluate(EvaluationSchema.parse({ scheme, members: [...members(3), { id: 'm4', name: '回避者', recused: true }], applicants: appl, scores: { m1: { X: sheet(30, 15, 8) }, m2: { X: sheet(30, 15, 8) }, m3: { X: sheet(30, 15, 8) }, m4: { X: sheet(0, 0, 0) } } }));
    expect(r.activeMemberIds).toEqual(['m1', 'm2', 'm3']);
    expect(r.applicants[0].total).toBe(83);
  });
});

describe('scheme', () => {
  it('must total 100 and keep price in the price group', () => {
    expect(schemeProblems(SchemeSchema.parse(scheme))).toEqual([]);
    const bad = SchemeSchema.parse({ name: 'x', criteria: [{ id: 'A', name: '方案', group: 'tech', kind: 'subjective', max: 60 }, { id: 'P', name: '报价', group: 'tech', kind: 'price', max: 30 }] });
    expect(schemeProblems(bad)).toEqual(['评分项满分合计为 90 分，应为 100 分。', '评分项“报价”：价格分只能属于“价格”组，“价格”组只能是价格分。']);
  });
  it('rounds half away from zero to 0.01', () => {
    expect(round2(1.005)).toBe(1.01);
    expect(round2(2.675)).toBe(2.68);
    expect(round2(22.5)).toBe(22.5);
  });
});
