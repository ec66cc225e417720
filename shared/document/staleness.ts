import type { DocumentSummary } from '../api/documents';

export interface NewerVersion {
  title: string;
  reviewed: number;
  current: number;
  fileName: string;
  importedAt: string;
}

/**
 * Whether the case holds a newer version of the document a review ran on (found by the SHA-256 the run recorded):
 * the findings and verdicts are then about text that has since changed. Null when the reviewed version is current
 * or the run recorded no document.
 */
export function newerVersionThanReviewed(documents: DocumentSummary[], reviewedSha256: string | null): NewerVersion | null {
  if (!reviewedSha256) return null;
  for (const d of documents) {
    const reviewed = d.versions.find((v) => v.sha256 === reviewedSha256);
    if (!reviewed) continue;
    const current = d.versions[d.versions.length - 1];
    if (current.version <= reviewed.version) return null;
    return { title: d.title, reviewed: reviewed.version, current: current.version, fileName: current.fileName, importedAt: current.importedAt };
  }
  return null;
}
