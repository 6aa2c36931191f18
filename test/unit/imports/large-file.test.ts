import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SCRIPT = fileURLToPath(new URL('../../support/imports/read-50mb.ts', import.meta.url));
/** The heap a real process gets for this read; over it, V8 aborts the child and the test fails. */
const HEAP_MB = 512;

describe('a report just under the 50 MB limit', () => {
  it('is read whole, every line, in a process whose heap is capped at 512 MB', () => {
    const child = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, '--import', 'tsx', SCRIPT], { encoding: 'utf8', timeout: 120_000 });
    expect(child.stderr).toBe('');
    expect(child.status).toBe(0);
    const read = JSON.parse(child.stdout) as { bytes: number; lines: number; rows: number; problems: number; delimiter: string; lastLine: number; lastSerial: string; peakRssMb: number };
    expect(read.bytes).toBeGreaterThan(50 * 1024 * 1024 - 200);
    expect(read.rows).toBe(read.lines);
    expect(read.problems).toBe(0);
    expect(read.delimiter).toBe(';');
    expect(read.lastLine).toBe(read.lines + 1);
    expect(read.lastSerial).toBe(`SN${String(read.lines - 1).padStart(9, '0')}`);
    process.stdout.write(`50 MB read: ${read.rows} rows, peak RSS ${read.peakRssMb} MB\n`);
  }, 150_000);
});
