import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkProjections } from '../../electron/cli/check-projections';
import { readState, replayState } from '../../electron/services/custody/projection-store';
import { removeFixture, type CoreFixture } from '../support/core-fixture';
import { custodyScenario, type CustodyScenario } from '../support/custody-scenario';

describe("an asset's current state is the projection of its events", () => {
  let s: CustodyScenario;
  beforeEach(async () => {
    s = await custodyScenario();
  });
  afterEach(() => removeFixture(s.fixture));

  const id = (tag: string) => s.assets[tag] ?? '';
  const everyAssetMatches = (f: CoreFixture) => {
    for (const assetId of Object.values(s.assets)) expect(readState(f.db, assetId)).toEqual(replayState(f.db, assetId));
    expect(checkProjections(f.db)).toEqual({ checked: 4, mismatchedAssets: 0, mismatches: [] });
  };

  it('follows each event: registered, received at the dock, graded, re-graded, noted', async () => {
    const f = s.fixture;
    expect(readState(f.db, id('IT-000104'))).toMatchObject({ status: 'expected', custodian: 'Person 3', condition: null, location: null, eventCount: 1 });
    expect(readState(f.db, id('IT-000102'))).toMatchObject({ status: 'received', custodian: null, location: 'Receiving dock', condition: null, eventCount: 2 });
    expect(readState(f.db, id('IT-000101'))).toMatchObject({ status: 'received', condition: 'F3/C5', eventCount: 4 });
    f.clock.advance(60_000);
    await f.call('assets.grade', { assetId: id('IT-000101'), condition: { scheme: 'r2v3-rec', functional: 'NF', cosmetic: 'C2' }, damage: ['NO_POWER'], accessories: [], note: '' });
    expect(readState(f.db, id('IT-000101'))).toMatchObject({ condition: 'NF/C2', eventCount: 5, lastEventAt: f.clock.now().toISOString() });
    everyAssetMatches(f);
  });

  it('is the same after a restart as the replay of the events', async () => {
    const restarted = s.fixture.restart();
    everyAssetMatches(restarted);
    restarted.close();
  });

  it('a stored state edited behind the log is caught by replaying the events', () => {
    s.fixture.db.prepare("UPDATE assets SET status = 'disposed', event_count = 9 WHERE id = ?").run(id('IT-000102'));
    expect(checkProjections(s.fixture.db)).toEqual({
      checked: 4,
      mismatchedAssets: 1,
      mismatches: [
        { assetId: id('IT-000102'), label: 'IT-000102', field: 'status', stored: 'disposed', replayed: 'received' },
        { assetId: id('IT-000102'), label: 'IT-000102', field: 'eventCount', stored: 9, replayed: 2 },
      ],
    });
  });
});
