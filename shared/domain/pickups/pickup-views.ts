import type { AssetClass } from '../asset';
import type { LineOrigin, LineState, PickupCounters, Resolution } from './line-state';
import type { StagingPurpose } from './pickup-payloads';

export type SessionStatus = 'open' | 'signed-off';

export interface PickupLineView {
  readonly lineNo: number;
  readonly origin: LineOrigin;
  readonly state: LineState;
  readonly assetId: string | null;
  readonly serial: string | null;
  readonly assetTag: string | null;
  readonly make: string;
  readonly model: string;
  readonly scannedValue: string | null;
  readonly scannedAt: string | null;
  readonly scannedBy: string | null;
  readonly containerLabel: string | null;
  /** Why the scanned device is not the one expected, in words. */
  readonly substitution: readonly string[] | null;
  readonly override: { readonly by: string; readonly reason: string } | null;
  readonly resolution: { readonly kind: Resolution; readonly reason: string; readonly by: string; readonly at: string } | null;
}

export interface ContainerView {
  readonly containerId: string;
  readonly kind: 'pallet' | 'box';
  readonly label: string;
  readonly seal: string | null;
  readonly openedAt: string;
  readonly openedBy: string;
  readonly items: number;
}

export interface SignatureView {
  readonly role: 'driver' | 'technician' | 'supervisor';
  readonly name: string;
  readonly technicianId: string | null;
  readonly company: string | null;
  readonly vehicle: string | null;
  readonly at: string;
  /** The drawn signature, PNG base64 (the supervisor signs with a PIN, not a drawing). */
  readonly png: string | null;
}

export interface SessionSummary {
  readonly sessionId: string;
  readonly reference: string;
  readonly vendorId: string;
  readonly vendorName: string;
  readonly createdAt: string;
  readonly createdBy: string;
  readonly status: SessionStatus;
  readonly signedOffAt: string | null;
  readonly signedOffBy: string | null;
  readonly counters: PickupCounters;
  readonly overrides: number;
}

/** One signed fact of the session, in words: who did what, when. */
export interface ActivityRow {
  readonly seq: number;
  readonly at: string;
  readonly technicianId: string;
  readonly kind: string;
  readonly text: string;
}

export interface SessionView {
  readonly summary: SessionSummary;
  readonly containers: readonly ContainerView[];
  readonly openContainerId: string | null;
  readonly lines: readonly PickupLineView[];
  readonly signatures: readonly SignatureView[];
  /** The latest facts in words (at most the last 300); factCount counts them all. */
  readonly activity: readonly ActivityRow[];
  readonly factCount: number;
  /** Every fact's hash chain and station signature checks out; null when this answer did not check (after a scan-loop action). */
  readonly factsVerified: boolean | null;
}

export type PickupScanResult =
  | { readonly kind: 'matched' | 'substituted' | 'unexpected'; readonly line: PickupLineView; readonly counters: PickupCounters; readonly overridden: boolean }
  | { readonly kind: 'duplicate'; readonly line: PickupLineView; readonly counters: PickupCounters }
  | { readonly kind: 'refused'; readonly label: string; readonly reasons: readonly string[]; readonly canOverride: boolean; readonly counters: PickupCounters };

export interface StagedRow {
  readonly assetId: string;
  readonly label: string;
  readonly serial: string | null;
  readonly model: string;
  readonly assetClass: AssetClass;
  readonly purpose: StagingPurpose;
  readonly stagedAt: string;
  /** The open session that already expects it, if any. */
  readonly sessionReference: string | null;
}

export interface PickupOverview {
  /** Sanitized devices not yet staged. */
  readonly readyToStage: number;
  readonly staged: readonly StagedRow[];
  readonly vendors: readonly { readonly vendorId: string; readonly name: string }[];
  readonly sessions: readonly SessionSummary[];
}

export interface StageResult {
  readonly staged: number;
  readonly label: string | null;
}

export interface ManifestLinePreview {
  readonly line: number;
  readonly serial: string | null;
  readonly assetTag: string | null;
  readonly model: string;
  /** What importing it will do: a new expected line (of a device on record, or not in inventory), or nothing (already expected). */
  readonly action: 'new-line' | 'already-expected' | 'not-in-inventory';
  /** The device on record it matched, by its tag or serial. */
  readonly label: string | null;
  /** Something to check, in words (leading zeros restored, serial and tag disagreeing with the record). */
  readonly warning: string | null;
}

export interface ManifestProblem {
  readonly line: number;
  readonly reason: string;
  readonly value: string;
}

export interface ManifestPreview {
  readonly fileName: string;
  readonly delimiter: string;
  /** Lines read from the file (header and empty lines not counted). */
  readonly total: number;
  /** Lines that would be added, those not in inventory among them. */
  readonly adds: number;
  readonly notInInventory: number;
  readonly alreadyExpected: number;
  /** The first lines, as the screen shows them; the counts cover the whole file. */
  readonly lines: readonly ManifestLinePreview[];
  readonly problems: readonly ManifestProblem[];
  readonly problemCount: number;
}

export interface ManifestImportResult {
  readonly added: number;
  readonly alreadyExpected: number;
  /** Lines not imported, with their reasons (the same the preview showed). */
  readonly problems: readonly ManifestProblem[];
  readonly problemCount: number;
  readonly counters: PickupCounters;
}
