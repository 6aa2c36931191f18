import type { Db } from '../../../db/connection';
import { vendorProfileSchema, type VendorProfile } from '../../../shared/domain/vendors';
import { DocksideError } from '../../../shared/errors';

export interface PickupVendor {
  readonly vendorId: string;
  readonly name: string;
  readonly profile: VendorProfile;
}

/** The vendor a session is for, with its validated profile (its manifest column layout). */
export function readVendor(db: Db, vendorId: string): PickupVendor {
  const row = db.prepare('SELECT vendor_id, name, profile FROM vendors WHERE vendor_id = ?').get(vendorId) as
    | { vendor_id: string; name: string; profile: string }
    | undefined;
  if (row === undefined) throw new DocksideError('PICKUP_VENDOR_UNKNOWN', `No vendor ${vendorId}`);
  return { vendorId: row.vendor_id, name: row.name, profile: vendorProfileSchema.parse(JSON.parse(row.profile)) };
}

export function activeVendors(db: Db): { vendorId: string; name: string }[] {
  return db.prepare('SELECT vendor_id AS vendorId, name FROM vendors WHERE active = 1 ORDER BY name').all() as { vendorId: string; name: string }[];
}
