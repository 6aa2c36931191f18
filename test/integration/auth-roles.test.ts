import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommandInput, CommandName } from '../../shared/contract';
import { explainError } from '../../shared/error-words';
import { createCoreFixture, expectFailure, removeFixture, signedInFixture, type CoreFixture } from '../support/core-fixture';

describe('roles: what a technician may do, and who did what', () => {
  let f: CoreFixture;
  beforeEach(async () => {
    f = await signedInFixture();
    await f.call('users.add', { technicianId: 'TECH-1', name: 'Tia Technician', role: 'technician', pin: '135790' });
    await f.call('auth.signIn', { technicianId: 'TECH-1', pin: '135790' });
  });
  afterEach(() => removeFixture(f));

  it('a technician calling a supervisor command gets FORBIDDEN, in words, and nothing changes', async () => {
    const settings = (await f.call('setup.status', {})).settings;
    const attempts: { [K in CommandName]?: CommandInput<K> } = {
      'users.list': {},
      'users.add': { technicianId: 'TECH-9', name: 'Sneaky', role: 'supervisor', pin: '111111' },
      'users.resetPin': { technicianId: 'SUP-1', pin: '111111' },
      'users.setActive': { technicianId: 'SUP-1', active: false },
      'settings.update': { ...settings, idleLockMinutes: 480 },
    };
    for (const [name, input] of Object.entries(attempts)) {
      const result = await f.core.dispatch(name, input);
      expect({ name, code: expectFailure(result) }).toEqual({ name, code: 'FORBIDDEN' });
      if (!result.ok) expect(explainError(result.error)).toBe('Only a supervisor can do that.');
    }
    expect(f.db.prepare('SELECT count(*) AS n FROM technicians').get()).toEqual({ n: 2 });
    expect((await f.call('setup.status', {})).settings.idleLockMinutes).toBe(settings.idleLockMinutes);
    expect((await f.core.invoke('auth.signIn', { technicianId: 'SUP-1', pin: '4321' })).ok).toBe(true);
  });

  it('signed out, only the public commands answer', async () => {
    await f.call('auth.signOut', {});
    expect(expectFailure(await f.core.invoke('assets.search', { query: '', limit: 5 }))).toBe('NOT_SIGNED_IN');
    expect(expectFailure(await f.core.invoke('users.list', {}))).toBe('NOT_SIGNED_IN');
    expect((await f.core.invoke('setup.status', {})).ok).toBe(true);
  });

  it('every event records the technician who did it', async () => {
    const asset = await f.call('assets.register', { assetTag: 'IT-004242', serial: 'SN-WHO-1', assetClass: 'laptop', custodian: 'Ana Lima' });
    const batch = await f.call('receiving.startBatch', {});
    await f.call('receiving.receive', {
      batchId: batch.batchId, assetId: asset.id, source: 'wedge', scanned: 'IT-004242', condition: { scheme: 'r2v3-rec', functional: 'F5', cosmetic: 'C8' }, damage: [], accessories: [], note: '',
    });
    await f.call('auth.signIn', { technicianId: 'SUP-1', pin: '4321' });
    await f.call('assets.note', { assetId: asset.id, text: 'Checked by supervisor' });
    const detail = await f.call('assets.detail', { assetId: asset.id });
    expect(detail.events.map((e) => [e.type, e.technicianId, e.technicianName])).toEqual([
      ['asset_registered', 'TECH-1', 'Tia Technician'],
      ['received', 'TECH-1', 'Tia Technician'],
      ['condition_recorded', 'TECH-1', 'Tia Technician'],
      ['note', 'SUP-1', 'Sam Supervisor'],
    ]);
    expect(detail.verification.ok).toBe(true);
  });
});

describe('the demo data set is recorded in the name of the first supervisor', () => {
  let f: CoreFixture;
  beforeEach(() => {
    f = createCoreFixture();
  });
  afterEach(() => removeFixture(f));

  it('loads devices and receipts whose every event names the supervisor who set the station up', async () => {
    await f.call('setup.createFirstSupervisor', { technicianId: 'SUP-7', name: 'Sue Setup', pin: '7777', loadDemoData: true });
    const who = f.db.prepare('SELECT DISTINCT technician_id AS id FROM custody_events').all();
    expect(who).toEqual([{ id: 'SUP-7' }]);
    expect((await f.call('assets.search', { query: '', limit: 200 })).length).toBe(24);
    expect((await f.call('custody.verify', {})).ok).toBe(true);
  });
});
