import type { Connector, DeliveryResult, SyncItem } from '../../connector';
import type { DriverEnv } from '../../connector-factory';
import type { ConnectorRow } from '../../store/connector-store';
import { applyAssetEvent } from './rt5-apply-event';
import { postToCaseTicket } from './rt5-case-ticket';
import { findByName } from './rt5-catalog';
import { rt5Client, step, stop, type RtClient, type Step } from './rt5-client';
import { pullPage } from './rt5-pull';
import { assetIdFromRef } from './rt5-remote-asset';
import { rt5Settings, type Rt5Settings } from './rt5-settings';
import { checkConnection } from './rt5-test-connection';

/** Request Tracker 5 through REST2: custody events move assets of one catalog through its lifecycle. */
export function createRt5Connector(id: string, settings: Rt5Settings, client: RtClient): Connector {
  // The driver's own memory across passes: the catalog's id and the RT asset found for each of our assets.
  let catalogId: string | null = null;
  const knownIds = new Map<string, number>();

  async function catalog(signal: AbortSignal): Promise<Step<string>> {
    if (catalogId !== null) return step(catalogId);
    const found = await findByName(client, 'catalog', settings.catalog, signal);
    if (!found.ok) return found;
    if (found.value === null) return stop({ kind: 'reject', reason: `Catalog '${settings.catalog}' does not exist in RT (or this token cannot see it).` });
    catalogId = found.value;
    return step(catalogId);
  }

  async function deliverOne(item: SyncItem, signal: AbortSignal): Promise<DeliveryResult> {
    const target = await catalog(signal);
    if (!target.ok) return target.failure;
    const knownId = knownIds.get(item.asset.id) ?? assetIdFromRef(item.asset.centralId);
    const result = await applyAssetEvent({ client, settings, catalogId: target.value, knownId }, item, signal);
    const remoteId = result.kind === 'delivered' ? assetIdFromRef(result.remoteRef) : null;
    if (remoteId === null) return result;
    knownIds.set(item.asset.id, remoteId);
    // An offboarding event also goes on its case's ticket; a retry finds the asset already applied and the comment already posted.
    const label = item.asset.assetTag ?? item.asset.serial ?? item.asset.id;
    const posted = await postToCaseTicket(client, settings, item.event, remoteId, label, signal);
    return posted === null || posted.kind === 'delivered' ? result : posted;
  }

  return {
    id,
    kind: 'rt5',
    maxBatch: 1,
    async deliver(items, signal) {
      const results: DeliveryResult[] = [];
      const held = new Set<string>();
      for (const item of items) {
        const last = results.at(-1);
        if (last !== undefined && (last.kind === 'retry' || last.kind === 'auth')) results.push(last);
        else if (held.has(item.asset.id)) results.push({ kind: 'retry', reason: 'An earlier event of this asset was not delivered yet.', retryAfterMs: null });
        else results.push(await deliverOne(item, signal));
        if (results.at(-1)?.kind !== 'delivered') held.add(item.asset.id);
      }
      return results;
    },
    testConnection: (signal) => checkConnection(client, settings, signal),
    pull: (cursor, signal) => pullPage(client, settings, cursor, signal),
  };
}

/** The driver for a stored RT connector and its token. */
export function buildRt5Connector(row: ConnectorRow, token: string, env: DriverEnv): Connector {
  const settings = rt5Settings(row.settings);
  return createRt5Connector(row.id, settings, rt5Client(settings.restUrl, token, settings.timeoutMs, env));
}
