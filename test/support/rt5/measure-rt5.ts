/**
 * Prints RT request latencies and delivery rates against a real, throw-away Request Tracker 5:
 *   npm exec -- tsx test/support/rt5/measure-rt5.ts [devices=40]
 * Each device gives three real custody events (registered, received, graded). The connector's rate is
 * printed beside a plain baseline of one request per event against the same server in the same run.
 */
import type { SyncItem } from '../../../electron/sync/connector';
import { rt5Client } from '../../../electron/sync/connectors/rt5/rt5-client';
import { createRt5Connector } from '../../../electron/sync/connectors/rt5/rt5-connector';
import { rt5Settings } from '../../../electron/sync/connectors/rt5/rt5-settings';
import { connectorSettingsSchema } from '../../../shared/domain/sync-config';
import { removeFixture, signedInFixture } from '../core-fixture';
import { receive, register, syncItems } from './dock-events';
import { noAbort, realDriverEnv } from './rt5-connector-fixture';
import { startRt5Server } from './rt5-server';

interface Timing {
  count: number;
  totalMs: number;
}

async function main(): Promise<void> {
  const devices = Number(process.argv[2] ?? 40);
  const server = await startRt5Server();
  const fixture = await signedInFixture();
  try {
    const items: SyncItem[] = [];
    for (let n = 0; n < devices; n += 1) {
      const asset = await register(fixture, { assetTag: `IT-M-${n}`, serial: `SN-M-${n}`, make: 'Lenovo', model: 'T14', assetClass: 'laptop' });
      await receive(fixture, asset, { functional: 'F3', cosmetic: 'C5' });
      items.push(...(await syncItems(fixture, asset.id)));
    }

    const timings = new Map<string, Timing>();
    const timedFetch = async (input: string, init: RequestInit): Promise<Response> => {
      const started = performance.now();
      const response = await fetch(input, init);
      await response.clone().arrayBuffer();
      const key = `${init.method ?? 'GET'} ${new URL(input).pathname.replace(/^\/REST\/2\.0/, '').replace(/\/\d+/g, '/:id')}`;
      const t = timings.get(key) ?? { count: 0, totalMs: 0 };
      timings.set(key, { count: t.count + 1, totalMs: t.totalMs + performance.now() - started });
      return response;
    };
    const settings = rt5Settings(connectorSettingsSchema.parse({ url: server.restUrl }));
    const client = rt5Client(settings.restUrl, server.rootToken, settings.timeoutMs, { ...realDriverEnv, fetch: timedFetch });
    const connector = createRt5Connector('rt-measure', settings, client);

    const started = performance.now();
    for (const item of items) {
      const [result] = await connector.deliver([item], noAbort());
      if (result?.kind !== 'delivered') throw new Error(`not delivered: ${JSON.stringify(result)}`);
    }
    const connectorMs = performance.now() - started;
    const requests = [...timings.values()].reduce((sum, t) => sum + t.count, 0);

    const baselineStarted = performance.now();
    for (const [i, item] of items.entries()) {
      const response = await fetch(`${server.restUrl}/asset/${(i % devices) + 1}`, {
        method: 'PUT',
        headers: { Authorization: `token ${server.rootToken}`, 'Content-Type': 'application/json', 'User-Agent': 'dockside-measure' },
        body: JSON.stringify({ CustomFields: { 'Last Note': `baseline ${item.event.id}` } }),
      });
      await response.arrayBuffer();
    }
    const baselineMs = performance.now() - baselineStarted;

    console.log(`Request Tracker 5 at ${server.restUrl}: ${items.length} events of ${devices} devices`);
    console.log(`connector: ${(items.length / (connectorMs / 1000)).toFixed(1)} events/s, ${(connectorMs / items.length).toFixed(1)} ms/event, ${(requests / items.length).toFixed(2)} requests/event`);
    console.log(`baseline (one plain PUT per event): ${(items.length / (baselineMs / 1000)).toFixed(1)} events/s, ${(baselineMs / items.length).toFixed(1)} ms/event`);
    for (const [key, t] of [...timings.entries()].sort()) console.log(`  ${key.padEnd(28)} ${String(t.count).padStart(5)} calls, ${(t.totalMs / t.count).toFixed(1)} ms mean`);
  } finally {
    removeFixture(fixture);
    await server.dispose();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
