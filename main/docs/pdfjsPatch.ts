import fs from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Edits to pdfjs' parser (pdfjs-dist 5.6.205, legacy build), made to its source text when it is loaded for
 * extraction: each `from` must occur exactly once, or no edit is made and pdfjs runs as published (same text, slower).
 * Each does what pdfjs does with less work per operator: what is read does not change (extract-digests.test.ts; the
 * lexer token for token against pdfjs as published in pdfjsPatch.test.ts).
 *
 * PDFs drawn one glyph per text run (pdfmake, some generators) wrap every glyph in `q … BT /F1 14 Tf … ET Q` and a
 * dozen more operators, so pdfjs' costs per operator are paid ~2.4 M times for a 200-page PDF:
 * - Font re-set. `Q` restores a state without a font, so the text-content loop meets a font change at every glyph,
 *   and for each one leaves its loop to await the (cached) font: a promise round trip, a fresh start of its loop and
 *   a flushed chunk (~12 % of the CPU). The loop remembers, per getTextContent call (one resource dictionary), each
 *   font name's loaded font once awaited, and sets it again without leaving the loop, exactly as handleSetFont does.
 * - State save (`q`). TextState.clone gave each copy the state it copies as its prototype (Object.create(this)): every
 *   saved state became a prototype with its own hidden class, so the loop's reads of the text state could not stay
 *   monomorphic. The copy now has TextState.prototype: the same own fields (all are class fields, which Object.assign
 *   copies), the same methods.
 * - The operator's argument array was emptied by `args.length = 0` before each operator (a call into V8's runtime);
 *   a fresh array is taken instead, and only when the last operator had arguments.
 * - Names. The lexer pushed each character into an array, joined it and looked the new string up in the name cache;
 *   the bytes of a name without `#` escapes now step through a trie (at most 4,096 nodes, beyond which the string is
 *   built as it goes) whose node holds the name's string: a name seen before costs an array read per byte and a cache
 *   lookup with a string V8 has hashed already (the Name itself is still asked of pdfjs' cache, which pdfjs clears
 *   between documents). One with escapes still goes through pdfjs' loop, from the first `#` on.
 * - Hex strings (`<0001>`, how pdfmake and many generators write every glyph): built as a string, not an array of
 *   one-character strings joined.
 * - Commands. Each byte of a command made a new string looked up in the operator table; those steps depend on the
 *   text read so far and the next byte only, so they are kept in a trie per operator table (at most 4,096 nodes in
 *   all, beyond which steps are worked out as before): a known command costs an array read per byte.
 * - Inflating. pdfjs inflates each Flate stream (every page's content) through a web DecompressionStream: in Node a
 *   zlib stream on the thread pool behind web-stream adapters, chunk promises and copies, which cost more CPU than the
 *   inflating itself (~1/3 of the extraction of the 200-page bench PDF, docs/performance.md, eighth round). Where
 *   Node's zlib can be had (process.getBuiltinModule), the same zlib inflates the bytes in one call; a stream it
 *   refuses (cut short, bad checksum) goes to pdfjs' own decoder exactly as a failed DecompressionStream does.
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
  {
    from: `  clone() {
    const clone = Object.assign(Object.create(this), this);
    clone.textMatrix = this.textMatrix.slice();`,
    to: `  clone() {
    const clone = Object.assign(Object.create(TextState.prototype), this);
    clone.textMatrix = this.textMatrix.slice();`,
  },
  {
    from: `      while (!(stop = timeSlotManager.check())) {
        args.length = 0;
        operation.args = args;`,
    to: `      while (!(stop = timeSlotManager.check())) {
        if (args.length !== 0) args = [];
        operation.args = args;`,
  },
  {
    from: `  getName() {
    let ch, previousCh;
    const strBuf = this.strBuf;
    strBuf.length = 0;
    while ((ch = this.nextChar()) >= 0 && !specialChars[ch]) {
      if (ch === 0x23) {`,
    to: `  getName() {
    let ch, previousCh;
    let node = nameTrieRoot;
    while ((ch = this.nextChar()) >= 0 && !specialChars[ch] && ch !== 0x23) {
      node = node.next[ch] ?? nameTrieStep(node, ch);
    }
    const plain = node.str;
    if (ch !== 0x23) {
      if (plain.length > 127) {
        warn(\`Name token is longer than allowed by the spec: \${plain.length}\`);
      }
      return Name.get(plain);
    }
    const strBuf = this.strBuf;
    strBuf.length = 0;
    for (let i = 0; i < plain.length; i++) strBuf.push(plain[i]);
    for (; ch >= 0 && !specialChars[ch]; ch = this.nextChar()) {
      if (ch === 0x23) {`,
  },
  {
    from: `
class Lexer {
`,
    to: `
const commandTries = new WeakMap();
let commandTrieNodes = 0;
const nameTrieRoot = { str: "", next: [] };
let nameTrieNodes = 0;
function nameTrieStep(node, ch) {
  const child = { str: node.str + String.fromCharCode(ch), next: [] };
  if (nameTrieNodes < 4096) {
    nameTrieNodes++;
    node.next[ch] = child;
  }
  return child;
}
function commandTrieStep(knownCommands, prefix, ch, slots) {
  const str = prefix + String.fromCharCode(ch);
  const node = { str, known: knownCommands?.[str] !== undefined, next: [] };
  if (commandTrieNodes < 4096) {
    commandTrieNodes++;
    slots[ch] = node;
  }
  return node;
}
class Lexer {
`,
  },
  {
    from: `    const knownCommands = this.knownCommands;
    let knownCommandFound = knownCommands?.[str] !== undefined;
    while ((ch = this.nextChar()) >= 0 && !specialChars[ch]) {
      const possibleCommand = str + String.fromCharCode(ch);
      if (knownCommandFound && knownCommands[possibleCommand] === undefined) {
        break;
      }
      if (str.length === 128) {
        throw new FormatError(\`Command token too long: \${str.length}\`);
      }
      str = possibleCommand;
      knownCommandFound = knownCommands?.[str] !== undefined;
    }`,
    to: `    const knownCommands = this.knownCommands;
    const cacheKey = knownCommands || commandTries;
    let roots = commandTries.get(cacheKey);
    if (roots === undefined) commandTries.set(cacheKey, roots = []);
    let node = roots[ch] ?? commandTrieStep(knownCommands, "", ch, roots);
    let knownCommandFound = node.known;
    while ((ch = this.nextChar()) >= 0 && !specialChars[ch]) {
      const possible = node.next[ch] ?? commandTrieStep(knownCommands, node.str, ch, node.next);
      if (knownCommandFound && !possible.known) {
        break;
      }
      if (str.length === 128) {
        throw new FormatError(\`Command token too long: \${str.length}\`);
      }
      node = possible;
      str = node.str;
      knownCommandFound = node.known;
    }`,
  },
  {
    from: `  getHexString() {
    const strBuf = this.strBuf;
    strBuf.length = 0;`,
    to: `  getHexString() {
    let hex = "";`,
  },
  {
    from: `          strBuf.push(String.fromCharCode(firstDigit << 4 | digit));
          firstDigit = -1;`,
    to: `          hex += String.fromCharCode(firstDigit << 4 | digit);
          firstDigit = -1;`,
  },
  {
    from: `    if (firstDigit !== -1) {
      strBuf.push(String.fromCharCode(firstDigit << 4));
    }
    return strBuf.join("");`,
    to: `    if (firstDigit !== -1) {
      hex += String.fromCharCode(firstDigit << 4);
    }
    return hex;`,
  },
  {
    from: `    const bytes = this.stream.isAsync ? await this.stream.asyncGetBytes() : this.stream.getBytes();
    try {
      const {
        readable,
        writable
      } = new DecompressionStream(name);`,
    to: `    const bytes = this.stream.isAsync ? await this.stream.asyncGetBytes() : this.stream.getBytes();
    const zlib = name === "deflate" ? globalThis.process?.getBuiltinModule?.("node:zlib") : undefined;
    if (zlib) {
      try {
        const out = zlib.inflateSync(bytes);
        return {
          decompressed: new Uint8Array(out.buffer, out.byteOffset, out.byteLength),
          compressed: bytes
        };
      } catch {
        return {
          decompressed: null,
          compressed: bytes
        };
      }
    }
    try {
      const {
        readable,
        writable
      } = new DecompressionStream(name);`,
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
 * The module's last line names its source map relative to its own file. From a `data:` URL that name cannot be
 * resolved, and where source maps are on (tsx turns them on for the whole process, worker threads included) Node then
 * fails the import: the extraction worker ran pdfjs as published, without any edit, while the bench's in-process
 * figure had them. The comment is dropped (a map of the published file would not match the edited text anyway).
 */
const SOURCE_MAP_COMMENT = /\n\/\/# sourceMappingURL=[^\n]*\s*$/;

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
    const source = patchPdfjsWorker(fs.readFileSync(file, 'utf8'))?.replace(SOURCE_MAP_COMMENT, '');
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
