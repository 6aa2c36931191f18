import type { CaseImportResult } from '../../../../shared/domain/cases/case-views';
import { checkLines } from '../../../../shared/domain/cases/hris-line';
import type { Session } from '../../../../shared/domain/users';
import { DocksideError } from '../../../../shared/errors';
import { rt5Client, type RtClient } from '../../../sync/connectors/rt5/rt5-client';
import { claimedOpenTickets, claimTicket, resolveTicket, unclaimedOffboardingTickets } from '../../../sync/connectors/rt5/rt5-offboarding-tickets';
import { rt5Settings, type Rt5Settings } from '../../../sync/connectors/rt5/rt5-settings';
import { getConnectorRow } from '../../../sync/store/connector-store';
import type { SyncServices } from '../../../sync/sync-services';
import type { CoreEnv } from '../../handler-types';
import { lineContext, toLine } from '../import/case-import';
import { openCase } from '../open-case';
import { caseHeader, caseIdByNumber } from '../store/case-store';

const PULL_TIMEOUT_MS = 60_000;

function rtOf(env: CoreEnv, services: SyncServices, connectorId: string): { client: RtClient; settings: Rt5Settings } {
  const row = getConnectorRow(env.db, connectorId);
  if (row.kind !== 'rt5') throw new DocksideError('ITSM_UNAVAILABLE', `${connectorId} is a ${row.kind} connector`, { reason: 'Cases are pulled from a Request Tracker 5 connector.' });
  const token = services.secrets.get(row.id);
  if (token === null) throw new DocksideError('ITSM_UNAVAILABLE', `no token for ${connectorId}`, { reason: 'No token is set for this connector.' });
  const settings = rt5Settings(row.settings);
  return { settings, client: rt5Client(settings.restUrl, token, settings.timeoutMs, { fetch: services.fetch, timers: services.timers, clock: env.clock }) };
}

/**
 * Reads the tickets of the ITSM's returns queue that no case has claimed, checks each as an HRIS line
 * (its form fields and the assets it refers to), and with `apply` opens a case for each accepted one
 * and claims its ticket, so every later request and escalation lands on that ticket; and resolves the
 * tickets of cases closed since.
 */
export async function pullItsmCases(env: CoreEnv, session: Session, services: SyncServices, connectorId: string, apply: boolean): Promise<CaseImportResult> {
  const { client, settings } = rtOf(env, services, connectorId);
  const controller = new AbortController();
  const deadline = services.timers.setTimeout(() => controller.abort(), PULL_TIMEOUT_MS);
  try {
    const tickets = await unclaimedOffboardingTickets(client, settings, controller.signal);
    if (!tickets.ok) throw new DocksideError('ITSM_UNAVAILABLE', tickets.failure.kind, { reason: tickets.failure.reason });
    const records = tickets.value.map((t) => ({ ...t.fields, assets: t.assetNames.join(';') }));
    const verdicts = checkLines(records, 1, lineContext(env.db, env.clock.now())).map((v, i) => ({ ...v, line: tickets.value[i]?.ticketId ?? v.line }));
    const lines = verdicts.map(toLine);
    const accepted = lines.filter((l) => l.accepted).length;
    const preview = { fileName: `RT queue ${settings.returnsQueue}`, format: 'json' as const, lines, accepted, refused: lines.length - accepted, fileProblem: null };
    if (!apply) return { ...preview, opened: [], remoteLocksRequested: 0, ticketsResolved: [] };
    const opened = env.db.transaction(() =>
      verdicts.flatMap((v) => (v.accepted ? [{ ticketId: v.line, ...openCase(env, session, v.newCase, `rt5:ticket/${v.line}`) }] : [])),
    )();
    for (const o of opened) {
      const claimed = await claimTicket(client, settings, o.ticketId, o.caseNumber, controller.signal);
      if (!claimed.ok) throw new DocksideError('ITSM_UNAVAILABLE', `ticket ${o.ticketId} not claimed`, { reason: `Case ${o.caseNumber} was opened, but RT ticket ${o.ticketId} could not be marked with it.` });
    }
    // Closed cases whose ticket is still active: a close normally resolves its ticket through the outbox (case_closed);
    // this catches cases with no device to carry that event, and cases closed before it existed.
    const claimed = await claimedOpenTickets(client, settings, controller.signal);
    if (!claimed.ok) throw new DocksideError('ITSM_UNAVAILABLE', 'case tickets not read', { reason: claimed.failure.reason });
    const resolved: string[] = [];
    for (const [ticketId, caseNumber] of claimed.value) {
      const caseId = caseIdByNumber(env.db, caseNumber);
      if (caseId === null || caseHeader(env.db, caseId).closedAt === null) continue;
      const done = await resolveTicket(client, ticketId, controller.signal);
      if (!done.ok) throw new DocksideError('ITSM_UNAVAILABLE', `ticket ${ticketId} not resolved`, { reason: done.failure.reason });
      resolved.push(caseNumber);
    }
    return { ...preview, opened: opened.map((o) => o.caseNumber), remoteLocksRequested: opened.reduce((n, o) => n + o.remoteLocks, 0), ticketsResolved: resolved };
  } finally {
    services.timers.clearTimeout(deadline);
  }
}
