import { dispatch, type Handlers } from '../ipc/dispatch';
import { createServices } from '../services/container';
import { nodeSettingsStore } from '../services/settings';
import { createHandlers } from '../ipc/handlers';
import { appVersion } from '../app/version';
import type { FileStaging } from '../services/files';
import type { Result } from '../../shared/result';

/**
 * What the loopback host answers `/api/*`, `/upload`, `/view` and `/download` with. The host's entry imports this
 * module dynamically, after it listens (main/host/serve.ts): the services, the handlers and the contract's schemas
 * are most of the host's start-up CPU, and they are made while the browser opens the page.
 */
export interface HostBackend {
  /** One call through the one dispatch path (schema check, service, Chinese error). */
  call(name: string, body: unknown): Promise<Result<unknown>>;
  files: FileStaging;
}

export function backendOf(handlers: Handlers, files: FileStaging): HostBackend {
  return { call: (name, body) => dispatch(handlers, name, body), files };
}

/** The services of the host process on `dataDir`, and the backend over them. */
export async function loadBackend(dataDir: string) {
  const services = createServices({ dataDir, settingsStore: await nodeSettingsStore(dataDir), appVersion: appVersion(), dialogs: null });
  return { services, backend: backendOf(createHandlers(services), services.files) };
}
