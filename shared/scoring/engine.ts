import { round2, priceCriterion } from './scheme';
import { priceText, type Evaluation, type PriceUnit } from './evaluation';
import type { Criterion } from './scheme';

export type FindingKind = 'arithmetic' | 'out_of_range' | 'objective_mismatch' | 'deviation' | 'missing' | 'abnormal_low_unexplained';

/** What art. 64 lets the committee correct (and what blocks a final result). Shown, never applied by the app. */
export const FINDING_LABELS: Record<FindingKind, string> = {
  arithmetic: '汇总计算错误',
  out_of_range: '分项评分超出评分标准规定的分值范围',
  objective_mismatch: '客观评审因素评分不一致',
  deviation: '评分畸高、畸低',
  missing: '评分缺项',
  abnormal_low_unexplained: '报价明显低于其他报价且未作书面说明',
};

export interface Finding {
  kind: FindingKind;
  applicantId: string;
  memberId?: string;
  criterionId?: string;
  value?: number;
  /** For deviation: the others' mean; for arithmetic: the correct sum. */
  reference?: number;
  message: string;
}

export interface CriterionResult {
  criterionId: string;
  /** Aggregated points for this criterion (unrounded). */
  value: number;
  /** Scores that went in. */
  n: number;
  /** True when one highest and one lowest were dropped. */
  trimmed: boolean;
}

export type ApplicantStatus = 'scored' | 'excluded' | 'price_invalid';

export interface ApplicantResult {
  applicantId: string;
  name: string;
  status: ApplicantStatus;
  reason: string | null;
  price: number | null;
  priceScore: number | null;
  abnormalLow: boolean;
  /** Mean of the other valid prices the abnormally-low test compared against. */
  othersMeanPrice: number | null;
  priceExplanation: string;
  criteria: CriterionResult[];
  /** Each active member's own total for this applicant (non-price items), null when incomplete. */
  memberTotals: Record<string, number | null>;
  /** Final total, rounded to 0.01; null when not scored, or while an abnormally low price is undecided (no 基准价). */
  total: number | null;
  rank: number | null;
  recommended: boolean;
}

export interface Results {
  basePrice: number | null;
  priceCriterionId: string | null;
  activeMemberIds: string[];
  applicants: ApplicantResult[];
  /** Scored applicants, best first. */
  ranking: { rank: number; applicantId: string; name: string; total: number; price: number | null; recommended: boolean }[];
  findings: Finding[];
  /**
   * True when nothing blocks the result: no missing scores, every abnormally low price explained or ruled invalid, no
   * objective item scored differently by members and no score out of range (art. 64: corrected before signing).
   * While false, nobody is `recommended`, and every output of the result says it is not final.
   */
  complete: boolean;
  notes: string[];
}

const EPS = 0.005;

/**
 * What keeps a result from being final. Besides gaps and an undecided low price, the two art. 64 errors that are plain
 * facts, not judgement: an objective item scored differently by members (it has one right value) and a score outside the
 * item's range. Both must be corrected (and recorded) before the result is signed; 汇总计算错误 does not block (the total
 * is the sum of the items anyway) and 畸高畸低 is the committee's call, so both stay warnings.
 */
const BLOCKING: ReadonlySet<FindingKind> = new Set<FindingKind>(['missing', 'abnormal_low_unexplained', 'objective_mismatch', 'out_of_range']);

/**
 * Aggregates, checks and ranks a whole evaluation (DOMAIN §5). Pure and deterministic; the service, the CLI and the
 * bench all go through here.
 * - Price (87号令 art. 55, 低价优先法): 基准价 = the lowest valid price; score = 基准价 / 报价 × 价格分值. No price is dropped.
 * - Abnormally low (art. 60): below the mean of the other valid prices by more than `abnormalLowPercent`.
 * - Members' points: mean of each criterion over the active members (so the sum equals the mean of their totals), or
 *   per criterion dropping one highest and one lowest when at least 5 scores exist.
 * - Ties (art. 57): equal totals (to 0.01) rank by lower price; equal price too → the same (joint) rank.
 */
