import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { explainError } from '../../shared/error-words';
import { removeFixture, signedInFixture, type CoreFixture } from '../support/core-fixture';
import { pickupSession } from '../support/pickups/signed-session';
import { readPdf, squeeze } from '../support/wipes/pdf-text';
import { openDatabase } from '../../db/connection';
import { DOCKSIDE_BIN, jsonOf, runDockside, type DocksideRun } from './support/run-dockside';

function withPin(args: readonly string[]): DocksideRun {
  const run = spawnSync(process.execPath, [DOCKSIDE_BIN, ...args], { encoding: 'utf8', timeout: 60_000, env: { ...process.env, DOCKSIDE_PIN: '4321' } });
  if (run.error !== undefined) throw run.error;
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}


describe('dockside export receipt', () => {
  let f: CoreFixture;
  afterEach(() => removeFixture(f));

  it('prints the receipt of a signed-off session named by its reference, serial by serial', async () => {
    f = await signedInFixture();
    const { reference, sessionId } = await pickupSession(f);
    f.close();
    const out = join(f.dir, 'receipt.pdf');
    const run = runDockside(['export', 'receipt', reference, '--db', f.dbFile, '--out', out, '--json']);
    expect(run.status).toBe(0);
    expect(jsonOf<Record<string, unknown>>(run)).toEqual({ ok: true, file: out, sessionId, lines: 2 });
    const text = squeeze(readPdf(readFileSync(out)).text);
    expect(text).toContain(`Pickup ${reference} Vendor Acme Recycling`);
    expect(text).toContain('SN400001');
    expect(text).toContain('SN400002');
    expect(text).toContain('Pallet PAL-77 SEAL-7700 2');
    expect(text).toContain('Driver: Dana Driver');
  });

  it('refuses the receipt of a session not yet signed off, in words', async () => {
    f = await signedInFixture();
    const { sessionId } = await pickupSession(f, false);
    f.close();
    const run = runDockside(['export', 'receipt', sessionId, '--db', f.dbFile, '--out', join(f.dir, 'r.pdf')]);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain(explainError({ code: 'PICKUP_NOT_SIGNED_OFF', message: '' }));
  });
});

const MANIFEST = ['Serial Number;Asset Tag;Manufacturer;Model', 'SN400001;IT-400001;Lenovo;ThinkPad T14', 'VEND-0001;;HP;EliteBook 840', '9.87E+12;;HP;EliteBook 840', ''].join('\n');

describe('dockside import manifest and export manifest', () => {
  let f: CoreFixture;
  afterEach(() => removeFixture(f));

  it('--dry-run shows the preview line by line and records nothing; the import adds the good lines; the export writes the vendor layout', async () => {
    f = await signedInFixture();
    const { reference, sessionId } = await pickupSession(f, false);
    f.close();
    const file = join(f.dir, 'acme-manifest.csv');
    writeFileSync(file, MANIFEST);
    const lines = (): number => {
      const db = openDatabase(f.dbFile, { readonly: true });
      try {
        return (db.prepare('SELECT count(*) AS n FROM pickup_lines WHERE session_id = ?').get(sessionId) as { n: number }).n;
      } finally {
        db.close();
      }
    };

    const dry = runDockside(['import', 'manifest', file, '--db', f.dbFile, '--session', reference, '--dry-run']);
    expect(dry.status).toBe(0);
    expect(dry.stdout).toContain('acme-manifest.csv: 3 lines read (delimiter ";"); 1 to add (1 not in inventory), 1 already expected, 1 with problems (not imported)');
    expect(dry.stdout).toContain('line 4: The serial reads 9.87E+12: Excel turned it into a number in scientific notation');
    expect(dry.stdout).toContain('line 3  VEND-0001  -  EliteBook 840  -> add (not in inventory)');
    expect(dry.stdout).toContain('Dry run: nothing was recorded.');
    expect(lines()).toBe(2);

    const run = withPin(['import', 'manifest', file, '--db', f.dbFile, '--session', reference, '--technician', 'SUP-1', '--json']);
    expect(run.status).toBe(0);
    expect(jsonOf<{ result: { added: number; problemCount: number } }>(run).result).toMatchObject({ added: 1, problemCount: 1 });
    expect(lines()).toBe(3);

    const out = join(f.dir, 'out.csv');
    const exported = runDockside(['export', 'manifest', sessionId, '--db', f.dbFile, '--out', out]);
    expect(exported.status).toBe(0);
    expect(exported.stdout).toContain('Wrote the manifest (3 lines');
    const csv = readFileSync(out, 'utf8').replace(/^\ufeff/, '').split('\r\n');
    expect(csv.slice(0, 4)).toEqual(['Serial Number,Asset Tag,Manufacturer,Model', 'SN400001,IT-400001,Lenovo,ThinkPad T14', 'SN400002,IT-400002,Dell,Latitude 7440', 'VEND-0001,,HP,EliteBook 840']);
  });

  it('a session that is signed off takes no manifest: refused in words, nothing recorded', async () => {
    f = await signedInFixture();
    const { sessionId } = await pickupSession(f);
    f.close();
    const file = join(f.dir, 'm.csv');
    writeFileSync(file, MANIFEST);
    const run = withPin(['import', 'manifest', file, '--db', f.dbFile, '--session', sessionId, '--technician', 'SUP-1']);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain(explainError({ code: 'PICKUP_LOCKED', message: '' }));
  });
});
