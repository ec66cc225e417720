import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSP, isAllowedNavigation, isAppUrl, isTrustedSender, resolveAppPath, allowPermission, SECURITY_HEADERS } from '../../main/app/security';

describe('shell security rules', () => {
  it('treats only app://review-desk as our own pages', () => {
    expect(isAppUrl('app://review-desk/index.html')).toBe(true);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('http://127.0.0.1:3000/')).toBe(false);
    expect(isAppUrl('https://review-desk/')).toBe(false);
    expect(isAppUrl('app://evil/index.html')).toBe(false);
    expect(isAppUrl('app://user:pw@review-desk/')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });

  it('denies navigation anywhere but our own pages', () => {
    expect(isAllowedNavigation('app://review-desk/index.html', 'app://review-desk/index.html#/case/x/info')).toBe(true);
    expect(isAllowedNavigation('app://review-desk/index.html', 'https://example.com/')).toBe(false);
    expect(isAllowedNavigation('app://review-desk/index.html', 'file:///C:/Windows/')).toBe(false);
    expect(isAllowedNavigation('https://example.com/', 'app://review-desk/')).toBe(false);
  });

  it('answers IPC only for our own main frame', () => {
    expect(isTrustedSender('app://review-desk/index.html', true)).toBe(true);
    expect(isTrustedSender('app://review-desk/index.html', false)).toBe(false);
    expect(isTrustedSender('https://example.com/', true)).toBe(false);
    expect(isTrustedSender(undefined, true)).toBe(false);
  });

  it('maps app:// paths inside the renderer folder only', () => {
    const files = new Set(['index.html', 'assets/index-abc.js']);
    const exists = (p: string) => files.has(p);
    expect(resolveAppPath('app://review-desk/assets/index-abc.js', exists)).toBe('assets/index-abc.js');
    expect(resolveAppPath('app://review-desk/', exists)).toBe('index.html');
    expect(resolveAppPath('app://review-desk/case/123', exists)).toBe('index.html');
    expect(resolveAppPath('app://review-desk/assets/missing.js', exists)).toBeNull();
    // Traversal attempts never name a file outside the renderer folder.
    for (const evil of ['app://review-desk/%2e%2e/%2e%2e/etc/passwd', 'app://review-desk/..%5c..%5cwindows', 'app://review-desk/a%00b', 'app://review-desk/assets/%2e%2e%2f%2e%2e%2fsecret.js']) {
      const rel = resolveAppPath(evil, () => true);
      if (rel !== null) expect(path.resolve('/srv/renderer', rel).startsWith('/srv/renderer/'), `${evil} → ${rel}`).toBe(true);
    }
    expect(resolveAppPath('app://review-desk/..%5c..%5cwindows', exists)).toBeNull();
    expect(resolveAppPath('app://other/index.html', exists)).toBeNull();
  });

  it('has a strict CSP: scripts only from ourselves, nothing from the network', () => {
    const directives = Object.fromEntries(CSP.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
    expect(directives['default-src']).toEqual(["'none'"]);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['connect-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(CSP).not.toMatch(/unsafe-eval|https?:|\*/);
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(CSP);
  });

  it('refuses every permission request', () => {
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) expect(allowPermission(p)).toBe(false);
  });
});