export function evaluate(e: Evaluation): Results {
  const { scheme, options } = e;
  const pc = priceCriterion(scheme);
  const scored = scheme.criteria.filter((c) => c.kind !== 'price');
  const active = e.members.filter((m) => !m.recused);
  const findings: Finding[] = [];
  const notes: string[] = [];
  const memberName = new Map(e.members.map((m) => [m.id, m.name]));

  // ---- price ----
  const inRace = e.applicants.filter((a) => !a.excludedReason);
  const priced = pc ? inRace.filter((a) => a.price != null) : [];
  const abnormal = new Map<string, number>();
  if (pc && priced.length >= 2) {
    const sum = priced.reduce((s, a) => s + a.price!, 0);
    for (const a of priced) {
      const othersMean = (sum - a.price!) / (priced.length - 1);
      if (a.price! < othersMean * (1 - options.abnormalLowPercent / 100)) abnormal.set(a.id, othersMean);
    }
  }
  const validPriced = priced.filter((a) => !a.priceInvalid);
  // An abnormally low price nobody has explained yet may turn out valid (it then sets the 基准价) or invalid (it leaves
  // the race): until the committee decides, the 基准价, every price score and so every total are undetermined.
  const pendingPrice = validPriced.filter((a) => abnormal.has(a.id) && !a.priceExplanation.trim());
  const validPrices = validPriced.map((a) => a.price!);
  const basePrice = pc && validPrices.length && !pendingPrice.length ? Math.min(...validPrices) : null;
  if (pendingPrice.length) notes.push(`${pendingPrice.map((a) => a.name).join('、')}的报价明显低于其他有效报价，尚未记录书面说明或认定投标无效：评标基准价、价格分、总分和排名待定（87号令第六十条）。`);

  const results: ApplicantResult[] = e.applicants.map((a) => {
    const base: ApplicantResult = {
      applicantId: a.id, name: a.name, status: 'scored', reason: null, price: a.price, priceScore: null,
      abnormalLow: abnormal.has(a.id), othersMeanPrice: abnormal.get(a.id) ?? null, priceExplanation: a.priceExplanation,
      criteria: [], memberTotals: {}, total: null, rank: null, recommended: false,
    };
    if (a.excludedReason) return { ...base, status: 'excluded', reason: a.excludedReason };
    if (pc && a.priceInvalid) return { ...base, status: 'price_invalid', reason: '报价明显低于其他有效报价，未能合理说明，按无效投标处理（87号令第六十条）。' };
    if (pc && a.price == null) return { ...base, status: 'price_invalid', reason: '未填报价（评分办法含价格分）。' };
    if (abnormal.has(a.id) && !a.priceExplanation.trim()) {
      findings.push({ kind: 'abnormal_low_unexplained', applicantId: a.id, value: a.price!, reference: abnormal.get(a.id)!, message: `${a.name}报价${priceText(a.price, options.priceUnit)}，低于其他有效报价平均值${priceText(abnormal.get(a.id)!, options.priceUnit)}的${100 - options.abnormalLowPercent}%，需记录其书面说明，或认定投标无效。` });
    }
    return base;
  });

  // ---- members' points ----
  const g = newGrid(scored, active, active.map((m) => memberName.get(m.id)!), e.scores);
  for (const r of results) {
    if (r.status !== 'scored') continue;
    readSheets(g, r.applicantId);
    let total = scoreCriteria(g, r, options.aggregation, findings);
    checkMembers(g, r, e.statedTotals, options.deviationPercent, findings);
    if (pc && pendingPrice.length) continue; // total undetermined until the price is decided
    if (pc && basePrice != null && r.price != null) {
      r.priceScore = (basePrice / r.price) * pc.max;
      total += r.priceScore;
    }
    r.total = round2(total);
  }
  if (options.aggregation === 'trimmed' && active.length < 5) notes.push(`有效评审成员 ${active.length} 人，不足 5 人，各项按算术平均计算。`);

  // ---- ranking ----
  const complete = !findings.some((f) => BLOCKING.has(f.kind)) && results.some((r) => r.status === 'scored') && active.length > 0;
  const ranked = rank(results, complete, options.recommendCount);
  return {
    basePrice,
    priceCriterionId: pc?.id ?? null,
    activeMemberIds: active.map((m) => m.id),
    applicants: results,
    ranking: ranked.map((r) => ({ rank: r.rank!, applicantId: r.applicantId, name: r.name, total: r.total!, price: r.price, recommended: r.recommended })),
    findings,
    complete,
    notes,
  };
}

// The hot part of the 200 × 25 × 40 bench lives in the small functions below rather than inside `evaluate`: V8
// optimises and re-optimises a small function cheaply, while one large function kept being deoptimised and recompiled
// (hundreds of ms of compiler time each), and ran unoptimised meanwhile, boxing every number it touched.

type EvalMember = Evaluation['members'][number];

