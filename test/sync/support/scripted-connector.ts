import type { Connector, DeliveryResult, SyncItem } from '../../../electron/sync/connector';

export interface Call {
  readonly eventIds: readonly string[];
  readonly items: readonly SyncItem[];
  readonly signal: AbortSignal;
}

/** Decides one item's result; 'hang' never answers (until the signal aborts, which it ignores). */
export type Script = (item: SyncItem, attempt: number) => DeliveryResult | 'hang';

/**
 * A connector whose answers a test scripts per event, recording every call. Its remote side applies a
 * delivered event once (like an idempotent server), so tests can check effects as well as calls.
 */
export interface ScriptedConnector extends Connector {
  readonly calls: Call[];
  /** Event ids applied on the "remote" side, in the order applied, each once. */
  readonly applied: string[];
  script: Script;
}

export function scriptedConnector(id: string, maxBatch: number, script: Script): ScriptedConnector {
  const attempts = new Map<string, number>();
  const calls: Call[] = [];
  const applied: string[] = [];
  const connector: ScriptedConnector = {
    id,
    kind: 'webhook',
    maxBatch,
    calls,
    applied,
    script,
    deliver(items, signal) {
      calls.push({ eventIds: items.map((i) => i.event.id), items, signal });
      const results: DeliveryResult[] = [];
      for (const item of items) {
        const attempt = (attempts.get(item.event.id) ?? 0) + 1;
        attempts.set(item.event.id, attempt);
        const result = connector.script(item, attempt);
        if (result === 'hang') return new Promise(() => undefined);
        if (result.kind === 'delivered' && !applied.includes(item.event.id)) applied.push(item.event.id);
        results.push(result);
      }
      return Promise.resolve(results);
    },
    testConnection: () => Promise.resolve({ ok: true, detail: 'scripted' }),
  };
  return connector;
}

export const delivered: DeliveryResult = { kind: 'delivered', remoteRef: null };
