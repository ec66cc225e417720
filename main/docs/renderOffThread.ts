import type { PrintDoc } from '../../shared/memo/model';
import { runTask } from '../services/worker';

/**
 * PDF/DOCX rendering in the app's worker thread (main/services/worker.ts, task 'memos.render'), so laying out a long
 * memo never freezes the window (DESIGN §2). A fault raised while rendering (a missing glyph, say) keeps its code.
 */
export function renderOffThread(format: 'pdf' | 'docx', doc: PrintDoc, templatesDir: string): Promise<Uint8Array> {
  return runTask('memos.render', { format, doc, templatesDir });
}
