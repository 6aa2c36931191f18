import type { AssetClass, AssetStatus, AssetView } from '../../../shared/domain/asset';

const CLASS_WORDS: Readonly<Record<AssetClass, string>> = {
  laptop: 'Laptop',
  desktop: 'Desktop',
  phone: 'Phone',
  tablet: 'Tablet',
  monitor: 'Monitor',
  peripheral: 'Peripheral',
  'usb-token': 'USB token',
  badge: 'Badge',
  drive: 'Drive',
  server: 'Server',
  network: 'Network device',
};

const STATUS_WORDS: Readonly<Record<AssetStatus, string>> = {
  expected: 'Expected back',
  received: 'Received',
  'wipe-pending': 'Wipe pending',
  wiped: 'Wiped',
  'awaiting-pickup': 'Awaiting pickup',
  'picked-up': 'Picked up',
  disposed: 'Disposed',
  missing: 'Missing',
};

export const classWords = (assetClass: AssetClass): string => CLASS_WORDS[assetClass];
export const statusWords = (status: AssetStatus): string => STATUS_WORDS[status];

/** How a device is named on screen: its asset tag, else its serial. */
export function assetLabel(asset: Pick<AssetView, 'assetTag' | 'serial' | 'id'>): string {
  return asset.assetTag ?? asset.serial ?? asset.id;
}

export function makeModel(asset: Pick<AssetView, 'make' | 'model'>): string {
  const text = `${asset.make} ${asset.model}`.trim();
  return text === '' ? 'Make and model not recorded' : text;
}

/** Who has the device now: its custodian before receipt, the dock after. */
export function heldBy(asset: AssetView): string {
  if (asset.state.custodian !== null) return asset.state.custodian;
  if (asset.state.location !== null) return `the dock (${asset.state.location})`;
  return asset.custodian ?? 'nobody on record';
}
