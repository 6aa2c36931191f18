import type { Browser, Page } from 'playwright-core';
import type { CoreOptions } from '../../../electron/services/core';
import { createCoreFixture, removeFixture, type CoreFixture } from '../../support/core-fixture';
import { bridgeToCore } from './bridge';
import { launchChromium } from './chromium';
import { SOUND_RECORDER_SCRIPT } from './sound-recorder';
import { serveRenderer, type StaticServer } from './static-server';

export const VIEWPORT = { width: 1280, height: 800 } as const;

export interface OpenOptions {
  /** Prepares the core before the page loads (create a supervisor, register devices...). */
  readonly prepare?: (fixture: CoreFixture) => Promise<void>;
  /** Installs playwright's fake clock before the app loads (for the idle lock). */
  readonly fakeClock?: boolean;
  /** More scripts to run in the page before the app (measurement hooks). */
  readonly initScripts?: readonly string[];
  /** Services for the core, such as a PDF printer for certificates. */
  readonly coreOptions?: CoreOptions;
}

/** The real renderer in Chromium, its window.api bridged to a real core on a real temp SQLite file. */
export interface AppUnderTest {
  readonly page: Page;
  readonly fixture: CoreFixture;
  /** Console errors and uncaught exceptions (a CSP violation shows up here). */
  readonly problems: readonly string[];
  close(): Promise<void>;
}

export interface Harness {
  readonly browser: Browser;
  readonly server: StaticServer;
  open(options?: OpenOptions): Promise<AppUnderTest>;
  close(): Promise<void>;
}

/** One static server and one browser, to share across the tests of a file; chromiumArgs such as a fake camera. */
export async function startHarness(chromiumArgs: readonly string[] = []): Promise<Harness> {
  const server = await serveRenderer();
  const browser = await launchChromium(chromiumArgs).catch(async (error: unknown) => {
    await server.close();
    throw error;
  });
  const open = async (options: OpenOptions = {}): Promise<AppUnderTest> => {
    const fixture = createCoreFixture(options.coreOptions);
    const context = await browser.newContext({ viewport: VIEWPORT, acceptDownloads: true });
    const problems: string[] = [];
    try {
      await options.prepare?.(fixture);
      await bridgeToCore(context, fixture.core);
      await context.addInitScript({ content: SOUND_RECORDER_SCRIPT });
      for (const script of options.initScripts ?? []) await context.addInitScript({ content: script });
      const page = await context.newPage();
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(error.message));
      if (options.fakeClock === true) await page.clock.install();
      await page.goto(server.url);
      return {
        page,
        fixture,
        problems,
        close: async () => {
          await context.close();
          removeFixture(fixture);
        },
      };
    } catch (error) {
      await context.close();
      removeFixture(fixture);
      throw error;
    }
  };
  return {
    browser,
    server,
    open,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
