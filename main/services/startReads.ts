import fs from 'node:fs';
import type { AppContract, ResponseOf } from '../../shared/api/index';
import type { RecentCase } from '../../shared/domain/case';
import { neutralizeName } from '../../shared/fileName';
import { dataDirPaths } from './dataDir';
import type { Settings } from './settings';

/**
 * What the start page reads (app.info, cases.recent), from the settings alone. The services answer them with these
 * functions (main/ipc/handlers/app.ts, CaseService.recent), and the loopback host answers them with the same functions
 * before its services are made (main/ipc/startReads.ts), so the first page does not wait for the whole backend.
 * Keep this module light: no zod, no store, nothing the services need besides.
 */
export function appInfo(o: { appVersion: string; dataDir: string; nativeDialogs: boolean; settings: Settings }): ResponseOf<AppContract['app.info']> {
  return {
    version: o.appVersion,
    dataDir: o.dataDir,
    defaultCaseDir: dataDirPaths(o.dataDir).cases,
    nativeDialogs: o.nativeDialogs,
    userName: o.settings.userName(),
  };
}

/** 最近的案卷: the settings' list, file names neutralised, and whether each file is still where it was. */
export function recentCases(settings: Settings): RecentCase[] {
  return settings.recentCases().map((r) => ({ ...r, fileName: neutralizeName(r.fileName), exists: fs.existsSync(r.path) }));
}
