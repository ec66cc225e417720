import { fault } from '../../shared/api/errors';
import type { OpenCases } from './openCases';
import type { CaseStore } from '../store/caseStore';

/** How a create action runs: `sync` ones record their result in their own transaction; `async` ones right after. */
export type IdempotentMode = 'sync' | 'async';

/**
 * Create actions made idempotent on the server. The client sends a request id with each user action (one per form it
 * opened); the first call's result is kept in the case file (request_results, migration 016) and a repeated id, be it
 * a double click, a retry after a lost answer or a second window, gets that result instead of creating twice.
 * Concurrent calls with the same id join the one already running.
 */
export class RequestLedger {
  private readonly running = new Map<string, Promise<unknown>>();
  constructor(private readonly openCases: OpenCases) {}

  once<T>(caseId: string, requestId: string, method: string, mode: IdempotentMode, run: () => T | Promise<T>): Promise<T> {
    const key = `${caseId}\u0000${requestId}`;
    const joined = this.running.get(key);
    if (joined) return joined as Promise<T>;
    const p = (async () => {
      const store = this.openCases.get(caseId);
      const prior = recorded<T>(store, requestId, method);
      if (prior.found) return prior.value;
      if (mode === 'sync') {
        // The create and its record land in one transaction (a nested transaction is a savepoint), so a crash
        // between them cannot leave a created item whose request id is unknown.
        return store.tx(() => {
          const value = run();
          if (value instanceof Promise) throw new Error(`${method} is not synchronous; declare it 'async'`);
          record(store, requestId, method, value);
          return value;
        });
      }
      const value = await run();
      store.tx(() => record(store, requestId, method, value));
      return value;
    })();
    this.running.set(key, p);
    const done = () => void this.running.delete(key);
    p.then(done, done);
    return p;
  }
}

function recorded<T>(store: CaseStore, requestId: string, method: string): { found: true; value: T } | { found: false } {
  const r = store.db.prepare('SELECT method, result FROM request_results WHERE request_id = ?').get(requestId) as { method: string; result: string } | undefined;
  if (!r) return { found: false };
  if (r.method !== method) throw fault('BAD_REQUEST', '请求编号与之前的另一项操作重复，未执行。请刷新页面后重试。');
  return { found: true, value: JSON.parse(r.result) as T };
}

function record(store: CaseStore, requestId: string, method: string, value: unknown) {
  store.db.prepare('INSERT INTO request_results (request_id, method, result, created_at) VALUES (?, ?, ?, ?)').run(requestId, method, JSON.stringify(value ?? null), new Date().toISOString());
}
