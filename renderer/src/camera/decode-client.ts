import type { GreyFrame } from '../../../shared/decoding/frame';
import type { DecodeReply } from './worker-protocol';

export interface DecodeClient {
  /** Sends a frame to the worker (the pixels move there) and answers with what it found. */
  decode(frame: GreyFrame): Promise<DecodeReply>;
  close(): void;
}

/** The decoding Web Worker, one per open camera: the UI thread never decodes. */
export function createDecodeClient(): DecodeClient {
  const worker = new Worker(new URL('./decode-worker.ts', import.meta.url), { type: 'module' });
  const waiting = new Map<number, (reply: DecodeReply) => void>();
  let next = 0;
  worker.onmessage = (event: MessageEvent<DecodeReply>) => {
    waiting.get(event.data.id)?.(event.data);
    waiting.delete(event.data.id);
  };
  worker.onerror = (event) => {
    for (const [id, resolve] of waiting) resolve({ id, ok: false, problem: event.message || 'The decoder stopped' });
    waiting.clear();
  };
  return {
    decode(frame) {
      next += 1;
      const id = next;
      return new Promise((resolve) => {
        waiting.set(id, resolve);
        worker.postMessage({ id, frame }, [frame.data.buffer]);
      });
    },
    close() {
      worker.terminate();
      waiting.clear();
    },
  };
}
