/**
 * What every reader asks of the same texts (their sentences, their reading as background, a name made plain) is worked
 * out once and kept. Bounded: a long session reviewing many documents does not grow it without end.
 */
const BOUND = 20_000;
export function kept<V>(cache: Map<string, V>, key: string, work: () => V): V {
  const known = cache.get(key);
  if (known !== undefined) return known;
  if (cache.size > BOUND) cache.clear();
  const value = work();
  cache.set(key, value);
  return value;
}
