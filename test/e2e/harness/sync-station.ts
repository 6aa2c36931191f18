import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openDatabase, type Db } from '../../../db/connection';
import { createCore, type Core } from '../../../electron/services/core';
import { loadOrCreateSigner } from '../../../electron/services/station/signer';
import { systemClock, uuidIds } from '../../../electron/services/system';
import { DEFAULT_BUILDERS } from '../../../electron/sync/connectors/builders';
import { systemTimers } from '../../../electron/sync/runtime/timers';
import { envSecretStore } from '../../../electron/sync/secrets/env-secret-store';
import type { SecretStore } from '../../../electron/sync/secrets/secret-store';
import { wakeOnCommit } from '../../../electron/sync/wake-on-commit';
import { createSyncWorker, type SyncWorker } from '../../../electron/sync/worker';
import type { CommandInput, CommandName, CommandOutput } from '../../../shared/contract';
import { realDrivers } from '../../sync/support/real-drivers';
import { startWebhookReceiver, type WebhookReceiver } from '../../support/webhook-receiver';
import { bridgeToCore } from './bridge';
import { VIEWPORT, type Harness } from './harness';

export const WEBHOOK_SECRET = 'whsec-e2e-7c41d9';

/** What a test prepares before the page loads, and what it checks against while the page runs. */
export interface SyncStationCore {
  readonly db: Db;
  readonly core: Core;
  readonly secrets: SecretStore;
  readonly receiver: WebhookReceiver;
  /** Invokes a command as the signed-in user, failing the test with the error code if it fails. */
  call<K extends CommandName>(name: K, input: CommandInput<K>): Promise<CommandOutput<K>>;
}

/**
 * A station as the app runs it, minus Electron: the real core on a temp SQLite file, wrapped so a recording
 * wakes the sync worker (wakeOnCommit, as in electron/main.ts), the worker with the shipped drivers on real
 * time and real HTTP, and a real signed-webhook receiver on 127.0.0.1. The page's window.api reaches this core.
 * Unlike the app, nothing watches the network: the test says when it comes back, and the worker tries again only
 * when woken (a recording, "Run now", a new token) — its timer is set far beyond any test.
 */
export interface SyncStation extends SyncStationCore {
  readonly page: Page;
  readonly worker: SyncWorker;
  /** Console errors and uncaught exceptions (a CSP violation shows up here). */
  readonly problems: readonly string[];
  /** The network as the worker sees it (Electron's net.isOnline in the app). */
  setOnline(online: boolean): void;
  close(): Promise<void>;
}

export interface SyncStationOptions {
  /** Runs before the worker starts and the page loads: a supervisor, devices, a connector... */
  readonly prepare?: (station: SyncStationCore) => Promise<void>;
  readonly online?: boolean;
}

const NEVER_WITHIN_A_TEST_MS = 60 * 60_000;

export async function openSyncStation(harness: Harness, options: SyncStationOptions = {}): Promise<SyncStation> {
  const dir = mkdtempSync(join(tmpdir(), 'dockside-e2e-sync-'));
  const db = openDatabase(join(dir, 'dockside.sqlite'));
  const signer = loadOrCreateSigner(join(dir, 'station-key.pem'));
  const receiver = await startWebhookReceiver({ secret: WEBHOOK_SECRET });
  const secrets = envSecretStore({});
  const network = { online: options.online ?? true };
  const worker = createSyncWorker({
    db,
    clock: systemClock,
    timers: systemTimers,
    random: Math.random,
    secrets,
    connectors: realDrivers(signer.stationId),
    newId: () => uuidIds.next(),
    isOnline: () => network.online,
    options: { pollMs: NEVER_WITHIN_A_TEST_MS },
  });
  const services = { secrets, builders: DEFAULT_BUILDERS, fetch: (input: string, init: RequestInit) => fetch(input, init), timers: systemTimers, wake: () => worker.wake() };
  const core = wakeOnCommit(createCore({ db, clock: systemClock, ids: uuidIds, signer }, { sync: services }), db, () => worker.wake());
  const call: SyncStationCore['call'] = async (name, input) => {
    const result = await core.invoke(name, input);
    if (!result.ok) throw new Error(`${name} failed: ${result.error.code} ${result.error.message}`);
    return result.value;
  };
  const context = await harness.browser.newContext({ viewport: VIEWPORT });
  const cleanUp = async () => {
    await context.close();
    await worker.stop();
    await receiver.close();
    db.close();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await options.prepare?.({ db, core, secrets, receiver, call });
    worker.start();
    await bridgeToCore(context, core);
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(harness.server.url);
    return {
      db,
      core,
      secrets,
      receiver,
      call,
      page,
      worker,
      problems,
      setOnline: (online) => {
        network.online = online;
      },
      close: cleanUp,
    };
  } catch (error) {
    await cleanUp();
    throw error;
  }
}

/** A signed-webhook connector pointing at the station's receiver, with its token set, as a supervisor would leave it. */
export async function withWebhookConnector(station: SyncStationCore, url = station.receiver.url): Promise<void> {
  await station.call('sync.saveConnector', {
    id: 'central-hook',
    kind: 'webhook',
    name: 'Central hook',
    enabled: true,
    settings: { url, timeoutMs: 3_000 },
    backfill: true,
  });
  await station.call('sync.setToken', { connectorId: 'central-hook', token: WEBHOOK_SECRET });
}

/** Event ids of the custody log in order. */
export function eventIdsInOrder(db: Db): string[] {
  return (db.prepare('SELECT id FROM custody_events ORDER BY seq').all() as { id: string }[]).map((row) => row.id);
}
