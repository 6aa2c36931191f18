import { z } from 'zod';
import { ASSET_CLASSES, type AssetClass } from '../asset';
import { dayNumber } from './business-days';
import { isEmailAddress } from './email-address';
import { EMPLOYEE_TYPES, ESCALATION_STEPS, PHASES, TEAMS, type EmployeeType, type EscalationStep } from './vocabulary';

const businessDays = z.number().int().min(0, 'At least 0 business days').max(60, 'At most 60 business days');
export const isoDateSchema = z.string().refine((s) => dayNumber(s) !== null, { message: 'A date as YYYY-MM-DD' });

const classDeadlines = z.record(z.enum(ASSET_CLASSES), businessDays);

const mailbox = (name: string) =>
  z
    .string()
    .trim()
    .max(254, `The ${name} mailbox: at most 254 characters`)
    .refine((v) => v === '' || isEmailAddress(v), { message: `The ${name} mailbox must be an e-mail address such as ${name.toLowerCase()}@example.com, or left empty` })
    .default('');

export const checklistTaskSchema = z
  .object({
    taskId: z.string().trim().min(1).max(40),
    title: z.string().trim().min(1).max(160),
    team: z.enum(TEAMS),
    phase: z.enum(PHASES),
    securityCritical: z.boolean(),
  })
  .strict();
export type ChecklistTask = z.infer<typeof checklistTaskSchema>;

/** The recovery policy for offboarding returns, as a supervisor edits it. */
export const casePolicySchema = z
  .object({
    /** Business days after the separation date by which each class must be back (0 = on the separation day). */
    deadlines: z.record(z.enum(EMPLOYEE_TYPES), classDeadlines),
    /** Days off at the site besides weekends. */
    holidays: z.array(isoDateSchema).max(400),
    /** Business days after a missed deadline on which each escalation step is due. */
    escalationDays: z.record(z.enum(ESCALATION_STEPS), z.number().int().min(0).max(120)),
    checklist: z.array(checklistTaskSchema).min(1).max(40),
    /** Where the HR and Legal escalation steps are sent; empty: those steps can only be copied for manual sending. */
    hrMailbox: mailbox('HR'),
    legalMailbox: mailbox('Legal'),
  })
  .strict()
  .refine((p) => ESCALATION_STEPS.every((step, i) => i === 0 || p.escalationDays[step] > p.escalationDays[ESCALATION_STEPS[i - 1] ?? step]), {
    message: 'Each escalation step comes later than the one before (employee, then manager, then HR, then Legal)',
    path: ['escalationDays'],
  })
  .refine((p) => new Set(p.checklist.map((t) => t.taskId)).size === p.checklist.length, { message: 'Each checklist task needs its own ID', path: ['checklist'] });
export type CasePolicy = z.infer<typeof casePolicySchema>;

const ON_THE_DAY: readonly AssetClass[] = ['laptop', 'desktop', 'phone', 'tablet', 'server', 'drive', 'usb-token', 'badge'];

function deadlinesWith(onTheDay: readonly AssetClass[], otherwise: number): Record<AssetClass, number> {
  const entries = ASSET_CLASSES.map((c): [AssetClass, number] => [c, onTheDay.includes(c) ? 0 : otherwise]);
  return Object.fromEntries(entries) as Record<AssetClass, number>;
}

const DEFAULT_DEADLINES: Readonly<Record<EmployeeType, Record<AssetClass, number>>> = {
  'full-time': deadlinesWith(ON_THE_DAY, 5),
  contractor: deadlinesWith(ASSET_CLASSES, 0),
  temporary: deadlinesWith(ON_THE_DAY, 3),
};

const DEFAULT_ESCALATION: Readonly<Record<EscalationStep, number>> = { employee: 1, manager: 3, hr: 5, legal: 10 };

export const DEFAULT_CHECKLIST: readonly ChecklistTask[] = [
  { taskId: 'accounts', title: 'Disable directory, e-mail and single sign-on accounts', team: 'IT', phase: 'immediate', securityCritical: true },
  { taskId: 'remote-access', title: 'Revoke VPN, remote access and MFA tokens', team: 'IT', phase: 'immediate', securityCritical: true },
  { taskId: 'badge', title: 'Deactivate the badge and building access', team: 'Facilities', phase: 'immediate', securityCritical: true },
  { taskId: 'remote-lock', title: 'Confirm remote lock of high-sensitivity devices', team: 'IT', phase: 'immediate', securityCritical: true },
  { taskId: 'keys', title: 'Collect keys, parking permit and locker', team: 'Facilities', phase: 'within-a-day', securityCritical: false },
  { taskId: 'exit-interview', title: 'Hold the exit interview', team: 'HR', phase: 'within-a-day', securityCritical: false },
  { taskId: 'handover', title: 'Transfer mailbox, files and ownership of shared work', team: 'Manager', phase: 'within-a-week', securityCritical: false },
  { taskId: 'licences', title: 'Reclaim named software licences', team: 'IT', phase: 'within-a-week', securityCritical: false },
  { taskId: 'payroll', title: 'Settle final pay and any agreed deductions', team: 'HR', phase: 'within-a-week', securityCritical: false },
];

/** The policy that ships with the app. */
export function defaultCasePolicy(): CasePolicy {
  return {
    deadlines: { 'full-time': { ...DEFAULT_DEADLINES['full-time'] }, contractor: { ...DEFAULT_DEADLINES.contractor }, temporary: { ...DEFAULT_DEADLINES.temporary } },
    holidays: [],
    escalationDays: { ...DEFAULT_ESCALATION },
    checklist: DEFAULT_CHECKLIST.map((t) => ({ ...t })),
    hrMailbox: '',
    legalMailbox: '',
  };
}
