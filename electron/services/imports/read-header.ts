import { DocksideError } from '../../../shared/errors';
import { csvText } from './csv-text';
import { firstContentLine, pickDelimiter } from './delimiter';
import { normaliseHeading } from '../../../shared/domain/vendors';
import { eachRecord } from './records';

export interface CsvHeader {
  readonly header: readonly string[];
  readonly delimiter: string;
  readonly sampleRows: readonly (readonly string[])[];
}

/** How many lines after the header a sample shows. */
export const SAMPLE_ROWS = 5;

/** The header row of a sample file and its first few lines, for building a mapping; the delimiter is the one that splits the header most. */
export function readHeader(file: Uint8Array | string, sampleSize: number = SAMPLE_ROWS): CsvHeader {
  return headerOfText(csvText(file), sampleSize);
}

/** readHeader for text already decoded by csvText. */
export function headerOfText(text: string, sampleSize: number = SAMPLE_ROWS): CsvHeader {
  const delimiter = pickDelimiter(firstContentLine(text), new Set(), normaliseHeading);
  const records: (readonly string[])[] = [];
  eachRecord(text, delimiter, ({ cells }) => {
    records.push(cells.map((c) => c.trim()));
    return records.length <= sampleSize;
  });
  const [header, ...sampleRows] = records;
  if (header === undefined) throw new DocksideError('CSV_EMPTY', 'No header row', { reason: 'The file holds no lines with text.' });
  return { header, delimiter, sampleRows };
}
