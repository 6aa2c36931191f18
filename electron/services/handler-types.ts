import type { CommandName, CommandOutput, ParsedInput } from '../../shared/contract';
import type { Session } from '../../shared/domain/users';
import { DocksideError } from '../../shared/errors';
import type { CoreDeps } from './deps';
import type { SessionKeeper } from './session';

export interface CallContext {
  readonly session: Session | null;
}

export type Handler<K extends CommandName> = (input: ParsedInput<K>, ctx: CallContext) => CommandOutput<K> | Promise<CommandOutput<K>>;
export type HandlerMap = { readonly [K in CommandName]: Handler<K> };

/** What every handler group is built from. */
export interface CoreEnv extends CoreDeps {
  readonly sessions: SessionKeeper;
}

/** The session of a command whose access level already required one. */
export function who(ctx: CallContext): Session {
  if (ctx.session === null) throw new DocksideError('NOT_SIGNED_IN', 'Not signed in');
  return ctx.session;
}
