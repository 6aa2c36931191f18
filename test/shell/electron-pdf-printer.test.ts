import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';

interface FakeWindow {
  readonly options: { show: boolean; webPreferences: Record<string, unknown> };
  loaded: string | null;
  htmlAtLoad: string | null;
  printOptions: Record<string, unknown> | null;
  destroyed: boolean;
  openHandler: (() => { action: string }) | null;
  navigation: ((event: { preventDefault: () => void }) => void) | null;
}

const h = vi.hoisted(() => ({ windows: [] as FakeWindow[], failPrint: false }));

vi.mock('electron', () => {
  class BrowserWindow {
    readonly record: FakeWindow;
    readonly webContents;
    constructor(options: FakeWindow['options']) {
      const record: FakeWindow = { options, loaded: null, htmlAtLoad: null, printOptions: null, destroyed: false, openHandler: null, navigation: null };
      this.record = record;
      h.windows.push(record);
      this.webContents = {
        setWindowOpenHandler: (handler: () => { action: string }) => {
          record.openHandler = handler;
        },
        on: (name: string, listener: FakeWindow['navigation']) => {
          if (name === 'will-navigate') record.navigation = listener;
        },
        printToPDF: async (printOptions: Record<string, unknown>) => {
          record.printOptions = printOptions;
          if (h.failPrint) throw new Error('printing failed');
          return Buffer.from('%PDF-1.7 fake');
        },
      };
    }
    async loadFile(file: string): Promise<void> {
      this.record.loaded = file;
      this.record.htmlAtLoad = readFileSync(file, 'utf8');
    }
    destroy(): void {
      this.record.destroyed = true;
    }
  }
  return { BrowserWindow };
});

const { electronPdfPrinter } = await import('../../electron/shell/electron-pdf-printer');

describe('the app prints certificates with Electron\u2019s printToPDF', () => {
  it('loads the HTML in a hidden window with JavaScript off and no preload, prints A4, then removes window and file', async () => {
    const html = '<!doctype html><p>Certificate of Sanitization</p>';
    const pdf = await electronPdfPrinter().print(html, { landscape: true });
    expect(Buffer.from(pdf).toString()).toBe('%PDF-1.7 fake');
    const window = h.windows.at(-1);
    expect(window?.options.show).toBe(false);
    expect(window?.options.webPreferences).toMatchObject({ partition: 'dockside-certificates', javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true });
    expect(window?.options.webPreferences).not.toHaveProperty('preload');
    expect(window?.htmlAtLoad).toBe(html);
    expect(window?.printOptions).toMatchObject({ pageSize: 'A4', landscape: true, printBackground: true });
    expect(window?.openHandler?.()).toEqual({ action: 'deny' });
    const navigate = { preventDefault: vi.fn() };
    window?.navigation?.(navigate);
    expect(navigate.preventDefault).toHaveBeenCalled();
    expect(window?.destroyed).toBe(true);
    expect(existsSync(window?.loaded ?? '')).toBe(false);
  });

  it('destroys the window and removes the file when printing fails', async () => {
    h.failPrint = true;
    await expect(electronPdfPrinter().print('<p>x</p>', { landscape: false })).rejects.toThrow('printing failed');
    const window = h.windows.at(-1);
    expect(window?.destroyed).toBe(true);
    expect(existsSync(window?.loaded ?? '')).toBe(false);
    h.failPrint = false;
  });
});
