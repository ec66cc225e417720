import fs from 'node:fs';
import { createRequire } from 'node:module';

/**
 * One edit to pdfjs' parser (pdfjs-dist 5.6.205, legacy build), made to its source text when it is loaded for
 * extraction: each `from` must occur exactly once, or no edit is made and pdfjs runs as published (same text, slower).
 *
 * PDFs drawn one glyph per text run (pdfmake, some generators) wrap every glyph in `q … BT /F1 14 Tf … ET Q`. `Q`
 * restores a state without a font, so pdfjs' text-content loop meets a font change at every glyph, and for each one
 * leaves its loop to await the (cached) font: a promise round trip, a fresh start of its loop and a flushed chunk,
 * ~160,000 times for a 200-page PDF (~12 % of its CPU). The edit remembers, per getTextContent call (one resource
 * dictionary), each font name's loaded font once awaited, and sets it again without leaving the loop, exactly as
 * handleSetFont sets it. What is read does not change: the same font object, name and matrix.
 */
const EDITS: { from: string; to: string }[] = [
  {
    from: `    async function handleSetFont(fontName, fontRef) {
      const translated = await self.loadFont(fontName, fontRef, resources, task);
      textState.loadedName = translated.loadedName;`,
    to: `    const knownFonts = new Map();
    async function handleSetFont(fontName, fontRef) {
      const translated = await self.loadFont(fontName, fontRef, resources, task);
      if (fontRef === null) knownFonts.set(fontName, translated);
      textState.loadedName = translated.loadedName;`,
  },
  {
    from: `            textState.fontName = fontNameArg;
            textState.fontSize = fontSizeArg;
            next(handleSetFont(fontNameArg, null));
            return;`,
    to: `            textState.fontName = fontNameArg;
            textState.fontSize = fontSizeArg;
            const knownFont = knownFonts.get(fontNameArg);
            if (knownFont) {
              textState.loadedName = knownFont.loadedName;
              textState.font = knownFont.font;
              textState.fontMatrix = knownFont.font.fontMatrix || FONT_IDENTITY_MATRIX;
              break;
            }
            next(handleSetFont(fontNameArg, null));
            return;`,
  },
];

/** The parser's source with every edit made, or null when one does not match exactly once (another pdfjs version). */
export function patchPdfjsWorker(source: string): string | null {
  let out = source;
  for (const { from, to } of EDITS) {
    const at = out.indexOf(from);
    if (at < 0 || out.indexOf(from, at + from.length) >= 0) return null;
    out = out.slice(0, at) + to + out.slice(at + from.length);
  }
  return out;
}

/** Whether the last load of pdfjs' parser took the edited source (read by tests and the bench). */
export let pdfjsPatched = false;

/**
 * pdfjs' parser module, edited, imported from its source text; null where that cannot be done (the source cannot be
 * read, say from an archive, or does not match): the caller then imports the module as published. Imported from a
 * `data:` URL: no file is written (a temporary copy would be left behind by a worker ended while importing it); it
 * costs ~0.2 s of CPU once per worker thread, which is then kept warm.
 */
export async function importPatchedPdfjsWorker(): Promise<unknown> {
  pdfjsPatched = false;
  try {
    const file = createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.worker.mjs');
    const source = patchPdfjsWorker(fs.readFileSync(file, 'utf8'));
    if (!source) return null;
    // The module imports nothing; import.meta.url is read only by the emscripten loaders of its image decoders, inside
    // a try, and not used there: pdfjs hands them their WebAssembly itself (the wasmUrl option).
    const mod: unknown = await import(`data:text/javascript;base64,${Buffer.from(source).toString('base64')}`);
    pdfjsPatched = true;
    return mod;
  } catch {
    return null;
  }
}
