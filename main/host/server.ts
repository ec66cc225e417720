import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import type { Backend } from '../ipc/backend';
import type { StartReads } from '../ipc/startReads';
import { ERROR_MESSAGES } from '../../shared/api/errors';
import { SECURITY_HEADERS, resolveAppPath } from '../app/security';
import { MAX_UPLOAD_BYTES, type FileStaging } from '../services/files';
import { withStartData } from '../../shared/startData';

const MAX_JSON_BYTES = 32 * 1024 * 1024;
/** A body over the limit is still read (and dropped) up to this much, so the client gets its 413 instead of a reset. */
const MAX_DRAIN_BYTES = 256 * 1024 * 1024;
const LAUNCH_CODE_TTL_MS = 10 * 60 * 1000;
const TOKEN_COOKIE = 'rd_token';
/** The header the page's own uploads carry: a cross-site form cannot set it, and a cross-site fetch with it needs a preflight we never answer. */
export const REQUEST_HEADER = 'x-review-desk-request';
const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.woff2': 'font/woff2', '.woff': 'font/woff', '.ttf': 'font/ttf', '.otf': 'font/otf', '.ico': 'image/x-icon',
  '.wasm': 'application/wasm', '.map': 'application/json', '.bcmap': 'application/octet-stream', '.pfb': 'application/octet-stream',
};

export interface HostOptions {
  /**
   * The API and the staged files. A promise: the host serves its pages at once and API calls wait for the services
   * (made while the browser opens the page). A rejected promise answers every call with the failure's message.
   */
  backend: Backend | Promise<Backend>;
  /**
   * Until `backend` is settled, the calls this answers are answered here (the start page's reads,
   * main/ipc/startReads.ts), so the first page does not wait for the services.
   */
  startReads?: StartReads;
  /** Called when a request has to wait for the backend: a host that makes its services late makes them now. */
  backendWanted?: () => void;
  /**
   * The start page's data (main/ipc/startReads.ts `startData`), written into index.html as it is served
   * (shared/startData.ts), so the page renders without asking; undefined: the page asks.
   */
  startData?: () => unknown;
  /**
   * Called once a file of the page other than the start page's own (index.html and the bundle and styles it names)
   * has been sent: the page, its start page drawn, is fetching the other pages' code (renderer/App.tsx).
   */
  pageFileSent?: () => void;
  /** The built renderer (dist/renderer). */
  staticDir: string;
  port?: number;
  token?: string;
}

