import { describeFailure } from './cli-errors';
import { EXIT, printJson, type CliIo, type Command, type ExitCode } from './cli-io';
import { HELP_TEXT } from './help-text';

/** Each command is loaded only when run, so `verify` never loads the parts of the app it does not need. */
const COMMANDS: Readonly<Record<string, () => Promise<Command>>> = {
  verify: async () => (await import('./verify-command')).verifyCommand,
  export: async () => (await import('./export-router')).exportRouter,
  import: async () => (await import('./import-command')).importCommand,
  demo: async () => (await import('./demo-command')).demoCommand,
  'station-key': async () => (await import('./station-key-command')).stationKeyCommand,
  sync: async () => (await import('./sync-command')).syncCommand,
  decode: async () => (await import('./decode-command')).decodeCommand,
};

const HELP_WORDS: ReadonlySet<string> = new Set(['help', '--help', '-h']);

/** Runs one `dockside ...` command line and answers with its exit status. Never throws. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.err(HELP_TEXT);
    return EXIT.usage;
  }
  if (HELP_WORDS.has(name) || rest.includes('--help') || rest.includes('-h')) {
    io.out(HELP_TEXT);
    return EXIT.ok;
  }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (load === undefined) {
    io.err(`Unknown command "${name}". Run "dockside help" to see what it can do.`);
    return EXIT.usage;
  }
  try {
    const command = await load();
    return await command(rest, io);
  } catch (error) {
    const failure = describeFailure(error);
    if (rest.includes('--json')) {
      printJson(io, { ok: false, error: { code: failure.code, words: failure.words, message: failure.message } });
    } else {
      io.err(`Error: ${failure.words}`);
      if (failure.message !== failure.words) io.err(`Detail: ${failure.message}`);
    }
    return failure.exit;
  }
}
