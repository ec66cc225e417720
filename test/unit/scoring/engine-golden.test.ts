import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { evaluate, type Results } from '../../../shared/scoring/engine';
import { EvaluationSchema, type Evaluation } from '../../../shared/scoring/evaluation';
import { bigEvaluation } from '../../helpers/scoringSessions';

// Golden pins of the whole result of large sessions, taken from the engine before it was tuned for speed (issue 14):
// any fast path that changes one digit of one total, one finding, its order or its wording fails here. The sessions
// exercise every rule at once — missing and out-of-range scores, objective mismatches, stated totals, deviations,
// recusal, exclusion, abnormally low prices explained / invalid / pending, ties on total and price — and the
// 200 × 25 × 40 bench session itself. If the scoring law changes on purpose, re-pin with the printed digests.

function rng(seed: number) {
  return () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

function messySession(seed: number, opts: { applicants: number; members: number; criteria: number; pending: boolean }): Evaluation {
  const rnd = rng(seed);
  const pick = (p: number) => rnd() < p;
  const criteria = Array.from({ length: opts.criteria }, (_, i) => ({ id: `k${i}`, name: `评分项${i}`, group: i % 3 ? ('tech' as const) : ('business' as const), kind: i % 4 === 0 ? ('objective' as const) : ('subjective' as const), max: 70 / opts.criteria }));
  const members = Array.from({ length: opts.members }, (_, i) => ({ id: `m${i}`, name: `专家${i}`, recused: i === 2 }));
  const applicants = Array.from({ length: opts.applicants }, (_, i) => {
    const price = i % 11 === 5 ? null : i % 7 === 3 ? 40 + i / 10 : 80 + Math.round(rnd() * 40) * 0.5; // repeated prices → ties
    return {
      id: `a${i}`, name: `申报单位${i}`, price,
      excludedReason: i % 17 === 9 ? '资格审查不通过' : null,
      priceExplanation: i % 7 === 3 && (!opts.pending || i % 14 === 3) ? '书面说明' : '',
      priceInvalid: i % 21 === 10,
    };
  });
  const scores: Record<string, Record<string, Record<string, number | null>>> = {};
  const statedTotals: Record<string, Record<string, number>> = {};
  for (const m of members) {
    scores[m.id] = {};
    statedTotals[m.id] = {};
    for (const a of applicants) {
      if (pick(0.01)) continue; // a whole sheet missing
      const row: Record<string, number | null> = {};
      let sum = 0;
      for (const c of criteria) {
        if (pick(0.004)) continue; // an item left blank
        if (pick(0.002)) { row[c.id] = null; continue; }
        let v = c.kind === 'objective' && pick(0.8) ? Math.round(c.max * 70) / 100 : Math.round(c.max * (0.4 + rnd() * 0.6) * 100) / 100;
        if (pick(0.003)) v = c.max + 1; // out of range
        if (a.id === 'a1' && m.id === 'm5') v = Math.round(c.max * 10) / 100; // 畸低
        if (a.id === 'a3' && m.id === 'm7') v = c.max; // 畸高
        row[c.id] = v;
        sum += v;
      }
      scores[m.id][a.id] = row;
      if (pick(0.3)) statedTotals[m.id][a.id] = pick(0.1) ? Math.round(sum) + 1 : Math.round(sum * 100) / 100;
    }
  }
  // two applicants with identical sheets and price → a joint rank
  for (const m of members) {
    if (scores[m.id].a0) scores[m.id].a4 = { ...scores[m.id].a0 };
    else delete scores[m.id].a4;
  }
  applicants[4].price = applicants[0].price;
  return EvaluationSchema.parse({
    scheme: { name: '黄金样例', criteria: [...criteria, { id: 'price', name: '报价', group: 'price', kind: 'price', max: 30 }] },
    members, applicants, scores, statedTotals,
  });
}


const digest = (r: Results) => createHash('sha256').update(JSON.stringify(r)).digest('hex').slice(0, 32);
const kinds = (r: Results) => r.findings.reduce<Record<string, number>>((m, f) => ((m[f.kind] = (m[f.kind] ?? 0) + 1), m), {});
const run = (e: Evaluation, aggregation: 'mean' | 'trimmed') => evaluate({ ...e, options: { ...e.options, aggregation } });

describe('scoring engine: golden results of large sessions', () => {
  const messy = messySession(7, { applicants: 120, members: 9, criteria: 30, pending: false });
  const pending = messySession(11, { applicants: 40, members: 7, criteria: 12, pending: true });
  const bench = bigEvaluation();

  it('a messy 120 × 9 × 31 session, mean and trimmed', () => {
    const mean = run(messy, 'mean');
    const trimmed = run(messy, 'trimmed');
    // readable summaries first, so a failure says what moved before the digest does
    expect(kinds(mean)).toMatchInlineSnapshot(`
      {
        "arithmetic": 9,
        "deviation": 3,
        "missing": 760,
        "objective_mismatch": 633,
        "out_of_range": 88,
      }
    `);
    expect(mean.ranking.slice(0, 5)).toMatchInlineSnapshot(`
      [
        {
          "applicantId": "a3",
          "name": "申报单位3",
          "price": 40.3,
          "rank": 1,
          "recommended": false,
          "total": 81.73,
        },
        {
          "applicantId": "a24",
          "name": "申报单位24",
          "price": 42.4,
          "rank": 2,
          "recommended": false,
          "total": 77.91,
        },
        {
          "applicantId": "a17",
          "name": "申报单位17",
          "price": 41.7,
          "rank": 3,
          "recommended": false,
          "total": 77.63,
        },
        {
          "applicantId": "a45",
          "name": "申报单位45",
          "price": 44.5,
          "rank": 4,
          "recommended": false,
          "total": 76.26,
        },
        {
          "applicantId": "a66",
          "name": "申报单位66",
          "price": 46.6,
          "rank": 5,
          "recommended": false,
          "total": 74.72,
        },
      ]
    `);
    expect(mean.ranking.filter((x, i, all) => all.some((y, j) => j !== i && y.rank === x.rank)).length).toBeGreaterThan(1); // a joint rank exists
    expect(mean.complete).toBe(false);
    expect(digest(mean)).toBe('71e93f475b26cc9c407b5f49498ced22');
    expect(digest(trimmed)).toBe('2bcb009938e10726bb4de0827c006dc2');
  });

  it('a session with an undecided abnormally low price', () => {
    const r = run(pending, 'mean');
    expect(r.basePrice).toBeNull();
    expect(r.notes.length).toBeGreaterThan(0);
    expect(kinds(r)).toMatchInlineSnapshot(`
      {
        "abnormal_low_unexplained": 1,
        "arithmetic": 5,
        "deviation": 4,
        "missing": 25,
        "objective_mismatch": 78,
        "out_of_range": 3,
      }
    `);
    // The abnormally-low message names its prices with the case's unit (walk 13): 报价 …万元 低于……平均值 …万元.
    expect(r.findings.find((f) => f.kind === 'abnormal_low_unexplained')!.message).toMatch(/报价[\d.]+万元，低于其他有效报价平均值[\d.]+万元/);
    // Finding texts go into the printed report: Chinese set solid, no ASCII space beside a Chinese character (walk 21).
    expect(r.findings.filter((f) => /[\u4e00-\u9fff] | [\u4e00-\u9fff]/.test(f.message)).map((f) => f.message).slice(0, 3)).toEqual([]);
    expect(digest(r)).toBe('29606e6dfc65554b80cc24a80084500f');
    expect(digest(run(pending, 'trimmed'))).toBe('f22568517848f14ea1ea9f6eb90b7dcd');
  });

  it('the 200 × 25 × 40 bench session, mean and trimmed', () => {
    const mean = run(bench, 'mean');
    expect(kinds(mean)).toMatchInlineSnapshot(`
      {
        "objective_mismatch": 1600,
      }
    `);
    expect(mean.ranking.slice(0, 3)).toMatchInlineSnapshot(`
      [
        {
          "applicantId": "a127",
          "name": "申报单位127",
          "price": 81.18,
          "rank": 1,
          "recommended": false,
          "total": 82.66,
        },
        {
          "applicantId": "a50",
          "name": "申报单位50",
          "price": 80.7,
          "rank": 2,
          "recommended": false,
          "total": 82.45,
        },
        {
          "applicantId": "a73",
          "name": "申报单位73",
          "price": 81.04,
          "rank": 3,
          "recommended": false,
          "total": 82.35,
        },
      ]
    `);
    expect(digest(mean)).toBe('0c3300f6d88987c92315bef34062d5b0');
    expect(digest(run(bench, 'trimmed'))).toBe('ccb074c88b02e200bb97b0c7039378a7');
  });
});
