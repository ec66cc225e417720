// `npm run cli` / `npm run host`: runs the built JavaScript (dist/node, see build-node.mjs), building it first when it is
// missing or older than the sources. `node scripts/run-node.mjs cli --help` is what the npm scripts call.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ENTRIES, NODE_DIST, ensureNodeBuild } from './build-node.mjs';

const name = process.argv[2];
if (!(name in ENTRIES) || name === 'worker') {
  process.stderr.write(`用法：node scripts/run-node.mjs <${Object.keys(ENTRIES).filter((e) => e !== 'worker').join('|')}> [参数]\n`);
  process.exit(2);
}
try {
  await ensureNodeBuild();
} catch (e) {
  process.stderr.write(`构建命令行程序失败：${e instanceof Error ? e.message : e}\n请先运行 npm ci 安装依赖后重试。\n`);
  process.exit(1);
}
// The entry reads its own arguments from process.argv.slice(2).
process.argv.splice(2, 1);
await import(pathToFileURL(path.join(NODE_DIST, `${name}.mjs`)).href);
