import { z } from 'zod';

/** ITAD certifications a vendor profile can list. */
export const CERTIFICATIONS = ['R2v3', 'e-Stewards', 'NAID AAA'] as const;
export type Certification = (typeof CERTIFICATIONS)[number];

/** Our asset fields a vendor's manifest or disposition-report column can carry. */
export const MAPPED_FIELDS = [
  'serial',
  'assetTag',
  'make',
  'model',
  'condition',
  'outcome',
  'certificateNumber',
  'pickupDate',
  'processedDate',
] as const;
export type MappedField = (typeof MAPPED_FIELDS)[number];

export const MAPPED_FIELD_WORDS: Readonly<Record<MappedField, string>> = {
  serial: 'serial',
  assetTag: 'asset tag',
  make: 'make',
  model: 'model',
  condition: 'condition',
  outcome: 'outcome',
  certificateNumber: 'certificate number',
  pickupDate: 'pickup date',
  processedDate: 'processing date',
};

/** What a vendor finally did with a device (disposition report outcomes, in our words). */
export const DISPOSITION_OUTCOMES = ['remarketed', 'recycled', 'destroyed', 'returned', 'harvested'] as const;
export type DispositionOutcome = (typeof DISPOSITION_OUTCOMES)[number];

export const DISPOSITION_OUTCOME_WORDS: Readonly<Record<DispositionOutcome, string>> = {
  remarketed: 'remarketed',
  recycled: 'recycled',
  destroyed: 'destroyed',
  returned: 'returned',
  harvested: 'harvested for parts',
};

const label = z.string().trim().min(1).max(120);

/** A header cell as compared, by the core and the mapping editor alike: case, spacing, underscores and a trailing colon or dot do not matter ("Serial No." = "serial no"). */
export function normaliseHeading(cell: string): string {
  return cell.normalize('NFKC').toLowerCase().replace(/[\s_]+/g, '').replace(/[:.]+$/, '');
}

/** How a vendor orders the parts of a date written with slashes or dots. */
export const DATE_ORDERS = ['dmy', 'mdy'] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];

/** One column of the vendor's file, in the vendor's own order: its header text and the field it holds. */
export const mappedColumnSchema = z.object({ column: label, field: z.enum(MAPPED_FIELDS) }).strict();
export type MappedColumn = z.infer<typeof mappedColumnSchema>;

export const vendorMappingSchema = z
  .object({
    /** Manifest columns in the vendor's order; the manifest export writes exactly these. */
    manifestColumns: z.array(mappedColumnSchema).max(40),
    /** Disposition report columns (order does not matter for reading). */
    dispositionColumns: z.array(mappedColumnSchema).max(40),
    /** The vendor's condition codes and the grade code each means here. */
    conditionCodes: z.array(z.object({ vendorCode: label, condition: z.string().trim().min(1).max(40) }).strict()).max(200),
    /** The vendor's outcome codes and the outcome each means. */
    outcomeCodes: z.array(z.object({ vendorCode: label, outcome: z.enum(DISPOSITION_OUTCOMES) }).strict()).max(200),
    /** How the vendor writes dates such as 03/04/2025 (ISO dates are always read); day-month-year when not said. */
    dateOrder: z.enum(DATE_ORDERS).optional(),
  })
  .strict()
  .superRefine((mapping, ctx) => {
    for (const key of ['manifestColumns', 'dispositionColumns'] as const) {
      const fields = mapping[key].map((c) => c.field);
      const twice = fields.filter((f, i) => fields.indexOf(f) !== i);
      if (twice.length > 0) ctx.addIssue({ code: 'custom', path: [key], message: `Each field comes from one column only: ${[...new Set(twice)].join(', ')} is mapped twice` });
    }
    for (const key of ['conditionCodes', 'outcomeCodes'] as const) {
      const codes = mapping[key].map((c) => c.vendorCode.toUpperCase());
      if (new Set(codes).size !== codes.length) ctx.addIssue({ code: 'custom', path: [key], message: 'A vendor code is mapped twice' });
    }
  });
export type VendorMapping = z.infer<typeof vendorMappingSchema>;

export const vendorContactSchema = z
  .object({
    name: label,
    role: z.string().trim().max(120),
    email: z.string().trim().max(254),
    phone: z.string().trim().max(40),
  })
  .strict();
export type VendorContact = z.infer<typeof vendorContactSchema>;

/** What a supervisor edits about a vendor. */
export const vendorProfileSchema = z
  .object({
    name: label,
    certifications: z.array(z.enum(CERTIFICATIONS)).max(CERTIFICATIONS.length),
    contacts: z.array(vendorContactSchema).max(20),
    mapping: vendorMappingSchema,
  })
  .strict();
export type VendorProfile = z.infer<typeof vendorProfileSchema>;

export interface Vendor extends VendorProfile {
  readonly vendorId: string;
  readonly active: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** A vendor's sample file as the mapping editor sees it: the header row, the first lines, each column's different values. */
export interface VendorSample {
  readonly fileName: string;
  readonly header: readonly string[];
  readonly delimiter: string;
  readonly sampleRows: readonly (readonly string[])[];
  /** Per column: its different values in the whole file (to map condition and outcome codes), or null when too many to be codes. */
  readonly distinct: readonly (readonly string[] | null)[];
  readonly lines: number;
}
