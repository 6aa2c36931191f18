import type { Session, WebContents, WebPreferences } from 'electron';
import { isAppUrl, type AppOrigin } from './trusted-sender';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob: mediastream:",
  "connect-src 'self'",
  "font-src 'self'",
  "worker-src 'self' blob:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Electron's security defaults, spelled out so a test can hold them in place. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
  };
}

/** Denies navigation away from the app, new windows, webviews. */
export function hardenWebContents(contents: WebContents, origin: AppOrigin): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, origin)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, origin)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** The camera, and nothing else: a media request for audio (or of an unknown kind) is refused. */
export function isCameraOnly(permission: string, mediaTypes: readonly string[] | undefined): boolean {
  return permission === 'media' && mediaTypes !== undefined && mediaTypes.length > 0 && mediaTypes.every((type) => type === 'video');
}

export function hardenSession(session: Session, origin: AppOrigin): void {
  session.setPermissionRequestHandler((contents, permission, callback, details) => {
    const mediaTypes = 'mediaTypes' in details ? details.mediaTypes : undefined;
    callback(isCameraOnly(permission, mediaTypes) && isAppUrl(contents.getURL(), origin));
  });
  session.setPermissionCheckHandler(
    (contents, permission, _requestingOrigin, details) =>
      isCameraOnly(permission, details.mediaType === undefined ? undefined : [details.mediaType]) && contents !== null && isAppUrl(contents.getURL(), origin),
  );
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
}
