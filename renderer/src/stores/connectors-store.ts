import { create } from 'zustand';
import type { SyncConnectorConfig } from '../../../shared/views';

/** A "Test connection" under way, or its answer in words. */
export type ConnectionCheck = { readonly state: 'testing' } | { readonly state: 'answered'; readonly ok: boolean; readonly words: string };

interface ConnectorsState {
  readonly connectors: readonly SyncConnectorConfig[];
  readonly problem: string | null;
  /** The last connection test of each connector, by connector ID. */
  readonly checks: Readonly<Record<string, ConnectionCheck>>;
  loaded(connectors: readonly SyncConnectorConfig[]): void;
  failed(problem: string): void;
  checked(connectorId: string, check: ConnectionCheck): void;
  /** Settings or token changed: the last answer no longer says anything. */
  uncheck(connectorId: string): void;
}

/** The connectors a supervisor configures (settings and whether a token is set; never the token). */
export const useConnectorsStore = create<ConnectorsState>()((set) => ({
  connectors: [],
  problem: null,
  checks: {},
  loaded: (connectors) => set({ connectors, problem: null }),
  failed: (problem) => set({ problem }),
  checked: (connectorId, check) => set((s) => ({ checks: { ...s.checks, [connectorId]: check } })),
  uncheck: (connectorId) => set((s) => ({ checks: Object.fromEntries(Object.entries(s.checks).filter(([id]) => id !== connectorId)) })),
}));
