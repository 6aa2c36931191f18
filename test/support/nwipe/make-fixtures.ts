/**
 * Regenerates the committed nwipe logs in test/fixtures/nwipe/ from real runs on loop devices (needs root):
 *   npm exec -- tsx test/support/nwipe/make-fixtures.ts
 * The tests use these logs on machines where loop devices are not allowed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NWIPE_FIXTURES } from './fixtures';
import { runNwipeOnLoopDevice, type LiveOptions } from './live-nwipe';

const RUNS: readonly [string, LiveOptions][] = [
  [NWIPE_FIXTURES.erased, { method: 'zero', verify: 'last', sizeMiB: 64 }],
  [NWIPE_FIXTURES.aborted, { method: 'random', verify: 'all', rounds: 2, sizeMiB: 2048, abort: true }],
  [NWIPE_FIXTURES.failed, { method: 'zero', verify: 'last', sizeMiB: 64, failWrites: true }],
];

for (const [file, options] of RUNS) {
  const outcome = await runNwipeOnLoopDevice(options);
  if (!outcome.ran) throw new Error(`cannot make ${file}: ${outcome.why}`);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, outcome.log);
  console.log(`wrote ${file} (nwipe exit ${String(outcome.exitCode)})`);
}
