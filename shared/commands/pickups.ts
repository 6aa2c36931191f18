import { z } from 'zod';
import {
  correctSchema,
  manifestFileSchema,
  createSessionSchema,
  openContainerSchema,
  pickupScanSchema,
  resolveLineSchema,
  sealContainerSchema,
  sessionFilterSchema,
  signOffSchema,
  signSchema,
  stageScanSchema,
} from '../domain/pickups/pickup-inputs';
import type { ManifestImportResult, ManifestPreview, PickupOverview, PickupScanResult, SessionSummary, SessionView, StageResult } from '../domain/pickups/pickup-views';
import type { CsvFile, PdfFile } from '../domain/sanitization/wipe-views';
import { command, id, none, returns, type AnyCommandSpec } from './spec';
import type { PickupsCommandName } from './pickups.names';

const session = z.object({ sessionId: id }).strict();

/** The pickups commands: name -> who may call it, input schema, output type. */
export const pickupsCommands = {
  'pickups.overview': command('signed-in', none, returns<PickupOverview>()),
  'pickups.stageReady': command('signed-in', none, returns<StageResult>()),
  'pickups.stageScan': command('signed-in', stageScanSchema, returns<StageResult>()),
  'pickups.create': command('signed-in', createSessionSchema, returns<SessionView>()),
  'pickups.session': command('signed-in', session, returns<SessionView>()),
  'pickups.openContainer': command('signed-in', openContainerSchema, returns<SessionView>()),
  'pickups.sealContainer': command('signed-in', sealContainerSchema, returns<SessionView>()),
  'pickups.scan': command('signed-in', pickupScanSchema, returns<PickupScanResult>()),
  'pickups.resolve': command('signed-in', resolveLineSchema, returns<SessionView>()),
  'pickups.sign': command('signed-in', signSchema, returns<SessionView>()),
  'pickups.signOff': command('signed-in', signOffSchema, returns<SessionView>()),
  'pickups.correct': command('supervisor', correctSchema, returns<SessionView>()),
  'pickups.list': command('signed-in', sessionFilterSchema, returns<readonly SessionSummary[]>()),
  'pickups.receipt': command('signed-in', session, returns<PdfFile>()),
  'pickups.previewManifest': command('signed-in', manifestFileSchema, returns<ManifestPreview>()),
  'pickups.importManifest': command('signed-in', manifestFileSchema, returns<ManifestImportResult>()),
  'pickups.exportManifest': command('signed-in', session, returns<CsvFile>()),
} as const satisfies Record<PickupsCommandName, AnyCommandSpec>;
