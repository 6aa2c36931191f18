import type { GreyFrame, Point, Region } from './frame';
import type { Symbology } from './symbology';

export const DECODER_NAMES = ['zxing-wasm', 'zxing-js'] as const;
export type DecoderName = (typeof DECODER_NAMES)[number];

/** One code found in a frame. */
export interface DecodedCode {
  /** The text as the decoder read it; GS1 element strings in "(01)…(21)…" form. */
  readonly text: string;
  readonly symbology: Symbology;
  /** True when the code carries GS1 element strings (FNC1 first: GS1-128, GS1 DataMatrix, GS1 QR). */
  readonly gs1: boolean;
  /** Corner points in the whole frame's pixels, clockwise from top left (two points for some linear codes). */
  readonly corners: readonly Point[];
}

/** Decodes barcodes in a grey frame; the same interface runs in a browser Worker and in Node. */
export interface Decoder {
  readonly name: DecoderName;
  decode(frame: GreyFrame, region?: Region): Promise<readonly DecodedCode[]>;
}
