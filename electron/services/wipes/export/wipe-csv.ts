import type { Db } from '../../../../db/connection';
import { DESTINATION_WORDS, LEVEL_WORDS, MEDIA_TYPE_WORDS, STANDARD_WORDS, TECHNIQUE_WORDS, VERIFICATION_WORDS } from '../../../../shared/domain/sanitization/vocabulary';
import type { Period } from '../../../../shared/domain/sanitization/wipe-inputs';
import type { CsvFile } from '../../../../shared/domain/sanitization/wipe-views';
import { recordsFinishedBetween, type StoredRecord } from '../store/record-store';
import { csvDocument } from './csv';

const HEADER = [
  'Host asset tag', 'Host serial', 'Host make', 'Host model', 'Host class', 'Host sensitivity',
  'Media serial', 'Media type', 'Media make', 'Media model', 'Media property number', 'Media capacity',
  'Level', 'Technique', 'Standard', 'Tool', 'Tool version', 'Method details', 'Verification', 'Result', 'Failure reason',
  'Started (UTC)', 'Finished (UTC)', 'Post-sanitization classification', 'Destination', 'Notes',
  'Technician ID', 'Technician name', 'Required level', 'Meets policy', 'Validated by', 'Validated at (UTC)',
  'Source', 'Log SHA-256', 'Wipe ID', 'Custody event ID', 'Custody event hash', 'Recorded at (UTC)',
] as const;

interface HostRow {
  id: string;
  asset_tag: string | null;
  serial: string | null;
  make: string;
  model: string;
  asset_class: string;
  sensitivity: string;
}

function line(r: StoredRecord, host: HostRow | undefined): (string | number | boolean | null)[] {
  const p = r.payload;
  const m = p.medium;
  return [
    host?.asset_tag ?? null, host?.serial ?? null, host?.make ?? null, host?.model ?? null, host?.asset_class ?? null, host?.sensitivity ?? null,
    m.serial, MEDIA_TYPE_WORDS[m.mediaType], m.make, m.model, m.propertyNumber, m.capacity,
    LEVEL_WORDS[p.level], TECHNIQUE_WORDS[p.technique], STANDARD_WORDS[p.standard], p.tool, p.toolVersion, p.methodDetails, VERIFICATION_WORDS[p.verification],
    p.result, p.failureReason, p.startedAt, p.finishedAt, p.classification, DESTINATION_WORDS[p.destination], p.notes,
    r.technicianId, r.technicianName, LEVEL_WORDS[p.policy.requiredLevel], r.meetsPolicy ? 'yes' : 'no', r.validation?.technicianId ?? null, r.validation?.at ?? null,
    p.source.kind, p.source.kind === 'nwipe' ? p.source.logSha256 : null, r.wipeId, r.eventId, r.eventHash, r.recordedAt,
  ];
}

const nextDay = (date: string): string => new Date(Date.parse(`${date}T00:00:00.000Z`) + 86_400_000).toISOString();

/** Every wipe record (passed and failed) for auditors, one row per medium wiped, oldest first. */
export function wipeCsv(db: Db, period: Period | null, now: Date): CsvFile {
  const records = recordsFinishedBetween(db, period === null ? null : `${period.from}T00:00:00.000Z`, period === null ? null : nextDay(period.to));
  const hosts = new Map(
    (db
      .prepare('SELECT id, asset_tag, serial, make, model, asset_class, sensitivity FROM assets WHERE id IN (SELECT value FROM json_each(?))')
      .all(JSON.stringify([...new Set(records.map((r) => r.assetId))])) as HostRow[]).map((h) => [h.id, h]),
  );
  const stamp = now.toISOString().slice(0, 10);
  return {
    fileName: period === null ? `wipe-records-${stamp}.csv` : `wipe-records-${period.from}-to-${period.to}.csv`,
    content: csvDocument(HEADER, records.map((r) => line(r, hosts.get(r.assetId)))),
    rows: records.length,
  };
}
