// Child of bench/memory.bench.ts: extracts one file the way the app does (runTask → worker) in a fresh process and
// prints {"code","maxRssMb","ms"}. `root` is the checkout whose code runs, so a baseline (e.g. main) can be measured.
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [root, file] = process.argv.slice(2);
const { runTask } = await import(pathToFileURL(path.join(root, 'main', 'services', 'worker.ts')).href);
const t = performance.now();
let code = 'OK';
try {
  await runTask('documents.extract', { file, fileName: path.basename(file) });
} catch (e) {
  code = (e as { code?: string }).code ?? 'ERROR';
}
process.stdout.write(JSON.stringify({ code, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024), ms: Math.round(performance.now() - t) }) + '\n');
process.exit(0);
