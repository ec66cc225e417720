import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder that holds package.json and templates/: the Electron shell sets REVIEW_DESK_APP_ROOT to its app path;
 * the CLI, the host and the tests find it by walking up from this source file. A module of its own, so that the
 * host can find its pages without loading the services (main/host/serve.ts).
 */
export function appRoot(): string {
  if (process.env.REVIEW_DESK_APP_ROOT) return process.env.REVIEW_DESK_APP_ROOT;
  // This file's own folder first (in the Electron bundle import.meta.url is the bundle's), then the script that
  // started the process, then the working folder.
  const here = import.meta.url ? path.dirname(fileURLToPath(import.meta.url)) : '';
  for (const start of [here, process.argv[1] ? path.dirname(path.resolve(process.argv[1])) : '', process.cwd()]) {
    for (let dir = start; dir && dir !== path.dirname(dir); dir = path.dirname(dir)) {
      if (fs.existsSync(path.join(dir, 'templates')) && fs.existsSync(path.join(dir, 'package.json'))) return dir;
    }
  }
  return process.cwd();
}
