import { z } from 'zod';
import type { AssetRecord } from '../../../../shared/domain/asset';
import { expectOk, step, stop, type Failure, type RtClient, type Step } from './rt5-client';
import { fieldValue, readRemoteAsset, type RemoteAsset } from './rt5-remote-asset';
import type { Rt5Settings } from './rt5-settings';

/** RT echoes the page size asked for: an answer with another one is not the answer to this search. */
const SEARCH_PAGE = 2;
const searchJson = z.object({ per_page: z.coerce.number().pipe(z.literal(SEARCH_PAGE)), items: z.array(z.object({ id: z.coerce.number().int().positive() })) });

/** An answer that does not fit the request (an answer meant for another one?): nothing is concluded, the call is tried again. */
const misfit = (reason: string): Failure => ({ kind: 'retry', reason: `${reason} (an answer meant for another request?). Dockside will try again.`, retryAfterMs: null });

/** GET /asset/:id with its ETag; null when RT has no such asset. An answer about another asset is not taken. */
export async function readAsset(client: RtClient, id: number, signal: AbortSignal): Promise<Step<RemoteAsset | null>> {
  const answer = await client.call('GET', `asset/${id}`, null, signal);
  if (answer.kind === 'missing') return step(null);
  const got = expectOk(answer, `Reading asset ${id}`);
  if (!got.ok) return got;
  const asset = readRemoteAsset(got.value.json, got.value.etag);
  return asset === null || asset.id !== id ? stop(misfit(`RT's answer for asset ${id} was not that asset`)) : step(asset);
}

/** Asset ids matching one JSON search condition (POST /assets), at most two: the caller only needs "one or more than one". */
async function searchIds(client: RtClient, field: string, value: string, signal: AbortSignal): Promise<Step<readonly number[]>> {
  const got = expectOk(await client.call('POST', `assets?per_page=${SEARCH_PAGE}`, [{ field, value }], signal), `Searching RT assets by ${field}`);
  if (!got.ok) return got;
  const parsed = searchJson.safeParse(got.value.json);
  return parsed.success ? step(parsed.data.items.map((i) => i.id)) : stop(misfit(`RT's answer to an asset search was not a list of assets`));
}

/** The name an RT asset gets: our asset tag, else the serial. */
const assetName = (asset: AssetRecord): string => asset.assetTag ?? asset.serial ?? asset.id;

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** The one asset whose `what` (read by `valueOf`) is `value`, or null; the asset found is checked to really have it. */
async function findOne(client: RtClient, field: string, value: string, what: string, valueOf: (remote: RemoteAsset) => string | null, signal: AbortSignal): Promise<Step<RemoteAsset | null>> {
  const ids = await searchIds(client, field, value, signal);
  if (!ids.ok) return ids;
  const [first, second] = ids.value;
  if (second !== undefined) return stop({ kind: 'reject', reason: `RT has several assets with ${what} ${value}: Dockside cannot tell which one is meant.` });
  if (first === undefined) return step(null);
  const found = await readAsset(client, first, signal);
  if (!found.ok || found.value === null) return found;
  const has = valueOf(found.value);
  return has !== null && same(has, value) ? found : stop(misfit(`RT's search for ${what} ${value} answered asset ${first}, which has ${has ?? 'none'}`));
}

/** Same physical asset: no serial on one side, or the same serial on both. */
function sameIdentity(remote: RemoteAsset, asset: AssetRecord, settings: Rt5Settings): boolean {
  const serial = fieldValue(remote, settings.fields.serial);
  return serial === null || asset.serial === null || same(serial, asset.serial);
}

/** The asset we just created carries our serial, else our name: checked before anything is written to it. */
export async function readCreated(client: RtClient, settings: Rt5Settings, asset: AssetRecord, id: number, signal: AbortSignal): Promise<Step<RemoteAsset>> {
  const read = await readAsset(client, id, signal);
  if (!read.ok) return read;
  if (read.value === null) return stop(misfit(`RT said it created asset ${id} for ${assetName(asset)}, but has no such asset`));
  const serial = fieldValue(read.value, settings.fields.serial);
  const ours = asset.serial !== null && settings.fields.serial !== null ? serial !== null && same(serial, asset.serial) : read.value.name === assetName(asset);
  return ours ? step(read.value) : stop(misfit(`RT said it created asset ${id} for ${assetName(asset)}, but that asset is ${read.value.name}`));
}

/**
 * Finds the RT asset for one of ours: the id we already know (checked against its serial), else by the unique
 * serial custom field, else by Name = asset tag. Null when RT has none: the caller creates it. An absent record
 * is never taken as a delete.
 */
export async function locateAsset(client: RtClient, settings: Rt5Settings, asset: AssetRecord, knownId: number | null, signal: AbortSignal): Promise<Step<RemoteAsset | null>> {
  if (knownId !== null) {
    const known = await readAsset(client, knownId, signal);
    if (!known.ok) return known;
    if (known.value !== null && sameIdentity(known.value, asset, settings)) return known;
  }
  const serialField = settings.fields.serial;
  if (asset.serial !== null && serialField !== null) {
    const bySerial = await findOne(client, `CustomField.{${serialField}}`, asset.serial, 'serial', (remote) => fieldValue(remote, serialField), signal);
    if (!bySerial.ok || bySerial.value !== null) return bySerial;
  }
  return asset.assetTag === null ? step(null) : findOne(client, 'Name', asset.assetTag, 'asset tag', (remote) => remote.name, signal);
}

/** Creates the asset in the catalog with the given custom fields; answers its id. RT creates it whole or not at all. */
export async function createAsset(
  client: RtClient,
  settings: Rt5Settings,
  asset: AssetRecord,
  fields: Readonly<Record<string, string>>,
  signal: AbortSignal,
): Promise<Step<number>> {
  const body = { Name: assetName(asset), Catalog: settings.catalog, CustomFields: fields };
  const got = expectOk(await client.call('POST', 'asset', body, signal), `Creating asset ${assetName(asset)} in RT`);
  if (!got.ok) return got;
  const created = z.object({ id: z.coerce.number().int().positive() }).safeParse(got.value.json);
  return created.success ? step(created.data.id) : stop(misfit(`RT's answer to creating ${assetName(asset)} did not say which asset it created`));
}
