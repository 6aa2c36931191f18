import bwipjs from 'bwip-js/node';
import { PNG } from 'pngjs';
import { rgbaToGrey, type GreyFrame } from '../../../shared/decoding/frame';

/** The label kinds the generator can print, by bwip-js encoder name. */
export const LABEL_KINDS = ['code128', 'code39', 'qrcode', 'datamatrix', 'ean13', 'upca', 'pdf417', 'gs1-128', 'gs1datamatrix'] as const;
export type LabelKind = (typeof LABEL_KINDS)[number];

const MATRIX = new Set<LabelKind>(['qrcode', 'datamatrix', 'gs1datamatrix']);
const LINEAR = new Set<LabelKind>(['code128', 'code39', 'ean13', 'upca', 'gs1-128']);

/** Draws one code at one pixel per module (black on white, no quiet zone; linear codes 10 mm high) with the project's generator, bwip-js. */
export async function renderCode(kind: LabelKind, text: string): Promise<GreyFrame> {
  const png = await bwipjs.toBuffer({ bcid: kind, text, scale: 1, backgroundcolor: 'FFFFFF', ...(LINEAR.has(kind) ? { height: 10 } : {}), ...(kind === 'pdf417' ? { columns: 4 } : {}) });
  const image = PNG.sync.read(png);
  // At scale 1 bwip-js draws matrix codes at two pixels per module: halve those back to one.
  return rgbaToGrey(image.data, image.width, image.height, MATRIX.has(kind) ? 2 : 1);
}

export const isLinear = (kind: LabelKind): boolean => LINEAR.has(kind);
