import { describe, expect, it } from 'vitest';
import { freePort } from '../../support/rt5/free-port';
import { noAbort, rt5Driver } from '../../support/rt5/rt5-connector-fixture';
import { startSilentServer } from '../../support/rt5/silent-server';
import { useRt5Server } from '../../support/rt5/use-rt5-server';

describe('test connection says in words what is wrong (real Request Tracker 5)', () => {
  const rt = useRt5Server();
  const check = (url: string, token: string, stored: Record<string, unknown> = {}, overrides = {}) =>
    rt5Driver(url, token, stored, overrides).connector.testConnection(noAbort());

  it('answers ok with RT\'s version when everything is in place', async () => {
    const result = await check(rt().restUrl, rt().rootToken);
    expect(result).toMatchObject({ ok: true });
    expect(result.ok && result.detail).toMatch(/^Request Tracker 5\.0\.3\S* accepted the token; catalog 'Dock Receiving' has every custom field/);
  });

  it('accepts the address without /REST/2.0', async () => {
    expect(await check(`http://127.0.0.1:${rt().port}/`, rt().rootToken)).toMatchObject({ ok: true });
  });

  it('nothing listening: refused', async () => {
    const result = await check(`http://127.0.0.1:${await freePort()}/REST/2.0`, rt().rootToken);
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/refused the connection/) });
  });

  it('a hung server: timeout', async () => {
    const silent = await startSilentServer();
    try {
      expect(await check(silent.origin, rt().rootToken, { timeoutMs: 500 })).toMatchObject({ ok: false, reason: expect.stringMatching(/No answer .* within 0\.5 s/) });
    } finally {
      await silent.close();
    }
  });

  it('a bad token: 401', async () => {
    expect(await check(rt().restUrl, 'not-a-token')).toMatchObject({ ok: false, reason: expect.stringMatching(/refused the token \(401 Unauthorized\)/) });
  });

  it('not RT\'s REST2 API: says where it should point', async () => {
    const elsewhere = await check(`http://127.0.0.1:${rt().port}/helpdesk`, rt().rootToken);
    expect(elsewhere).toMatchObject({ ok: false, reason: expect.stringMatching(/^No Request Tracker REST2 API at \S+\/helpdesk\/REST\/2\.0.*: the address should end with \/REST\/2\.0\.$/) });
    const textPage = await check(`http://127.0.0.1:${rt().port}/REST/1.0/x`, rt().rootToken);
    expect(textPage).toMatchObject({ ok: false, reason: expect.stringMatching(/\/REST\/1\.0\/x\/REST\/2\.0\/rt did not answer like Request Tracker: check the address/) });
  });

  it('a missing catalog, custom field or queue: names each one', async () => {
    const result = await check(rt().restUrl, rt().rootToken, { fieldMap: { lastWipe: 'Wipe Certificate' } }, { returnsQueue: 'Leavers' });
    expect(result).toMatchObject({ ok: false });
    expect(!result.ok && result.reason).toMatch(/^Request Tracker 5\.0\.3\S* answers, but: Catalog 'Dock Receiving' lacks the custom field 'Wipe Certificate'\. Queue 'Leavers' does not exist/);
    expect(await check(rt().restUrl, rt().rootToken, {}, { catalog: 'Returns Cage' })).toMatchObject({
      ok: false,
      reason: expect.stringContaining("Catalog 'Returns Cage' does not exist in RT"),
    });
  });
});
