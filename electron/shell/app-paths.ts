import { join } from 'node:path';

export interface AppPaths {
  readonly dbFile: string;
  readonly keyFile: string;
}

/** Where the station keeps its database and signing key: the OS user-data folder, never the app bundle. */
export function appPaths(userDataDir: string): AppPaths {
  return { dbFile: join(userDataDir, 'dockside.sqlite'), keyFile: join(userDataDir, 'station-key.pem') };
}
