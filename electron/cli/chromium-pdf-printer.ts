import { chromium, type Browser } from 'playwright-core';
import type { PdfPrinter } from '../services/wipes/certificates/pdf-printer';

/** Debian's Chromium unless DOCKSIDE_CHROMIUM names another. */
export const chromiumPath = (): string => process.env.DOCKSIDE_CHROMIUM ?? '/usr/bin/chromium';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface ClosablePrinter extends PdfPrinter {
  close(): Promise<void>;
}

/**
 * Prints certificates with headless Chromium's page.pdf (the CLI and tests; the app uses Electron's
 * printToPDF). The browser starts on first use and runs with JavaScript off: the template needs none.
 */
export function chromiumPdfPrinter(executablePath: string = chromiumPath()): ClosablePrinter {
  let browser: Promise<Browser> | null = null;
  return {
    async print(html, options) {
      browser ??= chromium.launch({ executablePath, args: ARGS, headless: true });
      const context = await (await browser).newContext({ javaScriptEnabled: false });
      try {
        const page = await context.newPage();
        await page.setContent(html, { waitUntil: 'load' });
        const pdf = await page.pdf({ format: 'A4', landscape: options.landscape, printBackground: true, margin: { top: '14mm', bottom: '14mm', left: '12mm', right: '12mm' } });
        return new Uint8Array(pdf);
      } finally {
        await context.close();
      }
    },
    async close() {
      if (browser !== null) await (await browser).close();
      browser = null;
    },
  };
}
