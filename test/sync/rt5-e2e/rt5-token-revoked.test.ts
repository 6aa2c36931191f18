import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RT5_DEFAULTS } from '../../../shared/domain/sync-config';
import { rtDesk } from '../../support/rt5/rt-desk';
import { useRt5Server } from '../../support/rt5/use-rt5-server';
import { count } from '../support/sync-fixture';
import { waitUntil } from '../support/wait-until';
import { recordLifecycleBacklog } from './support/lifecycle-backlog';
import { effectsInRt, expectedEffects, fieldIdsOf, localEvents } from './support/rt-effects';
import { rt5Station, saveRt5, type Rt5Station } from './support/rt5-station';

const DEVICES = 20;
const STEPS = ['asset_registered', 'received', 'condition_recorded', 'wipe_completed'] as const;

describe('a token revoked in the real Request Tracker 5 while the worker is sending', () => {
  const rt = useRt5Server();
  let station: Rt5Station;
  beforeEach(async () => {
    station = await rt5Station({ worker: { pollMs: 150 } });
  });
  afterEach(async () => {
    await station.worker.stop();
    station.close();
  });

  it('pauses the connector, says so in words, and resumes with the new token set through sync.setToken, losing nothing', { timeout: 90_000 }, async () => {
    const { f, worker } = station;
    const assetIds = recordLifecycleBacklog(station.deps, 'TOK', DEVICES, STEPS);
    const total = DEVICES * STEPS.length;
    await saveRt5(f, 'rt', { url: rt().restUrl });
    const revoked = await rt().mintToken('root');
    await f.call('sync.setToken', { connectorId: 'rt', token: revoked });
    const delivered = () => count(f.db, 'SELECT count(*) AS n FROM sync_delivered');
    const paused = () => (f.db.prepare("SELECT paused_reason FROM sync_connectors WHERE id = 'rt'").get() as { paused_reason: string | null }).paused_reason !== null;

    worker.start();
    await waitUntil(() => delivered() >= 5, 30_000, () => `${delivered()} delivered`);
    expect(await rt().revokeToken(revoked)).toBe('revoked');
    await waitUntil(paused, 30_000, () => `not paused, ${delivered()} delivered`);

    const deliveredWhilePaused = delivered();
    expect(deliveredWhilePaused).toBeLessThan(total);
    const status = await f.call('sync.status', {});
    const rtStatus = status.connectors[0];
    expect(rtStatus).toMatchObject({ state: 'paused', waiting: total - deliveredWhilePaused, deadLetters: 0, conflicts: 0 });
    expect(rtStatus?.words).toBe(
      `Paused: the server refused the token. Request Tracker: The server refused the token (401 Unauthorized). Set a new token. The server said: Unauthorized. Nothing is sent until a supervisor enters a new token.`,
    );
    expect(status.words).toBe(`Request Tracker (rt): ${rtStatus?.words ?? ''}`);
    expect((await f.call('sync.connectors', {}))[0]).toMatchObject({ hasToken: true, pausedReason: expect.stringContaining('401 Unauthorized') });
    // Paused means paused: the worker's timer keeps running, nothing more is sent with the refused token.
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(delivered()).toBe(deliveredWhilePaused);

    const renewed = await f.call('sync.setToken', { connectorId: 'rt', token: await rt().mintToken('root') });
    expect(renewed).toMatchObject({ hasToken: true, pausedReason: null });
    await waitUntil(() => delivered() === total, 30_000, () => `${delivered()} of ${total} delivered`);
    await worker.stop();

    expect(count(f.db, 'SELECT count(*) AS n FROM sync_deliveries')).toBe(0);
    expect(await f.call('sync.status', {})).toMatchObject({ waiting: 0, deadLetters: 0, words: 'Up to date.' });
    const desk = rtDesk(rt().restUrl, rt().rootToken);
    const fields = await fieldIdsOf(desk, [RT5_DEFAULTS.fields.marker, RT5_DEFAULTS.fields.condition]);
    for (const assetId of assetIds) {
      const serial = (f.db.prepare('SELECT serial FROM assets WHERE id = ?').get(assetId) as { serial: string }).serial;
      const seen = await effectsInRt(desk, fields, serial, f.signer.stationId);
      const expected = expectedEffects(localEvents(f.db, assetId));
      expect({ serial, rtIds: seen.rtIds.length, applied: seen.applied, statusMoves: seen.statusMoves, graded: seen.fieldChanges[RT5_DEFAULTS.fields.condition] }).toEqual({
        serial,
        rtIds: 1,
        ...expected,
        graded: 1,
      });
    }
  });
});
