import type { z } from 'zod';
import type { startWipeSchema } from '../../../shared/domain/sanitization/wipe-inputs';
import { wipeStartedPayload } from '../../../shared/domain/sanitization/wipe-payloads';
import { LEVEL_WORDS, TECHNIQUE_LEVELS, TECHNIQUE_WORDS } from '../../../shared/domain/sanitization/vocabulary';
import type { Session } from '../../../shared/domain/users';
import { DocksideError } from '../../../shared/errors';
import { appendEvent } from '../custody/append';
import type { CoreEnv } from '../handler-types';
import { readSettings } from '../settings/settings-store';
import { openEntry } from './record-wipe';
import { getMedium, setStarted, snapshotOf } from './store/media-store';

export type StartWipeInput = z.output<typeof startWipeSchema>;

/** A wipe_started custody event for one medium: the queue shows it as being wiped until its record arrives. */
export function startWipe(env: CoreEnv, session: Session, input: StartWipeInput): string {
  openEntry(env, input.assetId);
  const medium = getMedium(env.db, input.assetId, input.mediumId);
  if (!TECHNIQUE_LEVELS[input.technique].includes(input.level)) {
    const reason = `${TECHNIQUE_WORDS[input.technique]} does not reach ${LEVEL_WORDS[input.level]}.`;
    throw new DocksideError('WIPE_TECHNIQUE_MISMATCH', reason, { reason });
  }
  const payload = wipeStartedPayload.parse({
    wipeId: env.ids.next(),
    medium: snapshotOf(medium),
    level: input.level,
    technique: input.technique,
    standard: input.standard,
    tool: input.tool,
    toolVersion: input.toolVersion,
    startedAt: env.clock.now().toISOString(),
  });
  const { site } = readSettings(env.db);
  const { event } = appendEvent(env, { assetId: input.assetId, type: 'wipe_started', payload, technicianId: session.technicianId, site });
  setStarted(env.db, medium.id, event.id);
  return event.id;
}
