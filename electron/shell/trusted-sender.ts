/** Where the app's own renderer is loaded from: the dev server in development, the bundled file otherwise. */
export interface AppOrigin {
  readonly devServerUrl: string | null;
  readonly indexFileUrl: string;
}

/** True only for the app's own page: IPC from any other origin (a navigated-away or injected frame) is refused. */
export function isAppUrl(url: string, origin: AppOrigin): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (origin.devServerUrl !== null) {
    const dev = new URL(origin.devServerUrl);
    if (parsed.origin === dev.origin) return true;
  }
  const index = new URL(origin.indexFileUrl);
  return parsed.protocol === 'file:' && parsed.pathname === index.pathname;
}
