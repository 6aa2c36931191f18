import { afterEach, describe, expect, it } from 'vitest';
import { systemClock } from '../../../electron/services/system';
import { DEFAULT_BUILDERS } from '../../../electron/sync/connectors/builders';
import { systemTimers } from '../../../electron/sync/runtime/timers';
import { getConnectorRow } from '../../../electron/sync/store/connector-store';
import { loadItems } from '../../../electron/sync/store/delivery-queue';
import type { ConnectorSettings } from '../../../shared/domain/sync-config';
import { realDrivers } from '../support/real-drivers';
import { receiveDevices } from '../support/receive-devices';
import { count, eventIds, syncFixture, type SyncFixture } from '../support/sync-fixture';
import { waitUntil } from '../support/wait-until';
import { startFakeSnipeIt, type FakeSnipeIt } from './fake-snipeit';

const MARKER = '_snipeit_dockside_event_7';
const settings = (url: string, over: Partial<ConnectorSettings> = {}): Partial<ConnectorSettings> => ({
  url,
  timeoutMs: 2_000,
  requestsPerMinute: 900,
  statusMap: { received: '5', wiped: '6', 'awaiting-pickup': '7' },
  fieldMap: { marker: MARKER, condition: '_snipeit_condition_8', technician: '_snipeit_technician_9' },
  conflictStatuses: ['Lost/Stolen'],
  ...over,
});
const fast = { backoff: { baseMs: 10, capMs: 100, maxRetryAfterMs: 2_000 }, pollMs: 100, pullEveryMs: 0 };

