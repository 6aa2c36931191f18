import type { AssetState, AssetStatus } from './asset';
import { conditionRecordedPayload, receivedPayload, assetRegisteredPayload, type CustodyEvent } from './events';
import { sanitizedFlag } from './sanitization/wipe-payloads';
import { pickupWithdrawnPayload } from './pickups/pickup-payloads';
import { writtenOffPayload } from './cases/case-events';

export const EMPTY_STATE: AssetState = {
  status: 'expected',
  condition: null,
  location: null,
  custodian: null,
  lastEventAt: null,
  eventCount: 0,
};

/** The asset's current state is a fold over its events, in order. Never stored any other way. */
export function applyEvent(state: AssetState, event: Pick<CustodyEvent, 'type' | 'payload' | 'deviceTime' | 'site'>): AssetState {
  const base = { ...state, lastEventAt: event.deviceTime, eventCount: state.eventCount + 1 };
  switch (event.type) {
    case 'asset_registered': {
      const p = assetRegisteredPayload.parse(event.payload);
      return { ...base, custodian: p.custodian };
    }
    case 'received': {
      const p = receivedPayload.parse(event.payload);
      return { ...base, status: 'received', location: p.location, custodian: null };
    }
    case 'condition_recorded': {
      const p = conditionRecordedPayload.parse(event.payload);
      return { ...base, condition: p.code ?? state.condition };
    }
    case 'wipe_started':
    case 'wipe_failed':
      return { ...base, status: 'wipe-pending' };
    case 'wipe_completed':
      // A host with more media, or one awaiting validation, stays pending until its last record says it is sanitized.
      return { ...base, status: sanitizedFlag.parse(event.payload).assetSanitized === false ? 'wipe-pending' : 'wiped' };
    case 'staged_for_pickup':
      return { ...base, status: 'awaiting-pickup' };
    case 'picked_up':
      return { ...base, status: 'picked-up', location: null };
    case 'disposition_confirmed':
      return { ...base, status: 'disposed' };
    case 'reported_missing':
      return { ...base, status: 'missing' };
    case 'pickup_withdrawn':
      return { ...base, status: pickupWithdrawnPayload.parse(event.payload).statusBefore };
    case 'written_off':
      // Lost or stolen: the device is missing. Kept under a payroll deduction: it stays where it stood.
      return writtenOffPayload.parse(event.payload).reason === 'payroll-deduction' ? base : { ...base, status: 'missing' };
    case 'note':
    case 'substitution_found':
    case 'pickup_corrected':
    case 'case_returned':
    case 'remote_lock_requested':
    case 'remote_wipe_requested':
    case 'return_reminder_sent':
    case 'case_closed':
      return base;
  }
}

export function projectEvents(events: readonly Pick<CustodyEvent, 'type' | 'payload' | 'deviceTime' | 'site'>[]): AssetState {
  return events.reduce(applyEvent, EMPTY_STATE);
}

/** The status one event moves an asset to on its own (what a central system should show), or null when it moves none. */
export function statusAfterEvent(event: Pick<CustodyEvent, 'type' | 'payload' | 'deviceTime' | 'site'>): AssetStatus | null {
  const status = applyEvent(EMPTY_STATE, event).status;
  return status === EMPTY_STATE.status ? null : status;
}
