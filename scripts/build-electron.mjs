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
await build({ ...common, entryPoints: ['main/app/main.ts'], outfile: 'dist/electron/main.cjs', external: ['electron', 'better-sqlite3-multiple-ciphers', ...externalDocs, ...externalNative] });
// Heavy jobs (extraction, memo rendering, meeting packets) run in worker threads started from this file: main/services/worker.ts.
await build({ ...common, entryPoints: ['main/services/worker.entry.ts'], outfile: 'dist/electron/worker.cjs', external: ['electron', 'better-sqlite3-multiple-ciphers', ...externalDocs, ...externalNative] });
await build({ ...common, entryPoints: ['preload/index.ts'], outfile: 'dist/electron/preload.cjs', external: ['electron'] });
