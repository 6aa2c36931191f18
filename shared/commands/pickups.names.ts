/** The pickups commands' names, free of any library so the preload can list them. */
export const PICKUPS_COMMAND_NAMES = [
  'pickups.overview',
  'pickups.stageReady',
  'pickups.stageScan',
  'pickups.create',
  'pickups.session',
  'pickups.openContainer',
  'pickups.sealContainer',
  'pickups.scan',
  'pickups.resolve',
  'pickups.sign',
  'pickups.signOff',
  'pickups.correct',
  'pickups.list',
  'pickups.receipt',
  'pickups.previewManifest',
  'pickups.importManifest',
  'pickups.exportManifest',
] as const;
export type PickupsCommandName = (typeof PICKUPS_COMMAND_NAMES)[number];
