import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, dialog, ipcMain, net, powerMonitor, session } from 'electron';
import electronUpdater from 'electron-updater';
import { createIdleCheckpointer } from '../db/checkpointer';
import { openDatabase } from '../db/connection';
import { explainError } from '../shared/error-words';
import { DocksideError } from '../shared/errors';
import { eventChannel } from '../shared/ipc-names';
import { registerIpc } from './ipc';
import { createCore } from './services/core';
import { loadOrCreateSigner } from './services/station/signer';
import { systemClock, uuidIds } from './services/system';
import { appPaths } from './shell/app-paths';
import { createMainWindow } from './shell/create-window';
import { electronPdfPrinter } from './shell/electron-pdf-printer';
import type { AppOrigin } from './shell/trusted-sender';
import { safeStorageSecrets } from './shell/safe-storage-secrets';
import { hardenSession } from './shell/window-security';
import { createAppSync } from './sync/app-sync';
import { wakeOnCommit } from './sync/wake-on-commit';
import { checkForUpdates } from './updater';

const origin: AppOrigin = {
  devServerUrl: app.isPackaged ? null : (process.env['ELECTRON_RENDERER_URL'] ?? null),
  indexFileUrl: pathToFileURL(join(import.meta.dirname, '../renderer/index.html')).href,
};

function startupFailure(error: unknown): void {
  const words = error instanceof DocksideError ? explainError(error.error) : 'Dockside could not start.';
  dialog.showErrorBox('Dockside cannot open its database', `${words}\n\n${error instanceof Error ? error.message : String(error)}`);
  app.exit(1);
}

async function start(): Promise<void> {
  const paths = appPaths(app.getPath('userData'));
  const db = openDatabase(paths.dbFile, { walCheckpoint: 'idle' });
  const checkpointer = createIdleCheckpointer(db);
  const signer = loadOrCreateSigner(paths.keyFile);
  const sync = createAppSync({
    db,
    clock: systemClock,
    stationId: signer.stationId,
    secrets: safeStorageSecrets(db, systemClock),
    isOnline: () => net.isOnline(),
    log: (message) => console.error(message),
  });
  const core = wakeOnCommit(createCore({ db, clock: systemClock, ids: uuidIds, signer }, { sync: sync.services, pdf: electronPdfPrinter() }), db, () => {
    sync.wake();
    checkpointer.noteWrite();
  });
  hardenSession(session.defaultSession, origin);
  registerIpc(ipcMain, core, origin);
  const window = createMainWindow(join(import.meta.dirname, '../preload/preload.cjs'), origin);
  const endSession = () => {
    void core.dispatch('auth.signOut', {});
    window.webContents.send(eventChannel('session.ended'), { reason: 'idle' });
  };
  powerMonitor.on('lock-screen', endSession);
  powerMonitor.on('suspend', endSession);
  powerMonitor.on('resume', sync.wake);
  sync.start();
  app.on('before-quit', () => {
    void sync.stop();
    checkpointer.stop();
    if (db.open) {
      checkpointer.flush();
      db.close();
    }
  });
  if (app.isPackaged) void checkForUpdates(electronUpdater.autoUpdater, console);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('window-all-closed', () => app.quit());
  app.whenReady().then(start).catch(startupFailure);
}
