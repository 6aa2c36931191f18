/** A Snipe-IT hardware record as the connector needs it. */
export interface Hardware {
  readonly id: number;
  readonly assetTag: string | null;
  readonly serial: string | null;
  readonly statusName: string | null;
  readonly assignedTo: string | null;
  readonly make: string;
  readonly model: string;
  /** Custom field values by db column (e.g. _snipeit_dockside_event_5). */
  readonly fields: ReadonlyMap<string, string | null>;
}

/** Snipe-IT escapes HTML in the strings it returns. */
export function unescapeHtml(value: string): string {
  return value
    .replaceAll('&quot;', '"')
    .replaceAll('&#039;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
}

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? unescapeHtml(value) : null);
const nameOf = (value: unknown): string | null => (typeof value === 'object' && value !== null ? text((value as { name?: unknown }).name) : null);

/** Reads one transformed asset (the shape of GET /hardware/{id}, bytag, and the rows of byserial). */
export function readHardware(json: Readonly<Record<string, unknown>>): Hardware | null {
  if (typeof json['id'] !== 'number') return null;
  const fields = new Map<string, string | null>();
  const custom = json['custom_fields'];
  if (typeof custom === 'object' && custom !== null) {
    for (const entry of Object.values(custom)) {
      if (typeof entry !== 'object' || entry === null) continue;
      const { field, value } = entry as { field?: unknown; value?: unknown };
      if (typeof field === 'string') fields.set(field, text(value));
    }
  }
  return {
    id: json['id'],
    assetTag: text(json['asset_tag']),
    serial: text(json['serial']),
    statusName: nameOf(json['status_label']),
    assignedTo: nameOf(json['assigned_to']),
    make: nameOf(json['manufacturer']) ?? '',
    model: nameOf(json['model']) ?? '',
    fields,
  };
}

/** The rows of a list answer ({total, rows}). */
export function readRows(json: Readonly<Record<string, unknown>>): Readonly<Record<string, unknown>>[] {
  const rows = json['rows'];
  return Array.isArray(rows) ? rows.filter((r): r is Record<string, unknown> => typeof r === 'object' && r !== null) : [];
}
