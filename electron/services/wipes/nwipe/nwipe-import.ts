import type { ImportNwipeInput, NwipeAnswer } from '../../../../shared/domain/sanitization/wipe-inputs';
import type { NwipeImportResult } from '../../../../shared/domain/sanitization/wipe-views';
import { normaliseIdentifier } from '../../../../shared/domain/scan';
import type { Session } from '../../../../shared/domain/users';
import { DocksideError } from '../../../../shared/errors';
import { getAsset } from '../../assets/asset-store';
import type { CoreEnv } from '../../handler-types';
import { addMedium } from '../add-medium';
import { writeWipeRecord } from '../record-wipe';
import { checkSecondPerson } from '../second-person';
import { getMedium, mediaWithSerial, type MediumRow } from '../store/media-store';
import { driveFacts, mediaTypeOf } from './drive-record';
import type { NwipeDrive } from './parse-nwipe-log';
import { importedBefore, readNwipeFile } from './read-log-file';
import { hostsOfSerial } from './match-drive';

const missing = (reason: string): DocksideError => new DocksideError('WIPE_ANSWERS_MISSING', reason, { reason });

/** The drive record to use: the one picked, the host's drive with the log's serial, or a new one from the log and the answers. */
function mediumFor(env: CoreEnv, session: Session, drive: NwipeDrive, answer: NwipeAnswer): MediumRow {
  const serial = drive.serial === null ? normaliseIdentifier(answer.serial) : normaliseIdentifier(drive.serial);
  if (serial !== '') {
    const elsewhere = hostsOfSerial(env.db, serial).filter((h) => h.assetId !== answer.assetId && h.mediumId !== null);
    if (elsewhere.length > 0) {
      const label = getAsset(env.db, elsewhere[0]?.assetId ?? '').assetTag ?? serial;
      const reason = `Drive ${serial} is recorded in ${label}, not in the device picked.`;
      throw new DocksideError('WIPE_SERIAL_AMBIGUOUS', reason, { reason });
    }
  }
  if (answer.mediumId !== null) {
    const picked = getMedium(env.db, answer.assetId, answer.mediumId);
    if (serial !== '' && picked.serial !== null && picked.serial !== serial) {
      const reason = `The log's drive serial ${serial} is not the serial of the drive picked (${picked.serial}).`;
      throw new DocksideError('WIPE_RECORD_INVALID', reason, { reason });
    }
    return picked;
  }
  const existing = serial === '' ? undefined : mediaWithSerial(env.db, serial).find((m) => m.asset_id === answer.assetId);
  if (existing !== undefined) return existing;
  const mediaType = mediaTypeOf(drive.bus) ?? answer.mediaType;
  if (mediaType === null) throw missing(`Say what kind of drive ${drive.device} is (HDD, SSD, NVMe, flash, phone storage).`);
  return addMedium(env, session, {
    assetId: answer.assetId,
    serial,
    mediaType,
    make: answer.make,
    model: drive.model ?? '',
    propertyNumber: answer.propertyNumber,
    capacity: drive.size ?? '',
  });
}

/**
 * Imports an nwipe log: one wipe record per drive in it, with the technician's answers for what the
 * log does not say. All of it in one transaction, or nothing; the same log is never imported twice.
 */
export async function importNwipe(env: CoreEnv, session: Session, input: ImportNwipeInput): Promise<NwipeImportResult> {
  const { db, clock } = env;
  const file = readNwipeFile(Buffer.from(input.contentBase64, 'base64'), input.fileName);
  const validator = input.validator === null ? null : await checkSecondPerson(db, input.validator, session.technicianId);
  return db.transaction((): NwipeImportResult => {
    const before = importedBefore(db, file.sha256);
    if (before !== null) {
      const reason = `Imported ${before.at.slice(0, 16).replace('T', ' ')} UTC by ${before.technicianId}.`;
      throw new DocksideError('WIPE_LOG_DUPLICATE', `${input.fileName} (sha256 ${file.sha256}) was already imported`, { reason });
    }
    const answers = new Map(input.answers.map((a) => [a.device, a]));
    db.prepare('INSERT INTO wipe_imports (log_sha256, tool, file_name, imported_at, technician_id) VALUES (?, ?, ?, ?, ?)').run(
      file.sha256,
      `nwipe ${file.log.version ?? ''}`.trim(),
      input.fileName,
      clock.now().toISOString(),
      session.technicianId,
    );
    const records = file.log.drives.map((drive) => {
      const answer = answers.get(drive.device);
      if (answer === undefined) throw missing(`Nothing was given for ${drive.device}: pick its host device and answer the questions.`);
      const facts = driveFacts(file.log, drive, input.utcOffsetMinutes);
      if (facts.startedAt === null || facts.finishedAt === null) throw missing(`The log gives no start or finish time for ${drive.device}: record this wipe by hand.`);
      const toolVersion = facts.toolVersion === '' ? answer.toolVersion : facts.toolVersion;
      if (toolVersion === '') throw missing('The log does not name the nwipe version: give it.');
      const medium = mediumFor(env, session, drive, answer);
      const written = writeWipeRecord(
        env,
        session,
        {
          assetId: answer.assetId,
          mediumId: medium.id,
          level: facts.level,
          technique: facts.technique,
          standard: answer.standard,
          tool: facts.tool,
          toolVersion,
          methodDetails: facts.methodDetails,
          verification: facts.verification,
          result: facts.result,
          failureReason: facts.failureReason ?? '',
          startedAt: facts.startedAt,
          finishedAt: facts.finishedAt,
          classification: answer.classification,
          destination: answer.destination,
          notes: answer.notes,
          retryOf: null,
          source: {
            kind: 'nwipe',
            logSha256: file.sha256,
            fileName: input.fileName,
            device: drive.device,
            toolStatus: facts.toolStatus,
            errors: drive.errors,
            utcOffsetMinutes: input.utcOffsetMinutes,
          },
        },
        facts.result === 'pass' ? validator : null,
        file.sha256,
      );
      const host = getAsset(db, answer.assetId);
      return { device: drive.device, assetId: host.id, label: host.assetTag ?? host.serial ?? host.id, ...written };
    });
    return { records };
  })();
}
