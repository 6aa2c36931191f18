/** The vendors commands' names, free of any library so the preload can list them. */
export const VENDORS_COMMAND_NAMES = [] as const;
export type VendorsCommandName = (typeof VENDORS_COMMAND_NAMES)[number];
