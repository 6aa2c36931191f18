import { createHash } from 'node:crypto';
import type { Db } from '../../../../db/connection';
import type { AssetView } from '../../../../shared/domain/asset';
import type { CertificateIssuer, WipeRequirement } from '../../../../shared/domain/sanitization/policy';
import { shortfallWords } from '../../../../shared/domain/sanitization/verdict';
import type { Period } from '../../../../shared/domain/sanitization/wipe-inputs';
import { DocksideError } from '../../../../shared/errors';
import { getAsset } from '../../assets/asset-store';
import { standingOf } from '../standing';
import { readIssuer } from '../store/policy-store';
import { queueEntry } from '../store/queue-entry';
import { recordsOfAsset, type StoredRecord } from '../store/record-store';

export interface CertifiedDevice {
  readonly asset: AssetView;
  readonly receivedAt: string;
  readonly requirement: WipeRequirement;
  /** The record that sanitized each medium (its latest since receipt), in media order. */
  readonly records: readonly StoredRecord[];
}

export interface Person {
  readonly technicianId: string;
  readonly name: string;
  readonly role: string;
}

export interface CertificateData {
  readonly number: string;
  readonly issuedAt: string;
  readonly issuer: CertificateIssuer;
  readonly stationIds: readonly string[];
  readonly scope: { readonly kind: 'device' } | { readonly kind: 'batch'; readonly period: Period };
  readonly devices: readonly CertifiedDevice[];
  readonly people: ReadonlyMap<string, Person>;
}

/** The certified device, or null with the reasons it is not sanitized to policy. */
function certified(db: Db, assetId: string): { device: CertifiedDevice } | { reasons: string[] } {
  const asset = getAsset(db, assetId);
  const entry = queueEntry(db, assetId);
  if (entry === null) return { reasons: ['It has not been received.'] };
  const standing = standingOf(db, asset, entry.receiptSeq);
  if (!standing.verdict.sanitized) return { reasons: standing.verdict.shortfalls.map(shortfallWords) };
  const latest = recordsOfAsset(db, assetId).filter((r) => r.seq > entry.receiptSeq);
  const records = standing.media.flatMap((m) => latest.find((r) => r.mediumId === m.mediumId) ?? []);
  return { device: { asset, receivedAt: entry.receivedAt, requirement: standing.requirement, records } };
}

function peopleOf(db: Db, devices: readonly CertifiedDevice[]): Map<string, Person> {
  const ids = new Set(devices.flatMap((d) => d.records.flatMap((r) => [r.technicianId, ...(r.validation === null ? [] : [r.validation.technicianId])])));
  const rows = db
    .prepare('SELECT technician_id, name, role FROM technicians WHERE technician_id IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify([...ids])) as { technician_id: string; name: string; role: string }[];
  return new Map(rows.map((r) => [r.technician_id, { technicianId: r.technician_id, name: r.name, role: r.role === 'supervisor' ? 'Supervisor' : 'Technician' }]));
}

function stationsOf(db: Db, devices: readonly CertifiedDevice[]): string[] {
  const ids = devices.flatMap((d) => d.records.map((r) => r.eventId));
  const rows = db.prepare('SELECT DISTINCT station_id FROM custody_events WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)) as { station_id: string }[];
  return rows.map((r) => r.station_id);
}

/** A number that names exactly this set of backing events: the same records always give the same number. */
function numberOf(devices: readonly CertifiedDevice[]): string {
  const hash = createHash('sha256');
  for (const d of devices) for (const r of d.records) hash.update(r.eventHash).update(r.validation?.eventHash ?? '');
  return `COS-${hash.digest('hex').slice(0, 12).toUpperCase()}`;
}

function build(db: Db, devices: CertifiedDevice[], scope: CertificateData['scope'], now: Date): CertificateData {
  return { number: numberOf(devices), issuedAt: now.toISOString(), issuer: readIssuer(db), stationIds: stationsOf(db, devices), scope, devices, people: peopleOf(db, devices) };
}

export function deviceCertificate(db: Db, assetId: string, now: Date): CertificateData {
  const outcome = certified(db, assetId);
  if ('reasons' in outcome) {
    const reason = outcome.reasons.join(' ');
    throw new DocksideError('CERTIFICATE_NOT_READY', `Asset ${assetId} is not sanitized to policy`, { reason });
  }
  return build(db, [outcome.device], { kind: 'device' }, now);
}

const nextDay = (date: string): string => new Date(Date.parse(`${date}T00:00:00.000Z`) + 86_400_000).toISOString();

/** Every device whose sanitizing wipes finished in the period (UTC dates, both included) and that is sanitized to policy. */
export function batchCertificate(db: Db, period: Period, now: Date): CertificateData {
  const ids = db
    .prepare(
      `SELECT asset_id FROM wipe_records WHERE result = 'pass' AND finished_at >= ? AND finished_at < ?
       GROUP BY asset_id ORDER BY min(finished_at), asset_id`,
    )
    .pluck()
    .all(`${period.from}T00:00:00.000Z`, nextDay(period.to)) as string[];
  const devices = ids.flatMap((id) => {
    const outcome = certified(db, id);
    return 'device' in outcome ? [outcome.device] : [];
  });
  if (devices.length === 0) {
    const reason = `No device has a wipe that meets the policy finished between ${period.from} and ${period.to}.`;
    throw new DocksideError('CERTIFICATE_NOT_READY', reason, { reason });
  }
  return build(db, devices, { kind: 'batch', period }, now);
}
