import type { Db } from '../../../db/connection';
import { DocksideError } from '../../../shared/errors';
import type { Clock } from '../../services/deps';
import type { SecretStore } from './secret-store';

/** Encrypts and decrypts with a key the operating system keeps (Electron's safeStorage in the app). */
export interface Sealer {
  available(): boolean;
  /** True when the "encryption" uses a key anyone with the app has (no OS keyring): a token must not be trusted to it. */
  weak(): boolean;
  seal(plain: string): Buffer;
  unseal(sealed: Buffer): string;
}

/**
 * Tokens encrypted by the sealer, stored as base64 in the database (table sync_secrets): never plain text.
 * A token that no longer decrypts (the OS key changed) reads as absent, so the UI asks for a new one.
 */
export function sealedSecretStore(db: Db, sealer: Sealer, clock: Clock): SecretStore {
  return {
    get(connectorId) {
      const row = db.prepare('SELECT sealed FROM sync_secrets WHERE connector_id = ?').get(connectorId) as { sealed: string } | undefined;
      if (row === undefined || !sealer.available()) return null;
      try {
        return sealer.unseal(Buffer.from(row.sealed, 'base64'));
      } catch {
        return null;
      }
    },
    set(connectorId, token) {
      if (!sealer.available()) throw new DocksideError('SECRETS_UNAVAILABLE', 'OS encryption is not available; the token was not stored');
      if (sealer.weak()) throw new DocksideError('SECRETS_WEAK', 'No OS keyring: safeStorage would use a built-in key; the token was not stored');
      const sealed = sealer.seal(token).toString('base64');
      db.prepare(
        'INSERT INTO sync_secrets (connector_id, sealed, updated_at) VALUES (?, ?, ?) ON CONFLICT (connector_id) DO UPDATE SET sealed = excluded.sealed, updated_at = excluded.updated_at',
      ).run(connectorId, sealed, clock.now().toISOString());
    },
    delete(connectorId) {
      db.prepare('DELETE FROM sync_secrets WHERE connector_id = ?').run(connectorId);
    },
  };
}
