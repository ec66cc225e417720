import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';

const require = createRequire(import.meta.url);

/**
 * The SQLite driver, loaded so that the Node build (tests, CLI, host) and the Electron build never share a binary.
 * Under Node the package's own build/Release is used. The packaged Electron app carries its Electron-ABI binary in
 * resources/native/ (see scripts/package.mjs), named through `nativeBinding`, so a rebuild for one runtime never
 * overwrites the other.
 */
export type Database = BetterSqlite3.Database;
export type Statement = BetterSqlite3.Statement;

const Driver: typeof BetterSqlite3 = require('better-sqlite3-multiple-ciphers');

export function nativeBindingPath(): string | undefined {
  const fromEnv = process.env.REVIEW_DESK_SQLITE_BINDING;
  if (fromEnv) return fromEnv;
  if (!process.versions.electron) return undefined;
  // Packaged: resources/native/. Development under an Electron binary: build/native-electron/ from
  // `npm run rebuild:electron`. Never node_modules/…/build/Release, which holds the Node build.
  const resources = (process as { resourcesPath?: string }).resourcesPath;
  const candidates = [
    resources && path.join(resources, 'native', 'better_sqlite3.node'),
    process.env.REVIEW_DESK_APP_ROOT && path.join(process.env.REVIEW_DESK_APP_ROOT, 'build', 'native-electron', 'better_sqlite3.node'),
  ].filter((p): p is string => !!p);
  return candidates.find((p) => fs.existsSync(p));
}

export function openDatabase(file: string, options: { readonly?: boolean; fileMustExist?: boolean }): Database {
  const nativeBinding = nativeBindingPath();
  return new Driver(file, { ...options, ...(nativeBinding ? { nativeBinding } : {}) });
}
