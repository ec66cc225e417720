import path from 'node:path';
import readline from 'node:readline';
import { Writable } from 'node:stream';
import { createServices, type Services } from '../services/container';
import { defaultUserDataDir, resolveDataDir } from '../services/dataDir';
import { nodeSettingsStore } from '../services/settings';
import { createHandlers } from '../ipc/handlers';
import { dispatch, type Handlers } from '../ipc/dispatch';
import { appVersion } from '../app/version';
import { writeFileAtomic } from '../services/files';
import type { CaseSummary } from '../../shared/domain/case';
import { ERROR_MESSAGES } from '../../shared/api/errors';
import type { AppContract, MethodName, RequestOf, ResponseOf } from '../../shared/api/index';
import { CliError } from './command';

export { CliError };

export interface CliContext {
  services: Services;
  handlers: Handlers;
  json: boolean;
  /** Calls a contract method the way the UI does; throws CliError with the Chinese message. */
  call<K extends MethodName>(name: K, req: RequestOf<AppContract[K]>): Promise<ResponseOf<AppContract[K]>>;
  /** A passphrase from REVIEW_DESK_PASSPHRASE (or the named variable), else a hidden prompt. Never an argument. */
  passphrase(prompt: string, opts?: { confirm?: boolean; envVar?: string }): Promise<string>;
  out(value: unknown, human: () => string): void;
  /** Opens a case file, its passphrase from the environment or a prompt. Every case is closed when the command ends. */
  openCase(file: string | undefined): Promise<CaseSummary>;
  /** Writes something the services made (a memo, a packet) to a file, atomically; returns the path written. */
  writeOutput(outputId: string, file: string): string;
}

export async function createCliContext(opts: { dataDir?: string; json: boolean }): Promise<CliContext> {
  const dataDir = resolveDataDir({
    argv: opts.dataDir ? ['--data-dir', opts.dataDir] : [],
    env: process.env,
    execDir: path.dirname(process.execPath),
    userData: () => defaultUserDataDir(),
  });
  const services = createServices({ dataDir, settingsStore: await nodeSettingsStore(dataDir), appVersion: appVersion(), dialogs: null });
  const handlers = createHandlers(services);
  const ctx: CliContext = {
    services,
    handlers,
    json: opts.json,
    async call(name, req) {
      const r = await dispatch(handlers, name, req, { error: () => {} });
      if (!r.ok) throw new CliError(r.error.message, r.error.code, r.error.details);
      return r.value as never;
    },
    async passphrase(prompt, o = {}) {
      const fromEnv = process.env[o.envVar ?? 'REVIEW_DESK_PASSPHRASE'];
      if (fromEnv !== undefined) return fromEnv;
      if (!process.stdin.isTTY) throw new CliError(`需要口令：请设置环境变量 ${o.envVar ?? 'REVIEW_DESK_PASSPHRASE'}，或在终端中运行以便输入口令。`, 'USAGE');
      const first = await askHidden(prompt);
      if (o.confirm && (await askHidden('再次输入口令：')) !== first) throw new CliError(ERROR_MESSAGES.PASSPHRASE_MISMATCH, 'PASSPHRASE_MISMATCH');
      return first;
    },
    out(value, human) {
      process.stdout.write(opts.json ? JSON.stringify(value, null, 2) + '\n' : human() + '\n');
    },
    async openCase(file) {
      if (!file) throw new CliError('缺少案卷文件路径（CASEFILE，.rdcase 文件）。', 'USAGE');
      const passphrase = await ctx.passphrase('案卷口令：');
      return ctx.call('cases.open', { path: path.resolve(file), passphrase });
    },
    writeOutput(outputId, file) {
      writeFileAtomic(file, services.files.getOutput(outputId).data);
      return file;
    },
  };
  return ctx;
}

function askHidden(prompt: string): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk, _enc, cb) {
      if (!muted) process.stderr.write(chunk);
      cb();
    },
  });
  const rl = readline.createInterface({ input: process.stdin, output, terminal: true });
  return new Promise((resolve) => {
    rl.question(prompt, (answer) => {
      rl.close();
      process.stderr.write('\n');
      resolve(answer);
    });
    muted = true;
  });
}
