import type { PulledAsset, PullPage } from '../../connector';
import { readHardware, readRows } from './hardware';
import type { SnipeClient } from './snipeit-client';

const PAGE = 100;

/**
 * Pages through /hardware ordered by last update, oldest first. The cursor is an offset; once at the end it
 * steps back one page so the next pull re-reads the most recently changed assets (a change moves an asset to
 * the end of this order). Re-reading is harmless: pulled assets are upserted.
 */
export async function pullPage(client: SnipeClient, cursor: string | null, signal: AbortSignal): Promise<PullPage> {
  const offset = cursor === null ? 0 : Math.max(0, Number(cursor) || 0);
  const answer = await client.call('GET', `hardware?limit=${PAGE}&offset=${offset}&sort=updated_at&order=asc`, null, signal);
  if (answer.kind === 'failed') throw new Error(answer.result.kind === 'delivered' ? 'unexpected' : answer.result.reason);
  if (answer.kind === 'refused') throw new Error(`Snipe-IT refused the asset list: ${answer.message}`);
  const rows = readRows(answer.json);
  const assets: PulledAsset[] = rows.flatMap((row) => {
    const hardware = readHardware(row);
    if (hardware === null) return [];
    return [
      {
        centralId: String(hardware.id),
        assetTag: hardware.assetTag,
        serial: hardware.serial,
        make: hardware.make,
        model: hardware.model,
        custodian: hardware.assignedTo,
        centralStatus: hardware.statusName,
      },
    ];
  });
  const total = typeof answer.json['total'] === 'number' ? answer.json['total'] : offset + rows.length;
  const done = offset + rows.length >= total || rows.length === 0;
  return { assets, cursor: String(done ? Math.max(0, total - PAGE) : offset + rows.length), done };
}
