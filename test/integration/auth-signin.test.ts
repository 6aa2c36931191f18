import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { explainError } from '../../shared/error-words';
import type { Result } from '../../shared/errors';
import { createCoreFixture, expectFailure, removeFixture, signedInFixture, type CoreFixture } from '../support/core-fixture';

const words = (result: Result<unknown>) => (result.ok ? null : explainError(result.error));

describe('first run: the first supervisor', () => {
  let f: CoreFixture;
  beforeEach(() => {
    f = createCoreFixture();
  });
  afterEach(() => removeFixture(f));

  it('can be created once only, and nothing else works before it', async () => {
    expect((await f.call('setup.status', {})).needsFirstSupervisor).toBe(true);
    expect(expectFailure(await f.core.invoke('receiving.startBatch', {}))).toBe('NOT_SIGNED_IN');
    const session = await f.call('setup.createFirstSupervisor', { technicianId: 'sup-1', name: 'Sam Supervisor', pin: '4321', loadDemoData: false });
    expect(session).toEqual({ technicianId: 'SUP-1', name: 'Sam Supervisor', role: 'supervisor' });
    expect(await f.call('setup.status', {})).toMatchObject({ needsFirstSupervisor: false, session });
    await f.call('auth.signOut', {});
    const again = await f.core.invoke('setup.createFirstSupervisor', { technicianId: 'EVIL-1', name: 'Mallory', pin: '0000', loadDemoData: false });
    expect(expectFailure(again)).toBe('ALREADY_SET_UP');
    expect(words(again)).toBe('This station already has a supervisor. Sign in instead.');
    expect(expectFailure(await f.core.invoke('auth.signIn', { technicianId: 'EVIL-1', pin: '0000' }))).toBe('BAD_CREDENTIALS');
  });
});

describe('signing in with technician ID and PIN', () => {
  let f: CoreFixture;
  beforeEach(async () => {
    f = await signedInFixture();
    await f.call('users.add', { technicianId: 'TECH-1', name: 'Tia Technician', role: 'technician', pin: '135790' });
    await f.call('auth.signOut', {});
  });
  afterEach(() => removeFixture(f));

  const signIn = (pin: string, technicianId = 'TECH-1') => f.core.invoke('auth.signIn', { technicianId, pin });

  it('the right PIN signs in, typed or scanned from a badge (case and spaces do not matter)', async () => {
    expect(await signIn('135790', '  tech-1 ')).toEqual({ ok: true, value: { technicianId: 'TECH-1', name: 'Tia Technician', role: 'technician' } });
    expect((await f.call('setup.status', {})).session?.technicianId).toBe('TECH-1');
  });

  it('a wrong PIN or an unknown ID is refused with the same words, and no one is signed in', async () => {
    const wrong = await signIn('000000');
    expect(wrong).toMatchObject({ ok: false, error: { code: 'BAD_CREDENTIALS', details: { attemptsLeft: 4 } } });
    const unknown = await signIn('135790', 'NOBODY-1');
    expect(expectFailure(unknown)).toBe('BAD_CREDENTIALS');
    expect(words(wrong)).toBe(words(unknown));
    expect(words(wrong)).toBe('Technician ID or PIN is wrong. Try again.');
    expect((await f.call('setup.status', {})).session).toBeNull();
  });

  it('five wrong PINs lock the account, even against the right PIN, until a supervisor resets it', async () => {
    const codes = [];
    for (let i = 0; i < 5; i += 1) codes.push(expectFailure(await signIn('999999')));
    expect(codes).toEqual(['BAD_CREDENTIALS', 'BAD_CREDENTIALS', 'BAD_CREDENTIALS', 'BAD_CREDENTIALS', 'ACCOUNT_LOCKED']);
    const locked = await signIn('135790');
    expect(expectFailure(locked)).toBe('ACCOUNT_LOCKED');
    expect(words(locked)).toContain('A supervisor can reset the PIN to unlock it');

    await f.call('auth.signIn', { technicianId: 'SUP-1', pin: '4321' });
    await f.call('users.resetPin', { technicianId: 'TECH-1', pin: '864200' });
    await f.call('auth.signOut', {});
    expect(expectFailure(await signIn('135790'))).toBe('BAD_CREDENTIALS');
    expect((await signIn('864200')).ok).toBe(true);
  });

  it('a successful sign-in starts the count of wrong PINs again', async () => {
    for (let i = 0; i < 4; i += 1) await signIn('999999');
    expect((await signIn('135790')).ok).toBe(true);
    for (let i = 0; i < 4; i += 1) await signIn('999999');
    expect((await signIn('135790')).ok).toBe(true);
  });

  it('a switched-off account cannot sign in until switched on again; a supervisor cannot switch off themself', async () => {
    await f.call('auth.signIn', { technicianId: 'SUP-1', pin: '4321' });
    await f.call('users.setActive', { technicianId: 'TECH-1', active: false });
    expect(expectFailure(await f.core.invoke('users.setActive', { technicianId: 'SUP-1', active: false }))).toBe('INVALID_INPUT');
    await f.call('auth.signOut', {});
    const disabled = await signIn('135790');
    expect(expectFailure(disabled)).toBe('ACCOUNT_DISABLED');
    expect(words(disabled)).toBe('This technician account is switched off. Ask a supervisor.');
    await f.call('auth.signIn', { technicianId: 'SUP-1', pin: '4321' });
    await f.call('users.setActive', { technicianId: 'TECH-1', active: true });
    expect((await signIn('135790')).ok).toBe(true);
  });

  it('stores each PIN only as a salted scrypt hash', async () => {
    await f.call('auth.signIn', { technicianId: 'SUP-1', pin: '4321' });
    await f.call('users.add', { technicianId: 'TECH-2', name: 'Tom Twin', role: 'technician', pin: '135790' });
    const rows = f.db.prepare("SELECT technician_id AS id, pin_hash AS hash FROM technicians WHERE technician_id LIKE 'TECH-%' ORDER BY technician_id").all() as { id: string; hash: string }[];
    expect(rows).toHaveLength(2);
    for (const { hash } of rows) {
      expect(hash).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{44}$/);
      expect(hash).not.toContain('135790');
    }
    expect(rows[0]?.hash).not.toBe(rows[1]?.hash);
  });
});
