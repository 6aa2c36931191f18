import type { Db } from '../../../../db/connection';
import { dayOfInstant } from '../../../../shared/domain/cases/business-days';
import type { CaseImportPreview, CaseImportResult, ImportLine } from '../../../../shared/domain/cases/case-views';
import { checkLines, type AssetMatch, type LineContext, type LineVerdict, type NewCase } from '../../../../shared/domain/cases/hris-line';
import { EMPLOYEE_TYPE_WORDS } from '../../../../shared/domain/cases/vocabulary';
import type { Session } from '../../../../shared/domain/users';
import { DocksideError } from '../../../../shared/errors';
import { findByIdentifier } from '../../assets/asset-store';
import type { CoreEnv } from '../../handler-types';
import { openCase } from '../open-case';
import { openCaseOfAsset, openCaseOfEmployee } from '../store/case-store';
import { parseCaseFile, type CaseFileRecords } from './parse-case-file';

export interface CaseFileInput {
  readonly fileName: string;
  readonly contentBase64: string;
}

/** How lines are checked against this station: its inventory, and the cases already open. */
export function lineContext(db: Db, now: Date): LineContext {
  return {
    today: dayOfInstant(now),
    findAsset: (identifier): AssetMatch => {
      try {
        const asset = findByIdentifier(db, identifier.toUpperCase());
        if (asset === null) return { kind: 'unknown' };
        return { kind: 'found', assetId: asset.id, label: asset.assetTag ?? asset.serial ?? asset.id, openCase: openCaseOfAsset(db, asset.id)?.caseNumber ?? null };
      } catch (error) {
        if (error instanceof DocksideError && error.error.code === 'ASSET_AMBIGUOUS') return { kind: 'ambiguous' };
        throw error;
      }
    },
    openCaseOf: (employeeId) => openCaseOfEmployee(db, employeeId),
  };
}

function summaryOf(c: NewCase): string {
  const held = [c.assets.length > 0 ? c.assets.map((a) => a.label).join(', ') : null, c.licences.length > 0 ? `licences: ${c.licences.join(', ')}` : null];
  return `${c.employeeName || c.employeeId}, ${EMPLOYEE_TYPE_WORDS[c.employeeType].toLowerCase()}, ${c.location}, leaves ${c.separationDate}; ${held.filter((h) => h !== null).join('; ')}`;
}

export const toLine = (v: LineVerdict): ImportLine => ({ line: v.line, employeeId: v.employeeId, accepted: v.accepted, reasons: v.reasons, summary: v.accepted ? summaryOf(v.newCase) : '' });

/** The file's records, or the coded reason the whole file cannot be read. */
function readFile(input: CaseFileInput): CaseFileRecords | DocksideError {
  try {
    return parseCaseFile(Buffer.from(input.contentBase64, 'base64'));
  } catch (error) {
    if (error instanceof DocksideError) return error;
    throw error;
  }
}

function check(db: Db, input: CaseFileInput, now: Date): { preview: CaseImportPreview; verdicts: LineVerdict[]; unreadable: DocksideError | null } {
  const file = readFile(input);
  if (file instanceof DocksideError) {
    return { preview: { fileName: input.fileName, format: 'csv', lines: [], accepted: 0, refused: 0, fileProblem: file.message }, verdicts: [], unreadable: file };
  }
  const verdicts = checkLines(file.records, file.firstLine, lineContext(db, now));
  const accepted = verdicts.filter((v) => v.accepted).length;
  return {
    preview: { fileName: input.fileName, format: file.format, lines: verdicts.map(toLine), accepted, refused: verdicts.length - accepted, fileProblem: null },
    verdicts,
    unreadable: null,
  };
}

/** What an import would do, line by line; reads only. */
export function previewCaseImport(db: Db, input: CaseFileInput, now: Date): CaseImportPreview {
  return check(db, input, now).preview;
}

/**
 * Opens a case for every accepted line, in one transaction (all the accepted lines or none); refused
 * lines are reported with their reasons and write nothing. Lines are checked again inside the
 * transaction, so what is written is what the check saw.
 */
export function importCases(env: CoreEnv, session: Session, input: CaseFileInput): CaseImportResult {
  const { db, clock } = env;
  return db.transaction((): CaseImportResult => {
    const { preview, verdicts, unreadable } = check(db, input, clock.now());
    if (unreadable !== null) throw unreadable;
    const opened: string[] = [];
    let remoteLocksRequested = 0;
    for (const v of verdicts) {
      if (!v.accepted) continue;
      const result = openCase(env, session, v.newCase, `hris-file:${input.fileName.slice(0, 120)}`);
      opened.push(result.caseNumber);
      remoteLocksRequested += result.remoteLocks;
    }
    return { ...preview, opened, remoteLocksRequested };
  })();
}
