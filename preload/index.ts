import { contextBridge, ipcRenderer, webUtils } from 'electron';

/** main/ipc/electron.ts IPC_CHANNEL (the preload is bundled on its own, with nothing but electron). */
const IPC_CHANNEL = 'api';

/**
 * window.api.call(name, req): every contract method through one ipcRenderer.invoke; the main process checks the name
 * and the request against the contract (main/ipc/dispatch.ts). The preload carries no copy of the contract, so the
 * window's start does not build its schemas. Nothing else crosses, except `pathForFile`, which turns a File the user
 * picked or dropped into its path (Electron removed File.path).
 */
contextBridge.exposeInMainWorld('api', { call: (name: string, req: unknown) => ipcRenderer.invoke(IPC_CHANNEL, name, req) });
contextBridge.exposeInMainWorld('reviewDeskFiles', { pathForFile: (file: File) => webUtils.getPathForFile(file) });
