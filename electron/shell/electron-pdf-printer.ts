import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrowserWindow } from 'electron';
import type { PdfPrinter } from '../services/wipes/certificates/pdf-printer';

/** A4 with the certificate's margins (Electron takes inches). */
const MARGINS = { top: 0.55, bottom: 0.55, left: 0.47, right: 0.47 };

/**
 * Prints a certificate with Electron's own Chromium: the HTML goes to a private temp file, a hidden
 * window with JavaScript off and no preload loads it, printToPDF makes the PDF, and the window and
 * the file are gone again whatever happens. The window has its own in-memory session, so the app
 * window's Content-Security-Policy (no inline styles) does not apply to the certificate's own.
 */
export function electronPdfPrinter(): PdfPrinter {
  return {
    async print(html, options) {
      const dir = await mkdtemp(join(tmpdir(), 'dockside-certificate-'));
      const window = new BrowserWindow({
        show: false,
        webPreferences: { partition: 'dockside-certificates', javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true, spellcheck: false },
      });
      try {
        window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
        window.webContents.on('will-navigate', (event) => event.preventDefault());
        const file = join(dir, 'certificate.html');
        await writeFile(file, html, { encoding: 'utf8', mode: 0o600 });
        await window.loadFile(file);
        const pdf = await window.webContents.printToPDF({ pageSize: 'A4', landscape: options.landscape, printBackground: true, margins: MARGINS });
        return new Uint8Array(pdf);
      } finally {
        window.destroy();
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}
