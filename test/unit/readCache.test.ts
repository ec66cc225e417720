import { beforeEach, describe, expect, it, vi } from 'vitest';
import { METHOD_NAMES } from '../../shared/api/index';
import { changesNothing, PLAIN_READS } from '../../renderer/api/reads';

// The renderer's client calls window.api (Electron's preload) when it exists: a stand-in host that counts its calls.
const calls: string[] = [];
let version = 1;
const answered = new Set(['documents.get', 'selection.results', 'jobs.status', 'review.saveVerdict']);
(globalThis as { window?: unknown }).window = {
  api: {
    call: async (name: string) => {
      if (!answered.has(name)) throw new Error(`unexpected call ${name}`);
      calls.push(name);
      return { ok: true, value: { name, version } };
    },
  },
};

// The client and the cache are the renderer's (DOM types): loaded by a computed path, so that this Node-typed test
// program does not type-check them (tsconfig.renderer.json does); fresh modules per test, so each starts empty.
interface Loaded {
  request(name: string, req: unknown): Promise<unknown>;
  cachedRead(name: string, req: unknown, fresh?: boolean): Promise<unknown>;
  peekRead(name: string, req: unknown): unknown;
}
const RENDERER_API = '../../renderer/api/';
const load = async (): Promise<Loaded> => {
  vi.resetModules();
  const client = await import(/* @vite-ignore */ `${RENDERER_API}client`);
  const cache = await import(/* @vite-ignore */ `${RENDERER_API}readCache`);
  return { ...client, ...cache } as Loaded;
};

describe('the renderer read cache (a heavy read answered again only while nothing in the case changed)', () => {
  beforeEach(() => {
    calls.length = 0;
    version = 1;
  });

  it('answers the same read from the cache, without asking the host again', async () => {
    const { cachedRead, peekRead } = await load();
    expect(peekRead('documents.get', { caseId: 'c', versionId: 'v' })).toBeUndefined();
    const first = await cachedRead('documents.get', { caseId: 'c', versionId: 'v' });
    const again = await cachedRead('documents.get', { caseId: 'c', versionId: 'v' });
    expect(again).toBe(first);
    expect(peekRead('documents.get', { caseId: 'c', versionId: 'v' })).toBe(first);
    expect(calls).toEqual(['documents.get']);
    // Another version is another entry.
    await cachedRead('documents.get', { caseId: 'c', versionId: 'w' });
    expect(calls).toEqual(['documents.get', 'documents.get']);
  });

  it('is emptied by any call that may change the case, not by reads or job polls', async () => {
    const { cachedRead, peekRead, request } = await load();
    await cachedRead('selection.results', { caseId: 'c' });
    await request('jobs.status', { jobId: 'j' });
    expect(peekRead('selection.results', { caseId: 'c' })).toBeDefined();
    await request('review.saveVerdict', { caseId: 'c', itemId: 'i', memberId: 'm', verdict: 'fails', comment: '' });
    expect(peekRead('selection.results', { caseId: 'c' })).toBeUndefined();
    version = 2;
    expect(await cachedRead('selection.results', { caseId: 'c' })).toEqual({ name: 'selection.results', version: 2 });
  });

  it('asks the host when told to read afresh (after OCR or a correction), and keeps that answer', async () => {
    const { cachedRead } = await load();
    await cachedRead('documents.get', { caseId: 'c', versionId: 'v' });
    version = 2;
    expect(await cachedRead('documents.get', { caseId: 'c', versionId: 'v' }, true)).toEqual({ name: 'documents.get', version: 2 });
    expect(await cachedRead('documents.get', { caseId: 'c', versionId: 'v' })).toEqual({ name: 'documents.get', version: 2 });
    expect(calls).toEqual(['documents.get', 'documents.get']);
  });

  it('does not keep an answer that was on its way when the case changed', async () => {
    const { cachedRead, peekRead, request } = await load();
    const reading = cachedRead('documents.get', { caseId: 'c', versionId: 'v' });
    await request('review.saveVerdict', { caseId: 'c', itemId: 'i', memberId: 'm', verdict: 'fails', comment: '' });
    await reading;
    expect(peekRead('documents.get', { caseId: 'c', versionId: 'v' })).toBeUndefined();
  });
});

describe('the plain reads (calls after which nothing shown can be out of date)', () => {
  it('name only methods of the contract, and no method that saves, sets, imports, signs or removes', () => {
    const reads = METHOD_NAMES.filter(changesNothing);
    expect(reads.length).toBeGreaterThan(20);
    for (const m of reads) expect(m).not.toMatch(/\.(save|set|import|sign|remove|run|create|update|correct|submit|register|lock|generate|add|attach|build|export)/i);
    // A read listed under a misspelt name would never count as a read: every listed name is a method.
    expect(PLAIN_READS.filter((m) => !(METHOD_NAMES as string[]).includes(m))).toEqual([]);
    expect(reads.length).toBe(PLAIN_READS.length);
    for (const m of ['documents.get', 'selection.results', 'review.get', 'jobs.status', 'cases.audit'] as const) expect(changesNothing(m)).toBe(true);
    expect(changesNothing('review.saveVerdict')).toBe(false);
    expect(changesNothing('documents.correct')).toBe(false);
  });
});
