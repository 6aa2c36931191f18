import type { Db } from '../../../db/connection';
import type { AssetView } from '../../../shared/domain/asset';
import type { WipeLookup } from '../../../shared/domain/sanitization/wipe-views';
import { compileTagPattern, readScan } from '../../../shared/domain/scan';
import { DocksideError } from '../../../shared/errors';
import { findByIdentifier, getAsset } from '../assets/asset-store';
import { readSettings } from '../settings/settings-store';
import { mediaWithSerial } from './store/media-store';

const labelOf = (asset: AssetView): string => asset.assetTag ?? asset.serial ?? asset.id;

/**
 * What a scan on the wipe queue names: a host by its asset tag or serial, or a drive by its serial
 * (which opens its host). A serial that names two different devices is refused as ambiguous.
 */
export function lookupForWipe(db: Db, raw: string): WipeLookup {
  const pattern = compileTagPattern(readSettings(db).assetTagPattern);
  if (typeof pattern === 'string') throw new DocksideError('INTERNAL', `Asset-tag pattern is broken: ${pattern}`);
  const outcome = readScan(raw, pattern);
  if (!outcome.ok) throw new DocksideError(outcome.problem, `Scan refused: ${outcome.problem}`, { cleaned: outcome.cleaned });
  const reading = outcome.reading;
  const value = reading.kind === 'gs1' ? (reading.serial ?? reading.value) : reading.value;
  const host = findByIdentifier(db, value);
  const media = mediaWithSerial(db, value);
  const owners = new Set(media.map((m) => m.asset_id));
  if (host !== null && (owners.size > 1 || (owners.size === 1 && !owners.has(host.id)))) {
    throw new DocksideError('ASSET_AMBIGUOUS', `${value} is a device serial and a drive serial in another device`);
  }
  if (host !== null) return { assetId: host.id, label: labelOf(host), mediumId: media[0]?.id ?? null };
  if (owners.size > 1) throw new DocksideError('WIPE_SERIAL_AMBIGUOUS', `Drive serial ${value} is recorded in ${owners.size} devices`);
  const medium = media[0];
  if (medium === undefined) throw new DocksideError('ASSET_NOT_FOUND', `No device or drive ${value}`);
  return { assetId: medium.asset_id, label: labelOf(getAsset(db, medium.asset_id)), mediumId: medium.id };
}
