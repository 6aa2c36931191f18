/** The largest vendor file (manifest, report, sample) the core reads: 50 MB. */
const MAX_CSV_BYTES = 50 * 1024 * 1024;

/** Why a chosen file is too big to send to the core, in words, or null: a larger file is refused before it is read. */
export function csvTooBig(file: File): string | null {
  return file.size > MAX_CSV_BYTES ? `${file.name} is ${(file.size / 1048576).toFixed(1)} MB; the limit is 50 MB.` : null;
}
