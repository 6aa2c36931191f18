import { UsageError } from './cli-errors';
import type { Command } from './cli-io';

/** Each export is loaded only when asked for, so `export evidence` never starts loading the PDF printer. */
const EXPORTS: Readonly<Record<string, () => Promise<Command>>> = {
  evidence: async () => (await import('./export-command')).exportCommand,
  wipes: async () => (await import('./export-wipes-command')).exportWipesCommand,
  certificate: async () => (await import('./export-certificate-command')).exportCertificateCommand,
  'case-pack': async () => (await import('./export-case-pack-command')).exportCasePackCommand,
  receipt: async () => (await import('./export-receipt-command')).exportReceiptCommand,
  manifest: async () => (await import('./export-manifest-command')).exportManifestCommand,
};

/** `dockside export evidence|wipes|certificate|case-pack|receipt|manifest ...`. */
export const exportRouter: Command = async (args, io) => {
  const [what] = args;
  const load = what !== undefined && Object.hasOwn(EXPORTS, what) ? EXPORTS[what] : undefined;
  if (load === undefined) {
    throw new UsageError('What to export: dockside export evidence --db FILE (or export wipes --db FILE --out FILE.csv, or export certificate --db FILE --asset TAG --out FILE.pdf, or export receipt SESSION_ID --db FILE, or export manifest SESSION_ID --db FILE, or export case-pack RET-000123 --db FILE)');
  }
  const command = await load();
  return command(what === 'evidence' ? args : args.slice(1), io);
};
