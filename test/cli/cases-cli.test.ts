import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/connection';
import { removeFixture, signedInFixture, type CoreFixture } from '../support/core-fixture';
import { HRIS_HEADER, inventory, receive } from '../support/cases/case-station';
import { DOCKSIDE_BIN, jsonOf, type DocksideRun } from './support/run-dockside';

function dockside(args: readonly string[], env: Readonly<Record<string, string>> = {}): DocksideRun {
  const run = spawnSync(process.execPath, [DOCKSIDE_BIN, ...args], { encoding: 'utf8', timeout: 60_000, env: { ...process.env, ...env } });
  if (run.error !== undefined) throw run.error;
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A date some days from today (the CLI checks separation dates against the real clock). */
const fromToday = (days: number): string => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('dockside import cases, export case-pack, verify', () => {
  let f: CoreFixture;
  let file: string;
  const cases = (): number => {
    const db = openDatabase(f.dbFile, { readonly: true });
    try {
      return (db.prepare('SELECT count(*) AS n FROM cases').get() as { n: number }).n;
    } finally {
      db.close();
    }
  };

  beforeEach(async () => {
    f = await signedInFixture();
    f.clock.set(new Date().toISOString());
    await f.call('auth.signIn', { technicianId: 'SUP-1', pin: '4321' });
    await inventory(f, [
      { assetTag: 'IT-000501', serial: 'CLI501', model: 'Latitude 7440', assetClass: 'laptop' },
      { assetTag: 'IT-000502', serial: 'CLI502', model: 'Pixel 8', assetClass: 'phone', sensitivity: 'high' },
    ]);
    f.close();
    file = join(f.dir, 'hris.csv');
    writeFileSync(
      file,
      [
        HRIS_HEADER,
        `E-501,Ann Archer,Meg,full-time,on-site,,${fromToday(1)},yes,IT-000501,`,
        `E-502,Bob Baker,Meg,seasonal,remote,"9 Elm Rd, Leeds",${fromToday(2)},yes,IT-000502,`,
        `E-503,Cy Cole,Meg,contractor,remote,"1 High St, Leeds",${fromToday(400)},yes,IT-000502,`,
        `E-504,Di Dent,Meg,contractor,remote,"2 Low Rd, York",${fromToday(3)},yes,IT-000502,Adobe CC`,
      ].join('\n'),
    );
  });
  afterEach(() => removeFixture(f));

  it('--dry-run reports every line accepted or refused with its reason, and records nothing', () => {
    const run = dockside(['import', 'cases', file, '--db', f.dbFile, '--dry-run']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('hris.csv (csv): 2 line(s) accepted, 2 refused');
    expect(run.stdout).toContain('line 3  E-502  REFUSED  Unknown employee type "seasonal": full-time, contractor, temporary');
    expect(run.stdout).toContain(`line 4  E-503  REFUSED  Separation date ${fromToday(400)} is more than 180 days ahead: check it with HR`);
    expect(run.stdout).toContain('Dry run: nothing was recorded.');
    expect(cases()).toBe(0);
  });

  it('imports as a supervisor, then exports a case pack that verifies offline; a tampered pack fails verify', async () => {
    const imported = dockside(['import', 'cases', file, '--db', f.dbFile, '--technician', 'SUP-1', '--json'], { DOCKSIDE_PIN: '4321' });
    expect(imported.status).toBe(0);
    expect(jsonOf<{ result: { opened: string[]; remoteLocksRequested: number } }>(imported).result).toMatchObject({ opened: ['RET-000001', 'RET-000002'], remoteLocksRequested: 1 });
    expect(cases()).toBe(2);

    f = f.restart();
    await f.call('auth.signIn', { technicianId: 'SUP-1', pin: '4321' });
    const laptop = await f.call('assets.search', { query: 'IT-000501', limit: 1 });
    await receive(f, laptop[0] ?? (await Promise.reject(new Error('laptop not found'))));
    f.close();

    const out = join(f.dir, 'pack.json');
    const exported = dockside(['export', 'case-pack', 'RET-000001', '--db', f.dbFile, '--out', out]);
    expect(exported.status).toBe(0);
    expect(exported.stdout).toContain('Wrote the evidence pack of RET-000001 (1 assets, 2 recorded acts)');
    const verified = dockside(['verify', out, '--json']);
    expect(verified.status).toBe(0);
    expect(jsonOf<{ ok: boolean; scope: { kind: string; caseNumber: string } }>(verified)).toMatchObject({ ok: true, scope: { kind: 'case', caseNumber: 'RET-000001' } });

    writeFileSync(out, readFileSync(out, 'utf8').replace('Returned at the dock against the case', 'Never came back'));
    const tampered = dockside(['verify', out]);
    expect(tampered.status).toBe(1);
    expect(tampered.stdout).toMatch(/Timeline line \d+ does not match the signed records/);

    const unknown = dockside(['export', 'case-pack', 'RET-000099', '--db', f.dbFile]);
    expect(unknown.status).not.toBe(0);
    expect(unknown.stderr).toContain('No offboarding case with that number is on this station.');
  });
});
