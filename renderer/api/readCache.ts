import type { AppContract, MethodName, RequestOf, ResponseOf } from '../../shared/api/index';
import { onRequestDone, request } from './client';
import { changesNothing } from './reads';

/**
 * The last answers of a few heavy reads (a document's text, the selection results), so that opening the same thing
 * again shows it at once instead of asking the host and parsing the answer again. Any call that may change a case
 * (every call but the plain reads, renderer/api/reads.ts) empties it, so what it returns is what the host would
 * answer now. Long jobs that change a document (OCR) report their end to the screen that shows it, which then reads
 * afresh (`fresh`). A few entries only: a 40-page document's text is a few hundred KB.
 */
const LIMIT = 6;
const cache = new Map<string, unknown>();
let generation = 0;
onRequestDone((method) => {
  if (changesNothing(method)) return;
  cache.clear();
  generation++;
});

const keyOf = (name: string, req: unknown) => `${name}\u0000${JSON.stringify(req ?? {})}`;

/** The cached answer, if there is one (for a first render without a loading state). */
export function peekRead<K extends MethodName>(name: K, req: RequestOf<AppContract[K]>): ResponseOf<AppContract[K]> | undefined {
  return cache.get(keyOf(name, req)) as ResponseOf<AppContract[K]> | undefined;
}

/** The cached answer, or the host's (then kept); `fresh` always asks the host. */
export async function cachedRead<K extends MethodName>(name: K, req: RequestOf<AppContract[K]>, fresh = false): Promise<ResponseOf<AppContract[K]>> {
  const key = keyOf(name, req);
  if (!fresh && cache.has(key)) return cache.get(key) as ResponseOf<AppContract[K]>;
  const g = generation;
  const value = await request(name, req);
  if (g === generation) {
    cache.delete(key);
    cache.set(key, value);
    while (cache.size > LIMIT) cache.delete(cache.keys().next().value!);
  }
  return value;
}
