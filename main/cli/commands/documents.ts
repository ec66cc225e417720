import path from 'node:path';
import { AppFault } from '../../../shared/api/errors';
import type { DocumentSummary } from '../../../shared/api/documents';
import type { ExtractedDocument } from '../../../shared/domain/document';
import { DOCUMENT_ROLES, type DocumentRole } from '../../../shared/domain/documentRoles';
import { load } from '../lazy';
import { CliError, type CliCommand } from '../command';

const ROLE_HELP = Object.entries(DOCUMENT_ROLES).map(([k, v]) => `${k}（${v}）`).join('、');

/** Accepts the code ("plan") or the Chinese name ("实施方案"). */
export function parseRole(v: unknown): DocumentRole {
  if (typeof v !== 'string' || !v.trim()) throw new CliError(`缺少参数 --role。可选：${ROLE_HELP}`, 'USAGE');
  const hit = (Object.entries(DOCUMENT_ROLES) as [DocumentRole, string][]).find(([k, name]) => k === v.trim() || name === v.trim());
  if (!hit) throw new CliError(`未知的文件类别：${v}。可选：${ROLE_HELP}`, 'USAGE');
  return hit[0];
}

const sizeText = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`);

function humanDocs(docs: DocumentSummary[]) {
  if (!docs.length) return '案卷中还没有文件。';
  return docs
    .map((d) =>
      [
        `${DOCUMENT_ROLES[d.role]}${d.bidder ? `（${d.bidder}）` : ''}：${d.title}  [${d.documentId}]`,
        ...d.versions.map(
          (v) => `  v${v.version}  ${v.fileName}  ${sizeText(v.size)}  ${v.pageCount ? `${v.pageCount} 页  ` : ''}${v.needsOcr ? '需 OCR  ' : ''}${v.importedAt.slice(0, 16).replace('T', ' ')}  SHA-256 ${v.sha256}`,
        ),
      ].join('\n'),
    )
    .join('\n');
}

function humanExtract(doc: ExtractedDocument) {
  const lines = [`标题：${doc.title}`, `格式：${doc.format}${doc.pageCount ? `，${doc.pageCount} 页` : ''}${doc.needsOcr ? '，无文字层（需 OCR）' : ''}`];
  for (const w of doc.warnings) lines.push(`提示：${w}`);
  lines.push('');
  for (const b of doc.blocks) {
    if (b.kind === 'heading') lines.push(`${'  '.repeat(b.level - 1)}${b.numbering ?? ''}${b.text}`);
    else if (b.kind === 'table') lines.push(`${'  '.repeat(b.location.headingPath.length)}[表格 ${b.rows.length} 行] ${b.location.label}`);
  }
  return lines.join('\n');
}

export const extractCommand: CliCommand = {
  path: ['extract'],
  usage: 'extract FILE [--json]',
  summary: '读取 DOCX/PDF/TXT/Markdown 文件并输出其结构（标题层级与编号、段落及位置、表格），不写入案卷',
  options: {},
  async run(ctx, { positionals }) {
    const file = positionals[0];
    if (!file) throw new CliError('缺少参数：要读取的文件路径', 'USAGE');
    let doc: ExtractedDocument;
    try {
      const { runTask } = await load.worker();
      doc = await runTask('documents.extract', { file: path.resolve(file), fileName: path.basename(file) });
    } catch (e) {
      if (e instanceof AppFault) throw new CliError(e.message, e.code, e.details);
      throw e;
    }
    ctx.out(doc, () => humanExtract(doc));
  },
};

export const docImport: CliCommand = {
  path: ['doc', 'import'],
  usage: 'doc import CASEFILE FILE --role ROLE [--bidder NAME] [--new | --version-of DOCUMENT_ID] [--note 说明] [--json]',
  summary: `把文件导入案卷（与界面相同）。同类别（及同一申报单位）已有一个文件时作为其新版本，--new 则作为新文件。类别：${ROLE_HELP}`,
  options: { role: { type: 'string' }, bidder: { type: 'string' }, new: { type: 'boolean' }, 'version-of': { type: 'string' }, note: { type: 'string' } },
  async run(ctx, { values, positionals }) {
    const [caseFile, file] = positionals;
    if (!file) throw new CliError('缺少参数：要导入的文件路径', 'USAGE');
    const role = parseRole(values.role);
    const s = await ctx.openCase(caseFile);
    try {
      const target = values['version-of'] ? { documentId: values['version-of'] as string } : values.new ? ('new' as const) : ('auto' as const);
      const r = await ctx.call('documents.import', {
        caseId: s.caseId,
        file: { kind: 'path', path: path.resolve(file), name: path.basename(file) },
        role,
        bidder: values.bidder as string | undefined,
        target,
        note: (values.note as string) ?? '',
      });
      ctx.out(r, () =>
        [
          `已导入：${r.version.fileName} → ${DOCUMENT_ROLES[r.document.role]}${r.document.bidder ? `（${r.document.bidder}）` : ''}“${r.document.title}” 第 ${r.version.version} 版${r.isNewDocument ? '（新文件）' : ''}`,
          `标题 ${r.version.headings} 个，段落 ${r.version.paragraphs} 段，表格 ${r.version.tables} 个${r.version.pageCount ? `，${r.version.pageCount} 页` : ''}`,
          ...r.version.warnings.map((w) => `提示：${w}`),
          `SHA-256 ${r.version.sha256}`,
        ].join('\n'),
      );
    } finally {
      await ctx.call('cases.close', { caseId: s.caseId });
    }
  },
};

export const docList: CliCommand = {
  path: ['doc', 'list'],
  usage: 'doc list CASEFILE [--json]',
  summary: '列出案卷中的文件及其各版本',
  options: {},
  async run(ctx, { positionals }) {
    const s = await ctx.openCase(positionals[0]);
    try {
      const r = await ctx.call('documents.list', { caseId: s.caseId });
      ctx.out(r, () => humanDocs(r.documents));
    } finally {
      await ctx.call('cases.close', { caseId: s.caseId });
    }
  },
};
