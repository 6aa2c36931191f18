import { MAPPED_FIELDS, normaliseHeading, type MappedColumn, type MappedField, type Vendor, type VendorProfile } from '../../../shared/domain/vendors';

export const blankProfile = (): VendorProfile => ({
  name: '',
  certifications: [],
  contacts: [],
  mapping: { manifestColumns: [], dispositionColumns: [], conditionCodes: [], outcomeCodes: [] },
});

export const profileOf = (vendor: Vendor): VendorProfile => ({ name: vendor.name, certifications: vendor.certifications, contacts: vendor.contacts, mapping: vendor.mapping });

/** Header cells compare as the core compares them (normaliseHeading). */
export const sameHeading = (a: string, b: string): boolean => normaliseHeading(a) === normaliseHeading(b);

export const isMappedField = (value: string): value is MappedField => (MAPPED_FIELDS as readonly string[]).includes(value);

/**
 * The columns after one heading is given a field (or none): the headings' order is the vendor's order, and a field
 * comes from one column only, so choosing it for one heading takes it off any other.
 */
export function assignField(headings: readonly string[], columns: readonly MappedColumn[], heading: string, field: MappedField | null): MappedColumn[] {
  return headings.flatMap((h) => {
    if (sameHeading(h, heading)) return field === null ? [] : [{ column: h, field }];
    const current = columns.find((c) => sameHeading(c.column, h));
    return current === undefined || current.field === field ? [] : [current];
  });
}

export function fieldOf(columns: readonly MappedColumn[], heading: string): MappedField | null {
  return columns.find((c) => sameHeading(c.column, heading))?.field ?? null;
}
