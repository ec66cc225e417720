/**
 * The security rules of the shell as plain functions, so they are unit-tested without Electron (DESIGN §6).
 * Both the Electron window and the loopback host serve pages under the same CSP.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'review-desk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

export const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  // antd's css-in-js writes <style> elements at run time; scripts stay strictly 'self'.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "frame-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers on every page and asset we serve. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** Only our own pages on app:// — never file://, never http(s). */
export function isAppUrl(url: string): boolean {
  const u = parse(url);
  return !!u && u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST && !u.username && !u.password;
}

/** The main window may only move between our own pages; everything else (links, redirects, drops of files) is denied. */
export function isAllowedNavigation(from: string, to: string): boolean {
  return isAppUrl(from) && isAppUrl(to);
}

/**
 * Where a sub-frame (an iframe: the PDF preview) may go: our own pages and blobs our pages made, nothing else —
 * no http(s), no file://, no javascript: or data: documents. `will-navigate` covers only the main frame.
 */
export function isAllowedFrameNavigation(to: string): boolean {
  if (isAppUrl(to)) return true;
  if (to.startsWith('blob:')) return isAppUrl(to.slice('blob:'.length));
  return false;
}

/**
 * DevTools only in development: a packaged build never opens them (they reach into the page's memory and its
 * decrypted content), whatever the environment says.
 */
export function devToolsAllowed(opts: { isPackaged: boolean; env: Record<string, string | undefined> }): boolean {
  return !opts.isPackaged && !opts.env.REVIEW_DESK_NO_DEVTOOLS;
}

/** IPC is answered only for our own top frame on app://. */
export function isTrustedSender(frameUrl: string | undefined, isMainFrame: boolean): boolean {
  return isMainFrame && !!frameUrl && isAppUrl(frameUrl);
}

/**
 * Maps an app:// request to a file under the renderer folder, or null. Refuses any path that would leave it
 * (encoded dot segments, backslashes, NUL). Unknown paths fall back to index.html for the single-page app.
 */
export function resolveAppPath(url: string, exists: (rel: string) => boolean): string | null {
  const u = parse(url);
  if (!u || !isAppUrl(url)) return null;
  let rel: string;
  try {
    rel = decodeURIComponent(u.pathname);
  } catch {
    return null;
  }
  if (rel.includes('\0') || rel.includes('\\')) return null;
  const parts = rel.split('/').filter(Boolean);
  if (parts.some((p) => p === '..' || p === '.')) return null;
  const clean = parts.join('/');
  if (clean && exists(clean)) return clean;
  return /\.[a-z0-9]+$/i.test(clean) ? null : 'index.html';
}

/** Every permission a page may ask for (camera, notifications, geolocation…) is refused. */
export const allowPermission = (_permission: string) => false;
