/// <reference lib="webworker" />
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';
import { prepareZXingModule } from 'zxing-wasm/reader';
import type { Decoder } from '../../../shared/decoding/decoder';
import { createZxingJsDecoder } from '../../../shared/decoding/zxing-js-decoder';
import { createZxingWasmDecoder } from '../../../shared/decoding/zxing-wasm-decoder';
import type { DecodeReply, DecodeRequest } from './worker-protocol';

/**
 * Decodes camera frames off the UI thread. ZXing-C++ (WebAssembly, loaded from the app bundle, never a CDN) is the
 * default; if WebAssembly cannot run here, @zxing/library takes over.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;

const wasmDecoder = createZxingWasmDecoder(() =>
  prepareZXingModule({ overrides: { locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? wasmUrl : prefix + path) }, fireImmediately: true }),
);

async function pickDecoder(): Promise<Decoder> {
  if (typeof WebAssembly !== 'object') return createZxingJsDecoder();
  try {
    await wasmDecoder.decode({ width: 8, height: 8, data: new Uint8Array(64).fill(255) });
    return wasmDecoder;
  } catch {
    return createZxingJsDecoder();
  }
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
