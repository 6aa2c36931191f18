import type { AssetClass, AssetView, Sensitivity } from '../asset';
import type { CertificateIssuer, WipePolicy, WipeRequirement } from './policy';
import type { Destination, Level, MediaType, Standard, Technique, Verification, WipeResult } from './vocabulary';

/** One device waiting for sanitization, as a row of the queue. */
export interface WipeQueueRow {
  readonly assetId: string;
  readonly label: string;
  readonly serial: string | null;
  readonly make: string;
  readonly model: string;
  readonly assetClass: AssetClass;
  readonly sensitivity: Sensitivity;
  readonly receivedAt: string;
  readonly deadlineAt: string;
  readonly overdue: boolean;
  readonly requiredLevel: Level;
  readonly media: number;
  readonly mediaDone: number;
  /** The first reason it is still here, in words. */
  readonly reason: string;
  readonly reasons: number;
}

/** A window of the queue, in queue order: high sensitivity first, then oldest receipt first. */
export interface WipeQueuePage {
  readonly total: number;
  readonly overdue: number;
  readonly highSensitivity: number;
  readonly offset: number;
  readonly rows: readonly WipeQueueRow[];
  readonly asOf: string;
}

export interface WipeRecordView {
  readonly wipeId: string;
  readonly eventId: string;
  readonly eventHash: string;
  readonly seq: number;
  readonly result: WipeResult;
  readonly level: Level;
  readonly technique: Technique;
  readonly standard: Standard;
  readonly tool: string;
  readonly toolVersion: string;
  readonly methodDetails: string;
  readonly verification: Verification;
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly classification: string;
  readonly destination: Destination;
  readonly notes: string;
  readonly failureReason: string | null;
  readonly technicianId: string;
  readonly technicianName: string | null;
  readonly recordedAt: string;
  readonly meetsPolicy: boolean;
  readonly shortfalls: readonly string[];
  readonly validation: { readonly technicianId: string; readonly name: string; readonly at: string; readonly eventHash: string } | null;
  readonly source: 'manual' | 'nwipe';
  /** False for records made before the device's latest receipt (kept for history, not counted). */
  readonly current: boolean;
}

export interface MediumView {
  readonly id: string;
  readonly serial: string | null;
  readonly mediaType: MediaType;
  readonly make: string;
  readonly model: string;
  readonly propertyNumber: string | null;
  readonly capacity: string | null;
  readonly started: { readonly at: string; readonly level: Level; readonly technique: Technique; readonly tool: string } | null;
  /** Newest first. */
  readonly records: readonly WipeRecordView[];
}

/** Everything the wipe form shows for one host device. */
export interface WipeAssetView {
  readonly asset: AssetView;
  readonly receivedAt: string | null;
  readonly deadlineAt: string | null;
  readonly overdue: boolean;
  readonly inQueue: boolean;
  readonly requirement: WipeRequirement;
  readonly sanitized: boolean;
  readonly reasons: readonly string[];
  readonly media: readonly MediumView[];
  /** The station's time the view was made at: deadlines are counted from it. */
  readonly asOf: string;
}

export type NwipeMatch =
  | { readonly kind: 'medium'; readonly assetId: string; readonly label: string; readonly mediumId: string }
  | { readonly kind: 'host'; readonly assetId: string; readonly label: string }
  | { readonly kind: 'ambiguous'; readonly candidates: readonly { readonly assetId: string; readonly label: string }[] }
  | { readonly kind: 'none' };

/** One drive of an nwipe log: what the log says, what it will record, and what is still asked for. */
/** What an nwipe log says about one drive's wipe, in the terms of a wipe record. */
export interface DriveFacts {
  readonly toolStatus: string;
  readonly result: WipeResult;
  readonly failureReason: string | null;
  /** nwipe overwrites through the operating system's block device: NIST SP 800-88 Clear, by overwrite. */
  readonly level: Level;
  readonly technique: Technique;
  readonly tool: string;
  readonly toolVersion: string;
  readonly methodDetails: string;
  readonly verification: Verification;
  readonly startedAt: string | null;
  readonly finishedAt: string | null;
  readonly mediaType: MediaType | null;
}

export interface NwipeDevicePreview extends DriveFacts {
  readonly device: string;
  readonly bus: string | null;
  readonly model: string | null;
  readonly size: string | null;
  readonly serial: string | null;
  readonly timesProblem: string | null;
  readonly match: NwipeMatch;
  /** What the log does not say, in words: the technician must give it. */
  readonly asked: readonly string[];
  readonly validationRequired: boolean | null;
}

export interface NwipePreview {
  readonly sha256: string;
  readonly fileName: string;
  readonly tool: string;
  readonly outcome: string;
  readonly alreadyImported: { readonly at: string; readonly technicianId: string } | null;
  readonly utcOffsetMinutes: number;
  readonly devices: readonly NwipeDevicePreview[];
}

export interface NwipeImportResult {
  readonly records: readonly {
    readonly device: string;
    readonly assetId: string;
    readonly label: string;
    readonly wipeId: string;
    readonly eventId: string;
    readonly result: WipeResult;
    readonly assetSanitized: boolean;
  }[];
}

export interface PolicyView extends WipePolicy {
  /** False while the class still uses the policy that ships with the app. */
  readonly custom: boolean;
}

export interface WipePoliciesView {
  readonly policies: readonly PolicyView[];
  readonly issuer: CertificateIssuer;
}

/** A generated file, in memory, for the renderer to offer as a download. */
export interface PdfFile {
  readonly fileName: string;
  readonly pdfBase64: string;
  readonly devices: number;
  readonly media: number;
}

export interface CsvFile {
  readonly fileName: string;
  readonly content: string;
  readonly rows: number;
}

export interface WipeLookup {
  readonly assetId: string;
  readonly label: string;
  /** Set when the scan named a drive rather than its host. */
  readonly mediumId: string | null;
}

export interface WipeRecordOutcome {
  readonly view: WipeAssetView;
  readonly wipeId: string;
  readonly eventId: string;
  readonly assetSanitized: boolean;
  /** The offboarding case this record closed (its number), if it settled the case's last device. */
  readonly caseClosed: string | null;
}
