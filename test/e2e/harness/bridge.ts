import type { BrowserContext } from 'playwright-core';
import type { Core } from '../../../electron/services/core';
import { COMMAND_NAME_LIST, EVENT_NAME_LIST } from '../../../shared/ipc-names';

export const INVOKE_BINDING = '__docksideInvoke';
export const EMIT_HOOK = '__docksideEmit';

/**
 * Defines window.api the way electron/preload.ts does: invoke sends a contract command to the main
 * process (here: the real core in the test process, through a playwright binding) and answers an
 * unknown name with UNKNOWN_COMMAND; on() subscribes to a contract event, refuses unknown ones, and
 * returns its unsubscribe function. window.__docksideEmit lets a test push an event as the main
 * process would. Plain JavaScript text, so nothing the test runner adds to compiled functions leaks in.
 */
export const API_BRIDGE_SCRIPT = `(() => {
  const commands = ${JSON.stringify(COMMAND_NAME_LIST)};
  const events = ${JSON.stringify(EVENT_NAME_LIST)};
  const listeners = new Map();
  const invoke = (name, input) => {
    if (!commands.includes(name)) return Promise.resolve({ ok: false, error: { code: 'UNKNOWN_COMMAND', message: 'Unknown command ' + String(name) } });
    return window.${INVOKE_BINDING}(name, input);
  };
  const on = (name, listener) => {
    if (!events.includes(name)) throw new Error('Unknown event ' + String(name));
    const set = listeners.get(name) ?? new Set();
    listeners.set(name, set);
    set.add(listener);
    return () => { set.delete(listener); };
  };
  Object.defineProperty(window, 'api', { value: Object.freeze({ invoke, on }), enumerable: true });
  Object.defineProperty(window, '${EMIT_HOOK}', {
    value: (name, payload) => { for (const listener of listeners.get(name) ?? []) listener(payload); },
  });
})();`;

/** Wires a browser context's window.api to a core. */
export async function bridgeToCore(context: BrowserContext, core: Core): Promise<void> {
  await context.exposeBinding(INVOKE_BINDING, (_source, name: unknown, input: unknown) => core.dispatch(name, input));
  await context.addInitScript({ content: API_BRIDGE_SCRIPT });
}
