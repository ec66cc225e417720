import crypto from 'node:crypto';
import fs from 'node:fs';

// SQLCipher 4 defaults (applyKey: cipher='sqlcipher', legacy=4): PBKDF2-HMAC-SHA512 with 256,000 iterations over the
// 16-byte salt at the head of the file; each 4096-byte page ends with a 16-byte IV and a 64-byte HMAC-SHA512 over the
// encrypted page and its IV and page number, keyed by PBKDF2(key, salt ^ 0x3a, 2).
const PAGE = 4096;
const SALT = 16;
const HMAC = 64;
const IV = 16;
const RESERVE = IV + HMAC;

function keys(passphrase: string, salt: Buffer) {
  const key = crypto.pbkdf2Sync(Buffer.from(passphrase, 'utf8'), salt, 256_000, 32, 'sha512');
  const hmacSalt = Buffer.from(salt.map((b) => b ^ 0x3a));
  return crypto.pbkdf2Sync(key, hmacSalt, 2, 32, 'sha512');
}

function pageAuthentic(hmacKey: Buffer, page: Buffer, pgno: number, offset: number) {
  const body = page.subarray(offset, PAGE - HMAC);
  const n = Buffer.alloc(4);
  n.writeUInt32LE(pgno);
  const mac = crypto.createHmac('sha512', hmacKey).update(body).update(n).digest();
  return crypto.timingSafeEqual(mac, page.subarray(PAGE - HMAC, PAGE));
}

/**
 * When SQLite cannot read page 1 with a passphrase, tells a wrong passphrase from a damaged file head, from the
 * bytes alone: if the passphrase authenticates any later page, it is right and page 1 is damaged. A damaged salt
 * makes every page fail, just as a wrong passphrase does: then the answer is "one or the other" (`unsure`).
 */
export function diagnoseKeyFailure(file: string, passphrase: string): 'page1-damaged' | 'unsure' {
  const fd = fs.openSync(file, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    const pages = Math.floor(size / PAGE);
    if (pages < 2) return 'unsure';
    const head = Buffer.alloc(SALT);
    fs.readSync(fd, head, 0, SALT, 0);
    const hmacKey = keys(passphrase, head);
    const page = Buffer.alloc(PAGE);
    // A few pages suffice: damage rarely spans them all, and a wrong passphrase authenticates none.
    for (const pgno of [2, 3, pages].filter((p, i, a) => p <= pages && a.indexOf(p) === i)) {
      fs.readSync(fd, page, 0, PAGE, (pgno - 1) * PAGE);
      if (pageAuthentic(hmacKey, page, pgno, 0)) return 'page1-damaged';
    }
    return 'unsure';
  } finally {
    fs.closeSync(fd);
  }
}

export const CIPHER_RESERVE_BYTES = RESERVE;
