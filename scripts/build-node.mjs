// Bundles the command line, the loopback host and the worker thread to dist/node as plain ES modules, so that neither a
// user nor a test waits for a TypeScript compiler (tsx compiled ~300 files at every start: 3–5 s).
// - Our own sources are bundled; every npm package stays an import of node_modules (`packages: 'external'`), loaded by
//   Node itself: the native SQLite driver, pdfmake's data files and pdfjs' cmaps resolve as they do from the sources.
// - Code splitting keeps what a command does not need out of its start: pdfjs, mammoth, pdfmake and the packet
//   composer sit behind dynamic imports and become chunks loaded on first use.
// - Chunks have content-hashed names and are written before the entry files, each entry by an atomic rename, so a
//   rebuild never pulls a file from under a running host (a lazy chunk it loads later is still there).
// `ensureNodeBuild()` rebuilds only when a source is newer than the last build: `npm run cli` works in a fresh clone
// right after `npm ci` (no install script needed) and after every `git pull`, at the cost of a stat of the sources.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const NODE_DIST = path.join(root, 'dist', 'node');
const STAMP = path.join(NODE_DIST, '.built');
export const ENTRIES = { cli: 'main/cli/index.ts', host: 'main/host/serve.ts', worker: 'main/services/worker.entry.ts' };
// Left to Node: the native SQLite driver (its binary sits in node_modules), and packages that read data files beside
// their own sources at run time (pdfmake's font metrics, pdfjs' worker, cmaps and standard fonts), and the OCR's native bindings (.node files).
const EXTERNAL = ['electron', 'better-sqlite3-multiple-ciphers', 'pdfmake', 'pdfjs-dist', '@napi-rs/canvas', 'onnxruntime-node'];
// What the bundle is made of: a change to any of these makes it stale.
const SOURCES = ['main', 'shared', 'package.json', 'scripts/build-node.mjs'];

function newestSource() {
  let newest = 0;
  const walk = (p) => {
    let st;
    try {
      st = fs.statSync(p);
    } catch {
      return;
    }
    if (st.isDirectory()) for (const name of fs.readdirSync(p)) walk(path.join(p, name));
    else if (st.mtimeMs > newest) newest = st.mtimeMs;
  };
  for (const s of SOURCES) walk(path.join(root, s));
  return newest;
}

export function isNodeBuildFresh() {
  try {
    const built = fs.statSync(STAMP).mtimeMs;
    return Object.keys(ENTRIES).every((e) => fs.existsSync(path.join(NODE_DIST, `${e}.mjs`))) && built >= newestSource();
  } catch {
    return false;
  }
}

export async function buildNode() {
  const started = Date.now();
  const { build } = await import('esbuild');
  const result = await build({
    absWorkingDir: root,
    entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([k, v]) => [k, v])),
    outdir: NODE_DIST,
    outExtension: { '.js': '.mjs' },
    entryNames: '[name]',
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: EXTERNAL,
    // CommonJS packages bundled into ES modules still call require() for Node's own modules.
    banner: { js: "import { createRequire as __rdCreateRequire } from 'node:module'; const require = __rdCreateRequire(import.meta.url);" },
    sourcemap: 'linked',
    sourcesContent: false,
    logLevel: 'warning',
    write: false,
  });
  fs.mkdirSync(path.join(NODE_DIST, 'chunks'), { recursive: true });
  const entries = [];
  for (const f of result.outputFiles) {
    if (path.dirname(f.path) === NODE_DIST) entries.push(f);
    else if (!fs.existsSync(f.path)) writeAtomic(f.path, f.contents);
  }
  for (const f of entries) writeAtomic(f.path, f.contents);
  pruneChunks(new Set(result.outputFiles.map((f) => f.path)));
  // The stamp carries the build's start time: a source saved during the build leaves the bundle stale.
  fs.writeFileSync(STAMP, '');
  fs.utimesSync(STAMP, new Date(started), new Date(started));
}

function writeAtomic(file, contents) {
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, contents);
  fs.renameSync(tmp, file);
}

/** Chunks of earlier builds, once an hour old: no process started from them can still need them. */
function pruneChunks(keep) {
  const dir = path.join(NODE_DIST, 'chunks');
  const hourAgo = Date.now() - 3600_000;
  for (const name of fs.readdirSync(dir)) {
    const p = path.join(dir, name);
    if (!keep.has(p) && fs.statSync(p).mtimeMs < hourAgo) fs.rmSync(p, { force: true });
  }
}

export async function ensureNodeBuild() {
  if (!isNodeBuildFresh()) await buildNode();
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildNode();
}
