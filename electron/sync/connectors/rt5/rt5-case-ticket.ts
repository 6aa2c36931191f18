import type { CustodyEvent } from '../../../../shared/domain/events';

const CASE_EVENTS: ReadonlySet<string> = new Set(['case_returned', 'remote_lock_requested', 'remote_wipe_requested', 'return_reminder_sent', 'written_off', 'case_closed']);

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The offboarding case an event belongs to, or null for an event that is not about a case. */
export function caseNumberOf(event: Pick<CustodyEvent, 'type' | 'payload'>): string | null {
  if (!CASE_EVENTS.has(event.type)) return null;
  const number = text(event.payload['caseNumber']);
  return number === '' ? null : number;
}

/** What the service desk reads on the case's ticket: requests to act are said as requests. */
export function caseComment(event: Pick<CustodyEvent, 'type' | 'payload' | 'technicianId' | 'deviceTime'>, assetLabel: string): string {
  const p = event.payload;
  const by = `Recorded by ${event.technicianId} at ${event.deviceTime}.`;
  switch (event.type) {
    case 'remote_lock_requested':
      return `REQUEST: remote-lock ${assetLabel} now (high-sensitivity device held by a departing employee). ${by}`;
    case 'remote_wipe_requested':
      return `REQUEST: remote-wipe ${assetLabel}: it was due back on ${text(p['deadline'])} and has not been returned. ${by}`;
    case 'return_reminder_sent':
      return `Escalation (${text(p['step'])}) sent to ${text(p['recipient'])} ${text(p['channel']) === 'itsm' ? 'as a reply on this ticket' : 'by manual sending'}, listing ${assetLabel} (due ${text(p['deadline'])}); message SHA-256 ${text(p['messageSha256'])}. ${by}`;
    case 'written_off':
      return `${assetLabel} written off by a supervisor: ${text(p['reason'])}${text(p['note']) === '' ? '' : ` (${text(p['note'])})`}. ${by}`;
    case 'case_closed':
      return `Case ${text(p['caseNumber'])} closed in Dockside: every device back and sanitized or written off, every licence reclaimed. This ticket is resolved with it. ${by}`;
    default:
      return `${assetLabel} returned at the dock against the case. ${by}`;
  }
}
