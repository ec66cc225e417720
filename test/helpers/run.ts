import { spawn } from 'node:child_process';

export interface RunResult {
  /** The exit code, null when killed (timeout). */
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Written to stdin, which is then closed (an empty string: a closed stdin, as for a pipe with nothing in it). */
  input?: string;
  timeout?: number;
}

/**
 * Runs a program and waits for it without blocking the test worker. spawnSync/execFileSync stop the worker's event
 * loop for as long as the program runs, and vitest's worker RPC times out after 60 s of that: on a loaded machine a
 * LibreOffice conversion or a few CLI runs in a row outlast it and the run ends in "Timeout calling onTaskUpdate",
 * though every test passed. Awaiting the program keeps the worker answering.
 */
export function run(cmd: string, args: string[], opts: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    const timer = opts.timeout ? setTimeout(() => child.kill('SIGKILL'), opts.timeout) : undefined;
    child.once('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
    child.stdin.on('error', () => {}); // a program that exits without reading its input
    child.stdin.end(opts.input ?? '');
  });
}

/** Like execFileSync: the program's stdout, or an error with its stderr when it fails. */
export async function output(cmd: string, args: string[], opts: RunOptions = {}): Promise<string> {
  const r = await run(cmd, args, opts);
  if (r.code !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${r.code}: ${r.stderr.slice(0, 2000)}`);
  return r.stdout;
}
