import type { EventType } from '../../../shared/domain/events';

/** The life of a returned device, in order. An asset's history is a prefix of it, with notes after registration when it is longer. */
export const LIFECYCLE: readonly EventType[] = [
  'asset_registered',
  'received',
  'condition_recorded',
  'wipe_started',
  'wipe_completed',
  'staged_for_pickup',
  'picked_up',
  'disposition_confirmed',
];

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** How long after the previous event each kind of event usually follows, in ms: [shortest, longest]. */
export const GAP_BEFORE: Readonly<Record<EventType, readonly [number, number]>> = {
  asset_registered: [0, 0],
  note: [HOUR, 5 * DAY],
  received: [DAY, 60 * DAY],
  condition_recorded: [5_000, 120_000],
  wipe_started: [HOUR, 5 * DAY],
  wipe_completed: [HOUR, 4 * HOUR],
  wipe_failed: [HOUR, 4 * HOUR],
  staged_for_pickup: [DAY, 10 * DAY],
  picked_up: [DAY, 14 * DAY],
  reported_missing: [DAY, 30 * DAY],
  substitution_found: [DAY, 30 * DAY],
  disposition_confirmed: [10 * DAY, 60 * DAY],
  case_returned: [5_000, 60_000],
  remote_lock_requested: [HOUR, DAY],
  remote_wipe_requested: [DAY, 10 * DAY],
  return_reminder_sent: [DAY, 10 * DAY],
  written_off: [10 * DAY, 60 * DAY],
  pickup_withdrawn: [HOUR, DAY],
  pickup_corrected: [HOUR, 5 * DAY],
  case_closed: [HOUR, DAY],
};

/** The type of an asset's step-th event (0-based) when its history has `length` events. */
export function eventTypeAt(step: number, length: number): EventType {
  const notes = Math.max(0, length - LIFECYCLE.length);
  if (step === 0) return 'asset_registered';
  if (step <= notes) return 'note';
  const type = LIFECYCLE[step - notes];
  if (type === undefined) throw new Error(`step ${step} is past a history of ${length}`);
  return type;
}
