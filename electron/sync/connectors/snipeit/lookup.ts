import type { AssetRecord } from '../../../../shared/domain/asset';
import type { DeliveryResult } from '../../connector';
import { readHardware, readRows, type Hardware } from './hardware';
import type { SnipeClient } from './snipeit-client';

export type Lookup = { readonly kind: 'found'; readonly hardware: Hardware } | { readonly kind: 'failed'; readonly result: DeliveryResult };

/**
 * Finds the asset in Snipe-IT by its tag, then by its serial. Not finding it is a dead letter for a supervisor
 * (create it there or fix the tag/serial here, then retry): it is never taken to mean the asset was deleted.
 */
export async function findHardware(client: SnipeClient, asset: AssetRecord, signal: AbortSignal): Promise<Lookup> {
  if (asset.assetTag !== null) {
    const answer = await client.call('GET', `hardware/bytag/${encodeURIComponent(asset.assetTag)}`, null, signal);
    if (answer.kind === 'failed') return answer;
    if (answer.kind === 'ok') {
      const single = readHardware(answer.json);
      const rows = single === null ? readRows(answer.json).map(readHardware).filter((h) => h !== null) : [single];
      if (rows.length === 1 && rows[0] !== undefined) return { kind: 'found', hardware: rows[0] };
      if (rows.length > 1) return { kind: 'failed', result: { kind: 'reject', reason: `Snipe-IT has ${rows.length} assets tagged ${asset.assetTag}.` } };
    }
  }
  if (asset.serial !== null) {
    const answer = await client.call('GET', `hardware/byserial/${encodeURIComponent(asset.serial)}`, null, signal);
    if (answer.kind === 'failed') return answer;
    if (answer.kind === 'ok') {
      const rows = readRows(answer.json).map(readHardware).filter((h) => h !== null);
      if (rows.length === 1 && rows[0] !== undefined) return { kind: 'found', hardware: rows[0] };
      if (rows.length > 1) return { kind: 'failed', result: { kind: 'reject', reason: `Snipe-IT has ${rows.length} assets with serial ${asset.serial}.` } };
    }
  }
  const named = [asset.assetTag === null ? null : `tag ${asset.assetTag}`, asset.serial === null ? null : `serial ${asset.serial}`].filter((x) => x !== null);
  return {
    kind: 'failed',
    result: { kind: 'reject', reason: `Snipe-IT has no asset with ${named.join(' or ')}. Create it in Snipe-IT (or fix the tag or serial here), then retry.` },
  };
}
