import type { Db } from '../../../../db/connection';
import type { CsvFile } from '../../../../shared/domain/sanitization/wipe-views';
import type { MappedField } from '../../../../shared/domain/vendors';
import { DocksideError } from '../../../../shared/errors';
import { writeMappedCsv } from '../../imports/write-mapped-csv';
import { getSession } from '../session-store';
import { vendorById } from '../../vendors/vendor-store';

interface ExportRow {
  serial: string | null;
  asset_tag: string | null;
  make: string;
  model: string;
  condition: string | null;
  scanned_at: string | null;
}

const safe = (value: string): string => value.replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 40);

/**
 * The session's manifest in the vendor's own column layout (its headings, its order, its condition codes): every
 * device the vendor is to receive, which is every line not left behind or reported missing. A device scanned onto
 * the truck is written as it is on record; a line not yet scanned as the manifest expects it.
 */
export function manifestCsv(db: Db, sessionId: string): CsvFile {
  const session = getSession(db, sessionId);
  const vendor = vendorById(db, session.vendor_id);
  const columns = vendor.mapping.manifestColumns;
  if (columns.length === 0) throw new DocksideError('PICKUP_NO_MANIFEST_LAYOUT', `Vendor ${vendor.vendorId} has no manifest columns`);
  const vendorCode = new Map(vendor.mapping.conditionCodes.map((c) => [c.condition.toUpperCase(), c.vendorCode]));
  const rows = db
    .prepare(
      `SELECT coalesce(a.serial, l.serial) AS serial, coalesce(a.asset_tag, l.asset_tag) AS asset_tag,
              CASE WHEN a.id IS NULL OR a.make = '' THEN l.make ELSE a.make END AS make,
              CASE WHEN a.id IS NULL OR a.model = '' THEN l.model ELSE a.model END AS model,
              a.condition, l.scanned_at
       FROM pickup_lines l LEFT JOIN assets a ON a.id = l.asset_id AND l.scanned_at IS NOT NULL
       WHERE l.session_id = ? AND (l.resolution IS NULL OR l.resolution NOT IN ('left-behind', 'missing'))
         AND (l.origin <> 'scanned' OR l.resolution = 'added' OR l.scanned_at IS NOT NULL)
       ORDER BY l.line_no`,
    )
    .all(sessionId) as ExportRow[];
  const values = rows.map((r): Partial<Record<MappedField, string>> => {
    const out: Partial<Record<MappedField, string>> = { make: r.make, model: r.model };
    if (r.serial !== null) out.serial = r.serial;
    if (r.asset_tag !== null) out.assetTag = r.asset_tag;
    if (r.condition !== null) out.condition = vendorCode.get(r.condition.toUpperCase()) ?? r.condition;
    if (r.scanned_at !== null) out.pickupDate = r.scanned_at.slice(0, 10);
    return out;
  });
  return { fileName: `manifest-${session.reference}-${safe(vendor.name)}.csv`, content: writeMappedCsv(values, columns), rows: values.length };
}