export interface Host {
  url: string;
  /**
   * The URL to open. It carries a one-time launch code, never the token: a browser's command line is readable by
   * every local account (`ps`), so what appears there is worthless once the page has exchanged it for the cookie.
   */
  launchUrl: string;
  /** Another one-time launch URL (a second window, a test harness). */
  newLaunchUrl(): string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/**
 * The loopback host (DESIGN §3): the built renderer and `POST /api/<method>` on 127.0.0.1 only, on an ephemeral port.
 * Every request must carry the per-launch token (cookie or header) or gets 401; the Host header must name our own
 * address, which closes the door to DNS-rebinding pages.
 */
export async function startHost(opts: HostOptions): Promise<Host> {
  const token = opts.token ?? crypto.randomBytes(32).toString('base64url');
  const tokenBuf = Buffer.from(token);
  let port = 0;

  const launchCodes = new Map<string, number>();
  const newLaunchCode = () => {
    const code = crypto.randomBytes(24).toString('base64url');
    launchCodes.set(code, Date.now() + LAUNCH_CODE_TTL_MS);
    return code;
  };
  /** Consumes a launch code: valid once, and only for a few minutes. */
  const takeLaunchCode = (code: string | null) => {
    const until = code ? launchCodes.get(code) : undefined;
    if (code) launchCodes.delete(code);
    return until !== undefined && until >= Date.now();
  };

  const tokenOk = (candidate: string | undefined) => {
    if (!candidate) return false;
    const b = Buffer.from(candidate);
    return b.length === tokenBuf.length && crypto.timingSafeEqual(b, tokenBuf);
  };

  let backendSettled = false;
  void Promise.resolve(opts.backend).then(
    () => (backendSettled = true),
    () => (backendSettled = true),
  );
  const backend = () => {
    if (!backendSettled) opts.backendWanted?.();
    return opts.backend;
  };

  const server = http.createServer(async (req, res) => {
    try {
      for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
      const host = req.headers.host ?? '';
      if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return send(res, 421, 'text/plain', 'misdirected');
      const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);

      // The launch URL's one-time code is exchanged for an HttpOnly, SameSite=Strict cookie and leaves the URL.
      if (req.method === 'GET' && url.pathname === '/' && (url.searchParams.has('launch') || url.searchParams.has('token'))) {
        if (!takeLaunchCode(url.searchParams.get('launch'))) return unauthorized(res);
        res.setHeader('Set-Cookie', `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`);
        res.writeHead(302, { Location: '/' });
        return res.end();
      }
      const cookie = parseCookies(req.headers.cookie)[TOKEN_COOKIE];
      const header = req.headers['x-review-desk-token'];
      const byHeader = tokenOk(typeof header === 'string' ? header : undefined);
      if (!byHeader && !tokenOk(cookie)) return unauthorized(res);

      if (req.method === 'POST') {
        const origin = req.headers.origin;
        if (origin && origin !== `http://127.0.0.1:${port}` && origin !== `http://localhost:${port}`) return unauthorized(res);
        // The cookie alone is not enough: a cross-site form sends it too (text/plain, no Origin from some browsers).
        // Require what only our own page sends: application/json on the API (a preflighted type cross-site), our
        // request header on uploads.
        const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
        const ours = url.pathname.startsWith('/api/') ? type === 'application/json' : req.headers[REQUEST_HEADER] === '1';
        if (!byHeader && !ours) {
          drain(req);
          return sendJson(res, 403, { ok: false, error: { code: 'UNAUTHORIZED', message: ERROR_MESSAGES.UNAUTHORIZED } });
        }
      }

      if (req.method === 'POST' && url.pathname.startsWith('/api/')) {
        let name: string;
        try {
          name = decodeURIComponent(url.pathname.slice('/api/'.length));
        } catch {
          drain(req);
          return sendJson(res, 400, { ok: false, error: { code: 'BAD_REQUEST', message: ERROR_MESSAGES.BAD_REQUEST } });
        }
        const raw = await readBody(req, MAX_JSON_BYTES);
        if (raw === null) {
          res.setHeader('Connection', 'close');
          return sendJson(res, 413, { ok: false, error: { code: 'BAD_REQUEST', message: `请求内容超过 ${MAX_JSON_BYTES / 1024 / 1024} MB 的上限，未处理。大文件请通过导入文件功能上传。` } });
        }
        let body: unknown;
        try {
          body = JSON.parse(raw.toString('utf8') || '{}');
        } catch {
          return sendJson(res, 400, { ok: false, error: { code: 'BAD_REQUEST', message: ERROR_MESSAGES.BAD_REQUEST } });
        }
        // The start page's reads, while the services are still to be made.
        const early = backendSettled ? undefined : await opts.startReads?.(name, body);
        if (early) return sendJson(res, 200, early);
        // Server-Timing: the service's own time and the answer's serialisation, visible in the browser's network panel
        // and to the UI bench (bench/ui-profile.ts), so a slow action can be split between host and page.
        const b = await backend();
        const t0 = performance.now();
        const result = await b.call(name, body);
        const t1 = performance.now();
        const json = JSON.stringify(result);
        res.setHeader('Server-Timing', `app;dur=${(t1 - t0).toFixed(1)}, json;dur=${(performance.now() - t1).toFixed(1)}`);
        return send(res, 200, 'application/json; charset=utf-8', json);
      }

      if (req.method === 'POST' && url.pathname === '/upload') return await upload(req, res, url, (await backend()).files);

      // 打印 in browser mode: the PDF itself, inline, so the browser's PDF viewer shows it and prints it.
      if (req.method === 'GET' && url.pathname.startsWith('/view/')) {
        const o = (await backend()).files.getOutput(decodeURIComponent(url.pathname.slice('/view/'.length)));
        res.writeHead(200, {
          'Content-Type': o.mime,
          'Content-Length': o.size,
          'Content-Disposition': `inline; filename="${asciiName(o.fileName)}"; filename*=UTF-8''${encodeURIComponent(o.fileName)}`,
          'Cache-Control': 'no-store',
        });
        return res.end(o.data);
      }

      if (req.method === 'GET' && url.pathname.startsWith('/download/')) {
        let outputId: string;
        try {
          outputId = decodeURIComponent(url.pathname.slice('/download/'.length));
        } catch {
          return send(res, 400, 'text/plain', 'bad request');
        }
        const o = (await backend()).files.getOutput(outputId);
        res.writeHead(200, {
          'Content-Type': o.mime,
          'Content-Length': o.size,
          'Content-Disposition': `attachment; filename="${asciiName(o.fileName)}"; filename*=UTF-8''${encodeURIComponent(o.fileName)}`,
        });
        return res.end(o.data);
      }

      if (req.method === 'GET' || req.method === 'HEAD') {
        const rel = resolveAppPath(`app://review-desk${url.pathname}`, (p) => fs.statSync(path.join(opts.staticDir, p), { throwIfNoEntry: false })?.isFile() ?? false);
        if (!rel) return send(res, 404, 'text/plain', 'not found');
        const file = path.join(opts.staticDir, rel);
        if (!fs.existsSync(file)) return send(res, 503, 'text/plain; charset=utf-8', '界面尚未构建：请先运行 npm run build。');
        // Bundles under assets/ have content-hashed names: the browser may keep them (and Chromium then keeps their
        // compiled code too), so a later start of the same browser profile neither downloads nor compiles them again.
        const immutable: Record<string, string> = rel.startsWith('assets/') ? { 'Cache-Control': 'private, max-age=31536000, immutable' } : { 'Cache-Control': 'no-cache' };
        let body = await assets.read(rel, file);
        if (rel === 'index.html' && opts.startData) {
          // The start page's data in the page (shared/startData.ts): the user's name, paths of recent cases. Never kept.
          const data = opts.startData();
          if (data !== undefined) {
            body = Buffer.from(withStartData(body.toString('utf8'), data));
            immutable['Cache-Control'] = 'no-store';
          }
        }
        res.writeHead(200, { 'Content-Type': MIME[path.extname(file)] ?? 'application/octet-stream', 'Content-Length': body.length, ...immutable });
        res.end(req.method === 'HEAD' ? undefined : body);
        if (rel !== 'index.html' && !assets.startPageFiles.has(rel)) opts.pageFileSent?.();
        return;
      }
      send(res, 405, 'text/plain', 'method not allowed');
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code === 'NOT_FOUND') return sendJson(res, 404, { ok: false, error: { code, message: (e as Error).message } });
      // The tab closed while a file was on its way (a page left while it fetched the next pages' code): nothing to do.
      if (code === 'ERR_STREAM_PREMATURE_CLOSE') return;
      console.error('[host]', e);
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'INTERNAL', message: ERROR_MESSAGES.INTERNAL } });
      else res.destroy();
    }
  });

  const assets = new AssetCache();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  // The start page's own files, read while the browser opens its tab (before the services are made: main/host/serve.ts).
  void assets.warm(opts.staticDir);
  // Chromium keeps an idle keep-alive socket for up to 5 minutes; Node closes it after 5 s by default. A request sent on
  // a socket the host has just closed fails as 无法连接 (seen in e2e under load), so the host outlives the browser.
  server.keepAliveTimeout = 330_000;
  port = (server.address() as { port: number }).port;
  const url = `http://127.0.0.1:${port}/`;
  return {
    url,
    launchUrl: `${url}?launch=${newLaunchCode()}`,
    newLaunchUrl: () => `${url}?launch=${newLaunchCode()}`,
    port,
    token,
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}

