import { periodSchema, type Period } from '../../shared/domain/sanitization/wipe-inputs';
import { UsageError } from './cli-errors';

/** "2026-11-01..2026-11-30" (UTC dates, both included), or one date for a single day. */
export function parsePeriod(value: string, flag: string): Period {
  const [from, to = from] = value.split('..');
  const parsed = periodSchema.safeParse({ from, to });
  if (!parsed.success) throw new UsageError(`${flag} ${value}: give dates as YYYY-MM-DD..YYYY-MM-DD, the first not after the second`);
  return parsed.data;
}
