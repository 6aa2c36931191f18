import type { AssetStatus } from '../../../shared/domain/asset';
import {
  saveConnectorSchema,
  type Rt5ConnectorSettings,
  type SaveConnectorInput,
  type SyncConnectorKind,
  type SyncField,
} from '../../../shared/domain/sync-config';
import type { SyncConnectorConfig } from '../../../shared/views';
import { issueWords, type FieldProblems } from './connector-problems';

/** Request Tracker's own settings as typed; blank means RT's default. */
export interface Rt5Draft {
  readonly catalog: string;
  readonly pickupQueue: string;
  readonly returnsQueue: string;
  readonly ticketKeyField: string;
  readonly timeZone: string;
  /** Our fields the site's RT has no custom field for. */
  readonly notWritten: readonly Exclude<SyncField, 'marker'>[];
}

/** The connector form as typed: numbers stay strings and mapping rows may be blank until it is saved. */
export interface ConnectorDraft {
  /** False when editing a saved connector: its ID and kind are fixed. */
  readonly isNew: boolean;
  readonly id: string;
  readonly kind: SyncConnectorKind;
  readonly name: string;
  readonly enabled: boolean;
  readonly url: string;
  readonly timeoutMs: string;
  readonly maxBatch: string;
  readonly requestsPerMinute: string;
  readonly statusMap: Readonly<Partial<Record<AssetStatus, string>>>;
  readonly fieldMap: Readonly<Partial<Record<SyncField, string>>>;
  readonly conflictStatuses: readonly string[];
  readonly rt5: Rt5Draft;
  /** New connectors only: also send what was recorded before it was added. */
  readonly backfill: boolean;
}

function rt5DraftOf(rt5: Rt5ConnectorSettings | undefined): Rt5Draft {
  return {
    catalog: rt5?.catalog ?? '',
    pickupQueue: rt5?.pickupQueue ?? '',
    returnsQueue: rt5?.returnsQueue ?? '',
    ticketKeyField: rt5?.ticketKeyField ?? '',
    timeZone: rt5?.timeZone ?? '',
    notWritten: rt5?.notWritten ?? [],
  };
}

export function newDraft(): ConnectorDraft {
  return {
    isNew: true,
    id: '',
    kind: 'webhook',
    name: '',
    enabled: true,
    url: '',
    timeoutMs: '15000',
    maxBatch: '1',
    requestsPerMinute: '',
    statusMap: {},
    fieldMap: {},
    conflictStatuses: [],
    rt5: rt5DraftOf(undefined),
    backfill: true,
  };
}

export function draftOf(config: SyncConnectorConfig): ConnectorDraft {
  const s = config.settings;
  return {
    isNew: false,
    id: config.id,
    kind: config.kind,
    name: config.name,
    enabled: config.enabled,
    url: s.url,
    timeoutMs: String(s.timeoutMs),
    maxBatch: String(s.maxBatch),
    requestsPerMinute: s.requestsPerMinute === null ? '' : String(s.requestsPerMinute),
    statusMap: s.statusMap,
    fieldMap: s.fieldMap,
    conflictStatuses: s.conflictStatuses,
    rt5: rt5DraftOf(s.rt5),
    backfill: false,
  };
}

/** Blank rows mean "not mapped" (or "RT's default"): they are left out. */
function filled<K extends string>(rows: Readonly<Partial<Record<K, string>>>): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  for (const [key, value] of Object.entries(rows) as [K, string | undefined][]) {
    if (value !== undefined && value.trim() !== '') out[key] = value;
  }
  return out;
}

function rt5Settings(d: Rt5Draft): Rt5ConnectorSettings {
  const names = filled({ catalog: d.catalog, pickupQueue: d.pickupQueue, returnsQueue: d.returnsQueue, ticketKeyField: d.ticketKeyField, timeZone: d.timeZone });
  return d.notWritten.length === 0 ? names : { ...names, notWritten: [...d.notWritten] };
}

/** A number field as typed: blank is no number at all (the schema then names the field). */
const numberOf = (text: string): number => (text.trim() === '' ? Number.NaN : Number(text));

export type ParsedConnector = { readonly ok: true; readonly input: SaveConnectorInput } | { readonly ok: false; readonly problems: FieldProblems };

/** Checks the draft with the schema the core uses, so every mistake is named next to its field before anything is sent. */
export function parseConnectorDraft(d: ConnectorDraft): ParsedConnector {
  const statusRows = d.conflictStatuses.flatMap((status, row) => (status.trim() === '' ? [] : [row]));
  const parsed = saveConnectorSchema.safeParse({
    id: d.id,
    kind: d.kind,
    name: d.name,
    enabled: d.enabled,
    settings: {
      url: d.url,
      timeoutMs: numberOf(d.timeoutMs),
      maxBatch: numberOf(d.maxBatch),
      requestsPerMinute: d.requestsPerMinute.trim() === '' ? null : numberOf(d.requestsPerMinute),
      statusMap: filled(d.statusMap),
      fieldMap: filled(d.fieldMap),
      conflictStatuses: statusRows.map((row) => d.conflictStatuses[row]),
      ...(d.kind === 'rt5' ? { rt5: rt5Settings(d.rt5) } : {}),
    },
    backfill: d.isNew && d.backfill,
  });
  if (parsed.success) return { ok: true, input: parsed.data };
  const problems: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const [first, second, index] = issue.path;
    const row = first === 'settings' && second === 'conflictStatuses' && typeof index === 'number' ? statusRows[index] : undefined;
    const path = (row === undefined ? issue.path : ['settings', 'conflictStatuses', row]).map(String).join('.');
    problems[path] ??= issueWords(path, issue.message);
  }
  return { ok: false, problems };
}
