// pdfmake 0.2 ships no types; the renderer uses only the printer's constructor and createPdfKitDocument.
declare module 'pdfmake' {
  interface PdfKitDocument {
    on(event: 'data', cb: (chunk: Buffer) => void): void;
    on(event: 'end', cb: () => void): void;
    on(event: 'error', cb: (e: unknown) => void): void;
    end(): void;
  }
  export default class PdfPrinter {
    constructor(fonts: Record<string, Record<string, string | Buffer>>);
    createPdfKitDocument(def: Record<string, unknown>): PdfKitDocument;
  }
}
