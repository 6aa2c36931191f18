import type { Db } from '../../../db/connection';
import type { AssetClass, Sensitivity } from '../../../shared/domain/asset';
import { requirementFor, type WipeRequirement } from '../../../shared/domain/sanitization/policy';
import { verdictFor, type MediumStanding, type RecordSummary, type Verdict } from '../../../shared/domain/sanitization/verdict';
import { listMedia } from './store/media-store';
import { policyFor } from './store/policy-store';
import { latestRecords } from './store/record-store';

export interface Standing {
  readonly requirement: WipeRequirement;
  readonly media: readonly MediumStanding[];
  readonly verdict: Verdict;
}

/** Where a host stands against its policy, optionally as if one medium's latest record were `replaced`. */
export function standingOf(
  db: Db,
  asset: { readonly id: string; readonly assetClass: AssetClass; readonly sensitivity: Sensitivity },
  receiptSeq: number,
  replaced: { readonly mediumId: string; readonly record: RecordSummary } | null = null,
): Standing {
  const requirement = requirementFor(policyFor(db, asset.assetClass), asset.sensitivity);
  const latest = latestRecords(db, asset.id, receiptSeq);
  const started = db.prepare('SELECT device_time FROM custody_events WHERE id = ?');
  const media: MediumStanding[] = listMedia(db, asset.id).map((m) => {
    const isReplaced = replaced !== null && replaced.mediumId === m.id;
    const startedRow = m.started_event_id === null || isReplaced ? undefined : (started.get(m.started_event_id) as { device_time: string } | undefined);
    return {
      mediumId: m.id,
      serial: m.serial,
      mediaType: m.media_type,
      latest: isReplaced ? replaced.record : (latest.get(m.id) ?? null),
      startedAt: startedRow?.device_time ?? null,
    };
  });
  return { requirement, media, verdict: verdictFor(requirement, media) };
}
