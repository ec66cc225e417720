// Bundles the Electron main process and preload to dist/electron. The native SQLite driver and electron itself stay
// external: the packaged app loads its Electron-ABI binary from resources/native (see scripts/package.mjs).
import { build } from 'esbuild';

const common = {
  bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: false, logLevel: 'warning',
  // Source is ESM; in the CJS bundle import.meta.url is rebuilt from __filename.
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
};
// pdfmake (pdfkit, fontkit, linebreak) reads data files beside its own sources at run time, so it cannot be bundled.
const externalDocs = ['pdfmake'];
// OCR: onnxruntime-node and @napi-rs/canvas load native binaries from their own folders (main/ocr).
const externalNative = ['onnxruntime-node', '@napi-rs/canvas'];
// The main bundle is the shell only: its import of ./backend (the services, the handlers, the contract) becomes a
// require of backend.cjs, a bundle of its own, made while the window loads (main/app/main.ts). Electron compiles the
// whole of main.cjs before it runs a line of it, so ~11 MB there cost ~0.5 s before the window could open.
const backendApart = {
  name: 'backend-apart',
  setup(b) {
    b.onResolve({ filter: /^\.\/backend$/ }, (args) => (args.importer.endsWith('main/app/main.ts') ? { path: 'backend', namespace: 'backend-apart' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'backend-apart' }, () => ({ contents: "module.exports = require('./backend.cjs');", loader: 'js' }));
  },
};
await build({ ...common, entryPoints: ['main/app/main.ts'], outfile: 'dist/electron/main.cjs', plugins: [backendApart], external: ['./backend.cjs', 'electron', 'better-sqlite3-multiple-ciphers', ...externalDocs, ...externalNative] });
await build({ ...common, entryPoints: ['main/app/backend.ts'], outfile: 'dist/electron/backend.cjs', external: ['electron', 'better-sqlite3-multiple-ciphers', ...externalDocs, ...externalNative] });
// Heavy jobs (extraction, memo rendering, meeting packets) run in worker threads started from this file: main/services/worker.ts.
await build({ ...common, entryPoints: ['main/services/worker.entry.ts'], outfile: 'dist/electron/worker.cjs', external: ['electron', 'better-sqlite3-multiple-ciphers', ...externalDocs, ...externalNative] });
await build({ ...common, entryPoints: ['preload/index.ts'], outfile: 'dist/electron/preload.cjs', external: ['electron'] });
