import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { explainError } from '../../shared/error-words';
import { expectFailure, removeFixture, signedInFixture, type CoreFixture } from '../support/core-fixture';

const MINUTE = 60_000;

describe('idle lock after the site setting idleLockMinutes', () => {
  let f: CoreFixture;
  beforeEach(async () => {
    f = await signedInFixture();
    const { settings } = await f.call('setup.status', {});
    await f.call('settings.update', { ...settings, idleLockMinutes: 3 });
    await f.call('users.add', { technicianId: 'TECH-1', name: 'Tia Technician', role: 'technician', pin: '135790' });
    await f.call('auth.signIn', { technicianId: 'TECH-1', pin: '135790' });
  });
  afterEach(() => removeFixture(f));

  it('signs out after the idle time with SESSION_EXPIRED, in words, until someone signs in again', async () => {
    f.clock.advance(3 * MINUTE);
    expect((await f.core.invoke('auth.touch', {})).ok).toBe(true);
    f.clock.advance(3 * MINUTE + 1);
    const expired = await f.core.invoke('receiving.startBatch', {});
    expect(expectFailure(expired)).toBe('SESSION_EXPIRED');
    if (!expired.ok) expect(explainError(expired.error)).toBe('You were signed out after a quiet spell. Sign in again to carry on.');
    expect(expectFailure(await f.core.invoke('assets.search', { query: '', limit: 1 }))).toBe('SESSION_EXPIRED');
    expect((await f.call('setup.status', {})).session).toBeNull();
    expect(f.db.prepare('SELECT count(*) AS n FROM receiving_batches').get()).toEqual({ n: 0 });
    await f.call('auth.signIn', { technicianId: 'TECH-1', pin: '135790' });
    expect((await f.core.invoke('receiving.startBatch', {})).ok).toBe(true);
  });

  it('any signed-in command counts as activity and restarts the clock', async () => {
    for (let i = 0; i < 5; i += 1) {
      f.clock.advance(2 * MINUTE);
      expect((await f.core.invoke('assets.search', { query: '', limit: 1 })).ok).toBe(true);
    }
  });

  it('a screen polling the station status does not keep a session alive', async () => {
    for (let i = 0; i < 4; i += 1) {
      f.clock.advance(MINUTE);
      await f.call('setup.status', {});
    }
    expect(expectFailure(await f.core.invoke('auth.touch', {}))).toBe('SESSION_EXPIRED');
  });

  it('the sync indicator polling sync.status does not keep a session alive either', async () => {
    for (let i = 0; i < 3; i += 1) {
      f.clock.advance(MINUTE);
      expect((await f.core.invoke('sync.status', {})).ok).toBe(true);
    }
    f.clock.advance(1);
    expect(expectFailure(await f.core.invoke('sync.status', {}))).toBe('SESSION_EXPIRED');
  });

  it('follows a change of the setting', async () => {
    await f.call('auth.signIn', { technicianId: 'SUP-1', pin: '4321' });
    const { settings } = await f.call('setup.status', {});
    await f.call('settings.update', { ...settings, idleLockMinutes: 30 });
    f.clock.advance(29 * MINUTE);
    expect((await f.core.invoke('auth.touch', {})).ok).toBe(true);
    f.clock.advance(30 * MINUTE + 1);
    expect(expectFailure(await f.core.invoke('auth.touch', {}))).toBe('SESSION_EXPIRED');
  });
});