/**
 * The renderer's files, kept in memory once read and sent in one write with their length. Files under assets/ have
 * content-hashed names, so a name never changes its content; index.html (and anything else) is read at every request,
 * so a rebuild under a running host shows. A 0.79 MB bundle streamed from disk in 64 KB chunks took 120–220 ms over
 * loopback on the loaded test machine; from memory it is one write. Not compressed: on loopback, inflating would cost
 * the page more than the bytes.
 */
class AssetCache {
  private readonly kept = new Map<string, Promise<Buffer>>();
  /** The files index.html names (its bundle, its styles), known once `warm` has read it. */
  readonly startPageFiles = new Set<string>();

  read(rel: string, file: string): Promise<Buffer> {
    if (!rel.startsWith('assets/')) return fs.promises.readFile(file);
    let body = this.kept.get(rel);
    if (!body) {
      body = fs.promises.readFile(file);
      this.kept.set(rel, body);
      body.catch(() => this.kept.delete(rel));
    }
    return body;
  }

  /** Reads the files index.html names (its bundle, its styles) ahead of the browser's request for them. */
  async warm(staticDir: string) {
    try {
      const html = await fs.promises.readFile(path.join(staticDir, 'index.html'), 'utf8');
      for (const [, rel] of html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"?#]+)"/g)) {
        if (rel.includes('..')) continue;
        this.startPageFiles.add(rel);
        await this.read(rel, path.join(staticDir, rel)).catch(() => undefined);
      }
    } catch {
      // Not built yet: the request itself says so (503).
    }
  }
}

