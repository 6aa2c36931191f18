import { createPublicKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Db } from '../../db/connection';
import type { ChainProblem } from '../../shared/views';
import { UsageError } from './cli-errors';

/** A public key in the one form stations export it (SPKI PEM), or null if it is not a key at all. */
function normalised(pem: string): string | null {
  try {
    return createPublicKey(pem).export({ type: 'spki', format: 'pem' }).toString();
  } catch {
    return null;
  }
}

/** Reads the station public key an auditor trusts from a PEM file. */
export function readPinnedKey(pemFile: string): string {
  const text = readFileSync(pemFile, 'utf8');
  const key = normalised(text);
  if (key === null || createPublicKey(key).asymmetricKeyType !== 'ed25519') {
    throw new UsageError(`${pemFile} does not hold an Ed25519 public key in PEM form (what a Dockside station signs with).`);
  }
  return key;
}

/** The first event in a database signed by any station other than the pinned one, or null when all are the pinned station's. */
export function firstEventNotByPinnedKey(db: Db, pinnedKey: string): ChainProblem | null {
  const stations = db.prepare('SELECT station_id AS stationId, public_key AS publicKey FROM stations').all() as {
    stationId: string;
    publicKey: string;
  }[];
  const firstOf = db.prepare('SELECT seq, id FROM custody_events WHERE station_id = ? ORDER BY seq LIMIT 1');
  let first: ChainProblem | null = null;
  for (const station of stations.filter((s) => normalised(s.publicKey) !== pinnedKey)) {
    const row = firstOf.get(station.stationId) as { seq: number; id: string } | undefined;
    if (row !== undefined && (first === null || row.seq < first.seq)) {
      first = { seq: row.seq, eventId: row.id, reason: `Event ${row.seq} was signed by station ${station.stationId}, not by the pinned station key` };
    }
  }
  return first;
}
