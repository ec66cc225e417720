import { fault } from '../../../shared/api/errors';
import type { Services } from '../../services/container';
import type { HandlersFor } from './types';
import { appInfo } from '../../services/startReads';

export const appHandlers = (s: Services): HandlersFor<'app.'> => ({
  'app.info': () => appInfo({ appVersion: s.appVersion, dataDir: s.dirs.dataDir, nativeDialogs: !!s.dialogs, settings: s.settings }),
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
  'files.saveOutputs': async ({ outputIds, folderName }) => {
    if (!s.dialogs) throw fault('BAD_REQUEST', '当前为浏览器模式，请使用“打包下载”一次保存全部文件。');
    const files = outputIds.map((id) => s.files.getOutput(id)).map((o) => ({ name: o.fileName, data: o.data }));
    return { savedTo: await s.dialogs.saveFiles(folderName, files) };
  },
  'files.zipOutputs': async ({ outputIds, fileName }) => {
    const files = outputIds.map((id) => s.files.getOutput(id)).map((o) => ({ name: o.fileName, data: o.data }));
    // JSZip loads on first use, not at every start.
    const { zipFiles } = await import('../../docs/zip');
    return s.files.addOutput(fileName.endsWith('.zip') ? fileName : `${fileName}.zip`, 'application/zip', await zipFiles(files));
  },
  'files.printOutput': async ({ outputId }) => {
    const o = s.files.getOutput(outputId);
    if (o.mime !== 'application/pdf') throw fault('BAD_REQUEST', '只能打印 PDF 文件。');
    if (!s.dialogs) throw fault('BAD_REQUEST', '当前为浏览器模式：PDF 已在浏览器的 PDF 查看器中打开，请在其中打印。');
    await s.dialogs.printPdf(o.fileName, o.data);
    return { opened: true };
  },
  'files.chooseCasePath': async ({ mode, defaultPath }) => ({ path: s.dialogs ? await s.dialogs.chooseCasePath(mode, defaultPath) : null }),
});
