import type { Db } from '../../../../db/connection';
import type { ManifestLinePreview, ManifestPreview } from '../../../../shared/domain/pickups/pickup-views';
import { DocksideError } from '../../../../shared/errors';
import { readMappedCsv } from '../../imports/read-mapped-csv';
import { identityMatcher } from '../../vendors/disposition/match-identity';
import type { NewLine } from '../create-session';
import { getSession } from '../session-store';
import { vendorById } from '../../vendors/vendor-store';

/** How many preview lines and problems travel to the screen; the counts always cover the whole file. */
const PREVIEW_LIMIT = 2_000;

export interface ManifestPlan {
  readonly preview: ManifestPreview;
  readonly adds: readonly NewLine[];
}

const upper = (value: string | undefined): string | null => (value === undefined ? null : value.trim().toUpperCase());

/**
 * What importing a vendor's manifest file into a session would do, line by line, without writing anything: read
 * through the vendor's column mapping (bad lines get their reason), each line matched to a device on record by
 * serial then tag (leading zeros Excel stripped are restored), lines the session already expects skipped, unknown
 * serials kept as expected lines that are not in inventory.
 */
export function planManifest(db: Db, sessionId: string, fileName: string, file: Uint8Array | string): ManifestPlan {
  const session = getSession(db, sessionId);
  const columns = vendorById(db, session.vendor_id).mapping.manifestColumns;
  if (!columns.some((c) => c.field === 'serial' || c.field === 'assetTag')) {
    throw new DocksideError('PICKUP_NO_MANIFEST_LAYOUT', `Vendor ${session.vendor_id} has no manifest columns for serial or tag`);
  }
  const csv = readMappedCsv(file, columns);
  const expected = db
    .prepare("SELECT asset_id, upper(serial) AS serial, upper(asset_tag) AS tag FROM pickup_lines WHERE session_id = ? AND origin <> 'scanned'")
    .all(sessionId) as { asset_id: string | null; serial: string | null; tag: string | null }[];
  const assets = new Set(expected.map((e) => e.asset_id).filter((a): a is string => a !== null));
  const codes = new Set(expected.flatMap((e) => [e.serial, e.tag]).filter((c): c is string => c !== null));
  const match = identityMatcher(db);
  const problems = [...csv.problems].map((p) => ({ line: p.line, reason: p.reason, value: p.value ?? '' }));
  const lines: ManifestLinePreview[] = [];
  const adds: NewLine[] = [];
  for (const row of csv.rows) {
    const { values } = row;
    const found = match({ serial: values.serial, assetTag: values.assetTag, lostZeros: row.lostZeros });
    if (found.kind === 'many') {
      problems.push({ line: row.line, reason: `It matches ${found.count} devices on record: give both serial and asset tag.`, value: values.serial ?? values.assetTag ?? '' });
      continue;
    }
    const asset = found.kind === 'one' ? found.asset : null;
    const restored = found.kind === 'one' && found.matchedBy.endsWith('-zeros');
    const serial = restored && found.kind === 'one' && found.matchedBy === 'serial-zeros' ? asset?.serial ?? null : upper(values.serial);
    const assetTag = restored && found.kind === 'one' && found.matchedBy === 'assetTag-zeros' ? asset?.asset_tag ?? null : upper(values.assetTag);
    const model = values.model?.trim() ?? '';
    const label = asset === null ? null : (asset.asset_tag ?? asset.serial);
    const warning =
      found.kind === 'conflict'
        ? `${found.reason} It will be expected as written, and flagged if scanned.`
        : restored
          ? `Leading zeros restored: on record as ${label ?? ''}.`
          : row.lostZeros.length > 0 && asset === null
            ? 'Digits only: if Excel stripped leading zeros, this serial will not match the label.'
            : null;
    const already = (asset !== null && assets.has(asset.id)) || (serial !== null && codes.has(serial)) || (assetTag !== null && codes.has(assetTag));
    const action = already ? 'already-expected' : asset === null ? 'not-in-inventory' : 'new-line';
    if (lines.length < PREVIEW_LIMIT) lines.push({ line: row.line, serial, assetTag, model, action, label, warning });
    if (already) continue;
    adds.push({ origin: 'manifest', assetId: asset?.id ?? null, serial, assetTag, make: values.make?.trim() ?? '', model });
    for (const code of [serial, assetTag]) if (code !== null) codes.add(code);
    if (asset !== null) assets.add(asset.id);
  }
  problems.sort((a, b) => a.line - b.line);
  return {
    preview: {
      fileName,
      delimiter: csv.delimiter,
      total: csv.rows.length + csv.problems.length,
      adds: adds.length,
      notInInventory: adds.filter((a) => a.assetId === null).length,
      alreadyExpected: csv.rows.length - adds.length - (problems.length - csv.problems.length),
      lines,
      problems: problems.slice(0, PREVIEW_LIMIT),
      problemCount: problems.length,
    },
    adds,
  };
}
