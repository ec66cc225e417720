// Sentences generated from slots, for red-line tests that cover a clause's grammar (who acts, the modality and its
// exception, the act, the object, who receives it, the sentence's shape) rather than a list of wordings: a reading that
// holds on one combination of slot values must hold on all of them.
import { expect, it } from 'vitest';
import { raises, type RedlineCase } from './redlineCase';

export type Slots = Record<string, readonly string[]>;
export type Choice<S extends Slots> = { [K in keyof S]: string };

/** A small seeded generator (mulberry32), so a test reads the same sentences on every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Combinations of the slots' values: first enough that every value of every slot appears at least once (each slot
 * walked with its own stride, so values are not always paired the same way), then seeded random draws, `n` in all
 * (at least the covering ones). Duplicates are dropped.
 */
export function sample<S extends Slots>(slots: S, n: number, seed = 1): Choice<S>[] {
  const keys = Object.keys(slots) as (keyof S)[];
  for (const k of keys) if (slots[k].length === 0) throw new Error(`slot ${String(k)} has no values`);
  const widest = Math.max(...keys.map((k) => slots[k].length));
  const seen = new Set<string>();
  const out: Choice<S>[] = [];
  const add = (c: Choice<S>) => {
    const key = keys.map((k) => c[k]).join('\u0000');
    if (!seen.has(key)) {
      seen.add(key);
      out.push(c);
    }
  };
  for (let i = 0; i < widest; i++) {
    const c = {} as Choice<S>;
    keys.forEach((k, ki) => {
      const vs = slots[k];
      c[k] = vs[(i * (ki + 1) + ki) % vs.length];
    });
    add(c);
  }
  const rnd = seeded(seed);
  const total = keys.reduce((p, k) => p * slots[k].length, 1);
  const want = Math.min(n, total);
  for (let guard = 0; out.length < want && guard < want * 20; guard++) {
    const c = {} as Choice<S>;
    for (const k of keys) c[k] = slots[k][Math.floor(rnd() * slots[k].length)];
    add(c);
  }
  return out;
}

/** The texts `redline` reads wrongly: not raised when `fires`, raised when not. Empty when every text is read right. */
export function misread(redline: string, texts: readonly string[], fires: boolean, c?: RedlineCase): string[] {
  return texts.filter((t) => raises(redline, t, c) !== fires);
}

/** Slices of at most `n` texts (`from` counts from 1), one test each, so a loaded machine's worker answers the runner between them. */
export function inParts<T>(xs: readonly T[], n = 40): { from: number; part: T[] }[] {
  return Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => ({ from: i * n + 1, part: xs.slice(i * n, i * n + n) }));
}

/** `misread`, a few texts at a time with the event loop let run between, for one test that reads many texts. */
export async function misreadYielding(redline: string, texts: readonly string[], fires: boolean, c?: RedlineCase): Promise<string[]> {
  const out: string[] = [];
  for (let i = 0; i < texts.length; i += 8) {
    out.push(...misread(redline, texts.slice(i, i + 8), fires, c));
    await new Promise((r) => setImmediate(r));
  }
  return out;
}

/**
 * One test a part: every breach fires and every near miss stays quiet, but for the combinations a test lists as known
 * (each listed with why where it is written); a listed one that starts to read right fails the test too.
 */
export function readsGrammar(redline: string, g: { breaches: readonly string[]; nearMisses: readonly string[]; unread?: readonly string[]; misfired?: readonly string[] }) {
  const within = (known: readonly string[] = [], part: string[]) => known.filter((t) => part.includes(t)).sort();
  inParts(g.breaches).forEach(({ part }, k) =>
    it(`reads every breach combination (part ${k + 1})`, () => {
      expect(misread(redline, part, true).sort()).toEqual(within(g.unread, part));
    }));
  inParts(g.nearMisses).forEach(({ part }, k) =>
    it(`stays quiet on every near-miss combination (part ${k + 1})`, () => {
      expect(misread(redline, part, false).sort()).toEqual(within(g.misfired, part));
    }));
}
