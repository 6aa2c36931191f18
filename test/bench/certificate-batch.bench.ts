import { fileURLToPath } from 'node:url';
import { chromiumPdfPrinter } from '../../electron/cli/chromium-pdf-printer';
import { removeFixture, signedInFixture } from '../support/core-fixture';
import { readPdf } from '../support/wipes/pdf-text';
import { machineInfo } from './support/machine';
import { sampleMemory } from './support/process-memory';
import { writeResult } from './support/report';
import { seedWipedDevices } from './support/wipe-seed';

export interface CertificateBenchOptions {
  readonly devices?: number;
  /** Where results/<name>.json goes; null writes nothing. */
  readonly resultsDir?: string | null;
  readonly log?: (line: string) => void;
}

export interface CertificateBenchResult {
  readonly devices: number;
  readonly seedSeconds: number;
  /** wipes.batchCertificate through the core: gathering the records, the HTML, starting Chromium and printing. */
  readonly seconds: number;
  readonly targetSeconds: number;
  readonly targetMet: boolean;
  readonly pdfBytes: number;
  readonly pages: number;
  /** Every device's drive serial is in the PDF's text (read back with pdftotext). */
  readonly allSerialsInPdf: boolean;
  /** This process before the certificate (the seeded database is open), and its peak while making it. */
  readonly nodeRssBeforeMiB: number;
  readonly peakNodeRssMiB: number;
  /** Chromium's processes together (proportional set size, shared pages counted once), at their peak. */
  readonly peakChromiumPssMiB: number;
}

export const CERTIFICATE_TARGET_SECONDS = 10;
const RESULTS_DIR = fileURLToPath(new URL('./results/', import.meta.url));
const mib = (bytes: number): number => Math.round((bytes / 1024 ** 2) * 10) / 10;

/** A batch certificate of sanitization for 1,000 devices: how long the PDF takes, and the memory it needs. */
export async function runCertificateBench(options: CertificateBenchOptions = {}): Promise<CertificateBenchResult> {
  const devices = options.devices ?? 1_000;
  const log = options.log ?? (() => undefined);
  const printer = chromiumPdfPrinter();
  const f = await signedInFixture({ pdf: printer });
  try {
    const seedStarted = performance.now();
    f.clock.set('2026-10-01T08:00:00.000Z');
    await f.call('auth.signIn', { technicianId: 'SUP-1', pin: '4321' });
    seedWipedDevices(f, devices);
    f.clock.set('2026-11-02T08:00:00.000Z');
    await f.call('auth.signIn', { technicianId: 'SUP-1', pin: '4321' });
    const seedSeconds = Math.round((performance.now() - seedStarted) / 100) / 10;
    log(`seeded ${devices} wiped devices in ${seedSeconds} s`);
    const before = process.memoryUsage.rss();
    const memory = sampleMemory();
    const started = performance.now();
    const file = await f.call('wipes.batchCertificate', { from: '2026-09-01', to: '2026-11-02' });
    const seconds = Math.round((performance.now() - started) / 10) / 100;
    const peaks = memory.stop();
    const bytes = Buffer.from(file.pdfBase64, 'base64');
    const { text, pages } = readPdf(bytes);
    const allSerialsInPdf = Array.from({ length: devices }, (_, i) => `WD-${String(i).padStart(7, '0')}`).every((serial) => text.includes(serial));
    const result: CertificateBenchResult = {
      devices: file.devices,
      seedSeconds,
      seconds,
      targetSeconds: CERTIFICATE_TARGET_SECONDS,
      targetMet: seconds <= CERTIFICATE_TARGET_SECONDS && file.devices === devices,
      pdfBytes: bytes.length,
      pages,
      allSerialsInPdf,
      nodeRssBeforeMiB: mib(before),
      peakNodeRssMiB: mib(peaks.nodeRssBytes),
      peakChromiumPssMiB: mib(peaks.childrenPssBytes),
    };
    if (options.resultsDir !== null) writeResult(options.resultsDir ?? RESULTS_DIR, 'certificate-batch', machineInfo(), { ...result });
    return result;
  } finally {
    await printer.close();
    removeFixture(f);
  }
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const r = await runCertificateBench({ log: (line) => console.log(line) });
  console.log(`batch certificate for ${r.devices} devices: ${r.seconds} s (target <= ${r.targetSeconds} s: ${r.targetMet ? 'met' : 'NOT met'}), ${r.pages} pages, ${Math.round(r.pdfBytes / 1024)} KiB, every serial in the PDF text: ${r.allSerialsInPdf ? 'yes' : 'NO'}`);
  console.log(`memory: Node ${r.nodeRssBeforeMiB} MiB before, peak ${r.peakNodeRssMiB} MiB; Chromium peak ${r.peakChromiumPssMiB} MiB (PSS)`);
  if (!r.allSerialsInPdf) process.exitCode = 1;
}
