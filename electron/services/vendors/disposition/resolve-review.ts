import type { DispositionConfirmedPayload, MatchedBy, ReviewItem } from '../../../../shared/domain/disposition';
import { DocksideError } from '../../../../shared/errors';
import { appendEvent } from '../../custody/append';
import type { CoreDeps } from '../../deps';
import { readSettings } from '../../settings/settings-store';
import { openItem, resolveItem, settleForAsset, type StoredReviewItem } from './review-store';

export interface Resolution {
  readonly itemId: string;
  /** note: the item is closed with the supervisor's note; record: the disposition is recorded as the vendor reported it. */
  readonly action: 'note' | 'record';
  readonly note: string;
}

/**
 * How the item's line was tied to its device, told again from what the line and the record say (as identityMatcher
 * ties them: by serial when both have one, else by tag; "-zeros" when the written value lacks the record's leading zeros).
 */
function matchedByOf(row: StoredReviewItem['row']): MatchedBy {
  const differs = (written: string, recorded: string | null) => recorded !== null && written.toUpperCase() !== recorded.toUpperCase();
  if (row.serial !== null && row.serial_now !== null) return differs(row.serial, row.serial_now) ? 'serial-zeros' : 'serial';
  return row.asset_tag !== null && differs(row.asset_tag, row.asset_tag_now) ? 'assetTag-zeros' : 'assetTag';
}

/**
 * Closes one review item with a supervisor's note. Each resolution is kept on the item (who, when, what, why) and,
 * for an item about a device, also written to that device's custody log: as a note, or as the disposition itself
 * (which settles the device's other items that only waited for one, as an import does).
 */
export function resolveReview(deps: CoreDeps, input: Resolution, supervisorId: string): ReviewItem {
  const { db, clock } = deps;
  return db.transaction((): ReviewItem => {
    const item = openItem(db, input.itemId);
    const at = clock.now().toISOString();
    const site = readSettings(db).site;
    const row = item.row;
    if (input.action === 'record') {
      if (!item.canRecord || row.asset_id === null || item.outcome === null) {
        throw new DocksideError('INVALID_INPUT', 'Nothing to record for this item', { action: 'This item names no device and outcome to record: close it with a note.' });
      }
      const payload: DispositionConfirmedPayload = {
        vendorId: item.vendorId,
        vendorName: item.vendorName,
        outcome: item.outcome,
        vendorOutcomeCode: row.vendor_outcome ?? item.outcome,
        processedDate: row.processed_date,
        certificateNumber: row.certificate_number,
        vendorCondition: row.vendor_condition,
        condition: null,
        importId: row.import_id,
        fileName: item.fileName,
        fileSha256: row.file_sha256,
        line: row.line,
        matchedBy: matchedByOf(row),
        reviewItemId: item.itemId,
      };
      appendEvent(deps, { assetId: row.asset_id, type: 'disposition_confirmed', payload, technicianId: supervisorId, site });
      settleForAsset(db, row.asset_id, `Recorded from the review of ${item.fileName}${row.line === null ? '' : `, line ${row.line}`}.`, supervisorId, at);
    } else if (row.asset_id !== null) {
      appendEvent(deps, { assetId: row.asset_id, type: 'note', payload: { text: `Disposition review (${item.fileName}${row.line === null ? '' : `, line ${row.line}`}): ${input.note}` }, technicianId: supervisorId, site });
    }
    const kind = input.action === 'record' ? 'recorded' : 'noted';
    resolveItem(db, item.itemId, kind, supervisorId, at, input.note);
    const { row: _row, ...view } = item;
    return { ...view, resolution: { kind, by: supervisorId, at, note: input.note } };
  })();
}
