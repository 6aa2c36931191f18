import type { Db } from '../../db/connection';
import type { AssetState } from '../../shared/domain/asset';
import { readState, replayState } from '../services/custody/projection-store';

export interface ProjectionMismatch {
  readonly assetId: string;
  /** The asset tag, else the serial, else the id: what a person would look the asset up by. */
  readonly label: string;
  /** Which part of the stored state disagrees with the replay of the asset's events. */
  readonly field: keyof AssetState | 'events';
  readonly stored: string | number | null;
  readonly replayed: string | number | null;
}

export interface ProjectionReport {
  readonly checked: number;
  readonly mismatchedAssets: number;
  /** The first few mismatches, in asset order. */
  readonly mismatches: readonly ProjectionMismatch[];
}

const FIELDS: readonly (keyof AssetState)[] = ['status', 'condition', 'location', 'custodian', 'lastEventAt', 'eventCount'];
const LISTED = 20;

function compare(db: Db, assetId: string, label: string): ProjectionMismatch[] {
  const stored = readState(db, assetId);
  let replayed: AssetState;
  try {
    replayed = replayState(db, assetId);
  } catch {
    return [{ assetId, label, field: 'events', stored: stored.eventCount, replayed: null }];
  }
  return FIELDS.filter((field) => stored[field] !== replayed[field]).map((field) => ({
    assetId,
    label,
    field,
    stored: stored[field],
    replayed: replayed[field],
  }));
}

/** Checks every asset's stored state against the replay of its own events (the projection must always equal it). */
export function checkProjections(db: Db): ProjectionReport {
  const assets = db.prepare('SELECT id, coalesce(asset_tag, serial, id) AS label FROM assets ORDER BY rowid').iterate() as Iterable<{
    id: string;
    label: string;
  }>;
  let checked = 0;
  let mismatchedAssets = 0;
  const mismatches: ProjectionMismatch[] = [];
  for (const asset of assets) {
    checked += 1;
    const found = compare(db, asset.id, asset.label);
    if (found.length > 0) mismatchedAssets += 1;
    mismatches.push(...found.slice(0, Math.max(0, LISTED - mismatches.length)));
  }
  return { checked, mismatchedAssets, mismatches };
}
