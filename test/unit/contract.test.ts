import { describe, expect, it } from 'vitest';
import { contract, ERROR_MESSAGES } from '../../shared/api/index';

describe('the API contract', () => {
  it('declares request and response schemas and only known error codes for every method', () => {
    for (const [name, spec] of Object.entries(contract)) {
      expect(name).toMatch(/^[a-z]+\.[a-zA-Z]+$/);
      expect(typeof spec.request.safeParse).toBe('function');
      expect(typeof spec.response.safeParse).toBe('function');
      for (const code of spec.errors) expect(ERROR_MESSAGES, `${name} → ${code}`).toHaveProperty(code);
      expect(spec.summary).toMatch(/\p{Script=Han}/u);
    }
  });
  it('gives every error a Chinese message a user can act on', () => {
    for (const [code, message] of Object.entries(ERROR_MESSAGES)) {
      expect(message, code).toMatch(/\p{Script=Han}/u);
      expect(message.length, code).toBeGreaterThan(6);
    }
  });
});
