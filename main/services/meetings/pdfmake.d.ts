// pdfmake 0.2 ships no types; this is the part of its Node API the app uses.
declare module 'pdfmake' {
  type FontSpec = string | [string, string];
  export default class PdfPrinter {
    constructor(fonts: Record<string, { normal: FontSpec; bold?: FontSpec; italics?: FontSpec; bolditalics?: FontSpec }>);
    createPdfKitDocument(doc: Record<string, unknown>, options?: Record<string, unknown>): NodeJS.ReadableStream & { end(): void };
  }
}
