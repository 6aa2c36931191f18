import type { Access } from '../../shared/commands/spec';
import type { Session } from '../../shared/domain/users';
import { DocksideError } from '../../shared/errors';
import type { Clock } from './deps';

export interface SessionKeeper {
  start(session: Session): void;
  end(): void;
  /** The signed-in session if it has not idled out, without counting as activity. */
  current(): Session | null;
  /** Checks the caller may run a command of this access level; counts it as activity unless it is a background read. */
  authorise(access: Access, options: { readonly activity: boolean }): Session | null;
}

/** One signed-in technician per station window; signs out after the site's idle time. */
export function createSessionKeeper(clock: Clock, idleMinutes: () => number): SessionKeeper {
  let active: { session: Session; lastActiveMs: number } | null = null;
  let expired = false;

  const live = (): typeof active => {
    if (active !== null && clock.now().getTime() - active.lastActiveMs > idleMinutes() * 60_000) {
      active = null;
      expired = true;
    }
    return active;
  };

  return {
    start(session) {
      active = { session, lastActiveMs: clock.now().getTime() };
      expired = false;
    },
    end() {
      active = null;
      expired = false;
    },
    current: () => live()?.session ?? null,
    authorise(access, { activity }) {
      if (access === 'public') return live()?.session ?? null;
      const now = live();
      if (now === null) {
        throw expired ? new DocksideError('SESSION_EXPIRED', 'Signed out after idle time') : new DocksideError('NOT_SIGNED_IN', 'Not signed in');
      }
      if (access === 'supervisor' && now.session.role !== 'supervisor') throw new DocksideError('FORBIDDEN', 'Supervisor only');
      if (activity) now.lastActiveMs = clock.now().getTime();
      return now.session;
    },
  };
}
