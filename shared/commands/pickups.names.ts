/** The pickups commands' names, free of any library so the preload can list them. */
export const PICKUPS_COMMAND_NAMES = [] as const;
export type PickupsCommandName = (typeof PICKUPS_COMMAND_NAMES)[number];
