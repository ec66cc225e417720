import { describe, expect, it } from 'vitest';
import { passphraseStrength } from '../../shared/passphrase';

describe('passphrase strength', () => {
  it('refuses short, single-class and common passphrases', () => {
    for (const p of ['', '1234', 'abcdefgh', '12345678', 'password1', 'aaaaaaaa1', '88888888a']) expect(passphraseStrength(p).acceptable, p).toBe(false);
  });
  it('accepts mixed passphrases of 8 or more and grades longer ones higher', () => {
    expect(passphraseStrength('Kx7-评审台-2026').acceptable).toBe(true);
    expect(passphraseStrength('abc12345').acceptable).toBe(true);
    expect(passphraseStrength('Kx7-评审台-2026-秦皇岛').score).toBeGreaterThan(passphraseStrength('abc12345').score);
  });
  it('says in Chinese what to improve', () => {
    expect(passphraseStrength('abc').hints).toContain('至少 8 位');
    expect(passphraseStrength('abc').label).toBe('很弱');
  });
});
