import { z } from 'zod';

/** Who may call a command: anyone (first run, sign-in), any signed-in technician, or supervisors only. */
export type Access = 'public' | 'signed-in' | 'supervisor';

export interface CommandSpec<I extends z.ZodType, O> {
  readonly access: Access;
  readonly input: I;
  /** Type-only marker: the output type of the command. Never read at run time. */
  readonly output: O;
  /** A read the app makes on its own (polling): it does not count as the technician being active. */
  readonly background?: true;
}

export type AnyCommandSpec = CommandSpec<z.ZodType, unknown>;

export const returns = <O>(): O => undefined as O;
export const command = <I extends z.ZodType, O>(access: Access, input: I, output: O): CommandSpec<I, O> => ({ access, input, output });
export const background = <I extends z.ZodType, O>(spec: CommandSpec<I, O>): CommandSpec<I, O> => ({ ...spec, background: true });
export const none = z.object({}).strict();
export const id = z.string().min(1).max(64);
export const shortText = z.string().trim().max(2000);
