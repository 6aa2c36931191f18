import { z } from 'zod';
import { ASSET_STATUSES } from './asset';

/** The central systems Dockside has a driver for (the same list as electron/sync/connector.ts). */
export const SYNC_CONNECTOR_KINDS = ['rt5', 'webhook', 'snipeit'] as const;
export type SyncConnectorKind = (typeof SYNC_CONNECTOR_KINDS)[number];

/** Our fields a connector may write to a field of its own (e.g. a Snipe-IT custom field's db column). */
export const SYNC_FIELDS = ['serial', 'condition', 'lastWipe', 'technician', 'site', 'location', 'marker'] as const;
export type SyncField = (typeof SYNC_FIELDS)[number];

/** Lower-case letters, digits and dashes: it also names the token's environment variable (DOCKSIDE_TOKEN_<ID>). */
export const connectorIdSchema = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9-]{1,31}$/, 'A connector ID is 2–32 lower-case letters, digits or dashes');

const httpUrl = z
  .string()
  .trim()
  .max(500)
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'http:' || url.protocol === 'https:') && url.username === '' && url.password === '';
    } catch {
      return false;
    }
  }, 'Give the full address, starting with https:// (no user name or password in it)');

/** What a supervisor sets for one connector. Never holds a secret: the token goes to the secret store. */
export const connectorSettingsSchema = z
  .object({
    url: httpUrl,
    /** How long one call may take before it is abandoned and retried. */
    timeoutMs: z.number().int().min(500).max(120_000).default(15_000),
    /** Events per call where the target takes batches (the webhook); 1 sends one event per call. */
    maxBatch: z.number().int().min(1).max(500).default(1),
    /** The target's rate limit, paced on our side (Snipe-IT: 120). Null: no pacing. */
    requestsPerMinute: z.number().int().min(1).max(100_000).nullable().default(null),
    /** Our asset statuses to theirs (a Snipe-IT status label ID, an RT lifecycle status...). */
    statusMap: z.partialRecord(z.enum(ASSET_STATUSES), z.string().trim().min(1).max(120)).default({}),
    /** Our fields to theirs (a Snipe-IT custom field's db column such as _snipeit_condition_4, an RT custom field name...). */
    fieldMap: z.partialRecord(z.enum(SYNC_FIELDS), z.string().trim().min(1).max(120)).default({}),
    /** Their statuses that mean "do not simply follow" (e.g. Stolen, Lost): an event meeting one is held as a conflict. */
    conflictStatuses: z.array(z.string().trim().min(1).max(120)).max(20).default([]),
  })
  .strict();
export type ConnectorSettings = z.output<typeof connectorSettingsSchema>;

export const saveConnectorSchema = z
  .object({
    id: connectorIdSchema,
    kind: z.enum(SYNC_CONNECTOR_KINDS),
    name: z.string().trim().min(1).max(60),
    enabled: z.boolean(),
    settings: connectorSettingsSchema,
    /** For a new connector: also send every event recorded before it was added (the asset's whole history). */
    backfill: z.boolean().default(true),
  })
  .strict();
export type SaveConnectorInput = z.output<typeof saveConnectorSchema>;
