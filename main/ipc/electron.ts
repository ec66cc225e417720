import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { METHOD_NAMES } from '../../shared/api/index';
import { ERROR_MESSAGES } from '../../shared/api/errors';
import { isTrustedSender } from '../app/security';
import { dispatch, type Handlers } from './dispatch';

export const IPC_PREFIX = 'api:';

/** One `ipcMain.handle` per contract method; a call from anything but our own main frame on app:// is refused. */
export function registerIpc(ipcMain: IpcMain, handlers: Handlers) {
  for (const name of METHOD_NAMES) {
    ipcMain.handle(IPC_PREFIX + name, async (event: IpcMainInvokeEvent, req: unknown) => {
      const frame = event.senderFrame;
      if (!isTrustedSender(frame?.url, !!frame && frame === event.sender.mainFrame)) {
        return { ok: false, error: { code: 'UNAUTHORIZED', message: ERROR_MESSAGES.UNAUTHORIZED } };
      }
      return dispatch(handlers, name, req);
    });
  }
}
