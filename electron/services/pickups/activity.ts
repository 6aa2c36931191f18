import type { ActivityRow } from '../../../shared/domain/pickups/pickup-views';
import type { SessionFact } from './session-facts';

const str = (value: unknown): string => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');

/** One fact in words, as the review shows who did what. */
export function factWords(fact: SessionFact): string {
  const p = fact.payload;
  switch (fact.kind) {
    case 'session_opened':
      return `Opened pickup ${str(p.reference)} for ${str(p.vendorName)} with ${str(p.lines)} staged devices`;
    case 'manifest_lines':
      return `Added ${str(p.count)} lines from ${str(p.source)}`;
    case 'container_opened':
      return `Opened ${str(p.kind)} ${str(p.label)}${str(p.seal) === '' ? '' : ` (seal ${str(p.seal)})`}`;
    case 'container_sealed':
      return `Sealed ${str(p.label)} with seal ${str(p.seal)}`;
    case 'scan':
      return `Scanned ${str(p.scanned)} into ${str(p.containerLabel)}: ${str(p.outcome)}${p.override === null || p.override === undefined ? '' : ` (refusal overridden by supervisor ${str((p.override as Record<string, unknown>).supervisorId)}: ${str((p.override as Record<string, unknown>).reason)})`}`;
    case 'scan_refused':
      return `Refused ${str(p.scanned)}: ${Array.isArray(p.reasons) ? p.reasons.map(str).join(' ') : ''}`;
    case 'resolution':
      return `Line ${str(p.lineNo)} (${str(p.label)}): ${str(p.resolution)}, ${str(p.reason)}`;
    case 'signature':
      return p.role === 'driver' ? `Driver ${str(p.name)} (${str(p.company)}, ${str(p.vehicle)}) signed` : `Technician ${str(p.name)} signed`;
    case 'signed_off':
      return `Supervisor ${str(p.name)} signed the session off${str(p.note) === '' ? '' : `: ${str(p.note)}`}`;
    case 'correction':
      return `Correction${p.lineNo === null ? '' : ` to line ${str(p.lineNo)}`}${p.withdraw === true ? ' (taken off the pickup)' : ''}: ${str(p.text)}`;
  }
}

export function activityOf(facts: readonly SessionFact[]): ActivityRow[] {
  return facts.map((f) => ({ seq: f.seq, at: f.at, technicianId: f.technicianId, kind: f.kind, text: factWords(f) }));
}
