import type { CommandInput, CommandName, CommandOutput, EventName, EventPayload } from './contract';
import type { Result } from './errors';

/** What the preload exposes as window.api, and nothing more. */
export interface DocksideApi {
  invoke<K extends CommandName>(name: K, input: CommandInput<K>): Promise<Result<CommandOutput<K>>>;
  /** Subscribes to a main-process event; returns the unsubscribe function. */
  on<E extends EventName>(name: E, listener: (payload: EventPayload<E>) => void): () => void;
}