/** One applicant's scores as a flat criterion × member grid (NaN = missing), so each criterion's scores sit side by side. */
interface Grid {
  nm: number;
  nc: number;
  scored: Criterion[];
  critIds: string[];
  active: EvalMember[];
  activeNames: string[];
  memberSheets: (Record<string, Record<string, number | null>> | undefined)[];
  cells: Float64Array;
  col: Float64Array;
  /** Scores repeat (0.01 steps): each member's "name score" text is made once per distinct score. */
  printed: Map<number, string>[];
  unscored: string[];
  parts: string[];
}

function newGrid(scored: Criterion[], active: EvalMember[], activeNames: string[], scores: Evaluation['scores']): Grid {
  const nm = active.length;
  const nc = scored.length;
  return {
    nm, nc, scored, critIds: scored.map((c) => c.id), active, activeNames,
    memberSheets: active.map((m) => scores[m.id]),
    cells: new Float64Array(nc * nm), col: new Float64Array(nm),
    printed: active.map(() => new Map<number, string>()),
    unscored: activeNames.map((name) => `${name}未评`),
    parts: new Array<string>(nm),
  };
}

/**
 * Fills the grid from the members' sheets. A sheet built key by key (zod's record parser, the service) is, past a
 * dozen criteria, a dictionary-mode object: a lookup per criterion was 3× faster than walking its keys.
 */
function readSheets(g: Grid, applicantId: string) {
  const { nm, nc, critIds, cells } = g;
  cells.fill(NaN);
  for (let mi = 0; mi < nm; mi++) {
    const sheet = g.memberSheets[mi]?.[applicantId];
    if (!sheet) continue;
    for (let ci = 0; ci < nc; ci++) {
      const v = sheet[critIds[ci]];
      if (v != null) cells[ci * nm + mi] = v;
    }
  }
}

/** Aggregates each criterion into `r.criteria`, with the missing, out-of-range and objective-mismatch findings; returns the sum. */
function scoreCriteria(g: Grid, r: ApplicantResult, how: 'mean' | 'trimmed', findings: Finding[]): number {
  const { nm, nc, cells, col, active, activeNames } = g;
  let total = 0;
  for (let ci = 0; ci < nc; ci++) {
    const c = g.scored[ci];
    const row = ci * nm;
    let n = 0;
    for (let mi = 0; mi < nm; mi++) {
      const v = cells[row + mi];
      if (Number.isNaN(v)) {
        findings.push({ kind: 'missing', applicantId: r.applicantId, memberId: active[mi].id, criterionId: c.id, message: `${activeNames[mi]}未对${r.name}的“${c.name}”评分。` });
        continue;
      }
      if (!(v >= 0 && v <= c.max)) {
        findings.push({ kind: 'out_of_range', applicantId: r.applicantId, memberId: active[mi].id, criterionId: c.id, value: v, reference: c.max, message: `${activeNames[mi]}对${r.name}的“${c.name}”评${v}分，超出0～${c.max}分的范围。` });
      }
      col[n++] = v;
    }
    const cr = aggregateCriterion(n === nm ? col : col.subarray(0, n), how);
    r.criteria.push({ criterionId: c.id, value: cr.value, n: cr.n, trimmed: cr.trimmed });
    total += cr.value;
    if (c.kind === 'objective') {
      let differ = false;
      for (let k = 1; k < n && !differ; k++) differ = Math.abs(col[k] - col[0]) > 1e-9;
      if (differ) findings.push({ kind: 'objective_mismatch', applicantId: r.applicantId, criterionId: c.id, message: `${r.name}的客观评审项“${c.name}”各成员评分不一致：${scoreList(g, row)}。` });
    }
  }
  return total;
}

function scoreList(g: Grid, row: number): string {
  const { nm, cells, parts, printed } = g;
  for (let mi = 0; mi < nm; mi++) {
    const v = cells[row + mi];
    if (Number.isNaN(v)) {
      parts[mi] = g.unscored[mi];
      continue;
    }
    let t = printed[mi].get(v);
    if (t === undefined) printed[mi].set(v, (t = `${g.activeNames[mi]}${v}分`));
    parts[mi] = t;
  }
  return parts.join('，');
}

