import type { AssetIdentity, AssetView } from '../../../shared/domain/asset';
import type { CommandInput } from '../../../shared/contract';
import type { MediaType } from '../../../shared/domain/sanitization/vocabulary';
import type { WipeAssetView } from '../../../shared/domain/sanitization/wipe-views';
import type { CoreFixture } from '../core-fixture';

/** Registers a device and receives it at the dock through the real handlers, as a technician would. */
export async function receivedDevice(f: CoreFixture, identity: Partial<AssetIdentity> & Pick<AssetIdentity, 'assetClass'>): Promise<AssetView> {
  const asset = await f.call('assets.register', identity);
  const batch = await f.call('receiving.startBatch', {});
  await f.call('receiving.receive', {
    batchId: batch.batchId,
    assetId: asset.id,
    source: 'wedge',
    scanned: asset.assetTag ?? asset.serial ?? '',
    condition: null,
    damage: [],
    accessories: [],
    note: '',
  });
  return asset;
}

export async function addDrive(f: CoreFixture, assetId: string, serial: string, mediaType: MediaType = 'ssd'): Promise<WipeAssetView> {
  return f.call('wipes.addMedium', { assetId, serial, mediaType, make: 'Samsung', model: 'PM9A1', propertyNumber: '', capacity: '512 GB' });
}

export function mediumId(view: WipeAssetView, serial: string): string {
  const medium = view.media.find((m) => m.serial === serial);
  if (medium === undefined) throw new Error(`no medium ${serial} in ${view.asset.assetTag ?? view.asset.id}`);
  return medium.id;
}

type RecordInput = CommandInput<'wipes.record'>;

/** A complete, plausible record that finished an hour before the fixture's clock; override what a test is about. */
export function wipeInput(f: CoreFixture, assetId: string, medium: string, overrides: Partial<RecordInput> = {}): RecordInput {
  const now = f.clock.now().getTime();
  return {
    assetId,
    mediumId: medium,
    level: 'purge',
    technique: 'crypto-erase',
    standard: 'nist-800-88-r1',
    tool: 'Blancco Drive Eraser',
    toolVersion: '7.12',
    methodDetails: 'NVMe Sanitize, crypto scramble',
    verification: 'full',
    result: 'pass',
    failureReason: '',
    startedAt: new Date(now - 2 * 3_600_000).toISOString(),
    finishedAt: new Date(now - 3_600_000).toISOString(),
    classification: 'Unclassified',
    destination: 'external-reuse',
    notes: '',
    retryOf: null,
    validator: null,
    ...overrides,
  };
}

export function countRows(f: CoreFixture, sql: string, ...params: unknown[]): number {
  return (f.db.prepare(sql).get(...params) as { n: number }).n;
}

/** Moves the station clock on; the idle lock signs everyone out meanwhile, so the supervisor signs in again. */
export async function later(f: CoreFixture, ms: number): Promise<void> {
  f.clock.advance(ms);
  await f.call('auth.signIn', { technicianId: 'SUP-1', pin: '4321' });
}

/** Registers and receives many devices in one receiving batch, the way a busy morning at the dock would. */
export async function receiveMany(f: CoreFixture, identities: readonly (Partial<AssetIdentity> & Pick<AssetIdentity, 'assetClass'>)[]): Promise<AssetView[]> {
  const batch = await f.call('receiving.startBatch', {});
  const received: AssetView[] = [];
  for (const identity of identities) {
    const asset = await f.call('assets.register', identity);
    await f.call('receiving.receive', { batchId: batch.batchId, assetId: asset.id, source: 'wedge', scanned: asset.assetTag ?? '', condition: null, damage: [], accessories: [], note: '' });
    received.push(asset);
  }
  return received;
}
