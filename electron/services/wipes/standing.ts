import type { Db } from '../../../db/connection';
import type { AssetClass, Sensitivity } from '../../../shared/domain/asset';
import { requirementFor, type WipePolicy, type WipeRequirement } from '../../../shared/domain/sanitization/policy';
import { verdictFor, type MediumStanding, type RecordSummary, type Verdict } from '../../../shared/domain/sanitization/verdict';
import type { Level, MediaType, Verification, WipeResult } from '../../../shared/domain/sanitization/vocabulary';
import { policyFor } from './store/policy-store';

export interface Standing {
  readonly requirement: WipeRequirement;
  readonly media: readonly MediumStanding[];
  readonly verdict: Verdict;
}

export interface HostRef {
  readonly id: string;
  readonly assetClass: AssetClass;
  readonly sensitivity: Sensitivity;
  /** Only wipes recorded after this custody event (the latest receipt) count. */
  readonly receiptSeq: number;
}

interface MediumRow {
  id: string;
  asset_id: string;
  serial: string | null;
  media_type: MediaType;
  started_at: string | null;
}

interface LatestRow {
  wipe_id: string;
  medium_id: string;
  result: WipeResult;
  level: Level;
  verification: Verification;
  failure_reason: string | null;
  validation_event_id: string | null;
}

/**
 * Where several hosts stand against their policies, with three queries whatever their number: their
 * media (and any wipe started on them), and each medium's latest record since its host's receipt.
 */
export function standingsOf(db: Db, hosts: readonly HostRef[], policies: ReadonlyMap<AssetClass, WipePolicy>): Map<string, Standing> {
  const refs = JSON.stringify(hosts.map((h) => ({ id: h.id, seq: h.receiptSeq })));
  const media = db
    .prepare(
      `SELECT m.id, m.asset_id, m.serial, m.media_type, e.device_time AS started_at
       FROM wipe_media m LEFT JOIN custody_events e ON e.id = m.started_event_id
       WHERE m.asset_id IN (SELECT j.value ->> 'id' FROM json_each(?) j) ORDER BY m.created_at, m.rowid`,
    )
    .all(refs) as MediumRow[];
  const latest = db
    .prepare(
      `SELECT r.wipe_id, r.medium_id, r.result, r.level, r.verification, r.failure_reason, r.validation_event_id
       FROM json_each(?) j JOIN wipe_records r ON r.asset_id = j.value ->> 'id'
       WHERE r.seq = (SELECT max(x.seq) FROM wipe_records x WHERE x.medium_id = r.medium_id AND x.seq > j.value ->> 'seq')`,
    )
    .all(refs) as LatestRow[];
  const records = new Map<string, RecordSummary>(
    latest.map((r) => [r.medium_id, { wipeId: r.wipe_id, result: r.result, level: r.level, verification: r.verification, failureReason: r.failure_reason, validated: r.validation_event_id !== null }]),
  );
  const byHost = new Map<string, MediumStanding[]>();
  for (const m of media) {
    const list = byHost.get(m.asset_id) ?? [];
    list.push({ mediumId: m.id, serial: m.serial, mediaType: m.media_type, latest: records.get(m.id) ?? null, startedAt: m.started_at });
    byHost.set(m.asset_id, list);
  }
  return new Map(
    hosts.map((h) => {
      const policy = policies.get(h.assetClass) ?? policyFor(db, h.assetClass);
      const requirement = requirementFor(policy, h.sensitivity);
      const standing = byHost.get(h.id) ?? [];
      return [h.id, { requirement, media: standing, verdict: verdictFor(requirement, standing) }];
    }),
  );
}

/** Where one host stands, optionally as if one medium's latest record were `replaced` (the record being written). */
export function standingOf(
  db: Db,
  asset: { readonly id: string; readonly assetClass: AssetClass; readonly sensitivity: Sensitivity },
  receiptSeq: number,
  replaced: { readonly mediumId: string; readonly record: RecordSummary } | null = null,
): Standing {
  const found = standingsOf(db, [{ ...asset, receiptSeq }], new Map()).get(asset.id);
  if (found === undefined) throw new Error(`no standing for ${asset.id}`);
  if (replaced === null) return found;
  const media = found.media.map((m) => (m.mediumId === replaced.mediumId ? { ...m, latest: replaced.record, startedAt: null } : m));
  return { requirement: found.requirement, media, verdict: verdictFor(found.requirement, media) };
}
