import { randomFillSync } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';

/** UUIDv7 ids for past moments (the app's ids.next() stamps the present), drawing their random bits from a refilled pool. */
export function timeOrderedIds(): (msecs: number) => string {
  const pool = new Uint8Array(16 * 4096);
  let used = pool.length;
  return (msecs) => {
    if (used === pool.length) {
      randomFillSync(pool);
      used = 0;
    }
    const random = pool.subarray(used, used + 16);
    used += 16;
    return uuidv7({ msecs, random });
  };
}
