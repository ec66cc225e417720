import { z } from 'zod';
import { method } from './contract';

/**
 * A file the user gave the app. Under Electron it is a path (picked or dropped); through the loopback host the browser
 * first streams it to `POST /upload` and passes the returned id. Services resolve either to a local path.
 */
export const FileRefSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('path'), path: z.string().min(1), name: z.string().optional() }),
  z.object({ kind: z.literal('upload'), uploadId: z.string().min(1), name: z.string() }),
]);
export type FileRef = z.output<typeof FileRefSchema>;

/** Something the app made for the user to save (a memo, a packet, an exported original): held in memory until saved. */
export const OutputRefSchema = z.object({
  outputId: z.string(),
  fileName: z.string(),
  mime: z.string(),
  size: z.number().int(),
  sha256: z.string(),
});
export type OutputRef = z.output<typeof OutputRefSchema>;

export const filesMethods = {
  'files.saveOutput': method(() => ({
    summary: '用本机“另存为”对话框保存生成的文件',
    request: z.object({ outputId: z.string() }),
    response: z.object({ savedTo: z.string().nullable() }),
    errors: ['NOT_FOUND', 'CASE_LOCATION_UNWRITABLE'],
  })),
  'files.saveOutputs': method(() => ({
    summary: '一次保存多份生成的文件：桌面版选择文件夹',
    request: z.object({ outputIds: z.array(z.string()).min(1), folderName: z.string().trim().min(1).max(80) }),
    response: z.object({ savedTo: z.string().nullable() }),
    errors: ['NOT_FOUND', 'BAD_REQUEST', 'CASE_LOCATION_UNWRITABLE'],
  })),
  'files.zipOutputs': method(() => ({
    summary: '把多份生成的文件打成一个 ZIP 包（浏览器模式一次下载）',
    request: z.object({ outputIds: z.array(z.string()).min(1), fileName: z.string().trim().min(1).max(80) }),
    response: OutputRefSchema,
    errors: ['NOT_FOUND'],
  })),
  'files.printOutput': method(() => ({
    summary: '打印生成的 PDF（桌面版在 PDF 查看窗口中打开并打印）',
    request: z.object({ outputId: z.string() }),
    response: z.object({ opened: z.boolean() }),
    errors: ['NOT_FOUND', 'BAD_REQUEST'],
  })),
  'files.chooseCasePath': method(() => ({
    summary: '用本机对话框选择案卷文件位置（仅桌面版）',
    request: z.object({ mode: z.enum(['open', 'save']), defaultPath: z.string().optional() }),
    response: z.object({ path: z.string().nullable() }),
    errors: [],
  })),
};
