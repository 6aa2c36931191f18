import { useEffect, useState } from 'react';
import type { CaseDetail, EscalationDraft } from '../../../../shared/domain/cases/case-views';
import { copyAndRecordReminder, sendReminder } from '../../actions/case-actions';
import { call } from '../../api/client';
import { stepWords, when } from '../../format/case-words';

function channelWords(m: EscalationDraft): string {
  if (m.itsm === null) return 'No ITSM is connected: copy the message and send it yourself.';
  if (m.address === null) return `${m.missingAddress ?? 'This step has no e-mail address'}, so it cannot be sent through ${m.itsm}: copy the message and send it yourself.`;
  return `Sent through ${m.itsm}: a reply on the case's ticket, with ${m.address} added as Cc so it is mailed to them.`;
}

const canSend = (m: EscalationDraft | null): m is EscalationDraft & { readonly itsm: string } => m !== null && m.itsm !== null && m.address !== null;

/**
 * The next escalation step due, its message to read, sent through the ITSM where one is connected or copied for
 * manual sending, and the messages already sent with the channel each went by.
 */
export function EscalationPanel({ c }: { readonly c: CaseDetail }) {
  const [message, setMessage] = useState<EscalationDraft | null>(null);
  const step = c.nextStep;

  useEffect(() => {
    setMessage(null);
    if (step === null) return;
    let live = true;
    void call('cases.message', { caseId: c.caseId, step }).then((r) => {
      if (live && r.ok) setMessage(r.value);
    });
    return () => {
      live = false;
    };
  }, [c.caseId, step, c.asOf]);

  const to = message === null ? '' : message.address === null ? message.recipient : `${message.recipient} <${message.address}>`;
  const text = message === null ? '' : `To: ${to}\nSubject: ${message.subject}\n\n${message.body}`;
  return (
    <section className="case-section" aria-label="Escalation">
      <h2>Escalation</h2>
      {step === null ? (
        <p>{c.stepDue === null ? 'Nothing is late: no reminder is due.' : `Up to date: ${stepWords(c.stepDue)} already sent.`}</p>
      ) : (
        <div className="escalation">
          <p className="escalation__due">Due now: {stepWords(step)}</p>
          <textarea className="escalation__text" readOnly value={text} aria-label="Message to send" rows={12} />
          <p className="escalation__channel">{message === null ? '' : channelWords(message)}</p>
          <div className="escalation__actions">
            {canSend(message) && (
              <button type="button" className="button button--go" onClick={() => void sendReminder(c.caseId, step, message.itsm)}>
                Send through {message.itsm} and record it
              </button>
            )}
            <button
              type="button"
              className={canSend(message) ? 'button' : 'button button--go'}
              disabled={message === null}
              onClick={() => void copyAndRecordReminder(c.caseId, step, text)}
            >
              Copy for manual sending and record it
            </button>
          </div>
        </div>
      )}
      {c.messages.length > 0 && (
        <ul className="escalation__sent" aria-label="Messages sent">
          {c.messages.map((m) => (
            <li key={`${m.step}-${m.at}`}>
              {stepWords(m.step)} to {m.recipient}, {m.channel === 'manual' ? 'copied for manual sending' : 'through the ITSM'} by {m.by}, {when(m.at)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
