// `npm run bench`: runs every bench/*.bench.ts in turn and prints one JSON object per line (DESIGN §8):
// {"name", "value", "unit", ...}, with ratios against a reference measured in the same run where one exists.
// `npm run bench -- NAME` runs only the files whose name contains NAME.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  [extra: string]: unknown;
}
export type Bench = (report: (r: BenchResult) => void) => Promise<void>;

const dir = import.meta.dirname;
const filter = process.argv[2];
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.bench.ts') && (!filter || f.includes(filter))).sort();
let failed = 0;
for (const f of files) {
  const mod = (await import(pathToFileURL(path.join(dir, f)).href)) as { default: Bench };
  try {
    await mod.default((r) => process.stdout.write(JSON.stringify({ ...r, value: Math.round(r.value * 1000) / 1000, bench: f }) + '\n'));
  } catch (e) {
    failed++;
    process.stdout.write(JSON.stringify({ name: f, error: e instanceof Error ? e.message : String(e) }) + '\n');
  }
}
process.exit(failed ? 1 : 0);
