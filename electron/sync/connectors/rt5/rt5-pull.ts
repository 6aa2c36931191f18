import { z } from 'zod';
import type { PulledAsset, PullPage } from '../../connector';
import { expectOk, type RtClient } from './rt5-client';
import { rtQueryDate, rtQuote } from './rt5-query';
import { assetRef, fieldValue, readRemoteAsset, type RemoteAsset } from './rt5-remote-asset';
import type { Rt5Settings } from './rt5-settings';

/** Where a pull resumes: every asset with (LastUpdated, id) at or before this has been seen. */
interface PullCursor {
  readonly at: Date;
  readonly id: number;
}

/**
 * RT keeps LastUpdated to the second, so an asset changed later within the second just read could sort
 * before the cursor. The cursor of a finished pull therefore never goes past RT's clock minus this margin:
 * the next pull reads those last seconds again (harmless, pulled assets are upserted).
 */
const SETTLE_MS = 2_000;
const ID_AFTER_ALL = Number.MAX_SAFE_INTEGER;
const FIELDS = 'Name,Status,LastUpdated,Catalog,CustomFields,HeldBy';

export function parseCursor(cursor: string | null): PullCursor | null {
  const match = cursor === null ? null : /^(.+)\|(\d+)$/.exec(cursor);
  if (match === null) return null;
  const at = new Date(match[1] as string);
  return Number.isNaN(at.getTime()) ? null : { at, id: Number(match[2]) };
}

const formatCursor = (cursor: PullCursor): string => `${cursor.at.toISOString().replace(/\.\d{3}Z$/, 'Z')}|${cursor.id}`;

function query(settings: Rt5Settings, after: PullCursor | null): string {
  const catalog = `Catalog = ${rtQuote(settings.catalog)}`;
  if (after === null) return catalog;
  const at = rtQuote(rtQueryDate(after.at, settings.timeZone));
  return `${catalog} AND (LastUpdated > ${at} OR (LastUpdated >= ${at} AND id > ${after.id}))`;
}

function pulled(asset: RemoteAsset, settings: Rt5Settings): PulledAsset {
  return {
    centralId: assetRef(asset.id),
    assetTag: asset.name === '' ? null : asset.name,
    serial: fieldValue(asset, settings.fields.serial),
    make: fieldValue(asset, settings.fields.make) ?? '',
    model: fieldValue(asset, settings.fields.model) ?? '',
    custodian: fieldValue(asset, settings.fields.custodian) ?? asset.heldBy[0] ?? null,
    centralStatus: asset.status,
  };
}

function settled(last: PullCursor, rtNow: Date | null): PullCursor {
  if (rtNow === null) return last;
  const cutoff = new Date(rtNow.getTime() - SETTLE_MS);
  return last.at.getTime() <= cutoff.getTime() ? last : { at: cutoff, id: ID_AFTER_ALL };
}

/**
 * One page of the catalog's assets changed after the cursor, oldest change first (ordered by LastUpdated,
 * then id), never a full reload. Throws with words when RT cannot be read; the worker reports it.
 */
export async function pullPage(client: RtClient, settings: Rt5Settings, cursor: string | null, signal: AbortSignal): Promise<PullPage> {
  const after = parseCursor(cursor);
  const params = new URLSearchParams({ query: query(settings, after), fields: FIELDS, per_page: String(settings.pullPageSize) });
  params.append('orderby', 'LastUpdated');
  params.append('orderby', 'id');
  const got = expectOk(await client.call('GET', `assets?${params.toString()}`, null, signal), `Pulling assets of catalog '${settings.catalog}'`);
  if (!got.ok) throw new Error(got.failure.reason);
  const items = z.object({ items: z.array(z.unknown()) }).safeParse(got.value.json);
  if (!items.success) throw new Error(`RT's answer to the asset pull is not a list.`);
  const assets = items.data.items.flatMap((item) => {
    const asset = readRemoteAsset(item, null);
    return asset === null ? [] : [asset];
  });
  const done = items.data.items.length < settings.pullPageSize;
  const newest = assets.at(-1);
  const last: PullCursor | null = newest === undefined ? after : { at: new Date(newest.lastUpdated), id: newest.id };
  const next = last === null ? null : done ? settled(last, got.value.date) : last;
  return { assets: assets.map((asset) => pulled(asset, settings)), cursor: next === null ? '' : formatCursor(next), done };
}
