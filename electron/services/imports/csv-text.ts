import { DocksideError } from '../../../shared/errors';

/** The largest manifest or disposition report read: 50 MB (a 10,000-line report is well under 2 MB). */
export const MAX_CSV_BYTES = 50 * 1024 * 1024;

const MB = (bytes: number): string => (bytes / (1024 * 1024)).toFixed(1);

/** Physical line (1-based) of a character offset in the text. */
function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) line += 1;
  return line;
}

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const line = lineOf(lenient, lenient.indexOf('\ufffd'));
    throw new DocksideError('CSV_NOT_UTF8', `Invalid UTF-8 at line ${line}`, {
      reason: `Line ${line} holds bytes that are not UTF-8 text.`,
      line,
    });
  }
}

/**
 * The file as text ready to parse: size checked (50 MB), UTF-8 checked, byte-order mark removed, line ends
 * made LF (CRLF and lone CR alike) so physical lines can be counted the same way for every file.
 */
export function csvText(file: Uint8Array | string): string {
  const size = typeof file === 'string' ? Buffer.byteLength(file, 'utf8') : file.byteLength;
  if (size > MAX_CSV_BYTES) {
    throw new DocksideError('FILE_TOO_LARGE', `File of ${size} bytes exceeds ${MAX_CSV_BYTES}`, {
      reason: `The file is ${MB(size)} MB; the limit is 50 MB.`,
    });
  }
  const decoded = typeof file === 'string' ? file : decodeUtf8(file);
  const text = decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
  if (text.includes('\u0000')) {
    const line = lineOf(text, text.indexOf('\u0000'));
    throw new DocksideError('CSV_UNREADABLE', 'NUL byte in file', {
      reason: `Line ${line} holds NUL bytes: this is a binary file (a spreadsheet workbook, or UTF-16 text), not a CSV.`,
      line,
    });
  }
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}
