import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MachineInfo } from './machine';

/** One line of the benchmark table: what was measured, the figure, and the target it is held to. */
export interface SummaryRow {
  readonly benchmark: string;
  readonly figure: string;
  readonly result: string;
  readonly target: string;
  /** null when the figure has no target (context only). */
  readonly met: boolean | null;
}

export const ms = (value: number): string => `${value.toFixed(value < 10 ? 2 : 1)} ms`;

/** A target as the issue states it, e.g. "≤ 5 ms". */
export const atMost = (limitMs: number): string => `≤ ${limitMs} ms`;

export function bytesText(bytes: number): string {
  return bytes >= 1024 ** 3 ? `${(bytes / 1024 ** 3).toFixed(2)} GiB` : `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
}

export function writeResult(dir: string, name: string, machine: MachineInfo, figures: object): string {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.json`);
  writeFileSync(file, `${JSON.stringify({ benchmark: name, machine, ...figures }, null, 2)}\n`);
  return file;
}

const verdict = (met: boolean | null): string => (met === null ? '' : met ? 'met' : 'MISSED');

/** A plain-text table for the terminal. */
export function textTable(rows: readonly SummaryRow[]): string {
  const cells = [['Benchmark', 'Figure', 'Result', 'Target', ''], ...rows.map((r) => [r.benchmark, r.figure, r.result, r.target, verdict(r.met)])];
  const widths = [0, 1, 2, 3, 4].map((c) => Math.max(...cells.map((row) => (row[c] ?? '').length)));
  const line = (row: readonly string[]): string => row.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join('  ').trimEnd();
  return [line(cells[0] ?? []), widths.map((w) => '-'.repeat(w)).join('  ').trimEnd(), ...cells.slice(1).map(line)].join('\n');
}

/** The README's benchmark section: the table plus the machine and data it was measured on. */
export function summaryMarkdown(rows: readonly SummaryRow[], machine: MachineInfo, notes: readonly string[]): string {
  const table = [
    '| Benchmark | Figure | Result | Target | |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r.benchmark} | ${r.figure} | ${r.result} | ${r.target} | ${r.met === null ? '' : r.met ? '✅ met' : '❌ missed'} |`),
  ];
  const about = `Measured ${machine.date.slice(0, 10)} on ${machine.cpu} (${machine.cores} cores, ${machine.totalMemoryGiB} GiB RAM), ${machine.platform}, Node ${machine.node}, SQLite ${machine.sqlite}; load average at start ${machine.loadAverage.join(' / ')}.`;
  return [...table, '', about, ...notes.map((n) => `- ${n}`), '', 'Run `npm run bench` to measure again (figures: test/bench/results/*.json).', ''].join('\n');
}
