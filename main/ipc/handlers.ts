import { fault } from '../../shared/api/errors';
import type { Services } from '../services/container';
import type { Handlers } from './dispatch';

/**
 * Binds every contract method to its service. A module adds its own block here; the compiler refuses a contract
 * method without a handler.
 */
export function createHandlers(s: Services): Handlers {
  return {
    'app.info': () => ({
      version: s.appVersion,
      dataDir: s.dirs.dataDir,
      defaultCaseDir: s.dirs.cases,
      nativeDialogs: !!s.dialogs,
      userName: s.settings.userName(),
    }),
    'app.setUserName': ({ userName }) => {
      s.settings.setUserName(userName);
      return { userName };
    },

    'cases.create': (req) => s.cases.create(req),
    'cases.open': (req) => s.cases.open(req),
    'cases.get': ({ caseId }) => s.cases.summary(caseId),
    'cases.update': ({ caseId, info }) => s.cases.update(caseId, info),
    'cases.close': ({ caseId }) => s.cases.close(caseId),
    'cases.recent': () => s.cases.recent(),
    'cases.forgetRecent': ({ path }) => s.cases.forgetRecent(path),
    'cases.audit': ({ caseId, limit }) => s.cases.audit(caseId, limit),

    'files.saveOutput': async ({ outputId }) => {
      if (!s.dialogs) throw fault('BAD_REQUEST', '当前为浏览器模式，请使用页面上的下载链接保存文件。');
      const o = s.files.getOutput(outputId);
      return { savedTo: await s.dialogs.saveFile(o.fileName, o.data) };
    },
    'files.chooseCasePath': async ({ mode, defaultPath }) => ({ path: s.dialogs ? await s.dialogs.chooseCasePath(mode, defaultPath) : null }),
  };
}
