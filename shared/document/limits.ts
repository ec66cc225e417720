/** The largest document the app imports. The number is in the DOC_TOO_LARGE message too: change both together. */
export const MAX_DOCUMENT_MB = 100;
export const MAX_DOCUMENT_BYTES = MAX_DOCUMENT_MB * 1024 * 1024;

/**
 * A DOCX whose parts would unpack to more than this is refused before mammoth sees it (zip bomb). Measured by
 * inflating with a running budget (main/docs/bombs.ts), not taken from the zip's headers, which can lie.
 */
export const MAX_DOCX_UNPACKED_BYTES = 400 * 1024 * 1024;
/** The XML mammoth parses into memory (about 10× its size): a 1,000-page report has ~20 MB. */
export const MAX_DOCX_XML_BYTES = 64 * 1024 * 1024;
/** A PDF's Flate streams, inflated, together at most this (text extraction never decodes most of them at once). */
export const MAX_PDF_INFLATED_BYTES = 1024 * 1024 * 1024;
/** One PDF stream may inflate past this only at a ratio real content has (scans and fonts compress 2–20×). */
export const MAX_PDF_STREAM_INFLATED_BYTES = 32 * 1024 * 1024;
export const MAX_STREAM_RATIO = 100;
/** …or whose parts unpack to more than this many times their packed size (ordinary DOCX XML compresses ~5–20×). */
export const MAX_DOCX_RATIO = 200;

/** Extensions the file picker offers. */
export const DOCUMENT_EXTENSIONS = ['.docx', '.pdf', '.txt', '.md', '.markdown'] as const;
export const DOCUMENT_ACCEPT = DOCUMENT_EXTENSIONS.join(',');
