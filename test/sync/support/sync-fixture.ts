import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Db } from '../../../db/connection';
import { createCore, type Core } from '../../../electron/services/core';
import type { Clock } from '../../../electron/services/deps';
import { loadOrCreateSigner, type StationSigner } from '../../../electron/services/station/signer';
import { uuidIds } from '../../../electron/services/system';
import type { Connector } from '../../../electron/sync/connector';
import type { ConnectorBuilders, ConnectorFactory } from '../../../electron/sync/connector-factory';
import type { FetchLike } from '../../../electron/sync/http/http-call';
import type { Timers } from '../../../electron/sync/runtime/timers';
import { envSecretStore } from '../../../electron/sync/secrets/env-secret-store';
import type { SecretStore } from '../../../electron/sync/secrets/secret-store';
import { createSyncWorker, type SyncWorker, type WorkerOptions } from '../../../electron/sync/worker';
import type { CommandInput, CommandName, CommandOutput } from '../../../shared/contract';
import type { ConnectorSettings } from '../../../shared/domain/sync-config';

export interface SyncFixture {
  readonly dir: string;
  readonly db: Db;
  readonly core: Core;
  readonly signer: StationSigner;
  readonly secrets: SecretStore;
  /** Wake-ups the core asked for. */
  readonly wakes: { count: number };
  call<K extends CommandName>(name: K, input: CommandInput<K>): Promise<CommandOutput<K>>;
  /** Signs the supervisor in again (after time moved past the idle lock). */
  signIn(): Promise<void>;
  /** Registers an asset and records n notes on it (n + 1 events). Returns the asset id. */
  assetWithEvents(tag: string, notes: number): Promise<string>;
  worker(connectors: ConnectorFactory, options?: Partial<WorkerOptions>, isOnline?: () => boolean): SyncWorker;
  addConnector(id: string, settings?: Partial<ConnectorSettings>, kind?: 'webhook' | 'snipeit' | 'rt5'): Promise<void>;
  close(): void;
}

export interface SyncFixtureOptions {
  readonly clock: Clock;
  readonly timers: Timers;
  readonly builders: ConnectorBuilders;
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly fetch?: FetchLike;
  readonly random?: () => number;
  readonly dir?: string;
}

/** A real core on a temporary SQLite file, a supervisor signed in, and a worker factory on the same database. */
export async function syncFixture(options: SyncFixtureOptions): Promise<SyncFixture> {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'dockside-sync-'));
  const db = openDatabase(join(dir, 'dockside.sqlite'));
  const signer = loadOrCreateSigner(join(dir, 'station-key.pem'));
  const secrets = envSecretStore(options.env ?? {});
  const wakes = { count: 0 };
  const core = createCore(
    { db, clock: options.clock, ids: uuidIds, signer },
    {
      sync: {
        secrets,
        builders: options.builders,
        fetch: options.fetch ?? ((input, init) => fetch(input, init)),
        timers: options.timers,
        wake: () => {
          wakes.count += 1;
        },
      },
    },
  );
  const call: SyncFixture['call'] = async (name, input) => {
    const result = await core.invoke(name, input);
    if (!result.ok) throw new Error(`${name} failed: ${result.error.code} ${result.error.message}`);
    return result.value;
  };
  const setup = await core.invoke('setup.status', {});
  if (setup.ok && setup.value.needsFirstSupervisor) {
    await call('setup.createFirstSupervisor', { technicianId: 'SUP-1', name: 'Sam Supervisor', pin: '4321', loadDemoData: false });
  } else {
    await call('auth.signIn', { technicianId: 'SUP-1', pin: '4321' });
  }
  return {
    dir,
    db,
    core,
    signer,
    secrets,
    wakes,
    call,
    async signIn() {
      await call('auth.signIn', { technicianId: 'SUP-1', pin: '4321' });
    },
    async assetWithEvents(tag, notes) {
      const asset = await call('assets.register', { assetTag: tag, serial: `SN-${tag}`, make: 'Lenovo', model: 'T14', assetClass: 'laptop', custodian: 'Ana Lima' });
      for (let i = 1; i <= notes; i += 1) await call('assets.note', { assetId: asset.id, text: `note ${i}` });
      return asset.id;
    },
    worker(connectors, workerOptions, isOnline) {
      return createSyncWorker({
        db,
        clock: options.clock,
        timers: options.timers,
        random: options.random ?? (() => 0.5),
        secrets,
        connectors,
        newId: () => uuidIds.next(),
        options: workerOptions ?? {},
        ...(isOnline === undefined ? {} : { isOnline }),
      });
    },
    async addConnector(id, settings = {}, kind = 'webhook') {
      await call('sync.saveConnector', {
        id,
        kind,
        name: `Connector ${id}`,
        enabled: true,
        settings: { url: 'http://127.0.0.1:9/hook', ...settings },
        backfill: true,
      });
    },
    close() {
      if (db.open) db.close();
      if (options.dir === undefined) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A factory that hands out fixed connector objects by id. */
export function fixedConnectors(byId: Readonly<Record<string, Connector>>): ConnectorFactory {
  return (row) => byId[row.id] ?? null;
}

/** Event ids of the custody log in order, optionally of one asset. */
export function eventIds(db: Db, assetId?: string): string[] {
  const rows = (assetId === undefined
    ? db.prepare('SELECT id FROM custody_events ORDER BY seq').all()
    : db.prepare('SELECT id FROM custody_events WHERE asset_id = ? ORDER BY seq').all(assetId)) as { id: string }[];
  return rows.map((r) => r.id);
}

export function count(db: Db, sql: string, ...params: unknown[]): number {
  return (db.prepare(sql).get(...params) as { n: number }).n;
}
