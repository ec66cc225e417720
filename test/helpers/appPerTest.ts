import { afterEach, beforeEach } from 'vitest';
import { testApp } from './services';

export type TestApp = ReturnType<typeof testApp>;

/**
 * The integration tests' preamble: a fresh testApp (its own temp data folder) made before each test and cleaned up
 * after it. The object returned reads the current test's app, so a file or describe block holds it in a const.
 */
export function testAppPerTest(opts: { userName?: string | null } = {}): TestApp {
  let current: TestApp | undefined;
  beforeEach(() => {
    current = testApp(opts);
  });
  afterEach(() => current!.cleanup());
  const now = () => {
    if (!current) throw new Error('testAppPerTest: the app exists only inside a test or its hooks');
    return current;
  };
  return {
    get dir() {
      return now().dir;
    },
    get services() {
      return now().services;
    },
    get handlers() {
      return now().handlers;
    },
    get call() {
      return now().call;
    },
    get newCase() {
      return now().newCase;
    },
    get cleanup() {
      return now().cleanup;
    },
  };
}
