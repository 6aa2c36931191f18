import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { systemClock } from '../../electron/services/system';
import { DEFAULT_BUILDERS } from '../../electron/sync/connectors/builders';
import { systemTimers } from '../../electron/sync/runtime/timers';
import { getConnectorRow } from '../../electron/sync/store/connector-store';
import { loadItems } from '../../electron/sync/store/delivery-queue';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver';
import { realDrivers } from './support/real-drivers';
import { receiveDevices } from './support/receive-devices';
import { eventIds, syncFixture, type SyncFixture } from './support/sync-fixture';

const fastBackoff = { backoff: { baseMs: 5, capMs: 50, maxRetryAfterMs: 2_000 } };

describe('signed webhook, end to end through the core', () => {
  let receiver: WebhookReceiver;
  let f: SyncFixture;
  beforeEach(async () => {
    receiver = await startWebhookReceiver({ secret: 'whsec-first' });
    f = await syncFixture({ clock: systemClock, timers: systemTimers, builders: DEFAULT_BUILDERS, env: { DOCKSIDE_TOKEN_HOOK: 'whsec-first' } });
  });
  afterEach(async () => {
    f.close();
    await receiver.close();
  });

  it('delivers received devices, one signed POST per event, each applied once in order', async () => {
    await receiveDevices(f, 'WH', 5);
    await f.addConnector('hook', { url: receiver.url });
    const report = await f.worker(realDrivers(f.signer.stationId), fastBackoff).runOnce();
    expect(report.delivered).toBe(20);
    expect(receiver.applied.map((e) => e.eventId)).toEqual(eventIds(f.db));
    expect(receiver.applied.map((e) => e.type).slice(0, 4)).toEqual(['asset_registered', 'received', 'condition_recorded', 'note']);
    expect(receiver.stats).toMatchObject({ requests: 20, badSignatures: 0 });
    expect(receiver.orderViolations).toEqual([]);
    const status = await f.call('sync.status', {});
    expect(status).toMatchObject({ online: true, waiting: 0, words: 'Up to date.' });
    expect(status.lastSuccessAt).not.toBeNull();
    const log = f.db.prepare('SELECT remote_ref FROM sync_delivered ORDER BY rowid LIMIT 1').get() as { remote_ref: string };
    expect(log.remote_ref).toBe('effect/1');
  });

  it('batches when configured, and a repeat of an applied batch changes nothing on the receiver', async () => {
    await receiveDevices(f, 'WB', 12);
    await f.addConnector('hook', { url: receiver.url, maxBatch: 25 });
    const drivers = realDrivers(f.signer.stationId);
    await f.worker(drivers, fastBackoff).runOnce();
    expect(receiver.applied).toHaveLength(48);
    expect(receiver.stats.requests).toBeLessThan(48);
    expect(receiver.orderViolations).toEqual([]);

    const connector = drivers({ ...getConnectorRow(f.db, 'hook'), updatedAt: 'again' }, 'whsec-first')!;
    const events = f.db.prepare('SELECT id AS eventId, seq, asset_id AS assetId FROM custody_events ORDER BY seq LIMIT 3').all() as { eventId: string; seq: number; assetId: string }[];
    const again = await connector.deliver(loadItems(f.db, events.map((e) => ({ ...e, attempts: 0, override: false }))), new AbortController().signal);
    expect(again.map((r) => r.kind)).toEqual(['delivered', 'delivered', 'delivered']);
    expect(receiver.applied).toHaveLength(48);
    expect(receiver.duplicates).toHaveLength(3);
  });

  it('dead-letters an event the receiver refuses, with its reason, and sends it after a retry', async () => {
    const [asset] = await receiveDevices(f, 'WR', 2);
    const refused = eventIds(f.db, asset)[1]!;
    receiver.rejectWhen = (event) => (event.id === refused ? 'location "Receiving dock" is unknown here' : null);
    await f.addConnector('hook', { url: receiver.url, maxBatch: 10 });
    const worker = f.worker(realDrivers(f.signer.stationId), fastBackoff);
    await worker.runOnce();
    expect(receiver.applied).toHaveLength(5);
    const [problem] = await f.call('sync.problems', { connectorId: 'hook' });
    expect(problem).toMatchObject({ kind: 'dead-letter', eventId: refused, serverReason: 'location "Receiving dock" is unknown here', eventType: 'received' });
    receiver.rejectWhen = null;
    await f.call('sync.retry', { connectorId: 'hook', eventId: refused });
    await worker.runOnce();
    expect(receiver.applied.map((e) => e.eventId).sort()).toEqual(eventIds(f.db).sort());
    expect(receiver.orderViolations).toEqual([]);
  });

  it('pauses when the secret is revoked mid-run, says so in words, and resumes with the new one: each event exactly once', async () => {
    await receiveDevices(f, 'WT', 10);
    await f.addConnector('hook', { url: receiver.url });
    receiver.beforeAnswer = async () => {
      if (receiver.applied.length === 15) receiver.setSecret('whsec-rotated');
    };
    const worker = f.worker(realDrivers(f.signer.stationId), fastBackoff);
    const report = await worker.runOnce();
    expect(report.paused).toEqual(['hook']);
    expect(receiver.applied).toHaveLength(15);
    const status = await f.call('sync.status', {});
    expect(status.connectors[0]).toMatchObject({ state: 'paused', waiting: 25 });
    expect(status.words).toContain('Paused: the server refused the token. The server refused the token (401 Unauthorized). Set a new token.');
    await worker.runOnce();
    expect(receiver.applied).toHaveLength(15);

    await f.call('sync.setToken', { connectorId: 'hook', token: 'whsec-rotated' });
    await worker.runOnce();
    expect(receiver.applied.map((e) => e.eventId)).toEqual(eventIds(f.db));
    expect(receiver.duplicates).toEqual([]);
    expect((await f.call('sync.status', {})).connectors[0]).toMatchObject({ state: 'idle', pausedReason: null });
  });

  describe('test connection answers in words', () => {
    let other: Server | null = null;
    afterEach(async () => {
      if (other !== null) await new Promise((resolve) => other?.close(resolve));
      other = null;
    });
    const serve = async (status: number, body: string, type: string) => {
      other = createServer((_req, res) => {
        res.writeHead(status, { 'Content-Type': type });
        res.end(body);
      });
      await new Promise<void>((resolve) => other?.listen(0, '127.0.0.1', resolve));
      return `http://127.0.0.1:${(other.address() as AddressInfo).port}/hook`;
    };
    /** A new address drops the token (it was given for the old one), so each check sets it again, as a supervisor would. */
    const check = async (url: string, token = 'whsec-first') => {
      await f.call('sync.saveConnector', { id: 'hook', kind: 'webhook', name: 'Hook', enabled: true, settings: { url, timeoutMs: 1_000 }, backfill: true });
      f.secrets.set('hook', token);
      return f.call('sync.testConnection', { connectorId: 'hook' });
    };

    it('works, wrong secret, nothing listening, wrong path, not JSON, no such host, too slow', async () => {
      expect(await check(receiver.url)).toMatchObject({ ok: true, words: expect.stringContaining('accepted the signature') });
      expect(receiver.stats.pings).toBe(1);
      expect((await check(receiver.url, 'wrong')).words).toMatch(/^The server refused the token \(401 Unauthorized\)/);
      const closed = await serve(200, '{}', 'application/json');
      await new Promise((resolve) => other?.close(resolve));
      other = null;
      expect((await check(closed)).words).toMatch(/refused the connection: nothing is listening there/);
      expect((await check(receiver.url.replace('/hook', '/nope'))).words).toMatch(/404 Not Found/);
      expect((await check(await serve(200, '<html>login</html>', 'text/html'))).words).toBe(
        'The address answered, but not with JSON: is this the webhook receiver?',
      );
      expect((await check('https://no-such-host.invalid/hook')).words).toMatch(/could not be found \(DNS\)/);
      other = createServer(() => undefined);
      await new Promise<void>((resolve) => other?.listen(0, '127.0.0.1', resolve));
      expect((await check(`http://127.0.0.1:${(other.address() as AddressInfo).port}/hook`)).words).toMatch(/No answer from .* within 1 s/);
      other.closeAllConnections();
    });
  });
});
