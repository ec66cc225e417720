import path from 'node:path';
import { createServices, type Services } from '../services/container';
import { defaultUserDataDir, resolveDataDir } from '../services/dataDir';
import { nodeSettingsStore } from '../services/settings';
import { createHandlers } from '../ipc/handlers';
import { dispatch } from '../ipc/dispatch';
import { appVersion } from '../app/version';
import type { AppContract, MethodName, RequestOf, ResponseOf } from '../../shared/api/index';
import { CliError } from './command';

export interface CliServices {
  services: Services;
  /** Calls a contract method the way the UI does; throws CliError with the Chinese message. */
  call<K extends MethodName>(name: K, req: RequestOf<AppContract[K]>): Promise<ResponseOf<AppContract[K]>>;
}

/**
 * The app's services and the contract's handlers, as the UI has them. Loaded by the CLI context on first use only
 * (they import the store, the contract's zod schemas and every service: most of a command's start-up).
 */
export async function createCliServices(dataDirArg: string | undefined): Promise<CliServices> {
  const dataDir = resolveDataDir({
    argv: dataDirArg ? ['--data-dir', dataDirArg] : [],
    env: process.env,
    execDir: path.dirname(process.execPath),
    userData: () => defaultUserDataDir(),
  });
  const services = createServices({ dataDir, settingsStore: await nodeSettingsStore(dataDir), appVersion: appVersion(), dialogs: null });
  const handlers = createHandlers(services);
  return {
    services,
    async call(name, req) {
      const r = await dispatch(handlers, name, req, { error: () => {} });
      if (!r.ok) throw new CliError(r.error.message, r.error.code, r.error.details);
      return r.value as never;
    },
  };
}
