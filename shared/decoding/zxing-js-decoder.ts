import type { BarcodeFormat, BinaryBitmap, DecodeHintType, Reader, Result, ResultPoint } from '@zxing/library';
import type { DecodedCode, Decoder } from './decoder';
import { cropFrame, offsetPoints, type GreyFrame, type Point, type Region } from './frame';
import { gs1RawToBracketed } from './gs1-text';
import { zxing } from './zxing-library';
import type { Symbology } from './symbology';

const FORMATS = new Map<BarcodeFormat, Symbology>([
  [zxing.BarcodeFormat.CODE_128, 'code-128'],
  [zxing.BarcodeFormat.CODE_39, 'code-39'],
  [zxing.BarcodeFormat.QR_CODE, 'qr'],
  [zxing.BarcodeFormat.DATA_MATRIX, 'data-matrix'],
  [zxing.BarcodeFormat.EAN_13, 'ean-13'],
  [zxing.BarcodeFormat.UPC_A, 'upc-a'],
  [zxing.BarcodeFormat.PDF_417, 'pdf417'],
]);

/** @zxing/library finds one code per pass, so several codes are found by painting each one out and looking again. */
const MAX_CODES = 4;
const GS = '\u001d';
const AIM_GS1_128 = ']C1';
/** White margin painted around a found code so its remains are not read again. */
const PAINT_MARGIN = 12;

function readText(result: Result): { text: string; gs1: boolean } {
  const raw = result.getText();
  const gs1Raw = raw.startsWith(AIM_GS1_128) ? raw.slice(AIM_GS1_128.length) : raw.startsWith(GS) ? raw : null;
  if (gs1Raw === null) return { text: raw, gs1: false };
  const bracketed = gs1RawToBracketed(gs1Raw);
  return bracketed === null ? { text: raw, gs1: false } : { text: bracketed, gs1: true };
}

function paintOut(frame: GreyFrame, points: readonly Point[]): void {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const linear = points.length < 3;
  const x0 = Math.max(0, Math.floor(Math.min(...xs)) - PAINT_MARGIN);
  const x1 = Math.min(frame.width, Math.ceil(Math.max(...xs)) + PAINT_MARGIN);
  const y0 = Math.max(0, Math.floor(Math.min(...ys)) - (linear ? frame.height : PAINT_MARGIN));
  const y1 = Math.min(frame.height, Math.ceil(Math.max(...ys)) + (linear ? frame.height : PAINT_MARGIN));
  for (let y = y0; y < y1; y += 1) frame.data.fill(255, y * frame.width + x0, y * frame.width + x1);
}

function hints(): Map<DecodeHintType, unknown> {
  return new Map<DecodeHintType, unknown>([
    [zxing.DecodeHintType.POSSIBLE_FORMATS, [...FORMATS.keys()]],
    [zxing.DecodeHintType.TRY_HARDER, true],
    [zxing.DecodeHintType.ASSUME_GS1, true],
  ]);
}

/** One reader per family, tried in turn (@zxing/library's MultiFormatReader logs every miss to the console). */
function readers(decodeHints: Map<DecodeHintType, unknown>): readonly Reader[] {
  return [new zxing.MultiFormatOneDReader(decodeHints), new zxing.QRCodeReader(), new zxing.DataMatrixReader(), new zxing.PDF417Reader()];
}

function readOnce(family: readonly Reader[], bitmap: BinaryBitmap, decodeHints: Map<DecodeHintType, unknown>): Result | null {
  for (const reader of family) {
    try {
      return reader.decode(bitmap, decodeHints);
    } catch (error) {
      if (!(error instanceof zxing.Exception)) throw error;
    }
  }
  return null;
}

/** The pure-JavaScript ZXing port: the fallback where WebAssembly cannot run. */
export function createZxingJsDecoder(): Decoder {
  const decodeHints = hints();
  const family = readers(decodeHints);
  return {
    name: 'zxing-js',
    decode(frame: GreyFrame, region?: Region) {
      const cropped = cropFrame(frame, region);
      if (cropped.width === 0 || cropped.height === 0) return Promise.resolve([]);
      const work: GreyFrame = { ...cropped, data: Uint8Array.from(cropped.data) };
      const luminance = new Uint8ClampedArray(work.data.buffer, work.data.byteOffset, work.data.byteLength);
      const codes: DecodedCode[] = [];
      for (let i = 0; i < MAX_CODES; i += 1) {
        const bitmap = new zxing.BinaryBitmap(new zxing.HybridBinarizer(new zxing.RGBLuminanceSource(luminance, work.width, work.height)));
        const result = readOnce(family, bitmap, decodeHints);
        if (result === null) break;
        // Some readers leave holes (null) in their result points.
        const points = (result.getResultPoints() as readonly (ResultPoint | null)[]).filter((p): p is ResultPoint => p !== null).map((p) => ({ x: p.getX(), y: p.getY() }));
        const { text, gs1 } = readText(result);
        codes.push({ text, gs1, symbology: FORMATS.get(result.getBarcodeFormat()) ?? 'other', corners: offsetPoints(points, region) });
        if (points.length === 0) break;
        paintOut(work, points);
      }
      return Promise.resolve(codes);
    },
  };
}
