import type { MediaType } from '../../../../shared/domain/sanitization/vocabulary';
import type { DriveFacts } from '../../../../shared/domain/sanitization/wipe-views';
import type { NwipeDrive, NwipeLog } from './parse-nwipe-log';
import { localToIso } from './local-time';

const STATUS_WORDS: Readonly<Record<NwipeDrive['status'], string>> = {
  erased: 'Erased',
  failed: 'FAILED',
  aborted: 'Aborted by the user',
  insanity: 'INSANITY (nwipe could not tell)',
  unknown: 'No status given',
};

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

function errorsWords(drive: NwipeDrive): string | null {
  const e = drive.errors;
  if (e === null) return null;
  const parts = [
    e.pass > 0 ? plural(e.pass, 'pass error') : '',
    e.verify > 0 ? plural(e.verify, 'verification error') : '',
    e.fdatasync > 0 ? plural(e.fdatasync, 'fdatasync I/O error') : '',
  ].filter((p) => p !== '');
  return parts.length === 0 ? null : parts.join(', ');
}

function failureOf(drive: NwipeDrive): string | null {
  const errors = errorsWords(drive);
  if (drive.status === 'erased' && errors === null) return null;
  const problem = drive.problems[0];
  const status = drive.status === 'aborted' ? 'nwipe was aborted by the user before the wipe finished' : `nwipe reports ${STATUS_WORDS[drive.status]}`;
  return [status, errors, problem === undefined ? null : `\u201c${problem}\u201d`].filter((p) => p !== null).join('; ');
}

const VERIFY_WORDS = { off: 'no verification', last: 'verification of the last pass', all: 'verification of every pass' } as const;

function methodDetails(log: NwipeLog): string {
  const parts = [
    `nwipe method ${log.method ?? '(not stated)'}`,
    log.rounds === null ? 'rounds not stated' : plural(log.rounds, 'round'),
    log.blank === null ? null : log.blank ? 'final blanking pass' : 'no blanking pass',
    log.verify === null ? 'verification not stated' : VERIFY_WORDS[log.verify],
  ];
  return parts.filter((p) => p !== null).join(', ');
}

/** Bus types that say what the medium is; any other (ATA, USB, SAS, VIRT...) leaves the type to the technician. */
export function mediaTypeOf(bus: string | null): MediaType | null {
  if (bus === 'NVME') return 'nvme';
  if (bus === 'MMC') return 'flash';
  return null;
}

export function driveFacts(log: NwipeLog, drive: NwipeDrive, utcOffsetMinutes: number): DriveFacts {
  const failureReason = failureOf(drive);
  return {
    toolStatus: STATUS_WORDS[drive.status],
    result: failureReason === null ? 'pass' : 'fail',
    failureReason,
    level: 'clear',
    technique: 'overwrite',
    tool: 'nwipe',
    toolVersion: log.version ?? '',
    methodDetails: methodDetails(log),
    verification: log.verify === 'last' || log.verify === 'all' ? 'full' : 'none',
    startedAt: drive.startedAt === null ? null : localToIso(drive.startedAt, utcOffsetMinutes),
    finishedAt: drive.finishedAt === null ? null : localToIso(drive.finishedAt, utcOffsetMinutes),
    mediaType: mediaTypeOf(drive.bus),
  };
}
