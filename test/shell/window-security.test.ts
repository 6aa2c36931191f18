import { describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY, hardenSession, hardenWebContents, secureWebPreferences } from '../../electron/shell/window-security';
import type { AppOrigin } from '../../electron/shell/trusted-sender';

const origin: AppOrigin = { devServerUrl: null, indexFileUrl: 'file:///opt/dockside/out/renderer/index.html' };

type Listener = (event: { preventDefault: () => void }, url: string) => void;

function fakeContents(url = origin.indexFileUrl) {
  const listeners = new Map<string, Listener>();
  let openHandler: (() => { action: string }) | null = null;
  const contents = {
    setWindowOpenHandler: (h: () => { action: string }) => {
      openHandler = h;
    },
    on: (name: string, l: Listener) => listeners.set(name, l),
    getURL: () => url,
  };
  const fire = (name: string, target: string): boolean => {
    const preventDefault = vi.fn();
    listeners.get(name)?.({ preventDefault }, target);
    return preventDefault.mock.calls.length > 0;
  };
  return { contents: contents as unknown as WebContents, fire, openWindow: () => openHandler?.() };
}

describe('window security', () => {
  it('keeps Electron security defaults on', () => {
    const prefs = secureWebPreferences('/app/preload.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('denies new windows, webviews and navigation away from the app', () => {
    const { contents, fire, openWindow } = fakeContents();
    hardenWebContents(contents, origin);
    expect(openWindow()).toEqual({ action: 'deny' });
    expect(fire('will-navigate', 'https://evil.example/phish')).toBe(true);
    expect(fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(fire('will-redirect', 'https://evil.example/')).toBe(true);
    expect(fire('will-navigate', `${origin.indexFileUrl}#/receive`)).toBe(false);
    expect(fire('will-attach-webview', 'https://evil.example/')).toBe(true);
  });

  it('grants only the camera (video, never audio), only to the app, and sends a strict CSP that allows WebAssembly and nothing more', () => {
    type Headers = { responseHeaders: Record<string, string[]> };
    const captured: {
      request?: (c: WebContents, p: string, cb: (ok: boolean) => void, details: { mediaTypes?: string[] }) => void;
      check?: (c: WebContents | null, p: string, origin: string, details: { mediaType?: string }) => boolean;
      headers?: (d: Headers, cb: (r: Headers) => void) => void;
    } = {};
    const session = {
      setPermissionRequestHandler: (h: typeof captured.request) => {
        captured.request = h;
      },
      setPermissionCheckHandler: (h: typeof captured.check) => {
        captured.check = h;
      },
      webRequest: {
        onHeadersReceived: (h: typeof captured.headers) => {
          captured.headers = h;
        },
      },
    } as unknown as Session;
    hardenSession(session, origin);
    const ask = (url: string, permission: string, mediaTypes?: string[]): boolean => {
      let granted = false;
      captured.request?.(
        fakeContents(url).contents,
        permission,
        (ok) => {
          granted = ok;
        },
        mediaTypes === undefined ? {} : { mediaTypes },
      );
      return granted;
    };
    expect(ask(origin.indexFileUrl, 'media', ['video'])).toBe(true);
    expect(ask(origin.indexFileUrl, 'media', ['audio'])).toBe(false);
    expect(ask(origin.indexFileUrl, 'media', ['video', 'audio'])).toBe(false);
    expect(ask(origin.indexFileUrl, 'media')).toBe(false);
    expect(ask(origin.indexFileUrl, 'geolocation')).toBe(false);
    expect(ask('https://evil.example/', 'media', ['video'])).toBe(false);
    const check = (url: string, permission: string, mediaType?: string): boolean =>
      captured.check?.(fakeContents(url).contents, permission, url, mediaType === undefined ? {} : { mediaType }) ?? false;
    expect(check(origin.indexFileUrl, 'media', 'video')).toBe(true);
    expect(check(origin.indexFileUrl, 'media', 'audio')).toBe(false);
    expect(check('https://evil.example/', 'media', 'video')).toBe(false);
    let sent: Record<string, string[]> = {};
    captured.headers?.({ responseHeaders: {} }, (r) => {
      sent = r.responseHeaders;
    });
    expect(sent['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    expect(CONTENT_SECURITY_POLICY).not.toContain("'unsafe-eval'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(CONTENT_SECURITY_POLICY).toContain("worker-src 'self' blob:");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:/);
  });
});
