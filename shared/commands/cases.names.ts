/** The cases commands' names, free of any library so the preload can list them. */
export const CASES_COMMAND_NAMES = [
  'cases.previewImport',
  'cases.import',
  'cases.list',
  'cases.get',
  'cases.byBarcode',
  'cases.completeTask',
  'cases.reclaimLicence',
  'cases.message',
  'cases.recordReminder',
  'cases.requestRemoteWipe',
  'cases.writeOff',
  'cases.close',
  'cases.policy',
  'cases.savePolicy',
  'cases.exportPack',
  'cases.exportPackPdf',
  'cases.dashboard',
  'cases.dashboardCsv',
] as const;
export type CasesCommandName = (typeof CASES_COMMAND_NAMES)[number];
