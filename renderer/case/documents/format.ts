import { DOCUMENT_ROLES, type DocumentRole } from '../../../shared/domain/document';
import type { DocumentSummary } from '../../../shared/api/documents';

export const ROLE_OPTIONS = (Object.entries(DOCUMENT_ROLES) as [DocumentRole, string][]).map(([value, label]) => ({ value, label }));

/** A whole word of a Latin-letter file name (plan-jiaoyu.txt, shouquan_xieyi.docx), never part of a longer one. */
const word = (words: string) => new RegExp(`(^|[^a-z])(${words})([^a-z]|$)`, 'i');

/**
 * A first guess at a file's role from its name, in Chinese or in English or pinyin words (files copied from a
 * colleague's stick are often named so); the user can change it before importing.
 */
export function guessRole(fileName: string): DocumentRole {
  if (/合法性|法律意见|法审/.test(fileName) || word('legal|hefaxing').test(fileName)) return 'legal_review';
  if (/协议|合同/.test(fileName) || word('agreement|contract|xieyi|hetong').test(fileName)) return 'agreement';
  if (/申报|投标|响应文件|应答/.test(fileName) || word('bid|tender|toubiao|shenbao').test(fileName)) return 'bid';
  if (/方案/.test(fileName) || word('plan|fangan').test(fileName)) return 'plan';
  return 'other';
}

export const sizeText = (n: number) => (n === 0 ? '0 字节' : n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`);

export const docName = (d: Pick<DocumentSummary, 'role' | 'bidder' | 'title'>) => `${DOCUMENT_ROLES[d.role]}${d.bidder ? `（${d.bidder}）` : ''}：${d.title}`;
