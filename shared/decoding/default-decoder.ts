import type { DecoderName } from './decoder';

/**
 * The decoder the app and the command line use unless told otherwise: the winner of test/bench/decode-frames.bench.ts
 * (see test/bench/results/decode-frames.json). The other one is the fallback where WebAssembly cannot run.
 */
export const DEFAULT_DECODER: DecoderName = 'zxing-wasm';
export const FALLBACK_DECODER: DecoderName = 'zxing-js';
