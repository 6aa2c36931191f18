import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeFixture } from '../support/core-fixture';
import { custodyScenario, type CustodyScenario } from '../support/custody-scenario';
import { jsonOf, runDockside } from './support/run-dockside';

describe('dockside station-key', () => {
  let s: CustodyScenario;
  beforeEach(async () => {
    s = await custodyScenario();
    s.fixture.close();
  });
  afterEach(() => removeFixture(s.fixture));

  it('writes the station public key that then pins verification of an exported file', () => {
    const pem = join(s.fixture.dir, 'station.pub.pem');
    const keyRun = runDockside(['station-key', '--db', s.fixture.dbFile, '--out', pem]);
    expect(keyRun.status).toBe(0);
    expect(keyRun.stdout).toContain(s.fixture.signer.stationId);
    expect(readFileSync(pem, 'utf8')).toBe(s.fixture.signer.publicKey);
    const evidence = join(s.fixture.dir, 'log.json');
    expect(runDockside(['export', 'evidence', '--db', s.fixture.dbFile, '--out', evidence]).status).toBe(0);
    const verify = runDockside(['verify', evidence, '--pubkey', pem, '--json']);
    expect(verify.status).toBe(0);
    expect(jsonOf<{ ok: boolean }>(verify).ok).toBe(true);
  });

  it('lists the keys as JSON and explains a missing --db', () => {
    const run = runDockside(['station-key', '--db', s.fixture.dbFile, '--json']);
    expect(jsonOf<{ stations: { stationId: string }[] }>(run).stations).toEqual([expect.objectContaining({ stationId: s.fixture.signer.stationId })]);
    const usage = runDockside(['station-key']);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('Name the database');
  });
});
