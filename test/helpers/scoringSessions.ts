import { EvaluationSchema, type Evaluation } from '../../shared/scoring/evaluation';

/** 200 applicants × 25 members × 40 criteria (39 scored + price), deterministic pseudo-random scores. */
export function bigEvaluation(): Evaluation {
  let seed = 42;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const criteria = Array.from({ length: 39 }, (_, i) => ({ id: `c${i}`, name: `评分项${i}`, group: 'tech' as const, kind: i % 5 === 0 ? ('objective' as const) : ('subjective' as const), max: i < 38 ? 1.75 : 3.5 })); // 38 × 1.75 + 3.5 + price 30 = 100
  const members = Array.from({ length: 25 }, (_, i) => ({ id: `m${i}`, name: `专家${i}` }));
  const applicants = Array.from({ length: 200 }, (_, i) => ({ id: `a${i}`, name: `申报单位${i}`, price: 80 + Math.round(rnd() * 4000) / 100, priceExplanation: '书面说明' }));
  const scores: Record<string, Record<string, Record<string, number>>> = {};
  for (const m of members) {
    scores[m.id] = {};
    for (const a of applicants) {
      const row: Record<string, number> = {};
      for (const c of criteria) row[c.id] = Math.round(c.max * (0.5 + rnd() * 0.5) * 100) / 100;
      scores[m.id][a.id] = row;
    }
  }
  return EvaluationSchema.parse({
    scheme: { name: 'bench', criteria: [...criteria, { id: 'price', name: '报价', group: 'price', kind: 'price', max: 30 }] },
    members, applicants, scores,
  });
}
