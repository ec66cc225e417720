import fs from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { importPatchedPdfjsWorker, patchPdfjsWorker } from '../../../main/docs/pdfjsPatch';

/**
 * The edit to pdfjs' text-content loop (main/docs/pdfjsPatch.ts) must apply to the pdfjs installed: after an upgrade
 * that moves the code, this fails instead of extraction silently losing the speed. That it reads the same documents is
 * pinned by extract-digests.test.ts (every corpus PDF, both 200-page bench PDFs).
 */
describe('the edit to pdfjs for PDFs drawn one glyph per run', () => {
  const source = fs.readFileSync(createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.worker.mjs'), 'utf8');

  it('applies to the installed pdfjs, once each', () => {
    const patched = patchPdfjsWorker(source);
    expect(patched).not.toBeNull();
    expect(patched!.match(/knownFonts\.get\(fontNameArg\)/g)).toHaveLength(1);
    expect(patched!.match(/commandTrieStep\(/g)).toHaveLength(3);
    expect(patched!.match(/nameTrieStep\(/g)).toHaveLength(2);
    expect(patched).toContain('Object.assign(Object.create(TextState.prototype), this)');
    expect(patched!.match(/zlib\.inflateSync\(bytes\)/g)).toHaveLength(1);
    expect(patched!.length).toBeGreaterThan(source.length);
  });

  it('is not made to a source it does not match, nor twice', () => {
    expect(patchPdfjsWorker(source.replace('next(handleSetFont(fontNameArg, null));', 'next(handleSetFont(fontNameArg));'))).toBeNull();
    expect(patchPdfjsWorker(patchPdfjsWorker(source)!)).toBeNull();
  });

  /** pdfjs' lexer as published and as edited, from the same source, to read the same bytes with both. */
  const lexers = async () => {
    const expose = '\nexport { Lexer as __Lexer, Stream as __Stream, Cmd as __Cmd, Name as __Name, EOF as __EOF, EvaluatorPreprocessor as __Pre, FlateStream as __Flate };\n';
    const load = async (text: string) => (await import(`data:text/javascript;base64,${Buffer.from(text + expose).toString('base64')}`)) as Record<string, unknown>;
    return [await load(source), await load(patchPdfjsWorker(source)!)];
  };

  it('reads names, hex strings and commands token for token as published (the lexer’s edits)', async () => {
    // Names with #xx escapes (valid, cut short, at the end), long names, commands glued to each other or to operands
    // ("qQ", "BTET", "0Tc"), quote operators, unknown and over-long-prefix commands, bytes above 0x7f, keywords.
    const content =
      '/F1 /F#31 /#46#31 /A#2 /B#zz /C# /D#2F /' + 'N'.repeat(130) + ' q 1 0 0 1 0 0 cm qQ BTET BT /F1 12 Tf 0Tc (a) Tj T* ' +
      "(b)' 1 2 (c)\" [<0001> -5 (d)] TJ ET Q EMC BDC BMC d0 d1 sh Do gs cs CS scn SCN rg RG foo xyz123 Tzq true false null " +
      'endstream endobj obj R \u00e9t\u00e9 Tf\u00ff 12.5 -.5 +3 --4 1.2.3 <48656c6c6f> <4 8 6\n5> <41g42> <414> <> <0001>' +
      ' /F1 /F1a /F /F1 /Gs1 /DeviceRGB /Gs1 <00 1';
    const bytes = new Uint8Array([...content].map((c) => c.charCodeAt(0) & 0xff));
    const [published, edited] = await lexers();
    type Class<T> = new (...a: never[]) => T;
    const tokens = (m: Record<string, unknown>, known: unknown) => {
      const Lexer = m.__Lexer as new (stream: unknown, known: unknown) => { getObj(): unknown };
      const Stream = m.__Stream as new (bytes: Uint8Array) => unknown;
      const [Cmd, Name, EOF] = [m.__Cmd as Class<{ cmd: string }>, m.__Name as Class<{ name: string }>, m.__EOF];
      const lexer = new Lexer(new Stream(bytes), known);
      const out: string[] = [];
      for (let t = lexer.getObj(); t !== EOF && out.length < 1000; t = lexer.getObj()) {
        out.push(t instanceof Cmd ? `cmd ${t.cmd}` : t instanceof Name ? `name ${t.name}` : JSON.stringify(t));
      }
      return out;
    };
    for (const withOps of [true, false]) {
      const known = (m: Record<string, unknown>) => (withOps ? (m.__Pre as { opMap: object }).opMap : null);
      const a = tokens(published, known(published));
      expect(a.length).toBeGreaterThan(60);
      expect(tokens(edited, known(edited)), withOps ? 'content stream commands' : 'no command table').toEqual(a);
    }
  });

  it('inflates Flate streams to the same bytes as published, broken ones included (the inflate edit)', async () => {
    const zlib = await import('node:zlib');
    const text = Buffer.from(Array.from({ length: 400 }, (_, i) => `q 1 0 0 1 ${i} 0 cm BT /F1 12 Tf [<${(i % 256).toString(16).padStart(4, '0')}> 0] TJ ET Q`).join('\n'));
    const good = zlib.deflateSync(text);
    const cases: [string, Buffer][] = [
      ['whole', good],
      ['cut short', good.subarray(0, Math.floor(good.length * 0.6))],
      ['junk after the end', Buffer.concat([good, Buffer.from('\r\nendstream junk')])],
      ['bad checksum', Buffer.concat([good.subarray(0, -1), Buffer.from([good[good.length - 1] ^ 0xff])])],
      ['empty body', good.subarray(0, 2)],
    ];
    const [published, edited] = await lexers();
    const inflate = async (m: Record<string, unknown>, data: Buffer) => {
      const Stream = m.__Stream as new (bytes: Uint8Array) => unknown;
      const Flate = m.__Flate as new (s: unknown) => { asyncGetBytes(): Promise<Uint8Array | null>; getBytes(): Uint8Array };
      const s = new Flate(new Stream(new Uint8Array(data)));
      try {
        return Buffer.from((await s.asyncGetBytes()) ?? s.getBytes()).toString('latin1');
      } catch (e) {
        return `thrown ${String(e)}`;
      }
    };
    for (const [what, data] of cases) {
      const a = await inflate(published, data);
      expect(await inflate(edited, data), what).toBe(a);
      if (what === 'whole') expect(a).toBe(text.toString('latin1'));
    }
  });

  it('loads where source maps are on (tsx turns them on for the process, worker threads included)', async () => {
    const was = process.sourceMapsEnabled;
    process.setSourceMapsEnabled(true);
    try {
      const mod = (await importPatchedPdfjsWorker()) as { WorkerMessageHandler?: { initializeFromPort?: unknown } } | null;
      expect(typeof mod?.WorkerMessageHandler?.initializeFromPort).toBe('function');
    } finally {
      process.setSourceMapsEnabled(was);
    }
  });

  it('loads as pdfjs’ parser module', async () => {
    const mod = (await importPatchedPdfjsWorker()) as { WorkerMessageHandler?: { initializeFromPort?: unknown } } | null;
    expect(typeof mod?.WorkerMessageHandler?.initializeFromPort).toBe('function');
  });
});
