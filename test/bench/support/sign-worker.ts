/**
 * Worker thread: signs event hashes with the station's Ed25519 key exactly as StationSigner.sign does
 * (signature over the UTF-8 hex hash, base64). Node built-ins only, so it loads with or without tsx.
 */
import { createPrivateKey, sign } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';

interface SignRequest {
  readonly id: number;
  readonly hashes: readonly string[];
}

const port = parentPort;
if (port === null) throw new Error('sign-worker must run as a worker thread');
const key = createPrivateKey(String((workerData as { privateKeyPem: string }).privateKeyPem));
port.on('message', (request: SignRequest) => {
  const signatures = request.hashes.map((hash) => sign(null, Buffer.from(hash, 'utf8'), key).toString('base64'));
  port.postMessage({ id: request.id, signatures });
});
