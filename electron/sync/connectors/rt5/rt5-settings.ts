import type { AssetStatus } from '../../../../shared/domain/asset';
import type { ConnectorSettings } from '../../../../shared/domain/sync-config';

/** Our facts an RT asset custom field can hold. */
export const RT5_FIELDS = ['serial', 'condition', 'lastWipe', 'technician', 'make', 'model', 'custodian', 'lastNote', 'site', 'location', 'marker'] as const;
export type Rt5Field = (typeof RT5_FIELDS)[number];

/** Everything the Request Tracker driver needs, resolved from a connector's settings with RT's defaults. */
export interface Rt5Settings {
  /** The REST2 root, e.g. https://rt.example.com/REST/2.0 (no trailing slash). */
  readonly restUrl: string;
  readonly timeoutMs: number;
  /** The asset catalog that holds the dock's custody lifecycle. */
  readonly catalog: string;
  readonly pickupQueue: string;
  readonly returnsQueue: string;
  /** Our status after an event -> the RT lifecycle status; a status absent here changes nothing in RT. */
  readonly statusMap: Readonly<Partial<Record<AssetStatus, string>>>;
  /** Our fact -> the RT custom field that holds it; null: not written. */
  readonly fields: Readonly<Record<Rt5Field, string | null>>;
  /** RT statuses set by people that Dockside must not simply follow (e.g. stolen): the event is held as a conflict. */
  readonly conflictStatuses: readonly string[];
  /** The ticket custom field that names the pickup session or offboarding case a ticket stands for. */
  readonly ticketKeyField: string;
  /** The time zone RT reads dates in for the token's user (its own Timezone, else RT's $Timezone). */
  readonly timeZone: string;
  readonly pullPageSize: number;
}

export const RT5_DEFAULT_STATUS_MAP: Readonly<Partial<Record<AssetStatus, string>>> = {
  received: 'received',
  'wipe-pending': 'quarantined',
  wiped: 'wiped',
  'awaiting-pickup': 'awaiting-pickup',
  'picked-up': 'picked-up',
  disposed: 'disposed',
};

export const RT5_DEFAULT_FIELDS: Readonly<Record<Rt5Field, string | null>> = {
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
};

export const RT5_DEFAULTS = {
  catalog: 'Dock Receiving',
  pickupQueue: 'ITAD Pickups',
  returnsQueue: 'Offboarding Returns',
  conflictStatuses: ['stolen', 'deleted'],
  ticketKeyField: 'Dockside Key',
  timeZone: 'UTC',
  pullPageSize: 100,
} as const;

/** Accepts the RT address with or without the /REST/2.0 suffix. */
export function restRoot(url: string): string {
  const trimmed = url.trim().replace(/\/+$/, '');
  return /\/REST\/2\.0$/i.test(trimmed) ? trimmed : `${trimmed}/REST/2.0`;
}

/** The RT driver's settings from a connector's stored settings: its maps override RT's defaults. */
export function rt5Settings(settings: ConnectorSettings): Rt5Settings {
  return {
    ...RT5_DEFAULTS,
    restUrl: restRoot(settings.url),
    timeoutMs: settings.timeoutMs,
    statusMap: { ...RT5_DEFAULT_STATUS_MAP, ...settings.statusMap },
    fields: { ...RT5_DEFAULT_FIELDS, ...settings.fieldMap },
    conflictStatuses: settings.conflictStatuses.length > 0 ? settings.conflictStatuses : RT5_DEFAULTS.conflictStatuses,
  };
}
