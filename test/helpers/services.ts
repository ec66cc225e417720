import path from 'node:path';
import { createServices, type Services } from '../../main/services/container';
import { createHandlers } from '../../main/ipc/handlers';
import { dispatch, type Handlers } from '../../main/ipc/dispatch';
import type { KeyValueStore } from '../../main/services/settings';
import type { AppContract, MethodName, RequestOf, ResponseOf } from '../../shared/api/index';
import type { CaseInfo } from '../../shared/domain/case';
import { tempDir } from './tmp';

export const PASS = 'Passw0rd-评审';

export function memoryStore(): KeyValueStore {
  const m = new Map<string, unknown>();
  return { get: (k) => m.get(k), set: (k, v) => void m.set(k, v) };
}

/**
 * Real services over a temp data folder, and `call` going through the same dispatch as IPC and the host
 * (validation included). Use in integration tests; call `cleanup` in afterEach.
 */
export function testApp(opts: { userName?: string | null } = {}) {
  const tmp = tempDir();
  const settingsStore = memoryStore();
  // The laptop's user has set their name (printed with rulings and 代录); null: a fresh install that has not.
  if (opts.userName !== null) settingsStore.set('userName', opts.userName ?? '李秘书');
  const services: Services = createServices({ dataDir: path.join(tmp.dir, 'data'), settingsStore, appVersion: '0.0.0-test', dialogs: null });
  const handlers: Handlers = createHandlers(services);
  async function call<K extends MethodName>(name: K, req: RequestOf<AppContract[K]>): Promise<ResponseOf<AppContract[K]>> {
    const r = await dispatch(handlers, name, req, { error: () => {} });
    if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code, details: r.error.details });
    return r.value as ResponseOf<AppContract[K]>;
  }
  async function newCase(info: Partial<CaseInfo> = {}, file = path.join(tmp.dir, `case-${Math.random().toString(36).slice(2)}.rdcase`)) {
    return call('cases.create', {
      info: { title: '测试案卷', caseType: 'plan_review', jurisdiction: 'hebei', implementingAgency: '某市数据局', description: '', ...info },
      passphrase: PASS,
      passphraseConfirm: PASS,
      path: file,
    });
  }
  return {
    dir: tmp.dir,
    services,
    handlers,
    call,
    newCase,
    cleanup() {
      services.shutdown();
      tmp.cleanup();
    },
  };
}
