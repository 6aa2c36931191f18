import { PNG } from 'pngjs';
import { DocksideError } from '../../../shared/errors';

const MIN_INKED_PIXELS = 30;
const MAX_SIDE = 2000;

/**
 * Checks a drawn signature is a real PNG with ink on it: a blank box, a truncated file or anything
 * that is not a picture is refused, so a receipt never carries an empty signature.
 */
export function checkSignaturePng(base64: string): { width: number; height: number } {
  const bytes = Buffer.from(base64, 'base64');
  let png: PNG;
  try {
    png = PNG.sync.read(bytes);
  } catch {
    throw new DocksideError('PICKUP_SIGNATURE_INVALID', 'The signature is not a PNG image');
  }
  if (png.width > MAX_SIDE || png.height > MAX_SIDE) throw new DocksideError('PICKUP_SIGNATURE_INVALID', 'The signature image is too large');
  let inked = 0;
  for (let i = 3; i < png.data.length && inked < MIN_INKED_PIXELS; i += 4) {
    const alpha = png.data[i] ?? 0;
    const dark = (png.data[i - 3] ?? 255) + (png.data[i - 2] ?? 255) + (png.data[i - 1] ?? 255) < 384;
    if (alpha > 128 && dark) inked += 1;
  }
  if (inked < MIN_INKED_PIXELS) throw new DocksideError('PICKUP_SIGNATURE_INVALID', 'The signature is blank');
  return { width: png.width, height: png.height };
}
