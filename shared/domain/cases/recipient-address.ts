import type { CaseHeader } from './case-views';
import type { CasePolicy } from './case-policy';
import { isEmailAddress } from './email-address';
import type { EscalationStep } from './vocabulary';

/** Where an escalation step's message goes: the address it is sent to, or why there is none, in words. */
export type RecipientAddress = { readonly address: string; readonly missing: null } | { readonly address: null; readonly missing: string };

type Mailboxes = Pick<CasePolicy, 'hrMailbox' | 'legalMailbox'>;

const found = (address: string): RecipientAddress => ({ address, missing: null });
const none = (missing: string): RecipientAddress => ({ address: null, missing });

/**
 * The address each step is sent to: the employee's own (from the HRIS or the ticket), the manager's when the case
 * gives the manager as an e-mail address, and the HR and Legal mailboxes of the return policy.
 */
export function recipientAddress(c: Pick<CaseHeader, 'employeeEmail' | 'manager'>, policy: Mailboxes, step: EscalationStep): RecipientAddress {
  switch (step) {
    case 'employee':
      return c.employeeEmail !== '' ? found(c.employeeEmail) : none('The case has no e-mail address for the employee (HRIS column employee_email)');
    case 'manager':
      return isEmailAddress(c.manager) ? found(c.manager) : none('The case names the manager but gives no e-mail address (HRIS column manager_email)');
    case 'hr':
      return policy.hrMailbox !== '' ? found(policy.hrMailbox) : none('The return policy has no HR mailbox: a supervisor sets it on the Return policy page');
    case 'legal':
      return policy.legalMailbox !== '' ? found(policy.legalMailbox) : none('The return policy has no Legal mailbox: a supervisor sets it on the Return policy page');
  }
}
