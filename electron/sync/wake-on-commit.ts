import type { Db } from '../../db/connection';
import type { Core } from '../services/core';

/** Wraps the core so that a command which left events in the outbox wakes the sync worker. */
export function wakeOnCommit(core: Core, db: Db, wake: () => void): Core {
  const waiting = db.prepare('SELECT 1 FROM outbox LIMIT 1');
  const dispatch: Core['dispatch'] = async (name, input) => {
    const result = await core.dispatch(name, input);
    if (result.ok && db.open && waiting.get() !== undefined) wake();
    return result;
  };
  return { dispatch, invoke: (name, input) => dispatch(name, input) as ReturnType<Core['invoke']> };
}
