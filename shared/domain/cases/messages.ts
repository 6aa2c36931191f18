import type { CasePolicy } from './case-policy';
import type { CaseDetail, EscalationMessage } from './case-views';
import { recipientAddress } from './recipient-address';
import type { EscalationStep } from './vocabulary';

const RECIPIENT: Readonly<Record<EscalationStep, (c: CaseDetail) => string>> = {
  employee: (c) => c.employeeName || c.employeeId,
  manager: (c) => c.manager || 'The line manager',
  hr: () => 'Human Resources',
  legal: () => 'Legal',
};

const OPENING: Readonly<Record<EscalationStep, (c: CaseDetail) => string>> = {
  employee: () =>
    'Thank you for your time with us. Our records show that the company equipment listed below has not yet been returned. Please return it as soon as possible.',
  manager: (c) =>
    `${c.employeeName || c.employeeId}, who reports to you and left on ${c.separationDate}, has not yet returned the company equipment listed below, and a reminder has already been sent. Please contact them and help arrange its return.`,
  hr: (c) =>
    `The company equipment listed below, held by ${c.employeeName || c.employeeId} (employee ${c.employeeId}, left ${c.separationDate}), is still outstanding after reminders to the employee and their manager. Please follow up under the separation agreement.`,
  legal: (c) =>
    `The company equipment listed below, held by ${c.employeeName || c.employeeId} (employee ${c.employeeId}, left ${c.separationDate}), is still outstanding after reminders to the employee, their manager and HR. We ask Legal to consider recovery steps.`,
};

function returnMethod(c: CaseDetail): string {
  if (c.location === 'remote') {
    return `How to return it: pack every item in the return kit sent to ${c.shippingAddress.replace(/\s+/g, ' ')}, seal the box and drop it with the carrier using the prepaid return label. The label carries case ${c.caseNumber}.`;
  }
  return `How to return it: bring every item to the IT service desk during opening hours and quote case ${c.caseNumber}.`;
}

/**
 * The message one escalation step sends, to the step's address where the case or policy gives one: professional,
 * listing each item still out with its deadline, and how to return it. The same case and step always give the same
 * text (its hash is recorded).
 */
export function escalationMessage(c: CaseDetail, step: EscalationStep, mailboxes: Pick<CasePolicy, 'hrMailbox' | 'legalMailbox'>): EscalationMessage {
  const recipient = RECIPIENT[step](c);
  const out = c.assets.filter((a) => a.state === 'outstanding' || a.state === 'overdue');
  const items = out.map((a) => `  - ${a.model || a.assetClass} (${a.assetClass}), asset ${a.label}${a.serial !== null && a.serial !== a.label ? `, serial ${a.serial}` : ''}: due ${a.deadline}`);
  const licences = c.licences.filter((l) => l.reclaimed === null).map((l) => `  - Software licence: ${l.name}`);
  const body = [
    `Dear ${recipient},`,
    '',
    OPENING[step](c),
    '',
    `Offboarding case ${c.caseNumber}: ${c.employeeName || c.employeeId} (employee ${c.employeeId}), separation date ${c.separationDate}.`,
    'Outstanding items:',
    ...items,
    ...licences,
    '',
    returnMethod(c),
    '',
    'If you believe an item has already been returned, or it was lost or stolen, please reply so that we can update our records.',
    '',
    'Kind regards,',
    'IT Asset Recovery',
  ].join('\n');
  return { step, recipient, address: recipientAddress(c, mailboxes, step).address, subject: `Return of company equipment: case ${c.caseNumber} (${c.employeeName || c.employeeId})`, body };
}
