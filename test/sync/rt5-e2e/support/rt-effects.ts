import type { Db } from '../../../../db/connection';
import { EVENT_COLUMNS, rowToEvent, type EventRow } from '../../../../electron/services/custody/event-rows';
import { RT5_DEFAULTS } from '../../../../shared/domain/sync-config';
import type { CustodyEvent } from '../../../../shared/domain/events';
import { applyEvent, EMPTY_STATE } from '../../../../shared/domain/projection';
import type { RtDesk, RtTransaction } from '../../../support/rt5/rt-desk';

/** What RT shows for one of our assets, read by a person at RT's desk (root's token), not by the driver. */
export interface RtEffects {
  /** RT assets carrying the asset's serial: exactly one when all went well. */
  readonly rtIds: readonly number[];
  /** Our events applied, in the order RT recorded them: the marker's values over time (station:seq). */
  readonly applied: readonly string[];
  /** RT's status changes, "old→new", in order. */
  readonly statusMoves: readonly string[];
  /** How many times RT recorded a change of each named custom field. */
  readonly fieldChanges: Readonly<Record<string, number>>;
}

/** What RT should show for the asset's events: each applied once, in order. */
export interface ExpectedEffects {
  readonly applied: readonly string[];
  readonly statusMoves: readonly string[];
}

export function localEvents(db: Db, assetId: string): CustodyEvent[] {
  return (db.prepare(`SELECT ${EVENT_COLUMNS} FROM custody_events WHERE asset_id = ? ORDER BY seq`).all(assetId) as EventRow[]).map(rowToEvent);
}

/** RT creates an asset in 'received'; each event that changes our status moves RT's along the mapped lifecycle. */
export function expectedEffects(events: readonly CustodyEvent[]): ExpectedEffects {
  const statusMoves: string[] = [];
  let ours = EMPTY_STATE;
  let theirs = 'received';
  for (const event of events) {
    ours = applyEvent(ours, event);
    const mapped = (RT5_DEFAULTS.statusMap as Partial<Record<string, string>>)[ours.status];
    if (mapped !== undefined && mapped !== theirs) {
      statusMoves.push(`${theirs}→${mapped}`);
      theirs = mapped;
    }
  }
  return { applied: events.map((e) => `${e.stationId}:${e.seq}`), statusMoves };
}

/** The entries one station left in the marker's successive values ("ST-1:3 ST-2:9" -> the ST-1 part). */
function stationEntries(values: readonly string[], stationId: string): string[] {
  const out: string[] = [];
  for (const value of values) {
    const entry = value.split(/\s+/).find((part) => part.startsWith(`${stationId}:`));
    if (entry !== undefined && out.at(-1) !== entry) out.push(entry);
  }
  return out;
}

/** Reads RT's side of one asset: found by serial, its history of marker values, status moves and field changes. */
export async function effectsInRt(desk: RtDesk, fieldIds: ReadonlyMap<string, string>, serial: string, stationId: string): Promise<RtEffects> {
  const rtIds = await desk.assetIdsBySerial(serial);
  const [id] = rtIds;
  if (id === undefined) return { rtIds, applied: [], statusMoves: [], fieldChanges: {} };
  const history = await desk.history('asset', id);
  const changesOf = (name: string): RtTransaction[] => history.filter((t) => t.type === 'CustomField' && t.field === fieldIds.get(name));
  const marker = changesOf(RT5_DEFAULTS.fields.marker);
  // RT records no field change on create: the marker the create carried is the first change's old value.
  const values = marker.length === 0 ? [(await desk.asset(id)).fields[RT5_DEFAULTS.fields.marker] ?? ''] : [marker[0]?.oldValue ?? '', ...marker.map((t) => t.newValue)];
  const fieldChanges: Record<string, number> = {};
  for (const name of fieldIds.keys()) fieldChanges[name] = changesOf(name).length;
  return {
    rtIds,
    applied: stationEntries(values, stationId),
    statusMoves: history.filter((t) => t.type === 'Status').map((t) => `${t.oldValue}→${t.newValue}`),
    fieldChanges,
  };
}

/** The ids of the custom fields whose changes a test counts, by name. */
export async function fieldIdsOf(desk: RtDesk, names: readonly string[]): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const name of names) ids.set(name, await desk.customFieldId(name));
  return ids;
}
