import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NODE_DIST } from '../../scripts/build-node.mjs';

/**
 * What the built CLI loads to run `extract` on a TXT, read from the bundle itself (dist/node, built by
 * test/globalSetup.ts): the entry's static imports, then the lazy chunks that path imports, each with its own static
 * imports. esbuild heads every module it bundles with a `// path` comment, which names what a chunk holds.
 */
const STATIC = /\bfrom\s*"(\.\.?\/[^"]+)"|\bimport\s*"(\.\.?\/[^"]+)"/g;
const DYNAMIC = /\bimport\("(\.\.?\/[^"]+)"\)/g;

function closure(files: string[]): Set<string> {
  const seen = new Set<string>();
  const todo = [...files];
  while (todo.length) {
    const f = todo.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    for (const m of fs.readFileSync(f, 'utf8').matchAll(STATIC)) todo.push(path.resolve(path.dirname(f), m[1] ?? m[2]));
  }
  return seen;
}

/** The chunk a file of `files` imports lazily whose name starts with `name-`. */
function lazyChunk(files: Set<string>, name: string): string {
  for (const f of files) {
    for (const m of fs.readFileSync(f, 'utf8').matchAll(DYNAMIC)) if (path.basename(m[1]).startsWith(`${name}-`)) return path.resolve(path.dirname(f), m[1]);
  }
  throw new Error(`no lazy chunk ${name}-* imported`);
}

const modulesIn = (files: Set<string>) => [...files].flatMap((f) => [...fs.readFileSync(f, 'utf8').matchAll(/^\/\/ (\S+)$/gm)].map((m) => m[1]));

describe('cli extract of a TXT loads only what it needs', () => {
  it('main thread: no services, store, contract or zod', () => {
    const entry = closure([path.join(NODE_DIST, 'cli.mjs')]);
    const loaded = closure([...entry, lazyChunk(entry, 'context'), lazyChunk(entry, 'worker')]);
    const mods = modulesIn(loaded);
    expect(mods).toContain('main/cli/context.ts');
    expect(mods).toContain('main/services/worker.ts');
    for (const heavy of ['main/services/container.ts', 'main/store/', 'main/ipc/', 'shared/api/index.ts', 'node_modules/zod/', 'node_modules/pdf-lib/', 'node_modules/yaml/']) {
      expect(mods.filter((m) => m.includes(heavy)), heavy).toEqual([]);
    }
  });

  it('worker thread: extraction without zod or the PDF and DOCX readers', () => {
    const entry = closure([path.join(NODE_DIST, 'worker.mjs')]);
    const loaded = closure([...entry, lazyChunk(entry, 'extract')]);
    const mods = modulesIn(loaded);
    expect(mods).toContain('main/docs/extract.ts');
    for (const heavy of ['node_modules/zod/', 'main/docs/pdf.ts', 'main/docs/docx.ts', 'node_modules/mammoth/', 'node_modules/pdf-lib/']) {
      expect(mods.filter((m) => m.includes(heavy)), heavy).toEqual([]);
    }
    // pdfjs stays in node_modules (not bundled): no static import of it on this path either.
    expect([...loaded].filter((f) => /from\s*"pdfjs-dist/.test(fs.readFileSync(f, 'utf8')))).toEqual([]);
  });
});
