import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { LEVEL_WORDS, TECHNIQUE_WORDS, VERIFICATION_WORDS } from '../../shared/domain/sanitization/vocabulary';
import type { NwipeImportResult, NwipePreview } from '../../shared/domain/sanitization/wipe-views';
import { previewNwipe } from '../services/wipes/nwipe/nwipe-preview';
import { UsageError } from './cli-errors';
import { EXIT, printJson, type CliIo, type Command } from './cli-io';
import { answersFrom } from './nwipe-answers';
import { openStationSession, unwrap } from './station-session';
import { parseUtcOffset } from './utc-offset';
import { dryRun } from './dry-run';

const OPTIONS = {
  db: { type: 'string' },
  host: { type: 'string' },
  'dry-run': { type: 'boolean', default: false },
  json: { type: 'boolean', default: false },
  technician: { type: 'string' },
  key: { type: 'string' },
  'utc-offset': { type: 'string' },
  'media-type': { type: 'string' },
  serial: { type: 'string' },
  make: { type: 'string' },
  'property-number': { type: 'string' },
  'tool-version': { type: 'string' },
  standard: { type: 'string' },
  classification: { type: 'string' },
  destination: { type: 'string' },
  notes: { type: 'string' },
  validator: { type: 'string' },
} as const;

function printPreview(io: CliIo, preview: NwipePreview): void {
  io.out(`${preview.fileName}: ${preview.tool}, ${preview.outcome}; times read as ${preview.utcOffsetMinutes >= 0 ? '+' : ''}${preview.utcOffsetMinutes} min from UTC`);
  if (preview.alreadyImported !== null) io.out(`  Already imported ${preview.alreadyImported.at} by ${preview.alreadyImported.technicianId}: it will not be recorded again.`);
  for (const d of preview.devices) {
    const host = d.match.kind === 'medium' || d.match.kind === 'host' ? d.match.label : d.match.kind === 'ambiguous' ? `ambiguous (${d.match.candidates.map((c) => c.label).join(', ')})` : 'not found';
    io.out(`  ${d.device}  ${d.model ?? '?'}  serial ${d.serial ?? '(none readable)'}  ${d.size ?? ''}  host: ${host}`);
    io.out(`    nwipe status ${d.toolStatus} -> ${d.result === 'pass' ? 'PASS' : `FAIL (${d.failureReason ?? ''})`}`);
    io.out(`    ${LEVEL_WORDS[d.level]} by ${TECHNIQUE_WORDS[d.technique]}, ${d.tool} ${d.toolVersion}; ${d.methodDetails}; verification ${VERIFICATION_WORDS[d.verification]}`);
    io.out(`    started ${d.startedAt ?? '?'}, finished ${d.finishedAt ?? '?'}${d.timesProblem === null ? '' : `  PROBLEM: ${d.timesProblem}`}`);
    for (const ask of d.asked) io.out(`    still asked: ${ask}`);
  }
}

function printImport(io: CliIo, result: NwipeImportResult): void {
  for (const r of result.records) {
    io.out(`Recorded ${r.device} in ${r.label}: ${r.result === 'pass' ? 'wipe passed' : 'wipe FAILED'}${r.assetSanitized ? '; the device is sanitized to policy and leaves the wipe queue' : '; the device stays in the wipe queue'} (event ${r.eventId})`);
  }
}

/**
 * `dockside import nwipe FILE --db DB [--host TAG|SERIAL] [--dry-run] [--json]` plus, to record, who
 * (--technician, PIN in DOCKSIDE_PIN) and what the log does not say (--standard, --classification,
 * --destination, --media-type...). --dry-run only reads the database and shows what would be recorded.
 */
export const importNwipeCommand: Command = async (args, io) => {
  const { values, positionals } = parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true, strict: true });
  if (positionals.length !== 1) throw new UsageError('Name one log file: dockside import nwipe FILE --db DB');
  if (values.db === undefined) throw new UsageError('Name the database to import into: --db FILE');
  const file = resolve(positionals[0] ?? '');
  const bytes = readFileSync(file);
  const input = { fileName: basename(file), contentBase64: bytes.toString('base64'), utcOffsetMinutes: parseUtcOffset(values['utc-offset']) };
  const hostHint = values.host ?? '';

  if (values['dry-run']) {
    return dryRun(io, values.db, values.json === true, (db) => ({ preview: previewNwipe(db, input, hostHint, new Date()) }), (preview) => printPreview(io, preview));
  }

  const session = await openStationSession(resolve(values.db), values.key, values.technician);
  try {
    const preview = unwrap(await session.core.invoke('wipes.previewNwipe', { ...input, hostHint }));
    const answers = answersFrom(preview.devices, {
      mediaType: values['media-type'],
      serial: values.serial,
      make: values.make,
      propertyNumber: values['property-number'],
      toolVersion: values['tool-version'],
      standard: values.standard,
      classification: values.classification,
      destination: values.destination,
      notes: values.notes,
    });
    const validatorPin = process.env.DOCKSIDE_VALIDATOR_PIN;
    if (values.validator !== undefined && (validatorPin === undefined || validatorPin === '')) {
      throw new UsageError('Give the validator\u2019s PIN in the environment variable DOCKSIDE_VALIDATOR_PIN');
    }
    const validator = values.validator === undefined ? null : { technicianId: values.validator, pin: validatorPin ?? '' };
    const result = unwrap(await session.core.invoke('wipes.importNwipe', { ...input, answers, validator }));
    if (values.json) printJson(io, { ok: true, preview, result });
    else printImport(io, result);
    return EXIT.ok;
  } finally {
    session.close();
  }
};
