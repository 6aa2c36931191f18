import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** The station's Ed25519 identity: signs each custody event hash. */
export interface StationSigner {
  readonly stationId: string;
  /** SPKI public key, PEM. */
  readonly publicKey: string;
  sign(hash: string): string;
}

export function stationIdOf(publicKeyPem: string): string {
  const der = createPublicKey(publicKeyPem).export({ type: 'spki', format: 'der' });
  return `ST-${createHash('sha256').update(der).digest('hex').slice(0, 16).toUpperCase()}`;
}

export function signerFromPrivateKey(privateKey: KeyObject): StationSigner {
  const publicKey = createPublicKey(privateKey).export({ type: 'spki', format: 'pem' }).toString();
  return {
    stationId: stationIdOf(publicKey),
    publicKey,
    sign: (hash) => sign(null, Buffer.from(hash, 'utf8'), privateKey).toString('base64'),
  };
}

export function newSigner(): StationSigner {
  return signerFromPrivateKey(generateKeyPairSync('ed25519').privateKey);
}

/** Loads the station key from its file, creating it (readable by the owner only) on first run. */
export function loadOrCreateSigner(keyFile: string): StationSigner {
  if (existsSync(keyFile)) return signerFromPrivateKey(createPrivateKey(readFileSync(keyFile, 'utf8')));
  const { privateKey } = generateKeyPairSync('ed25519');
  mkdirSync(dirname(keyFile), { recursive: true });
  writeFileSync(keyFile, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
  chmodSync(keyFile, 0o600);
  return signerFromPrivateKey(privateKey);
}

export function signatureValid(publicKeyPem: string, hash: string, signature: string): boolean {
  const bytes = Buffer.from(signature, 'base64');
  // Only the one canonical spelling counts: base64 decoding skips stray characters and ignores padding bits.
  if (bytes.toString('base64') !== signature) return false;
  try {
    return verify(null, Buffer.from(hash, 'utf8'), createPublicKey(publicKeyPem), bytes);
  } catch {
    return false;
  }
}
