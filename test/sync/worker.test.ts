import { afterEach, describe, expect, it } from 'vitest';
import type { DeliveryResult } from '../../electron/sync/connector';
import { delivered, scriptedConnector } from './support/scripted-connector';
import { fakeTime, settle, type FakeTime } from './support/fake-time';
import { count, eventIds, fixedConnectors, syncFixture, type SyncFixture } from './support/sync-fixture';

const retry = (reason = 'Server error 503', retryAfterMs: number | null = null): DeliveryResult => ({ kind: 'retry', reason, retryAfterMs });
const backoff = { baseMs: 1_000, capMs: 8_000, maxRetryAfterMs: 3_600_000 };

describe('sync worker', () => {
  let time: FakeTime;
  let f: SyncFixture;
  const open = async (env: Record<string, string> = { DOCKSIDE_TOKEN_HOOK: 's3cret' }) => {
    time = fakeTime();
    f = await syncFixture({ clock: time, timers: time, builders: { webhook: () => scriptedConnector('x', 1, () => delivered) }, env });
  };
  afterEach(() => f.close());

  it('keeps events in the outbox while no connector is set up, and says so', async () => {
    await open();
    await f.assetWithEvents('IT-000001', 2);
    const report = await f.worker(() => null).runOnce();
    expect(report.delivered).toBe(0);
    expect(count(f.db, 'SELECT count(*) AS n FROM outbox')).toBe(3);
    const status = await f.call('sync.status', {});
    expect(status).toMatchObject({ waiting: 3, unrouted: 3, connectors: [] });
    expect(status.words).toBe('No central system is set up: 3 events wait on this station.');
  });

  it('sends each asset in order, at most one event per asset per batch, in batches up to maxBatch', async () => {
    await open();
    const a = await f.assetWithEvents('IT-000001', 2);
    const b = await f.assetWithEvents('IT-000002', 2);
    const c = await f.assetWithEvents('IT-000003', 2);
    await f.addConnector('hook');
    const hook = scriptedConnector('hook', 2, () => delivered);
    const report = await f.worker(fixedConnectors({ hook }), { backoff }).runOnce();
    expect(report.delivered).toBe(9);
    expect(count(f.db, 'SELECT count(*) AS n FROM outbox')).toBe(0);
    expect(count(f.db, 'SELECT count(*) AS n FROM sync_deliveries')).toBe(0);
    expect(count(f.db, "SELECT count(*) AS n FROM sync_delivered WHERE connector_id = 'hook'")).toBe(9);
    for (const call of hook.calls) {
      expect(call.items.length).toBeLessThanOrEqual(2);
      expect(new Set(call.items.map((i) => i.asset.id)).size).toBe(call.items.length);
    }
    for (const asset of [a, b, c]) expect(hook.applied.filter((id) => eventIds(f.db, asset).includes(id))).toEqual(eventIds(f.db, asset));
  });

  it('holds back an asset behind a failing event without holding back the others, and loses nothing after many failures', async () => {
    await open();
    const a = await f.assetWithEvents('IT-000001', 2);
    const b = await f.assetWithEvents('IT-000002', 2);
    const [firstOfA] = eventIds(f.db, a);
    await f.addConnector('hook');
    const hook = scriptedConnector('hook', 10, (item, attempt) => (item.event.id === firstOfA && attempt <= 40 ? retry() : delivered));
    const worker = f.worker(fixedConnectors({ hook }), { backoff });
    await worker.runOnce();
    expect(hook.applied).toEqual(eventIds(f.db, b));
    for (let i = 0; i < 60 && hook.applied.length < 6; i += 1) {
      time.advance(10_000);
      await worker.runOnce();
    }
    expect(hook.applied.slice(3)).toEqual(eventIds(f.db, a));
    const sentOfA = hook.calls.flatMap((call) => call.eventIds).filter((id) => id !== firstOfA && eventIds(f.db, a).includes(id));
    expect(sentOfA).toEqual(eventIds(f.db, a).slice(1));
    const log = f.db.prepare('SELECT attempts FROM sync_delivered WHERE event_id = ?').get(firstOfA) as { attempts: number };
    expect(log.attempts).toBe(41);
  });

  it('waits with exponential backoff and full jitter up to the cap, and honours Retry-After', async () => {
    await open();
    const a = await f.assetWithEvents('IT-000001', 0);
    await f.addConnector('hook');
    const answers: DeliveryResult[] = [retry(), retry(), retry(), retry(), retry(), retry('429 Too Many Requests', 30_000), delivered];
    const hook = scriptedConnector('hook', 1, (_item, attempt) => answers[attempt - 1] ?? delivered);
    const worker = f.worker(fixedConnectors({ hook }), { backoff });
    const waits: number[] = [];
    const [eventId] = eventIds(f.db, a);
    for (let attempt = 1; attempt <= 6; attempt += 1) {
      await worker.runOnce();
      const row = f.db.prepare('SELECT next_attempt_ms FROM sync_deliveries WHERE event_id = ?').get(eventId) as { next_attempt_ms: number };
      const wait = row.next_attempt_ms - time.now().getTime();
      waits.push(wait);
      time.advance(wait - 1);
      await worker.runOnce();
      expect(hook.calls).toHaveLength(attempt);
      time.advance(1);
    }
    expect(waits).toEqual([500, 1_000, 2_000, 4_000, 4_000, 30_000]);
    await worker.runOnce();
    expect(hook.applied).toEqual([eventId]);
  });

  it('uses a fresh random draw for each wait (full jitter)', async () => {
    await open();
    time = fakeTime();
    const draws = [0.1, 0.9];
    const g = await syncFixture({ clock: time, timers: time, builders: {}, env: { DOCKSIDE_TOKEN_HOOK: 'x' }, random: () => draws.shift() ?? 0 });
    try {
      const a = await g.assetWithEvents('IT-000001', 0);
      await g.addConnector('hook');
      const hook = scriptedConnector('hook', 1, () => retry());
      await g.worker(fixedConnectors({ hook }), { backoff }).runOnce();
      const [eventId] = eventIds(g.db, a);
      const row = g.db.prepare('SELECT next_attempt_ms FROM sync_deliveries WHERE event_id = ?').get(eventId) as { next_attempt_ms: number };
      expect(row.next_attempt_ms - time.now().getTime()).toBe(100);
      const connector = g.db.prepare("SELECT retry_at_ms FROM sync_connectors WHERE id = 'hook'").get() as { retry_at_ms: number };
      expect(connector.retry_at_ms - time.now().getTime()).toBe(900);
    } finally {
      g.close();
    }
  });

  it('abandons a call that does not answer within the timeout and retries it', async () => {
    await open();
    await f.assetWithEvents('IT-000001', 0);
    await f.addConnector('hook');
    const hook = scriptedConnector('hook', 1, (_item, attempt) => (attempt === 1 ? 'hang' : delivered));
    const worker = f.worker(fixedConnectors({ hook }), { backoff, deliverTimeoutMs: 5_000 });
    const pass = worker.runOnce();
    await settle();
    time.advance(5_000);
    const report = await pass;
    expect(report.retried).toBe(1);
    expect(hook.calls[0]?.signal.aborted).toBe(true);
    const status = await f.call('sync.status', {});
    expect(status.connectors[0]).toMatchObject({ state: 'retrying', reachable: false });
    expect(status.connectors[0]?.lastError).toMatch(/No answer within 5 s/);
    time.advance(10_000);
    expect((await worker.runOnce()).delivered).toBe(1);
  });

  it('dead-letters a refused event with the server reason; a supervisor retries it after fixing, or dismisses one with a note', async () => {
    await open();
    const a = await f.assetWithEvents('IT-000001', 1);
    const b = await f.assetWithEvents('IT-000002', 1);
    const [firstOfA] = eventIds(f.db, a);
    const [firstOfB] = eventIds(f.db, b);
    await f.addConnector('hook');
    let fixed = false;
    const hook = scriptedConnector('hook', 5, (item) =>
      (item.event.id === firstOfA && !fixed) || item.event.id === firstOfB ? { kind: 'reject', reason: '422 model_id is required' } : delivered,
    );
    const worker = f.worker(fixedConnectors({ hook }), { backoff });
    await worker.runOnce();
    expect(hook.applied).toEqual([]);
    const problems = await f.call('sync.problems', { connectorId: null });
    expect(problems.map((p) => [p.kind, p.eventId, p.serverReason])).toEqual([
      ['dead-letter', firstOfA, '422 model_id is required'],
      ['dead-letter', firstOfB, '422 model_id is required'],
    ]);
    expect((await f.call('sync.status', {})).words).toMatch(/2 need a supervisor/);
    time.advance(3_600_000);
    await worker.runOnce();
    expect(hook.calls.flatMap((c) => c.eventIds)).toEqual([firstOfA, firstOfB]);

    fixed = true;
    await f.signIn();
    await f.call('sync.retry', { connectorId: 'hook', eventId: firstOfA! });
    await f.call('sync.dismiss', { connectorId: 'hook', eventId: firstOfB!, note: 'Asset was retired centrally; not needed' });
    await worker.runOnce();
    expect([...hook.applied].sort()).toEqual([firstOfA, eventIds(f.db, a)[1], eventIds(f.db, b)[1]].sort());
    expect(hook.applied.indexOf(firstOfA!)).toBeLessThan(hook.applied.indexOf(eventIds(f.db, a)[1]!));
    const audit = await f.call('sync.resolutions', { limit: 10 });
    expect(audit.map((r) => [r.action, r.eventId, r.technicianId])).toEqual([
      ['dismiss', firstOfB, 'SUP-1'],
      ['retry', firstOfA, 'SUP-1'],
    ]);
    expect(audit[0]).toMatchObject({ note: 'Asset was retired centrally; not needed', serverReason: '422 model_id is required' });
    expect(count(f.db, 'SELECT count(*) AS n FROM custody_events')).toBe(4);
  });

  it('lets only supervisors change the queue', async () => {
    await open();
    await f.call('users.add', { technicianId: 'TECH-1', name: 'Toni Tech', role: 'technician', pin: '1111' });
    await f.call('auth.signIn', { technicianId: 'TECH-1', pin: '1111' });
    const attempt = await f.core.invoke('sync.retryAll', { connectorId: null });
    expect(attempt).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect((await f.core.invoke('sync.status', {})).ok).toBe(true);
  });

  it('pauses a connector whose token is refused, says so, and resumes when a new token is set', async () => {
    await open();
    await f.assetWithEvents('IT-000001', 2);
    await f.addConnector('hook');
    let tokenGood = false;
    const hook = scriptedConnector('hook', 1, () => (tokenGood ? delivered : { kind: 'auth', reason: 'The server refused the token (401 Unauthorized).' }));
    const worker = f.worker(fixedConnectors({ hook }), { backoff });
    const report = await worker.runOnce();
    expect(report.paused).toEqual(['hook']);
    expect(hook.calls).toHaveLength(1);
    const status = await f.call('sync.status', {});
    expect(status.connectors[0]).toMatchObject({ state: 'paused', waiting: 3 });
    expect(status.words).toMatch(/Paused: the server refused the token\. The server refused the token \(401 Unauthorized\)\./);
    time.advance(3_600_000);
    await worker.runOnce();
    expect(hook.calls).toHaveLength(1);

    tokenGood = true;
    await f.signIn();
    const wakesBefore = f.wakes.count;
    const config = await f.call('sync.setToken', { connectorId: 'hook', token: 'new-token' });
    expect(config).toMatchObject({ hasToken: true, pausedReason: null });
    expect(JSON.stringify(config)).not.toContain('new-token');
    expect(f.wakes.count).toBe(wakesBefore + 1);
    expect(f.secrets.get('hook')).toBe('new-token');
    expect((await worker.runOnce()).delivered).toBe(3);
    expect((await f.call('sync.status', {})).connectors[0]).toMatchObject({ state: 'idle', words: 'Up to date.' });
  });

  it('holds a conflict for a supervisor with both sides; "apply ours" sends it flagged, "keep theirs" drops it with a note', async () => {
    await open();
    const a = await f.assetWithEvents('IT-000001', 1);
    const b = await f.assetWithEvents('IT-000002', 1);
    await f.addConnector('hook');
    const conflict: DeliveryResult = { kind: 'conflict', reason: 'Marked stolen centrally', remote: { status: 'stolen', custodian: 'Bo Chen' } };
    const hook = scriptedConnector('hook', 5, (item) => (item.overrideConflict === true ? delivered : item.event.type === 'note' ? conflict : delivered));
    const worker = f.worker(fixedConnectors({ hook }), { backoff });
    await worker.runOnce();
    const problems = await f.call('sync.problems', { connectorId: 'hook' });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatchObject({ kind: 'conflict', serverReason: 'Marked stolen centrally', theirs: { status: 'stolen', custodian: 'Bo Chen' }, ours: { event: 'note', text: 'note 1' } });
    const [, noteOfA] = eventIds(f.db, a);
    const [, noteOfB] = eventIds(f.db, b);
    await f.call('sync.resolveConflict', { connectorId: 'hook', eventId: noteOfA!, decision: 'apply-ours', note: 'We hold the device: it was not stolen' });
    await f.call('sync.resolveConflict', { connectorId: 'hook', eventId: noteOfB!, decision: 'keep-theirs', note: 'Central record is right' });
    await worker.runOnce();
    expect(hook.applied).toContain(noteOfA);
    expect(hook.applied).not.toContain(noteOfB);
    expect(hook.calls.at(-1)?.items[0]?.overrideConflict).toBe(true);
    expect(await f.call('sync.problems', { connectorId: null })).toEqual([]);
    expect((await f.call('sync.resolutions', { limit: 5 })).map((r) => r.action)).toEqual(['keep-theirs', 'apply-ours']);
  });

  it('never lets one connector\u2019s trouble block another', async () => {
    await open({ DOCKSIDE_TOKEN_SLOW: 'a', DOCKSIDE_TOKEN_FAST: 'b' });
    await f.assetWithEvents('IT-000001', 3);
    await f.addConnector('slow');
    await f.addConnector('fast');
    const slow = scriptedConnector('slow', 1, () => 'hang');
    const fast = scriptedConnector('fast', 1, () => delivered);
    const pass = f.worker(fixedConnectors({ slow, fast }), { backoff, deliverTimeoutMs: 30_000 }).runOnce();
    await settle();
    expect(fast.applied).toHaveLength(4);
    time.advance(30_000);
    await pass;
    const status = await f.call('sync.status', {});
    expect(status.connectors.map((c) => [c.id, c.state, c.waiting])).toEqual([
      ['fast', 'idle', 0],
      ['slow', 'retrying', 4],
    ]);
  });

  it('asks for a token before sending, sends nothing while the OS says offline, and hands a new connector the history', async () => {
    await open({});
    await f.assetWithEvents('IT-000001', 1);
    await f.addConnector('hook');
    const hook = scriptedConnector('hook', 5, () => delivered);
    let online = false;
    const worker = f.worker(fixedConnectors({ hook }), { backoff }, () => online);
    await worker.runOnce();
    const offline = await f.call('sync.status', {});
    expect(offline.online).toBe(false);
    expect(offline.words).toBe('Offline: 2 events waiting; they go out when the network is back.');
    online = true;
    await worker.runOnce();
    expect(hook.calls).toHaveLength(0);
    expect((await f.call('sync.status', {})).connectors[0]).toMatchObject({ state: 'needs-token' });
    f.secrets.set('hook', 'token');
    await worker.runOnce();
    expect(hook.applied).toEqual(eventIds(f.db));

    f.secrets.set('late', 'token');
    await f.addConnector('late');
    const late = scriptedConnector('late', 5, () => delivered);
    await f.worker(fixedConnectors({ hook, late }), { backoff }).runOnce();
    expect(late.applied).toEqual(eventIds(f.db));
    expect((await f.call('sync.status', {})).online).toBe(true);
  });
});

