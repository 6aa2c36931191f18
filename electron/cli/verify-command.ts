import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError } from './cli-errors';
import { EXIT, printJson, type Command } from './cli-io';
import { readPinnedKey } from './pinned-key';
import { isSqliteFile } from './read-database';
import { verifyDatabaseFile } from './verify-database';
import { verifyEvidenceFile } from './verify-evidence-file';
import { reportLines } from './verify-report';

/** `dockside verify FILE [--pubkey PEMFILE] [--json]`: a database or an evidence file, told apart by content. */
export const verifyCommand: Command = (args, io) => {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: { json: { type: 'boolean', default: false }, pubkey: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  const [target, ...extra] = positionals;
  if (target === undefined) throw new UsageError('Name the file to verify: dockside verify FILE');
  if (extra.length > 0) throw new UsageError(`verify checks one file at a time; unexpected: ${extra.join(' ')}`);
  const file = resolve(target);
  const pinnedKey = values.pubkey === undefined ? null : readPinnedKey(resolve(values.pubkey));
  const report = isSqliteFile(file) ? verifyDatabaseFile(file, pinnedKey) : verifyEvidenceFile(file, pinnedKey);
  if (values.json) printJson(io, report);
  else reportLines(report).forEach((line) => io.out(line));
  return report.ok ? EXIT.ok : EXIT.failed;
};
