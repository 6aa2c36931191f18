import { assetRegisteredPayload } from '../../../shared/domain/events';
import { appendEvent } from '../custody/append';
import { buildEvidence } from '../custody/evidence';
import { verifyDatabase } from '../custody/verify-db';
import { who, type CoreEnv, type HandlerMap } from '../handler-types';
import { readSettings } from '../settings/settings-store';
import { recordCondition } from '../receiving/record-condition';
import { getAsset, insertAsset, searchAssets } from './asset-store';
import { listAssetEvents } from './asset-events';

type AssetHandlers = Pick<
  HandlerMap,
  'assets.register' | 'assets.grade' | 'assets.note' | 'assets.search' | 'assets.detail' | 'custody.verify' | 'custody.exportEvidence'
>;

export function assetHandlers(env: CoreEnv) {
  const { db, clock, ids } = env;
  return {
    'assets.register': (input, ctx) => {
      const session = who(ctx);
      const { site } = readSettings(db);
      return db.transaction(() => {
        const asset = insertAsset(db, ids.next(), input, clock.now());
        const payload = assetRegisteredPayload.parse({
          assetTag: asset.assetTag,
          serial: asset.serial,
          make: asset.make,
          model: asset.model,
          assetClass: asset.assetClass,
          sensitivity: asset.sensitivity,
          custodian: asset.custodian,
        });
        appendEvent(env, { assetId: asset.id, type: 'asset_registered', payload, technicianId: session.technicianId, site });
        return getAsset(db, asset.id);
      })();
    },

    'assets.grade': (input, ctx) => {
      const session = who(ctx);
      return db.transaction(() => {
        getAsset(db, input.assetId);
        const event = recordCondition(env, session, input);
        return { asset: getAsset(db, input.assetId), eventIds: event === null ? [] : [event.id] };
      })();
    },

    'assets.note': (input, ctx) => {
      const session = who(ctx);
      const { site } = readSettings(db);
      return db.transaction(() => {
        getAsset(db, input.assetId);
        const { event } = appendEvent(env, { assetId: input.assetId, type: 'note', payload: { text: input.text }, technicianId: session.technicianId, site });
        return { asset: getAsset(db, input.assetId), eventIds: [event.id] };
      })();
    },

    'assets.search': (input) => searchAssets(db, input.query, input.limit),

    'assets.detail': (input) => ({
      asset: getAsset(db, input.assetId),
      events: listAssetEvents(db, input.assetId),
      verification: verifyDatabase(db, { kind: 'asset', assetId: input.assetId }),
    }),

    'custody.verify': () => verifyDatabase(db, { kind: 'log' }),

    'custody.exportEvidence': (input) => {
      if (input.assetId !== null) getAsset(db, input.assetId);
      return buildEvidence(db, input.assetId, clock.now());
    },
  } satisfies AssetHandlers;
}
