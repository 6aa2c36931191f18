import { who, type CoreEnv, type HandlerMap } from '../handler-types';
import { batchCertificate, deviceCertificate } from './certificates/certificate-data';
import { certificateFile } from './certificates/certificate-file';
import type { PdfPrinter } from './certificates/pdf-printer';
import { wipeCsv } from './export/wipe-csv';
import { importNwipe } from './nwipe/nwipe-import';
import { previewNwipe } from './nwipe/nwipe-preview';

type FileHandlers = Pick<HandlerMap, 'wipes.previewNwipe' | 'wipes.importNwipe' | 'wipes.certificate' | 'wipes.batchCertificate' | 'wipes.exportCsv'>;

/** Files in and out: nwipe logs, certificates of sanitization (PDF), the auditors' CSV. */
export function wipeFileHandlers(env: CoreEnv, printer: PdfPrinter | null) {
  const { db, clock } = env;
  return {
    'wipes.previewNwipe': (input) => previewNwipe(db, input, input.hostHint, clock.now()),
    'wipes.importNwipe': (input, ctx) => importNwipe(env, who(ctx), input),
    'wipes.certificate': (input) => certificateFile(deviceCertificate(db, input.assetId, clock.now()), printer),
    'wipes.batchCertificate': (input) => certificateFile(batchCertificate(db, input, clock.now()), printer),
    'wipes.exportCsv': (input) => wipeCsv(db, input.period, clock.now()),
  } satisfies FileHandlers;
}
