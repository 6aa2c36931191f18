import type { AssetView } from './domain/asset';
import type { CustodyEvent } from './domain/events';
import type { ScanReading } from './domain/scan';
import type { StationSettings } from './domain/settings';
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
