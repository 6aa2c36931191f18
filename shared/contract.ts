import { z } from 'zod';
import type { AssetView } from './domain/asset';
import { assetIdentitySchema } from './domain/asset';
import { conditionSchema } from './domain/grading';
import { stationSettingsSchema, type StationSettings } from './domain/settings';
import { connectorIdSchema, saveConnectorSchema } from './domain/sync-config';
import { personNameSchema, pinSchema, ROLES, technicianIdSchema, type Session, type Technician } from './domain/users';
import type { CommandNameFromList, EventNameFromList } from './ipc-names';
import { background, command, id, none, returns, shortText, type AnyCommandSpec } from './commands/spec';
import { casesCommands } from './commands/cases';
import { pickupsCommands } from './commands/pickups';
import { vendorsCommands } from './commands/vendors';
import { certificateIssuerSchema, wipePolicySchema } from './domain/sanitization/policy';
import {
  addMediumSchema,
  importNwipeSchema,
  periodSchema,
  previewNwipeSchema,
  recordWipeSchema,
  startWipeSchema,
  validateWipeSchema,
} from './domain/sanitization/wipe-inputs';
import type {
  CsvFile,
  NwipeImportResult,
  NwipePreview,
  PdfFile,
  WipeAssetView,
  WipeLookup,
  WipePoliciesView,
  WipeQueuePage,
  WipeRecordOutcome,
} from './domain/sanitization/wipe-views';
import type {
  AssetDetail,
  BatchInfo,
  ChainReport,
  ConnectionTestResult,
  ConnectorRemoval,
  EvidenceFile,
  LookupResult,
  ReceiveOutcome,
  SetupStatus,
  SyncConnectorConfig,
  SyncProblem,
  SyncResolution,
  SyncStatus,
  SyncWaitingList,
} from './views';

const syncItem = z.object({ connectorId: connectorIdSchema, eventId: id }).strict();
const syncNote = z.string().trim().min(1, 'Say why, for the record').max(2000);

const gradeInput = {
  condition: conditionSchema.nullable(),
  damage: z.array(z.string().max(40)).max(20),
  accessories: z.array(z.string().max(40)).max(20),
  note: shortText,
};

