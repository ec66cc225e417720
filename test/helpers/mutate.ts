// Mutations for the extraction fuzz test (test/integration/documents/fuzz.test.ts).
/** Deterministic PRNG (mulberry32): a failing mutant is reproduced from its seed. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One mutation of the kinds that damaged or hostile files show: flipped bytes, cuts, inserted or repeated runs. */
export function mutate(src: Buffer, seed: number): Buffer {
  const r = rng(seed);
  const at = (n = src.length) => Math.floor(r() * n);
  const b = Buffer.from(src);
  switch (seed % 5) {
    case 0: // a few flipped bytes anywhere
      for (let i = 0, n = 1 + at(8); i < n; i++) b[at()] ^= 1 << at(8);
      return b;
    case 1: // cut short
      return b.subarray(0, at());
    case 2: { // random bytes inserted
      const p = at();
      return Buffer.concat([b.subarray(0, p), Buffer.from(Array.from({ length: 1 + at(64) }, () => at(256))), b.subarray(p)]);
    }
    case 3: { // a region repeated (duplicated objects, headers)
      const p = at();
      const len = 1 + at(Math.min(4096, src.length - p));
      return Buffer.concat([b.subarray(0, p + len), b.subarray(p, p + len), b.subarray(p + len)]);
    }
    default: // a run overwritten with one value (zeroed sectors, 0xFF flash)
    {
      const p = at();
      b.fill(r() < 0.5 ? 0 : 0xff, p, Math.min(b.length, p + 1 + at(512)));
      return b;
    }
  }
}

