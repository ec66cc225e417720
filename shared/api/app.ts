import { z } from 'zod';
import { method } from './contract';

export const appMethods = {
  'app.info': method(() => ({
    summary: '程序版本、数据目录与本机能力',
    request: z.object({}),
    response: z.object({
      version: z.string(),
      dataDir: z.string(),
      defaultCaseDir: z.string(),
      /** true under Electron: native open/save dialogs exist. The loopback host has none. */
      nativeDialogs: z.boolean(),
      userName: z.string(),
    }),
    errors: [],
  })),
  'app.setUserName': method(() => ({
    summary: '设置本机使用人姓名（记入审计日志）',
    request: z.object({ userName: z.string().trim().min(1).max(50) }),
    response: z.object({ userName: z.string() }),
    errors: ['BAD_REQUEST'],
  })),
};
