import { safeStorage as electronSafeStorage, type SafeStorage } from 'electron';
import type { Db } from '../../db/connection';
import type { Clock } from '../services/deps';
import type { SecretStore } from '../sync/secrets/secret-store';
import { sealedSecretStore, type Sealer } from '../sync/secrets/sealed-secret-store';

export type SafeStorageLike = Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'> &
  Partial<Pick<SafeStorage, 'getSelectedStorageBackend'>>;

/** On Linux without a keyring (GNOME Keyring, KWallet), safeStorage falls back to a key built into Chromium: no protection. */
const WEAK_BACKENDS: readonly string[] = ['basic_text'];

/** Electron's safeStorage (the OS keychain / DPAPI / libsecret key) as a sealer, asked only when a token is used. */
export function safeStorageSealer(safeStorage: () => SafeStorageLike): Sealer {
  return {
    available: () => safeStorage().isEncryptionAvailable(),
    weak: () => WEAK_BACKENDS.includes(safeStorage().getSelectedStorageBackend?.() ?? 'unknown'),
    seal: (plain) => safeStorage().encryptString(plain),
    unseal: (sealed) => safeStorage().decryptString(sealed),
  };
}

/** The app's secret store: tokens encrypted with safeStorage, kept in the station database, never in plain text. */
export function safeStorageSecrets(db: Db, clock: Clock, safeStorage: () => SafeStorageLike = () => electronSafeStorage): SecretStore {
  return sealedSecretStore(db, safeStorageSealer(safeStorage), clock);
}
