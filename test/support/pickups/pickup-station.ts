import { PNG } from 'pngjs';
import type { AssetIdentity, AssetView } from '../../../shared/domain/asset';
import type { MappedColumn } from '../../../shared/domain/vendors';
import type { CoreFixture } from '../core-fixture';
import { addDrive, mediumId, receivedDevice, wipeInput } from '../wipes/wipe-station';

export const DEFAULT_MANIFEST_COLUMNS: readonly MappedColumn[] = [
  { column: 'Serial Number', field: 'serial' },
  { column: 'Asset Tag', field: 'assetTag' },
  { column: 'Manufacturer', field: 'make' },
  { column: 'Model', field: 'model' },
];

/** Puts a vendor straight into the vendors table (the vendor screens are another capability). */
export function insertVendor(
  f: CoreFixture,
  vendorId: string,
  name: string,
  manifestColumns: readonly MappedColumn[] = DEFAULT_MANIFEST_COLUMNS,
  conditionCodes: readonly { vendorCode: string; condition: string }[] = [],
): void {
  const profile = { name, certifications: ['R2v3'], contacts: [], mapping: { manifestColumns, dispositionColumns: [], conditionCodes, outcomeCodes: [] } };
  const now = f.clock.now().toISOString();
  f.db.prepare('INSERT INTO vendors (vendor_id, name, profile, active, created_at, updated_at) VALUES (?, ?, ?, 1, ?, ?)').run(vendorId, name, JSON.stringify(profile), now, now);
}

/** A device received, its drive added and wiped to policy through the real handlers: ready to stage. */
export async function wipedDevice(
  f: CoreFixture,
  identity: Partial<AssetIdentity> & Pick<AssetIdentity, 'assetClass'>,
  driveSerial: string,
): Promise<AssetView> {
  const asset = await receivedDevice(f, identity);
  const view = await addDrive(f, asset.id, driveSerial);
  await f.call('wipes.record', wipeInput(f, asset.id, mediumId(view, driveSerial)));
  return asset;
}

/** A drawn signature: a dark zig-zag stroke on a transparent canvas, as PNG base64. */
export function signaturePng(width = 300, height = 100): string {
  const png = new PNG({ width, height });
  for (let x = 10; x < width - 10; x += 1) {
    const y = Math.round(height / 2 + Math.sin(x / 12) * (height / 3));
    for (let dy = -1; dy <= 1; dy += 1) {
      const i = ((y + dy) * width + x) * 4;
      png.data[i] = 10;
      png.data[i + 1] = 10;
      png.data[i + 2] = 40;
      png.data[i + 3] = 255;
    }
  }
  return PNG.sync.write(png).toString('base64');
}

/** A canvas with nothing drawn on it. */
export function blankPng(): string {
  return PNG.sync.write(new PNG({ width: 300, height: 100 })).toString('base64');
}

export const wedge = (raw: string) => ({ raw, source: 'wedge' as const, override: null });
