import type { ChainReport } from '../../../shared/views';
import { call } from '../api/client';
import { errorText } from '../format/error-text';

export type VerifyOutcome = { readonly ok: true; readonly report: ChainReport } | { readonly ok: false; readonly problem: string };

/** Walks the whole custody log's hash chain and signatures. */
export async function verifyCustodyLog(): Promise<VerifyOutcome> {
  const result = await call('custody.verify', {});
  return result.ok ? { ok: true, report: result.value } : { ok: false, problem: errorText(result.error).title };
}
