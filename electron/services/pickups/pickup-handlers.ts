import type { PickupsCommandName } from '../../../shared/commands/pickups.names';
import type { CoreOptions } from '../core';
import { who, type CoreEnv, type HandlerMap } from '../handler-types';
import { openContainerIn, sealContainer } from './containers';
import { correctSession } from './correct-session';
import { createSession } from './create-session';
import { importManifest } from './manifest/manifest-import';
import { manifestCsv } from './manifest/manifest-csv';
import { planManifest } from './manifest/manifest-plan';
import { pickupScan } from './pickup-scan';
import { receiptFile } from './receipt/receipt-file';
import { resolveLine } from './resolve-line';
import { listSessions, overview } from './session-list';
import { sessionView } from './session-view';
import { sign, signOff } from './sign-off';
import { stageReady, stageScan } from './staging';
import { checkSupervisor } from './supervisor-check';

/** The pickups commands: staging, sessions and their scan loop, manifests in and out, reconciliation, signatures, sign-off, receipt. */
export function pickupHandlers(env: CoreEnv, options: CoreOptions) {
  const { db, clock, signer } = env;
  return {
    'pickups.overview': () => overview(env),
    'pickups.stageReady': (_input, ctx) => stageReady(env, who(ctx)),
    'pickups.stageScan': (input, ctx) => stageScan(env, who(ctx), input.raw, input.purpose),
    'pickups.create': (input, ctx) => createSession(env, who(ctx), input.vendorId, input.fromStaged),
    'pickups.session': (input) => sessionView(db, input.sessionId, 'verify'),
    'pickups.openContainer': (input, ctx) => openContainerIn(env, who(ctx), input),
    'pickups.sealContainer': (input, ctx) => sealContainer(env, who(ctx), input),
    'pickups.scan': (input, ctx) => pickupScan(env, who(ctx), input),
    'pickups.resolve': (input, ctx) => resolveLine(env, who(ctx), input),
    'pickups.sign': (input, ctx) => sign(env, who(ctx), input),
    'pickups.signOff': async (input, ctx) => signOff(env, who(ctx), await checkSupervisor(db, input.supervisor), input),
    'pickups.correct': (input, ctx) => correctSession(env, who(ctx), input),
    'pickups.list': (input) => listSessions(db, input),
    'pickups.receipt': (input) => receiptFile(db, input.sessionId, signer.stationId, clock.now(), options.pdf ?? null),
    'pickups.previewManifest': (input) => planManifest(db, input.sessionId, input.fileName, input.text).preview,
    'pickups.importManifest': (input, ctx) => importManifest(env, who(ctx), input),
    'pickups.exportManifest': (input) => manifestCsv(db, input.sessionId),
  } satisfies Pick<HandlerMap, PickupsCommandName>;
}
