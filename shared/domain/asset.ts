import { z } from 'zod';

export const ASSET_CLASSES = [
  'laptop',
  'desktop',
  'phone',
  'tablet',
  'monitor',
  'peripheral',
  'usb-token',
  'badge',
  'drive',
  'server',
  'network',
] as const;
export type AssetClass = (typeof ASSET_CLASSES)[number];

export const SENSITIVITY_TIERS = ['standard', 'high'] as const;
export type Sensitivity = (typeof SENSITIVITY_TIERS)[number];

/** Where an asset stands in its custody lifecycle; derived from its events only. */
export const ASSET_STATUSES = [
  'expected',
  'received',
  'wipe-pending',
  'wiped',
  'awaiting-pickup',
  'picked-up',
  'disposed',
  'missing',
] as const;
export type AssetStatus = (typeof ASSET_STATUSES)[number];

/** Classes that hold data and therefore need sanitization before they leave. */
export const DATA_BEARING_CLASSES: readonly AssetClass[] = ['laptop', 'desktop', 'phone', 'tablet', 'drive', 'server', 'usb-token'];

const text = (max: number) => z.string().trim().max(max);

export const assetIdentitySchema = z
  .object({
    assetTag: text(64).optional(),
    serial: text(64).optional(),
    make: text(80).default(''),
    model: text(120).default(''),
    assetClass: z.enum(ASSET_CLASSES),
    sensitivity: z.enum(SENSITIVITY_TIERS).default('standard'),
    custodian: text(120).optional(),
  })
  .refine((a) => Boolean(a.assetTag) || Boolean(a.serial), { message: 'An asset needs an asset tag or a serial number' });
export type AssetIdentity = z.infer<typeof assetIdentitySchema>;

export interface AssetRecord {
  readonly id: string;
  readonly assetTag: string | null;
  readonly serial: string | null;
  readonly make: string;
  readonly model: string;
  readonly assetClass: AssetClass;
  readonly sensitivity: Sensitivity;
  readonly custodian: string | null;
  readonly centralId: string | null;
}

export interface AssetState {
  readonly status: AssetStatus;
  readonly condition: string | null;
  readonly location: string | null;
  readonly custodian: string | null;
  readonly lastEventAt: string | null;
  readonly eventCount: number;
}

export interface AssetView extends AssetRecord {
  readonly state: AssetState;
}
