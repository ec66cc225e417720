import { fault } from '../../../shared/api/errors';
import type { Services } from '../../services/container';
import type { HandlersFor } from './types';

export const appHandlers = (s: Services): HandlersFor<'app.'> => ({
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
});

export const filesHandlers = (s: Services): HandlersFor<'files.'> => ({
  'files.saveOutput': async ({ outputId }) => {
    if (!s.dialogs) throw fault('BAD_REQUEST', '当前为浏览器模式，请使用页面上的下载链接保存文件。');
    const o = s.files.getOutput(outputId);
    return { savedTo: await s.dialogs.saveFile(o.fileName, o.data) };
  },
  'files.chooseCasePath': async ({ mode, defaultPath }) => ({ path: s.dialogs ? await s.dialogs.chooseCasePath(mode, defaultPath) : null }),
});
