import { DESTINATIONS, MEDIA_TYPES, STANDARDS, destinationSchema, mediaTypeSchema, standardSchema } from '../../shared/domain/sanitization/vocabulary';
import type { NwipeAnswer } from '../../shared/domain/sanitization/wipe-inputs';
import type { NwipeDevicePreview } from '../../shared/domain/sanitization/wipe-views';
import { DocksideError } from '../../shared/errors';
import { UsageError } from './cli-errors';

/** What the technician gave on the command line for what the log does not say. */
export interface AnswerFlags {
  readonly mediaType?: string;
  readonly serial?: string;
  readonly make?: string;
  readonly propertyNumber?: string;
  readonly toolVersion?: string;
  readonly standard?: string;
  readonly classification?: string;
  readonly destination?: string;
  readonly notes?: string;
}

function pick<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } }, value: string, flag: string, allowed: readonly string[]): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new UsageError(`${flag} ${value} is not known: use one of ${allowed.join(', ')}`);
  return parsed.data;
}

/** The host a drive goes to, or a refusal in words naming the candidates. */
function hostOf(drive: NwipeDevicePreview): { assetId: string; mediumId: string | null } {
  const m = drive.match;
  if (m.kind === 'medium') return { assetId: m.assetId, mediumId: m.mediumId };
  if (m.kind === 'host') return { assetId: m.assetId, mediumId: null };
  if (m.kind === 'ambiguous') {
    const reason = `The serial of ${drive.device} (${drive.serial ?? ''}) matches ${m.candidates.map((c) => c.label).join(' and ')}: name the host with --host TAG.`;
    throw new DocksideError('WIPE_SERIAL_AMBIGUOUS', reason, { reason });
  }
  const reason = `No device on record holds ${drive.device}${drive.serial === null ? ' (the log gives no readable serial)' : ` (serial ${drive.serial})`}: name the host with --host TAG.`;
  throw new DocksideError('WIPE_HOST_UNKNOWN', reason, { reason });
}

/** One answer per drive from the flags; everything still missing is listed at once, never filled in by guess. */
export function answersFrom(devices: readonly NwipeDevicePreview[], flags: AnswerFlags): NwipeAnswer[] {
  const missing = new Set<string>();
  const answers = devices.map((drive) => {
    const host = hostOf(drive);
    const newDrive = host.mediumId === null;
    if (newDrive && drive.mediaType === null && flags.mediaType === undefined) missing.add(`--media-type (${MEDIA_TYPES.join(', ')})`);
    if (flags.standard === undefined) missing.add(`--standard (${STANDARDS.join(', ')})`);
    if (flags.classification === undefined) missing.add('--classification TEXT (the post-sanitization classification)');
    if (flags.destination === undefined) missing.add(`--destination (${DESTINATIONS.join(', ')})`);
    if (drive.toolVersion === '' && flags.toolVersion === undefined) missing.add('--tool-version (the log does not name the nwipe version)');
    return { drive, host };
  });
  if (missing.size > 0) {
    const reason = `Still asked for: ${[...missing].join('; ')}.`;
    throw new DocksideError('WIPE_ANSWERS_MISSING', reason, { reason });
  }
  return answers.map(({ drive, host }) => ({
    device: drive.device,
    assetId: host.assetId,
    mediumId: host.mediumId,
    serial: flags.serial ?? '',
    mediaType: flags.mediaType === undefined ? null : pick(mediaTypeSchema, flags.mediaType, '--media-type', MEDIA_TYPES),
    make: flags.make ?? '',
    propertyNumber: flags.propertyNumber ?? '',
    toolVersion: flags.toolVersion ?? '',
    standard: pick(standardSchema, flags.standard ?? '', '--standard', STANDARDS),
    classification: flags.classification ?? '',
    destination: pick(destinationSchema, flags.destination ?? '', '--destination', DESTINATIONS),
    notes: flags.notes ?? '',
  }));
}
