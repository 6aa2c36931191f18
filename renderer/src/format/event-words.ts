import { conditionRecordedPayload, notePayload, receivedPayload, assetRegisteredPayload, type EventType } from '../../../shared/domain/events';
import type { EventView } from '../../../shared/views';
import { accessoryLabel, damageLabel } from '../grading/grade-draft';
import { wipeEventSummary } from './wipe-event-words';

const TYPE_WORDS: Readonly<Record<EventType, string>> = {
  asset_registered: 'Registered',
  received: 'Received at the dock',
  condition_recorded: 'Condition recorded',
  note: 'Note',
  wipe_started: 'Wipe started',
  wipe_completed: 'Wipe completed',
  wipe_failed: 'Wipe failed',
  staged_for_pickup: 'Staged for pickup',
  picked_up: 'Picked up',
  reported_missing: 'Reported missing',
  substitution_found: 'Substitution found',
  disposition_confirmed: 'Disposition confirmed',
  case_returned: 'Returned against an offboarding case',
  remote_lock_requested: 'Remote lock requested',
  remote_wipe_requested: 'Remote wipe requested',
  return_reminder_sent: 'Return reminder sent',
  written_off: 'Written off',
  pickup_withdrawn: 'Taken off a pickup',
  pickup_corrected: 'Pickup corrected',
  case_closed: 'Offboarding case closed',
};

export const eventTypeWords = (type: EventType): string => TYPE_WORDS[type];

const SOURCE_WORDS = { wedge: 'scanner', keyboard: 'typed', camera: 'camera' } as const;

function joinParts(parts: readonly (string | null)[]): string {
  return parts.filter((p): p is string => p !== null && p !== '').join(' \u00b7 ');
}

/** What the event says, in a line: the grade, the note, where it was received from. */
export function eventSummary(event: Pick<EventView, 'type' | 'payload'>): string {
  switch (event.type) {
    case 'asset_registered': {
      const p = assetRegisteredPayload.safeParse(event.payload);
      if (!p.success) return '';
      return joinParts([p.data.assetTag && `Tag ${p.data.assetTag}`, p.data.serial && `Serial ${p.data.serial}`, p.data.custodian && `Custodian ${p.data.custodian}`]);
    }
    case 'received': {
      const p = receivedPayload.safeParse(event.payload);
      if (!p.success) return '';
      return joinParts([`At ${p.data.location}`, p.data.fromCustodian && `from ${p.data.fromCustodian}`, `${SOURCE_WORDS[p.data.source]}: ${p.data.scanned}`]);
    }
    case 'condition_recorded': {
      const p = conditionRecordedPayload.safeParse(event.payload);
      if (!p.success) return '';
      return joinParts([
        `Grade ${p.data.code ?? 'not graded'}`,
        p.data.damage.length > 0 ? `Damage: ${p.data.damage.map(damageLabel).join(', ')}` : null,
        p.data.accessories.length > 0 ? `Returned with: ${p.data.accessories.map(accessoryLabel).join(', ')}` : null,
        p.data.note,
      ]);
    }
    case 'note': {
      const p = notePayload.safeParse(event.payload);
      return p.success ? p.data.text : '';
    }
    case 'wipe_started':
    case 'wipe_completed':
    case 'wipe_failed':
      return wipeEventSummary(event);
    default:
      return '';
  }
}
