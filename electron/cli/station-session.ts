import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { openDatabase, type Db } from '../../db/connection';
import { DocksideError, type Result } from '../../shared/errors';
import { createCore, type Core, type CoreOptions } from '../services/core';
import { loadOrCreateSigner } from '../services/station/signer';
import { systemClock, uuidIds } from '../services/system';
import { UsageError } from './cli-errors';

export interface StationSession {
  readonly db: Db;
  readonly core: Core;
  close(): void;
}

export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new DocksideError(result.error.code, result.error.message, result.error.details);
  return result.value;
}

/**
 * Opens a station's database for writing, with the station's own signing key (beside the database
 * unless --key says otherwise), and signs the technician in with the PIN from DOCKSIDE_PIN, so every
 * event the CLI records says who did it, exactly as in the app.
 */
export async function openStationSession(dbFile: string, keyFile: string | undefined, technicianId: string | undefined, options: CoreOptions = {}): Promise<StationSession> {
  if (technicianId === undefined) throw new UsageError('Say who records this: --technician ID (the PIN goes in the environment variable DOCKSIDE_PIN)');
  const pin = process.env.DOCKSIDE_PIN;
  if (pin === undefined || pin === '') throw new UsageError('Give the technician\u2019s PIN in the environment variable DOCKSIDE_PIN (never on the command line)');
  if (!existsSync(dbFile)) throw new UsageError(`There is no database at ${dbFile}`);
  const key = keyFile ?? join(dirname(dbFile), 'station-key.pem');
  if (!existsSync(key)) throw new UsageError(`No station key at ${key}: the station that owns the database signs every event. Pass --key FILE.`);
  const db = openDatabase(dbFile);
  try {
    const signer = loadOrCreateSigner(key);
    const known = db.prepare('SELECT 1 FROM stations WHERE station_id = ?').get(signer.stationId);
    if (known === undefined) throw new UsageError(`The key ${key} belongs to station ${signer.stationId}, which has never written to this database.`);
    const core = createCore({ db, clock: systemClock, ids: uuidIds, signer }, options);
    unwrap(await core.invoke('auth.signIn', { technicianId, pin }));
    return { db, core, close: () => db.close() };
  } catch (error) {
    db.close();
    throw error;
  }
}
