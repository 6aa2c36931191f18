import { readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { REVIEW_KIND_WORDS, type DispositionImportResult, type DispositionPreview } from '../../shared/domain/disposition';
import { DocksideError } from '../../shared/errors';
import { MAX_CSV_BYTES } from '../services/imports/csv-text';
import { planDisposition } from '../services/vendors/disposition/plan-report';
import { vendorByName } from '../services/vendors/vendor-store';
import { UsageError } from './cli-errors';
import { EXIT, printJson, type CliIo, type Command } from './cli-io';
import { openStationSession, unwrap } from './station-session';
import { dryRun } from './dry-run';

const OPTIONS = {
  db: { type: 'string' },
  vendor: { type: 'string' },
  'dry-run': { type: 'boolean', default: false },
  json: { type: 'boolean', default: false },
  technician: { type: 'string' },
  key: { type: 'string' },
} as const;

const ACTION_WORDS = { record: 'RECORD', already: 'already recorded', review: 'REVIEW' } as const;

function printPreview(io: CliIo, preview: DispositionPreview): void {
  const c = preview.counts;
  io.out(`${preview.fileName} from ${preview.vendorName}: ${c.lines} lines; ${c.record} to record, ${c.already} already recorded, ${c.review} to review; ${c.notMentioned} picked-up device(s) not in the report`);
  if (preview.importedBefore !== null) io.out(`  This file was imported ${preview.importedBefore.at} by ${preview.importedBefore.technicianId}: nothing will be recorded twice.`);
  for (const l of preview.lines) {
    const who = l.asset === null ? 'no device' : (l.asset.assetTag ?? l.asset.serial ?? l.asset.assetId);
    const outcome = l.outcome === null ? (l.vendorOutcome ?? '-') : `${l.vendorOutcome ?? ''} -> ${l.outcome}`;
    const facts = [l.processedDate === null ? null : `processed ${l.processedDate}`, l.certificateNumber === null ? null : `certificate ${l.certificateNumber}`].filter((x) => x !== null).join(', ');
    io.out(`  line ${l.line}  ${l.serial ?? l.assetTag ?? '?'}  ${outcome}  ${who}  ${ACTION_WORDS[l.action]}${l.reviewKind === null ? '' : ` (${REVIEW_KIND_WORDS[l.reviewKind]})`}${facts === '' ? '' : `  ${facts}`}`);
    if (l.reason !== null) io.out(`    ${l.reason}`);
  }
  for (const m of preview.notMentioned) io.out(`  not in the report: ${m.asset.assetTag ?? m.asset.serial ?? m.asset.assetId} (session ${m.sessionReference}, picked up ${m.pickedUpAt}): REVIEW`);
}

function printImport(io: CliIo, result: DispositionImportResult): void {
  io.out(`Imported ${result.fileName}: ${result.recorded} disposition(s) recorded, ${result.already} already recorded before, ${result.queued} new item(s) in the review queue.`);
}

function readReport(path: string): { fileName: string; bytes: Uint8Array } {
  const size = statSync(path).size;
  if (size > MAX_CSV_BYTES) {
    throw new DocksideError('FILE_TOO_LARGE', `File of ${size} bytes exceeds ${MAX_CSV_BYTES}`, { reason: `The file is ${(size / 1048576).toFixed(1)} MB; the limit is 50 MB.` });
  }
  return { fileName: basename(path), bytes: new Uint8Array(readFileSync(path)) };
}

/**
 * `dockside import disposition FILE --db DB --vendor NAME [--dry-run] [--json]`: the vendor's disposition report,
 * matched line by line and shown; without --dry-run, recorded (all matched lines or none) by --technician (a
 * supervisor, PIN in DOCKSIDE_PIN), the rest queued for review. --dry-run opens the database read-only.
 */
export const importDispositionCommand: Command = async (args, io) => {
  const { values, positionals } = parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true, strict: true });
  if (positionals.length !== 1) throw new UsageError('Name one report file: dockside import disposition FILE --db DB --vendor NAME');
  if (values.db === undefined) throw new UsageError('Name the database to import into: --db FILE');
  if (values.vendor === undefined || values.vendor.trim() === '') throw new UsageError('Name the vendor whose report this is: --vendor NAME');
  const { fileName, bytes } = readReport(resolve(positionals[0] ?? ''));

  const vendorName = values.vendor;
  if (values['dry-run']) {
    return dryRun(io, values.db, values.json === true, (db) => ({ preview: planDisposition(db, vendorByName(db, vendorName), fileName, bytes).preview }), (preview) =>
      printPreview(io, preview),
    );
  }

  const session = await openStationSession(resolve(values.db), values.key, values.technician);
  try {
    const vendor = vendorByName(session.db, values.vendor);
    const input = { vendorId: vendor.vendorId, fileName, contentBase64: Buffer.from(bytes).toString('base64') };
    const preview = unwrap(await session.core.invoke('vendors.previewDisposition', input));
    const result = unwrap(await session.core.invoke('vendors.importDisposition', { ...input, fileSha256: preview.fileSha256, planSha256: preview.planSha256 }));
    if (values.json) printJson(io, { ok: true, preview, result });
    else {
      printPreview(io, preview);
      printImport(io, result);
    }
    return EXIT.ok;
  } finally {
    session.close();
  }
};
