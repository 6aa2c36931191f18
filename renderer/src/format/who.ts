import type { EventView } from '../../../shared/views';

/** "Sam Supervisor (SUP-1)", or the bare ID when the technician is not on this station. */
export function whoDid(event: Pick<EventView, 'technicianId' | 'technicianName'>): string {
  return event.technicianName === null ? event.technicianId : `${event.technicianName} (${event.technicianId})`;
}
