/** A manifest line as the matcher sees it. */
export interface ExpectedLine {
  readonly lineNo: number;
  readonly assetId: string | null;
  readonly serial: string | null;
  readonly assetTag: string | null;
  readonly model: string;
}

/** What one scan named, looked up in the inventory: a device on record, a drive recorded inside a host, or neither. */
export interface ScannedItem {
  readonly value: string;
  readonly asset: { readonly id: string; readonly serial: string | null; readonly assetTag: string | null; readonly model: string } | null;
  readonly medium: { readonly serial: string; readonly hostId: string; readonly hostLabel: string } | null;
}

export type Substitution =
  | { readonly code: 'identity'; readonly field: 'serial' | 'tag'; readonly manifest: string; readonly record: string }
  | { readonly code: 'model'; readonly manifest: string; readonly record: string }
  | { readonly code: 'drive-host'; readonly drive: string; readonly host: string; readonly expectedHost: boolean };

const norm = (value: string | null): string => (value ?? '').trim().toUpperCase();
const differ = (a: string | null, b: string | null): boolean => norm(a) !== '' && norm(b) !== '' && norm(a) !== norm(b);

/** The first line (lowest line number) of each device, serial and asset tag among some lines. */
export interface LineIndex<L extends ExpectedLine> {
  byAsset(assetId: string): L | undefined;
  /** By a serial as norm() spells it. */
  bySerial(code: string): L | undefined;
  /** By an asset tag as norm() spells it. */
  byTag(code: string): L | undefined;
}

export function indexLines<L extends ExpectedLine>(lines: readonly L[]): LineIndex<L> {
  const asset = new Map<string, L>();
  const serial = new Map<string, L>();
  const tag = new Map<string, L>();
  const first = (map: Map<string, L>, key: string, line: L): void => {
    if (key === '') return;
    const had = map.get(key);
    if (had === undefined || had.lineNo > line.lineNo) map.set(key, line);
  };
  for (const line of lines) {
    if (line.assetId !== null) first(asset, line.assetId, line);
    first(serial, norm(line.serial), line);
    first(tag, norm(line.assetTag), line);
  }
  return { byAsset: (id) => asset.get(id), bySerial: (code) => serial.get(code), byTag: (code) => tag.get(code) };
}

const earliest = <L extends ExpectedLine>(a: L | undefined, b: L | undefined): L | undefined => (a === undefined ? b : b === undefined || a.lineNo <= b.lineNo ? a : b);

/**
 * The line a scan belongs to: the line of the same device first, then the first line whose serial is the value
 * scanned or the device's serial, then the first whose asset tag is. Case and surrounding spaces do not count.
 */
export function pickLine<L extends ExpectedLine>(item: ScannedItem, index: LineIndex<L>): L | null {
  if (item.asset !== null) {
    const own = index.byAsset(item.asset.id);
    if (own !== undefined) return own;
  }
  const value = norm(item.value);
  const look = (find: (code: string) => L | undefined, own: string | null): L | undefined => {
    const mine = norm(own);
    return earliest(value === '' ? undefined : find(value), mine === '' || mine === value ? undefined : find(mine));
  };
  const bySerial = look(index.bySerial, item.asset?.serial ?? null);
  const byTag = look(index.byTag, item.asset?.assetTag ?? null);
  return bySerial ?? byTag ?? null;
}

/** Why a scanned device is not the one the line expects (empty: it is). `line` is null for a scan no line expects. */
export function substitutionsOf(item: ScannedItem, line: ExpectedLine | null, hostInSession: boolean): Substitution[] {
  const out: Substitution[] = [];
  if (item.medium !== null && (line === null || line.assetId !== item.medium.hostId)) {
    out.push({ code: 'drive-host', drive: item.medium.serial, host: item.medium.hostLabel, expectedHost: hostInSession });
  }
  if (line === null || item.asset === null) return out;
  if (differ(line.serial, item.asset.serial)) out.push({ code: 'identity', field: 'serial', manifest: norm(line.serial), record: norm(item.asset.serial) });
  if (differ(line.assetTag, item.asset.assetTag)) out.push({ code: 'identity', field: 'tag', manifest: norm(line.assetTag), record: norm(item.asset.assetTag) });
  if (differ(line.model, item.asset.model)) out.push({ code: 'model', manifest: line.model.trim(), record: item.asset.model.trim() });
  return out;
}

/** A substitution in words, as the scan banner, the review and the receipt show it. */
export function substitutionWords(s: Substitution): string {
  switch (s.code) {
    case 'identity':
      return s.field === 'serial'
        ? `Serial and tag disagree: the manifest says serial ${s.manifest}, the record says ${s.record}.`
        : `Serial and tag disagree: the manifest says tag ${s.manifest}, the record says ${s.record}.`;
    case 'model':
      return `Model differs: the manifest says ${s.manifest}, the record says ${s.record}.`;
    case 'drive-host':
      return s.expectedHost
        ? `Drive ${s.drive} is recorded inside ${s.host}: it was expected inside its host, not on its own.`
        : `Drive ${s.drive} is recorded inside ${s.host}, which is not on this pickup.`;
  }
}
