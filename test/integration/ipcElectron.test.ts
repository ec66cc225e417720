import { describe, expect, it } from 'vitest';
import type { IpcMain } from 'electron';
import { registerIpc, IPC_CHANNEL } from '../../main/ipc/electron';
import { backendOf, type ApiCall } from '../../main/ipc/backend';
import { testApp } from '../helpers/services';

type Handler = (event: unknown, name: unknown, req: unknown) => Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }>;

/** Electron's ipcMain, as far as registerIpc uses it. */
function fakeIpcMain() {
  const handlers = new Map<string, Handler>();
  return { handlers, ipcMain: { handle: (channel: string, h: Handler) => handlers.set(channel, h) } as unknown as IpcMain };
}
const fromApp = () => {
  const frame = { url: 'app://review-desk/index.html' };
  return { senderFrame: frame, sender: { mainFrame: frame } };
};

describe('Electron IPC: one channel for the whole contract, ready before the services', () => {
  it('is registered at once; a call waits for the services, then goes through the one dispatch path', async () => {
    const app = testApp();
    try {
      const { handlers, ipcMain } = fakeIpcMain();
      let ready!: (c: ApiCall) => void;
      registerIpc(ipcMain, new Promise<ApiCall>((r) => (ready = r)));
      expect([...handlers.keys()]).toEqual([IPC_CHANNEL]);
      const h = handlers.get(IPC_CHANNEL)!;
      let answered = false;
      const pending = h(fromApp(), 'app.info', {}).then((r) => ((answered = true), r));
      await new Promise((r) => setTimeout(r, 20));
      expect(answered).toBe(false);
      ready(backendOf(app.handlers, app.services.files).call);
      expect((await pending).ok).toBe(true);
      // The contract's own checks: an unknown method, a bad request, a name that is not a string.
      expect((await h(fromApp(), 'cases.dropEverything', {})).error?.code).toBe('UNKNOWN_METHOD');
      expect((await h(fromApp(), 'cases.open', { path: 42 })).error?.code).toBe('BAD_REQUEST');
      expect((await h(fromApp(), { name: 'app.info' }, {})).error?.code).toBe('BAD_REQUEST');
    } finally {
      app.cleanup();
    }
  });

  it('refuses a call from anything but our own main frame on app://', async () => {
    const { handlers, ipcMain } = fakeIpcMain();
    let called = false;
    registerIpc(ipcMain, async () => ((called = true), { ok: true, value: null }));
    const h = handlers.get(IPC_CHANNEL)!;
    const sub = { url: 'app://review-desk/index.html' };
    const other = { url: 'https://example.com/' };
    expect((await h({ senderFrame: sub, sender: { mainFrame: { url: 'app://review-desk/' } } }, 'app.info', {})).error?.code).toBe('UNAUTHORIZED');
    expect((await h({ senderFrame: other, sender: { mainFrame: other } }, 'app.info', {})).error?.code).toBe('UNAUTHORIZED');
    expect(called).toBe(false);
    expect((await h(fromApp(), 'app.info', {})).ok).toBe(true);
  });
});
