import type { ZXingReaderModule, ZXingReaderOptions, ZXingReadResult } from 'zxing-wasm/reader';
import type { DecodedCode, Decoder } from './decoder';
import { cropFrame, offsetPoints, type GreyFrame, type Region } from './frame';
import type { Symbology } from './symbology';

/** The Emscripten heap calls the module has (its typings leave them to @types/emscripten, which is not installed). */
interface WasmHeap {
  readonly HEAPU8: Uint8Array;
  _malloc(bytes: number): number;
  _free(pointer: number): void;
}

/** Loads the ZXing-C++ WebAssembly module: from node_modules in Node, from the app bundle in the renderer. */
export type ZxingWasmLoader = () => Promise<ZXingReaderModule>;

const FORMATS: Readonly<Record<string, Symbology>> = {
  Code128: 'code-128',
  Code39: 'code-39',
  QRCode: 'qr',
  DataMatrix: 'data-matrix',
  EAN13: 'ean-13',
  UPCA: 'upc-a',
  PDF417: 'pdf417',
};

/** Binarizer and text mode are passed to the module as their index: LocalAverage = 0, HRI = 2 ("(01)…(21)…" for GS1). */
const OPTIONS: ZXingReaderOptions = {
  formats: Object.keys(FORMATS).join(','),
  tryHarder: true,
  tryRotate: true,
  tryInvert: false,
  tryDownscale: true,
  tryDenoise: false,
  binarizer: 0,
  isPure: false,
  downscaleThreshold: 500,
  downscaleFactor: 3,
  minLineCount: 2,
  maxNumberOfSymbols: 8,
  validateOptionalChecksum: false,
  returnErrors: false,
  eanAddOnSymbol: 0,
  textMode: 2,
  characterSet: 0,
  tryCode39ExtendedMode: false,
};

/** ZXing-C++ reports a UPC-A as the EAN-13 it also is (a leading 0); say UPC-A, as @zxing/library does. */
function readFormat(result: ZXingReadResult): { text: string; symbology: Symbology } {
  const symbology = FORMATS[result.format] ?? 'other';
  if (symbology === 'ean-13' && result.text.length === 13 && result.text.startsWith('0')) return { text: result.text.slice(1), symbology: 'upc-a' };
  return { text: result.text, symbology };
}

function toCode(result: ZXingReadResult, region: Region | undefined): DecodedCode {
  const p = result.position;
  return {
    ...readFormat(result),
    gs1: result.contentType === 3,
    corners: offsetPoints([p.topLeft, p.topRight, p.bottomRight, p.bottomLeft], region),
  };
}

/** ZXing-C++ compiled to WebAssembly: reads the grey frame as it is (no colour conversion) and finds every code in one pass. */
export function createZxingWasmDecoder(load: ZxingWasmLoader): Decoder {
  let module: Promise<ZXingReaderModule & WasmHeap> | null = null;
  return {
    name: 'zxing-wasm',
    async decode(frame: GreyFrame, region?: Region) {
      module ??= load().then((loaded) => loaded as ZXingReaderModule & WasmHeap);
      const zxing = await module;
      const input = cropFrame(frame, region);
      if (input.width === 0 || input.height === 0) return [];
      const pointer = zxing._malloc(input.data.byteLength);
      if (pointer === 0) throw new Error('The decoder ran out of memory');
      try {
        zxing.HEAPU8.set(input.data, pointer);
        const found = zxing.readBarcodesFromPixmap(pointer, input.width, input.height, OPTIONS);
        const codes: DecodedCode[] = [];
        for (let i = 0; i < found.size(); i += 1) {
          const result = found.get(i);
          if (result !== undefined && result.isValid) codes.push(toCode(result, region));
        }
        return codes;
      } finally {
        zxing._free(pointer);
      }
    },
  };
}
