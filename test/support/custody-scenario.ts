import type { EventType } from '../../shared/domain/events';
import { signedInFixture, type CoreFixture } from './core-fixture';

/** One event of the scenario, as the log holds it. */
export interface ScenarioEvent {
  readonly seq: number;
  readonly id: string;
  readonly type: EventType;
  readonly tag: string;
}

export interface CustodyScenario {
  readonly fixture: CoreFixture;
  /** Asset ids by asset tag. */
  readonly assets: Readonly<Record<string, string>>;
  /** Every event in log order (seq 1..n). */
  readonly events: readonly ScenarioEvent[];
  /** The event at a given seq; fails the test if there is none. */
  at(seq: number): ScenarioEvent;
}

export const SCENARIO_TAGS = ['IT-000101', 'IT-000102', 'IT-000103', 'IT-000104'] as const;

/**
 * A small, known custody log written through the real core:
 *  1-4 register IT-000101..104 · 5 received 101 · 6 graded 101 · 7 received 102 · 8 note on 101 · 9 received 103 · 10 graded 103.
 */
export async function custodyScenario(): Promise<CustodyScenario> {
  const f = await signedInFixture();
  const assets: Record<string, string> = {};
  for (const [i, tag] of SCENARIO_TAGS.entries()) {
    const asset = await f.call('assets.register', { assetTag: tag, serial: `SN-SCEN-${i}`, make: 'Dell', model: 'Latitude 7440', assetClass: 'laptop', custodian: `Person ${i}` });
    assets[tag] = asset.id;
  }
  const batch = await f.call('receiving.startBatch', {});
  const receive = (tag: string, graded: boolean) =>
    f.call('receiving.receive', {
      batchId: batch.batchId,
      assetId: assets[tag] ?? '',
      source: 'wedge',
      scanned: tag,
      condition: graded ? { scheme: 'r2v3-rec', functional: 'F3', cosmetic: 'C5' } : null,
      damage: graded ? ['HINGE'] : [],
      accessories: graded ? ['CHARGER'] : [],
      note: '',
    });
  await receive('IT-000101', true);
  await receive('IT-000102', false);
  await f.call('assets.note', { assetId: assets['IT-000101'] ?? '', text: 'Battery swollen, set aside' });
  await receive('IT-000103', true);
  const tagOf = new Map(Object.entries(assets).map(([tag, id]) => [id, tag]));
  const rows = f.db.prepare('SELECT seq, id, type, asset_id AS assetId FROM custody_events ORDER BY seq').all() as {
    seq: number;
    id: string;
    type: EventType;
    assetId: string;
  }[];
  const events = rows.map((r) => ({ seq: r.seq, id: r.id, type: r.type, tag: tagOf.get(r.assetId) ?? '?' }));
  return {
    fixture: f,
    assets,
    events,
    at(seq) {
      const event = events.find((e) => e.seq === seq);
      if (event === undefined) throw new Error(`scenario has no event ${seq}`);
      return event;
    },
  };
}
