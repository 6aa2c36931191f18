/// <reference lib="webworker" />
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';
import { prepareZXingModule } from 'zxing-wasm/reader';
import type { Decoder, DecoderName } from '../../../shared/decoding/decoder';
import { DEFAULT_DECODER, FALLBACK_DECODER } from '../../../shared/decoding/default-decoder';
import { createZxingJsDecoder } from '../../../shared/decoding/zxing-js-decoder';
import { createZxingWasmDecoder } from '../../../shared/decoding/zxing-wasm-decoder';
import type { DecodeReply, DecodeRequest } from './worker-protocol';

/**
 * Decodes camera frames off the UI thread with the default decoder (ZXing-C++ as WebAssembly, loaded from the app
 * bundle, never a CDN); where it cannot start (no WebAssembly), the fallback (@zxing/library) takes over.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;

function browserDecoder(name: DecoderName): Decoder {
  if (name === 'zxing-js') return createZxingJsDecoder();
  return createZxingWasmDecoder(() =>
    prepareZXingModule({ overrides: { locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? wasmUrl : prefix + path) }, fireImmediately: true }),
  );
}

/** A blank frame decodes to nothing, but only once the decoder has really started. */
const BLANK = { width: 8, height: 8, data: new Uint8Array(64).fill(255) };

async function pickDecoder(): Promise<Decoder> {
  for (const name of [DEFAULT_DECODER, FALLBACK_DECODER]) {
    if (name === 'zxing-wasm' && typeof WebAssembly !== 'object') continue;
    const decoder = browserDecoder(name);
    try {
      await decoder.decode(BLANK);
      return decoder;
    } catch {
      // This decoder cannot run here: try the next one.
    }
  }
  return createZxingJsDecoder();
}

const decoder = pickDecoder();

scope.onmessage = (event: MessageEvent<DecodeRequest>) => {
  const { id, frame } = event.data;
  void decoder.then(async (chosen) => {
    const started = performance.now();
    let reply: DecodeReply;
    try {
      const codes = await chosen.decode(frame);
      reply = { id, ok: true, decoder: chosen.name, codes, ms: performance.now() - started };
    } catch (error) {
      reply = { id, ok: false, problem: error instanceof Error ? error.message : String(error) };
    }
    scope.postMessage(reply);
  });
};
