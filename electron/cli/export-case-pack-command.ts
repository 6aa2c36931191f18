import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CASE_NUMBER_PATTERN } from '../../shared/domain/cases/vocabulary';
import { DocksideError } from '../../shared/errors';
import { buildCasePack, casePackFileName } from '../services/cases/pack/case-pack';
import { casePackHtml } from '../services/cases/pack/pack-html';
import { caseIdByNumber } from '../services/cases/store/case-store';
import { chromiumPdfPrinter } from './chromium-pdf-printer';
import { UsageError } from './cli-errors';
import { EXIT, printJson, type Command } from './cli-io';
import { openForReading } from './read-database';

/**
 * `dockside export case-pack CASE --db FILE [--out FILE] [--pdf FILE] [--json]`: a case's evidence pack
 * as JSON (checked offline by `dockside verify`) and, with --pdf, as a printable PDF.
 */
export const exportCasePackCommand: Command = async (args, io) => {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: { db: { type: 'string' }, out: { type: 'string' }, pdf: { type: 'string' }, json: { type: 'boolean', default: false } },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length !== 1) throw new UsageError('Name one case: dockside export case-pack RET-000123 --db FILE');
  if (values.db === undefined) throw new UsageError('Name the database to export from: --db FILE');
  const named = (positionals[0] ?? '').trim().toUpperCase();
  if (!CASE_NUMBER_PATTERN.test(named)) throw new UsageError(`"${named}" is not a case number (RET- and six digits)`);
  const db = openForReading(resolve(values.db));
  try {
    const caseId = caseIdByNumber(db, named);
    if (caseId === null) throw new DocksideError('CASE_NOT_FOUND', `No case ${named}`);
    const pack = buildCasePack(db, caseId, new Date());
    const out = resolve(values.out ?? casePackFileName(pack, 'json'));
    writeFileSync(out, JSON.stringify(pack, null, 2));
    let pdf: string | null = null;
    if (values.pdf !== undefined) {
      const printer = chromiumPdfPrinter();
      try {
        pdf = resolve(values.pdf);
        writeFileSync(pdf, await printer.print(casePackHtml(pack), { landscape: false }));
      } finally {
        await printer.close();
      }
    }
    const summary = { ok: true, file: out, pdf, caseNumber: pack.case.caseNumber, assets: pack.assets.length, timeline: pack.timeline.length, verification: pack.verification };
    if (values.json) printJson(io, summary);
    else {
      io.out(`Wrote the evidence pack of ${pack.case.caseNumber} (${pack.assets.length} assets, ${pack.timeline.length} recorded acts) to ${out}${pdf === null ? '' : ` and ${pdf}`}`);
      io.out(pack.verification.ok ? `Chain verified: ${pack.verification.checked} signed records.` : `Chain verification FAILED: ${pack.verification.firstProblem?.reason ?? ''}`);
    }
    return pack.verification.ok ? EXIT.ok : EXIT.failed;
  } finally {
    db.close();
  }
};
