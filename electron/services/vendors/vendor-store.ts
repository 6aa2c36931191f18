import type { Db } from '../../../db/connection';
import { vendorProfileSchema, type Vendor, type VendorProfile } from '../../../shared/domain/vendors';
import { DocksideError } from '../../../shared/errors';

interface VendorRow {
  vendor_id: string;
  name: string;
  profile: string;
  active: number;
  created_at: string;
  updated_at: string;
}

const COLUMNS = 'vendor_id, name, profile, active, created_at, updated_at';

function toVendor(row: VendorRow): Vendor {
  const profile = vendorProfileSchema.parse(JSON.parse(row.profile));
  return { ...profile, name: row.name, vendorId: row.vendor_id, active: row.active === 1, createdAt: row.created_at, updatedAt: row.updated_at };
}

/** Every vendor, active first, then by name. */
export function listVendors(db: Db): Vendor[] {
  return (db.prepare(`SELECT ${COLUMNS} FROM vendors ORDER BY active DESC, name COLLATE NOCASE`).all() as VendorRow[]).map(toVendor);
}

export function findVendor(db: Db, vendorId: string): Vendor | null {
  const row = db.prepare(`SELECT ${COLUMNS} FROM vendors WHERE vendor_id = ?`).get(vendorId) as VendorRow | undefined;
  return row === undefined ? null : toVendor(row);
}

export function vendorById(db: Db, vendorId: string): Vendor {
  const vendor = findVendor(db, vendorId);
  if (vendor === null) throw new DocksideError('VENDOR_NOT_FOUND', `No vendor ${vendorId}`);
  return vendor;
}

/** A vendor by its name as people type it (case does not matter): the CLI's --vendor. */
export function vendorByName(db: Db, name: string): Vendor {
  const row = db.prepare(`SELECT ${COLUMNS} FROM vendors WHERE name = ? COLLATE NOCASE`).get(name.trim()) as VendorRow | undefined;
  if (row === undefined) throw new DocksideError('VENDOR_NOT_FOUND', `No vendor named ${name}`, { reason: `No vendor is named \u201c${name}\u201d.` });
  return toVendor(row);
}

function nameTaken(db: Db, name: string, exceptId: string | null): boolean {
  const row = db.prepare('SELECT vendor_id FROM vendors WHERE name = ? COLLATE NOCASE').get(name) as { vendor_id: string } | undefined;
  return row !== undefined && row.vendor_id !== exceptId;
}

/** Adds a vendor (vendorId null) or replaces a vendor's whole profile. */
export function saveVendor(db: Db, vendorId: string | null, profile: VendorProfile, newId: () => string, now: Date): Vendor {
  if (nameTaken(db, profile.name, vendorId)) {
    throw new DocksideError('DUPLICATE_VENDOR', `Vendor ${profile.name} exists`, { reason: `\u201c${profile.name}\u201d is already set up.` });
  }
  const at = now.toISOString();
  const document = JSON.stringify(profile);
  if (vendorId === null) {
    const id = newId();
    db.prepare('INSERT INTO vendors (vendor_id, name, profile, active, created_at, updated_at) VALUES (?, ?, ?, 1, ?, ?)').run(id, profile.name, document, at, at);
    return vendorById(db, id);
  }
  const changed = db.prepare('UPDATE vendors SET name = ?, profile = ?, updated_at = ? WHERE vendor_id = ?').run(profile.name, document, at, vendorId);
  if (changed.changes === 0) throw new DocksideError('VENDOR_NOT_FOUND', `No vendor ${vendorId}`);
  return vendorById(db, vendorId);
}

/** Switches a vendor off (no new pickups or imports pick it by default) or on again; its history stays. */
export function setVendorActive(db: Db, vendorId: string, active: boolean, now: Date): Vendor {
  const changed = db.prepare('UPDATE vendors SET active = ?, updated_at = ? WHERE vendor_id = ?').run(active ? 1 : 0, now.toISOString(), vendorId);
  if (changed.changes === 0) throw new DocksideError('VENDOR_NOT_FOUND', `No vendor ${vendorId}`);
  return vendorById(db, vendorId);
}
