import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHost, type Host } from '../../main/host/server';
import { backendOf } from '../../main/ipc/backend';
import { spawn } from 'node:child_process';
import { startData, startReads } from '../../main/ipc/startReads';
import { START_DATA_ID } from '../../shared/startData';
import { NODE_DIST } from '../../scripts/build-node.mjs';
import { testApp, PASS } from '../helpers/services';
import { tempDir } from '../helpers/tmp';

/** The start page's data block of a served page, parsed (shared/startData.ts), or null. */
function startDataOf(html: string): unknown {
  const m = new RegExp(`<script type="application/json" id="${START_DATA_ID}">([^<]*)</script>`).exec(html);
  return m ? JSON.parse(m[1]) : null;
}

/** Raw HTTP, so that the Host and Origin headers can be set as an attacker would. */
function raw(port: number, opts: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer }) {
  return new Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method: opts.method ?? 'GET', path: opts.path, headers: opts.headers }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode!, body, headers: res.headers }));
    });
    req.on('error', reject);
    if (opts.body) req.write(opts.body);
    req.end();
  });
}

describe('loopback host', () => {
  const app = testApp();
  let host: Host;
  const staticDir = path.join(app.dir, 'renderer');
  beforeAll(async () => {
    fs.mkdirSync(staticDir);
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>评审台</title>');
    host = await startHost({ backend: backendOf(app.handlers, app.services.files), staticDir });
  });
  afterAll(async () => {
    await host.close();
    app.cleanup();
  });
  const auth = () => ({ Host: `127.0.0.1:${host.port}`, 'X-Review-Desk-Token': host.token, 'Content-Type': 'application/json' });

  it('listens on 127.0.0.1 only, on an ephemeral port', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(host.port).toBeGreaterThan(1024);
  });

  it('answers 401 to every request without the token, pages and API alike', async () => {
    for (const p of ['/', '/index.html', '/api/cases.recent', '/download/x']) {
      expect((await raw(host.port, { path: p, method: p.startsWith('/api') ? 'POST' : 'GET', headers: { Host: `127.0.0.1:${host.port}` } })).status, p).toBe(401);
    }
    expect((await raw(host.port, { path: '/?token=wrong', headers: { Host: `127.0.0.1:${host.port}` } })).status).toBe(401);
    expect((await raw(host.port, { method: 'POST', path: '/api/cases.recent', headers: { ...auth(), 'X-Review-Desk-Token': 'x'.repeat(host.token.length) } })).status).toBe(401);
  });

  it('hands the token over through a one-time launch code, never on the command line, as an HttpOnly SameSite cookie', async () => {
    expect(host.launchUrl).not.toContain(host.token);
    expect((await raw(host.port, { path: `/?token=${host.token}`, headers: { Host: `127.0.0.1:${host.port}` } })).status).toBe(401);
    const launch = new URL(host.launchUrl);
    const r = await raw(host.port, { path: `/${launch.search}`, headers: { Host: `127.0.0.1:${host.port}` } });
    expect(r.status).toBe(302);
    // The code is spent: whoever read it from `ps` afterwards gets nothing.
    expect((await raw(host.port, { path: `/${launch.search}`, headers: { Host: `127.0.0.1:${host.port}` } })).status).toBe(401);
    expect(host.newLaunchUrl()).not.toBe(host.launchUrl);
    expect(r.headers.location).toBe('/');
    expect(r.headers['set-cookie']?.[0]).toMatch(/HttpOnly; SameSite=Strict/);
    const page = await raw(host.port, { path: '/', headers: { Host: `127.0.0.1:${host.port}`, Cookie: `rd_token=${host.token}` } });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('refuses other Host headers (DNS rebinding) and other Origins', async () => {
    expect((await raw(host.port, { path: '/', headers: { ...auth(), Host: `evil.example:${host.port}` } })).status).toBe(421);
    expect((await raw(host.port, { method: 'POST', path: '/api/cases.recent', headers: { ...auth(), Origin: 'http://evil.example' }, body: '{}' })).status).toBe(401);
  });

  it('refuses what a cross-site form can send: a text/plain POST with only the cookie', async () => {
    const cookie = { Host: `127.0.0.1:${host.port}`, Cookie: `rd_token=${host.token}` };
    const form = await raw(host.port, { method: 'POST', path: '/api/app.info', headers: { ...cookie, 'Content-Type': 'text/plain' }, body: '{}' });
    expect(form.status).toBe(403);
    const urlencoded = await raw(host.port, { method: 'POST', path: '/api/app.info', headers: { ...cookie, 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'a=1' });
    expect(urlencoded.status).toBe(403);
    const upload = await raw(host.port, { method: 'POST', path: '/upload?name=x.txt', headers: { ...cookie, 'Content-Type': 'text/plain' }, body: 'x' });
    expect(upload.status).toBe(403);
    // What the page itself sends: JSON (preflighted cross-site) and, for uploads, its own header.
    const json = await raw(host.port, { method: 'POST', path: '/api/app.info', headers: { ...cookie, 'Content-Type': 'application/json; charset=utf-8' }, body: '{}' });
    expect(JSON.parse(json.body).ok).toBe(true);
    const ours = await raw(host.port, { method: 'POST', path: '/upload?name=x.txt', headers: { ...cookie, 'X-Review-Desk-Request': '1' }, body: 'x' });
    expect(JSON.parse(ours.body).ok).toBe(true);
  });

  it('answers a malformed path with 400 and an oversized body with 413, read to its end rather than reset', async () => {
    expect((await raw(host.port, { method: 'POST', path: '/api/%E0%A4%A', headers: auth(), body: '{}' })).status).toBe(400);
    expect((await raw(host.port, { path: '/download/%E0%A4%A', headers: auth() })).status).toBe(400);
    const big = Buffer.alloc(33 * 1024 * 1024, 0x20);
    const r = await raw(host.port, { method: 'POST', path: '/api/app.info', headers: auth(), body: big });
    expect(r.status).toBe(413);
    expect(JSON.parse(r.body).error.message).toContain('MB');
  });

  it('checks the passphrase of a case that is already open', async () => {
    const s = await app.newCase();
    const wrong = JSON.parse((await raw(host.port, { method: 'POST', path: '/api/cases.open', headers: auth(), body: JSON.stringify({ path: s.path, passphrase: 'guess-guess-1' }) })).body);
    expect(wrong.error.code).toBe('CASE_WRONG_PASSPHRASE');
    expect(JSON.stringify(wrong)).not.toContain(s.caseId);
    await app.call('cases.close', { caseId: s.caseId });
  });

  it('runs contract methods with validation and Chinese errors', async () => {
    const ok = await raw(host.port, { method: 'POST', path: '/api/app.info', headers: auth(), body: '{}' });
    expect(JSON.parse(ok.body)).toMatchObject({ ok: true, value: { nativeDialogs: false } });
    const bad = JSON.parse((await raw(host.port, { method: 'POST', path: '/api/cases.open', headers: auth(), body: '{"path": 3}' })).body);
    expect(bad).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    const unknown = JSON.parse((await raw(host.port, { method: 'POST', path: '/api/cases.destroyEverything', headers: auth(), body: '{}' })).body);
    expect(unknown.error.code).toBe('UNKNOWN_METHOD');
    const notJson = JSON.parse((await raw(host.port, { method: 'POST', path: '/api/app.info', headers: auth(), body: '{oops' })).body);
    expect(notJson.error.code).toBe('BAD_REQUEST');
    const s = await app.newCase();
    await app.call('cases.close', { caseId: s.caseId });
    const wrong = JSON.parse((await raw(host.port, { method: 'POST', path: '/api/cases.open', headers: auth(), body: JSON.stringify({ path: s.path, passphrase: PASS + '!' }) })).body);
    expect(wrong.error).toMatchObject({ code: 'CASE_WRONG_PASSPHRASE', message: expect.stringContaining('口令不正确') });
  });

  it('streams uploads to the staging folder and refuses one over the limit before reading it', async () => {
    const up = JSON.parse((await raw(host.port, { method: 'POST', path: '/upload?name=' + encodeURIComponent('方案.docx'), headers: { ...auth(), 'Content-Type': 'application/octet-stream' }, body: Buffer.from('hello') })).body);
    expect(up.ok).toBe(true);
    const resolved = app.services.files.resolve({ kind: 'upload', uploadId: up.value.uploadId, name: '方案.docx' });
    expect(fs.readFileSync(resolved.path, 'utf8')).toBe('hello');
    resolved.release();
    expect(fs.existsSync(resolved.path)).toBe(false);
    const big = await raw(host.port, { method: 'POST', path: '/upload?name=big.pdf', headers: { ...auth(), 'Content-Length': String(600 * 1024 * 1024) } });
    expect(big.status).toBe(413);
    expect(JSON.parse(big.body).error.message).toContain('MB');
  });

  it('serves outputs for download with the user-visible Chinese file name', async () => {
    const ref = app.services.files.addOutput('专家论证意见.pdf', 'application/pdf', Buffer.from('%PDF-1.7'));
    const r = await raw(host.port, { path: `/download/${ref.outputId}`, headers: auth() });
    expect(r.status).toBe(200);
    expect(r.headers['content-disposition']).toContain(encodeURIComponent('专家论证意见.pdf'));
    expect(r.body).toBe('%PDF-1.7');
  });
});

describe('loopback host while its services are being made', () => {
  it('serves its pages at once and answers API calls when the services are ready', async () => {
    const app = testApp();
    const staticDir = path.join(app.dir, 'renderer-early');
    fs.mkdirSync(staticDir);
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>评审台</title>');
    let ready!: (b: ReturnType<typeof backendOf>) => void;
    const host = await startHost({ backend: new Promise((r) => (ready = r)), staticDir });
    try {
      const headers = { Host: `127.0.0.1:${host.port}`, 'X-Review-Desk-Token': host.token, 'Content-Type': 'application/json' };
      expect((await raw(host.port, { path: '/', headers })).body).toContain('评审台');
      let answered = false;
      const call = raw(host.port, { method: 'POST', path: '/api/app.info', headers, body: '{}' }).then((r) => ((answered = true), r));
      await new Promise((r) => setTimeout(r, 50));
      expect(answered).toBe(false);
      ready(backendOf(app.handlers, app.services.files));
      const r = await call;
      expect(r.status).toBe(200);
      expect(JSON.parse(r.body).ok).toBe(true);
    } finally {
      await host.close();
      app.cleanup();
    }
  });

  it("answers the start page's reads before the services, as the services do, and makes them for any other call", async () => {
    const app = testApp();
    const staticDir = path.join(app.dir, 'renderer-start');
    fs.mkdirSync(staticDir);
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>评审台</title>');
    // A recent case whose file is gone, and one that is there: the list says which.
    const made = await app.newCase({}, path.join(app.dir, 'there.rdcase'));
    await app.call('cases.close', { caseId: made.caseId });
    app.services.settings.touchRecent({ path: path.join(app.dir, 'gone.rdcase'), fileName: 'gone.rdcase', lastOpenedAt: new Date().toISOString() });
    let ready!: (b: ReturnType<typeof backendOf>) => void;
    let wanted = 0;
    const s = app.services;
    const host = await startHost({
      backend: new Promise((r) => (ready = r)),
      startReads: startReads({ appVersion: s.appVersion, dataDir: s.dirs.dataDir, settingsStore: s.settingsStore, nativeDialogs: !!s.dialogs }),
      backendWanted: () => wanted++,
      staticDir,
    });
    try {
      const headers = { Host: `127.0.0.1:${host.port}`, 'X-Review-Desk-Token': host.token, 'Content-Type': 'application/json' };
      const post = (name: string, body: string) => raw(host.port, { method: 'POST', path: `/api/${name}`, headers, body });
      const early = { info: JSON.parse((await post('app.info', '{}')).body), recent: JSON.parse((await post('cases.recent', '{}')).body) };
      expect(wanted).toBe(0);
      expect(early.recent.value.map((r: { exists: boolean }) => r.exists)).toEqual([false, true]);
      // A request the contract would refuse, and any other method, wait for the services (and ask for them).
      const odd = post('app.info', '[]');
      const other = post('cases.get', JSON.stringify({ caseId: 'x' }));
      await new Promise((r) => setTimeout(r, 50));
      expect(wanted).toBe(2);
      ready(backendOf(app.handlers, app.services.files));
      expect(JSON.parse((await odd).body).error.code).toBe('BAD_REQUEST');
      expect(JSON.parse((await other).body).error.code).toBe('CASE_NOT_OPEN');
      // Once the services are there, the same reads go through them, with the same answers.
      expect(JSON.parse((await post('app.info', '{}')).body)).toEqual(early.info);
      expect(JSON.parse((await post('cases.recent', '{}')).body)).toEqual(early.recent);
    } finally {
      await host.close();
      app.cleanup();
    }
  });

  it("writes the start page's data into the page it serves, never kept, and tells a later file from the start page's own", async () => {
    const app = testApp({ userName: '张</script><script>alert(1)</script>' });
    const staticDir = path.join(app.dir, 'renderer-data');
    fs.mkdirSync(path.join(staticDir, 'assets'), { recursive: true });
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><html><head><title>评审台</title><script type="module" src="./assets/index-a.js"></script><link rel="stylesheet" href="./assets/index-b.css"></head><body></body></html>');
    for (const f of ['index-a.js', 'index-b.css', 'CaseLayout-c.js']) fs.writeFileSync(path.join(staticDir, 'assets', f), '//');
    app.services.settings.touchRecent({ path: path.join(app.dir, 'gone.rdcase'), fileName: 'gone.rdcase', lastOpenedAt: new Date().toISOString() });
    const s = app.services;
    const o = { appVersion: s.appVersion, dataDir: s.dirs.dataDir, settingsStore: s.settingsStore, nativeDialogs: !!s.dialogs };
    let sent = 0;
    let ready!: (b: ReturnType<typeof backendOf>) => void;
    const host = await startHost({ backend: new Promise((r) => (ready = r)), startData: () => startData(o), pageFileSent: () => sent++, staticDir });
    try {
      const headers = { Host: `127.0.0.1:${host.port}`, 'X-Review-Desk-Token': host.token, 'Content-Type': 'application/json' };
      // Only to our own page: without the token, no page and no data.
      const refused = await raw(host.port, { path: '/', headers: { Host: `127.0.0.1:${host.port}` } });
      expect(refused.status).toBe(401);
      expect(refused.body).not.toContain('alert');
      const page = await raw(host.port, { path: '/', headers });
      expect(page.status).toBe(200);
      expect(page.headers['cache-control']).toBe('no-store');
      expect(page.headers['content-security-policy']).toContain("script-src 'self';");
      expect(page.body).not.toContain('</script><script>alert');
      const data = startDataOf(page.body) as Record<string, unknown>;
      ready(backendOf(app.handlers, app.services.files));
      // The same answers as the services give.
      const post = async (name: string) => JSON.parse((await raw(host.port, { method: 'POST', path: `/api/${name}`, headers, body: '{}' })).body).value;
      expect(data['app.info']).toEqual(await post('app.info'));
      expect(data['cases.recent']).toEqual(await post('cases.recent'));
      expect((data['app.info'] as { userName: string }).userName).toBe('张</script><script>alert(1)</script>');
      // index.html and the files it names are the start page's own; the next is the page fetching the other pages.
      for (const f of ['/', '/assets/index-a.js', '/assets/index-b.css']) expect((await raw(host.port, { path: f, headers })).status).toBe(200);
      expect(sent).toBe(0);
      await raw(host.port, { path: '/assets/CaseLayout-c.js', headers });
      expect(sent).toBe(1);
    } finally {
      await host.close();
      app.cleanup();
    }
  });

  it('answers API calls with a Chinese error when the services could not be made, and still serves its pages', async () => {
    const app = testApp();
    const staticDir = path.join(app.dir, 'renderer-failed');
    fs.mkdirSync(staticDir);
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>评审台</title>');
    const failed = Promise.reject(new Error('数据目录不可写'));
    failed.catch(() => {});
    const host = await startHost({ backend: failed, staticDir });
    const logged = console.error;
    console.error = () => {};
    try {
      const headers = { Host: `127.0.0.1:${host.port}`, 'X-Review-Desk-Token': host.token, 'Content-Type': 'application/json' };
      expect((await raw(host.port, { path: '/', headers })).status).toBe(200);
      const r = await raw(host.port, { method: 'POST', path: '/api/app.info', headers, body: '{}' });
      expect(r.status).toBe(500);
      expect(JSON.parse(r.body).error.message).toMatch(/[\u4e00-\u9fff]/);
    } finally {
      console.error = logged;
      await host.close();
      app.cleanup();
    }
  });
});

describe('loopback host: the renderer files', () => {
  it('sends a bundle whole with its length, kept once read; index.html read afresh at every request', async () => {
    const app = testApp();
    const staticDir = path.join(app.dir, 'renderer-files');
    fs.mkdirSync(path.join(staticDir, 'assets'), { recursive: true });
    const bundle = Buffer.alloc(300 * 1024, 'x');
    fs.writeFileSync(path.join(staticDir, 'assets', 'index-Ab12.js'), bundle);
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><script type="module" src="./assets/index-Ab12.js"></script>');
    const host = await startHost({ backend: backendOf(app.handlers, app.services.files), staticDir });
    try {
      const headers = { Host: `127.0.0.1:${host.port}`, 'X-Review-Desk-Token': host.token };
      const r = await raw(host.port, { path: '/assets/index-Ab12.js', headers });
      expect(r.status).toBe(200);
      expect(r.headers['content-length']).toBe(String(bundle.length));
      expect(r.headers['cache-control']).toContain('immutable');
      expect(r.headers['content-type']).toContain('text/javascript');
      expect(r.body).toBe(bundle.toString());
      const head = await raw(host.port, { method: 'HEAD', path: '/assets/index-Ab12.js', headers });
      expect(head.headers['content-length']).toBe(String(bundle.length));
      expect(head.body).toBe('');
      fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>重新构建</title>');
      const page = await raw(host.port, { path: '/', headers });
      expect(page.body).toContain('重新构建');
      expect(page.headers['cache-control']).toBe('no-cache');
      expect((await raw(host.port, { path: '/assets/missing-1.js', headers })).status).toBe(404);
    } finally {
      await host.close();
      app.cleanup();
    }
  });
});

describe('the built host (dist/node/host.mjs) while its services are still to be made', () => {
  it("answers a page and its reads that come at once from the settings file, as its services answer them later", { timeout: 60_000 }, async () => {
    const tmp = tempDir();
    // `npm test` runs this before the renderer is built (`npm run build` comes before the e2e specs): a stand-in page
    // where there is none yet, so the host has an index.html to write the data into; removed afterwards.
    const rendererDir = path.join(path.dirname(NODE_DIST), 'renderer');
    const madeRenderer = !fs.existsSync(path.join(rendererDir, 'index.html'));
    if (madeRenderer) {
      fs.mkdirSync(rendererDir, { recursive: true });
      fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><html><head><title>评审台</title></head><body></body></html>');
    }
    const child = spawn(process.execPath, [path.join(NODE_DIST, 'host.mjs'), '--json', '--data-dir', tmp.dir], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      const there = path.join(tmp.dir, 'there.rdcase');
      fs.writeFileSync(there, '');
      const recentCases = [
        { path: there, fileName: 'there.rdcase', caseType: 'plan_review', lastOpenedAt: '2026-12-01T08:00:00.000Z' },
        { path: path.join(tmp.dir, 'gone.rdcase'), fileName: 'gone.rdcase', caseType: 'plan_review', lastOpenedAt: '2026-11-30T08:00:00.000Z' },
      ];
      fs.writeFileSync(path.join(tmp.dir, 'settings.json'), JSON.stringify({ userName: '王<秘书>&', recentCases }));
      // Every line the host prints, as it comes (one listener from the start: data with none is lost).
      let buf = '';
      let wake = () => {};
      child.stdout!.on('data', (d: Buffer) => {
        buf += d.toString();
        wake();
      });
      const exited = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`host exited with ${code}`))));
      exited.catch(() => {});
      const next = async (): Promise<Record<string, unknown>> => {
        for (;;) {
          const i = buf.indexOf('\n');
          if (i >= 0) {
            const line = buf.slice(0, i);
            buf = buf.slice(i + 1);
            return JSON.parse(line);
          }
          await Promise.race([new Promise<void>((r) => (wake = r)), exited]);
        }
      };
      const first = await next();
      const launch = new URL(first.launchUrl as string);
      const port = Number(launch.port);
      const host = `127.0.0.1:${port}`;
      // The launch code, exchanged for the cookie; then the page, its data written in; then its reads over HTTP.
      const redirect = await raw(port, { path: launch.pathname + launch.search, headers: { Host: host } });
      expect(redirect.status).toBe(302);
      const cookie = String(redirect.headers['set-cookie']).split(';')[0];
      const page = await raw(port, { path: '/', headers: { Host: host, Cookie: cookie } });
      expect(page.status).toBe(200);
      const data = startDataOf(page.body) as Record<string, unknown>;
      const headers = { Host: host, Cookie: cookie, 'Content-Type': 'application/json', Origin: `http://${host}` };
      const post = async (name: string, body = '{}') => JSON.parse((await raw(port, { method: 'POST', path: `/api/${name}`, headers, body })).body);
      const early = { info: await post('app.info'), recent: await post('cases.recent') };
      // Nothing so far made the services (the second line would say so).
      expect(buf).toBe('');
      expect((data['app.info'] as { userName: string }).userName).toBe('王<秘书>&');
      expect(data['cases.recent']).toEqual([{ ...recentCases[0], exists: true }, { ...recentCases[1], exists: false }]);
      expect(early.info.value).toEqual(data['app.info']);
      expect(early.recent.value).toEqual(data['cases.recent']);
      // Any other call makes the services; then the same reads, answered by them, are the same.
      expect((await post('cases.get', JSON.stringify({ caseId: 'x' }))).error.code).toBe('CASE_NOT_OPEN');
      expect((await next()).servicesReady).toBe(true);
      expect((await post('app.info')).value).toEqual(data['app.info']);
      expect((await post('cases.recent')).value).toEqual(data['cases.recent']);
      expect(startDataOf((await raw(port, { path: '/', headers: { Host: host, Cookie: cookie } })).body)).toEqual(data);
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      tmp.cleanup();
      if (madeRenderer) fs.rmSync(path.join(rendererDir, 'index.html'), { force: true });
    }
  });
});
