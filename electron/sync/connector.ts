import type { SyncConnectorKind } from '../../shared/domain/sync-config';
import type { AssetRecord } from '../../shared/domain/asset';
import type { CustodyEvent } from '../../shared/domain/events';

/** One custody event to deliver, with the identity of its asset (the remote side finds or creates it). */
export interface SyncItem {
  readonly event: CustodyEvent;
  readonly asset: AssetRecord;
  /**
   * Set when a supervisor resolved an earlier conflict on this event with "apply ours": apply it even
   * though the central record changed in a way the event does not simply follow. Absent otherwise.
   */
  readonly overrideConflict?: boolean;
}

/** What happened to one item. Every failure is classified; nothing is ever silently dropped. */
export type DeliveryResult =
  /** Applied (or found already applied: idempotent). remoteRef is the remote record, e.g. "asset/12". */
  | { readonly kind: 'delivered'; readonly remoteRef: string | null }
  /** Transient: network error, timeout, 5xx, 429. retryAfterMs from Retry-After when the server gave one. */
  | { readonly kind: 'retry'; readonly reason: string; readonly retryAfterMs: number | null }
  /** Permanent for this event (a 4xx that will not change): to the dead-letter list with the server's reason. */
  | { readonly kind: 'reject'; readonly reason: string }
  /** 401/403: the token is bad or revoked; the connector pauses until a supervisor gives a new one. */
  | { readonly kind: 'auth'; readonly reason: string }
  /** The central record changed in a way this event does not simply follow: held for a supervisor. */
  | { readonly kind: 'conflict'; readonly reason: string; readonly remote: Readonly<Record<string, string | null>> };

export type ConnectionCheck = { readonly ok: true; readonly detail: string } | { readonly ok: false; readonly reason: string };

/** An asset as the central system holds it, pulled for offline lookups. */
export interface PulledAsset {
  readonly centralId: string;
  readonly assetTag: string | null;
  readonly serial: string | null;
  readonly make: string;
  readonly model: string;
  readonly custodian: string | null;
  readonly centralStatus: string | null;
}

export interface PullPage {
  readonly assets: readonly PulledAsset[];
  /** Opaque position to resume from next time (incremental, never a full reload). */
  readonly cursor: string;
  readonly done: boolean;
}

/** The one shape every central system's driver has. */
export interface Connector {
  readonly id: string;
  readonly kind: SyncConnectorKind;
  /** Most items the target accepts in one call; 1 where it has no batch API. */
  readonly maxBatch: number;
  /**
   * Delivers items in order (the worker only passes items whose earlier events for the same asset are
   * delivered). Answers one result per item, in the same order. Must be idempotent: a retry of an item
   * that was applied but whose response was lost changes nothing on the remote side.
   */
  deliver(items: readonly SyncItem[], signal: AbortSignal): Promise<readonly DeliveryResult[]>;
  testConnection(signal: AbortSignal): Promise<ConnectionCheck>;
  pull?(cursor: string | null, signal: AbortSignal): Promise<PullPage>;
}
