import { z } from 'zod';

/** An RT asset as read from GET /asset/:id (or a search with fields), with the ETag to update it by. */
export interface RemoteAsset {
  readonly id: number;
  readonly name: string;
  readonly status: string;
  readonly catalogId: string;
  readonly lastUpdated: string;
  /** Custom fields applied to the asset, by name: first value, or null when empty. */
  readonly fields: ReadonlyMap<string, string | null>;
  /** HeldBy role members (RT user names). */
  readonly heldBy: readonly string[];
  readonly etag: string | null;
}

const member = z.object({ id: z.coerce.string() });

const assetJson = z.object({
  id: z.coerce.number().int().positive(),
  Name: z.string().nullish(),
  Status: z.string(),
  LastUpdated: z.string(),
  Catalog: z.object({ id: z.coerce.string() }),
  CustomFields: z.array(z.object({ name: z.string(), values: z.array(z.string()) })).nullish(),
  HeldBy: z.union([z.array(member), member]).nullish(),
});

/** Reads RT's JSON for one asset; null when it is not an asset as RT 5 describes it. */
export function readRemoteAsset(json: unknown, etag: string | null): RemoteAsset | null {
  const parsed = assetJson.safeParse(json);
  if (!parsed.success) return null;
  const a = parsed.data;
  const held = a.HeldBy ?? [];
  return {
    id: a.id,
    name: a.Name ?? '',
    status: a.Status,
    catalogId: a.Catalog.id,
    lastUpdated: a.LastUpdated,
    fields: new Map((a.CustomFields ?? []).map((cf) => [cf.name, cf.values[0] ?? null])),
    heldBy: (Array.isArray(held) ? held : [held]).map((m) => m.id),
    etag,
  };
}

/** The value of a custom field, or null when the field is empty, unmapped or not applied. */
export function fieldValue(asset: RemoteAsset, field: string | null): string | null {
  if (field === null) return null;
  const value = asset.fields.get(field) ?? null;
  return value === null || value === '' ? null : value;
}

export const assetRef = (id: number): string => `asset/${id}`;

/** "asset/12" (what this driver answers as remoteRef) -> 12. */
export function assetIdFromRef(ref: string | null): number | null {
  const match = ref === null ? null : /^asset\/(\d+)$/.exec(ref);
  return match === null ? null : Number(match[1]);
}
