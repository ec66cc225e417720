import path from 'node:path';
import readline from 'node:readline';
import { Writable } from 'node:stream';
import type { Services } from '../services/container';
import { writeFileAtomic } from '../services/files';
import type { CaseSummary } from '../../shared/domain/case';
import { ERROR_MESSAGES } from '../../shared/api/errors';
import type { AppContract, MethodName, RequestOf, ResponseOf } from '../../shared/api/index';
import { CliError } from './errors';
import type { CliServices } from './services';


export interface CliContext {
  json: boolean;
  /** The app's services, built on first use: a command that needs none (`extract`) never loads them. */
  services(): Promise<Services>;
  /** Calls a contract method the way the UI does; throws CliError with the Chinese message. */
  call<K extends MethodName>(name: K, req: RequestOf<AppContract[K]>): Promise<ResponseOf<AppContract[K]>>;
  /** A passphrase from REVIEW_DESK_PASSPHRASE (or the named variable), else a hidden prompt. Never an argument. */
  passphrase(prompt: string, opts?: { confirm?: boolean; envVar?: string }): Promise<string>;
  out(value: unknown, human: () => string): void;
  /** Opens a case file, its passphrase from the environment or a prompt. Every case is closed when the command ends. */
  openCase(file: string | undefined): Promise<CaseSummary>;
  /** Writes something the services made (a memo, a packet) to a file, atomically; returns the path written. */
  writeOutput(outputId: string, file: string): Promise<string>;
  /** Ends the services if they were started (closes every case). */
  shutdown(): void;
}

export function createCliContext(opts: { dataDir?: string; json: boolean }): CliContext {
  let loading: Promise<CliServices> | undefined;
  let loaded: CliServices | undefined;
  const backend = () =>
    (loading ??= import('./services').then(async (m) => {
      loaded = await m.createCliServices(opts.dataDir);
      return loaded;
    }));
  const ctx: CliContext = {
    json: opts.json,
    async services() {
      return (await backend()).services;
    },
    async call(name, req) {
      return (await backend()).call(name, req);
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
    async writeOutput(outputId, file) {
      writeFileAtomic(file, (await ctx.services()).files.getOutput(outputId).data);
      return file;
    },
    shutdown() {
      loaded?.services.shutdown();
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