describe('sync worker loop', () => {
  it('wakes when a command commits events, and on its timer', async () => {
    const time = fakeTime();
    const f = await syncFixture({ clock: time, timers: time, builders: {}, env: { DOCKSIDE_TOKEN_HOOK: 't' } });
    try {
      await f.addConnector('hook');
      const hook = scriptedConnector('hook', 10, () => delivered);
      const worker = f.worker(fixedConnectors({ hook }), { backoff, pollMs: 60_000 });
      const { wakeOnCommit } = await import('../../electron/sync/wake-on-commit');
      const core = wakeOnCommit(f.core, f.db, worker.wake);
      worker.start();
      await settle();
      const asset = await core.invoke('assets.register', { serial: 'SN-WAKE-1', assetClass: 'phone' });
      expect(asset.ok).toBe(true);
      time.advance(0);
      await settle();
      expect(hook.applied).toHaveLength(1);

      await f.call('assets.register', { serial: 'SN-TIMER-1', assetClass: 'phone' });
      time.advance(59_999);
      await settle();
      expect(hook.applied).toHaveLength(1);
      time.advance(1);
      await settle();
      expect(hook.applied).toHaveLength(2);
      await worker.stop();
      expect(time.pending()).toBe(0);
    } finally {
      f.close();
    }
  });
});
