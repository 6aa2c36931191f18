import { recordShortfalls, mediumName, shortfallWords, type RecordSummary } from '../../../shared/domain/sanitization/verdict';
import { TECHNIQUE_LEVELS, LEVEL_WORDS, TECHNIQUE_WORDS, type WipeResult } from '../../../shared/domain/sanitization/vocabulary';
import { wipeRecordPayload, type WipeSource } from '../../../shared/domain/sanitization/wipe-payloads';
import { timesProblem } from '../../../shared/domain/sanitization/wipe-times';
import type { Session } from '../../../shared/domain/users';
import { DocksideError } from '../../../shared/errors';
import { getAsset } from '../assets/asset-store';
import { appendEvent } from '../custody/append';
import type { CoreEnv } from '../handler-types';
import { readSettings } from '../settings/settings-store';
import type { Validator } from './second-person';
import { standingOf } from './standing';
import { getMedium, setStarted, snapshotOf } from './store/media-store';
import { queueEntry, type QueueEntry } from './store/queue-entry';
import { insertRecordIndex } from './store/record-store';
import { settleCaseOfAsset } from '../cases/returns/settle-case';
import type { WipeFacts } from '../../../shared/domain/sanitization/wipe-facts';

/** One finished wipe of one medium, as the technician or a tool's log gives it. */
export interface WipeDraft extends WipeFacts {
  readonly assetId: string;
  readonly mediumId: string;
  readonly retryOf: string | null;
  readonly source: WipeSource;
}

export interface WrittenRecord {
  readonly wipeId: string;
  readonly eventId: string;
  readonly result: WipeResult;
  readonly assetSanitized: boolean;
  /** The offboarding case this record closed, if it settled the case's last device. */
  readonly caseClosed: string | null;
}

const invalid = (reason: string): DocksideError => new DocksideError('WIPE_RECORD_INVALID', reason, { reason });

/** Refuses a record that cannot be true, before anything is written. */
export function checkDraft(draft: WipeDraft, now: Date): void {
  const times = timesProblem(draft.startedAt, draft.finishedAt, now);
  if (times !== null) throw new DocksideError('WIPE_TIMES_IMPOSSIBLE', times, { reason: times });
  if (!TECHNIQUE_LEVELS[draft.technique].includes(draft.level)) {
    const reaches = TECHNIQUE_LEVELS[draft.technique].map((l) => LEVEL_WORDS[l]).join(' or ');
    const reason = `${TECHNIQUE_WORDS[draft.technique]} reaches ${reaches}, not ${LEVEL_WORDS[draft.level]}.`;
    throw new DocksideError('WIPE_TECHNIQUE_MISMATCH', reason, { reason });
  }
  if (draft.result === 'pass' && draft.failureReason !== '') throw invalid('A passing wipe has no failure reason: clear it, or record the wipe as failed.');
  if (draft.result === 'fail' && draft.failureReason === '') throw invalid('Say why the wipe failed (e.g. verification found data, the drive stopped answering).');
  if (draft.level === 'destroy' && draft.destination !== 'destruction') throw invalid('A destroyed medium can only go to destruction.');
}

/** The device must be in the queue: received, and not yet sanitized since. */
export function openEntry(env: CoreEnv, assetId: string): QueueEntry {
  const asset = getAsset(env.db, assetId);
  const entry = queueEntry(env.db, assetId);
  if (entry === null) throw new DocksideError('WIPE_NOT_RECEIVED', `${asset.assetTag ?? asset.serial ?? asset.id} has not been received`);
  if (!entry.open) throw new DocksideError('WIPE_ASSET_CLOSED', `${asset.assetTag ?? asset.serial ?? asset.id} is ${asset.state.status}`);
  return entry;
}

/**
 * Writes one wipe record: a wipe_completed or wipe_failed custody event carrying every field, its
 * index row, and the policy verdict. Runs inside the caller's transaction.
 */
export function writeWipeRecord(env: CoreEnv, session: Session, draft: WipeDraft, validator: Validator | null, logSha256: string | null): WrittenRecord {
  const { db, clock, ids } = env;
  const now = clock.now();
  checkDraft(draft, now);
  const entry = openEntry(env, draft.assetId);
  const asset = getAsset(db, draft.assetId);
  const medium = getMedium(db, draft.assetId, draft.mediumId);
  if (draft.retryOf !== null) {
    const earlier = db.prepare('SELECT medium_id FROM wipe_records WHERE wipe_id = ?').get(draft.retryOf) as { medium_id: string } | undefined;
    if (earlier === undefined || earlier.medium_id !== medium.id) throw new DocksideError('WIPE_NOT_FOUND', `No earlier wipe ${draft.retryOf} of this drive`);
  }
  if (validator !== null && draft.result === 'fail') throw invalid('Only a passing wipe is validated: record the failure without a validator.');
  const wipeId = ids.next();
  const summary: RecordSummary = {
    wipeId,
    result: draft.result,
    level: draft.level,
    verification: draft.verification,
    failureReason: draft.result === 'fail' ? draft.failureReason : null,
    validated: validator !== null,
  };
  const standing = standingOf(db, asset, entry.receiptSeq, { mediumId: medium.id, record: summary });
  const shortfalls = recordShortfalls(standing.requirement, mediumName({ serial: medium.serial, mediaType: medium.media_type }), summary);
  const meetsPolicy = shortfalls.length === 0;
  const payload = wipeRecordPayload.parse({
    kind: 'record',
    wipeId,
    medium: snapshotOf(medium),
    level: draft.level,
    technique: draft.technique,
    standard: draft.standard,
    tool: draft.tool,
    toolVersion: draft.toolVersion,
    methodDetails: draft.methodDetails,
    verification: draft.verification,
    result: draft.result,
    failureReason: summary.failureReason,
    startedAt: new Date(draft.startedAt).toISOString(),
    finishedAt: new Date(draft.finishedAt).toISOString(),
    classification: draft.classification,
    destination: draft.destination,
    notes: draft.notes,
    source: draft.source,
    policy: {
      requiredLevel: standing.requirement.level,
      validationRequired: standing.requirement.validationRequired,
      meetsPolicy,
      shortfalls: shortfalls.map(shortfallWords),
    },
    validation: validator === null ? null : { by: validator, at: now.toISOString() },
    retryOf: draft.retryOf,
    assetSanitized: standing.verdict.sanitized,
  });
  const { site } = readSettings(db);
  const { event } = appendEvent(env, {
    assetId: asset.id,
    type: payload.result === 'pass' ? 'wipe_completed' : 'wipe_failed',
    payload,
    technicianId: session.technicianId,
    site,
  });
  insertRecordIndex(db, {
    wipeId,
    eventId: event.id,
    seq: event.seq,
    assetId: asset.id,
    mediumId: medium.id,
    result: payload.result,
    level: payload.level,
    verification: payload.verification,
    failureReason: payload.failureReason,
    meetsPolicy,
    finishedAt: payload.finishedAt,
    logSha256,
  });
  if (validator !== null) db.prepare('UPDATE wipe_records SET validation_event_id = ? WHERE wipe_id = ?').run(event.id, wipeId);
  setStarted(db, medium.id, null);
  const caseClosed = standing.verdict.sanitized ? settleCaseOfAsset(env, session, asset.id) : null;
  return { wipeId, eventId: event.id, result: payload.result, assetSanitized: standing.verdict.sanitized, caseClosed };
}
