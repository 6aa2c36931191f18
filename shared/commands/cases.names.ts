/** The cases commands' names, free of any library so the preload can list them. */
export const CASES_COMMAND_NAMES = [] as const;
export type CasesCommandName = (typeof CASES_COMMAND_NAMES)[number];