// Finding texts are printed in the report: Chinese set solid, no ASCII spaces around names and numbers.
/** Each member's own total, the arithmetic check against the stated total, and 畸高畸低 against the others' mean. */
function checkMembers(g: Grid, r: ApplicantResult, statedTotals: Evaluation['statedTotals'], deviationPercent: number, findings: Finding[]) {
  const { nm, nc, cells, active, activeNames } = g;
  let whole = 0;
  let sum = 0;
  for (let mi = 0; mi < nm; mi++) {
    const m = active[mi];
    let t = 0;
    for (let ci = 0; ci < nc; ci++) t += cells[ci * nm + mi];
    if (Number.isNaN(t)) {
      r.memberTotals[m.id] = null;
      continue;
    }
    r.memberTotals[m.id] = t;
    const stated = statedTotals[m.id]?.[r.applicantId];
    if (stated != null && Math.abs(stated - t) > EPS) {
      findings.push({ kind: 'arithmetic', applicantId: r.applicantId, memberId: m.id, value: stated, reference: round2(t), message: `${activeNames[mi]}对${r.name}填写的合计${stated}分与各项之和${round2(t)}分不符。` });
    }
  }
  for (let mi = 0; mi < nm; mi++) {
    const t = r.memberTotals[active[mi].id];
    if (t == null) continue;
    sum += t;
    whole++;
  }
  // 畸高畸低: a member's total against the mean of the others' totals (read back by id, as the result states them)
  if (whole < 3) return;
  for (let mi = 0; mi < nm; mi++) {
    const t = r.memberTotals[active[mi].id];
    if (t == null) continue;
    const others = (sum - t) / (whole - 1);
    if (others > 0 && Math.abs(t - others) > others * (deviationPercent / 100)) {
      findings.push({ kind: 'deviation', applicantId: r.applicantId, memberId: active[mi].id, value: round2(t), reference: round2(others), message: `${activeNames[mi]}对${r.name}的评分合计${round2(t)}分${t > others ? '畸高' : '畸低'}：其他成员平均${round2(others)}分，偏离超过${deviationPercent}%。` });
    }
  }
}

/** Ties (art. 57): equal totals rank by lower price; equal price too → the same (joint) rank. */
function rank(results: ApplicantResult[], complete: boolean, recommendCount: number): ApplicantResult[] {
  const ranked = results.filter((r) => r.status === 'scored' && r.total != null).sort((a, b) => b.total! - a.total! || cmpPrice(a.price, b.price));
  ranked.forEach((r, i) => {
    const prev = ranked[i - 1];
    r.rank = prev && prev.total === r.total && prev.price === r.price ? prev.rank : i + 1;
    // Nothing is recommended while the result is incomplete: a 推荐 tag must never look final when it is not.
    r.recommended = complete && r.rank! <= recommendCount;
  });
  return ranked;
}

/**
 * A joint rank at the last recommended place (art. 57 ranks equal total and equal price jointly and goes no further)
 * makes more 推荐 than the case asked for. Said in words wherever the ranking is shown or printed, so that two 推荐 for
 * one place never pass unremarked; how to choose between them is for the selection documents, not for the committee
 * to settle by changing scores. Null when the recommended fit the number asked for.
 */
export function tieAtCut(ranking: Results['ranking'], recommendCount: number, unit: PriceUnit = '万元'): string | null {
  const rec = ranking.filter((r) => r.recommended);
  if (rec.length <= recommendCount) return null;
  const last = rec[rec.length - 1];
  const tied = rec.filter((r) => r.rank === last.rank);
  const same = `总分均为 ${last.total.toFixed(2)} 分${last.price != null ? `、报价均为 ${priceText(last.price, unit)}` : ''}`;
  return `${tied.map((r) => r.name).join('、')}${same}，并列第${last.rank}名（87号令第五十七条），推荐的候选运营机构因此为 ${rec.length} 家，多于设定的 ${recommendCount} 家；并列者之间如何确定，按遴选文件的规定办理，不得以改动评分的方式确定。`;
}

const cmpPrice = (a: number | null, b: number | null) => (a ?? Infinity) - (b ?? Infinity) || 0;

/** One criterion over the members' scores: plain mean, or (trimmed, n ≥ 5) without one highest and one lowest. */
export function aggregateCriterion(values: ArrayLike<number>, how: 'mean' | 'trimmed'): { value: number; n: number; trimmed: boolean } {
  const n = values.length;
  if (n === 0) return { value: 0, n: 0, trimmed: false };
  let sum = 0;
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    sum += v;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (how === 'trimmed' && n >= 5) return { value: (sum - lo - hi) / (n - 2), n, trimmed: true };
  return { value: sum / n, n, trimmed: false };
}

