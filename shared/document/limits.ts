/** The largest document the app imports. The number is in the DOC_TOO_LARGE message too: change both together. */
export const MAX_DOCUMENT_MB = 100;
export const MAX_DOCUMENT_BYTES = MAX_DOCUMENT_MB * 1024 * 1024;

/** A DOCX whose parts would unpack to more than this is refused before mammoth sees it (zip bomb). */
export const MAX_DOCX_UNPACKED_BYTES = 400 * 1024 * 1024;
/** …or whose parts unpack to more than this many times their packed size (ordinary DOCX XML compresses ~5–20×). */
export const MAX_DOCX_RATIO = 200;

/** Extensions the file picker offers. */
export const DOCUMENT_EXTENSIONS = ['.docx', '.pdf', '.txt', '.md', '.markdown'] as const;
export const DOCUMENT_ACCEPT = DOCUMENT_EXTENSIONS.join(',');
