import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../electron/services/core';
import { verifyDatabase } from '../../electron/services/custody/verify-db';
import type { StationSigner } from '../../electron/services/station/signer';
import { uuidIds } from '../../electron/services/system';
import { expectFailure, removeFixture } from '../support/core-fixture';
import { custodyScenario, type CustodyScenario } from '../support/custody-scenario';

interface Counts {
  events: number;
  outbox: number;
  batchItems: number;
  eventsWithoutOutbox: number;
}

/** A station signer that fails on its n-th signature, like a crash between two writes of one receive. */
function signerFailingAt(real: StationSigner, failingCall: number): StationSigner {
  let calls = 0;
  return {
    stationId: real.stationId,
    publicKey: real.publicKey,
    sign(hash) {
      calls += 1;
      if (calls === failingCall) throw new Error('simulated fault in the middle of a receive');
      return real.sign(hash);
    },
  };
}

describe('the outbox row is written in the same transaction as its event', () => {
  let s: CustodyScenario;
  beforeEach(async () => {
    s = await custodyScenario();
    await s.fixture.call('assets.register', { assetTag: 'IT-000199', serial: 'SN-FAULT-1', assetClass: 'laptop', custodian: 'Zoe Fault' });
  });
  afterEach(() => removeFixture(s.fixture));

  const counts = (): Counts =>
    s.fixture.db
      .prepare(
        `SELECT (SELECT count(*) FROM custody_events) AS events, (SELECT count(*) FROM outbox) AS outbox,
                (SELECT count(*) FROM receiving_batch_items) AS batchItems,
                (SELECT count(*) FROM custody_events e LEFT JOIN outbox o ON o.event_id = e.id WHERE o.event_id IS NULL) AS eventsWithoutOutbox`,
      )
      .get() as Counts;
  const assetId = async () => {
    const found = await s.fixture.call('assets.search', { query: 'IT-000199', limit: 1 });
    return found[0]?.id ?? '';
  };
  const receiveInput = async (core: Core) => {
    const batch = await core.invoke('receiving.startBatch', {});
    if (!batch.ok) throw new Error(batch.error.code);
    return {
      batchId: batch.value.batchId,
      assetId: await assetId(),
      source: 'wedge' as const,
      scanned: 'IT-000199',
      condition: { scheme: 'r2v3-rec' as const, functional: 'F2', cosmetic: 'C4' },
      damage: [],
      accessories: ['CHARGER'],
      note: 'dent on lid',
    };
  };

  it('gives every event exactly one outbox row, in log order', () => {
    const rows = s.fixture.db.prepare('SELECT e.seq, o.seq AS outboxSeq, o.asset_id = e.asset_id AS sameAsset FROM custody_events e JOIN outbox o ON o.event_id = e.id ORDER BY e.seq').all();
    expect(counts()).toMatchObject({ events: 11, outbox: 11, eventsWithoutOutbox: 0 });
    expect(rows).toEqual(Array.from({ length: 11 }, (_, i) => ({ seq: i + 1, outboxSeq: i + 1, sameAsset: 1 })));
  });

  it('a fault between the two events of a receive leaves neither event, nor outbox row, nor batch item', async () => {
    const faulty = createCore({ db: s.fixture.db, clock: s.fixture.clock, ids: uuidIds, signer: signerFailingAt(s.fixture.signer, 2) });
    await faulty.invoke('auth.signIn', { technicianId: 'SUP-1', pin: '4321' });
    const input = await receiveInput(faulty);
    const before = counts();
    const stateBefore = (await s.fixture.call('assets.detail', { assetId: input.assetId })).asset.state;

    expect(expectFailure(await faulty.invoke('receiving.receive', input))).toBe('INTERNAL');

    expect(counts()).toEqual(before);
    expect((await s.fixture.call('assets.detail', { assetId: input.assetId })).asset.state).toEqual(stateBefore);
    expect(verifyDatabase(s.fixture.db, { kind: 'log' })).toMatchObject({ ok: true, checked: before.events });
    const retried = await faulty.invoke('receiving.receive', input);
    expect(retried.ok && retried.value.eventIds).toHaveLength(2);
    expect(counts()).toEqual({ events: before.events + 2, outbox: before.outbox + 2, batchItems: before.batchItems + 1, eventsWithoutOutbox: 0 });
  });

  it('a database fault after both events and their outbox rows rolls all of them back', async () => {
    const input = await receiveInput(s.fixture.core);
    const before = counts();
    s.fixture.db.exec("CREATE TEMP TRIGGER fail_batch_item BEFORE INSERT ON receiving_batch_items BEGIN SELECT RAISE(ABORT, 'simulated fault'); END");

    expect(expectFailure(await s.fixture.core.invoke('receiving.receive', input))).toBe('INTERNAL');

    expect(counts()).toEqual(before);
    s.fixture.db.exec('DROP TRIGGER temp.fail_batch_item');
    const retried = await s.fixture.call('receiving.receive', input);
    expect(retried.asset.state).toMatchObject({ status: 'received', condition: 'F2/C4' });
    expect(counts()).toMatchObject({ events: before.events + 2, outbox: before.outbox + 2, eventsWithoutOutbox: 0 });
    expect(verifyDatabase(s.fixture.db, { kind: 'log' }).ok).toBe(true);
  });
});
