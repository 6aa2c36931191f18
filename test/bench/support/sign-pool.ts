import { Worker } from 'node:worker_threads';

/** Signs batches of hashes on a worker thread, so hashing and inserting go on while it signs. */
export interface SignWorker {
  sign(hashes: readonly string[]): Promise<string[]>;
  close(): Promise<void>;
}

export function startSignWorker(privateKeyPem: string): SignWorker {
  const worker = new Worker(new URL('./sign-worker.ts', import.meta.url), { workerData: { privateKeyPem } });
  const waiting = new Map<number, { resolve: (signatures: string[]) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  const failAll = (error: Error): void => {
    for (const pending of waiting.values()) pending.reject(error);
    waiting.clear();
  };
  worker.on('message', (reply: { id: number; signatures: string[] }) => {
    waiting.get(reply.id)?.resolve(reply.signatures);
    waiting.delete(reply.id);
  });
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new Error(`sign worker exited with code ${code}`)));
  return {
    sign(hashes) {
      const id = nextId;
      nextId += 1;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, hashes });
      });
    },
    async close() {
      await worker.terminate();
    },
  };
}
