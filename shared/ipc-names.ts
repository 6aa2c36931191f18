import { CASES_COMMAND_NAMES } from './commands/cases.names';
import { PICKUPS_COMMAND_NAMES } from './commands/pickups.names';
import { VENDORS_COMMAND_NAMES } from './commands/vendors.names';

/**
 * Channel and name lists the preload needs, kept free of any library so the sandboxed preload
 * stays tiny. contract.ts checks at compile time that these lists match the contract exactly.
 */
export const COMMAND_NAME_LIST = [
  ...PICKUPS_COMMAND_NAMES,
  ...VENDORS_COMMAND_NAMES,
  ...CASES_COMMAND_NAMES,
  'setup.status',
  'setup.createFirstSupervisor',
  'auth.signIn',
  'auth.signOut',
  'auth.touch',
  'users.list',
  'users.add',
  'users.resetPin',
  'users.setActive',
  'settings.update',
  'receiving.startBatch',
  'receiving.batch',
  'receiving.lookup',
  'receiving.receive',
  'assets.register',
  'assets.grade',
  'assets.note',
  'assets.search',
  'assets.detail',
  'custody.verify',
  'custody.exportEvidence',
  'sync.status',
  'sync.problems',
  'sync.resolutions',
  'sync.retry',
  'sync.retryAll',
  'sync.dismiss',
  'sync.resolveConflict',
  'sync.connectors',
  'sync.saveConnector',
  'sync.setToken',
  'sync.testConnection',
  'sync.runNow',
  'sync.waiting',
  'sync.removeConnector',
  'wipes.queue',
  'wipes.lookup',
  'wipes.asset',
  'wipes.addMedium',
  'wipes.start',
  'wipes.record',
  'wipes.validate',
  'wipes.policies',
  'wipes.savePolicy',
  'wipes.saveIssuer',
  'wipes.previewNwipe',
  'wipes.importNwipe',
  'wipes.certificate',
  'wipes.batchCertificate',
  'wipes.exportCsv',
] as const;
export type CommandNameFromList = (typeof COMMAND_NAME_LIST)[number];

export const EVENT_NAME_LIST = ['session.ended'] as const;
export type EventNameFromList = (typeof EVENT_NAME_LIST)[number];

export const INVOKE_CHANNEL = 'dockside:invoke';
export const eventChannel = (name: EventNameFromList): string => `dockside:event:${name}`;
