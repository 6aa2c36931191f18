import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { prepareZXingModule } from 'zxing-wasm/reader';
import type { Decoder, DecoderName } from './decoder';
import { createZxingJsDecoder } from './zxing-js-decoder';
import { createZxingWasmDecoder, type ZxingWasmLoader } from './zxing-wasm-decoder';

/** In Node the .wasm is read from node_modules: nothing is ever fetched. */
export const nodeWasmLoader: ZxingWasmLoader = () => {
  const wasmPath = createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm');
  const bytes = readFileSync(wasmPath);
  const wasmBinary = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  return prepareZXingModule({ overrides: { wasmBinary }, fireImmediately: true });
};

/** A decoder for the command line, the benchmarks and the tests. */
export function createNodeDecoder(name: DecoderName): Decoder {
  return name === 'zxing-wasm' ? createZxingWasmDecoder(nodeWasmLoader) : createZxingJsDecoder();
}
