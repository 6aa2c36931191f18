import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { explainError } from '../../shared/error-words';
import { DocksideError } from '../../shared/errors';
import { systemTimers } from '../../electron/sync/runtime/timers';
import { envSecretStore } from '../../electron/sync/secrets/env-secret-store';
import { fakeTime } from './support/fake-time';
import { syncFixture, type SyncFixture } from './support/sync-fixture';

const keychain = vi.hoisted(() => ({ available: true, backend: 'gnome_libsecret', key: Buffer.alloc(32, 7) }));

vi.mock('electron', () => ({
  safeStorage: {
    isEncryptionAvailable: () => keychain.available,
    getSelectedStorageBackend: () => keychain.backend,
    encryptString: (plain: string) => {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', keychain.key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    decryptString: (sealed: Buffer) => {
      const decipher = createDecipheriv('aes-256-gcm', keychain.key, sealed.subarray(0, 12));
      decipher.setAuthTag(sealed.subarray(12, 28));
      return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]).toString('utf8');
    },
  },
}));

const TOKEN = 'snipe-live-token-0123456789abcdef';

describe('tokens kept with Electron safeStorage', () => {
  let f: SyncFixture;
  beforeEach(async () => {
    keychain.available = true;
    keychain.backend = 'gnome_libsecret';
    keychain.key = Buffer.alloc(32, 7);
    const time = fakeTime();
    f = await syncFixture({ clock: time, timers: systemTimers, builders: {} });
  });
  afterEach(() => f.close());

  it('stores the token encrypted in the database, never in plain text, and reads it back', async () => {
    const { safeStorageSecrets } = await import('../../electron/shell/safe-storage-secrets');
    const secrets = safeStorageSecrets(f.db, { now: () => new Date() });
    secrets.set('snipe', TOKEN);
    expect(secrets.get('snipe')).toBe(TOKEN);
    const row = f.db.prepare('SELECT sealed FROM sync_secrets WHERE connector_id = ?').get('snipe') as { sealed: string };
    expect(row.sealed).not.toContain(TOKEN);
    expect(Buffer.from(row.sealed, 'base64').toString('latin1')).not.toContain(TOKEN);
    f.db.pragma('wal_checkpoint(TRUNCATE)');
    expect(readFileSync(join(f.dir, 'dockside.sqlite')).toString('latin1')).not.toContain(TOKEN);
    secrets.delete('snipe');
    expect(secrets.get('snipe')).toBeNull();
  });

  it('refuses to store a token when the OS cannot encrypt, with a coded error in words', async () => {
    const { safeStorageSecrets } = await import('../../electron/shell/safe-storage-secrets');
    const secrets = safeStorageSecrets(f.db, { now: () => new Date() });
    keychain.available = false;
    let caught: unknown = null;
    try {
      secrets.set('snipe', TOKEN);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DocksideError);
    const error = (caught as DocksideError).error;
    expect(error.code).toBe('SECRETS_UNAVAILABLE');
    expect(explainError(error)).toMatch(/cannot store the token securely/);
    expect(f.db.prepare('SELECT count(*) AS n FROM sync_secrets').get()).toEqual({ n: 0 });
  });

  it('refuses to trust a token to the built-in key Linux falls back to without a keyring, and says how to go on', async () => {
    const { safeStorageSecrets } = await import('../../electron/shell/safe-storage-secrets');
    const secrets = safeStorageSecrets(f.db, { now: () => new Date() });
    keychain.backend = 'basic_text';
    let answer: DocksideError['error'] | null = null;
    try {
      secrets.set('snipe', TOKEN);
    } catch (error) {
      if (error instanceof DocksideError) answer = error.error;
    }
    expect(answer?.code).toBe('SECRETS_WEAK');
    expect(explainError(answer ?? { code: 'INTERNAL', message: '' })).toMatch(/no keyring .* DOCKSIDE_TOKEN_/);
    expect(f.db.prepare('SELECT count(*) AS n FROM sync_secrets').get()).toEqual({ n: 0 });
    keychain.backend = 'kwallet5';
    secrets.set('snipe', TOKEN);
    expect(secrets.get('snipe')).toBe(TOKEN);
  });

  it('treats a token that no longer decrypts (the OS key changed) as absent, so a new one is asked for', async () => {
    const { safeStorageSecrets } = await import('../../electron/shell/safe-storage-secrets');
    const secrets = safeStorageSecrets(f.db, { now: () => new Date() });
    secrets.set('snipe', TOKEN);
    keychain.key = Buffer.alloc(32, 9);
    expect(secrets.get('snipe')).toBeNull();
  });
});

describe('tokens from the environment (tests, command line)', () => {
  it('reads DOCKSIDE_TOKEN_<ID> and lets a token set at run time win, in memory only', () => {
    const env = { DOCKSIDE_TOKEN_RT_MAIN: 'from-env' };
    const secrets = envSecretStore(env);
    expect(secrets.get('rt-main')).toBe('from-env');
    expect(secrets.get('other')).toBeNull();
    secrets.set('rt-main', 'rotated');
    expect(secrets.get('rt-main')).toBe('rotated');
    expect(env.DOCKSIDE_TOKEN_RT_MAIN).toBe('from-env');
    secrets.delete('rt-main');
    expect(secrets.get('rt-main')).toBeNull();
  });
});
