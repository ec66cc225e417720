import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { START_DATA_ID, startDataJson, withStartData } from '../../shared/startData';
import { settingsFileSnapshot } from '../../main/services/settings';
import { fileStartReads } from '../../main/ipc/startReads';
import { tempDir } from '../helpers/tmp';

/** The data block's text as a browser's parser would take it: everything up to the first `</script`. */
function blockText(html: string): string | null {
  const open = `<script type="application/json" id="${START_DATA_ID}">`;
  const at = html.indexOf(open);
  if (at < 0) return null;
  const from = at + open.length;
  return html.slice(from, html.toLowerCase().indexOf('</script', from));
}

const PAGE = '<!doctype html><html><head><title>评审台</title><script type="module" src="./assets/index-x.js"></script></head><body><div id="root"></div></body></html>';

describe("the start page's data written into the page", () => {
  it('escapes what could end or bend the block, and reads back to the same data', () => {
    const data = {
      'app.info': { userName: '张</script><script>alert(1)</script><!--', dataDir: 'C:\\数据\\a&b', note: 'x\u2028y\u2029z', dollars: "$& $' $` $$" },
      'cases.recent': [{ path: '/tmp/</SCRIPT>.rdcase', fileName: '<b>.rdcase', exists: true }],
    };
    const json = startDataJson(data);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    const html = withStartData(PAGE, data);
    // One block, before </head>, and the rest of the page as it was.
    expect(html.split(START_DATA_ID).length).toBe(2);
    expect(html.indexOf(START_DATA_ID)).toBeLessThan(html.indexOf('</head>'));
    expect(html.replace(/<script type="application\/json"[^>]*>[^<]*<\/script>/, '')).toBe(PAGE);
    expect(JSON.parse(blockText(html)!)).toEqual(data);
  });

  it('leaves a page without </head> as it is (the page then asks)', () => {
    expect(withStartData('<p>评审台</p>', { a: 1 })).toBe('<p>评审台</p>');
  });
});

describe('the settings file read without its store', () => {
  const tmp = tempDir();
  afterEach(() => fs.rmSync(path.join(tmp.dir, 'settings.json'), { force: true }));

  it('reads what conf wrote; no file is empty settings; a damaged file is left to the store', async () => {
    expect(settingsFileSnapshot(tmp.dir)!.get('userName')).toBeUndefined();
    const { nodeSettingsStore } = await import('../../main/services/settings');
    const store = await nodeSettingsStore(tmp.dir);
    store.set('userName', '王秘书');
    store.set('recentCases', [{ path: path.join(tmp.dir, 'a.rdcase'), fileName: 'a.rdcase', lastOpenedAt: '2026-12-01T08:00:00.000Z' }]);
    const snap = settingsFileSnapshot(tmp.dir)!;
    expect(snap.get('userName')).toBe(store.get('userName'));
    expect(snap.get('recentCases')).toEqual(store.get('recentCases'));
    expect(snap.get('constructor')).toBeUndefined();
    expect(() => snap.set('userName', 'x')).toThrow();
    const data = fileStartReads({ appVersion: '1.2.3', dataDir: tmp.dir, nativeDialogs: false }).data()!;
    expect((data['app.info'] as { userName: string }).userName).toBe('王秘书');
    expect(data['cases.recent']).toEqual([{ path: path.join(tmp.dir, 'a.rdcase'), fileName: 'a.rdcase', lastOpenedAt: '2026-12-01T08:00:00.000Z', exists: false }]);
    fs.writeFileSync(path.join(tmp.dir, 'settings.json'), '{"userName": "王');
    expect(settingsFileSnapshot(tmp.dir)).toBeNull();
    const start = fileStartReads({ appVersion: '1.2.3', dataDir: tmp.dir, nativeDialogs: false });
    expect(start.data()).toBeUndefined();
    expect(start.reads('app.info', {})).toBeUndefined();
    fs.writeFileSync(path.join(tmp.dir, 'settings.json'), '[1]');
    expect(settingsFileSnapshot(tmp.dir)).toBeNull();
    tmp.cleanup();
  });
});

// The page's side (renderer/api/early.ts), in Node: a document with or without the block, the client mocked.
const request = vi.fn((name: string) => Promise.resolve(name === 'app.info' ? { userName: '问来的' } : []));
vi.mock('../../renderer/api/client', () => ({ request: (name: string) => request(name) }));

function pageWith(text: string | null) {
  const el = text === null ? null : { textContent: text, removed: false, remove() { this.removed = true; } };
  return { el, document: { getElementById: (id: string) => (id === START_DATA_ID ? el : null) } };
}

// Imported by a computed path: this (Node) program does not type-check the renderer (tsconfig.renderer.json does).
interface Early {
  earlyAnswer(name: string): unknown;
  earlyRead(name: string): Promise<unknown>;
  earlyAnswered(ms: number): Promise<unknown>;
}
const RENDERER_API = '../../renderer/api/';
async function loadEarly(text: string | null) {
  vi.resetModules();
  request.mockClear();
  const page = pageWith(text);
  vi.stubGlobal('document', page.document);
  const early = (await import(/* @vite-ignore */ `${RENDERER_API}early`)) as Early;
  return { early, el: page.el };
}

describe("the page's start reads", () => {
  afterEach(() => vi.unstubAllGlobals());
  const data = { 'app.info': { userName: '李秘书', version: '1', dataDir: '/d', defaultCaseDir: '/d/cases', nativeDialogs: false }, 'cases.recent': [{ path: '/a', fileName: 'a', lastOpenedAt: '', exists: true }] };

  it('takes the answers the page carries, at once, without asking, and removes the block', async () => {
    const { early, el } = await loadEarly(startDataJson(data));
    expect(request).not.toHaveBeenCalled();
    expect(el!.removed).toBe(true);
    expect(early.earlyAnswer('app.info')).toEqual(data['app.info']);
    expect(early.earlyAnswer('cases.recent')).toEqual(data['cases.recent']);
    // Handed out once: a later read asks the host.
    await early.earlyRead('cases.recent');
    expect(request).toHaveBeenCalledWith('cases.recent');
  });

  it('asks the host when the page carries nothing, or something it cannot read', async () => {
    for (const text of [null, '', '{"app.info": ', '{"app.info": {"userName": 1}, "cases.recent": []}', '{"app.info": {"userName": "a"}}', 'null']) {
      const { early } = await loadEarly(text);
      expect(request.mock.calls.map((c) => c[0]).sort(), String(text)).toEqual(['app.info', 'cases.recent']);
      await early.earlyAnswered(1000);
      expect(early.earlyAnswer('app.info')).toEqual({ userName: '问来的' });
    }
  });
});
