import fs from 'node:fs';
import os from 'node:os';
import { fault } from '../../shared/api/errors';

/** Who holds a case open: written into `<case>.lock` beside the file while a process has it open for writing. */
export interface LockOwner {
  pid: number;
  host: string;
  user: string;
  at: string;
}

export const lockPathOf = (caseFile: string) => `${caseFile}.lock`;

function me(): LockOwner {
  let user = '';
  try {
    user = os.userInfo().username;
  } catch {
    user = '';
  }
  return { pid: process.pid, host: os.hostname(), user, at: new Date().toISOString() };
}

/** Held by an account whose owner-only lock file we may not read: someone holds it, never a stale lock to remove. */
const UNREADABLE: LockOwner = { pid: 0, host: '', user: '', at: '' };

function readOwner(lockFile: string): LockOwner | null {
  let text: string;
  try {
    text = fs.readFileSync(lockFile, 'utf8');
  } catch (e) {
    const code = (e as { code?: string }).code;
    return code === 'EACCES' || code === 'EPERM' ? UNREADABLE : null;
  }
  try {
    const o = JSON.parse(text) as Partial<LockOwner>;
    if (typeof o.pid !== 'number' || typeof o.host !== 'string') return null;
    return { pid: o.pid, host: o.host, user: typeof o.user === 'string' ? o.user : '', at: typeof o.at === 'string' ? o.at : '' };
  } catch {
    return null;
  }
}

function alive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to another account.
    return (e as { code?: string }).code === 'EPERM';
  }
}

/** A lock left by a process of this machine that no longer runs (a crash, a kill) is stale and may be taken over. */
export function isStale(owner: LockOwner | null, host = os.hostname()) {
  if (!owner) return true;
  return owner.host === host && owner.pid !== process.pid && !alive(owner.pid);
}

/** Chinese text naming who holds the case, for the CASE_IN_USE message. */
export function describeOwner(o: LockOwner) {
  if (o === UNREADABLE) return '另一个用户账户';
  const who = [o.user && `用户“${o.user}”`, o.host && `计算机“${o.host}”`].filter(Boolean).join('在');
  const since = o.at ? `（自 ${o.at.slice(0, 16).replace('T', ' ')} UTC 起）` : '';
  return `${who || '另一个程序'}${since}`;
}

const held = new Map<string, number>();

/**
 * Takes the cross-process lock of a case file, or throws CASE_IN_USE naming the holder. Opens within this process
 * share it (counted); a stale lock of a dead process on this machine is replaced. A lock from another computer (a
 * case on a shared folder) is never guessed stale: the message says who holds it and how to clear it.
 */
export function acquireCaseLock(caseFile: string): () => void {
  const lockFile = lockPathOf(caseFile);
  const count = held.get(lockFile) ?? 0;
  if (count > 0) {
    held.set(lockFile, count + 1);
    return once(() => release(lockFile));
  }
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      // Owner-only like the case itself (0600): it names the user and computer that has the confidential case open.
      const fd = fs.openSync(lockFile, 'wx', 0o600);
      try {
        fs.writeSync(fd, JSON.stringify(me()));
      } finally {
        fs.closeSync(fd);
      }
      held.set(lockFile, 1);
      return once(() => release(lockFile));
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code !== 'EEXIST') {
        // A read-only medium or folder: no other process can write the case there either, so no lock is needed.
        if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM') return () => {};
        throw e;
      }
    }
    const owner = readOwner(lockFile);
    if (owner && owner.pid === process.pid && owner.host === os.hostname()) {
      // Ours from an earlier open in this process whose count was lost (should not happen): keep it.
      held.set(lockFile, 1);
      return once(() => release(lockFile));
    }
    if (!isStale(owner)) {
      throw fault('CASE_IN_USE', `该案卷正由${describeOwner(owner!)}打开使用，为防止两处同时修改，暂不能打开。请先在那里关闭案卷后重试；若确认那里已不再使用（例如程序已异常退出），可删除案卷旁的“${lockFile.split(/[\\/]/).pop()}”文件后重试。文件未作任何改动。`, { owner });
    }
    fs.rmSync(lockFile, { force: true });
  }
  throw fault('CASE_IN_USE');
}

function release(lockFile: string) {
  const count = (held.get(lockFile) ?? 1) - 1;
  if (count > 0) {
    held.set(lockFile, count);
    return;
  }
  held.delete(lockFile);
  const owner = readOwner(lockFile);
  if (owner && owner.pid === process.pid && owner.host === os.hostname()) fs.rmSync(lockFile, { force: true });
}

function once(fn: () => void) {
  let done = false;
  return () => {
    if (!done) {
      done = true;
      fn();
    }
  };
}

/** The holder of a case's lock, if any live process holds it (for messages when SQLite itself reports the file busy). */
export function currentOwner(caseFile: string): LockOwner | null {
  const o = readOwner(lockPathOf(caseFile));
  return o && !isStale(o) ? o : null;
}

// A normal exit (the CLI's process.exit included) never leaves our lock files behind.
process.once('exit', () => {
  for (const lockFile of held.keys()) {
    const owner = readOwner(lockFile);
    if (owner && owner.pid === process.pid) fs.rmSync(lockFile, { force: true });
  }
});
