import type { AssetStatus } from '../../../../shared/domain/asset';
import { RT5_DEFAULTS, type ConnectorSettings, type SyncField } from '../../../../shared/domain/sync-config';

/** Our facts an RT asset custom field can hold. */
export type Rt5Field = SyncField;

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

const DEFAULT_CONFLICT_STATUSES: readonly string[] = ['stolen', 'deleted'];
const PULL_PAGE_SIZE = 100;

/** Accepts the RT address with or without the /REST/2.0 suffix. */
export function restRoot(url: string): string {
  const trimmed = url.trim().replace(/\/+$/, '');
  return /\/REST\/2\.0$/i.test(trimmed) ? trimmed : `${trimmed}/REST/2.0`;
}

/** Field names: RT's defaults, then the connector's field map over them, then the fields the site's RT does not have. */
function fieldNames(settings: ConnectorSettings): Record<Rt5Field, string | null> {
  const fields: Record<Rt5Field, string | null> = { ...RT5_DEFAULTS.fields, ...settings.fieldMap };
  for (const field of settings.rt5?.notWritten ?? []) fields[field] = null;
  return fields;
}

/** The RT driver's settings from a connector's stored settings: what they say overrides RT's defaults. */
export function rt5Settings(settings: ConnectorSettings): Rt5Settings {
  const rt5 = settings.rt5 ?? {};
  return {
    restUrl: restRoot(settings.url),
    timeoutMs: settings.timeoutMs,
    catalog: rt5.catalog ?? RT5_DEFAULTS.catalog,
    pickupQueue: rt5.pickupQueue ?? RT5_DEFAULTS.pickupQueue,
    returnsQueue: rt5.returnsQueue ?? RT5_DEFAULTS.returnsQueue,
    ticketKeyField: rt5.ticketKeyField ?? RT5_DEFAULTS.ticketKeyField,
    timeZone: rt5.timeZone ?? RT5_DEFAULTS.timeZone,
    statusMap: { ...RT5_DEFAULTS.statusMap, ...settings.statusMap },
    fields: fieldNames(settings),
    conflictStatuses: settings.conflictStatuses.length > 0 ? settings.conflictStatuses : DEFAULT_CONFLICT_STATUSES,
    pullPageSize: PULL_PAGE_SIZE,
  };
}
