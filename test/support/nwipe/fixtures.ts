import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const at = (name: string): string => fileURLToPath(new URL(`../../fixtures/nwipe/${name}`, import.meta.url));

/** Logs written by real nwipe 0.33 runs on loop devices (see make-fixtures.ts); *.txt because *.log is git-ignored. */
export const NWIPE_FIXTURES = {
  /** zero fill, verify last pass, blanking: Erased. */
  erased: at('zero-verify-last-erased.nwipe.txt'),
  /** PRNG stream, 2 rounds, verify all passes, interrupted with Ctrl+C: UABORTED. */
  aborted: at('prng-verify-all-aborted.nwipe.txt'),
  /** zero fill on a loop device whose backing file runs out of space: pass and fdatasync errors. */
  failed: at('zero-write-errors-failed.nwipe.txt'),
} as const;

export const readFixture = (file: string): Buffer => readFileSync(file);
