import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { fail, type Result } from '../shared/errors';
import { INVOKE_CHANNEL } from '../shared/ipc-names';
import type { Core } from './services/core';
import { isAppUrl, type AppOrigin } from './shell/trusted-sender';

/** Only the app's own main frame may call the core. */
export function senderIsTrusted(event: Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>, origin: AppOrigin): boolean {
  const frame = event.senderFrame;
  if (frame === null || frame === undefined) return false;
  if (frame !== event.sender.mainFrame) return false;
  return isAppUrl(frame.url, origin);
}

/** The single IPC entry point: sender checked here, name/access/payload validated by the core's dispatcher. */
export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, core: Pick<Core, 'dispatch'>, origin: AppOrigin): void {
  ipcMain.handle(INVOKE_CHANNEL, (event, name: unknown, input: unknown): Promise<Result<unknown>> => {
    if (!senderIsTrusted(event, origin)) {
      return Promise.resolve(fail({ code: 'FORBIDDEN', message: 'IPC from an untrusted frame was refused' }));
    }
    return core.dispatch(name, input);
  });
}
