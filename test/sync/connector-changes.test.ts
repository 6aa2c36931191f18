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
});
