import type { DispositionConfirmedPayload, DispositionImportResult } from '../../../../shared/domain/disposition';
import type { Vendor } from '../../../../shared/domain/vendors';
import { appendEvent } from '../../custody/append';
import type { CoreDeps } from '../../deps';
import { readSettings } from '../../settings/settings-store';
import type { DispositionPlan } from './plan-report';
import type { PlannedLine } from './plan-line';
import { lineDedupeKey, notMentionedKey, queueItem, settleForAsset } from './review-store';

export interface ImportContext {
  readonly vendor: Vendor;
  readonly technicianId: string;
}

function payloadOf(line: PlannedLine, plan: DispositionPlan, vendor: Vendor, importId: string): DispositionConfirmedPayload | null {
  if (line.outcome === null || line.matchedBy === null) return null;
  return {
    vendorId: vendor.vendorId,
    vendorName: vendor.name,
    outcome: line.outcome,
    vendorOutcomeCode: line.vendorOutcome ?? line.outcome,
    processedDate: line.processedDate,
    certificateNumber: line.certificateNumber,
    vendorCondition: line.vendorCondition,
    condition: line.condition,
    importId,
    fileName: plan.preview.fileName,
    fileSha256: plan.preview.fileSha256,
    line: line.line,
    matchedBy: line.matchedBy,
    reviewItemId: null,
  };
}

/**
 * Writes a planned report in one transaction: a disposition_confirmed event for each line to record, the review queue
 * for the rest and for the devices the report leaves out. All of it or none of it; nothing already recorded is
 * recorded again, and nothing already queued is queued again.
 */
export function importDisposition(deps: CoreDeps, plan: DispositionPlan, { vendor, technicianId }: ImportContext): DispositionImportResult {
  const { db, clock, ids } = deps;
  return db.transaction((): DispositionImportResult => {
    const importId = ids.next();
    const at = clock.now().toISOString();
    const site = readSettings(db).site;
    const counts = plan.preview.counts;
    db.prepare(
      `INSERT INTO disposition_imports (import_id, vendor_id, file_name, file_sha256, technician_id, imported_at, lines, recorded, already, queued)
       VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, 0)`,
    ).run(importId, vendor.vendorId, plan.preview.fileName, plan.preview.fileSha256, technicianId, at, counts.lines, counts.already);
    let recorded = 0;
    let queued = 0;
    const base = { vendorId: vendor.vendorId, importId, createdAt: at };
    for (const line of plan.lines) {
      const payload = line.action === 'record' ? payloadOf(line, plan, vendor, importId) : null;
      if (payload !== null && line.asset !== null) {
        appendEvent(deps, { assetId: line.asset.assetId, type: 'disposition_confirmed', payload, technicianId, site });
        settleForAsset(db, line.asset.assetId, `Confirmed by ${plan.preview.fileName}, line ${line.line}.`, technicianId, at);
        recorded += 1;
      } else if (line.action === 'review' && line.reviewKind !== null) {
        const added = queueItem(db, {
          ...base,
          itemId: ids.next(),
          kind: line.reviewKind,
          dedupeKey: lineDedupeKey(line, plan.preview.fileSha256),
          line: line.line,
          assetId: line.asset?.assetId ?? null,
          serial: line.serial,
          assetTag: line.assetTag,
          vendorOutcome: line.vendorOutcome,
          outcome: line.outcome,
          processedDate: line.processedDate,
          certificateNumber: line.certificateNumber,
          vendorCondition: line.vendorCondition,
          reason: line.reason ?? '',
        });
        if (added) queued += 1;
      }
    }
    for (const missing of plan.preview.notMentioned) {
      const added = queueItem(db, {
        ...base,
        itemId: ids.next(),
        kind: 'not-mentioned',
        dedupeKey: notMentionedKey(missing),
        line: null,
        assetId: missing.asset.assetId,
        serial: missing.asset.serial,
        assetTag: missing.asset.assetTag,
        vendorOutcome: null,
        outcome: null,
        processedDate: null,
        certificateNumber: null,
        vendorCondition: null,
        reason: `Picked up in session ${missing.sessionReference}; the report ${plan.preview.fileName} covers that session but does not mention this device.`,
      });
      if (added) queued += 1;
    }
    db.prepare('UPDATE disposition_imports SET recorded = ?, queued = ? WHERE import_id = ?').run(recorded, queued, importId);
    return { importId, fileName: plan.preview.fileName, recorded, already: counts.already, queued, counts };
  })();
}
