import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyDatabase } from '../../electron/services/custody/verify-db';
import { openDatabase } from '../../db/connection';
import { explainError } from '../../shared/error-words';
import { removeFixture, signedInFixture, type CoreFixture } from '../support/core-fixture';
import { NWIPE_FIXTURES } from '../support/nwipe/fixtures';
import { readPdf, squeeze } from '../support/wipes/pdf-text';
import { receivedDevice } from '../support/wipes/wipe-station';
import { DOCKSIDE_BIN, type DocksideRun } from './support/run-dockside';

function dockside(args: readonly string[], env: Readonly<Record<string, string>> = {}): DocksideRun {
  const run = spawnSync(process.execPath, [DOCKSIDE_BIN, ...args], { encoding: 'utf8', timeout: 60_000, env: { ...process.env, ...env } });
  if (run.error !== undefined) throw run.error;
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const ANSWERS = ['--technician', 'SUP-1', '--media-type', 'hdd', '--standard', 'nist-800-88-r1', '--classification', 'Unclassified', '--destination', 'recycling', '--utc-offset', '+00:00'];

describe('dockside import nwipe, export wipes, export certificate', () => {
  let f: CoreFixture;
  const count = (sql: string): number => {
    const db = openDatabase(f.dbFile, { readonly: true });
    try {
      return (db.prepare(sql).get() as { n: number }).n;
    } finally {
      db.close();
    }
  };

  beforeEach(async () => {
    f = await signedInFixture();
    f.clock.set('2026-11-21T09:00:00.000Z');
    await f.call('auth.signIn', { technicianId: 'SUP-1', pin: '4321' });
    await receivedDevice(f, { assetTag: 'IT-000400', serial: 'CLIHOST1', make: 'HP', model: 'EliteBook 840', assetClass: 'laptop' });
    f.close();
  });
  afterEach(() => removeFixture(f));

  it('--dry-run shows what would be recorded and what is still asked for, and records nothing', () => {
    const run = dockside(['import', 'nwipe', NWIPE_FIXTURES.erased, '--db', f.dbFile, '--host', 'IT-000400', '--dry-run', '--utc-offset', '+01:00']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('/dev/loop0  Loopback device  serial (none readable)  67 MB  host: IT-000400');
    expect(run.stdout).toContain('nwipe status Erased -> PASS');
    expect(run.stdout).toContain('Clear by Overwrite, nwipe 0.33; nwipe method Fill With Zeros, 1 round, final blanking pass, verification of the last pass; verification Full');
    expect(run.stdout).toContain('started 2026-11-21T21:00:23.000Z');
    expect(run.stdout).toContain('still asked: the standard followed (e.g. NIST SP 800-88 Rev. 1)');
    expect(run.stdout).toContain('Dry run: nothing was recorded.');
    expect(count("SELECT count(*) AS n FROM custody_events WHERE type LIKE 'wipe_%'")).toBe(0);
  });

  it('lists everything still asked for instead of guessing, and records nothing', () => {
    const run = dockside(['import', 'nwipe', NWIPE_FIXTURES.erased, '--db', f.dbFile, '--host', 'IT-000400', '--technician', 'SUP-1'], { DOCKSIDE_PIN: '4321' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`Error: ${explainError({ code: 'WIPE_ANSWERS_MISSING', message: '' })}`);
    expect(run.stderr).toContain('--media-type (hdd, ssd, nvme, flash, phone-storage)');
    expect(run.stderr).toContain('--standard (nist-800-88-r1, nist-800-88-r2, ieee-2883, dod-5220.22-m)');
    expect(run.stderr).toContain('--classification TEXT');
    expect(run.stderr).toContain('--destination (internal-reuse, external-reuse, recycling, manufacturer, destruction)');
    const unknown = dockside(['import', 'nwipe', NWIPE_FIXTURES.erased, '--db', f.dbFile, '--host', 'IT-000400', ...ANSWERS, '--standard', 'nsa-9-12'], { DOCKSIDE_PIN: '4321' });
    expect(unknown.stderr).toContain('--standard nsa-9-12 is not known: use one of nist-800-88-r1, nist-800-88-r2, ieee-2883, dod-5220.22-m');
    expect(count('SELECT count(*) AS n FROM wipe_imports')).toBe(0);
  });

  it('imports the log as the signed-in technician, once; the chain verifies; a second import is refused in words', () => {
    const run = dockside(['import', 'nwipe', NWIPE_FIXTURES.erased, '--db', f.dbFile, '--host', 'IT-000400', ...ANSWERS], { DOCKSIDE_PIN: '4321' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Recorded \/dev\/loop0 in IT-000400: wipe passed; the device is sanitized to policy and leaves the wipe queue \(event [0-9a-f-]{36}\)\n$/);
    const again = dockside(['import', 'nwipe', NWIPE_FIXTURES.erased, '--db', f.dbFile, '--host', 'IT-000400', ...ANSWERS, '--json'], { DOCKSIDE_PIN: '4321' });
    expect(again.status).toBe(2);
    expect(JSON.parse(again.stdout)).toMatchObject({ ok: false, error: { code: 'WIPE_LOG_DUPLICATE' } });
    expect(count("SELECT count(*) AS n FROM custody_events WHERE type = 'wipe_completed' AND technician_id = 'SUP-1'")).toBe(1);
    const db = openDatabase(f.dbFile, { readonly: true });
    try {
      expect(verifyDatabase(db, { kind: 'log' }).ok).toBe(true);
    } finally {
      db.close();
    }
  });

  it('refuses a wrong PIN and a truncated log with their words', () => {
    const wrongPin = dockside(['import', 'nwipe', NWIPE_FIXTURES.erased, '--db', f.dbFile, '--host', 'IT-000400', ...ANSWERS], { DOCKSIDE_PIN: '9999' });
    expect(wrongPin.status).toBe(2);
    expect(wrongPin.stderr).toContain(explainError({ code: 'BAD_CREDENTIALS', message: '' }));
    const cut = join(f.dir, 'cut.txt');
    writeFileSync(cut, readFileSync(NWIPE_FIXTURES.erased).subarray(0, 900));
    const truncated = dockside(['import', 'nwipe', cut, '--db', f.dbFile, '--dry-run']);
    expect(truncated.status).toBe(2);
    expect(truncated.stderr).toContain(explainError({ code: 'WIPE_LOG_TRUNCATED', message: '' }));
  });

  it('exports the records as CSV and prints device and batch certificates that pdftotext reads back', () => {
    dockside(['import', 'nwipe', NWIPE_FIXTURES.erased, '--db', f.dbFile, '--host', 'IT-000400', ...ANSWERS, '--serial', 'WD-CLI-0001'], { DOCKSIDE_PIN: '4321' });
    const csvFile = join(f.dir, 'wipes.csv');
    const csv = dockside(['export', 'wipes', '--db', f.dbFile, '--out', csvFile, '--json']);
    expect(JSON.parse(csv.stdout)).toMatchObject({ ok: true, rows: 1 });
    const content = readFileSync(csvFile, 'utf8');
    expect(content.startsWith('\ufeffHost asset tag,')).toBe(true);
    expect(content).toContain('IT-000400,CLIHOST1,HP,EliteBook 840,laptop,standard,WD-CLI-0001,Hard disk (HDD),');

    const pdfFile = join(f.dir, 'IT-000400.pdf');
    const device = dockside(['export', 'certificate', '--db', f.dbFile, '--asset', 'IT-000400', '--out', pdfFile]);
    expect(device.stdout).toMatch(/^Wrote certificate COS-[0-9A-F]{12} \(1 device\(s\), 1 medium\/media\)/);
    const deviceText = squeeze(readPdf(readFileSync(pdfFile)).text);
    expect(deviceText).toContain('Media serial number WD-CLI-0001');
    expect(deviceText).toContain('Tool used (and version) nwipe 0.33');
    expect(deviceText).toContain('Media destination Recycling facility');

    const batchFile = join(f.dir, 'batch.pdf');
    const batch = dockside(['export', 'certificate', '--db', f.dbFile, '--batch', '2026-11-21..2026-11-21', '--out', batchFile, '--json']);
    expect(JSON.parse(batch.stdout)).toMatchObject({ ok: true, devices: 1, media: 1 });
    expect(squeeze(readPdf(readFileSync(batchFile)).text)).toContain('WD-CLI-0001');
    const none = dockside(['export', 'certificate', '--db', f.dbFile, '--batch', '2026-01-01..2026-01-31', '--out', batchFile]);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain(explainError({ code: 'CERTIFICATE_NOT_READY', message: '' }));
  });
});
