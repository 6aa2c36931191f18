import { afterEach, describe, expect, it } from 'vitest';
import { resumeConnector } from '../../electron/sync/store/connector-store';
import { delivered, scriptedConnector } from './support/scripted-connector';
import { fakeTime } from './support/fake-time';
import { count, fixedConnectors, syncFixture, type SyncFixture } from './support/sync-fixture';

describe('a supervisor changes a connector while a backlog drains', () => {
  let f: SyncFixture;
  const open = async () => {
    const time = fakeTime();
    f = await syncFixture({ clock: time, timers: time, builders: {}, env: { DOCKSIDE_TOKEN_HOOK: 'first-token' } });
  };
  afterEach(() => f.close());

  it('switching it off stops the drain at the next batch: nothing more is sent with the old settings', async () => {
    await open();
    for (let i = 1; i <= 5; i += 1) await f.assetWithEvents(`IT-00000${i}`, 1);
    await f.addConnector('hook');
    const hook = scriptedConnector('hook', 1, () => delivered);
    hook.script = () => {
      if (hook.calls.length === 2) void f.call('sync.saveConnector', { id: 'hook', kind: 'webhook', name: 'Hook', enabled: false, settings: { url: 'http://127.0.0.1:9/hook' }, backfill: false });
      return delivered;
    };
    await f.worker(fixedConnectors({ hook })).runOnce();
    expect(hook.calls).toHaveLength(2);
    expect(count(f.db, "SELECT count(*) AS n FROM sync_deliveries WHERE connector_id = 'hook'")).toBe(8);
  });

  it('a refusal of the old token that arrives after a new token was set does not pause the connector', async () => {
    await open();
    await f.assetWithEvents('IT-000001', 1);
    await f.addConnector('hook');
    const hook = scriptedConnector('hook', 1, () => delivered);
    hook.script = () => {
      // While the old token's call is on the wire, a supervisor sets a new one (as sync.setToken does).
      f.secrets.set('hook', 'second-token');
      resumeConnector(f.db, 'hook', new Date(Date.now() + 60_000));
      return { kind: 'auth', reason: '401 Unauthorized' };
    };
    await f.worker(fixedConnectors({ hook })).runOnce();
    const row = f.db.prepare("SELECT paused_reason FROM sync_connectors WHERE id = 'hook'").get() as { paused_reason: string | null };
    expect(row.paused_reason).toBeNull();
  });

  it('a new address drops the token: it is never sent to a server it was not given for', async () => {
    await open();
    await f.addConnector('hook', { url: 'https://itam.example.com/hook' });
    expect((await f.call('sync.connectors', {}))[0]?.hasToken).toBe(true);
    await f.addConnector('hook', { url: 'https://itam.example.com/hook' });
    expect((await f.call('sync.connectors', {}))[0]?.hasToken).toBe(true);
    await f.addConnector('hook', { url: 'https://elsewhere.example.net/hook' });
    expect((await f.call('sync.connectors', {}))[0]?.hasToken).toBe(false);
    expect(f.secrets.get('hook')).toBeNull();
  });

  it('plain http is refused for any server but this computer', async () => {
    await open();
    const save = (url: string) =>
      f.core.invoke('sync.saveConnector', { id: 'hook', kind: 'webhook', name: 'Hook', enabled: true, settings: { url }, backfill: true });
    const refused = await save('http://itam.example.com/hook');
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(JSON.stringify(refused)).toContain('starting with https://');
    expect(await save('https://user:pw@itam.example.com/hook')).toMatchObject({ ok: false });
    expect(await save('http://localhost:8080/hook')).toMatchObject({ ok: true });
    expect(await save('http://127.0.0.1:8080/hook')).toMatchObject({ ok: true });
  });

  it('the waiting list shows each event still to go, oldest first, with its tries and last error', async () => {
    await open();
    for (let i = 1; i <= 3; i += 1) await f.assetWithEvents(`IT-00000${i}`, 1);
    await f.addConnector('hook');
    const hook = scriptedConnector('hook', 1, () => ({ kind: 'retry', reason: '503 Service Unavailable', retryAfterMs: null }));
    await f.worker(fixedConnectors({ hook })).runOnce();
    const waiting = await f.call('sync.waiting', { connectorId: 'hook', limit: 2 });
    expect(waiting.total).toBe(6);
    expect(waiting.items).toHaveLength(2);
    expect(waiting.items[0]).toMatchObject({ assetLabel: 'IT-000001', eventType: 'asset_registered', attempts: 1, lastError: '503 Service Unavailable' });
    expect(waiting.items[0]?.nextAttemptAt).not.toBeNull();
    expect(waiting.items[1]).toMatchObject({ assetLabel: 'IT-000001', attempts: 0, lastError: null });
  });

  it('removing a connector mid-backlog stops its drain, says what will never reach it, and keeps the delivered log', async () => {
    await open();
    for (let i = 1; i <= 5; i += 1) await f.assetWithEvents(`IT-00000${i}`, 1);
    await f.addConnector('hook');
    const hook = scriptedConnector('hook', 1, () => delivered);
    const removals: { undelivered: number }[] = [];
    hook.script = () => {
      if (hook.calls.length === 3) void f.call('sync.removeConnector', { connectorId: 'hook' }).then((r) => removals.push(r));
      return delivered;
    };
    await f.worker(fixedConnectors({ hook })).runOnce();
    expect(hook.calls).toHaveLength(3);
    expect(removals).toEqual([{ connectorId: 'hook', undelivered: 8 }]);
    expect(await f.call('sync.connectors', {})).toEqual([]);
    expect(f.secrets.get('hook')).toBeNull();
    expect(count(f.db, "SELECT count(*) AS n FROM sync_deliveries WHERE connector_id = 'hook'")).toBe(0);
    expect(count(f.db, "SELECT count(*) AS n FROM sync_delivered WHERE connector_id = 'hook'")).toBe(3);
    expect((await f.call('sync.status', {})).connectors).toEqual([]);
  });
});
