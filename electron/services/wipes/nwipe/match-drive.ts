import type { Db } from '../../../../db/connection';
import { normaliseIdentifier } from '../../../../shared/domain/scan';
import type { NwipeMatch } from '../../../../shared/domain/sanitization/wipe-views';
import { DocksideError } from '../../../../shared/errors';
import { findByIdentifier } from '../../assets/asset-store';
import { mediaWithSerial } from '../store/media-store';

const labelOf = (db: Db, assetId: string): string =>
  (db.prepare('SELECT coalesce(asset_tag, serial, id) AS label FROM assets WHERE id = ?').get(assetId) as { label: string }).label;

/** The devices a drive serial points to: hosts with a drive of that serial, and devices that are themselves that drive. */
export function hostsOfSerial(db: Db, serial: string): { assetId: string; mediumId: string | null }[] {
  const found = new Map<string, string | null>();
  for (const m of mediaWithSerial(db, serial)) found.set(m.asset_id, m.id);
  const assets = db.prepare('SELECT id FROM assets WHERE serial = ? LIMIT 10').all(serial) as { id: string }[];
  for (const a of assets) if (!found.has(a.id)) found.set(a.id, null);
  return [...found].map(([assetId, mediumId]) => ({ assetId, mediumId }));
}

/**
 * Which host a drive of the log belongs to: the one the technician named (hint: a host's asset tag or
 * serial), else the one its serial points to. Two devices for one serial is ambiguous: never guessed.
 */
export function matchDrive(db: Db, serial: string | null, hostHint: string): NwipeMatch {
  const bySerial = serial === null ? [] : hostsOfSerial(db, normaliseIdentifier(serial));
  if (hostHint !== '') {
    const host = findByIdentifier(db, normaliseIdentifier(hostHint));
    if (host === null) throw new DocksideError('ASSET_NOT_FOUND', `No device with tag or serial ${hostHint}`, { reason: `No device with tag or serial ${hostHint}.` });
    const medium = bySerial.find((h) => h.assetId === host.id)?.mediumId ?? null;
    const label = labelOf(db, host.id);
    return medium === null ? { kind: 'host', assetId: host.id, label } : { kind: 'medium', assetId: host.id, label, mediumId: medium };
  }
  if (bySerial.length > 1) return { kind: 'ambiguous', candidates: bySerial.map((h) => ({ assetId: h.assetId, label: labelOf(db, h.assetId) })) };
  const only = bySerial[0];
  if (only === undefined) return { kind: 'none' };
  const label = labelOf(db, only.assetId);
  return only.mediumId === null ? { kind: 'host', assetId: only.assetId, label } : { kind: 'medium', assetId: only.assetId, label, mediumId: only.mediumId };
}
