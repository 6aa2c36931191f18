import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import { registerIpc } from '../../electron/ipc';
import type { AppOrigin } from '../../electron/shell/trusted-sender';
import type { Result } from '../../shared/errors';
import { INVOKE_CHANNEL } from '../../shared/ipc-names';
import { createCoreFixture, removeFixture, type CoreFixture } from '../support/core-fixture';

const origin: AppOrigin = { devServerUrl: null, indexFileUrl: 'file:///opt/dockside/out/renderer/index.html' };
type Handler = (event: IpcMainInvokeEvent, name: unknown, input: unknown) => Promise<Result<unknown>>;

function eventFrom(url: string, { subframe = false } = {}): IpcMainInvokeEvent {
  const mainFrame = { url: origin.indexFileUrl };
  const senderFrame = subframe ? { url } : Object.assign(mainFrame, { url });
  return { sender: { mainFrame }, senderFrame } as unknown as IpcMainInvokeEvent;
}

describe('IPC boundary', () => {
  let f: CoreFixture;
  let handler: Handler;
  beforeEach(() => {
    f = createCoreFixture();
    const handlers = new Map<string, Handler>();
    registerIpc({ handle: (channel: string, h: Handler) => handlers.set(channel, h) } as never, f.core, origin);
    const registered = handlers.get(INVOKE_CHANNEL);
    if (registered === undefined) throw new Error('no handler registered');
    handler = registered;
  });
  afterEach(() => removeFixture(f));

  it('answers the app main frame through the real core', async () => {
    const result = await handler(eventFrom(origin.indexFileUrl), 'setup.status', {});
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value).toMatchObject({ needsFirstSupervisor: true });
  });

  it('refuses other origins and sub-frames before the core sees anything', async () => {
    const foreign = await handler(eventFrom('https://evil.example/'), 'setup.createFirstSupervisor', {
      technicianId: 'EVIL', name: 'x', pin: '1111', loadDemoData: false,
    });
    const framed = await handler(eventFrom(origin.indexFileUrl, { subframe: true }), 'setup.status', {});
    expect(foreign).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(framed).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const status = await f.core.invoke('setup.status', {});
    expect(status.ok && status.value.needsFirstSupervisor).toBe(true);
  });

  it('validates every payload and name: typed errors, nothing written', async () => {
    const trusted = eventFrom(origin.indexFileUrl);
    expect(await handler(trusted, 'fs.readFile', { path: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'UNKNOWN_COMMAND' } });
    expect(await handler(trusted, '__proto__', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_COMMAND' } });
    const bad = await handler(trusted, 'setup.createFirstSupervisor', { technicianId: 'A B', name: '', pin: '12', loadDemoData: 'yes', extra: 1 });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await handler(trusted, 'receiving.startBatch', {})).toMatchObject({ ok: false, error: { code: 'NOT_SIGNED_IN' } });
    const count = f.db.prepare('SELECT count(*) AS n FROM technicians').get() as { n: number };
    expect(count.n).toBe(0);
  });
});
