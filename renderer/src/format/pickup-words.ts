import type { LineState, Resolution } from '../../../shared/domain/pickups/line-state';
import type { PickupLineView } from '../../../shared/domain/pickups/pickup-views';

export const LINE_STATE_WORDS: Readonly<Record<LineState, string>> = {
  matched: 'Matched',
  missing: 'Missing',
  unexpected: 'Unexpected',
  substituted: 'Substituted',
  resolved: 'Resolved',
};

export const RESOLUTION_WORDS: Readonly<Record<Resolution, string>> = {
  found: 'Found: it is the right device',
  'left-behind': 'Left behind (stays at the dock)',
  added: 'Added to the manifest',
  missing: 'Reported missing',
};

export const lineLabel = (line: Pick<PickupLineView, 'assetTag' | 'serial' | 'scannedValue' | 'lineNo'>): string =>
  line.assetTag ?? line.serial ?? line.scannedValue ?? `line ${line.lineNo}`;

export const shortTime = (iso: string | null): string => (iso === null ? '' : new Date(iso).toLocaleString([], { dateStyle: 'short', timeStyle: 'short' }));
