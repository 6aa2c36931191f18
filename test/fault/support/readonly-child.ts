/**
 * Opens a station whose database file this process may not write (the parent starts it as another user),
 * and prints one JSON line: what each step answered, as the app would see it.
 */
import { openDatabase } from '../../../db/connection';
import { createCore } from '../../../electron/services/core';
import { loadOrCreateSigner } from '../../../electron/services/station/signer';
import { systemClock, uuidIds } from '../../../electron/services/system';
import { explainError } from '../../../shared/error-words';
import { DocksideError } from '../../../shared/errors';

export interface ReadonlyReport {
  readonly failedAt: 'open' | 'core' | 'sign-in' | 'register' | null;
  readonly code: string | null;
  readonly words: string | null;
}

function codeOf(error: unknown): { code: string; words: string | null } {
  if (error instanceof DocksideError) return { code: error.error.code, words: explainError(error.error) };
  return { code: error instanceof Error ? `${error.name}: ${error.message}` : String(error), words: null };
}

async function probe(dbFile: string, keyFile: string): Promise<ReadonlyReport> {
  let step: NonNullable<ReadonlyReport['failedAt']> = 'open';
  try {
    const db = openDatabase(dbFile);
    step = 'core';
    const core = createCore({ db, clock: systemClock, ids: uuidIds, signer: loadOrCreateSigner(keyFile) });
    for (const [name, call] of [
      ['sign-in', () => core.invoke('auth.signIn', { technicianId: 'SUP-1', pin: '4321' })],
      ['register', () => core.invoke('assets.register', { serial: 'SN-READONLY-1', assetClass: 'laptop' })],
    ] as const) {
      step = name;
      const result = await call();
      if (!result.ok) return { failedAt: step, code: result.error.code, words: explainError(result.error) };
    }
    return { failedAt: null, code: null, words: null };
  } catch (error) {
    return { failedAt: step, ...codeOf(error) };
  }
}

const [dbFile, keyFile] = process.argv.slice(2);
if (dbFile === undefined || keyFile === undefined) throw new Error('usage: readonly-child.ts DB_FILE KEY_FILE');
process.stdout.write(`${JSON.stringify(await probe(dbFile, keyFile))}\n`);
