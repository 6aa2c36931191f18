import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/connection';
import { createCore } from '../../electron/services/core';
import { loadOrCreateSigner } from '../../electron/services/station/signer';
import { uuidIds } from '../../electron/services/system';
import { explainError } from '../../shared/error-words';
import { fakeClock } from '../support/fake-clock';
import { jsonOf, runDockside } from './support/run-dockside';

const SUPERVISOR = ['--technician', 'SUP-1', '--name', 'Sam Supervisor', '--pin', '4321'];

describe('dockside demo', () => {
  let dir: string;
  beforeEach(() => {
    dir = join(mkdtempSync(join(tmpdir(), 'dockside-demo-')), 'station');
  });
  afterEach(() => rmSync(join(dir, '..'), { recursive: true, force: true }));

  it('sets up a station in the folder as the app would, with the first supervisor and the demo data', async () => {
    const run = runDockside(['demo', '--data-dir', dir, ...SUPERVISOR, '--json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const summary = jsonOf<{ stationId: string; database: string; stationKey: string; assets: number; received: number; events: number }>(run);
    expect(summary).toMatchObject({ database: join(dir, 'dockside.sqlite'), stationKey: join(dir, 'station-key.pem'), assets: 24, received: 6 });
    expect(statSync(summary.stationKey).mode & 0o777).toBe(0o600);

    const verified = runDockside(['verify', summary.database]);
    expect(verified.status).toBe(0);
    expect(verified.stdout).toContain(`Events        ${summary.events}`);

    const db = openDatabase(summary.database);
    try {
      const signer = loadOrCreateSigner(summary.stationKey);
      expect(signer.stationId).toBe(summary.stationId);
      const core = createCore({ db, clock: fakeClock(), ids: uuidIds, signer });
      expect(await core.invoke('auth.signIn', { technicianId: 'SUP-1', pin: '4321' })).toMatchObject({ ok: true, value: { role: 'supervisor' } });
      const found = await core.invoke('assets.search', { query: 'IT-010001', limit: 5 });
      expect(found.ok && found.value[0]?.state.status).toBe('received');
    } finally {
      db.close();
    }
  });

  it('run again on a station that is set up: refused in words, nothing changed', () => {
    expect(runDockside(['demo', '--data-dir', dir, ...SUPERVISOR]).status).toBe(0);
    const size = statSync(join(dir, 'dockside.sqlite')).size;
    const again = runDockside(['demo', '--data-dir', dir, '--technician', 'SUP-2', '--name', 'Other', '--pin', '9999']);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain(`Error: ${explainError({ code: 'ALREADY_SET_UP', message: '' })}`);
    expect(statSync(join(dir, 'dockside.sqlite')).size).toBe(size);
  });

  it('a PIN that is not 4 to 12 digits is explained and nothing is set up', () => {
    const run = runDockside(['demo', '--data-dir', dir, '--technician', 'SUP-1', '--name', 'Sam', '--pin', '12ab']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(explainError({ code: 'INVALID_INPUT', message: '' }));
    expect(run.stderr).toContain('A PIN is 4 to 12 digits');
    expect(existsSync(dir)).toBe(false);
  });
});
