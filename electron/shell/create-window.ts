import { BrowserWindow } from 'electron';
import { hardenWebContents, secureWebPreferences } from './window-security';
import type { AppOrigin } from './trusted-sender';

/** The one app window: 1280x800 by default (a dock laptop), secure preferences, navigation locked to the app. */
export function createMainWindow(preloadPath: string, origin: AppOrigin): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 700,
    show: false,
    title: 'Dockside',
    backgroundColor: '#10151c',
    webPreferences: secureWebPreferences(preloadPath),
  });
  hardenWebContents(window.webContents, origin);
  window.once('ready-to-show', () => window.show());
  void (origin.devServerUrl !== null ? window.loadURL(origin.devServerUrl) : window.loadURL(origin.indexFileUrl));
  return window;
}
