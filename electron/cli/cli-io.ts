/** Exit status of every command: 0 done or verified, 1 verification failed, 2 wrong usage or a file that cannot be read or written. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** Where a command writes: one line of text at a time, to standard output or standard error. */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

/** One subcommand: reads its own arguments, writes its report, answers with an exit status. */
export type Command = (args: readonly string[], io: CliIo) => ExitCode | Promise<ExitCode>;

export function printJson(io: CliIo, value: unknown): void {
  io.out(JSON.stringify(value, null, 2));
}