describe('Snipe-IT connector against its contract fake', () => {
  let snipe: FakeSnipeIt;
  let f: SyncFixture;
  const open = async (limit = 20) => {
    snipe = await startFakeSnipeIt({ token: 'snipe-token', limit, windowMs: 1_000 });
    f = await syncFixture({ clock: systemClock, timers: systemTimers, builders: DEFAULT_BUILDERS, env: { DOCKSIDE_TOKEN_SNIPE: 'snipe-token' } });
  };
  const checkedOut = (tags: readonly string[]) =>
    tags.map((tag, i) => snipe.addHardware({ asset_tag: tag, serial: `SNSI${i + 1}`, model: 'Latitude 7440', manufacturer: 'Dell', status_id: 2, assigned_to: 'Ana Lima' }));
  afterEach(async () => {
    f.close();
    await snipe.close();
  });

  it('checks devices in, audits them, sets status and fields, each event once, paced under the limit', { timeout: 60_000 }, async () => {
    await open();
    const remote = checkedOut(['SI-000001', 'SI-000002', 'SI-000003']);
    const assets = await receiveDevices(f, 'SI', 3);
    await f.addConnector('snipe', settings(snipe.url), 'snipeit');
    const report = await f.worker(realDrivers(f.signer.stationId), fast).runOnce();
    expect(report.delivered).toBe(12);
    expect(snipe.stats.throttled).toBe(0);
    remote.forEach((h, i) => {
      const last = f.db.prepare('SELECT seq FROM custody_events WHERE asset_id = ? ORDER BY seq DESC LIMIT 1').get(assets[i]) as { seq: number };
      expect(h).toMatchObject({ assigned_to: null, status_id: 5, custom: { [MARKER]: `${f.signer.stationId}:${last.seq}`, _snipeit_condition_8: 'F3/C5', _snipeit_technician_9: 'SUP-1' } });
      const mine = snipe.effects.filter((e) => e.assetId === h.id);
      expect(mine.map((e) => e.action)).toEqual(['update', 'checkin', 'update', 'audit', 'update', 'update']);
      expect(mine.find((e) => e.action === 'audit')?.note).toMatch(/^Dockside received at Main site by SUP-1 \(event [0-9a-f-]{36}\)$/);
    });
    const refs = f.db.prepare("SELECT DISTINCT remote_ref FROM sync_delivered WHERE connector_id = 'snipe' ORDER BY remote_ref").all() as { remote_ref: string }[];
    expect(refs.map((r) => r.remote_ref)).toEqual(remote.map((h) => `hardware/${h.id}`));

    const replay = f.db.prepare('SELECT id AS eventId, seq, asset_id AS assetId FROM custody_events ORDER BY seq').all() as { eventId: string; seq: number; assetId: string }[];
    const connector = realDrivers(f.signer.stationId)({ ...getConnectorRow(f.db, 'snipe'), updatedAt: 'replay' }, 'snipe-token')!;
    const before = snipe.effects.length;
    const results = await connector.deliver(loadItems(f.db, replay.map((r) => ({ ...r, attempts: 0, override: false }))), new AbortController().signal);
    expect(results.every((r) => r.kind === 'delivered')).toBe(true);
    expect(snipe.effects).toHaveLength(before);
  });

  it('reads refusals inside HTTP 200 and dead-letters them in Snipe-IT\u2019s words; a missing asset is never a delete', async () => {
    await open();
    checkedOut(['SI-000001']);
    await receiveDevices(f, 'SI', 2);
    await f.addConnector('snipe', settings(snipe.url, { statusMap: { received: '999' } }), 'snipeit');
    await f.worker(realDrivers(f.signer.stationId), fast).runOnce();
    const problems = await f.call('sync.problems', { connectorId: 'snipe' });
    expect(problems.map((p) => [p.assetLabel, p.eventType, p.serverReason])).toEqual([
      ['SI-000001', 'received', 'Snipe-IT refused the update: status_id: The selected status id is invalid.'],
      ['SI-000002', 'asset_registered', 'Snipe-IT has no asset with tag SI-000002 or serial SNSI2. Create it in Snipe-IT (or fix the tag or serial here), then retry.'],
    ]);
    expect(count(f.db, 'SELECT count(*) AS n FROM assets')).toBe(2);
    expect(count(f.db, "SELECT count(*) AS n FROM sync_deliveries WHERE state = 'pending'")).toBe(5);
  });

  it('backs off on 429 with Retry-After when driven faster than the limit: no check-in or audit twice, updates only repeat the same values', { timeout: 60_000 }, async () => {
    await open(6);
    const remote = checkedOut(['SI-000001', 'SI-000002', 'SI-000003', 'SI-000004']);
    await receiveDevices(f, 'SI', 4);
    await f.addConnector('snipe', settings(snipe.url, { requestsPerMinute: 100_000 }), 'snipeit');
    const worker = f.worker(realDrivers(f.signer.stationId), fast);
    worker.start();
    try {
      await waitUntil(() => count(f.db, 'SELECT count(*) AS n FROM sync_deliveries') === 0, 50_000, () => `${count(f.db, 'SELECT count(*) AS n FROM sync_deliveries')} left`);
    } finally {
      await worker.stop();
    }
    expect(snipe.stats.throttled).toBeGreaterThan(0);
    for (const h of remote) {
      const mine = snipe.effects.filter((e) => e.assetId === h.id);
      expect(mine.filter((e) => e.action === 'checkin')).toHaveLength(1);
      expect(mine.filter((e) => e.action === 'audit')).toHaveLength(1);
      const updates = new Set(mine.filter((e) => e.action === 'update').map((e) => JSON.stringify(e.changes)));
      expect(updates.size).toBe(4);
      expect(h).toMatchObject({ assigned_to: null, status_id: 5, custom: { _snipeit_condition_8: 'F3/C5' } });
    }
  });

  it('holds an event as a conflict when Snipe-IT marks the asset stolen, showing both sides', async () => {
    await open();
    const [h] = checkedOut(['SI-000001']);
    h!.status_id = 3;
    await receiveDevices(f, 'SI', 1);
    await f.addConnector('snipe', settings(snipe.url), 'snipeit');
    const worker = f.worker(realDrivers(f.signer.stationId), fast);
    await worker.runOnce();
    const [problem] = await f.call('sync.problems', { connectorId: null });
    expect(problem).toMatchObject({ kind: 'conflict', eventType: 'asset_registered', serverReason: 'In Snipe-IT this asset is marked "Lost/Stolen".', theirs: { status: 'Lost/Stolen', assignedTo: 'Ana Lima' } });
    expect(snipe.effects).toEqual([]);
    await f.call('sync.resolveConflict', { connectorId: 'snipe', eventId: problem!.eventId, decision: 'apply-ours', note: 'Device is on our dock' });
    await worker.runOnce();
    expect(snipe.effects.map((e) => e.action)).toEqual(['update']);
    const [next] = await f.call('sync.problems', { connectorId: null });
    expect(next).toMatchObject({ kind: 'conflict', eventType: 'received' });
  });

  it('pauses on a revoked token, tests the connection in words, and pulls assets for offline lookups', async () => {
    await open();
    checkedOut(['SI-000001']);
    snipe.addHardware({ asset_tag: 'SI-900001', serial: 'PULL1', model: 'iPhone 15', manufacturer: 'Apple', status_id: 1, assigned_to: 'Bo Chen' });
    await receiveDevices(f, 'SI', 1);
    await f.addConnector('snipe', settings(snipe.url), 'snipeit');
    expect(await f.call('sync.testConnection', { connectorId: 'snipe' })).toEqual({ ok: true, words: 'Snipe-IT answered and accepted the token (2 assets).' });
    snipe.token = 'rotated';
    expect((await f.call('sync.testConnection', { connectorId: 'snipe' })).words).toMatch(/^The server refused the token \(401 Unauthorized\)/);
    const worker = f.worker(realDrivers(f.signer.stationId), fast);
    expect((await worker.runOnce()).paused).toEqual(['snipe']);
    expect((await f.call('sync.status', {})).connectors[0]).toMatchObject({ state: 'paused', waiting: 4 });
    await f.call('sync.setToken', { connectorId: 'snipe', token: 'rotated' });
    await worker.runOnce();
    expect(count(f.db, 'SELECT count(*) AS n FROM sync_deliveries')).toBe(0);
    const pulled = f.db.prepare("SELECT asset_tag, serial, model, custodian, central_status, central_id FROM assets WHERE central_source = 'snipe' ORDER BY asset_tag").all();
    expect(pulled).toEqual([
      { asset_tag: 'SI-000001', serial: 'SNSI1', model: 'Latitude 7440', custodian: 'Ana Lima', central_status: 'Received at dock', central_id: '101' },
      { asset_tag: 'SI-900001', serial: 'PULL1', model: 'iPhone 15', custodian: 'Bo Chen', central_status: 'Ready to Deploy', central_id: '102' },
    ]);
    const lookup = await f.call('receiving.lookup', { raw: 'SI-900001', source: 'wedge', batchId: (await f.call('receiving.startBatch', {})).batchId });
    expect(lookup).toMatchObject({ kind: 'known', asset: { assetTag: 'SI-900001', custodian: 'Bo Chen' } });
    expect(eventIds(f.db)).toHaveLength(4);
  });
});
