import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { watchOnline } from '../../electron/sync/runtime/online-watch';
import { fakeTime } from './support/fake-time';
import { syncFixture, type SyncFixture } from './support/sync-fixture';

describe('connector settings', () => {
  let f: SyncFixture;
  beforeEach(async () => {
    const time = fakeTime();
    f = await syncFixture({ clock: time, timers: time, builders: {} });
  });
  afterEach(() => f.close());

  const save = (input: Record<string, unknown>) =>
    f.core.dispatch('sync.saveConnector', { id: 'snipe', kind: 'snipeit', name: 'Snipe-IT', enabled: true, backfill: false, ...input });

  it('saves URL, name, kind and mappings, lists them back without any token, and keeps the kind', async () => {
    const settings = { url: 'https://snipe.example.com', statusMap: { received: '5', wiped: '6' }, fieldMap: { marker: '_snipeit_dockside_event_7' }, requestsPerMinute: 120 };
    expect((await save({ settings })).ok).toBe(true);
    const [listed] = await f.call('sync.connectors', {});
    expect(listed).toMatchObject({ id: 'snipe', kind: 'snipeit', enabled: true, hasToken: false, settings: { ...settings, timeoutMs: 15_000, maxBatch: 1, conflictStatuses: [] } });
    expect(await save({ kind: 'webhook', settings })).toMatchObject({ ok: false, error: { code: 'SYNC_KIND_CHANGED' } });
  });

  it('refuses a bad address, an unknown status or field in a mapping, and an ID unfit for an environment variable', async () => {
    const refused = async (input: Record<string, unknown>) => {
      const result = await save(input);
      return result.ok ? 'accepted' : result.error.code;
    };
    expect(await refused({ settings: { url: 'ftp://snipe.example.com' } })).toBe('INVALID_INPUT');
    expect(await refused({ settings: { url: 'https://admin:pw@snipe.example.com' } })).toBe('INVALID_INPUT');
    expect(await refused({ settings: { url: 'https://snipe.example.com', statusMap: { shredded: '9' } } })).toBe('INVALID_INPUT');
    expect(await refused({ settings: { url: 'https://snipe.example.com', fieldMap: { password: 'x' } } })).toBe('INVALID_INPUT');
    expect(await refused({ settings: { url: 'https://snipe.example.com', token: 'no secrets here' } })).toBe('INVALID_INPUT');
    expect(await refused({ id: 'Snipe IT!', settings: { url: 'https://snipe.example.com' } })).toBe('INVALID_INPUT');
    expect(await f.call('sync.connectors', {})).toEqual([]);
  });

  it('answers in words when the connector does not exist', async () => {
    const result = await f.core.invoke('sync.setToken', { connectorId: 'nope', token: 'x' });
    expect(result).toMatchObject({ ok: false, error: { code: 'SYNC_CONNECTOR_NOT_FOUND' } });
  });
});

describe('network watch', () => {
  it('calls back once each time the network comes back, not while it stays up or down', () => {
    const time = fakeTime();
    const states = [true, false, false, true, true, false, true];
    let backs = 0;
    const stop = watchOnline(() => states.shift() ?? true, time, 5_000, () => {
      backs += 1;
    });
    time.advance(5_000 * 7);
    expect(backs).toBe(2);
    stop();
    expect(time.pending()).toBe(0);
  });
});
