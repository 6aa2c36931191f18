import { readFileSync, statSync } from 'node:fs';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { rgbaToGrey, type GreyFrame } from '../../shared/decoding/frame';

/** Bigger than any photo of a label; a larger file is refused before it is read. */
export const MAX_IMAGE_BYTES = 40 * 1024 * 1024;
const MAX_MEGAPIXELS = 50;

export type ImageRead = { readonly ok: true; readonly frame: GreyFrame; readonly format: 'PNG' | 'JPEG' } | { readonly ok: false; readonly words: string };

const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47];
const JPEG_MAGIC = [0xff, 0xd8, 0xff];

const startsWith = (bytes: Buffer, magic: readonly number[]): boolean => magic.every((b, i) => bytes[i] === b);

const TOO_LARGE = `The picture is larger than ${MAX_MEGAPIXELS} megapixels.`;

/**
 * The size a PNG's header (IHDR, right after the signature) claims, read before anything is inflated: a small file can
 * claim a huge picture, and decoding it first would take gigabytes of memory.
 */
function pngClaimsTooMuch(bytes: Buffer): boolean {
  if (bytes.length < 24) return false;
  return bytes.readUInt32BE(16) * bytes.readUInt32BE(20) > MAX_MEGAPIXELS * 1e6;
}

function decodeImage(bytes: Buffer): ImageRead {
  if (startsWith(bytes, PNG_MAGIC)) {
    if (pngClaimsTooMuch(bytes)) return { ok: false, words: TOO_LARGE };
    const image = PNG.sync.read(bytes);
    return { ok: true, format: 'PNG', frame: rgbaToGrey(image.data, image.width, image.height) };
  }
  if (startsWith(bytes, JPEG_MAGIC)) {
    const image = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true, maxResolutionInMP: MAX_MEGAPIXELS, maxMemoryUsageInMB: 1024 });
    return { ok: true, format: 'JPEG', frame: rgbaToGrey(image.data, image.width, image.height) };
  }
  return { ok: false, words: 'This is not a PNG or JPEG picture.' };
}

/** Reads a PNG or JPEG (told from its content, not its name) as one grey frame, or says in words why it cannot. */
export function readImageFile(path: string): ImageRead {
  const size = statSync(path).size;
  if (size > MAX_IMAGE_BYTES) return { ok: false, words: `The file is ${Math.round(size / 1024 / 1024)} MB; pictures of labels are under ${MAX_IMAGE_BYTES / 1024 / 1024} MB.` };
  if (size === 0) return { ok: false, words: 'The file is empty.' };
  const bytes = readFileSync(path);
  try {
    return decodeImage(bytes);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, words: `The picture is damaged or cut short and cannot be read (${detail.slice(0, 120)}).` };
  }
}
