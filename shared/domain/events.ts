import { z } from 'zod';
import { ASSET_CLASSES, SENSITIVITY_TIERS } from './asset';
import { conditionSchema } from './grading';

/** Every kind of custody fact. Later capabilities add types here; none is ever removed or renamed. */
export const EVENT_TYPES = [
  'asset_registered',
  'received',
  'condition_recorded',
  'note',
  'wipe_started',
  'wipe_completed',
  'wipe_failed',
  'staged_for_pickup',
  'picked_up',
  'reported_missing',
  'substitution_found',
  'disposition_confirmed',
  'case_returned',
  'remote_lock_requested',
  'remote_wipe_requested',
  'return_reminder_sent',
  'written_off',
  'pickup_withdrawn',
  'pickup_corrected',
  'case_closed',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const assetRegisteredPayload = z.object({
  assetTag: z.string().nullable(),
  serial: z.string().nullable(),
  make: z.string(),
  model: z.string(),
  assetClass: z.enum(ASSET_CLASSES),
  sensitivity: z.enum(SENSITIVITY_TIERS),
  custodian: z.string().nullable(),
});

export const receivedPayload = z.object({
  batchId: z.string(),
  source: z.enum(['wedge', 'keyboard', 'camera']),
  scanned: z.string(),
  location: z.string(),
  fromCustodian: z.string().nullable(),
});

export const conditionRecordedPayload = z.object({
  condition: conditionSchema.nullable(),
  code: z.string().nullable(),
  damage: z.array(z.string()),
  accessories: z.array(z.string()),
  note: z.string(),
});

export const notePayload = z.object({ text: z.string() });

export type AssetRegisteredPayload = z.infer<typeof assetRegisteredPayload>;
export type ReceivedPayload = z.infer<typeof receivedPayload>;
export type ConditionRecordedPayload = z.infer<typeof conditionRecordedPayload>;

/** A custody event as stored: the signed, hash-chained fact. */
export interface CustodyEvent {
  readonly id: string;
  readonly seq: number;
  readonly stationId: string;
  readonly assetId: string;
  readonly type: EventType;
  readonly payload: Readonly<Record<string, unknown>>;
  readonly technicianId: string;
  readonly site: string;
  readonly deviceTime: string;
  readonly prevHash: string;
  readonly assetPrevHash: string | null;
  readonly hash: string;
  readonly signature: string;
}

/** A custody event as written to an evidence file or a case pack, checked when such a file is read back. */
export const custodyEventSchema = z.object({
  id: z.string(),
  seq: z.number().int().positive(),
  stationId: z.string(),
  assetId: z.string(),
  type: z.enum(EVENT_TYPES),
  payload: z.record(z.string(), z.unknown()),
  technicianId: z.string(),
  site: z.string(),
  deviceTime: z.string(),
  prevHash: z.string(),
  assetPrevHash: z.string().nullable(),
  hash: z.string(),
  signature: z.string(),
});

export const GENESIS_HASH = '0'.repeat(64);

