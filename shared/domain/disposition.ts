import { z } from 'zod';
import { DISPOSITION_OUTCOMES, type DispositionOutcome } from './vendors';

/** How a report line was tied to a device: its serial or tag as written, or the same digits behind leading zeros Excel stripped. */
export const MATCHED_BY = ['serial', 'assetTag', 'serial-zeros', 'assetTag-zeros'] as const;
export type MatchedBy = (typeof MATCHED_BY)[number];

/** disposition_confirmed: the vendor reported what it finally did with the device (from a disposition report, or a supervisor's review). */
export const dispositionConfirmedPayload = z.object({
  vendorId: z.string(),
  vendorName: z.string(),
  outcome: z.enum(DISPOSITION_OUTCOMES),
  vendorOutcomeCode: z.string(),
  processedDate: z.string().nullable(),
  certificateNumber: z.string().nullable(),
  vendorCondition: z.string().nullable(),
  condition: z.string().nullable(),
  importId: z.string(),
  fileName: z.string(),
  fileSha256: z.string(),
  line: z.number().int().nullable(),
  matchedBy: z.enum(MATCHED_BY),
  /** Set when a supervisor recorded it from the review queue, against what the record said. */
  reviewItemId: z.string().nullable(),
});
export type DispositionConfirmedPayload = z.infer<typeof dispositionConfirmedPayload>;

/** Why something goes to the review queue instead of being written to a device. */
export const REVIEW_KINDS = [
  'no-match',
  'ambiguous',
  'identity-conflict',
  'not-this-vendor',
  'contradicts-destruction',
  'already-disposed',
  'unknown-outcome',
  'unreadable',
  'not-mentioned',
  'named-twice',
] as const;
export type ReviewKind = (typeof REVIEW_KINDS)[number];

export const REVIEW_KIND_WORDS: Readonly<Record<ReviewKind, string>> = {
  'no-match': 'Matches no device',
  ambiguous: 'Matches several devices',
  'identity-conflict': 'Serial and tag name different devices',
  'not-this-vendor': 'Not picked up by this vendor',
  'contradicts-destruction': 'Outcome contradicts destruction',
  'already-disposed': 'Disposition already recorded differently',
  'unknown-outcome': 'Outcome code not mapped',
  unreadable: 'Line could not be read',
  'not-mentioned': 'Picked up, not in the report',
  'named-twice': 'Device already on an earlier line',
};

export interface AssetRef {
  readonly assetId: string;
  readonly assetTag: string | null;
  readonly serial: string | null;
  readonly model: string;
}

export type LineAction = 'record' | 'already' | 'review';

/** One line of the report and what importing it will do. */
export interface DispositionLine {
  readonly line: number;
  readonly serial: string | null;
  readonly assetTag: string | null;
  readonly vendorOutcome: string | null;
  readonly outcome: DispositionOutcome | null;
  readonly processedDate: string | null;
  readonly certificateNumber: string | null;
  readonly asset: AssetRef | null;
  readonly matchedBy: MatchedBy | null;
  readonly action: LineAction;
  readonly reviewKind: ReviewKind | null;
  /** In words: why it goes to review, or how it matched when that needs saying (restored zeros). */
  readonly reason: string | null;
}

/** A device this vendor picked up in a session the report covers that the report does not mention. */
export interface NotMentioned {
  readonly asset: AssetRef;
  readonly sessionReference: string;
  readonly pickedUpAt: string;
}

export interface DispositionCounts {
  readonly lines: number;
  readonly record: number;
  readonly already: number;
  readonly review: number;
  readonly notMentioned: number;
}

export interface DispositionPreview {
  readonly vendorId: string;
  readonly vendorName: string;
  readonly fileName: string;
  readonly fileSha256: string;
  /** Fingerprint of everything the import would write: an import is refused when the records changed since this preview. */
  readonly planSha256: string;
  readonly delimiter: string;
  /** When this same file was imported before (nothing will be recorded twice). */
  readonly importedBefore: { readonly at: string; readonly technicianId: string } | null;
  readonly lines: readonly DispositionLine[];
  readonly notMentioned: readonly NotMentioned[];
  readonly counts: DispositionCounts;
}

export interface DispositionImportResult {
  readonly importId: string;
  readonly fileName: string;
  readonly recorded: number;
  readonly already: number;
  /** New items added to the review queue (the same item is never queued twice). */
  readonly queued: number;
  readonly counts: DispositionCounts;
}

export const REVIEW_RESOLUTIONS = ['noted', 'recorded', 'settled'] as const;
export type ReviewResolution = (typeof REVIEW_RESOLUTIONS)[number];

export interface ReviewItem {
  readonly itemId: string;
  readonly vendorId: string;
  readonly vendorName: string;
  readonly kind: ReviewKind;
  readonly fileName: string;
  readonly line: number | null;
  readonly serial: string | null;
  readonly assetTag: string | null;
  readonly asset: AssetRef | null;
  readonly vendorOutcome: string | null;
  readonly outcome: DispositionOutcome | null;
  readonly reason: string;
  readonly createdAt: string;
  /** The supervisor may record the disposition as reported (a device and an outcome are known). */
  readonly canRecord: boolean;
  readonly resolution: { readonly kind: ReviewResolution; readonly by: string; readonly at: string; readonly note: string } | null;
}

export interface AgingItem {
  readonly asset: AssetRef;
  readonly vendorId: string;
  readonly vendorName: string;
  readonly sessionReference: string;
  readonly pickedUpAt: string;
  readonly daysWaiting: number;
}

export interface AgingView {
  readonly days: number;
  /** Picked-up devices still without a confirmed disposition (overdue or not). */
  readonly outstanding: number;
  readonly items: readonly AgingItem[];
}

export const DEFAULT_AGING_DAYS = 30;
export const agingDaysSchema = z.number().int().min(1, 'At least 1 day').max(365, 'At most 365 days');
