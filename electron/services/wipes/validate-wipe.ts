import { mediumName, recordShortfalls } from '../../../shared/domain/sanitization/verdict';
import { wipeValidationPayload } from '../../../shared/domain/sanitization/wipe-payloads';
import { DocksideError } from '../../../shared/errors';
import { getAsset } from '../assets/asset-store';
import { appendEvent } from '../custody/append';
import type { CoreEnv } from '../handler-types';
import { readSettings } from '../settings/settings-store';
import { openEntry } from './record-wipe';
import type { Validator } from './second-person';
import { standingOf } from './standing';
import { getMedium } from './store/media-store';
import { latestRecords, setValidation, storedRecord } from './store/record-store';
import { settleCaseOfAsset } from '../cases/returns/settle-case';

/**
 * A second person's validation of a passing record, written later as a wipe_completed event of kind
 * "validation". Only the medium's current record can be validated. Inside the caller's transaction.
 */
export function validateWipe(env: CoreEnv, wipeId: string, validator: Validator): { eventId: string; assetSanitized: boolean } {
  const { db, clock } = env;
  const record = storedRecord(db, wipeId);
  if (record.technicianId === validator.technicianId) throw new DocksideError('WIPE_VALIDATOR_SAME', `${validator.technicianId} recorded wipe ${wipeId}`);
  const entry = openEntry(env, record.assetId);
  const latest = latestRecords(db, record.assetId, entry.receiptSeq).get(record.mediumId);
  if (record.payload.result !== 'pass' || record.validation !== null || latest?.wipeId !== wipeId) {
    throw new DocksideError('WIPE_VALIDATION_NOT_NEEDED', `Wipe ${wipeId} cannot be validated now`);
  }
  const asset = getAsset(db, record.assetId);
  const medium = getMedium(db, record.assetId, record.mediumId);
  const validated = { ...latest, validated: true };
  const standing = standingOf(db, asset, entry.receiptSeq, { mediumId: medium.id, record: validated });
  const now = clock.now().toISOString();
  const payload = wipeValidationPayload.parse({
    kind: 'validation',
    wipeId,
    recordEventId: record.eventId,
    mediumId: medium.id,
    by: validator,
    at: now,
    assetSanitized: standing.verdict.sanitized,
  });
  const { event } = appendEvent(env, { assetId: asset.id, type: 'wipe_completed', payload, technicianId: validator.technicianId, site: readSettings(db).site });
  setValidation(db, wipeId, event.id);
  const meets = recordShortfalls(standing.requirement, mediumName({ serial: medium.serial, mediaType: medium.media_type }), validated).length === 0;
  db.prepare('UPDATE wipe_records SET meets_policy = ? WHERE wipe_id = ?').run(meets ? 1 : 0, wipeId);
  if (standing.verdict.sanitized) settleCaseOfAsset(env, validator, asset.id);
  return { eventId: event.id, assetSanitized: standing.verdict.sanitized };
}
