import type { CustodyEvent } from '../../../../shared/domain/events';
import { ESCALATION_STEPS, ESCALATION_WORDS, WRITE_OFF_REASONS, WRITE_OFF_WORDS } from '../../../../shared/domain/cases/vocabulary';
import type { CaseLogEntry } from '../store/case-log';
import type { TimelineEntry } from './pack-format';

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

function stepWords(value: unknown): string {
  const step = ESCALATION_STEPS.find((s) => s === value);
  return step === undefined ? 'Reminder' : ESCALATION_WORDS[step];
}

function reasonWords(value: unknown): string {
  const reason = WRITE_OFF_REASONS.find((r) => r === value);
  return reason === undefined ? str(value) : WRITE_OFF_WORDS[reason];
}

function eventWhat(e: Pick<CustodyEvent, 'type' | 'payload'>): string | null {
  const p = e.payload;
  switch (e.type) {
    case 'case_returned':
      return 'Returned at the dock against the case';
    case 'remote_lock_requested':
      return 'Remote lock requested';
    case 'remote_wipe_requested':
      return `Remote wipe requested (deadline ${str(p['deadline'])} missed)`;
    case 'return_reminder_sent':
      return `${stepWords(p['step'])} sent to ${str(p['recipient'])} (${str(p['channel'])}; message SHA-256 ${str(p['messageSha256']).slice(0, 16)}\u2026)`;
    case 'written_off':
      return `Written off: ${reasonWords(p['reason'])}${str(p['note']) === '' ? '' : ` (${str(p['note'])})`}`;
    case 'wipe_completed':
      return `Wipe completed${p['assetSanitized'] === false ? ' (more media or validation pending)' : ''}`;
    case 'wipe_failed':
      return 'Wipe failed';
    default:
      return null;
  }
}

function logWhat(entry: Pick<CaseLogEntry, 'kind' | 'payload'>): string {
  const p = entry.payload;
  switch (entry.kind) {
    case 'opened':
      return `Case opened from ${str(p['source'])}`;
    case 'task_completed':
      return `Checklist: ${str(p['title'])} (${str(p['team'])}) done`;
    case 'licence_reclaimed':
      return `Licence reclaimed: ${str(p['name'])}`;
    case 'kit_shipped':
      return `Return kit shipped with ${str(p['carrier'])}, tracking ${str(p['trackingNumber'])}`;
    case 'closed':
      return 'Case closed and signed off';
  }
}

/**
 * The readable account of a case, derived only from its signed records: every return, message,
 * remote request, write-off and wipe of its assets since it opened, and every fact of the case log,
 * in time order, each with its actor and hash. The verifier derives it again and compares.
 */
export function packTimeline(
  caseId: string,
  openedAt: string,
  assets: readonly { readonly label: string; readonly events: readonly CustodyEvent[] }[],
  log: readonly CaseLogEntry[],
): TimelineEntry[] {
  const entries: TimelineEntry[] = log.map((l) => ({ at: l.at, actor: l.technicianId, what: logWhat(l), asset: null, hash: l.hash }));
  for (const asset of assets) {
    for (const e of asset.events) {
      const onThisCase = e.payload['caseId'] === caseId || ((e.type === 'wipe_completed' || e.type === 'wipe_failed') && e.deviceTime >= openedAt);
      const what = onThisCase ? eventWhat(e) : null;
      if (what !== null) entries.push({ at: e.deviceTime, actor: e.technicianId, what, asset: asset.label, hash: e.hash });
    }
  }
  // A stable sort: at the same instant, case facts come before asset events, and each asset's events keep their order.
  return entries.sort((a, b) => a.at.localeCompare(b.at));
}
