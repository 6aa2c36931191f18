import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyEvidence } from '../../electron/services/custody/evidence';
import { explainError } from '../../shared/error-words';
import { removeFixture } from '../support/core-fixture';
import { custodyScenario, type CustodyScenario } from '../support/custody-scenario';
import { jsonOf, runDockside } from './support/run-dockside';

describe('dockside export evidence', () => {
  let s: CustodyScenario;
  beforeEach(async () => {
    s = await custodyScenario();
    s.fixture.close();
  });
  afterEach(() => removeFixture(s.fixture));

  it('without --out writes the whole log to a named file in the current folder', () => {
    const run = runDockside(['export', 'evidence', '--db', s.fixture.dbFile, '--json'], s.fixture.dir);
    expect(run.status).toBe(0);
    const summary = jsonOf<{ ok: boolean; file: string; events: number; scope: { kind: string } }>(run);
    expect(summary).toMatchObject({ ok: true, events: 10, scope: { kind: 'log' } });
    expect(readdirSync(s.fixture.dir)).toContain(summary.file.slice(s.fixture.dir.length + 1));
    expect(summary.file).toMatch(/dockside-evidence-full-log-\d{4}-\d{2}-\d{2}T\d{6}\.json$/);
    expect(verifyEvidence(readFileSync(summary.file, 'utf8'), s.fixture.signer.publicKey)).toMatchObject({ ok: true, checked: 10 });
  });

  it('names the asset by serial or by id as well as by tag', () => {
    for (const [named, label] of [['sn-scen-1', 'IT-000102'], [s.assets['IT-000101'] ?? '', 'IT-000101']] as const) {
      const out = join(s.fixture.dir, `${label}.json`);
      const run = runDockside(['export', 'evidence', '--db', s.fixture.dbFile, '--asset', named, '--out', out]);
      expect(run.stdout).toContain(`(asset ${label})`);
      expect(verifyEvidence(readFileSync(out, 'utf8'))).toMatchObject({ ok: true, scope: { kind: 'asset', assetId: s.assets[label] } });
    }
  });

  it('an asset that is not on record is explained, exit status 2', () => {
    const run = runDockside(['export', 'evidence', '--db', s.fixture.dbFile, '--asset', 'IT-999999']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`Error: ${explainError({ code: 'ASSET_NOT_FOUND', message: '' })}`);
  });
});
