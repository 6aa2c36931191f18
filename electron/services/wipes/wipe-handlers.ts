import { who, type CoreEnv, type HandlerMap } from '../handler-types';
import { addMedium } from './add-medium';
import { wipeAssetView } from './asset-view';
import { queuePage } from './queue-query';
import { writeWipeRecord } from './record-wipe';
import { checkSecondPerson } from './second-person';
import { startWipe } from './start-wipe';
import { storedRecord } from './store/record-store';
import { validateWipe } from './validate-wipe';
import { lookupForWipe } from './wipe-lookup';

type WipeHandlers = Pick<
  HandlerMap,
  'wipes.queue' | 'wipes.lookup' | 'wipes.asset' | 'wipes.addMedium' | 'wipes.start' | 'wipes.record' | 'wipes.validate'
>;

/** The wipe queue and the wipe form: media, started wipes, records, second-person validation. */
export function wipeHandlers(env: CoreEnv) {
  const { db, clock } = env;
  const view = (assetId: string) => wipeAssetView(db, assetId, clock.now());
  return {
    'wipes.queue': (input) => queuePage(db, input.offset, input.limit, clock.now()),

    'wipes.lookup': (input) => lookupForWipe(db, input.raw),

    'wipes.asset': (input) => view(input.assetId),

    'wipes.addMedium': (input, ctx) => {
      const session = who(ctx);
      db.transaction(() => addMedium(env, session, input))();
      return view(input.assetId);
    },

    'wipes.start': (input, ctx) => {
      const session = who(ctx);
      db.transaction(() => startWipe(env, session, input))();
      return view(input.assetId);
    },

    'wipes.record': async (input, ctx) => {
      const session = who(ctx);
      const { validator: second, ...record } = input;
      const validator = second === null ? null : await checkSecondPerson(db, second, session.technicianId);
      const written = db.transaction(() => writeWipeRecord(env, session, { ...record, source: { kind: 'manual' } }, validator, null))();
      return { view: view(input.assetId), wipeId: written.wipeId, eventId: written.eventId, assetSanitized: written.assetSanitized, caseClosed: written.caseClosed };
    },

    'wipes.validate': async (input) => {
      const record = storedRecord(db, input.wipeId);
      const validator = await checkSecondPerson(db, input.validator, record.technicianId);
      db.transaction(() => validateWipe(env, input.wipeId, validator))();
      return view(record.assetId);
    },
  } satisfies WipeHandlers;
}
