import { beforeEach, describe, expect, it } from 'vitest';
import type { PulledAsset, PullPage } from '../../../electron/sync/connector';
import { rtDesk, type RtDesk } from '../../support/rt5/rt-desk';
import { noAbort, rt5Driver } from '../../support/rt5/rt5-connector-fixture';
import { useRt5Server } from '../../support/rt5/use-rt5-server';

/** RT stamps LastUpdated to the second; the pull's cursor settles 2 s behind RT's clock. Wait past that. */
const pastSettling = () => new Promise((resolve) => setTimeout(resolve, 3_100));

describe('pulling the catalog incrementally (real Request Tracker 5)', () => {
  const rt = useRt5Server();
  let desk: RtDesk;
  beforeEach(() => {
    desk = rtDesk(rt().restUrl, rt().rootToken);
  });

  async function post(path: string, body: unknown): Promise<number> {
    const response = await fetch(`${rt().restUrl}/${path}`, {
      method: 'POST',
      headers: { Authorization: `token ${rt().rootToken}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    expect(response.status, text).toBe(201);
    return Number((JSON.parse(text) as { id: string }).id);
  }

  const createAsset = (name: string, fields: Record<string, string>) => post('asset', { Name: name, Catalog: 'Dock Receiving', CustomFields: fields });

  /** Every page from a cursor until done, as the worker's pull loop does. */
  async function pullAll(cursor: string | null, pageSize = 100): Promise<{ assets: PulledAsset[]; cursor: string; pages: PullPage[] }> {
    const { connector } = rt5Driver(rt().restUrl, rt().rootToken, {}, { pullPageSize: pageSize });
    const pages: PullPage[] = [];
    let at = cursor;
    for (;;) {
      const page = await connector.pull?.(at, noAbort());
      if (page === undefined) throw new Error('the RT connector has no pull');
      pages.push(page);
      at = page.cursor;
      if (page.done) return { assets: pages.flatMap((p) => [...p.assets]), cursor: page.cursor, pages };
    }
  }

  const refs = (assets: readonly PulledAsset[]) => assets.map((a) => a.centralId);

  it('pulls the catalog first, then only what changed after the cursor, never a full reload', async () => {
    const laptop = await createAsset('IT-PULL-1', { 'Serial Number': 'SN-PULL-1', Make: 'Lenovo', Model: 'T14s', Custodian: 'Ana Lima' });
    const phone = await createAsset('IT-PULL-2', { 'Serial Number': 'SN-PULL-2', Make: 'Apple', Model: 'iPhone 14' });
    await post('catalog', { Name: 'Spares', Lifecycle: 'assets' });
    await post('asset', { Name: 'SPARE-1', Catalog: 'Spares' });
    await pastSettling();

    const first = await pullAll(null);

    expect(first.assets).toEqual([
      { centralId: `asset/${laptop}`, assetTag: 'IT-PULL-1', serial: 'SN-PULL-1', make: 'Lenovo', model: 'T14s', custodian: 'Ana Lima', centralStatus: 'received' },
      { centralId: `asset/${phone}`, assetTag: 'IT-PULL-2', serial: 'SN-PULL-2', make: 'Apple', model: 'iPhone 14', custodian: null, centralStatus: 'received' },
    ]);

    await desk.put(`asset/${phone}`, { Status: 'quarantined' });
    const tablet = await createAsset('IT-PULL-3', { 'Serial Number': 'SN-PULL-3', Make: 'Samsung', Model: 'Tab S8' });
    const changed = await pullAll(first.cursor);
    expect(changed.assets.map((a) => [a.centralId, a.centralStatus])).toEqual([
      [`asset/${phone}`, 'quarantined'],
      [`asset/${tablet}`, 'received'],
    ]);

    // Changes under 2 s old when pulled are read once more by the next pull (never anything older), then nothing.
    await pastSettling();
    const settling = await pullAll(changed.cursor);
    expect(refs(settling.assets).filter((ref) => ref !== `asset/${phone}` && ref !== `asset/${tablet}`)).toEqual([]);
    expect((await pullAll(settling.cursor)).assets).toEqual([]);
  });

  it('pages through changes in (LastUpdated, id) order without missing or repeating one', async () => {
    await pastSettling();
    const start = (await pullAll(null)).cursor;
    const created: number[] = [];
    for (const n of [1, 2, 3, 4, 5]) created.push(await createAsset(`IT-PAGE-${n}`, { 'Serial Number': `SN-PAGE-${n}` }));
    await pastSettling();

    const paged = await pullAll(start, 2);

    expect(refs(paged.assets)).toEqual(created.map((id) => `asset/${id}`));
    expect(paged.pages.map((p) => p.done)).toEqual([false, false, true]);
  });
});
