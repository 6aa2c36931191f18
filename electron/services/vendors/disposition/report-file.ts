import { createHash } from 'node:crypto';
import type { Db } from '../../../../db/connection';
import type { Vendor } from '../../../../shared/domain/vendors';
import { DocksideError } from '../../../../shared/errors';
import { readMappedCsv, type MappedCsv } from '../../imports/read-mapped-csv';

export interface ReportFile {
  readonly fileName: string;
  readonly sha256: string;
  readonly csv: MappedCsv;
}

/** Why this vendor's mapping cannot read a disposition report yet, in words, or null. */
export function mappingGap(vendor: Vendor): string | null {
  const fields = new Set(vendor.mapping.dispositionColumns.map((c) => c.field));
  if (!fields.has('serial') && !fields.has('assetTag')) return 'No column of the disposition report is mapped to the serial or the asset tag.';
  if (!fields.has('outcome')) return 'No column of the disposition report is mapped to the outcome.';
  return null;
}

/** The report read through the vendor's disposition mapping, fingerprinted so the same file is recognised. */
export function readReportFile(vendor: Vendor, fileName: string, bytes: Uint8Array): ReportFile {
  const gap = mappingGap(vendor);
  if (gap !== null) throw new DocksideError('VENDOR_MAPPING_INCOMPLETE', gap, { reason: gap });
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { fileName, sha256, csv: readMappedCsv(bytes, vendor.mapping.dispositionColumns) };
}

export function importedBefore(db: Db, vendorId: string, sha256: string): { at: string; technicianId: string } | null {
  const row = db
    .prepare('SELECT imported_at, technician_id FROM disposition_imports WHERE vendor_id = ? AND file_sha256 = ? ORDER BY imported_at LIMIT 1')
    .get(vendorId, sha256) as { imported_at: string; technician_id: string } | undefined;
  return row === undefined ? null : { at: row.imported_at, technicianId: row.technician_id };
}