async function upload(req: http.IncomingMessage, res: http.ServerResponse, url: URL, files: FileStaging) {
  const declared = Number(req.headers['content-length'] ?? NaN);
  const limitMb = Math.round(MAX_UPLOAD_BYTES / 1024 / 1024);
  const tooLarge = { ok: false, error: { code: 'FILE_TOO_LARGE', message: `文件超过 ${limitMb} MB 的上限，无法导入。请拆分文件或压缩其中的图片后再导入。` } };
  if (declared > MAX_UPLOAD_BYTES) {
    // Answer at once and drop the connection rather than read hundreds of MB we will not keep.
    res.setHeader('Connection', 'close');
    res.on('finish', () => req.destroy());
    return sendJson(res, 413, tooLarge);
  }
  const { uploadId, file } = files.newUploadPath(url.searchParams.get('name') ?? 'upload');
  let received = 0;
  const out = fs.createWriteStream(file, { mode: 0o600 });
  try {
    await pipeline(
      req,
      async function* (source: AsyncIterable<Buffer>) {
        for await (const chunk of source) {
          received += chunk.length;
          if (received > MAX_UPLOAD_BYTES) throw Object.assign(new Error('too large'), { tooLarge: true });
          yield chunk;
        }
      },
      out,
    );
  } catch (e) {
    files.dropUpload(uploadId);
    if ((e as { tooLarge?: boolean }).tooLarge) {
      res.setHeader('Connection', 'close');
      return sendJson(res, 413, tooLarge);
    }
    throw e;
  }
  return sendJson(res, 200, { ok: true, value: { uploadId, size: received } });
}

/**
 * The body, or null when it is over the limit. An oversized body is read to its end and dropped (up to
 * MAX_DRAIN_BYTES), so that the client, still sending, receives the 413 rather than a connection reset.
 */
function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= limit) chunks.push(c);
      else if (chunks.length) chunks.length = 0;
      if (size > MAX_DRAIN_BYTES) req.destroy();
    });
    req.on('end', () => resolve(size > limit ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** Reads and drops a body we refuse, so the answer reaches the client. */
function drain(req: http.IncomingMessage) {
  let size = 0;
  req.on('data', (c: Buffer) => {
    size += c.length;
    if (size > MAX_DRAIN_BYTES) req.destroy();
  });
  req.resume();
}

function parseCookies(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0) out[part.slice(0, i).trim()] = part.slice(i + 1).trim();
  }
  return out;
}

const asciiName = (name: string) => name.replace(/[^\x20-\x7e]|["\\]/g, '_');

function send(res: http.ServerResponse, status: number, type: string, body: string) {
  res.writeHead(status, { 'Content-Type': type });
  res.end(body);
}
function sendJson(res: http.ServerResponse, status: number, body: unknown) {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(body));
}
function unauthorized(res: http.ServerResponse) {
  sendJson(res, 401, { ok: false, error: { code: 'UNAUTHORIZED', message: ERROR_MESSAGES.UNAUTHORIZED } });
}
