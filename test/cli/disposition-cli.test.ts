import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/connection';
import type { DispositionImportResult, DispositionPreview } from '../../shared/domain/disposition';
import { removeFixture, signedInFixture, type CoreFixture } from '../support/core-fixture';
import { addVendor, DISPOSITION_HEADER, pickedUpAsset } from '../support/vendors/disposition-station';
import { DOCKSIDE_BIN, type DocksideRun } from './support/run-dockside';

function dockside(args: readonly string[], env: Readonly<Record<string, string>> = {}): DocksideRun {
  const run = spawnSync(process.execPath, [DOCKSIDE_BIN, ...args], { encoding: 'utf8', timeout: 60_000, env: { ...process.env, ...env } });
  if (run.error !== undefined) throw run.error;
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('dockside import disposition', () => {
  let f: CoreFixture;
  let report: string;
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
    const green = (await addVendor(f, 'GreenCycle')).vendorId;
    await pickedUpAsset(f, { tag: 'IT-1', serial: 'SN-1', vendorId: green, sessionId: 'S1' });
    await pickedUpAsset(f, { tag: 'IT-2', serial: '0004455', vendorId: green, sessionId: 'S1' });
    await pickedUpAsset(f, { tag: 'IT-3', serial: 'SN-3', vendorId: green, sessionId: 'S1' });
    f.close();
    report = join(f.dir, 'greencycle-nov.csv');
    writeFileSync(report, `\ufeff${DISPOSITION_HEADER.replaceAll(',', ';')}\r\nSN-1;IT-1;RECYCLE;2026-11-20;CERT-1;\r\n4455;;SHRED;2026-11-21;CERT-2;\r\nSN-404;;RECYCLE;;;\r\n`);
  });
  afterEach(() => removeFixture(f));

  it('--dry-run shows each line, its match and the devices left out, and records nothing', () => {
    const run = dockside(['import', 'disposition', report, '--db', f.dbFile, '--vendor', 'greencycle', '--dry-run']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('greencycle-nov.csv from GreenCycle: 3 lines; 2 to record, 0 already recorded, 1 to review; 1 picked-up device(s) not in the report');
    expect(run.stdout).toContain('  line 2  SN-1  RECYCLE -> recycled  IT-1  RECORD  processed 2026-11-20, certificate CERT-1');
    expect(run.stdout).toContain('  line 3  4455  SHRED -> destroyed  IT-2  RECORD  processed 2026-11-21, certificate CERT-2\n    Matched after putting back the leading zeros Excel strips.');
    expect(run.stdout).toContain('  line 4  SN-404  RECYCLE -> recycled  no device  REVIEW (Matches no device)\n    No device on record has serial SN-404.');
    expect(run.stdout).toContain('  not in the report: IT-3 (session PU-S1, picked up');
    expect(run.stdout).toContain('Dry run: nothing was recorded.');
    expect(count("SELECT COUNT(*) AS n FROM custody_events WHERE type = 'disposition_confirmed'")).toBe(0);
    expect(count('SELECT COUNT(*) AS n FROM disposition_review')).toBe(0);
  });

  it('records as a supervisor, the same way the app does; a second run records nothing twice (--json)', () => {
    const env = { DOCKSIDE_PIN: '4321' };
    const first = dockside(['import', 'disposition', report, '--db', f.dbFile, '--vendor', 'GreenCycle', '--technician', 'SUP-1'], env);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('Imported greencycle-nov.csv: 2 disposition(s) recorded, 0 already recorded before, 2 new item(s) in the review queue.');
    expect(count("SELECT COUNT(*) AS n FROM custody_events WHERE type = 'disposition_confirmed'")).toBe(2);
    const again = dockside(['import', 'disposition', report, '--db', f.dbFile, '--vendor', 'GreenCycle', '--technician', 'SUP-1', '--json'], env);
    expect(again.status).toBe(0);
    const json = JSON.parse(again.stdout) as { ok: boolean; preview: DispositionPreview; result: DispositionImportResult };
    expect(json.preview.importedBefore?.technicianId).toBe('SUP-1');
    expect(json.result).toMatchObject({ recorded: 0, already: 2, queued: 0 });
    expect(count("SELECT COUNT(*) AS n FROM custody_events WHERE type = 'disposition_confirmed'")).toBe(2);
  });

  it('explains an unknown vendor, a file over 50 MB and a file without the mapped columns, with exit status 2', () => {
    const unknown = dockside(['import', 'disposition', report, '--db', f.dbFile, '--vendor', 'Nobody', '--dry-run', '--json']);
    expect(unknown.status).toBe(2);
    expect(JSON.parse(unknown.stdout)).toMatchObject({ ok: false, error: { code: 'VENDOR_NOT_FOUND' } });
    const huge = join(f.dir, 'huge.csv');
    writeFileSync(huge, Buffer.alloc(50 * 1024 * 1024 + 1, 0x41));
    const big = dockside(['import', 'disposition', huge, '--db', f.dbFile, '--vendor', 'GreenCycle', '--dry-run']);
    expect(big.status).toBe(2);
    expect(big.stderr).toContain('Error: That file is larger than 50 MB');
    const manifest = join(f.dir, 'manifest.csv');
    writeFileSync(manifest, 'Serial,Tag,Model\nSN-1,IT-1,X\n');
    const wrong = dockside(['import', 'disposition', manifest, '--db', f.dbFile, '--vendor', 'GreenCycle', '--dry-run']);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('does not have the columns this vendor\u2019s mapping expects');
  });
});
