import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { DocksideApi } from '../../shared/api';
import { commands } from '../../shared/contract';
import { COMMAND_NAME_LIST, EVENT_NAME_LIST, INVOKE_CHANNEL, eventChannel } from '../../shared/ipc-names';

const exposed = new Map<string, unknown>();
const ipcRenderer = { invoke: vi.fn(async () => ({ ok: true, value: 'from-main' })), on: vi.fn(), removeListener: vi.fn() };

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) },
  ipcRenderer,
}));

describe('preload bridge', () => {
  let api: DocksideApi;
  beforeEach(async () => {
    await import('../../electron/preload');
    api = exposed.get('api') as DocksideApi;
  });

  it('exposes exactly one object, window.api, with only invoke and on', () => {
    expect([...exposed.keys()]).toEqual(['api']);
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on']);
  });

  it('forwards contract commands on the one invoke channel and refuses anything else', async () => {
    expect(await api.invoke('setup.status', {})).toEqual({ ok: true, value: 'from-main' });
    expect(ipcRenderer.invoke).toHaveBeenCalledWith(INVOKE_CHANNEL, 'setup.status', {});
    ipcRenderer.invoke.mockClear();
    const refused = await (api.invoke as (n: string, i: unknown) => Promise<unknown>)('shell.openExternal', {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'UNKNOWN_COMMAND' } });
    expect(ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it('subscribes to contract events only, and unsubscribes', () => {
    const listener = vi.fn();
    const off = api.on('session.ended', listener);
    expect(ipcRenderer.on).toHaveBeenCalledWith(eventChannel('session.ended'), expect.any(Function));
    const [, handler] = ipcRenderer.on.mock.calls[0] as unknown as [string, (e: unknown, p: unknown) => void];
    handler({ sender: 'ignored' }, { reason: 'idle' });
    expect(listener).toHaveBeenCalledWith({ reason: 'idle' });
    off();
    expect(ipcRenderer.removeListener).toHaveBeenCalledWith(eventChannel('session.ended'), handler);
    expect(() => (api.on as (n: string, l: () => void) => void)('ipc.raw', () => undefined)).toThrow();
  });

  it('allows exactly the commands and events of the contract', () => {
    expect([...COMMAND_NAME_LIST].sort()).toEqual(Object.keys(commands).sort());
    expect(EVENT_NAME_LIST).toContain('session.ended');
  });
});
