import type { AppContract, MethodName, RequestOf, ResponseOf } from '../../shared/api/index';
import type { AppError, Result } from '../../shared/result';

type Call = <K extends MethodName>(name: K, req: RequestOf<AppContract[K]>) => Promise<Result<ResponseOf<AppContract[K]>>>;

declare global {
  interface Window {
    /** Electron's preload (preload/index.ts): one call for every contract method. */
    api?: { call(name: string, req: unknown): Promise<unknown> };
    reviewDeskFiles?: { pathForFile(file: File): string };
  }
}

/** Electron's preload gives window.api; otherwise the page came from the loopback host and calls it over HTTP. */
const viaIpc: Call = (name, req) => window.api!.call(name, req) as never;

const viaHttp: Call = async (name, req) => {
  try {
    const res = await fetch(`/api/${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify(req ?? {}),
    });
    return (await res.json()) as never;
  } catch {
    return { ok: false, error: { code: 'INTERNAL', message: '无法连接评审台本机服务，请确认评审台仍在运行后刷新页面。' } };
  }
};

export const call: Call = (name, req) => (window.api ? viaIpc : viaHttp)(name, req);

export class ApiError extends Error {
  constructor(readonly error: AppError) {
    super(error.message);
  }
}

const inFlight = new Map<string, Promise<unknown>>();
const doneListeners = new Set<(method: MethodName) => void>();

/** Called after every successful request (e.g. 操作记录 re-reads after an action anywhere); returns the unsubscribe. */
export function onRequestDone(listener: (method: MethodName) => void): () => void {
  doneListeners.add(listener);
  return () => void doneListeners.delete(listener);
}

let askUserName: (() => Promise<boolean>) | null = null;

/**
 * Registers what asks the user for their name when a request needs it (USER_NAME_REQUIRED: a ruling or a 代录 is
 * printed with a name, never the system login); the request is then made once more. Returns the unregister.
 */
export function onUserNameRequired(ask: () => Promise<boolean>): () => void {
  askUserName = ask;
  return () => void (askUserName === ask && (askUserName = null));
}

/**
 * Calls and returns the value, or throws ApiError carrying the Chinese message. The same call (method and request)
 * made again while the first is still running joins it instead of running twice: a double click on 保存 in 新建会议
 * must not create two meetings, whatever the button does.
 */
export function request<K extends MethodName>(name: K, req: RequestOf<AppContract[K]>): Promise<ResponseOf<AppContract[K]>> {
  const key = `${name}\u0000${JSON.stringify(req ?? {})}`;
  const running = inFlight.get(key);
  if (running) return running as Promise<ResponseOf<AppContract[K]>>;
  const p = (async () => {
    let r = await call(name, req);
    // Nothing was saved: once the user has given their name, the same request is made again.
    if (!r.ok && r.error.code === 'USER_NAME_REQUIRED' && askUserName && (await askUserName())) r = await call(name, req);
    if (!r.ok) throw new ApiError(r.error);
    for (const l of doneListeners) l(name);
    return r.value;
  })();
  inFlight.set(key, p);
  const done = () => void inFlight.delete(key);
  p.then(done, done);
  return p;
}

export const errorText = (e: unknown) => (e instanceof ApiError ? e.message : '操作未完成：发生了意外错误，请重试。');
