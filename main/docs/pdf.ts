import type { ExtractedDocument } from '../../shared/domain/document';
import { fault } from '../../shared/api/errors';

export async function extractPdf(_file: string, fileName: string): Promise<ExtractedDocument> {
  throw fault('DOC_EXTRACT_FAILED', `暂不能读取 PDF：${fileName}`);
}
