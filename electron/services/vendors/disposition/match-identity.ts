import type { Db } from '../../../../db/connection';
import type { MatchedBy } from '../../../../shared/domain/disposition';
import type { IdentityField } from '../../imports/cell-checks';
import { ASSET_COLUMNS, type AssetRow } from './asset-facts';

export type IdentityMatch =
  | { readonly kind: 'one'; readonly asset: AssetRow; readonly matchedBy: MatchedBy }
  | { readonly kind: 'none' }
  | { readonly kind: 'many'; readonly count: number }
  | { readonly kind: 'conflict'; readonly reason: string };

export interface LineIdentity {
  readonly serial: string | undefined;
  readonly assetTag: string | undefined;
  readonly lostZeros: readonly IdentityField[];
}

const stripZeros = (value: string): string => value.replace(/^0+/, '');

/** Records whose serial or tag has leading zeros, by the digits behind them: built once, the first time a line needs it. */
function zeroIndex(db: Db): Map<string, AssetRow[]> {
  const index = new Map<string, AssetRow[]>();
  const rows = db.prepare(`SELECT ${ASSET_COLUMNS} FROM assets WHERE serial GLOB '0*' OR asset_tag GLOB '0*'`).all() as AssetRow[];
  for (const row of rows) {
    for (const [field, value] of [['serial', row.serial], ['assetTag', row.asset_tag]] as const) {
      if (value === null || !/^0+[0-9]+$/.test(value)) continue;
      const key = `${field}:${stripZeros(value)}`;
      index.set(key, [...(index.get(key) ?? []), row]);
    }
  }
  return index;
}

const same = (recorded: string | null, written: string, zeros: boolean): boolean =>
  recorded !== null && (recorded.toUpperCase() === written.toUpperCase() || (zeros && /^0+[0-9]+$/.test(recorded) && stripZeros(recorded) === written));

/**
 * Ties report lines to devices: by serial, then by asset tag; a digits-only value that matches nothing as written is
 * tried against records with the same digits behind leading zeros (Excel strips them). A serial and a tag that name
 * different devices are a conflict, never a guess.
 */
export function identityMatcher(db: Db): (line: LineIdentity) => IdentityMatch {
  const bySerial = db.prepare(`SELECT ${ASSET_COLUMNS} FROM assets WHERE serial = ?`);
  const byTag = db.prepare(`SELECT ${ASSET_COLUMNS} FROM assets WHERE asset_tag = ?`);
  let zeros: Map<string, AssetRow[]> | null = null;
  const find = (field: IdentityField, value: string, lostZeros: boolean): { rows: AssetRow[]; restored: boolean } => {
    const rows = (field === 'serial' ? bySerial : byTag).all(value) as AssetRow[];
    if (rows.length > 0 || !lostZeros) return { rows, restored: false };
    zeros ??= zeroIndex(db);
    return { rows: zeros.get(`${field}:${value}`) ?? [], restored: true };
  };
  return ({ serial, assetTag, lostZeros }) => {
    const tagZeros = lostZeros.includes('assetTag');
    if (serial !== undefined) {
      const { rows, restored } = find('serial', serial, lostZeros.includes('serial'));
      const narrowed = rows.length > 1 && assetTag !== undefined ? rows.filter((r) => same(r.asset_tag, assetTag, tagZeros)) : rows;
      if (narrowed.length > 1) return { kind: 'many', count: narrowed.length };
      const asset = narrowed[0];
      if (asset !== undefined) {
        if (assetTag !== undefined && asset.asset_tag !== null && !same(asset.asset_tag, assetTag, tagZeros)) {
          return { kind: 'conflict', reason: `The serial ${serial} is on record as asset tag ${asset.asset_tag}, not ${assetTag}.` };
        }
        return { kind: 'one', asset, matchedBy: restored ? 'serial-zeros' : 'serial' };
      }
    }
    if (assetTag === undefined) return { kind: 'none' };
    const { rows, restored } = find('assetTag', assetTag, tagZeros);
    if (rows.length > 1) return { kind: 'many', count: rows.length };
    const asset = rows[0];
    if (asset === undefined) return { kind: 'none' };
    if (serial !== undefined && asset.serial !== null) {
      return { kind: 'conflict', reason: `The asset tag ${assetTag} is on record with serial ${asset.serial}, not ${serial}.` };
    }
    return { kind: 'one', asset, matchedBy: restored ? 'assetTag-zeros' : 'assetTag' };
  };
}
