import { DOCUMENT_ROLES, type DocumentRole } from '../../../shared/domain/document';
import type { DocumentSummary } from '../../../shared/api/documents';

export const ROLE_OPTIONS = (Object.entries(DOCUMENT_ROLES) as [DocumentRole, string][]).map(([value, label]) => ({ value, label }));

/** A first guess at a file's role from its name; the user can change it before importing. */
export function guessRole(fileName: string): DocumentRole {
  if (/合法性|法律意见|法审/.test(fileName)) return 'legal_review';
  if (/协议|合同/.test(fileName)) return 'agreement';
  if (/申报|投标|响应文件|应答/.test(fileName)) return 'bid';
  if (/方案/.test(fileName)) return 'plan';
  return 'other';
}

export const sizeText = (n: number) => (n === 0 ? '0 字节' : n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`);

export const docName = (d: Pick<DocumentSummary, 'role' | 'bidder' | 'title'>) => `${DOCUMENT_ROLES[d.role]}${d.bidder ? `（${d.bidder}）` : ''}：${d.title}`;
