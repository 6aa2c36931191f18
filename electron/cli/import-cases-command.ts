import { readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { CaseImportPreview, CaseImportResult } from '../../shared/domain/cases/case-views';
import { DocksideError } from '../../shared/errors';
import { MAX_CASE_FILE_BYTES } from '../services/cases/import/parse-case-file';
import { previewCaseImport } from '../services/cases/import/case-import';
import { UsageError } from './cli-errors';
import { EXIT, printJson, type CliIo, type Command } from './cli-io';
import { openStationSession, unwrap } from './station-session';
import { dryRun } from './dry-run';

const OPTIONS = {
  db: { type: 'string' },
  'dry-run': { type: 'boolean', default: false },
  json: { type: 'boolean', default: false },
  technician: { type: 'string' },
  key: { type: 'string' },
} as const;

function printLines(io: CliIo, preview: CaseImportPreview): void {
  if (preview.fileProblem !== null) {
    io.out(`${preview.fileName}: ${preview.fileProblem}`);
    return;
  }
  io.out(`${preview.fileName} (${preview.format}): ${preview.accepted} line(s) accepted, ${preview.refused} refused`);
  for (const l of preview.lines) {
    if (l.accepted) io.out(`  line ${l.line}  ${l.employeeId}  ACCEPTED  ${l.summary}`);
    else io.out(`  line ${l.line}  ${l.employeeId || '(no employee ID)'}  REFUSED  ${l.reasons.join('; ')}`);
  }
}

function printResult(io: CliIo, result: CaseImportResult): void {
  printLines(io, result);
  io.out(`Opened ${result.opened.length} case(s)${result.opened.length > 0 ? `: ${result.opened.join(', ')}` : ''}; ${result.remoteLocksRequested} remote lock(s) requested.`);
}

/**
 * `dockside import cases FILE --db DB [--dry-run] [--json] [--technician ID] [--key PEMFILE]`: an HRIS
 * export (CSV or JSON), every line accepted or refused with its reason. --dry-run opens the database
 * read-only and writes nothing; otherwise a supervisor (PIN in DOCKSIDE_PIN) opens the accepted cases.
 */
export const importCasesCommand: Command = async (args, io) => {
  const { values, positionals } = parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true, strict: true });
  if (positionals.length !== 1) throw new UsageError('Name one HRIS file: dockside import cases FILE --db DB');
  if (values.db === undefined) throw new UsageError('Name the database to import into: --db FILE');
  const file = resolve(positionals[0] ?? '');
  if (statSync(file).size > MAX_CASE_FILE_BYTES) throw new DocksideError('CASE_FILE_TOO_LARGE', `${file} is over 5 MB`);
  const input = { fileName: basename(file), contentBase64: readFileSync(file).toString('base64') };

  if (values['dry-run']) {
    return dryRun(
      io,
      values.db,
      values.json === true,
      (db) => {
        const preview = previewCaseImport(db, input, new Date());
        return { preview, ok: preview.fileProblem === null };
      },
      (preview) => printLines(io, preview),
    );
  }

  const session = await openStationSession(resolve(values.db), values.key, values.technician);
  try {
    const result = unwrap(await session.core.invoke('cases.import', input));
    if (values.json) printJson(io, { ok: true, result });
    else printResult(io, result);
    return EXIT.ok;
  } finally {
    session.close();
  }
};
