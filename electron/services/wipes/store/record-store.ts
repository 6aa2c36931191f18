import type { Db } from '../../../../db/connection';
import type { RecordSummary } from '../../../../shared/domain/sanitization/verdict';
import type { Level, Verification, WipeResult } from '../../../../shared/domain/sanitization/vocabulary';
import { wipeRecordPayload, wipeValidationPayload, type WipeRecordPayload } from '../../../../shared/domain/sanitization/wipe-payloads';
import { DocksideError } from '../../../../shared/errors';

export interface RecordIndexRow {
  readonly wipeId: string;
  readonly eventId: string;
  readonly seq: number;
  readonly assetId: string;
  readonly mediumId: string;
  readonly result: WipeResult;
  readonly level: Level;
  readonly verification: Verification;
  readonly failureReason: string | null;
  readonly meetsPolicy: boolean;
  readonly finishedAt: string;
  readonly logSha256: string | null;
}

export function insertRecordIndex(db: Db, row: RecordIndexRow): void {
  db.prepare(
    `INSERT INTO wipe_records (wipe_id, event_id, seq, asset_id, medium_id, result, level, verification, failure_reason, meets_policy, finished_at, log_sha256)
     VALUES (@wipeId, @eventId, @seq, @assetId, @mediumId, @result, @level, @verification, @failureReason, @meets, @finishedAt, @logSha256)`,
  ).run({ ...row, meets: row.meetsPolicy ? 1 : 0 });
}

export function setValidation(db: Db, wipeId: string, eventId: string): void {
  db.prepare('UPDATE wipe_records SET validation_event_id = ? WHERE wipe_id = ?').run(eventId, wipeId);
}

interface SummaryRow {
  wipe_id: string;
  medium_id: string;
  result: WipeResult;
  level: Level;
  verification: Verification;
  failure_reason: string | null;
  validation_event_id: string | null;
}

const toSummary = (row: SummaryRow): RecordSummary => ({
  wipeId: row.wipe_id,
  result: row.result,
  level: row.level,
  verification: row.verification,
  failureReason: row.failure_reason,
  validated: row.validation_event_id !== null,
});

/** Each medium's latest finished record made after the host's latest receipt. */
export function latestRecords(db: Db, assetId: string, receiptSeq: number): Map<string, RecordSummary> {
  const rows = db
    .prepare(
      `SELECT wipe_id, medium_id, result, level, verification, failure_reason, validation_event_id FROM wipe_records r
       WHERE r.asset_id = ? AND r.seq > ? AND r.seq = (SELECT max(seq) FROM wipe_records x WHERE x.medium_id = r.medium_id AND x.seq > ?)`,
    )
    .all(assetId, receiptSeq, receiptSeq) as SummaryRow[];
  return new Map(rows.map((row) => [row.medium_id, toSummary(row)]));
}

/** A stored record: its index row, its event (the record itself) and, once validated, the validation event. */
export interface StoredRecord {
  readonly wipeId: string;
  readonly seq: number;
  readonly assetId: string;
  readonly mediumId: string;
  readonly eventId: string;
  readonly eventHash: string;
  readonly recordedAt: string;
  readonly technicianId: string;
  readonly technicianName: string | null;
  readonly payload: WipeRecordPayload;
  readonly meetsPolicy: boolean;
  readonly validation: { readonly eventId: string; readonly eventHash: string; readonly technicianId: string; readonly name: string; readonly at: string } | null;
}

interface StoredRow {
  wipe_id: string;
  seq: number;
  asset_id: string;
  medium_id: string;
  meets_policy: number;
  event_id: string;
  hash: string;
  device_time: string;
  technician_id: string;
  technician_name: string | null;
  payload: string;
  v_event_id: string | null;
  v_hash: string | null;
  v_payload: string | null;
}

const SELECT_STORED = `SELECT r.wipe_id, r.seq, r.asset_id, r.medium_id, r.meets_policy, e.id AS event_id, e.hash, e.device_time, e.technician_id,
    t.name AS technician_name, e.payload, v.id AS v_event_id, v.hash AS v_hash, v.payload AS v_payload
  FROM wipe_records r
  JOIN custody_events e ON e.id = r.event_id
  LEFT JOIN technicians t ON t.technician_id = e.technician_id
  LEFT JOIN custody_events v ON v.id = r.validation_event_id`;

function validationOf(row: StoredRow, payload: WipeRecordPayload): StoredRecord['validation'] {
  if (row.v_event_id === null || row.v_hash === null) return null;
  if (row.v_event_id === row.event_id) {
    return payload.validation === null ? null : { eventId: row.event_id, eventHash: row.hash, ...payload.validation.by, at: payload.validation.at };
  }
  const later = wipeValidationPayload.parse(JSON.parse(row.v_payload ?? 'null'));
  return { eventId: row.v_event_id, eventHash: row.v_hash, ...later.by, at: later.at };
}

function toStored(row: StoredRow): StoredRecord {
  const payload = wipeRecordPayload.parse(JSON.parse(row.payload));
  return {
    wipeId: row.wipe_id,
    seq: row.seq,
    assetId: row.asset_id,
    mediumId: row.medium_id,
    eventId: row.event_id,
    eventHash: row.hash,
    recordedAt: row.device_time,
    technicianId: row.technician_id,
    technicianName: row.technician_name,
    payload,
    meetsPolicy: row.meets_policy === 1,
    validation: validationOf(row, payload),
  };
}

export function recordsOfAsset(db: Db, assetId: string): StoredRecord[] {
  return (db.prepare(`${SELECT_STORED} WHERE r.asset_id = ? ORDER BY r.seq DESC`).all(assetId) as StoredRow[]).map(toStored);
}

export function storedRecord(db: Db, wipeId: string): StoredRecord {
  const row = db.prepare(`${SELECT_STORED} WHERE r.wipe_id = ?`).get(wipeId) as StoredRow | undefined;
  if (row === undefined) throw new DocksideError('WIPE_NOT_FOUND', `No wipe record ${wipeId}`);
  return toStored(row);
}

/** Records finished in [fromIso, toIso), oldest first: what the auditors' CSV lists. */
export function recordsFinishedBetween(db: Db, fromIso: string | null, toIso: string | null): StoredRecord[] {
  return (
    db
      .prepare(`${SELECT_STORED} WHERE (@from IS NULL OR r.finished_at >= @from) AND (@to IS NULL OR r.finished_at < @to) ORDER BY r.finished_at, r.seq`)
      .all({ from: fromIso, to: toIso }) as StoredRow[]
  ).map(toStored);
}
