import type { DeliveryResult, SyncItem } from '../../../electron/sync/connector';
import { noAbort, type Rt5Driver } from './rt5-connector-fixture';

/** Delivers items one by one, as the worker does for a connector without a batch API. */
export async function deliverAll(driver: Rt5Driver, items: readonly SyncItem[]): Promise<DeliveryResult[]> {
  const results: DeliveryResult[] = [];
  for (const item of items) results.push(...(await driver.connector.deliver([item], noAbort())));
  return results;
}

/** The RT asset id of a delivered result; fails the test with the result otherwise. */
export function deliveredAssetId(result: DeliveryResult | undefined): number {
  if (result?.kind !== 'delivered' || result.remoteRef === null) throw new Error(`not delivered: ${JSON.stringify(result)}`);
  return Number(result.remoteRef.replace('asset/', ''));
}
