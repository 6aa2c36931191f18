import type { AppUpdater } from 'electron-updater';

export interface UpdaterLog {
  info(message: string): void;
  warn(message: string): void;
}

/**
 * Checks for a signed update in the background. Offline is the normal case at a dock, so a failed
 * check is logged and forgotten: it never blocks or interrupts scanning.
 */
export async function checkForUpdates(updater: Pick<AppUpdater, 'checkForUpdatesAndNotify'>, log: UpdaterLog): Promise<void> {
  try {
    const result = await updater.checkForUpdatesAndNotify();
    log.info(result === null ? 'Update check skipped' : `Update check: latest is ${result.updateInfo.version}`);
  } catch (error) {
    log.warn(`Update check failed (offline?): ${error instanceof Error ? error.message : String(error)}`);
  }
}
