/**
 * Exact money: amounts in 元 are read from decimal text into integer 分 (bigint), percentages into integer
 * millionths of a percent, so no binary floating point ever touches a figure that is printed (最高准许收入).
 */

const MONEY = /^-?\d{1,13}(\.\d{1,2})?$/;
const PERCENT = /^\d{1,3}(\.\d{1,6})?$/;
const PCT_SCALE = 1_000_000n;

/** "1234.5" → 123450n 分; null when it is not an amount with at most two decimals. */
export function parseYuan(s: string): bigint | null {
  const t = s.trim().replace(/[,，\s]/g, '');
  if (!MONEY.test(t)) return null;
  const neg = t.startsWith('-');
  const [i, f = ''] = t.replace('-', '').split('.');
  const v = BigInt(i) * 100n + BigInt((f + '00').slice(0, 2));
  return neg ? -v : v;
}

/** "2.35" (per cent) → 2_350_000n millionths of a per cent; null when not a plain non-negative number. */
export function parsePercent(s: string): bigint | null {
  const t = s.trim().replace(/[%％\s]/g, '');
  if (!PERCENT.test(t)) return null;
  const [i, f = ''] = t.split('.');
  return BigInt(i) * PCT_SCALE + BigInt((f + '000000').slice(0, 6));
}

/** amount × rate, rounded half up to the 分. */
export function applyPercent(fen: bigint, pct: bigint): bigint {
  const den = 100n * PCT_SCALE;
  const num = fen * pct;
  const q = num / den;
  const r = num % den;
  return r * 2n >= den ? q + 1n : q;
}

/** 123450n → "1,234.50" */
export function formatYuan(fen: bigint): string {
  const neg = fen < 0n;
  const a = neg ? -fen : fen;
  const int = (a / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${neg ? '-' : ''}${int}.${(a % 100n).toString().padStart(2, '0')}`;
}

/** 8_350_000n → "8.35" (trailing zeros dropped, at least two decimals). */
export function formatPercent(pct: bigint): string {
  const i = pct / PCT_SCALE;
  const f = (pct % PCT_SCALE).toString().padStart(6, '0').replace(/0+$/, '').padEnd(2, '0');
  return `${i}.${f}`;
}
