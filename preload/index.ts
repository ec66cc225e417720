import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { METHOD_NAMES } from '../shared/api/index';

const IPC_PREFIX = 'api:';

/**
 * window.api: one function per contract method, each a single ipcRenderer.invoke. Nothing else crosses, except
 * `pathForFile`, which turns a File the user picked or dropped into its path (Electron removed File.path).
 */
const api: Record<string, (req: unknown) => Promise<unknown>> = {};
for (const name of METHOD_NAMES) api[name] = (req: unknown) => ipcRenderer.invoke(IPC_PREFIX + name, req);

contextBridge.exposeInMainWorld('api', api);
contextBridge.exposeInMainWorld('reviewDeskFiles', { pathForFile: (file: File) => webUtils.getPathForFile(file) });
