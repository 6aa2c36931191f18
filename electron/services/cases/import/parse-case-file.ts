import Papa from 'papaparse';
import { DocksideError } from '../../../../shared/errors';

export const MAX_CASE_FILE_BYTES = 5 * 1024 * 1024;
const MAX_RECORDS = 20_000;

export interface CaseFileRecords {
  readonly format: 'csv' | 'json';
  /** Line (CSV) or position (JSON, 1-based) of the first record. */
  readonly firstLine: number;
  readonly records: readonly Readonly<Record<string, unknown>>[];
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function readJson(text: string): CaseFileRecords {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new DocksideError('CASE_FILE_UNREADABLE', 'The JSON file does not parse');
  }
  const list = Array.isArray(parsed) ? parsed : isRecord(parsed) && Array.isArray(parsed['employees']) ? parsed['employees'] : null;
  if (list === null) throw new DocksideError('CASE_FILE_UNREADABLE', 'A JSON export is a list of employees (or {"employees": [...]})');
  if (list.length > MAX_RECORDS) throw new DocksideError('CASE_FILE_TOO_LARGE', `${list.length} records: at most ${MAX_RECORDS}`);
  return { format: 'json', firstLine: 1, records: list.map((item) => (isRecord(item) ? item : {})) };
}

function readCsv(text: string): CaseFileRecords {
  const result = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: 'greedy', transformHeader: (h) => h.trim() });
  const fields = result.meta.fields ?? [];
  if (fields.length < 2 || !fields.some((f) => /employee.?id/i.test(f))) {
    throw new DocksideError('CASE_FILE_UNREADABLE', 'The CSV has no header line naming employee_id');
  }
  if (result.data.length > MAX_RECORDS) throw new DocksideError('CASE_FILE_TOO_LARGE', `${result.data.length} records: at most ${MAX_RECORDS}`);
  // The header is line 1; quoted line breaks inside a record are rare in HRIS exports and not counted.
  return { format: 'csv', firstLine: 2, records: result.data };
}

/** Reads an HRIS export: JSON when it starts like JSON, else CSV with a header line. A byte-order mark is ignored. */
export function parseCaseFile(bytes: Buffer): CaseFileRecords {
  if (bytes.length > MAX_CASE_FILE_BYTES) throw new DocksideError('CASE_FILE_TOO_LARGE', `${bytes.length} bytes`);
  if (bytes.includes(0)) throw new DocksideError('CASE_FILE_UNREADABLE', 'The file holds binary data');
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new DocksideError('CASE_FILE_UNREADABLE', 'The file is empty');
  return /^\s*[[{]/.test(text) ? readJson(text) : readCsv(text);
}
