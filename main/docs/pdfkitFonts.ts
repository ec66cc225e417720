import { createRequire } from 'node:module';

/**
 * pdfkit (inside pdfmake) parses every font again for every document: fontkit.create on the font bytes, then the CFF
 * tables and glyphs it touches, for each of the five CJK faces. The parsed font is read-only for pdfkit (the subset,
 * widths and layout cache live per document in its EmbeddedFont), so one parse per font file can serve every document
 * of the session. Shared only for the Buffers our FontSet holds (keyed by the object), so the output is unchanged.
 */
type Fontkit = { create(buffer: Buffer, postscriptName?: string): unknown };
const ours = new WeakSet<Buffer>();
const parsed = new WeakMap<Buffer, Map<string, unknown>>();
let patched = false;

export function shareParsedFonts(buffers: Buffer[]) {
  for (const b of buffers) ours.add(b);
  if (patched) return;
  patched = true;
  // The fontkit instance pdfkit itself requires (resolved from pdfmake's own dependencies).
  const fromPdfmake = createRequire(createRequire(import.meta.url).resolve('pdfmake'));
  const fontkit = createRequire(fromPdfmake.resolve('@foliojs-fork/pdfkit'))('@foliojs-fork/fontkit') as Fontkit;
  const create = fontkit.create.bind(fontkit);
  fontkit.create = (buffer, postscriptName) => {
    if (!ours.has(buffer)) return create(buffer, postscriptName);
    let byName = parsed.get(buffer);
    if (!byName) parsed.set(buffer, (byName = new Map()));
    const key = postscriptName ?? '';
    let font = byName.get(key);
    if (!font) byName.set(key, (font = create(buffer, postscriptName)));
    return font;
  };
}
