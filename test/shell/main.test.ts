import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { Result } from '../../shared/errors';
import { INVOKE_CHANNEL, eventChannel } from '../../shared/ipc-names';

const userData = mkdtempSync(join(tmpdir(), 'dockside-userdata-'));
type Invoke = (event: unknown, name: unknown, input: unknown) => Promise<Result<unknown>>;

const h = vi.hoisted(() => {
  const appListeners = new Map<string, () => void>();
  const powerListeners = new Map<string, () => void>();
  const windows: { options: Record<string, unknown>; loaded: string[]; sent: unknown[][] }[] = [];
  const ipcHandlers = new Map<string, unknown>();
  let resolveReady: () => void = () => undefined;
  const ready = new Promise<void>((r) => {
    resolveReady = r;
  });
  return { appListeners, powerListeners, windows, ipcHandlers, ready, resolveReady: () => resolveReady() };
});

vi.mock('electron', () => {
  class BrowserWindow {
    readonly webContents;
    constructor(options: Record<string, unknown>) {
      const record = { options, loaded: [] as string[], sent: [] as unknown[][] };
      h.windows.push(record);
      this.webContents = {
        setWindowOpenHandler: () => undefined,
        on: () => undefined,
        send: (...args: unknown[]) => record.sent.push(args),
      };
      this.loadURL = async (url: string) => {
        record.loaded.push(url);
      };
    }
    loadURL: (url: string) => Promise<void>;
    once(): void {}
  }
  return {
    app: {
      isPackaged: false,
      getPath: () => userData,
      requestSingleInstanceLock: () => true,
      quit: vi.fn(),
      exit: vi.fn(),
      on: (name: string, l: () => void) => h.appListeners.set(name, l),
      whenReady: () => h.ready,
    },
    BrowserWindow,
    dialog: { showErrorBox: vi.fn() },
    ipcMain: { handle: (channel: string, handler: unknown) => h.ipcHandlers.set(channel, handler) },
    powerMonitor: { on: (name: string, l: () => void) => h.powerListeners.set(name, l) },
    net: { isOnline: () => false },
    safeStorage: {
      isEncryptionAvailable: () => true,
      encryptString: (text: string) => Buffer.from(text, 'utf8').reverse(),
      decryptString: (data: Buffer) => Buffer.from(data).reverse().toString('utf8'),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
        webRequest: { onHeadersReceived: vi.fn() },
      },
    },
  };
});
vi.mock('electron-updater', () => ({ default: { autoUpdater: { checkForUpdatesAndNotify: vi.fn() } } }));

afterAll(() => rmSync(userData, { recursive: true, force: true }));

describe('main process shell', () => {
  it('opens the database and station key in the user-data folder, one secure window, one IPC handler', async () => {
    await import('../../electron/main');
    h.resolveReady();
    await vi.waitFor(() => expect(h.windows).toHaveLength(1));
    expect(existsSync(join(userData, 'dockside.sqlite'))).toBe(true);
    expect(statSync(join(userData, 'station-key.pem')).mode & 0o777).toBe(0o600);
    const window = h.windows[0];
    expect(window?.options).toMatchObject({ width: 1280, height: 800, webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false } });
    expect(window?.loaded[0]).toMatch(/^file:\/\/.*\/renderer\/index\.html$/);
    expect([...h.ipcHandlers.keys()]).toEqual([INVOKE_CHANNEL]);

    const invoke = h.ipcHandlers.get(INVOKE_CHANNEL) as Invoke;
    const frame = { url: window?.loaded[0] };
    const trusted = { sender: { mainFrame: frame }, senderFrame: frame };
    const setup = await invoke(trusted, 'setup.createFirstSupervisor', { technicianId: 'SUP-1', name: 'Sam', pin: '2468', loadDemoData: false });
    expect(setup.ok).toBe(true);

    expect([...h.powerListeners.keys()]).toEqual(expect.arrayContaining(['lock-screen', 'suspend', 'resume']));
    const status = await invoke(trusted, 'sync.status', {});
    expect(status.ok).toBe(true);

    h.powerListeners.get('lock-screen')?.();
    await vi.waitFor(() => expect(window?.sent).toContainEqual([eventChannel('session.ended'), { reason: 'idle' }]));
    const after = await invoke(trusted, 'receiving.startBatch', {});
    expect(after).toMatchObject({ ok: false, error: { code: 'NOT_SIGNED_IN' } });
    h.appListeners.get('before-quit')?.();
  });
});
