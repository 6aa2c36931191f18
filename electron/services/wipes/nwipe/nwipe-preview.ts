import type { Db } from '../../../../db/connection';
import { requirementFor } from '../../../../shared/domain/sanitization/policy';
import type { NwipeDevicePreview, NwipeMatch, NwipePreview } from '../../../../shared/domain/sanitization/wipe-views';
import { timesProblem } from '../../../../shared/domain/sanitization/wipe-times';
import { getAsset } from '../../assets/asset-store';
import { policyFor } from '../store/policy-store';
import { driveFacts } from './drive-record';
import { offsetWords } from './local-time';
import type { NwipeDrive, NwipeLog } from './parse-nwipe-log';
import { importedBefore, readNwipeFile } from './read-log-file';
import { matchDrive } from './match-drive';

export interface NwipeFileInput {
  readonly fileName: string;
  readonly contentBase64: string;
  readonly utcOffsetMinutes: number;
}

const END_WORDS = {
  completed: 'nwipe completed the run',
  aborted: 'nwipe was aborted by the user',
  errors: 'nwipe exited with errors',
} as const;

function validationRequired(db: Db, match: NwipeMatch): boolean | null {
  if (match.kind !== 'medium' && match.kind !== 'host') return null;
  const asset = getAsset(db, match.assetId);
  return requirementFor(policyFor(db, asset.assetClass), asset.sensitivity).validationRequired;
}

function devicePreview(db: Db, log: NwipeLog, drive: NwipeDrive, input: NwipeFileInput, hostHint: string, now: Date): NwipeDevicePreview {
  const facts = driveFacts(log, drive, input.utcOffsetMinutes);
  const match = matchDrive(db, drive.serial, hostHint);
  const needsValidation = validationRequired(db, match);
  const asked = [
    match.kind === 'ambiguous' ? `the host device: the drive serial ${drive.serial ?? ''} matches ${match.candidates.map((c) => c.label).join(' and ')}` : null,
    match.kind === 'none' ? `the host device (${drive.serial === null ? 'the log gives no readable drive serial' : `no device on record holds drive ${drive.serial}`})` : null,
    match.kind !== 'medium' && drive.serial === null ? 'the drive\u2019s serial number, from its label' : null,
    match.kind !== 'medium' && facts.mediaType === null ? `the drive type (nwipe says only \u201c${drive.bus ?? 'nothing'}\u201d)` : null,
    log.version === null ? 'the nwipe version (the log does not name it)' : null,
    'the standard followed (e.g. NIST SP 800-88 Rev. 1)',
    'the post-sanitization classification',
    'where the drive goes next (its destination)',
    `confirm the wipe machine\u2019s clock was on ${offsetWords(input.utcOffsetMinutes)} (nwipe writes times without a time zone)`,
    facts.result === 'pass' && needsValidation === true ? 'a second person\u2019s validation (ID and PIN), now or later' : null,
  ].filter((a): a is string => a !== null);
  const times = facts.startedAt === null || facts.finishedAt === null ? 'The log gives no start or finish time for this drive.' : timesProblem(facts.startedAt, facts.finishedAt, now);
  return {
    device: drive.device,
    bus: drive.bus,
    model: drive.model,
    size: drive.size,
    serial: drive.serial,
    ...facts,
    timesProblem: times,
    match,
    asked,
    validationRequired: needsValidation,
  };
}

/** What importing this log would record, and what the technician must still give. Writes nothing. */
export function previewNwipe(db: Db, input: NwipeFileInput, hostHint: string, now: Date): NwipePreview {
  const file = readNwipeFile(Buffer.from(input.contentBase64, 'base64'), input.fileName);
  const hint = file.log.drives.length === 1 ? hostHint : '';
  return {
    sha256: file.sha256,
    fileName: input.fileName,
    tool: `nwipe ${file.log.version ?? '(version not stated)'}`,
    outcome: END_WORDS[file.log.end],
    alreadyImported: importedBefore(db, file.sha256),
    utcOffsetMinutes: input.utcOffsetMinutes,
    devices: file.log.drives.map((drive) => devicePreview(db, file.log, drive, input, hint, now)),
  };
}
