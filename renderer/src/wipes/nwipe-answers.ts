import type { NwipeAnswer } from '../../../shared/domain/sanitization/wipe-inputs';
import type { NwipeDevicePreview } from '../../../shared/domain/sanitization/wipe-views';
import type { Destination, MediaType, Standard } from '../../../shared/domain/sanitization/vocabulary';

/** What the technician answers for one drive of a log, as typed. */
export interface AnswerDraft {
  readonly host: { readonly assetId: string; readonly label: string } | null;
  readonly serial: string;
  readonly mediaType: MediaType | null;
  readonly make: string;
  readonly propertyNumber: string;
  readonly toolVersion: string;
  readonly standard: Standard | null;
  readonly classification: string;
  readonly destination: Destination | null;
  readonly notes: string;
}

/** Only what the log itself settled is filled in: the host it matched and nothing else. */
export function blankAnswer(device: NwipeDevicePreview): AnswerDraft {
  const m = device.match;
  return {
    host: m.kind === 'medium' || m.kind === 'host' ? { assetId: m.assetId, label: m.label } : null,
    serial: '',
    mediaType: null,
    make: '',
    propertyNumber: '',
    toolVersion: '',
    standard: null,
    classification: '',
    destination: null,
    notes: '',
  };
}

export const drivesKnown = (device: NwipeDevicePreview): boolean => device.match.kind === 'medium';

/** The answers still missing for one drive, in words. */
export function missingAnswers(device: NwipeDevicePreview, answer: AnswerDraft): string[] {
  return [
    answer.host === null ? 'the host device' : null,
    !drivesKnown(device) && device.mediaType === null && answer.mediaType === null ? 'the drive type' : null,
    device.toolVersion === '' && answer.toolVersion.trim() === '' ? 'the nwipe version' : null,
    answer.standard === null ? 'the standard' : null,
    answer.classification.trim() === '' ? 'the post-sanitization classification' : null,
    answer.destination === null ? 'the destination' : null,
  ].filter((m): m is string => m !== null);
}

export function toAnswer(device: NwipeDevicePreview, answer: AnswerDraft): NwipeAnswer | null {
  if (missingAnswers(device, answer).length > 0 || answer.host === null || answer.standard === null || answer.destination === null) return null;
  const m = device.match;
  return {
    device: device.device,
    assetId: answer.host.assetId,
    mediumId: m.kind === 'medium' && m.assetId === answer.host.assetId ? m.mediumId : null,
    serial: answer.serial,
    mediaType: answer.mediaType,
    make: answer.make,
    propertyNumber: answer.propertyNumber,
    toolVersion: answer.toolVersion,
    standard: answer.standard,
    classification: answer.classification,
    destination: answer.destination,
    notes: answer.notes,
  };
}
