import { appendEvent } from '../../../electron/services/custody/append';
import { uuidIds } from '../../../electron/services/system';
import type { AssetClass, Sensitivity } from '../../../shared/domain/asset';
import type { Vendor, VendorProfile } from '../../../shared/domain/vendors';
import type { CoreFixture } from '../core-fixture';

/** A vendor whose disposition report has the columns of DISPOSITION_HEADER, with its own outcome and grade codes. */
export function vendorProfile(name: string, overrides: Partial<VendorProfile> = {}): VendorProfile {
  return {
    name,
    certifications: ['R2v3', 'NAID AAA'],
    contacts: [{ name: 'Dana Driver', role: 'Logistics', email: 'dana@example.com', phone: '+1 555 0100' }],
    mapping: {
      manifestColumns: [
        { column: 'Serial', field: 'serial' },
        { column: 'Tag', field: 'assetTag' },
        { column: 'Model', field: 'model' },
      ],
      dispositionColumns: [
        { column: 'Serial Number', field: 'serial' },
        { column: 'Asset Tag', field: 'assetTag' },
        { column: 'Final Disposition', field: 'outcome' },
        { column: 'Processed', field: 'processedDate' },
        { column: 'Certificate', field: 'certificateNumber' },
        { column: 'Grade', field: 'condition' },
      ],
      conditionCodes: [{ vendorCode: 'G1', condition: 'A' }],
      outcomeCodes: [
        { vendorCode: 'RESALE', outcome: 'remarketed' },
        { vendorCode: 'RECYCLE', outcome: 'recycled' },
        { vendorCode: 'SHRED', outcome: 'destroyed' },
        { vendorCode: 'RTN', outcome: 'returned' },
        { vendorCode: 'PARTS', outcome: 'harvested' },
      ],
    },
    ...overrides,
  };
}

export const DISPOSITION_HEADER = 'Serial Number,Asset Tag,Final Disposition,Processed,Certificate,Grade';

export async function addVendor(f: CoreFixture, name: string, overrides: Partial<VendorProfile> = {}): Promise<Vendor> {
  return f.call('vendors.save', { vendorId: null, profile: vendorProfile(name, overrides) });
}

export interface OutAsset {
  readonly tag: string;
  readonly serial: string | null;
  readonly vendorId: string;
  readonly sessionId: string;
  readonly assetClass?: AssetClass;
  readonly sensitivity?: Sensitivity;
  readonly stagedFor?: 'disposition' | 'destruction';
}

/** A device registered through the core, then staged and picked up by a vendor (the events part B's scan loop writes). */
export async function pickedUpAsset(f: CoreFixture, out: OutAsset): Promise<string> {
  const asset = await f.call('assets.register', {
    assetTag: out.tag,
    ...(out.serial === null ? {} : { serial: out.serial }),
    make: 'Dell',
    model: 'Latitude 7440',
    assetClass: out.assetClass ?? 'laptop',
    sensitivity: out.sensitivity ?? 'standard',
  });
  const deps = { db: f.db, clock: f.clock, ids: uuidIds, signer: f.signer };
  f.db.transaction(() => {
    appendEvent(deps, { assetId: asset.id, type: 'staged_for_pickup', payload: { purpose: out.stagedFor ?? 'disposition', scanned: out.tag }, technicianId: 'SUP-1', site: 'Main site' });
    appendEvent(deps, {
      assetId: asset.id,
      type: 'picked_up',
      payload: { sessionId: out.sessionId, sessionReference: `PU-${out.sessionId}`, vendorId: out.vendorId, containerId: 'C1', containerLabel: 'Pallet 1', scanned: out.tag, lineNo: 1, expected: true, substitution: null, override: null },
      technicianId: 'SUP-1',
      site: 'Main site',
    });
  })();
  return asset.id;
}

export const base64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');

/** Previews then imports a report as the Vendors screen does. */
export async function importReport(f: CoreFixture, vendorId: string, fileName: string, text: string) {
  const contentBase64 = base64(text);
  const preview = await f.call('vendors.previewDisposition', { vendorId, fileName, contentBase64 });
  const result = await f.call('vendors.importDisposition', { vendorId, fileName, contentBase64, fileSha256: preview.fileSha256, planSha256: preview.planSha256 });
  return { preview, result };
}

export function eventsOf(f: CoreFixture, type: string): { asset_id: string; payload: string }[] {
  return f.db.prepare('SELECT asset_id, payload FROM custody_events WHERE type = ? ORDER BY seq').all(type) as { asset_id: string; payload: string }[];
}
