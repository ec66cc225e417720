import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract, ERROR_MESSAGES, method } from '../../shared/api/index';

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
  it('builds the schemas of a method on its first use, once, and not when the methods are listed', () => {
    let builds = 0;
    const request = z.object({ caseId: z.string() });
    const spec = method(() => {
      builds++;
      return { summary: '试验', request, response: z.object({}), errors: ['CASE_NOT_OPEN'], idempotent: 'sync' };
    });
    const listed = { 'x.y': spec };
    expect(Object.keys(listed)).toEqual(['x.y']);
    expect(builds).toBe(0);
    expect(spec.request).toBe(request);
    expect(spec.idempotent).toBe('sync');
    expect(spec.errors).toEqual(['CASE_NOT_OPEN']);
    expect(spec.request).toBe(request);
    expect(builds).toBe(1);
  });
});
