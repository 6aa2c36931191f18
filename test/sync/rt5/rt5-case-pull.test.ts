import { afterEach, describe, expect, it } from 'vitest';
import { plainSyncServices } from '../../../electron/sync/default-sync-services';
import { expectFailure, removeFixture, signedInFixture, type CoreFixture } from '../../support/core-fixture';
import { inventory } from '../../support/cases/case-station';
import { rtDesk } from '../../support/rt5/rt-desk';
import { useRt5Server } from '../../support/rt5/use-rt5-server';

interface TicketJson {
  CustomFields: { name: string; values: string[] }[];
}

describe('cases pulled from the offboarding queue of Request Tracker 5 (real RT)', () => {
  const rt = useRt5Server();
  let f: CoreFixture | null = null;
  afterEach(() => {
    if (f !== null) removeFixture(f);
    f = null;
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

  const form = (lines: Record<string, string>): string => Object.entries(lines).map(([k, v]) => `${k}: ${v}`).join('\n');

  it('a ticket with the HR form and linked assets opens a case and is claimed by it; a bad ticket is refused with its reason; closing resolves the ticket', async () => {
    f = await signedInFixture({ sync: plainSyncServices({ DOCKSIDE_TOKEN_RT: rt().rootToken }) });
    await inventory(f, [{ assetTag: 'IT-000951', serial: 'RTP951', model: 'Latitude 5440', assetClass: 'laptop', sensitivity: 'high' }]);
    await f.call('sync.saveConnector', { id: 'rt', kind: 'rt5', name: 'RT', enabled: true, settings: { url: rt().restUrl, timeoutMs: 5_000 }, backfill: true });
    const rtAsset = await post('asset', { Name: 'IT-000951', Catalog: 'Dock Receiving', CustomFields: { 'Serial Number': 'RTP951' } });
    const good = await post('ticket', {
      Queue: 'Offboarding Returns',
      Subject: 'Leaver: Noor Haddad',
      Content: form({ 'Employee ID': 'E-951', 'Employee Name': 'Noor Haddad', 'Employee email': 'noor.haddad@example.com', Manager: 'Omar Reyes', 'Employee Type': 'full-time', Location: 'on-site', 'Separation Date': '2026-11-04', 'Separation Confirmed': 'yes' }),
      RefersTo: [`asset:${rtAsset}`],
    });
    const bad = await post('ticket', {
      Queue: 'Offboarding Returns',
      Subject: 'Leaver: Sam Intern',
      Content: form({ 'Employee ID': 'E-952', 'Employee Name': 'Sam', 'Employee email': 'sam at example', 'Employee Type': 'intern', Location: 'on-site', 'Separation Date': '2026-11-04', 'Separation Confirmed': 'yes' }),
    });

    const preview = await f.call('cases.pullItsm', { connectorId: 'rt', apply: false });
    expect(preview.lines.map((l) => [l.line, l.employeeId, l.accepted])).toEqual([
      [good, 'E-951', true],
      [bad, 'E-952', false],
    ]);
    expect(preview.lines[1]?.reasons).toEqual([
      'Unknown employee type "intern": full-time, contractor, temporary',
      'Employee e-mail "sam at example" is not an e-mail address such as name@example.com',
    ]);
    expect((f.db.prepare('SELECT count(*) AS n FROM cases').get() as { n: number }).n).toBe(0);

    const pulled = await f.call('cases.pullItsm', { connectorId: 'rt', apply: true });
    expect(pulled).toMatchObject({ opened: ['RET-000001'], remoteLocksRequested: 1 });
    const ticket = (await rtDesk(rt().restUrl, rt().rootToken).get(`ticket/${good}`)) as TicketJson;
    expect(ticket.CustomFields.find((cf) => cf.name === 'Dockside Key')?.values).toEqual(['case:RET-000001']);
    const detail = await f.call('cases.get', { caseId: (await f.call('cases.list', { filter: 'open', offset: 0, limit: 1 })).rows[0]?.caseId ?? '' });
    expect(detail).toMatchObject({ employeeName: 'Noor Haddad', employeeEmail: 'noor.haddad@example.com', manager: 'Omar Reyes', separationDate: '2026-11-04' });
    expect(detail.assets.map((a) => a.label)).toEqual(['IT-000951']);

    // Pulled again: the claimed ticket is left alone; only the refused one is still waiting for HR to fix it.
    const again = await f.call('cases.pullItsm', { connectorId: 'rt', apply: true });
    expect(again.lines.map((l) => l.line)).toEqual([bad]);
    expect(again.opened).toEqual([]);
    expect(again.ticketsResolved).toEqual([]);

    // The laptop is written off (stolen): the case closes, and the next pull resolves its ticket.
    const closed = await f.call('cases.writeOff', { caseId: detail.caseId, assetId: detail.assets[0]?.assetId ?? '', reason: 'stolen', note: 'Police report 2026/4411' });
    expect(closed.closedAt).not.toBeNull();
    const after = await f.call('cases.pullItsm', { connectorId: 'rt', apply: true });
    expect(after.ticketsResolved).toEqual(['RET-000001']);
    expect(((await rtDesk(rt().restUrl, rt().rootToken).get(`ticket/${good}`)) as { Status: string }).Status).toBe('resolved');
  });

  it('an ITSM that cannot be reached is reported in words and opens nothing', async () => {
    f = await signedInFixture({ sync: plainSyncServices({ DOCKSIDE_TOKEN_RT: 'wrong-token' }) });
    await f.call('sync.saveConnector', { id: 'rt', kind: 'rt5', name: 'RT', enabled: true, settings: { url: rt().restUrl, timeoutMs: 5_000 }, backfill: true });
    const result = await f.core.invoke('cases.pullItsm', { connectorId: 'rt', apply: true });
    expect(expectFailure(result)).toBe('ITSM_UNAVAILABLE');
    expect((f.db.prepare('SELECT count(*) AS n FROM cases').get() as { n: number }).n).toBe(0);
  });
});
