import type { CustodyEvent } from '../../../../shared/domain/events';

/**
 * The marker custom field of an RT asset records, per station, the sequence number of the last Dockside event
 * applied to it: "ST-0A1B:12 ST-77C2:40". A station's events reach one asset in order, so an event whose seq is
 * at or below its station's entry is already applied, whatever other stations did to the asset since.
 */
export type AppliedMarker = ReadonlyMap<string, number>;

export function parseMarker(value: string | null): AppliedMarker {
  const entries = new Map<string, number>();
  for (const part of (value ?? '').split(/\s+/)) {
    const match = /^(.+):(\d+)$/.exec(part);
    if (match !== null) entries.set(match[1] as string, Number(match[2]));
  }
  return entries;
}

export function formatMarker(marker: AppliedMarker): string {
  return [...marker.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([station, seq]) => `${station}:${seq}`)
    .join(' ');
}

export function alreadyApplied(value: string | null, event: Pick<CustodyEvent, 'stationId' | 'seq'>): boolean {
  const seen = parseMarker(value).get(event.stationId);
  return seen !== undefined && seen >= event.seq;
}

/** The marker after applying this event: the station's entry moves to its seq, the others stay. */
export function markerAfter(value: string | null, event: Pick<CustodyEvent, 'stationId' | 'seq'>): string {
  const next = new Map(parseMarker(value));
  next.set(event.stationId, event.seq);
  return formatMarker(next);
}
