import { dispatch, type Handlers } from './dispatch';
import { createServices } from '../services/container';
import { createHandlers } from './handlers';
import type { FileStaging } from '../services/files';
import type { Result } from '../../shared/result';

/** One call through the one dispatch path (schema check, service, Chinese error), whichever transport brought it. */
export type ApiCall = (name: string, body: unknown) => Promise<Result<unknown>>;

/**
 * What the loopback host answers `/api/*`, `/upload`, `/view` and `/download` with, and what Electron's IPC calls.
 * The host's entry and the Electron main import this module dynamically, after they listen or open their window
 * (main/host/serve.ts, main/app/main.ts): the services, the handlers and the contract's schemas are most of a start's
 * CPU, and they are made while the page loads. API calls wait for them; the page's files do not.
 */
export interface Backend {
  call: ApiCall;
  files: FileStaging;
}

export function backendOf(handlers: Handlers, files: FileStaging): Backend {
  return { call: (name, body) => dispatch(handlers, name, body), files };
}

/** The services of this process and the backend over them. */
export function makeBackend(opts: Parameters<typeof createServices>[0]) {
  const services = createServices(opts);
  return { services, backend: backendOf(createHandlers(services), services.files) };
}
