import fs from 'node:fs';
import path from 'node:path';
import { appRoot } from '../services/appRoot';

export function appVersion(): string {
  try {
    return JSON.parse(fs.readFileSync(path.join(appRoot(), 'package.json'), 'utf8')).version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}
