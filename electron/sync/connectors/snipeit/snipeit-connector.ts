import type { Connector, DeliveryResult } from '../../connector';
import type { DriverEnv } from '../../connector-factory';
import type { ConnectorRow } from '../../store/connector-store';
import { applyEvent } from './apply-event';
import { createPacer } from './pacer';
import { snipeClient } from './snipeit-client';
import { pullPage } from './snipeit-pull';

/** Snipe-IT's documented default API limit. */
export const SNIPEIT_DEFAULT_RPM = 120;

/** Snipe-IT through its REST API (/api/v1), paced under its rate limit; one event at a time (no batch API). */
export function buildSnipeItConnector(row: ConnectorRow, token: string, env: DriverEnv): Connector {
  const { settings } = row;
  const pacer = createPacer(settings.requestsPerMinute ?? SNIPEIT_DEFAULT_RPM, env.clock, env.timers);
  const client = snipeClient(settings.url, token, settings.timeoutMs, pacer, env);
  return {
    id: row.id,
    kind: 'snipeit',
    maxBatch: 1,
    async deliver(items, signal) {
      const results: DeliveryResult[] = [];
      for (const item of items) {
        const last = results.at(-1);
        if (last !== undefined && (last.kind === 'retry' || last.kind === 'auth')) results.push(last);
        else results.push(await applyEvent(client, item, settings, signal));
      }
      return results;
    },
    async testConnection(signal) {
      const answer = await client.call('GET', 'hardware?limit=1', null, signal);
      if (answer.kind === 'failed') return { ok: false, reason: answer.result.kind === 'delivered' ? 'unexpected answer' : answer.result.reason };
      if (answer.kind === 'refused') return { ok: false, reason: `Snipe-IT answered with an error: ${answer.message}` };
      if (settings.fieldMap.marker === undefined) return { ok: false, reason: 'Snipe-IT answers, but no marker field is set (fieldMap.marker): events could be applied twice.' };
      const total = typeof answer.json['total'] === 'number' ? answer.json['total'] : 0;
      return { ok: true, detail: `Snipe-IT answered and accepted the token (${total} assets).` };
    },
    pull: (cursor, signal) => pullPage(client, cursor, signal),
  };
}
