import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runDockside } from './support/run-dockside';

const USAGE_LINES = [
  'dockside verify FILE [--pubkey PEMFILE] [--json]',
  'dockside export evidence --db FILE [--asset TAG|SERIAL|ID] [--out FILE] [--json]',
  'dockside demo --data-dir DIR --technician ID --name NAME --pin PIN [--json]',
  'dockside help',
];

describe('dockside help and wrong usage', () => {
  it('prints the exact usage of every command and the meaning of each exit status', () => {
    const run = runDockside(['help']);
    expect(run.status).toBe(0);
    for (const line of USAGE_LINES) expect(run.stdout).toContain(line);
    expect(run.stdout).toContain('1  verification failed');
    expect(run.stdout).toContain('2  wrong usage');
    expect(runDockside(['verify', '--help']).stdout).toBe(run.stdout);
  });

  it('runs through npm exec, the way `npx dockside` does', () => {
    const root = fileURLToPath(new URL('../..', import.meta.url));
    const run = spawnSync('npm', ['exec', '--', 'dockside', 'help'], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(USAGE_LINES[0]);
  });

  it('with no command or an unknown one: help or a hint on standard error, exit status 2', () => {
    const bare = runDockside([]);
    expect(bare.status).toBe(2);
    expect(bare.stderr).toContain(USAGE_LINES[0]);
    const unknown = runDockside(['frobnicate']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toBe('Unknown command "frobnicate". Run "dockside help" to see what it can do.\n');
  });

  it('missing or unknown arguments are explained, with exit status 2', () => {
    const cases: [string[], string][] = [
      [['verify'], 'Error: Name the file to verify: dockside verify FILE'],
      [['verify', 'a.json', 'b.json'], 'verify checks one file at a time'],
      [['verify', 'a.json', '--colour'], "Unknown option '--colour'"],
      [['export'], 'What to export: dockside export evidence --db FILE'],
      [['export', 'evidence'], 'Name the database to export from: --db FILE'],
      [['demo', '--data-dir', '/tmp/nowhere-dockside'], 'demo needs --technician ID'],
    ];
    for (const [args, words] of cases) {
      const run = runDockside(args);
      expect({ args, status: run.status }).toEqual({ args, status: 2 });
      expect(run.stderr).toContain(words);
    }
  });
});
