import { z } from 'zod';
import { ASSET_STATUSES, type AssetStatus } from './asset';

/** The central systems Dockside has a driver for (the same list as electron/sync/connector.ts). */
export const SYNC_CONNECTOR_KINDS = ['rt5', 'webhook', 'snipeit'] as const;
export type SyncConnectorKind = (typeof SYNC_CONNECTOR_KINDS)[number];

/** Our fields a connector may write to a field of its own (e.g. a Snipe-IT custom field's db column). */
export const SYNC_FIELDS = ['serial', 'condition', 'lastWipe', 'technician', 'make', 'model', 'custodian', 'lastNote', 'site', 'location', 'marker'] as const;
export type SyncField = (typeof SYNC_FIELDS)[number];

/**
 * What the Request Tracker driver uses where its settings say nothing: the names in RT's catalog and queues,
 * the custom field each of our fields goes to (null: not written unless mapped), and our statuses to RT's
 * lifecycle statuses. Shown by the Settings screen as the defaults.
 */
export const RT5_DEFAULTS = {
  catalog: 'Dock Receiving',
  pickupQueue: 'ITAD Pickups',
  returnsQueue: 'Offboarding Returns',
  ticketKeyField: 'Dockside Key',
  timeZone: 'UTC',
  fields: {
    serial: 'Serial Number',
    condition: 'Condition Code',
    lastWipe: 'Last Wipe',
    technician: 'Technician',
    make: 'Make',
    model: 'Model',
    custodian: 'Custodian',
    lastNote: 'Last Note',
    site: null,
    location: null,
    marker: 'Dockside Applied',
  } satisfies Readonly<Record<SyncField, string | null>>,
  statusMap: {
    received: 'received',
    'wipe-pending': 'quarantined',
    wiped: 'wiped',
    'awaiting-pickup': 'awaiting-pickup',
    'picked-up': 'picked-up',
    disposed: 'disposed',
  } satisfies Readonly<Partial<Record<AssetStatus, string>>>,
} as const;

/** Lower-case letters, digits and dashes: it also names the token's environment variable (DOCKSIDE_TOKEN_<ID>). */
export const connectorIdSchema = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9-]{1,31}$/, 'A connector ID is 2–32 lower-case letters, digits or dashes');

const LOOPBACK_HOSTS: readonly string[] = ['127.0.0.1', 'localhost', '[::1]'];

/** A central system's address: https, or plain http only to this computer (a local relay or test server). */
export function isAllowedAddress(value: string): boolean {
  try {
    const url = new URL(value);
    if (url.username !== '' || url.password !== '') return false;
    return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.includes(url.hostname));
  } catch {
    return false;
  }
}

const httpUrl = z
  .string()
  .trim()
  .max(500)
  .refine(isAllowedAddress, 'Give the full address, starting with https:// (no user name or password in it; plain http:// only for 127.0.0.1 or localhost)');

/** A name as RT shows it (catalog, queue, custom field). */
const rtName = z.string().trim().min(1).max(200);

/** An IANA time zone name this runtime knows, e.g. Europe/Berlin or UTC. */
const timeZoneName = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .refine((zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, 'Give a time zone name such as Europe/Berlin or UTC');

/**
 * Request Tracker only: where the dock's assets and tickets live in RT, and the time zone RT reads query dates
 * in (the token user's own Timezone preference, else RT's $Timezone). Every entry is optional: absent, the
 * driver uses RT5_DEFAULTS. Other connectors ignore this block.
 */
export const rt5ConnectorSchema = z
  .object({
    /** The asset catalog that holds the dock's custody lifecycle. */
    catalog: rtName.optional(),
    /** The queue of ITAD pickup session tickets. */
    pickupQueue: rtName.optional(),
    /** The queue of offboarding return tickets. */
    returnsQueue: rtName.optional(),
    /** The ticket custom field that names the pickup session or offboarding case a ticket stands for. */
    ticketKeyField: rtName.optional(),
    timeZone: timeZoneName.optional(),
    /** Our fields RT has no custom field for: not written, and not asked for by "test connection" (never the marker). */
    notWritten: z.array(z.enum(SYNC_FIELDS).exclude(['marker'])).max(SYNC_FIELDS.length).optional(),
  })
  .strict();
export type Rt5ConnectorSettings = z.output<typeof rt5ConnectorSchema>;

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
    /** Request Tracker's own settings; absent for other connectors and for RT connectors saved before it existed. */
    rt5: rt5ConnectorSchema.optional(),
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