/** The one IPC contract: command name -> who may call it, input schema, output type. */
export const commands = {
  ...pickupsCommands,
  ...vendorsCommands,
  ...casesCommands,
  'setup.status': command('public', none, returns<SetupStatus>()),
  'setup.createFirstSupervisor': command(
    'public',
    z.object({ technicianId: technicianIdSchema, name: personNameSchema, pin: pinSchema, loadDemoData: z.boolean() }).strict(),
    returns<Session>(),
  ),
  'auth.signIn': command('public', z.object({ technicianId: technicianIdSchema, pin: z.string().max(12) }).strict(), returns<Session>()),
  'auth.signOut': command('public', none, returns<null>()),
  'auth.touch': command('signed-in', none, returns<Session>()),
  'users.list': command('supervisor', none, returns<readonly Technician[]>()),
  'users.add': command(
    'supervisor',
    z.object({ technicianId: technicianIdSchema, name: personNameSchema, role: z.enum(ROLES), pin: pinSchema }).strict(),
    returns<Technician>(),
  ),
  'users.resetPin': command('supervisor', z.object({ technicianId: technicianIdSchema, pin: pinSchema }).strict(), returns<null>()),
  'users.setActive': command('supervisor', z.object({ technicianId: technicianIdSchema, active: z.boolean() }).strict(), returns<null>()),
  'settings.update': command('supervisor', stationSettingsSchema, returns<StationSettings>()),
  'receiving.startBatch': command('signed-in', none, returns<BatchInfo>()),
  'receiving.batch': command('signed-in', z.object({ batchId: id }).strict(), returns<BatchInfo>()),
  'receiving.lookup': command(
    'signed-in',
    z.object({ raw: z.string().max(100_000), source: z.enum(['wedge', 'keyboard', 'camera']), batchId: id }).strict(),
    returns<LookupResult>(),
  ),
  'receiving.receive': command(
    'signed-in',
    z.object({ batchId: id, assetId: id, source: z.enum(['wedge', 'keyboard', 'camera']), scanned: z.string().max(256), ...gradeInput }).strict(),
    returns<ReceiveOutcome>(),
  ),
  'assets.register': command('signed-in', assetIdentitySchema, returns<AssetView>()),
  'assets.grade': command('signed-in', z.object({ assetId: id, ...gradeInput }).strict(), returns<ReceiveOutcome>()),
  'assets.note': command('signed-in', z.object({ assetId: id, text: z.string().trim().min(1).max(2000) }).strict(), returns<ReceiveOutcome>()),
  'assets.search': command('signed-in', z.object({ query: z.string().max(200), limit: z.number().int().min(1).max(200) }).strict(), returns<readonly AssetView[]>()),
  'assets.detail': command('signed-in', z.object({ assetId: id }).strict(), returns<AssetDetail>()),
  'custody.verify': command('signed-in', none, returns<ChainReport>()),
  'custody.exportEvidence': command('signed-in', z.object({ assetId: id.nullable() }).strict(), returns<EvidenceFile>()),
  'sync.status': background(command('signed-in', none, returns<SyncStatus>())),
  'sync.problems': command('signed-in', z.object({ connectorId: connectorIdSchema.nullable() }).strict(), returns<readonly SyncProblem[]>()),
  'sync.resolutions': command('supervisor', z.object({ limit: z.number().int().min(1).max(500) }).strict(), returns<readonly SyncResolution[]>()),
  'sync.retry': command('supervisor', syncItem, returns<SyncStatus>()),
  'sync.retryAll': command('supervisor', z.object({ connectorId: connectorIdSchema.nullable() }).strict(), returns<SyncStatus>()),
  'sync.dismiss': command('supervisor', z.object({ ...syncItem.shape, note: syncNote }).strict(), returns<SyncStatus>()),
  'sync.resolveConflict': command(
    'supervisor',
    z.object({ ...syncItem.shape, decision: z.enum(['apply-ours', 'keep-theirs']), note: syncNote }).strict(),
    returns<SyncStatus>(),
  ),
  'sync.connectors': command('supervisor', none, returns<readonly SyncConnectorConfig[]>()),
  'sync.saveConnector': command('supervisor', saveConnectorSchema, returns<SyncConnectorConfig>()),
  'sync.setToken': command('supervisor', z.object({ connectorId: connectorIdSchema, token: z.string().trim().min(1).max(4096) }).strict(), returns<SyncConnectorConfig>()),
  'sync.testConnection': command('supervisor', z.object({ connectorId: connectorIdSchema }).strict(), returns<ConnectionTestResult>()),
  'sync.runNow': command('signed-in', none, returns<SyncStatus>()),
  'sync.waiting': command(
    'signed-in',
    z.object({ connectorId: connectorIdSchema.nullable(), limit: z.number().int().min(1).max(500) }).strict(),
    returns<SyncWaitingList>(),
  ),
  'sync.removeConnector': command('supervisor', z.object({ connectorId: connectorIdSchema }).strict(), returns<ConnectorRemoval>()),
  'wipes.queue': command('signed-in', z.object({ offset: z.number().int().min(0), limit: z.number().int().min(1).max(500) }).strict(), returns<WipeQueuePage>()),
  'wipes.lookup': command('signed-in', z.object({ raw: z.string().max(100_000) }).strict(), returns<WipeLookup>()),
  'wipes.asset': command('signed-in', z.object({ assetId: id }).strict(), returns<WipeAssetView>()),
  'wipes.addMedium': command('signed-in', addMediumSchema, returns<WipeAssetView>()),
  'wipes.start': command('signed-in', startWipeSchema, returns<WipeAssetView>()),
  'wipes.record': command('signed-in', recordWipeSchema, returns<WipeRecordOutcome>()),
  'wipes.validate': command('signed-in', validateWipeSchema, returns<WipeAssetView>()),
  'wipes.policies': command('signed-in', none, returns<WipePoliciesView>()),
  'wipes.savePolicy': command('supervisor', wipePolicySchema, returns<WipePoliciesView>()),
  'wipes.saveIssuer': command('supervisor', certificateIssuerSchema, returns<WipePoliciesView>()),
  'wipes.previewNwipe': command('signed-in', previewNwipeSchema, returns<NwipePreview>()),
  'wipes.importNwipe': command('signed-in', importNwipeSchema, returns<NwipeImportResult>()),
  'wipes.certificate': command('signed-in', z.object({ assetId: id }).strict(), returns<PdfFile>()),
  'wipes.batchCertificate': command('signed-in', periodSchema, returns<PdfFile>()),
  'wipes.exportCsv': command('signed-in', z.object({ period: periodSchema.nullable() }).strict(), returns<CsvFile>()),
} as const satisfies Record<CommandNameFromList, AnyCommandSpec>;

export type Commands = typeof commands;
export type CommandName = keyof Commands;
export type CommandInput<K extends CommandName> = z.input<Commands[K]['input']>;
export type ParsedInput<K extends CommandName> = z.output<Commands[K]['input']>;
export type CommandOutput<K extends CommandName> = Commands[K]['output'];

export function isCommandName(value: unknown): value is CommandName {
  return typeof value === 'string' && Object.hasOwn(commands, value);
}

/** Events the main process pushes to the renderer. */
export const events = {
  'session.ended': z.object({ reason: z.enum(['idle', 'signed-out']) }),
} as const satisfies Record<EventNameFromList, z.ZodType>;
export type EventName = keyof typeof events;
export type EventPayload<K extends EventName> = z.output<(typeof events)[K]>;
