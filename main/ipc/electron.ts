import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { ERROR_MESSAGES } from '../../shared/api/errors';
import { isTrustedSender } from '../app/security';
import type { ApiCall } from './backend';

/** The one channel every contract call takes: `invoke(IPC_CHANNEL, name, req)` (preload/index.ts). */
export const IPC_CHANNEL = 'api';

/**
 * One `ipcMain.handle` for the whole contract, registered before the window opens: a call waits for the services
 * (made while the window loads, main/app/main.ts), then goes through the one dispatch path, which answers an unknown
 * name with UNKNOWN_METHOD. A call from anything but our own main frame on app:// is refused. The preload needs no
 * list of methods, so it carries none of the contract's schemas.
 */
export function registerIpc(ipcMain: IpcMain, call: ApiCall | Promise<ApiCall>) {
  ipcMain.handle(IPC_CHANNEL, async (event: IpcMainInvokeEvent, name: unknown, req: unknown) => {
    const frame = event.senderFrame;
    if (!isTrustedSender(frame?.url, !!frame && frame === event.sender.mainFrame)) {
      return { ok: false, error: { code: 'UNAUTHORIZED', message: ERROR_MESSAGES.UNAUTHORIZED } };
    }
    if (typeof name !== 'string') return { ok: false, error: { code: 'BAD_REQUEST', message: ERROR_MESSAGES.BAD_REQUEST } };
    return (await call)(name, req);
  });
}
