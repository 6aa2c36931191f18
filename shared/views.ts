import type { AssetView } from './domain/asset';
import type { CaseReturnNote } from './domain/cases/case-views';
import type { CustodyEvent } from './domain/events';
import type { ScanReading } from './domain/scan';
import type { StationSettings } from './domain/settings';
import type { ConnectorSettings, SyncConnectorKind } from './domain/sync-config';
import type { Session } from './domain/users';

export interface StationInfo {
  readonly stationId: string;
  readonly publicKey: string;
}

export interface SetupStatus {
  readonly needsFirstSupervisor: boolean;
  readonly station: StationInfo;
  readonly settings: StationSettings;
  readonly session: Session | null;
}

export type LookupResult =
  | { readonly kind: 'known'; readonly reading: ScanReading; readonly asset: AssetView; readonly alreadyInBatch: boolean; readonly lastEvent: EventView | null }
  | { readonly kind: 'unknown'; readonly reading: ScanReading; readonly suggestion: { readonly assetTag: string | null; readonly serial: string | null } };

export interface EventView extends CustodyEvent {
  readonly technicianName: string | null;
}

export interface ChainProblem {
  readonly seq: number;
  readonly eventId: string;
  readonly reason: string;
}

export interface ChainReport {
  readonly ok: boolean;
  readonly checked: number;
  readonly firstProblem: ChainProblem | null;
}

export interface AssetDetail {
  readonly asset: AssetView;
  readonly events: readonly EventView[];
  readonly verification: ChainReport;
}

export interface ReceiveOutcome {
  readonly asset: AssetView;
  readonly eventIds: readonly string[];
  /** The offboarding case the device was ticked off, if it was on an open one. */
  readonly caseReturn?: CaseReturnNote | null;
}

export interface BatchInfo {
  readonly batchId: string;
  readonly startedAt: string;
  readonly items: readonly BatchItem[];
}

export interface BatchItem {
  readonly assetId: string;
  readonly label: string;
  readonly model: string;
  readonly condition: string | null;
  readonly receivedAt: string;
}

export interface EvidenceFile {
  readonly fileName: string;
  readonly content: string;
}

/** How one connector stands, for the sync indicator and the Sync screen. */
export type SyncConnectorStateKind = 'idle' | 'sending' | 'retrying' | 'paused' | 'needs-token' | 'disabled' | 'no-driver';

export interface SyncConnectorStatus {
  readonly id: string;
  readonly kind: SyncConnectorKind;
  readonly name: string;
  readonly state: SyncConnectorStateKind;
  /** The state in words, with what to do next. */
  readonly words: string;
  /** Events queued for this connector and not yet acknowledged (pending only). */
  readonly waiting: number;
  readonly deadLetters: number;
  readonly conflicts: number;
  /** Whether its server answered the last time the worker tried; null before the first try. */
  readonly reachable: boolean | null;
  readonly lastSuccessAt: string | null;
  readonly lastAttemptAt: string | null;
  readonly lastError: string | null;
  readonly nextAttemptAt: string | null;
  readonly pausedReason: string | null;
}

/** The always-visible sync indicator. */
export interface SyncStatus {
  /** Online as the worker last saw it; null when it has not tried yet. */
  readonly online: boolean | null;
  /** Events recorded here and not yet acknowledged by every central system. */
  readonly waiting: number;
  /** Of those, events not yet handed to any connector (none is set up). */
  readonly unrouted: number;
  readonly deadLetters: number;
  readonly conflicts: number;
  readonly lastSuccessAt: string | null;
  readonly lastError: string | null;
  /** One sentence for the indicator. */
  readonly words: string;
  readonly connectors: readonly SyncConnectorStatus[];
}

/** A delivery a supervisor must look at: refused by the server (dead letter) or held as a conflict. */
/** Which event, of which device, for which connector: what every sync list names first. */
export interface SyncEventRef {
  readonly connectorId: string;
  readonly connectorName: string;
  readonly eventId: string;
  readonly seq: number;
  readonly eventType: string;
  readonly deviceTime: string;
  readonly assetId: string;
  readonly assetLabel: string;
}

export interface SyncProblem extends SyncEventRef {
  readonly kind: 'dead-letter' | 'conflict';
  /** What the server said, in its own words. */
  readonly serverReason: string;
  readonly attempts: number;
  readonly since: string;
  /** Our side: what the event would set. */
  readonly ours: Readonly<Record<string, string | null>>;
  /** Their side (conflicts): the central record as the server answered. */
  readonly theirs: Readonly<Record<string, string | null>> | null;
}

/** One event still waiting to reach a connector: what it is, how often it was tried, and why it has not gone yet. */
export interface SyncWaitingItem extends SyncEventRef {
  readonly attempts: number;
  /** When the worker tries it next, or null when it goes with the next pass. */
  readonly nextAttemptAt: string | null;
  readonly lastError: string | null;
}

/** The first events of the waiting list, oldest first, and how many wait in all. */
export interface SyncWaitingList {
  readonly items: readonly SyncWaitingItem[];
  readonly total: number;
}

/** What removing a connector left behind: events recorded here that will now never reach it. */
export interface ConnectorRemoval {
  readonly connectorId: string;
  readonly undelivered: number;
}

/** A supervisor's decision on a sync problem, kept for audit. */
export interface SyncResolution {
  readonly connectorId: string;
  readonly eventId: string;
  readonly action: 'retry' | 'dismiss' | 'apply-ours' | 'keep-theirs';
  readonly note: string;
  readonly technicianId: string;
  readonly serverReason: string | null;
  readonly at: string;
}

export interface SyncConnectorConfig {
  readonly id: string;
  readonly kind: SyncConnectorKind;
  readonly name: string;
  readonly enabled: boolean;
  readonly settings: ConnectorSettings;
  /** Whether a token is stored (the token itself never leaves the secret store). */
  readonly hasToken: boolean;
  readonly pausedReason: string | null;
}

export interface ConnectionTestResult {
  readonly ok: boolean;
  /** What works, or what is wrong, in words. */
  readonly words: string;
}
