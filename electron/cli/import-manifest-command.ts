import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { ManifestImportResult, ManifestPreview } from '../../shared/domain/pickups/pickup-views';
import { DocksideError } from '../../shared/errors';
import { planManifest } from '../services/pickups/manifest/manifest-plan';
import { UsageError } from './cli-errors';
import { EXIT, printJson, type CliIo, type Command } from './cli-io';
import { sessionIdOf } from './pickup-session-arg';
import { openStationSession, unwrap } from './station-session';
import { dryRun } from './dry-run';

const OPTIONS = {
  db: { type: 'string' },
  session: { type: 'string' },
  technician: { type: 'string' },
  key: { type: 'string' },
  'dry-run': { type: 'boolean', default: false },
  json: { type: 'boolean', default: false },
} as const;

const WILL = { 'new-line': 'add (on record)', 'not-in-inventory': 'add (not in inventory)', 'already-expected': 'already expected' } as const;

function printPreview(io: CliIo, p: ManifestPreview): void {
  io.out(`${p.fileName}: ${p.total} lines read (delimiter ${JSON.stringify(p.delimiter)}); ${p.adds} to add (${p.notInInventory} not in inventory), ${p.alreadyExpected} already expected, ${p.problemCount} with problems (not imported)`);
  for (const problem of p.problems) io.out(`  line ${problem.line}: ${problem.reason}${problem.value === '' ? '' : ` (${problem.value.slice(0, 60)})`}`);
  for (const l of p.lines) io.out(`  line ${l.line}  ${l.serial ?? '-'}  ${l.assetTag ?? '-'}  ${l.model || '-'}  -> ${WILL[l.action]}${l.warning === null ? '' : `  [${l.warning}]`}`);
  if (p.lines.length < p.total - p.problemCount) io.out(`  ... (${p.total - p.problemCount - p.lines.length} more lines)`);
}

/** The file's text, refusing bytes that are not UTF-8 (a misread serial would be worse than no import). */
function utf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DocksideError('CSV_NOT_UTF8', 'The file is not UTF-8 text');
  }
}

/**
 * `dockside import manifest FILE --session ID --db DB [--technician ID] [--key PEM] [--dry-run] [--json]`: a vendor's
 * manifest into an open pickup session through the vendor's column mapping, with the same preview as the app.
 */
export const importManifestCommand: Command = async (args, io) => {
  const { values, positionals } = parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true, strict: true });
  if (positionals.length !== 1) throw new UsageError('Name one manifest file: dockside import manifest FILE --session ID --db DB');
  if (values.db === undefined) throw new UsageError('Name the database: --db FILE');
  const file = resolve(positionals[0] ?? '');
  const bytes = readFileSync(file);
  const fileName = basename(file);
  const sessionArg = values.session;
  if (values['dry-run']) {
    return dryRun(
      io,
      values.db,
      values.json === true,
      (db) => {
        const sessionId = sessionIdOf(db, sessionArg);
        return { preview: planManifest(db, sessionId, fileName, bytes).preview, extra: { sessionId } };
      },
      (preview) => printPreview(io, preview),
    );
  }
  const station = await openStationSession(resolve(values.db), values.key, values.technician);
  try {
    const sessionId = sessionIdOf(station.db, values.session);
    const preview = unwrap(await station.core.invoke('pickups.previewManifest', { sessionId, fileName, text: utf8(bytes) }));
    const result: ManifestImportResult = unwrap(await station.core.invoke('pickups.importManifest', { sessionId, fileName, text: utf8(bytes) }));
    if (values.json) printJson(io, { ok: true, dryRun: false, sessionId, preview, result });
    else {
      printPreview(io, preview);
      io.out(`Imported ${result.added} line(s) into the session; ${result.problemCount} line(s) with problems were not imported.`);
    }
    return EXIT.ok;
  } finally {
    station.close();
  }
};
