/** The vendors commands' names, free of any library so the preload can list them. */
export const VENDORS_COMMAND_NAMES = [
  'vendors.list',
  'vendors.save',
  'vendors.setActive',
  'vendors.readSample',
  'vendors.previewDisposition',
  'vendors.importDisposition',
  'vendors.reviewQueue',
  'vendors.resolveReview',
  'vendors.aging',
  'vendors.setAgingDays',
] as const;
export type VendorsCommandName = (typeof VENDORS_COMMAND_NAMES)[number];
