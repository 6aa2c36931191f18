import { contextBridge, ipcRenderer } from 'electron';
import type { DocksideApi } from '../shared/api';
import { fail } from '../shared/errors';
import { COMMAND_NAME_LIST, EVENT_NAME_LIST, INVOKE_CHANNEL, eventChannel } from '../shared/ipc-names';

const commandNames: readonly string[] = COMMAND_NAME_LIST;
const eventNames: readonly string[] = EVENT_NAME_LIST;

/** The whole bridge: invoke for contract commands, on for contract events. Nothing of Node or Electron leaks through. */
const api: DocksideApi = {
  invoke: (name, input) => {
    if (!commandNames.includes(name)) return Promise.resolve(fail({ code: 'UNKNOWN_COMMAND', message: `Unknown command ${String(name)}` }));
    return ipcRenderer.invoke(INVOKE_CHANNEL, name, input);
  },
  on: (name, listener) => {
    if (!eventNames.includes(name)) throw new Error(`Unknown event ${String(name)}`);
    const channel = eventChannel(name);
    const handler = (_event: unknown, payload: Parameters<typeof listener>[0]) => listener(payload);
    ipcRenderer.on(channel, handler);
    return () => {
      ipcRenderer.removeListener(channel, handler);
    };
  },
};

contextBridge.exposeInMainWorld('api', api);
