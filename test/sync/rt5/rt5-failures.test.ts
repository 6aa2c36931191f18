import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SyncItem } from '../../../electron/sync/connector';
import { removeFixture, signedInFixture, type CoreFixture } from '../../support/core-fixture';
import { deliverAll } from '../../support/rt5/deliver-all';
import { register, syncItems } from '../../support/rt5/dock-events';
import { startFaultProxy } from '../../support/rt5/fault-proxy';
import { rtDesk } from '../../support/rt5/rt-desk';
import { noAbort, rt5Driver } from '../../support/rt5/rt5-connector-fixture';
import { startSilentServer } from '../../support/rt5/silent-server';
import { useRt5Server } from '../../support/rt5/use-rt5-server';

describe('failures are classified (real Request Tracker 5)', () => {
  const rt = useRt5Server();
  let f: CoreFixture;
  beforeEach(async () => {
    f = await signedInFixture();
  });
  afterEach(() => removeFixture(f));

  async function registered(serial: string): Promise<SyncItem> {
    const asset = await register(f, { serial, make: 'Lenovo', model: 'X1 Carbon', assetClass: 'laptop' });
    const [item] = await syncItems(f, asset.id);
    if (item === undefined) throw new Error('no event');
    return item;
  }

  it('an invalid token pauses the connector (auth) with words, and nothing is created', async () => {
    const item = await registered('SN-AUTH-1');
    const other = await registered('SN-AUTH-1B');
    const results = await rt5Driver(rt().restUrl, '1-99-00000000000000000000000000000000').connector.deliver([item, other], noAbort());
    expect(results.map((r) => r.kind)).toEqual(['auth', 'auth']);
    const [result] = results;
    expect(result?.kind === 'auth' && result.reason).toMatch(/refused the token \(401 Unauthorized\)/);
    expect(await rtDesk(rt().restUrl, rt().rootToken).assetIdsBySerial('SN-AUTH-1')).toEqual([]);
  });

  it('a token revoked in RT mid-run turns the next delivery into auth', async () => {
    const token = await rt().mintToken('root');
    const driver = rt5Driver(rt().restUrl, token);
    expect((await deliverAll(driver, [await registered('SN-AUTH-2')]))[0]?.kind).toBe('delivered');
    await rt().revokeToken(token);
    const [result] = await deliverAll(driver, [await registered('SN-AUTH-3')]);
    expect(result).toMatchObject({ kind: 'auth' });
  });

  it('RT stopped: retry with words; started again: delivered once', async () => {
    const item = await registered('SN-DOWN-1');
    const driver = rt5Driver(rt().restUrl, rt().rootToken);
    const firstPid = rt().pid();
    await rt().stop();
    expect(rt().pid()).toBeNull();
    try {
      const [down] = await deliverAll(driver, [item]);
      expect(down).toMatchObject({ kind: 'retry', retryAfterMs: null });
      expect(down?.kind === 'retry' && down.reason).toMatch(/refused the connection/);
    } finally {
      await rt().start();
    }
    expect(rt().pid()).not.toBe(firstPid);
    const [up] = await deliverAll(driver, [item]);
    expect(up?.kind).toBe('delivered');
    expect(await rtDesk(rt().restUrl, rt().rootToken).assetIdsBySerial('SN-DOWN-1')).toHaveLength(1);
  });

  it('a server that never answers is a retry after the timeout', async () => {
    const silent = await startSilentServer();
    try {
      const [result] = await deliverAll(rt5Driver(`${silent.origin}/REST/2.0`, rt().rootToken, { timeoutMs: 600 }), [await registered('SN-SLOW-1')]);
      expect(result).toMatchObject({ kind: 'retry' });
      expect(result?.kind === 'retry' && result.reason).toMatch(/No answer from 127\.0\.0\.1:\d+ within 0\.6 s/);
    } finally {
      await silent.close();
    }
  });

  it('429 honours Retry-After, 5xx is retried, another 4xx is a reject with the server\'s words', async () => {
    const proxy = await startFaultProxy(`http://127.0.0.1:${rt().port}`);
    try {
      const driver = rt5Driver(`${proxy.origin}/REST/2.0`, rt().rootToken);
      const item = await registered('SN-FAULT-1');
      proxy.setRule(() => ({ status: 429, headers: { 'Retry-After': '7' }, body: '{"message":"Too many requests"}' }));
      expect((await deliverAll(driver, [item]))[0]).toMatchObject({ kind: 'retry', retryAfterMs: 7000 });
      proxy.setRule(() => ({ status: 503, body: '{"message":"Service Unavailable"}' }));
      const [unavailable] = await deliverAll(driver, [item]);
      expect(unavailable).toMatchObject({ kind: 'retry', retryAfterMs: null });
      expect(unavailable?.kind === 'retry' && unavailable.reason).toMatch(/\(503\).*Service Unavailable/);
      proxy.setRule(() => ({ status: 422, body: '{"message":"Invalid Catalog"}' }));
      expect((await deliverAll(driver, [item]))[0]).toMatchObject({ kind: 'reject', reason: expect.stringContaining('Invalid Catalog') });
      proxy.setRule(() => 'forward');
      expect((await deliverAll(driver, [item]))[0]?.kind).toBe('delivered');
    } finally {
      await proxy.close();
    }
  });
});
