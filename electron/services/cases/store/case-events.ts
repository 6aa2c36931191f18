import type { ReminderSentPayload } from '../../../../shared/domain/cases/case-events';
import type { WriteOffReason } from '../../../../shared/domain/cases/vocabulary';
import type { CustodyEvent } from '../../../../shared/domain/events';
import type { CoreDeps } from '../../deps';
import { appendEvent } from '../../custody/append';

/** The offboarding facts on an asset, each with what its payload carries besides the case. */
export type CaseEventFact =
  | { readonly type: 'case_returned'; readonly receivedEventId: string; readonly batchId: string }
  | { readonly type: 'remote_lock_requested'; readonly reason: string }
  | { readonly type: 'remote_wipe_requested'; readonly deadline: string }
  | ({ readonly type: 'return_reminder_sent' } & Omit<ReminderSentPayload, 'caseId' | 'caseNumber'>)
  | { readonly type: 'written_off'; readonly reason: WriteOffReason; readonly note: string }
  | { readonly type: 'case_closed'; readonly assets: number; readonly licences: number };

export interface CaseEventInput {
  readonly caseId: string;
  readonly caseNumber: string;
  readonly assetId: string;
  readonly technicianId: string;
  readonly site: string;
  readonly fact: CaseEventFact;
}

/**
 * Appends an offboarding custody event on an asset (signed, chained, enqueued for sync) and indexes it
 * for the case in the same transaction. The only writer of these event types.
 */
export function appendCaseEvent(deps: CoreDeps, input: CaseEventInput): CustodyEvent {
  const { type, ...rest } = input.fact;
  const { event } = appendEvent(deps, {
    assetId: input.assetId,
    type,
    payload: { caseId: input.caseId, caseNumber: input.caseNumber, ...rest },
    technicianId: input.technicianId,
    site: input.site,
  });
  const f = input.fact;
  deps.db
    .prepare(
      `INSERT INTO case_asset_events (event_id, case_id, asset_id, type, step, recipient, channel, reason, at, technician_id, hash)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      event.id,
      input.caseId,
      input.assetId,
      type,
      f.type === 'return_reminder_sent' ? f.step : null,
      f.type === 'return_reminder_sent' ? f.recipient : null,
      f.type === 'return_reminder_sent' ? f.channel : null,
      f.type === 'written_off' ? f.reason : null,
      event.deviceTime,
      event.technicianId,
      event.hash,
    );
  return event;
}
