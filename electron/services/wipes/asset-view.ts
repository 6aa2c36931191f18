import type { Db } from '../../../db/connection';
import { DATA_BEARING_CLASSES } from '../../../shared/domain/asset';
import { deadlineOf } from '../../../shared/domain/sanitization/policy';
import { mediumName, recordShortfalls, shortfallWords } from '../../../shared/domain/sanitization/verdict';
import { wipeStartedPayload } from '../../../shared/domain/sanitization/wipe-payloads';
import type { MediumView, WipeAssetView, WipeRecordView } from '../../../shared/domain/sanitization/wipe-views';
import { getAsset } from '../assets/asset-store';
import { standingOf, type Standing } from './standing';
import { listMedia, type MediumRow } from './store/media-store';
import { queueEntry } from './store/queue-entry';
import { recordsOfAsset, type StoredRecord } from './store/record-store';

function recordView(record: StoredRecord, receiptSeq: number, standing: Standing, medium: MediumRow): WipeRecordView {
  const p = record.payload;
  const current = record.seq > receiptSeq;
  const shortfalls = current
    ? recordShortfalls(standing.requirement, mediumName({ serial: medium.serial, mediaType: medium.media_type }), {
        wipeId: record.wipeId,
        result: p.result,
        level: p.level,
        verification: p.verification,
        failureReason: p.failureReason,
        validated: record.validation !== null,
      }).map(shortfallWords)
    : p.policy.shortfalls;
  return {
    wipeId: record.wipeId,
    eventId: record.eventId,
    eventHash: record.eventHash,
    seq: record.seq,
    result: p.result,
    level: p.level,
    technique: p.technique,
    standard: p.standard,
    tool: p.tool,
    toolVersion: p.toolVersion,
    methodDetails: p.methodDetails,
    verification: p.verification,
    startedAt: p.startedAt,
    finishedAt: p.finishedAt,
    classification: p.classification,
    destination: p.destination,
    notes: p.notes,
    failureReason: p.failureReason,
    technicianId: record.technicianId,
    technicianName: record.technicianName,
    recordedAt: record.recordedAt,
    meetsPolicy: shortfalls.length === 0,
    shortfalls,
    validation: record.validation === null ? null : { technicianId: record.validation.technicianId, name: record.validation.name, at: record.validation.at, eventHash: record.validation.eventHash },
    source: p.source.kind,
    current,
  };
}

function startedOf(db: Db, eventId: string | null): MediumView['started'] {
  if (eventId === null) return null;
  const row = db.prepare('SELECT payload FROM custody_events WHERE id = ?').get(eventId) as { payload: string } | undefined;
  if (row === undefined) return null;
  const p = wipeStartedPayload.parse(JSON.parse(row.payload));
  return { at: p.startedAt, level: p.level, technique: p.technique, tool: p.tool };
}

/** Everything the wipe form shows for one host: policy, deadline, why it is still queued, its media and their records. */
export function wipeAssetView(db: Db, assetId: string, now: Date): WipeAssetView {
  const asset = getAsset(db, assetId);
  const entry = queueEntry(db, assetId);
  const receiptSeq = entry?.receiptSeq ?? 0;
  const standing = standingOf(db, asset, receiptSeq);
  const records = recordsOfAsset(db, assetId);
  const mediaRows = listMedia(db, assetId);
  const media = mediaRows.map(
    (m): MediumView => ({
      id: m.id,
      serial: m.serial,
      mediaType: m.media_type,
      make: m.make,
      model: m.model,
      propertyNumber: m.property_number,
      capacity: m.capacity,
      started: startedOf(db, m.started_event_id),
      records: records.filter((r) => r.mediumId === m.id).map((r) => recordView(r, receiptSeq, standing, m)),
    }),
  );
  const holdsData = DATA_BEARING_CLASSES.includes(asset.assetClass) || mediaRows.length > 0;
  const inQueue = entry !== null && entry.open && holdsData;
  const deadlineAt = entry === null ? null : deadlineOf(entry.receivedAt, standing.requirement.deadlineDays);
  return {
    asset,
    receivedAt: entry?.receivedAt ?? null,
    deadlineAt,
    overdue: inQueue && deadlineAt !== null && Date.parse(deadlineAt) < now.getTime(),
    inQueue,
    requirement: standing.requirement,
    sanitized: entry !== null && standing.verdict.sanitized,
    reasons: inQueue ? standing.verdict.shortfalls.map(shortfallWords) : [],
    media,
    asOf: now.toISOString(),
  };
}
