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

/** The line a scan belongs to among candidates: the line of the same device first, then by serial, then by asset tag. */
export function pickLine<L extends ExpectedLine>(item: ScannedItem, candidates: readonly L[]): L | null {
  if (candidates.length === 0) return null;
  const value = norm(item.value);
  const serial = norm(item.asset?.serial ?? null);
  const tag = norm(item.asset?.assetTag ?? null);
  const assetId = item.asset?.id;
  const named = (code: string, own: string): boolean => code !== '' && (code === value || code === own);
  let bySerial: L | null = null;
  let byTag: L | null = null;
  for (const line of candidates) {
    if (assetId !== undefined && line.assetId === assetId) return line;
    if (bySerial === null && named(norm(line.serial), serial)) bySerial = line;
    if (byTag === null && named(norm(line.assetTag), tag)) byTag = line;
  }
  return bySerial ?? byTag;
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
