import { afterAll, afterEach, beforeAll } from 'vitest';
import { startHarness, type AppUnderTest, type Harness, type OpenOptions } from './harness';

export interface FileHarness {
  /** Opens the app for the current test; it is closed after the test. */
  open(options?: OpenOptions): Promise<AppUnderTest>;
  /** The browser and server shared by the file's tests. */
  shared(): Harness;
}

/**
 * One browser and server per test file, one app per test: the lifecycle every e2e file needs. chromiumArgs are
 * read when the browser starts (a function, so a file can write its fake camera video first).
 */
export function useHarness(chromiumArgs: () => readonly string[] = () => []): FileHarness {
  let harness: Harness | null = null;
  let app: AppUnderTest | null = null;
  beforeAll(async () => {
    harness = await startHarness(chromiumArgs());
  });
  afterEach(async () => {
    await app?.close();
    app = null;
  });
  afterAll(async () => {
    await harness?.close();
  });
  const shared = (): Harness => {
    if (harness === null) throw new Error('The e2e harness has not started');
    return harness;
  };
  return {
    async open(options) {
      app = await shared().open(options);
      return app;
    },
    shared,
  };
}
