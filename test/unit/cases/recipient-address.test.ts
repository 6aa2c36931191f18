import { describe, expect, it } from 'vitest';
import { casePolicySchema, defaultCasePolicy } from '../../../shared/domain/cases/case-policy';
import { recipientAddress } from '../../../shared/domain/cases/recipient-address';

const withEmail = { employeeEmail: 'lina.park@example.com', manager: 'omar.reyes@example.com' };
const namesOnly = { employeeEmail: '', manager: 'Omar Reyes' };
const mailboxes = { hrMailbox: 'people@example.com', legalMailbox: 'legal@example.com' };

describe('the address each escalation step is sent to', () => {
  it('takes the employee and manager addresses from the case and the HR and Legal mailboxes from the policy', () => {
    expect(recipientAddress(withEmail, mailboxes, 'employee').address).toBe('lina.park@example.com');
    expect(recipientAddress(withEmail, mailboxes, 'manager').address).toBe('omar.reyes@example.com');
    expect(recipientAddress(withEmail, mailboxes, 'hr').address).toBe('people@example.com');
    expect(recipientAddress(withEmail, mailboxes, 'legal').address).toBe('legal@example.com');
  });

  it('gives no address, and says why in words, when the case holds only names or the policy has no mailbox', () => {
    const policy = defaultCasePolicy();
    expect(recipientAddress(namesOnly, policy, 'employee')).toEqual({ address: null, missing: expect.stringContaining('no e-mail address for the employee') });
    expect(recipientAddress(namesOnly, policy, 'manager')).toEqual({ address: null, missing: expect.stringContaining('names the manager but gives no e-mail address') });
    expect(recipientAddress(namesOnly, policy, 'hr')).toEqual({ address: null, missing: expect.stringContaining('no HR mailbox') });
    expect(recipientAddress(namesOnly, policy, 'legal')).toEqual({ address: null, missing: expect.stringContaining('no Legal mailbox') });
  });
});

describe('the HR and Legal mailboxes of the return policy', () => {
  it('ship empty, and a policy saved before they existed reads as empty', () => {
    expect(defaultCasePolicy()).toMatchObject({ hrMailbox: '', legalMailbox: '' });
    const { hrMailbox: _hr, legalMailbox: _legal, ...older } = defaultCasePolicy();
    const parsed = casePolicySchema.safeParse(older);
    expect(parsed.success && parsed.data.hrMailbox === '' && parsed.data.legalMailbox === '').toBe(true);
  });

  it('accept an address (trimmed) and refuse anything else, naming the mailbox', () => {
    const parsed = casePolicySchema.safeParse({ ...defaultCasePolicy(), hrMailbox: ' people@example.com ' });
    expect(parsed.success && parsed.data.hrMailbox).toBe('people@example.com');
    const bad = casePolicySchema.safeParse({ ...defaultCasePolicy(), legalMailbox: 'Legal team' });
    expect(bad.success ? null : bad.error.issues.map((i) => i.message)).toEqual(['The Legal mailbox must be an e-mail address such as legal@example.com, or left empty']);
  });
});
