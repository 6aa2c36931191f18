import Database from 'better-sqlite3';
import type { AssetIdentity, AssetView } from '../../../shared/domain/asset';
import { verifyDatabase } from '../../../electron/services/custody/verify-db';
import type { ChainReport } from '../../../shared/views';
import type { CoreFixture } from '../../support/core-fixture';

export const SUPERVISOR = { technicianId: 'SUP-1', name: 'Sam Supervisor', pin: '4321' } as const;

/** A station whose first supervisor exists and is signed in (the core keeps the session, so the page opens signed in). */
export async function withSupervisor(fixture: CoreFixture, loadDemoData = false): Promise<void> {
  await fixture.call('setup.createFirstSupervisor', { ...SUPERVISOR, loadDemoData });
}

export function registerDevice(fixture: CoreFixture, identity: Partial<AssetIdentity> & Pick<AssetIdentity, 'assetClass'>): Promise<AssetView> {
  return fixture.call('assets.register', identity);
}

/** Reads the SQLite file through a separate read-only connection: only committed data is seen. */
function query<T>(fixture: CoreFixture, read: (db: Database.Database) => T): T {
  const db = new Database(fixture.dbFile, { readonly: true, fileMustExist: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

export function countEvents(fixture: CoreFixture, where: { type?: string; assetTag?: string } = {}): number {
  const row = query(fixture, (db) =>
    db
      .prepare(
        `SELECT count(*) AS n FROM custody_events e JOIN assets a ON a.id = e.asset_id
         WHERE (@type IS NULL OR e.type = @type) AND (@tag IS NULL OR a.asset_tag = @tag)`,
      )
      .get({ type: where.type ?? null, tag: where.assetTag ?? null }),
  ) as { n: number };
  return row.n;
}

export function eventTypesOf(fixture: CoreFixture, assetTag: string): string[] {
  const rows = query(fixture, (db) =>
    db.prepare('SELECT e.type AS type FROM custody_events e JOIN assets a ON a.id = e.asset_id WHERE a.asset_tag = ? ORDER BY e.seq').all(assetTag),
  ) as { type: string }[];
  return rows.map((r) => r.type);
}

export function conditionPayloadOf(fixture: CoreFixture, assetTag: string): Record<string, unknown> | null {
  const row = query(fixture, (db) =>
    db
      .prepare(
        `SELECT e.payload AS payload FROM custody_events e JOIN assets a ON a.id = e.asset_id
         WHERE a.asset_tag = ? AND e.type = 'condition_recorded' ORDER BY e.seq DESC LIMIT 1`,
      )
      .get(assetTag),
  ) as { payload: string } | undefined;
  return row === undefined ? null : (JSON.parse(row.payload) as Record<string, unknown>);
}

/** Walks the whole custody log's chain (hashes, links, signatures) on a read-only connection. */
export function verifyLog(fixture: CoreFixture): ChainReport {
  return query(fixture, (db) => verifyDatabase(db, { kind: 'log' }));
}

export function receivedPayloadOf(fixture: CoreFixture, assetTag: string): Record<string, unknown> | null {
  const row = query(fixture, (db) =>
    db
      .prepare(
        `SELECT e.payload AS payload FROM custody_events e JOIN assets a ON a.id = e.asset_id
         WHERE a.asset_tag = ? AND e.type = 'received' ORDER BY e.seq DESC LIMIT 1`,
      )
      .get(assetTag),
  ) as { payload: string } | undefined;
  return row === undefined ? null : (JSON.parse(row.payload) as Record<string, unknown>);
}
