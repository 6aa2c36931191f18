import { EVENT_TYPES, type EventType } from '../../../shared/domain/events';
import type { SyncConnectorKind, SyncField } from '../../../shared/domain/sync-config';
import type { SyncConnectorStateKind, SyncResolution } from '../../../shared/views';
import { eventTypeWords } from './event-words';

const KIND_WORDS: Readonly<Record<SyncConnectorKind, string>> = {
  rt5: 'Request Tracker 5',
  webhook: 'Signed webhook',
  snipeit: 'Snipe-IT',
};

const STATE_WORDS: Readonly<Record<SyncConnectorStateKind, string>> = {
  idle: 'Active · up to date',
  sending: 'Active · sending',
  retrying: 'Active · waiting to retry',
  paused: 'Paused · needs a new token',
  'needs-token': 'Needs a token',
  disabled: 'Switched off',
  'no-driver': 'No driver in this version',
};

const ACTION_WORDS: Readonly<Record<SyncResolution['action'], string>> = {
  retry: 'Sent again',
  dismiss: 'Dismissed',
  'apply-ours': 'Applied ours',
  'keep-theirs': 'Kept theirs',
};

export const connectorKindWords = (kind: SyncConnectorKind): string => KIND_WORDS[kind];
export const connectorStateWords = (state: SyncConnectorStateKind): string => STATE_WORDS[state];
export const resolutionWords = (action: SyncResolution['action']): string => ACTION_WORDS[action];

/** A stored event type in words; an unknown one (from a newer station) as it is. */
export function syncEventWords(type: string): string {
  const known = EVENT_TYPES.find((t): t is EventType => t === type);
  return known === undefined ? type : eventTypeWords(known);
}

const FIELD_WORDS: Readonly<Record<SyncField, string>> = {
  serial: 'Serial number',
  condition: 'Condition grade',
  lastWipe: 'Last wipe',
  technician: 'Technician',
  make: 'Make',
  model: 'Model',
  custodian: 'Custodian',
  lastNote: 'Last note',
  site: 'Site',
  location: 'Location',
  marker: 'Applied-events marker',
};

export const syncFieldWords = (field: SyncField): string => FIELD_WORDS[field];
